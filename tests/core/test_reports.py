"""The PDF packs: what they say in each language, that every font is embedded, that extreme content still
lays out, that bad output paths and cancels leave nothing behind (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from sapporo_mice.errors import NotFoundError
from sapporo_mice.reports import UnknownPackError, file_name
from sapporo_mice.reports.document import (
    MISSING_GLYPH,
    ReportError,
    Styles,
    text,
    vcard,
)

UTC = dt.UTC
AT = dt.datetime(2026, 10, 29, 3, 0, tzinfo=UTC)


@pytest.fixture
def fair(crm):
    """A fair in Bangkok with an exhibitor and buyers written in five scripts."""
    fair_id = crm.fairs.create({"name": "THAIFEX 2026", "name_ja": "タイフェックス 2026", "country": "TH",
                                "city": "バンコク", "city_en": "Bangkok", "timezone": "Asia/Bangkok", "starts_on": "2026-10-27",
                                "ends_on": "2026-10-31", "organizer": "Koelnmesse", "budget_jpy": 4_000_000,
                                "pavilion": "北海道・札幌パビリオン", "pavilion_en": "Hokkaido Sapporo Pavilion",
                                "owner": "佐藤 花子"}, actor="t").id
    org = crm.organizations.create({"name": "株式会社札幌食品", "name_en": "Sapporo Foods Co., Ltd.",
                                    "country": "JP", "kind": "local_company", "industry": "食品製造"}, actor="t").id
    crm.participations.create({"fair_id": fair_id, "organization_id": org, "booth": "A-12",
                               "products": "味噌、ラーメン"}, actor="t")
    crm.target_markets.create({"organization_id": org, "country": "TH", "priority": 1, "status": "active"}, actor="t")
    visitors = [("สมชาย ใจดี", "TH", "+66 81 234 5678"), ("김민준", "KR", "+82 10-1234-5678"),
                ("Trần Văn An", "VN", "+84 90 123 4567"), ("王伟", "CN", "+86 138 0013 8000"),
                ("髙﨑 一郎", "JP", "090-1234-5678")]
    for name, country, phone in visitors:
        crm.intake.capture(fair_id, {"name": name, "company": f"{name} Trading", "country": country,
                                    "phone": phone, "email": f"{abs(hash(name)) % 10000}@example.com",
                                    "rating": "A"}, actor="t", now=AT)
    return fair_id


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def fonts_of(path) -> dict[str, bool]:
    """Every font the PDF uses → whether its program is embedded."""
    found = {}
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font.get("/BaseFont"))] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def qpdf_check(path) -> None:
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf not installed (Debian package: qpdf)")
    result = subprocess.run(["qpdf", "--check", str(path)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_fair_pack_says_what_staff_need_in_each_language_with_every_font_embedded(crm, fair, tmp_path, lang):
    out = tmp_path / f"fair-{lang}.pdf"
    made = crm.reports.build("fair", fair, out, lang=lang)
    assert made.pages == len(PdfReader(out).pages) and 4 <= made.pages <= 12
    body = pdf_text(out)
    expected = {
        "ja": ["出張資料：タイフェックス 2026", "目次", "見本市の概要", "面談するバイヤー", "国・地域メモ：タイ",
               "株式会社札幌食品", "¥4,000,000", "2026/10/27", "タイ時間（UTC+07:00）", "取扱注意", "バンコクで開催",
               "北海道・札幌パビリオン"],
        "en": ["Delegation pack: THAIFEX 2026", "Contents", "The fair", "Buyers to meet", "Country notes: Thailand",
               "Sapporo Foods Co., Ltd.", "¥4,000,000", "27 Oct 2026", "Thailand Time (UTC+07:00)",
               "Internal: handle with care", "Bangkok, Thailand", "Hokkaido Sapporo Pavilion"],
    }[lang]
    for phrase in expected:
        assert phrase in body, phrase
    # the pavilion (cover and facts) in the pack's language only: a foreign partner's copy has no Japanese name of it
    assert ("Hokkaido Sapporo Pavilion" in body) == (lang == "en") and ("札幌パビリオン" in body) == (lang == "ja")
    for name in ("김민준", "Trần Văn An", "王伟", "髙﨑", "+66 81 234 5678", "+81 90-1234-5678"):
        assert name in body, name  # each script in a face that holds it, phones as dialled from abroad
    assert MISSING_GLYPH not in body
    fonts = fonts_of(out)
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)
    reader = PdfReader(out)
    assert reader.metadata.title == made.title
    assert [item.title for item in reader.outline if not isinstance(item, list)][:2] == (
        ["見本市の概要", "日程・面談予定"] if lang == "ja" else ["The fair", "Itinerary and meetings"])
    qpdf_check(out)


def test_contents_list_every_heading_with_the_page_it_is_on(crm, fair, tmp_path):
    out = tmp_path / "fair.pdf"
    crm.reports.build("fair", fair, out, lang="en")
    reader = PdfReader(out)
    contents = reader.pages[1].extract_text()
    for item in reader.outline:
        if isinstance(item, list):
            continue
        page = reader.get_destination_page_number(item) + 1
        assert item.title in contents
        assert item.title in reader.pages[page - 1].extract_text()
        lines = contents.splitlines()
        at = next(i for i, line in enumerate(lines) if item.title in line)
        assert str(page) in " ".join(lines[at:at + 2]).split(), lines[at:at + 2]  # the number beside the title


def test_extreme_content_still_lays_out(crm, tmp_path):
    fair_id = crm.fairs.create({"name": "X" * 300, "country": "SG", "timezone": "Asia/Singapore",
                                "starts_on": "2026-10-27", "ends_on": "2026-10-28"}, actor="t").id
    long_name = "株式会社" + "長い名前" * 70  # 284 characters
    org = crm.organizations.create({"name": long_name, "country": "JP"}, actor="t").id
    crm.participations.create({"fair_id": fair_id, "organization_id": org}, actor="t")  # every optional field empty
    for i in range(50):
        crm.intake.capture(fair_id, {"name": f"Buyer {i} 🙂 Ünal", "company": f"Company {i % 7}",
                                    "notes": "x" * 500}, actor="t", now=AT)
    out = tmp_path / "extreme.pdf"
    made = crm.reports.build("fair", fair_id, out, lang="ja")
    body = pdf_text(out)
    assert body.count("Ünal") == 50 and "49" in body and "長い名前長い名前" in body
    assert MISSING_GLYPH in body  # the emoji, which no bundled face holds, as the typesetters' mark
    assert 4 <= made.pages <= 20
    entry = next(line for line in PdfReader(out).pages[1].extract_text().splitlines() if "株式会社長い" in line)
    assert "…" in entry  # the contents cut a long title short on its one line
    qpdf_check(out)
    english = crm.reports.build("fair", fair_id, tmp_path / "extreme-en.pdf", lang="en")
    pages = PdfReader(english.path).pages
    assert "Delegation pack:" in pages[0].extract_text()
    assert "Economic and Tourism Bureau" not in pages[1].extract_text()  # a too-long cover goes on below a
    assert "Delegation pack: XXX" in pages[1].extract_text()  # header, not under the cover's band again
    qpdf_check(english.path)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_company_one_pager_is_one_page_for_buyers_with_a_vcard_qr(crm, tmp_path, lang):
    org = crm.organizations.create({"name": "株式会社札幌食品", "name_en": "Sapporo Foods Co., Ltd.", "country": "JP",
                                    "industry": "食品製造", "website": "https://example.jp",
                                    "notes": "社内メモ：価格交渉は慎重に"}, actor="t").id
    crm.company_profiles.create({"organization_id": org, "stage": "regular", "products": "味噌, ラーメン",
                                 "certifications": ["haccp", "halal"], "notes": "内部の評価"}, actor="t")
    crm.contacts.create({"family_name": "佐藤", "given_name": "花子", "latin_name": "Hanako Sato",
                         "organization_id": org, "emails": [{"email": "sato@example.jp"}],
                         "phones": [{"raw": "011-222-3333"}]}, actor="t")
    out = tmp_path / "company.pdf"
    made = crm.reports.build("company", org, out, lang=lang)
    body = pdf_text(out)
    assert made.pages == 1
    assert ("会社概要" if lang == "ja" else "About the company") in body
    assert "sato@example.jp" in body and "+81 11-222-3333" in body and "HACCP" in body
    assert ("ハラール" if lang == "ja" else "Halal") in body and "haccp" not in body  # labels, never codes
    assert "社内メモ" not in body and "内部の評価" not in body  # internal notes never reach a buyer
    assert all(fonts_of(out).values())
    both = crm.reports.build("company", org, tmp_path / "both.pdf", lang="ja", bilingual=True)
    text_both = pdf_text(both.path)
    assert "会社概要 / About the company" in text_both and "Sapporo Foods Co., Ltd." in text_both


def test_vcard_escapes_what_the_format_reserves():
    card = vcard(name="Sato, Hanako", family="Sato", given="Hanako", org="A;B", email="s@example.jp")
    assert "FN:Sato\\, Hanako" in card and "ORG:A\\;B" in card and card.startswith("BEGIN:VCARD")
    assert card.endswith("END:VCARD")


def test_markup_escapes_user_text_and_gives_each_script_a_face():
    marked = text("<b>A&B</b> 김 ภาษา", "IPAexGothic")
    assert "&lt;b&gt;A&amp;B&lt;/b&gt;" in marked
    assert '<font name="DroidSansFallback">김</font>' in marked
    assert '<font name="NotoSansThai">ภาษา</font>' in marked


def line_texts(paragraph) -> list[str]:
    """Each wrapped line's text (both shapes reportlab uses for lines)."""
    texts = []
    for line in paragraph.blPara.lines:
        if isinstance(line, tuple):  # one font: (extra space, [text])
            texts.append("".join(line[1]))
        else:  # several fonts: a line of fragments
            texts.append("".join(getattr(w, "text", "") or "" for w in line.words))
    return texts


