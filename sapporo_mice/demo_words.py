"""Names and words the demo data is built from: Japanese with kana readings, and overseas names in
their own scripts with a Latin form. Plain tuples only; :mod:`sapporo_mice.demo` combines them."""

from __future__ import annotations

# (kanji, kana, romaji)
JP_FAMILY = (
    ("佐藤", "さとう", "Sato"), ("鈴木", "すずき", "Suzuki"), ("高橋", "たかはし", "Takahashi"),
    ("田中", "たなか", "Tanaka"), ("伊藤", "いとう", "Ito"), ("渡辺", "わたなべ", "Watanabe"),
    ("山本", "やまもと", "Yamamoto"), ("中村", "なかむら", "Nakamura"), ("小林", "こばやし", "Kobayashi"),
    ("加藤", "かとう", "Kato"), ("吉田", "よしだ", "Yoshida"), ("山田", "やまだ", "Yamada"),
    ("佐々木", "ささき", "Sasaki"), ("山口", "やまぐち", "Yamaguchi"), ("松本", "まつもと", "Matsumoto"),
    ("井上", "いのうえ", "Inoue"), ("木村", "きむら", "Kimura"), ("林", "はやし", "Hayashi"),
    ("斎藤", "さいとう", "Saito"), ("清水", "しみず", "Shimizu"), ("菅原", "すがわら", "Sugawara"),
    ("工藤", "くどう", "Kudo"), ("阿部", "あべ", "Abe"), ("成田", "なりた", "Narita"),
    ("村上", "むらかみ", "Murakami"), ("近藤", "こんどう", "Kondo"), ("石川", "いしかわ", "Ishikawa"),
    ("前田", "まえだ", "Maeda"), ("藤田", "ふじた", "Fujita"), ("岡田", "おかだ", "Okada"),
    ("後藤", "ごとう", "Goto"), ("長谷川", "はせがわ", "Hasegawa"), ("村田", "むらた", "Murata"),
    ("坂本", "さかもと", "Sakamoto"), ("遠藤", "えんどう", "Endo"), ("青木", "あおき", "Aoki"),
    ("藤井", "ふじい", "Fujii"), ("西村", "にしむら", "Nishimura"), ("福田", "ふくだ", "Fukuda"),
    ("太田", "おおた", "Ota"), ("三浦", "みうら", "Miura"), ("畠山", "はたけやま", "Hatakeyama"),
    ("千葉", "ちば", "Chiba"), ("北村", "きたむら", "Kitamura"), ("大野", "おおの", "Ono"),
    ("小野寺", "おのでら", "Onodera"), ("桜井", "さくらい", "Sakurai"), ("丹野", "たんの", "Tanno"),
)

JP_GIVEN = (
    ("大翔", "ひろと", "Hiroto"), ("蓮", "れん", "Ren"), ("悠真", "ゆうま", "Yuma"), ("湊", "みなと", "Minato"),
    ("健太", "けんた", "Kenta"), ("翔太", "しょうた", "Shota"), ("拓也", "たくや", "Takuya"),
    ("大輔", "だいすけ", "Daisuke"), ("直樹", "なおき", "Naoki"), ("誠", "まこと", "Makoto"),
    ("浩二", "こうじ", "Koji"), ("隆", "たかし", "Takashi"), ("和也", "かずや", "Kazuya"),
    ("亮", "りょう", "Ryo"), ("修", "おさむ", "Osamu"), ("聡", "さとし", "Satoshi"),
    ("陽菜", "ひな", "Hina"), ("結衣", "ゆい", "Yui"), ("さくら", "さくら", "Sakura"), ("葵", "あおい", "Aoi"),
    ("美咲", "みさき", "Misaki"), ("優子", "ゆうこ", "Yuko"), ("恵", "めぐみ", "Megumi"),
    ("真由美", "まゆみ", "Mayumi"), ("彩", "あや", "Aya"), ("香織", "かおり", "Kaori"),
    ("奈々", "なな", "Nana"), ("智子", "ともこ", "Tomoko"), ("麻衣", "まい", "Mai"),
    ("由紀", "ゆき", "Yuki"), ("千尋", "ちひろ", "Chihiro"), ("明日香", "あすか", "Asuka"),
)

JP_TITLES = (
    "代表取締役", "取締役営業部長", "海外事業部長", "営業部 課長", "営業部 主任", "製造部長", "総務部長",
    "マーケティング担当", "貿易担当", "経営企画室 室長", "広報担当", "人事部 採用担当",
)

# Local company names: (kanji, kana reading, English) for the prefix and the business.
JP_COMPANY_PREFIXES = (
    ("札幌", "さっぽろ", "Sapporo"), ("さっぽろ", "さっぽろ", "Sapporo"), ("サッポロ", "さっぽろ", "Sapporo"),
    ("北海道", "ほっかいどう", "Hokkaido"), ("石狩", "いしかり", "Ishikari"), ("小樽", "おたる", "Otaru"),
    ("大通", "おおどおり", "Odori"), ("豊平", "とよひら", "Toyohira"), ("円山", "まるやま", "Maruyama"),
    ("藻岩", "もいわ", "Moiwa"), ("定山渓", "じょうざんけい", "Jozankei"), ("手稲", "ていね", "Teine"),
    ("北斗", "ほくと", "Hokuto"), ("雪花", "せっか", "Sekka"), ("白樺", "しらかば", "Shirakaba"),
    ("すずらん", "すずらん", "Suzuran"), ("ノースランド", "のーすらんど", "Northland"), ("エゾ", "えぞ", "Ezo"),
    ("十勝", "とかち", "Tokachi"), ("ニセコ", "にせこ", "Niseko"), ("大雪", "たいせつ", "Taisetsu"),
    ("羊ヶ丘", "ひつじがおか", "Hitsujigaoka"), ("北光", "ほっこう", "Hokko"), ("新琴似", "しんことに", "Shinkotoni"),
    ("宮の森", "みやのもり", "Miyanomori"), ("白石", "しろいし", "Shiroishi"), ("真駒内", "まこまない", "Makomanai"),
    ("ポプラ", "ぽぷら", "Poplar"), ("ライラック", "らいらっく", "Lilac"), ("オーロラ", "おーろら", "Aurora"),
)

