"""Demo data of the network abroad: Sapporo's five sister cities and its memberships of the World Winter
Cities Association for Mayors and the UNESCO Creative Cities Network (public facts, tagged デモ so nobody
takes the demo for the city's register), with exchanges over three fiscal years, cooperation projects
with JICA, inbound delegations with programme, people and gifts, and key persons who came more than once.

Every person here is invented. Dates of exchanges and visits move with the demo's today; the dates
relationships began are history and stay as they are (``demo_fixed_dates`` on the models)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sapporo_mice.models import (
    Activity,
    ActivityKind,
    CityNetwork,
    Contact,
    Exchange,
    ExchangeKind,
    Gift,
    GiftDirection,
    NetworkKind,
    NetworkMembership,
    NetworkRole,
    Organization,
    OrgKind,
    Participant,
    ParticipantSide,
    PartnerCity,
    ProgrammeItem,
    RelationshipKind,
    Task,
    Visit,
    VisitStatus,
)
from sapporo_mice.text import hira_to_kata

if TYPE_CHECKING:
    from sapporo_mice.demo import DemoLoad

DEMO = ",デモ,"
JST = dt.timezone(dt.timedelta(hours=9))

# (name, name_en, local name, kana, region, country, since, languages, time zone, counterpart office ja/en)
SISTER_CITIES = (
    ("ポートランド", "Portland", "Portland", "ぽーとらんど", "オレゴン州", "US", dt.date(1959, 11, 17), "en",
     "America/Los_Angeles", "ポートランド市 国際関係室", "City of Portland, Office of International Relations"),
    ("ミュンヘン", "Munich", "München", "みゅんへん", "バイエルン州", "DE", dt.date(1972, 8, 28), "de",
     "Europe/Berlin", "ミュンヘン市 国際交流課", "Landeshauptstadt München, Internationale Angelegenheiten"),
    ("瀋陽", "Shenyang", "沈阳", "しんよう", "遼寧省", "CN", dt.date(1980, 11, 18), "zh",
     "Asia/Shanghai", "瀋陽市人民政府 外事弁公室", "Shenyang Foreign Affairs Office"),
    ("ノボシビルスク", "Novosibirsk", "Новосибирск", "のぼしびるすく", "ノボシビルスク州", "RU", dt.date(1990, 6, 13),
     "ru", "Asia/Novosibirsk", "ノボシビルスク市 国際関係局", "Novosibirsk City Hall, International Relations"),
    ("大田", "Daejeon", "대전", "てじょん", "大田広域市", "KR", dt.date(2010, 10, 22), "ko",
     "Asia/Seoul", "大田広域市 国際協力課", "Daejeon Metropolitan City, International Cooperation Division"),
)

# Fellow members of Sapporo's networks (network key, name, name_en, local, kana, country, designation).
FELLOW_MEMBERS = (
    ("wwcam", "ハルビン", "Harbin", "哈尔滨", "はるびん", "CN", None),
    ("wwcam", "エドモントン", "Edmonton", "Edmonton", "えどもんとん", "CA", None),
    ("wwcam", "ロヴァニエミ", "Rovaniemi", "Rovaniemi", "ろゔぁにえみ", "FI", None),
    ("unesco", "リンツ", "Linz", "Linz", "りんつ", "AT", "メディアアーツ"),
    ("unesco", "光州", "Gwangju", "광주", "くぁんじゅ", "KR", "メディアアーツ"),
    ("unesco", "アンギャン＝レ＝バン", "Enghien-les-Bains", "Enghien-les-Bains", "あんぎゃんればん", "FR", "メディアアーツ"),
)

# Invented key persons of the partners: (city, family, given, latin, title, languages).
KEY_PERSONS = (
    ("ミュンヘン", "Hofmann", "Katrin", "Katrin Hofmann", "国際交流課長", "de,en"),
    ("大田", "박", "지훈", "Park Ji-hoon", "国際協力課 課長", "ko,ja"),
    ("ポートランド", "Nguyen", "Emily", "Emily Nguyen", "Sister City Program Manager", "en"),
    ("瀋陽", "王", "麗", "Wang Li", "外事弁公室 副主任", "zh,ja"),
)

# What the network adds to the demo's organizations (each city's counterpart office, JICA) and contacts.
ORGANIZATIONS = len(SISTER_CITIES) + 1
CONTACTS = len(KEY_PERSONS)


def build(load: DemoLoad) -> list[SimpleNamespace]:
    """Every network record type; returns the rows activities and tasks may hang on."""
    return NetworkDemo(load).build()


class NetworkDemo:
    def __init__(self, load: DemoLoad) -> None:
        self.load = load
        self.cities: dict[str, SimpleNamespace] = {}
        self.people: dict[str, SimpleNamespace] = {}
        self.linkable: list[SimpleNamespace] = []

    def at(self, day: dt.date, hour: int = 10) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour), JST).astimezone(dt.UTC)

    def build(self) -> list[SimpleNamespace]:
        for entry in SISTER_CITIES:
            self._sister_city(*entry)
        networks = self._networks()
        for key, *member in FELLOW_MEMBERS:
            self._fellow(networks[key], *member)
        self._memberships(networks)
        jica = self.load.add(Organization, self.at(dt.date(2023, 4, 3)), kind=OrgKind.GOVERNMENT,
                             name="JICA 北海道センター（札幌）", name_ja="JICA 北海道センター（札幌）",
                             name_en="JICA Hokkaido Center (Sapporo)", country="JP", tags=DEMO)
        exchanges = self._exchanges(jica)
        self._visits(exchanges)  # before the exchanges' people: a table's rows go in when it first appears
        self._exchange_guests(exchanges)
        return [*self.cities.values(), *networks.values(), *exchanges.values(), *self.linkable]

    # ------------------------------------------------------------------ cities and networks
    def _sister_city(self, name: str, name_en: str, local: str, kana: str, region: str, country: str,
                     since: dt.date, languages: str, tz: str, office: str, office_en: str) -> None:
        load = self.load
        org = load.add(Organization, self.at(dt.date(2023, 4, 3)), kind=OrgKind.PARTNER_CITY, name=office,
                       name_ja=office, name_en=office_en, country=country, tags=DEMO)
        city = load.add(PartnerCity, self.at(dt.date(2023, 4, 3)), name=name, name_en=name_en, name_local=local,
                        name_kana=hira_to_kata(kana), region=region, country=country, relationship=RelationshipKind.SISTER,
                        since_year=since.year, since_on=since, counterpart_org_id=org.id, languages=languages,
                        timezone=tz, owner="佐藤 花子", tags=",姉妹都市" + DEMO,
                        notes="デモデータ: 提携日などは市の記録で確認してください。")
        self.cities[name] = city
        for city_name, family, given, latin, title, langs in KEY_PERSONS:
            if city_name == name:
                self.people[name] = load.add(Contact, self.at(dt.date(2023, 5, 8)), family_name=family,
                                             given_name=given, latin_name=latin, title=title, country=country,
                                             name_order="family_first" if country in ("CN", "KR") else "given_first",
                                             organization_id=org.id, languages=langs, owner="佐藤 花子", tags=DEMO)

    def _networks(self) -> dict[str, SimpleNamespace]:
        load = self.load
        wwcam = load.add(CityNetwork, self.at(dt.date(2023, 4, 3)), name="世界冬の都市市長会",
                         name_en="World Winter Cities Association for Mayors", acronym="WWCAM",
                         kind=NetworkKind.CITY_ASSOCIATION, secretariat="札幌市（事務局）",
                         sapporo_role=NetworkRole.SECRETARIAT, sapporo_founding=True, sapporo_since_year=1982,
                         owner="鈴木 一郎", tags=DEMO,
                         notes="1982年に札幌で始まった北方都市会議が起点。札幌市が事務局を務める。")
        unesco = load.add(CityNetwork, self.at(dt.date(2023, 4, 3)), name="ユネスコ創造都市ネットワーク",
                          name_en="UNESCO Creative Cities Network", acronym="UCCN", kind=NetworkKind.UN_NETWORK,
                          secretariat="UNESCO（パリ）", sapporo_role=NetworkRole.MEMBER, sapporo_since_year=2013,
                          sapporo_designation="メディアアーツ", owner="高橋 美咲", tags=DEMO,
                          notes="札幌市は2013年にメディアアーツ分野で加盟認定。")
        return {"wwcam": wwcam, "unesco": unesco}

    def _fellow(self, network: SimpleNamespace, name: str, name_en: str, local: str, kana: str, country: str,
                designation: str | None) -> None:
        city = self.load.add(PartnerCity, self.at(dt.date(2023, 6, 1)), name=name, name_en=name_en,
                             name_local=local, name_kana=hira_to_kata(kana), country=country,
                             relationship=RelationshipKind.NETWORK_MEMBER, owner="鈴木 一郎", tags=DEMO)
        self.cities[name] = city
        self.load.add(NetworkMembership, self.at(dt.date(2023, 6, 1)), network_id=network.id,
                      partner_city_id=city.id, designation=designation,
                      role=NetworkRole.VICE_CHAIR if name == "ハルビン" else NetworkRole.MEMBER)

    def _memberships(self, networks: dict[str, SimpleNamespace]) -> None:
        for name in ("瀋陽", "ノボシビルスク"):  # sister cities that also take part in the winter cities' network
            self.load.add(NetworkMembership, self.at(dt.date(2023, 6, 1)), network_id=networks["wwcam"].id,
                          partner_city_id=self.cities[name].id, role=NetworkRole.MEMBER)

    # ------------------------------------------------------------------ exchanges
    def _exchanges(self, jica: SimpleNamespace) -> dict[str, SimpleNamespace]:
        K = ExchangeKind
        plan = (  # key, title, kind, city, start, end, sapporo, partner, outcome, pillars
            ("xmas", "ミュンヘン・クリスマス市 in Sapporo（共催）", K.CULTURAL, "ミュンヘン", dt.date(2024, 11, 22),
             dt.date(2024, 12, 25), 12, 6, "来場者約60万人。ミュンヘン市の出店者と地元事業者の商談3件。", ",6,"),
            ("youth_pdx", "ポートランド青少年交流（相互派遣）", K.STUDENT_EXCHANGE, "ポートランド",
             dt.date(2024, 7, 28), dt.date(2024, 8, 8), 16, 14, "高校生16名を派遣。翌年度の受入れ日程を合意。", ",6,"),
            ("beer", "ビール文化交流・食品商談会", K.ECONOMIC, "ミュンヘン", dt.date(2025, 9, 20),
             dt.date(2025, 10, 5), 8, 4, "道産食品3社がバイエルン州の輸入業者と継続商談。", ",4,6,"),
            ("snow_sy", "雪像制作技術交流（さっぽろ雪まつり）", K.CULTURAL, "瀋陽", dt.date(2025, 1, 28),
             dt.date(2025, 2, 11), 5, 9, "瀋陽市チームが大雪像を制作。", ",6,"),
            ("winter", "冬季スポーツ交流（スキー・アイスホッケー）", K.STUDENT_EXCHANGE, "ノボシビルスク",
             dt.date(2025, 2, 15), dt.date(2025, 2, 22), 20, 18, None, ",6,"),
            ("ict", "ICT・スタートアップ交流ミッション", K.ECONOMIC, "大田", dt.date(2025, 11, 10),
             dt.date(2025, 11, 13), 10, 25, "大田の研究機関と札幌のIT企業2社が共同研究の覚書。", ",3,6,"),
            ("official_dj", "大田広域市 公式訪問（姉妹都市15周年）", K.OFFICIAL_VISIT, "大田", dt.date(2025, 10, 22),
             dt.date(2025, 10, 24), 6, 0, "15周年の共同声明に署名。", ",6,"),
            ("pdx_visit", "ポートランド市 公式訪問団の受入れ", K.OFFICIAL_VISIT, "ポートランド", dt.date(2026, 5, 12),
             dt.date(2026, 5, 15), 0, 9, "グリーンインフラ分野の職員交流を次年度に実施することで合意。", ",6,"),
            ("snow_tech", "JICA 草の根技術協力: 積雪寒冷地の除排雪技術（瀋陽）", K.TECHNICAL_COOPERATION, "瀋陽",
             dt.date(2024, 10, 1), dt.date(2027, 3, 31), 6, 30, None, ",1,6,"),
            ("training", "JICA 課題別研修: 積雪寒冷地における都市計画", K.TRAINING_PARTICIPANTS, None,
             dt.date(2025, 6, 2), dt.date(2025, 7, 4), 4, 11, "9か国11名の研修員を受入れ。", ",1,"),
            ("training26", "JICA 課題別研修: 冬季観光と地域振興", K.TRAINING_PARTICIPANTS, None,
             dt.date(2026, 9, 7), dt.date(2026, 10, 9), 3, 12, "研修員12名。帰国後の行動計画を共有。", ",1,5,"),
            ("media_arts", "メディアアーツ・レジデンス交換（創造都市）", K.CULTURAL, "リンツ", dt.date(2026, 8, 1),
             dt.date(2026, 10, 31), 1, 1, None, ",6,"),
        )
        made: dict[str, SimpleNamespace] = {}
        for key, title, kind, city, start, end, ours, theirs, outcome, pillars in plan:
            org = jica.id if kind in (K.TECHNICAL_COOPERATION, K.TRAINING_PARTICIPANTS) else None
            network = None
            made[key] = self.load.add(
                Exchange, self.at(start - dt.timedelta(days=60)), title=title, kind=kind,
                partner_city_id=self.cities[city].id if city else None, network_id=network, partner_org_id=org,
                starts_on=start, ends_on=end, sapporo_participants=ours, partner_participants=theirs,
                outcome=outcome, owner="佐藤 花子", pillars=pillars, tags=DEMO)
        return made

    def _exchange_guests(self, made: dict[str, SimpleNamespace]) -> None:
        self._guest(made["beer"], "ミュンヘン", "団長")
        self._guest(made["ict"], "大田", "先方代表")
        self._guest(made["official_dj"], "大田", "随行")
        self._guest(made["pdx_visit"], "ポートランド", "団長")

    def _guest(self, parent: SimpleNamespace, city: str, role: str, *, visit: bool = False) -> None:
        person = self.people[city]
        self.load.add(Participant, parent.created_at, visit_id=parent.id if visit else None,
                      exchange_id=None if visit else parent.id, contact_id=person.id, name=person.display_name,
                      side=ParticipantSide.GUEST, role=role)

    # ------------------------------------------------------------------ inbound delegations
    def _visits(self, exchanges: dict[str, SimpleNamespace]) -> None:
        load = self.load
        munich = load.add(Visit, self.at(dt.date(2026, 9, 1)), title="ミュンヘン市 国際交流課 訪問団",
                          partner_city_id=self.cities["ミュンヘン"].id, country="DE",
                          organization_id=self.cities["ミュンヘン"].counterpart_org_id,
                          arrives_on=dt.date(2026, 10, 14), departs_on=dt.date(2026, 10, 16), status=VisitStatus.DONE,
                          purpose="クリスマス市の次回共催の協議、食品輸出の商談同行",
                          protocol_notes="豚肉料理に制限なし。贈答品は市長名義で。写真撮影は事前に許可を得ること。",
                          owner="佐藤 花子", pillars=",6,", tags=DEMO)
        self._programme(munich, dt.date(2026, 10, 14), (
            (10, 0, 10, 30, "市長表敬訪問", "札幌市役所 本庁舎 市長応接室", "市長、国際部長"),
            (11, 0, 12, 0, "クリスマス市 次回共催の協議", "札幌市役所 国際部 会議室", "国際部、観光・MICE推進部"),
            (14, 0, 16, 0, "道産食品企業との商談会", "札幌市産業振興センター", "地元企業4社"),
            (18, 30, 20, 30, "歓迎夕食会", "さっぽろテレビ塔 周辺（大通公園）", "国際部長ほか"),
        ))
        self._guest(munich, "ミュンヘン", "団長", visit=True)
        self._people(munich, (("佐藤 花子", ParticipantSide.HOST, "国際部 交流担当課長"),
                              ("鈴木 一郎", ParticipantSide.HOST, "国際部長"),
                              ("中村 あゆみ", ParticipantSide.INTERPRETER, "ドイツ語通訳（逐次）")))
        self._gifts(munich, (("given", "北海道産木彫りの熊（小）", "札幌市長", "ミュンヘン市 国際交流課長", 18000),
                             ("received", "ミュンヘン市章入り記念皿", "ミュンヘン市", "札幌市長", None)))
        for days, title in ((7, "お礼状の送付"), (14, "訪問記録・写真の共有"), (7, "受贈品の登録（市の財産として）")):
            load.add(Task, self.at(dt.date(2026, 10, 17)), title=f"{title}: {munich.title}",
                     due_on=dt.date(2026, 10, 16) + dt.timedelta(days=days), done=days == 7,
                     assignee="佐藤 花子", record_type="visit", record_id=munich.id)

        daejeon = load.add(Visit, self.at(dt.date(2026, 10, 1)), title="大田広域市 青少年代表団",
                           partner_city_id=self.cities["大田"].id, country="KR", arrives_on=dt.date(2026, 11, 19),
                           departs_on=dt.date(2026, 11, 22), status=VisitStatus.CONFIRMED,
                           purpose="青少年スポーツ交流と市内高校の訪問", exchange_id=exchanges["ict"].id,
                           protocol_notes="未成年者を含むため引率者の連絡先を事前に共有。", owner="高橋 美咲",
                           pillars=",6,", tags=DEMO)
        self._programme(daejeon, dt.date(2026, 11, 19), (
            (15, 0, 16, 0, "歓迎式", "札幌市青少年科学館", "青少年担当"),
        ))
        self._guest(daejeon, "大田", "引率責任者", visit=True)
        self._people(daejeon, (("高橋 美咲", ParticipantSide.HOST, "国際部 交流担当係長"),
                               ("李 美善", ParticipantSide.INTERPRETER, "韓国語通訳")))

        shenyang = load.add(Visit, self.at(dt.date(2026, 10, 10)), title="瀋陽市 除雪技術視察団",
                            partner_city_id=self.cities["瀋陽"].id, country="CN", arrives_on=dt.date(2026, 12, 8),
                            departs_on=dt.date(2026, 12, 11), status=VisitStatus.PLANNED,
                            purpose="JICA 草の根技術協力の現地研修（除排雪・融雪施設）",
                            exchange_id=exchanges["snow_tech"].id, owner="佐藤 花子", pillars=",1,6,", tags=DEMO)
        self._guest(shenyang, "瀋陽", "団長", visit=True)
        self._people(shenyang, (("王 芳", ParticipantSide.INTERPRETER, "中国語通訳"),))
        earlier = load.add(Visit, self.at(dt.date(2024, 3, 1)), title="ミュンヘン市 訪問団（クリスマス市準備）",
                           partner_city_id=self.cities["ミュンヘン"].id, country="DE",
                           arrives_on=dt.date(2024, 4, 16), departs_on=dt.date(2024, 4, 18), status=VisitStatus.DONE,
                           purpose="クリスマス市の共催準備", owner="佐藤 花子", pillars=",6,", tags=DEMO)
        self._guest(earlier, "ミュンヘン", "団長", visit=True)
        load.add(Activity, self.at(dt.date(2025, 6, 10), 17), kind=ActivityKind.MEETING,
                 subject="オンライン会議: クリスマス市2025の準備", occurred_at=self.at(dt.date(2025, 6, 10), 17),
                 owner="佐藤 花子", record_type="contact", record_id=self.people["ミュンヘン"].id, pillars=",6,")
        self.linkable += [munich, daejeon, shenyang, earlier]

    def _programme(self, visit: SimpleNamespace, day: dt.date, items: tuple) -> None:
        for h1, m1, h2, m2, activity, place, attendees in items:
            start = dt.datetime.combine(day, dt.time(h1, m1), JST).astimezone(dt.UTC)
            end = dt.datetime.combine(day, dt.time(h2, m2), JST).astimezone(dt.UTC)
            self.load.add(ProgrammeItem, visit.created_at, visit_id=visit.id, starts_at=start, ends_at=end,
                          activity=activity, place=place, attendees=attendees)

    def _people(self, visit: SimpleNamespace, people: tuple) -> None:
        for name, side, role in people:
            self.load.add(Participant, visit.created_at, visit_id=visit.id, name=name, side=side, role=role)

    def _gifts(self, visit: SimpleNamespace, gifts: tuple[tuple[Any, ...], ...]) -> None:
        for direction, item, giver, recipient, value in gifts:
            self.load.add(Gift, visit.created_at, visit_id=visit.id, direction=GiftDirection(direction), item=item,
                          giver=giver, recipient=recipient, value_jpy=value)