def line_starts(paragraph) -> list[str]:
    """The first character of each line after the first."""
    return [text[:1] for text in line_texts(paragraph)[1:]]


def test_japanese_lines_never_start_with_closing_punctuation():
    styles = Styles("ja")
    sentence = "札幌市は国際会議の誘致を進めています。「雪まつり」、冬の観光（スキー）。"
    checked = 0
    for width in range(100, 300, 3):
        paragraph = styles.p(sentence * 6)
        paragraph.wrap(width, 5000)
        starts = line_starts(paragraph)
        assert all(starts), starts  # the helper reads every line
        assert not set(starts) & set("、。」）"), (width, starts)
        assert not {text[-1:] for text in line_texts(paragraph)} & set("「（"), width
        checked += len(starts)
    assert checked > 500
    mixed = styles.p("Kim 김민준 さんと面談しました。" * 8)  # several faces: lines of fragments
    mixed.wrap(120, 5000)
    assert not set(line_starts(mixed)) & set("、。」）")


def test_a_missing_folder_or_a_cancel_leaves_no_file(crm, fair, tmp_path):
    with pytest.raises(ReportError) as caught:
        crm.reports.build("fair", fair, tmp_path / "nowhere" / "x.pdf", lang="ja")
    assert "nowhere" in caught.value.message("ja") and "フォルダ" in caught.value.message("ja")

    class Stop(Exception):
        pass

    def cancel_on_page_3(page: int, _expected: int) -> None:
        if page >= 3:
            raise Stop

    with pytest.raises(Stop):
        crm.reports.build("fair", fair, tmp_path / "cancelled.pdf", lang="ja", progress=cancel_on_page_3)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".brief-*")) == []