# (kanji, kana, English, industry, products)
JP_BUSINESSES = (
    ("食品", "しょくひん", "Foods", "食品・飲料", "スープカレー、ラーメン、ジンギスカンのたれ"),
    ("乳業", "にゅうぎょう", "Dairy", "食品・飲料", "チーズ、バター、ヨーグルト"),
    ("製菓", "せいか", "Confectionery", "食品・飲料", "チョコレート、バウムクーヘン、ハスカップゼリー"),
    ("水産", "すいさん", "Seafoods", "食品・飲料", "ほたて、いくら、昆布、鮭フレーク"),
    ("ファーム", "ふぁーむ", "Farm", "農林水産", "メロン、じゃがいも、アスパラガス、玉ねぎ"),
    ("醸造", "じょうぞう", "Brewery", "食品・飲料", "地ビール、日本酒、ワイン"),
    ("製麺", "せいめん", "Noodles", "食品・飲料", "生ラーメン、乾麺、冷凍麺"),
    ("ソフト", "そふと", "Soft", "IT・情報通信", "業務アプリ、観光予約システム、多言語チャットボット"),
    ("システムズ", "しすてむず", "Systems", "IT・情報通信", "クラウド、IoT センサー、AI 画像認識"),
    ("デジタル", "でじたる", "Digital", "IT・情報通信", "ゲーム、映像コンテンツ、ウェブ制作"),
    ("観光", "かんこう", "Tourism", "観光・宿泊", "スキーツアー、雪まつりツアー、インバウンド手配"),
    ("トラベル", "とらべる", "Travel", "観光・宿泊", "着地型ツアー、MICE 手配"),
    ("ホテル", "ほてる", "Hotel", "観光・宿泊", "宿泊、宴会、MICE 会場"),
    ("精工", "せいこう", "Precision", "製造", "精密部品、除雪機部品"),
    ("工業", "こうぎょう", "Industries", "製造", "断熱材、寒冷地向け建材"),
    ("機械", "きかい", "Machinery", "製造", "食品加工機械、農業機械"),
    ("バイオ", "ばいお", "Bio", "研究・バイオ", "機能性食品素材、化粧品原料"),
    ("物産", "ぶっさん", "Trading", "商社・卸売", "北海道産品の輸出入"),
    ("コスメ", "こすめ", "Cosmetics", "化粧品", "ハスカップ化粧水、ラベンダーオイル"),
    ("木工", "もっこう", "Woodcraft", "製造", "家具、木製玩具"),
)

# Sapporo streets with their postal codes (a company's 〒 is its street's: 062 is Toyohira's, not Odori's)
JP_STREETS = (
    ("中央区北1条西2丁目", "060-0001"), ("中央区大通西4丁目", "060-0042"), ("中央区南1条西10丁目", "060-0061"),
    ("北区北7条西5丁目", "060-0807"), ("東区北10条東7丁目", "065-0010"), ("白石区本通3丁目", "003-0026"),
    ("豊平区平岸2条6丁目", "062-0932"), ("西区琴似1条4丁目", "063-0811"), ("厚別区厚別中央2条5丁目", "004-0052"),
    ("手稲区前田1条11丁目", "006-0811"), ("清田区平岡1条1丁目", "004-0871"), ("南区真駒内幸町2丁目", "005-0014"),
)

FIXED_ORGS = (
    # (kind, name, name_ja, name_en, kana, country)
    ("university", "北海道大学", "北海道大学", "Hokkaido University", "ほっかいどうだいがく", "JP"),
    ("university", "札幌市立大学", "札幌市立大学", "Sapporo City University", "さっぽろしりつだいがく", "JP"),
    ("university", "北海学園大学", "北海学園大学", "Hokkai-Gakuen University", "ほっかいがくえんだいがく", "JP"),
    ("university", "札幌大学", "札幌大学", "Sapporo University", "さっぽろだいがく", "JP"),
    ("university", "北星学園大学", "北星学園大学", "Hokusei Gakuen University", "ほくせいがくえんだいがく", "JP"),
    ("university", "藤女子大学", "藤女子大学", "Fuji Women's University", "ふじじょしだいがく", "JP"),
    ("university", "北海道科学大学", "北海道科学大学", "Hokkaido University of Science", "ほっかいどうかがくだいがく", "JP"),
    ("university", "札幌国際大学", "札幌国際大学", "Sapporo International University", "さっぽろこくさいだいがく", "JP"),
    ("university", "小樽商科大学", "小樽商科大学", "Otaru University of Commerce", "おたるしょうかだいがく", "JP"),
    ("university", "札幌医科大学", "札幌医科大学", "Sapporo Medical University", "さっぽろいかだいがく", "JP"),
    ("government", "札幌市 総務局国際部", "札幌市 総務局国際部", "City of Sapporo, International Relations Dept.",
     "さっぽろし そうむきょくこくさいぶ", "JP"),
    ("government", "札幌市 経済観光局", "札幌市 経済観光局", "City of Sapporo, Economic and Tourism Bureau",
     "さっぽろし けいざいかんこうきょく", "JP"),
    ("government", "ジェトロ北海道", "ジェトロ北海道", "JETRO Hokkaido", "じぇとろほっかいどう", "JP"),
    ("government", "JICA北海道（札幌）", "JICA北海道（札幌）", "JICA Hokkaido (Sapporo)", "じゃいかほっかいどう", "JP"),
    ("other", "札幌国際プラザ", "札幌国際プラザ", "Sapporo International Communication Plaza",
     "さっぽろこくさいぷらざ", "JP"),
    ("other", "札幌観光協会", "札幌観光協会", "Sapporo Tourism Association", "さっぽろかんこうきょうかい", "JP"),
    ("venue", "札幌コンベンションセンター", "札幌コンベンションセンター", "Sapporo Convention Center",
     "さっぽろこんべんしょんせんたー", "JP"),
    ("venue", "札幌市民交流プラザ", "札幌市民交流プラザ", "Sapporo Community Plaza", "さっぽろしみんこうりゅうぷらざ", "JP"),
    ("venue", "ロイトン札幌", "ロイトン札幌", "Royton Sapporo", "ろいとんさっぽろ", "JP"),
    ("venue", "札幌パークホテル", "札幌パークホテル", "Sapporo Park Hotel", "さっぽろぱーくほてる", "JP"),
    ("venue", "アクセスサッポロ", "アクセスサッポロ", "Axes Sapporo", "あくせすさっぽろ", "JP"),
    ("venue", "ニトリ文化ホール", "ニトリ文化ホール", "Nitori Culture Hall", "にとりぶんかほーる", "JP"),
    ("partner_city", "City of Portland", "ポートランド市", "City of Portland", "ぽーとらんどし", "US"),
    ("partner_city", "Landeshauptstadt München", "ミュンヘン市", "City of Munich", "みゅんへんし", "DE"),
    ("partner_city", "沈阳市人民政府", "瀋陽市", "Shenyang Municipal Government", "しんようし", "CN"),
    ("partner_city", "Мэрия Новосибирска", "ノボシビルスク市", "City of Novosibirsk", "のぼしびるすくし", "RU"),
    ("partner_city", "대전광역시", "大田広域市", "Daejeon Metropolitan City", "てじょんこういきし", "KR"),
    ("partner_city", "Winter Cities Mayors' Association (WWCAM)", "世界冬の都市市長会",
     "World Winter Cities Association for Mayors", "せかいふゆのとしし ちょうかい", "JP"),
)

