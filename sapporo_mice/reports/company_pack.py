"""The company one-pager staff hand to overseas buyers: in one language or in both, with a QR code that
carries the contact person's vCard. Internal notes, the export stage and support needs never appear on it.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice import countries, formats
from sapporo_mice.messages import register, render
from sapporo_mice.models import CompanyProfile, Organization, TargetMarket
from sapporo_mice.reports import common
from sapporo_mice.students.vocab import INDUSTRIES
from sapporo_mice.reports.document import (
    RULE,
    Pack,
    Section,
    Styles,
    base_table_style,
    facts,
    qr_code,
    vcard,
)

register({
    "report.company.about": {"en": "About the company", "ja": "会社概要"},
    "report.company.name": {"en": "Company name", "ja": "会社名"},
    "report.company.industry": {"en": "Industry", "ja": "業種"},
    "report.company.address": {"en": "Address", "ja": "所在地"},
    "report.company.website": {"en": "Website", "ja": "ウェブサイト"},
    "report.company.employees": {"en": "Employees", "ja": "従業員数"},
    "report.company.capital": {"en": "Capital", "ja": "資本金"},
    "report.company.offer": {"en": "Products and certifications", "ja": "製品・認証"},
    "report.company.products": {"en": "Products", "ja": "製品"},
    "report.company.certifications": {"en": "Certifications", "ja": "認証"},
    "report.company.markets": {"en": "Markets of interest", "ja": "関心のある市場"},
    "report.company.contact": {"en": "Contact", "ja": "連絡先"},
    "report.company.scan": {"en": "Scan to save the contact", "ja": "読み取ると連絡先を保存できます"},
    "report.company.no_contact": {"en": "Contact through Sapporo City, International Strategy.",
                                  "ja": "札幌市 国際戦略担当までお問い合わせください。"},
})


def build(session: Session, organization_id: str, styles: Styles, *, bilingual: bool = False) -> Pack:
    lang = styles.lang

    def label(code: str) -> str:
        return f"{render(code, 'ja')} / {render(code, 'en')}" if bilingual else render(code, lang)

    company = session.get(Organization, organization_id)
    names = [formats.name(company.name, None, "ja", company.name_ja), company.name_en] if bilingual else \
        [formats.name(company.name, company.name_en, lang, company.name_ja)]
    title = " / ".join(dict.fromkeys(n for n in names if n))
    profile = session.scalar(select(CompanyProfile).where(CompanyProfile.organization_id == company.id,
                                                          CompanyProfile.deleted_at.is_(None)).limit(1))
    markets = session.scalars(select(TargetMarket).where(TargetMarket.organization_id == company.id,
                                                         TargetMarket.deleted_at.is_(None))
                              .order_by(TargetMarket.priority, TargetMarket.country)).all()
    # the industry in the pack's language(s); one typed in words of its own, as typed
    industry = " / ".join(dict.fromkeys(INDUSTRIES.label(company.industry, code_lang)
                                        for code_lang in (("ja", "en") if bilingual else (lang,)))) \
        if company.industry else ""
    pack = Pack("company", lang, title, label="report.public", cover=False, contents=False, subtitle=industry)
    separator = "、" if lang == "ja" and not bilingual else ", "

    def both_countries(code: str) -> str:
        if bilingual:
            return f"{countries.name(code, 'ja')} ({countries.name(code, 'en')})"
        return countries.name(code, lang)

    about = [
        (label("report.company.name"), " / ".join(dict.fromkeys(n for n in (company.name_ja or company.name,
                                                                             company.name_en) if n))),
        (label("report.company.industry"), industry),
        (label("report.company.address"), " ".join(x for x in (f"〒{company.postal_code}" if company.postal_code
                                                                else "", company.address) if x)),
        (label("report.company.website"), company.website),
        (label("report.company.employees"), formats.number(company.employees, lang) if company.employees else ""),
        (label("report.company.capital"), formats.money(company.capital_jpy, lang) if company.capital_jpy else ""),
    ]
    pack.sections.append(Section(label("report.company.about"), [facts(styles, about)]))
    offer = [
        (label("report.company.products"), "\n".join(common.split_list(profile.products)) if profile else ""),
        (label("report.company.certifications"), separator.join(
            common.code_labels(profile.certifications, "Certification", "en" if bilingual else lang))
         if profile else ""),
        (label("report.company.markets"), separator.join(both_countries(m.country) for m in markets)),
    ]
    pack.sections.append(Section(label("report.company.offer"), [facts(styles, offer)]))
    pack.sections.append(Section(label("report.company.contact"), [_contact_block(session, company, styles,
                                                                                  label)]))
    return pack


def _contact_block(session: Session, company: Organization, styles: Styles, label) -> Table:
    people = common.contacts_of(session, company.id, limit=1)
    if not people:
        return styles.p(label("report.company.no_contact"))
    person = people[0]
    email = common.primary_email(session, person.id) or company.email or ""
    e164, raw = common.primary_phone(session, person.id)
    phone = common.international_phone(e164, raw) or common.international_phone(company.phone_e164,
                                                                                company.phone_raw)
    org = company.name_en or company.name
    card = vcard(name=person.latin_name or person.display_name, family=person.family_name, given=person.given_name,
                 org=org, title=person.title, email=email, phone=e164 or company.phone_e164 or raw,
                 url=company.website)
    shown = person.display_name
    if person.latin_name and person.latin_name != person.display_name:
        shown = (f"{person.display_name}（{person.latin_name}）" if styles.lang == "ja"
                 else f"{person.latin_name} ({person.display_name})")
    lines = [styles.p(shown, styles.h3)]
    lines += [styles.p(x) for x in (" ".join(y for y in (person.department, person.title) if y), email, phone,
                                    company.website) if x]
    lines.append(styles.p(label("report.company.scan"), styles.muted))
    block = Table([[lines, qr_code(card, 34 * mm)]], colWidths=[styles.width - 40 * mm, 40 * mm], hAlign="LEFT")
    block.setStyle(TableStyle([*base_table_style(styles), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6)]))
    return block