def test_unknown_kinds_and_records_are_named(crm, fair, tmp_path):
    with pytest.raises(UnknownPackError) as caught:
        crm.reports.resolve("visa", "x")
    assert "visa" in caught.value.message("en") and "fair" in caught.value.message("en")
    with pytest.raises(NotFoundError):
        crm.reports.resolve("fair", "no such fair")
    assert crm.reports.resolve("fair", "タイフェックス 2026") == fair
    crm.fairs.delete(fair, actor="t", expected_version=crm.fairs.get(fair)["version"])
    with pytest.raises(NotFoundError):
        crm.reports.build("fair", fair, tmp_path / "x.pdf")


def test_a_folder_as_output_names_the_file_after_the_pack(crm, fair, tmp_path):
    made = crm.reports.build("fair", fair, tmp_path, lang="en")
    assert made.path == tmp_path / file_name(made.title) and made.path.exists()
    assert file_name('a/b:c*"d"  e') == "a_b_c_d_e.pdf"


@pytest.fixture
def demo(crm):
    crm.add_demo_data(scale=0.1)
    return crm


def _first(crm, model, *where, order=None):
    from sqlalchemy import select

    with crm.store.reading() as session:
        return session.scalar(select(model.id).where(*where).order_by(order if order is not None else model.id)
                              .limit(1))