# Overseas people per country: name order, family names and given names as (native, latin),
# the business words for company names (native, latin), and the native company-name template.
OVERSEAS = {
    "SG": ("given_first", (("Tan", "Tan"), ("Lim", "Lim"), ("Lee", "Lee"), ("Ng", "Ng"), ("Wong", "Wong"),
                           ("Kumar", "Kumar"), ("Rahman", "Rahman")),
           (("Wei Ming", "Wei Ming"), ("Mei Ling", "Mei Ling"), ("Jun Jie", "Jun Jie"), ("Siti", "Siti"),
            ("Rajesh", "Rajesh"), ("Hui Min", "Hui Min"), ("Aisyah", "Aisyah")),
           "{core} Pte. Ltd."),
    "TH": ("given_first", (("ใจดี", "Jaidee"), ("ศรีสุข", "Srisuk"), ("วงศ์ไทย", "Wongthai"), ("สมบูรณ์", "Somboon"),
                           ("รัตนพันธ์", "Rattanaphan"), ("ทองดี", "Thongdee")),
           (("สมชาย", "Somchai"), ("สุภาพร", "Supaporn"), ("วิชัย", "Wichai"), ("นภัสสร", "Napatsorn"),
            ("ธนพล", "Thanaphon"), ("กมลวรรณ", "Kamonwan")),
           "บริษัท {native} จำกัด"),
    "TW": ("family_first", (("陳", "Chen"), ("林", "Lin"), ("黃", "Huang"), ("張", "Chang"), ("李", "Lee"),
                            ("王", "Wang"), ("吳", "Wu")),
           (("怡君", "Yi-chun"), ("志明", "Chih-ming"), ("雅婷", "Ya-ting"), ("家豪", "Chia-hao"),
            ("淑芬", "Shu-fen"), ("冠宇", "Kuan-yu")),
           "{native}股份有限公司"),
    "HK": ("family_first", (("陳", "Chan"), ("李", "Lee"), ("張", "Cheung"), ("黃", "Wong"), ("何", "Ho"),
                            ("梁", "Leung")),
           (("大文", "Tai Man"), ("嘉欣", "Ka Yan"), ("志偉", "Chi Wai"), ("詠詩", "Wing Sze"), ("家明", "Ka Ming")),
           "{native}有限公司"),
    "CN": ("family_first", (("王", "Wang"), ("李", "Li"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"),
                            ("杨", "Yang"), ("赵", "Zhao")),
           (("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("秀英", "Xiuying"), ("静", "Jing"), ("强", "Qiang"),
            ("磊", "Lei"), ("丽", "Li")),
           "{native}贸易有限公司"),
    "KR": ("family_first", (("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"),
                            ("강", "Kang"), ("윤", "Yoon")),
           (("민준", "Min-jun"), ("서연", "Seo-yeon"), ("지훈", "Ji-hoon"), ("수빈", "Su-bin"), ("현우", "Hyun-woo"),
            ("지은", "Ji-eun")),
           "주식회사 {native}"),
    "VN": ("family_first", (("Nguyễn", "Nguyen"), ("Trần", "Tran"), ("Lê", "Le"), ("Phạm", "Pham"),
                            ("Hoàng", "Hoang"), ("Vũ", "Vu")),
           (("Văn An", "Van An"), ("Thị Lan", "Thi Lan"), ("Minh Tuấn", "Minh Tuan"), ("Thu Hà", "Thu Ha"),
            ("Quốc Bảo", "Quoc Bao"), ("Ngọc Anh", "Ngoc Anh")),
           "Công ty TNHH {native}"),
    "MY": ("given_first", (("bin Abdullah", "bin Abdullah"), ("Lim", "Lim"), ("Wong", "Wong"),
                           ("binti Ismail", "binti Ismail"), ("Subramaniam", "Subramaniam")),
           (("Ahmad Faizal", "Ahmad Faizal"), ("Mei Ling", "Mei Ling"), ("Nurul Huda", "Nurul Huda"),
            ("Kavitha", "Kavitha"), ("Chee Keong", "Chee Keong")),
           "{core} Sdn. Bhd."),
    "ID": ("given_first", (("Santoso", "Santoso"), ("Wijaya", "Wijaya"), ("Rahayu", "Rahayu"),
                           ("Saputra", "Saputra"), ("Hidayat", "Hidayat")),
           (("Budi", "Budi"), ("Siti", "Siti"), ("Agus", "Agus"), ("Dewi", "Dewi"), ("Rizky", "Rizky")),
           "PT {core}"),
    "PH": ("given_first", (("Santos", "Santos"), ("Reyes", "Reyes"), ("Cruz", "Cruz"), ("Bautista", "Bautista"),
                           ("Garcia", "Garcia")),
           (("Maria", "Maria"), ("Jose", "Jose"), ("Angelica", "Angelica"), ("Mark", "Mark"), ("Kristine", "Kristine")),
           "{core} Inc."),
    "IN": ("given_first", (("शर्मा", "Sharma"), ("पटेल", "Patel"), ("Iyer", "Iyer"), ("Reddy", "Reddy"),
                           ("Singh", "Singh")),
           (("प्रिया", "Priya"), ("अर्जुन", "Arjun"), ("Lakshmi", "Lakshmi"), ("Vikram", "Vikram"), ("Ananya", "Ananya")),
           "{core} Pvt. Ltd."),
    "AE": ("given_first", (("الهاشمي", "Al Hashimi"), ("المنصوري", "Al Mansouri"), ("الشامسي", "Al Shamsi"),
                           ("Khan", "Khan")),
           (("محمد", "Mohammed"), ("فاطمة", "Fatima"), ("أحمد", "Ahmed"), ("مريم", "Mariam"), ("Omar", "Omar")),
           "{core} LLC"),
    "US": ("given_first", (("Smith", "Smith"), ("Johnson", "Johnson"), ("Miller", "Miller"), ("Davis", "Davis"),
                           ("Garcia", "Garcia")),
           (("Emily", "Emily"), ("Michael", "Michael"), ("Jessica", "Jessica"), ("David", "David"), ("Ashley", "Ashley")),
           "{core} Inc."),
    "FR": ("given_first", (("Dubois", "Dubois"), ("Lefèvre", "Lefevre"), ("Moreau", "Moreau"), ("Girard", "Girard"),
                           ("Bernard", "Bernard")),
           (("Camille", "Camille"), ("Élodie", "Elodie"), ("Julien", "Julien"), ("François", "Francois"),
            ("Chloé", "Chloe")),
           "{core} SAS"),
    "DE": ("given_first", (("Müller", "Mueller"), ("Schmidt", "Schmidt"), ("Schneider", "Schneider"),
                           ("Weiß", "Weiss"), ("Becker", "Becker")),
           (("Jürgen", "Juergen"), ("Anna", "Anna"), ("Lukas", "Lukas"), ("Katrin", "Katrin"), ("Stefan", "Stefan")),
           "{core} GmbH"),
    "AU": ("given_first", (("Wilson", "Wilson"), ("Taylor", "Taylor"), ("Brown", "Brown"), ("Nguyen", "Nguyen"),
                           ("Williams", "Williams")),
           (("Olivia", "Olivia"), ("Jack", "Jack"), ("Charlotte", "Charlotte"), ("Liam", "Liam"), ("Mia", "Mia")),
           "{core} Pty Ltd"),
    "GB": ("given_first", (("Jones", "Jones"), ("Evans", "Evans"), ("Thomas", "Thomas"), ("Roberts", "Roberts"),
                           ("Hughes", "Hughes")),
           (("Oliver", "Oliver"), ("Amelia", "Amelia"), ("Harry", "Harry"), ("Sophie", "Sophie"), ("George", "George")),
           "{core} Ltd"),
}

# Overseas company names, composed: a name part and a business word, each (native, Latin), joined
# without a space in scripts written so (Thai, Chinese, Korean). Composed so that a demo's hundred
# buyers are not six companies called 주식회사 부산수산.
OVERSEAS_CORES = {
    "TH": ("", (("สยาม", "Siam"), ("กรุงเทพ", "Bangkok"), ("เจแปน", "Japan"), ("ไทย", "Thai"), ("เชียงใหม่", "Chiang Mai")),
           (("ฟู้ด", "Food"), ("เทรดดิ้ง", "Trading"), ("มาร์ท", "Mart"), ("ซีฟู้ด", "Seafood"))),
    "TW": ("", (("台北", "Taipei"), ("統一", "Uni"), ("日光", "Nikko"), ("新光", "Shin Kong"), ("高雄", "Kaohsiung")),
           (("食品", "Foods"), ("貿易", "Trading"), ("進口", "Import"), ("百貨", "Retail"))),
    "HK": ("", (("香港", "HK"), ("東方", "Oriental"), ("日本城", "Japan Home"), ("城市", "City"), ("九龍", "Kowloon")),
           (("美食", "Gourmet"), ("貿易", "Trading"), ("超市", "Supermarket"), ("食品", "Foods"))),
    "CN": ("", (("上海", "Shanghai"), ("北京", "Beijing"), ("广州", "Guangzhou"), ("大连", "Dalian"), ("深圳", "Shenzhen")),
           (("华联", "Hualian"), ("食品", "Foods"), ("海鲜", "Seafood"), ("进出口", "Import Export"))),
    "KR": ("", (("서울", "Seoul"), ("한국", "Hankook"), ("부산", "Busan"), ("제이", "J"), ("대한", "Daehan")),
           (("푸드", "Food"), ("무역", "Trading"), ("수산", "Fisheries"), ("마트", "Mart"))),
    "VN": (" ", (("Sài Gòn", "Saigon"), ("Hà Nội", "Hanoi"), ("Nhật Việt", "Nhat Viet"), ("Đà Nẵng", "Da Nang")),
           (("Thực Phẩm", "Foods"), ("Thương Mại", "Trading"), ("Hải Sản", "Seafood"))),
}
# For every other country: Latin names only.
LATIN_CORES = (
    ("Asia Pacific", "Global", "Orient", "Fresh Direct", "Pacific Rim", "Sakura", "Golden Harvest", "Blue Ocean",
     "Northern Star", "Premium Japan", "Umami", "Hokkaido Fine", "Harbour", "Continental"),
    ("Foods", "Trading", "Imports", "Seafood", "Distribution", "Gourmet"),
)

COUNTRY_WEIGHTS = (("SG", 9), ("TH", 10), ("TW", 10), ("HK", 9), ("CN", 8), ("KR", 7), ("VN", 6), ("MY", 5),
                   ("ID", 4), ("PH", 3), ("IN", 3), ("AE", 2), ("US", 5), ("FR", 3), ("DE", 2), ("AU", 3), ("GB", 2))

BUYER_TITLES = ("Purchasing Manager", "Buyer", "Category Manager", "Import Director", "CEO", "Sourcing Executive",
                "General Manager", "Head of Japanese Products", "F&B Director")

# name, name_ja, organizer, city (as the office writes it), country, IANA zone, month, days, sector
FAIRS = (
    ("FHA Food & Hotel Asia", "FHA フード＆ホテルアジア", "Informa Markets", "シンガポール", "SG", "Asia/Singapore", 4, 4, "食品・飲料"),
    ("THAIFEX - Anuga Asia", "タイフェックス", "Koelnmesse / TCC", "バンコク", "TH", "Asia/Bangkok", 5, 5, "食品・飲料"),
    ("Food Taipei", "台北国際食品見本市", "TAITRA", "台北", "TW", "Asia/Taipei", 6, 4, "食品・飲料"),
    ("HOFEX", "香港国際食品見本市 HOFEX", "Informa Markets", "香港", "HK", "Asia/Hong_Kong", 5, 4, "食品・ホスピタリティ"),
    ("SIAL Paris", "シアル・パリ国際食品見本市", "Comexposium", "パリ", "FR", "Europe/Paris", 10, 5, "食品"),
    ("Seoul Food", "ソウル国際食品産業大展", "KOTRA", "ソウル", "KR", "Asia/Seoul", 6, 4, "食品"),
    ("Anuga", "アヌーガ", "Koelnmesse", "ケルン", "DE", "Europe/Berlin", 10, 5, "食品"),
    ("Gulfood", "ガルフード", "Dubai World Trade Centre", "ドバイ", "AE", "Asia/Dubai", 2, 5, "食品"),
    ("SIAL China", "シアル・チャイナ", "Comexposium", "上海", "CN", "Asia/Shanghai", 5, 3, "食品"),
    ("Vietnam Foodexpo", "ベトナム国際食品見本市", "VIETRADE", "ホーチミン", "VN", "Asia/Ho_Chi_Minh", 11, 4, "食品"),
    ("Food & Hotel Malaysia", "フード＆ホテル・マレーシア", "Informa Markets", "クアラルンプール", "MY", "Asia/Kuala_Lumpur", 9, 4, "食品・ホスピタリティ"),
    ("Summer Fancy Food Show", "サマー・ファンシー・フードショー", "Specialty Food Association", "ニューヨーク", "US", "America/New_York", 6, 3, "食品"),
    ("Fine Food Australia", "ファインフード・オーストラリア", "Diversified Communications", "メルボルン", "AU", "Australia/Melbourne", 9, 4, "食品"),
    ("SIAL Interfood", "シアル・インターフード", "Krista Exhibitions", "ジャカルタ", "ID", "Asia/Jakarta", 11, 4, "食品"),
    ("ITB Asia", "ITB アジア", "Messe Berlin", "シンガポール", "SG", "Asia/Singapore", 10, 3, "観光・MICE"),
    ("Taipei International Travel Fair", "台北国際旅行博", "TITF", "台北", "TW", "Asia/Taipei", 11, 4, "観光"),
)

# The fairs' cities in English (Fair.city_en): the English screens and packs name them so.
CITY_EN = {"シンガポール": "Singapore", "バンコク": "Bangkok", "台北": "Taipei", "香港": "Hong Kong", "パリ": "Paris",
           "ソウル": "Seoul", "ケルン": "Cologne", "ドバイ": "Dubai", "上海": "Shanghai", "ホーチミン": "Ho Chi Minh City",
           "クアラルンプール": "Kuala Lumpur", "ニューヨーク": "New York", "メルボルン": "Melbourne", "ジャカルタ": "Jakarta"}

MICE_FIELDS = (
    ("Snow and Ice Science", "雪氷科学"), ("Cold Region Engineering", "寒地工学"), ("Food Science", "食品科学"),
    ("Dairy Science", "酪農科学"), ("Tourism Research", "観光学"), ("Veterinary Medicine", "獣医学"),
    ("Dermatology", "皮膚科学"), ("Winter Sports Medicine", "冬季スポーツ医学"), ("Fisheries Science", "水産学"),
    ("Forestry", "森林科学"), ("Volcanology", "火山学"), ("Agricultural Engineering", "農業工学"),
    ("Robotics", "ロボット工学"), ("Information Processing", "情報処理"), ("Urban Planning", "都市計画"),
    ("Renewable Energy", "再生可能エネルギー"), ("Diabetes", "糖尿病学"), ("Anesthesiology", "麻酔科学"),
    ("Plant Biology", "植物生物学"), ("Oceanography", "海洋学"), ("Polar Research", "極地研究"),
    ("Hydrogen Technology", "水素技術"), ("Glaciology", "氷河学"), ("Environmental Health", "環境保健"),
)
ASSOCIATION_FORMS = (
    ("International Society of {f}", "国際{j}学会", "IS"), ("Asian Federation of {f}", "アジア{j}連合", "AF"),
    ("World Association for {f}", "世界{j}協会", "WA"), ("Asia-Pacific Association of {f}", "アジア太平洋{j}学会", "APA"),
    ("International Union of {f}", "国際{j}連合", "IU"),
)
SERIES_FORMS = (
    ("World Congress on {f}", "世界{j}会議", "WC"), ("Asian Conference on {f}", "アジア{j}会議", "AC"),
    ("International Symposium on {f}", "国際{j}シンポジウム", "IS"), ("Asia-Pacific Forum on {f}", "アジア太平洋{j}フォーラム", "APF"),
)
# The delegates' excursion a bid offers, by the month the meeting starts (the snow festival is in February only: a
# September congress offered it).
SEASON_TOURS = {1: "冬の札幌体験（スキー・温泉）", 2: "さっぽろ雪まつり視察", 3: "冬の札幌体験（スキー・温泉）",
                4: "定山渓温泉での歓迎行事", 5: "定山渓温泉での歓迎行事", 6: "YOSAKOI ソーラン祭り視察",
                7: "さっぽろ夏まつり視察", 8: "さっぽろ夏まつり視察", 9: "さっぽろオータムフェスト視察",
                10: "定山渓温泉での歓迎行事", 11: "定山渓温泉での歓迎行事", 12: "冬の札幌体験（スキー・温泉）"}

ROTATION_AREAS = ("アジア太平洋", "全世界", "アジア・欧州・米州", "東アジア", "北半球")
COMPETITORS = ("京都", "横浜", "福岡", "釜山", "台北", "シンガポール", "バンコク", "メルボルン", "バンクーバー",
               "ソウル", "クアラルンプール", "仙台", "神戸", "沖縄", "ヘルシンキ", "オスロ")
DECISION_BODIES = ("理事会", "総会", "執行委員会", "評議員会", "開催地選定委員会")

# nationality: (family name first?, family names, given names), each name as (native, Latin, katakana).
# Names are composed, so 150 students are not the same few people over and over.
STUDENT_NATIONS = {
    "CN": (True,
        (("王", "Wang", "ワン"), ("李", "Li", "リー"), ("张", "Zhang", "チャン"), ("刘", "Liu", "リウ"),
             ("陈", "Chen", "チェン")),
        (("芳", "Fang", "ファン"), ("浩然", "Haoran", "ハオラン"), ("静", "Jing", "ジン"), ("洋", "Yang", "ヤン"),
             ("雨桐", "Yutong", "ユートン"))),
    "VN": (True,
        (("Nguyễn", "Nguyen", "グエン"), ("Trần", "Tran", "チャン"), ("Lê", "Le", "レー"), ("Phạm", "Pham", "ファム"),
             ("Hoàng", "Hoang", "ホアン")),
        (("Thị Hoa", "Thi Hoa", "ティ ホア"), ("Minh Đức", "Minh Duc", "ミン ドゥック"),
             ("Thu Trang", "Thu Trang", "トゥー チャン"), ("Quang Huy", "Quang Huy", "クアン フイ"),
             ("Thanh Tâm", "Thanh Tam", "タン タム"))),
    "KR": (True,
        (("김", "Kim", "キム"), ("박", "Park", "パク"), ("이", "Lee", "イ"), ("최", "Choi", "チェ"), ("정", "Jung", "チョン")),
        (("지수", "Ji-su", "ジス"), ("서준", "Seo-jun", "ソジュン"), ("하은", "Ha-eun", "ハウン"), ("민준", "Min-jun", "ミンジュン"),
             ("예린", "Ye-rin", "イェリン"))),
    "TW": (True,
        (("林", "Lin", "リン"), ("黃", "Huang", "ホァン"), ("陳", "Chen", "チェン"), ("張", "Chang", "チャン"),
             ("吳", "Wu", "ウー")),
        (("佳穎", "Chia-ying", "チアイン"), ("柏翰", "Po-han", "ポーハン"), ("怡君", "Yi-chun", "イーチュン"),
             ("志明", "Chih-ming", "チーミン"), ("雅婷", "Ya-ting", "ヤーティン"))),
    "NP": (False,
        (("Shrestha", "Shrestha", "シュレスタ"), ("Gurung", "Gurung", "グルン"), ("Tamang", "Tamang", "タマン"),
             ("Rai", "Rai", "ライ"), ("Karki", "Karki", "カルキ")),
        (("Aarati", "Aarati", "アーラティ"), ("Bikash", "Bikash", "ビカシュ"), ("Sita", "Sita", "シータ"),
             ("Anish", "Anish", "アニシュ"), ("Sunita", "Sunita", "スニタ"))),
    "ID": (False,
        (("Lestari", "Lestari", "レスタリ"), ("Pratama", "Pratama", "プラタマ"), ("Wijaya", "Wijaya", "ウィジャヤ"),
             ("Santoso", "Santoso", "サントソ"), ("Hidayat", "Hidayat", "ヒダヤット")),
        (("Putri", "Putri", "プトゥリ"), ("Dimas", "Dimas", "ディマス"), ("Ayu", "Ayu", "アユ"),
             ("Rizky", "Rizky", "リズキー"), ("Sari", "Sari", "サリ"))),
    "TH": (False,
        (("แก้วมณี", "Kaewmanee", "ケーウマニー"), ("ศรีวงศ์", "Sriwong", "シーウォン"), ("สุขใจ", "Sukjai", "スックチャイ"),
             ("ใจดี", "Jaidee", "ジャイディー"), ("ทองดี", "Thongdee", "トンディー")),
        (("ณัฐวุฒิ", "Nattawut", "ナッタウット"), ("พิมพ์ชนก", "Pimchanok", "ピムチャノック"),
             ("ธนพล", "Thanaphon", "タナポン"), ("สุภาพร", "Supaporn", "スパポーン"), ("กิตติ", "Kitti", "キッティ"))),
    "MY": (True,
        (("Tan", "Tan", "タン"), ("Lim", "Lim", "リム"), ("Wong", "Wong", "ウォン"), ("Lee", "Lee", "リー"),
             ("Ng", "Ng", "ン")),
        (("Jia Hui", "Jia Hui", "ジアフイ"), ("Wei Ling", "Wei Ling", "ウェイリン"), ("Zhi Hao", "Zhi Hao", "ジーハオ"),
             ("Mei Ling", "Mei Ling", "メイリン"), ("Kah Wai", "Kah Wai", "カーワイ"))),
    "MN": (False,
        (("Энхжаргал", "Enkhjargal", "エンフジャルガル"), ("Ганболд", "Ganbold", "ガンボルド"), ("Дорж", "Dorj", "ドルジ"),
             ("Бат", "Bat", "バト"), ("Болд", "Bold", "ボルド")),
        (("Батбаяр", "Batbayar", "バトバヤル"), ("Сарнай", "Sarnai", "サルナイ"), ("Тэмүүлэн", "Temuulen", "テムーレン"),
             ("Номин", "Nomin", "ノミン"), ("Ганзориг", "Ganzorig", "ガンゾリグ"))),
    "IN": (False,
        (("Rao", "Rao", "ラオ"), ("Mehta", "Mehta", "メータ"), ("Sharma", "Sharma", "シャルマ"),
             ("Iyer", "Iyer", "アイヤー"), ("Patel", "Patel", "パテル")),
        (("Aditi", "Aditi", "アディティ"), ("Rohan", "Rohan", "ローハン"), ("Priya", "Priya", "プリヤ"),
             ("Kavya", "Kavya", "カーヴィヤ"), ("Arjun", "Arjun", "アルジュン"))),
    "US": (False,
        (("Johnson", "Johnson", "ジョンソン"), ("Williams", "Williams", "ウィリアムズ"), ("Brown", "Brown", "ブラウン"),
             ("Davis", "Davis", "デイビス"), ("Miller", "Miller", "ミラー")),
        (("Emma", "Emma", "エマ"), ("Noah", "Noah", "ノア"), ("Olivia", "Olivia", "オリビア"), ("Liam", "Liam", "リアム"),
             ("Ava", "Ava", "エイヴァ"))),
    "FR": (False,
        (("Martin", "Martin", "マルタン"), ("Bernard", "Bernard", "ベルナール"), ("Dubois", "Dubois", "デュボワ"),
             ("Moreau", "Moreau", "モロー")),
        (("Léa", "Lea", "レア"), ("Hugo", "Hugo", "ユゴー"), ("Chloé", "Chloe", "クロエ"), ("Louis", "Louis", "ルイ"))),
}

MAJORS = ("経済学", "経営学", "情報工学", "観光学", "農学", "食品科学", "機械工学", "国際関係学", "日本語学", "環境科学",
          "コンピュータ科学", "経営管理学", "ホスピタリティ・マネジメント")
SKILLS = ("Python", "Java", "データ分析", "Excel", "翻訳（中日）", "翻訳（越日）", "通訳", "SNS マーケティング", "貿易実務",
          "CAD", "接客", "Web デザイン", "会計", "プロジェクト管理")
OPENING_TITLES = (
    ("海外営業（アジア市場）", "internship"), ("貿易事務", "new_graduate"), ("インバウンド観光 企画", "new_graduate"),
    ("ソフトウェアエンジニア", "mid_career"), ("通訳・翻訳アルバイト", "part_time"), ("商品開発（輸出向け）", "internship"),
    ("ホテル フロント（多言語）", "part_time"), ("EC 運営（越境）", "new_graduate"), ("品質管理（HACCP）", "mid_career"),
)

ACTIVITY_SUBJECTS = (  # (kind, subject, body): both as the office writes them, in Japanese
    ("meeting", "商談: {org}", "{org} と商談。取扱い品目と価格帯を確認し、サンプルを送ることになった。"),
    ("call", "電話フォロー: {org}", "{org} に電話し、前回の商談のお礼とその後の検討状況を確認した。"),
    ("email", "見積書送付: {org}", "{org} に見積書をメールで送付。回答待ち。"),
    ("visit", "企業訪問（札幌市内）: {org}", "{org} を訪問し、海外展開の取組状況と課題を伺った。"),
    ("note", "メモ: {org} の輸出意向", "{org} は来年度から輸出を始めたい意向。対象国は検討中とのこと。"),
    ("site_inspection", "会場視察（さっぽろ）: {org}", "{org} の件で、札幌市内の会場・宿泊施設を視察した。"),
    ("presentation", "札幌 MICE プレゼン: {org}", "{org} に札幌での MICE 開催の魅力と支援制度をプレゼンテーションした。"),
)
TASK_TITLES = (
    "サンプル発送の手配", "見積書の送付", "お礼メールの送信", "商談結果の報告書作成", "会場仮押さえの確認",
    "誘致提案書の作成", "補助金申請書類の確認", "通訳の手配", "留学生の面接日程調整", "バイヤー招へいの調整",
    "誘致提案書（ビッドブック）の送付", "会場視察の日程調整", "ブースレイアウトの確認",
)
# A task's title by the type of record it hangs on (the title drawn from TASK_TITLES picks one of these, so the
# random sequence stays as it was): a proposal is a bid's, an interview a student's.
_BUYER_TASKS = ("サンプル発送の手配", "見積書の送付", "お礼メールの送信", "商談結果の報告書作成", "バイヤー招へいの調整",
                "価格表と規格書の送付")
_BID_TASKS = ("会場仮押さえの確認", "誘致提案書の作成", "誘致提案書（ビッドブック）の送付", "会場視察の日程調整",
              "協会への開催支援策の説明", "歓迎レセプションの会場確認")
_FAIR_TASKS = ("通訳の手配", "ブースレイアウトの確認", "補助金申請書類の確認", "サンプル発送の手配", "出展者説明会の案内",
               "商談会の日程調整")
_STUDENT_TASKS = ("留学生の面接日程調整", "企業への紹介状の送付", "在留カードの確認", "インターンシップ受入れの調整")
_EXPORT_TASKS = ("補助金申請書類の確認", "専門家相談の日程調整", "現地市場調査の結果共有", "お礼メールの送信")
_NETWORK_TASKS = ("お礼状の送付", "訪問日程の調整", "通訳の手配", "記念品の準備", "報告書の作成")
TASK_TITLES_BY_TYPE = {
    "organization": _BUYER_TASKS, "contact": _BUYER_TASKS, "lead": _BUYER_TASKS,
    "bid": _BID_TASKS, "meeting_series": _BID_TASKS, "fair": _FAIR_TASKS, "participation": _FAIR_TASKS,
    "student": _STUDENT_TASKS, "opening": _STUDENT_TASKS, "match": _STUDENT_TASKS,
    "consultation": _EXPORT_TASKS, "expansion_case": _EXPORT_TASKS,
    "partner_city": _NETWORK_TASKS, "city_network": _NETWORK_TASKS, "exchange": _NETWORK_TASKS, "visit": _NETWORK_TASKS,
}
INTERESTS = (
    "ほたて・いくらの冷凍品に関心", "北海道産チーズの定期輸入を検討", "スープカレーのレトルト品を試験販売したい",
    "ハラール対応の菓子を探している", "日本酒・地ビールの取扱い拡大", "メロン・じゃがいもの生鮮品輸入",
    "ホテルのビュッフェ向けに北海道産の乳製品を探している", "ハラール認証を取得した菓子を継続して仕入れたい",
    "プライベートブランドのインスタントラーメンを作りたい", "水産物の代理店契約を結びたい",
)
NEXT_ACTIONS = (
    "サンプル送付", "見積書送付", "オンライン商談を設定", "札幌での工場見学を調整", "価格表と規格書を送る",
    "ビデオ会議を設定", "商品カタログを送る", "札幌バイヤー招へい事業に招待", "展示会後のお礼状を送る",
)  # nine, as before: the demo's random sequence (and what its tests find in it) stays the same
CERTIFICATION_CODES = ("haccp", "halal", "iso_22000", "fssc_22000", "organic", "hokkaido_haccp", "kosher")
# What a company's export profile may hold, by its industry: the certifications are food and farm ones, so a software
# house or a hotel holds none (a reviewer found a software company with ハラール). Each profile still draws two
# codes, so the demo's random sequence stays the same; it keeps those its industry may hold.
CERTIFICATIONS_BY_INDUSTRY = {
    "food": frozenset(CERTIFICATION_CODES), "agriculture": frozenset({"organic", "haccp", "hokkaido_haccp"}),
    "research": frozenset({"iso_22000", "fssc_22000", "halal", "organic"}), "化粧品": frozenset({"halal", "organic"}),
}
# The industries whose consultations and markets are about food (the texts below); the others get GENERAL_*.
FOOD_INDUSTRIES = frozenset({"food", "agriculture", "trade"})
EXPORT_STAFF = ("佐藤 花子", "高橋 健一", "中村 美咲")
CONSULTATION_TOPICS = {
    "legal": "現地代理店契約の条項について相談",
    "tax": "輸出免税と現地の関税について相談",
    "marketing": "現地向けパッケージと価格設定について相談",
    "logistics": "冷凍コンテナ輸送と通関について相談",
    "certification": "ハラール認証の取得手順について相談",
    "finance": "海外展開向け補助金・融資について相談",
    "hr": "外国人材（留学生）の採用について相談",
    "product_development": "現地の嗜好に合わせた味付けと容量の見直しについて相談",
}
NEED_ANSWERS = {
    "legal": "ジェトロ北海道の専門家を紹介し、代理店契約書のひな形を提供済み",
    "tax": "輸出免税の手続きと相手国の関税率を一覧にしてお渡し済み",
    "marketing": "現地の小売価格調査の結果を共有し、価格帯の目安を提示",
    "logistics": "冷凍混載便を扱う道内の物流会社を紹介済み",
    "certification": "認証機関と補助制度を案内し、申請書類の確認まで支援",
    "finance": "海外展開支援補助金の募集要項を案内し、申請を支援",
    "hr": "留学生向け合同企業説明会への出展を案内",
    "product_development": "現地バイヤーの試食評価をもとに改良点を整理",
}
GENERAL_TOPICS = {  # a company that does not sell food: no frozen containers, halal or seasoning
    "logistics": "海外への出荷と通関の手続きについて相談",
    "certification": "輸出先の規格・認証（CE マークなど）の取得について相談",
    "marketing": "現地向けの販売方法と価格設定について相談",
    "product_development": "現地の利用者に合わせた製品・サービスの見直しについて相談",
}
GENERAL_ANSWERS = {
    "logistics": "国際輸送と通関を扱う道内の物流会社を紹介済み",
    "product_development": "現地の利用者の評価をもとに改良点を整理",
}
GENERAL_MARKET_REASONS = {
    "SG": "東南アジアの拠点として英語で事業を広げやすい", "TH": "日系企業が多く、取引先を見つけやすい",
    "TW": "日本製品への信頼が厚い", "HK": "中華圏への窓口になる", "CN": "市場規模が大きい",
    "KR": "距離が近く、物流コストを抑えられる", "VN": "中間層が急増している", "MY": "東南アジアへの足がかりになる",
    "US": "市場規模が大きく、新しい製品・サービスへの需要が高い", "AU": "英語圏で、日本との時差が小さい",
    "AE": "中東市場への拠点になる", "FR": "欧州市場への足がかりになる",
}
MARKET_REASONS = {
    "SG": "高所得層が多く、日本食への関心が高い", "TH": "北海道ブランドの認知度が高い",
    "TW": "北海道への観光客が多く、土産品の指名買いがある", "HK": "日本産食品の輸入規制が比較的少ない",
    "CN": "越境ECの市場規模が大きい", "KR": "距離が近く、物流コストを抑えられる",
    "VN": "中間層が急増している", "MY": "ハラール市場への足がかりになる",
    "US": "日本食レストランの需要が伸びている", "AU": "冬と夏が逆で、季節商品を通年で売れる",
    "AE": "中東のハラール市場への拠点になる", "FR": "高級食材として評価される",
}
# The staff who own records: full names in kanji, as a Japanese office writes them (not romanised).
OWNERS = ("佐藤 花子", "鈴木 一郎", "高橋 健一", "田中 美咲", "渡辺 健太", "伊藤 由美", "山本 大輔", "中村 美咲")

# --- bids: where a series' past editions met, one list of (city, country) per region of its rotation; the
# cities as the bid team writes them, in Japanese (a Japanese brief read 「2027 年（Montreal）」)
EDITION_REGIONS = [
    [("京都", "JP"), ("ソウル", "KR"), ("シンガポール", "SG"), ("台北", "TW"), ("札幌", "JP"), ("バンコク", "TH")],
    [("ウィーン", "AT"), ("バルセロナ", "ES"), ("リヨン", "FR"), ("コペンハーゲン", "DK"), ("プラハ", "CZ")],
    [("ボストン", "US"), ("モントリオール", "CA"), ("バンクーバー", "CA"), ("シカゴ", "US"), ("リオデジャネイロ", "BR")],
]
# Destinations competing with Sapporo for a bid: (city, country, their strengths), as the bid team notes them:
# in Japanese, the city too (a Japanese screen read 「Busan」 beside notes in Japanese).
COMPETING = [
    ("釜山", "KR", "BEXCO の大型展示場と市の開催助成"), ("台北", "TW", "直行便の多さと会場の新しさ"),
    ("シンガポール", "SG", "国際会議の開催実績と空港からの近さ"), ("京都", "JP", "歴史的景観と大学の集積"),
    ("横浜", "JP", "パシフィコ横浜の規模と首都圏からの近さ"), ("バンコク", "TH", "宿泊費の安さと航空網"),
    ("メルボルン", "AU", "学会本部との関係と南半球の季節"), ("福岡", "JP", "アジア各都市への近さ"),
]

# What the bid team notes about a key person, by their role in the decision.
KEY_PERSON_NOTES = {
    "decision_maker": "理事会での開催地決定の投票を取りまとめる",
    "site_selection": "開催地選定委員。会場とアクセスを重視",
    "board_member": "理事。アジア開催に前向き",
    "secretariat": "事務局長。立候補の手続きの窓口",
}