def test_every_pack_prints_from_the_demo_in_both_languages(demo, tmp_path):
    from sqlalchemy import func, select

    from sapporo_mice.models import Bid, Fair, Lead, Organization, ProgrammeItem

    with demo.store.reading() as session:
        fair = session.scalar(select(Lead.fair_id).where(Lead.fair_id.is_not(None)).group_by(Lead.fair_id)
                              .order_by(func.count().desc(), Lead.fair_id).limit(1))
        visit = session.scalar(select(ProgrammeItem.visit_id).group_by(ProgrammeItem.visit_id)
                               .order_by(func.count().desc(), ProgrammeItem.visit_id).limit(1))
    company = _first(demo, Organization, Organization.kind == "local_company")
    bid = _first(demo, Bid, Bid.series_id.is_not(None))
    assert fair and visit and company and bid and _first(demo, Fair)
    for kind, ref in (("fair", fair), ("company", company), ("visit", visit), ("bid", bid)):
        for lang in ("ja", "en"):
            made = demo.reports.build(kind, ref, tmp_path / f"{kind}-{lang}.pdf", lang=lang)
            body = pdf_text(made.path)
            assert made.pages >= 1 and MISSING_GLYPH not in body, (kind, lang)
            assert all(fonts_of(made.path).values()), (kind, lang)
            label = {"ja": "取扱注意" if kind != "company" else "外部配布用",
                     "en": "Internal" if kind != "company" else "For external distribution"}[lang]
            assert label in body
            qpdf_check(made.path)


def test_visit_brief_shows_the_programme_in_sapporo_time_and_the_people(demo, tmp_path):
    from sqlalchemy import func, select

    from sapporo_mice.models import ProgrammeItem

    with demo.store.reading() as session:
        visit = session.scalar(select(ProgrammeItem.visit_id).group_by(ProgrammeItem.visit_id)
                               .order_by(func.count().desc(), ProgrammeItem.visit_id).limit(1))
    data = demo.network.visit_brief_data(visit)
    made = demo.reports.build("visit", visit, tmp_path / "visit.pdf", lang="ja")
    body = pdf_text(made.path)
    assert "日程表（日本時間）" in body and "来訪者" in body and "札幌市側" in body
    first = data.programme[0]
    assert first["activity"] in body
    assert first["starts_at"].strftime("%H:%M") in body  # Sapporo's clock, whatever the computer's zone
    for person in data.visitors:
        assert person["name"] in body


def test_bid_brief_cites_the_impact_sources_and_the_rotation(crm, tmp_path):
    series = crm.meeting_series.create({"name": "Asia Pacific Food Forum", "frequency": "triennial",
                                        "editions": [{"year": 2019, "city": "Vancouver", "country": "CA"},
                                                     {"year": 2022, "city": "Singapore", "country": "SG"},
                                                     {"year": 2025, "city": "Prague", "country": "CZ"}]},
                                       actor="t").id
    bid = crm.bids.create({"name": "APFF 2031 Sapporo", "series_id": series, "meeting_type": "conference",
                           "edition_year": 2031, "delegates_international": 1000}, actor="t").id
    made = crm.reports.build("bid", bid, tmp_path / "bid.pdf", lang="ja")
    body = pdf_text(made.path)
    assert "¥373,288,000" in body  # 1,000 international-conference delegates × ¥373,288 (JTA 2016)
    assert "観光庁" in body and "2016" in body and "アジア" in body and "Prague" in body
    english = pdf_text(crm.reports.build("bid", bid, tmp_path / "bid-en.pdf", lang="en").path)
    assert "Japan Tourism Agency" in english and "When the meeting can come" in english


def test_bid_brief_lists_the_key_persons_with_their_role_in_the_decision(crm, tmp_path):
    org = crm.organizations.create({"name": "Asian Society of Hepatology", "kind": "association"}, actor="t").id
    chair = crm.contacts.create({"family_name": "Tan", "given_name": "Wei", "organization_id": org}, actor="t").id
    board = crm.contacts.create({"family_name": "Lim", "given_name": "Mei", "organization_id": org}, actor="t").id
    series = crm.meeting_series.create({"name": "APASL", "key_persons": [{"contact_id": board,
                                                                          "role": "board_member"}]}, actor="t").id
    bid = crm.bids.create({"name": "APASL 2031 Sapporo", "series_id": series, "key_persons": [
        {"contact_id": chair, "role": "decision_maker", "note": "開催地投票の取りまとめ"}]}, actor="t").id
    body = pdf_text(crm.reports.build("bid", bid, tmp_path / "bid.pdf", lang="ja").path).replace("\n", "")
    assert "意思決定者" in body and "開催地投票の取りまとめ" in body and "Tan" in body
    assert "理事・評議員（会議シリーズ）" in body and "Lim" in body
    english = pdf_text(crm.reports.build("bid", bid, tmp_path / "bid-en.pdf", lang="en").path).replace("\n", " ")
    assert "Decision maker" in english and "Board or council member (meeting series)" in english


def test_bid_brief_lists_site_inspections_and_presentations_with_their_participants(crm, tmp_path):
    import datetime as dt

    org = crm.organizations.create({"name": "Asian Society of Hepatology", "kind": "association"}, actor="t").id
    chair = crm.contacts.create({"family_name": "Tan", "given_name": "Wei", "organization_id": org}, actor="t").id
    bid = crm.bids.create({"name": "APASL 2031 Sapporo"}, actor="t").id
    for kind, subject in (("site_inspection", "会場視察 コンベンションセンター"), ("call", "電話連絡")):
        crm.activities.create({"kind": kind, "subject": subject, "record_type": "bid", "record_id": bid,
                               "occurred_at": dt.datetime(2026, 10, 5, 1, tzinfo=dt.UTC),
                               "participants": [{"contact_id": chair}, {"staff_name": "佐藤 花子"}]}, actor="t")
    body = pdf_text(crm.reports.build("bid", bid, tmp_path / "bid.pdf", lang="ja").path).replace("\n", "")
    assert "現地視察・プレゼンテーション" in body and "会場視察 コンベンションセンター" in body
    assert "佐藤 花子" in body and "Wei Tan" in body and "電話連絡" not in body  # only visits and presentations
    english = pdf_text(crm.reports.build("bid", bid, tmp_path / "bid-en.pdf", lang="en").path).replace("\n", " ")
    assert "Site inspections and presentations" in english and "Our staff" in english


def test_kpi_report_prints_every_indicator_with_target_and_actual(demo, tmp_path):
    from sapporo_mice import fiscal
    from sapporo_mice.errors import ExportError

    fy = fiscal.current() - 1
    assert demo.reports.resolve("kpi", f"FY{fy}") == demo.reports.resolve("kpi", f"{fy}年度") == str(fy)
    with pytest.raises(ExportError) as caught:
        demo.reports.resolve("kpi", "last year")
    assert "2026年度" in caught.value.message("ja")
    data = demo.kpi.report(fy, lang="ja")
    made = demo.reports.build("kpi", str(fy), tmp_path / "kpi.pdf", lang="ja")
    body = pdf_text(made.path)
    for area in data["areas"]:
        assert area["name"] in body
        for indicator in area["indicators"]:
            assert indicator["name"][:12] in body
    assert "年度別の達成率" in body and all(fonts_of(made.path).values())
    # 外国人就業者数: the entered figure, and beside its name the hires the city's matching contributed
    assert "外国人就業者数（市の取組による寄与：留学生の市内企業への就職者数" in body.replace("\n", "")
    qpdf_check(made.path)
    english = pdf_text(demo.reports.build("kpi", str(fy), tmp_path / "kpi-en.pdf", lang="en").path)
    assert f"FY{fy}" in english and "Definitions and sources" in english


def test_bid_brief_cites_a_value_the_office_changed_as_the_offices(crm, tmp_path):
    crm.shared_settings.put("impact_defaults", {"ripple_multiplier": 2.0}, actor="田中 美咲")
    bid = crm.bids.create({"name": "APFF 2031 Sapporo", "meeting_type": "conference", "edition_year": 2031,
                           "delegates_international": 1000}, actor="t").id
    body = pdf_text(crm.reports.build("bid", bid, tmp_path / "bid.pdf", lang="ja").path).replace("\n", "")
    assert "変更した値（公表値・市の仮定値とは異なります）" in body and "1兆590億円" not in body  # the survey's ratio is 1.97, not 2.00
    assert crm.bids.impact_sources()["ripple_multiplier"].assumed
