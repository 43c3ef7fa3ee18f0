"""The fair / delegation pack: what staff print before flying to a trade fair.

The fair's facts in its own time zone, the schedule, a page per exhibiting company, the buyers to meet with
phones a foreign line can dial and their last contact, notes on the country (past leads, expansion cases,
partner cities, companies targeting it), open tasks and the staff involved.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sapporo_mice import countries, formats
from sapporo_mice.identity import live
from sapporo_mice.labels import FAIR_SECTORS, enum_label
from sapporo_mice.messages import register
from sapporo_mice.models import (
    Activity,
    CompanyProfile,
    Contact,
    ExpansionCase,
    Fair,
    Lead,
    Organization,
    OrgKind,
    Participation,
    TargetMarket,
)
from sapporo_mice.reports import common
from sapporo_mice.students.vocab import INDUSTRIES
from sapporo_mice.reports.document import Heading, Pack, Section, Styles, facts, table

register({
    "report.fair.title": {"en": "Delegation pack: {fair}", "ja": "出張資料：{fair}"},
    "report.fair.cover": {"en": "{dates}, {place}", "ja": "{dates}　{place}で開催"},
    "report.fair.facts": {"en": "The fair", "ja": "見本市の概要"},
    "report.fair.name": {"en": "Fair", "ja": "見本市"},
    "report.fair.dates": {"en": "Dates (local)", "ja": "会期（現地）"},
    "report.fair.timezone": {"en": "Time zone", "ja": "時間帯"},
    "report.fair.place": {"en": "City and country", "ja": "開催地"},
    "report.fair.organizer": {"en": "Organiser", "ja": "主催者"},
    "report.fair.sector": {"en": "Sector", "ja": "分野"},
    "report.fair.pavilion": {"en": "Pavilion", "ja": "パビリオン"},
    "report.fair.budget": {"en": "Budget", "ja": "予算"},
    "report.fair.owner": {"en": "Staff in charge", "ja": "担当職員"},
    "report.fair.notes": {"en": "Notes", "ja": "メモ"},
    "report.fair.schedule": {"en": "Itinerary and meetings", "ja": "日程・面談予定"},
    "report.fair.when": {"en": "When (local)", "ja": "日時（現地）"},
    "report.fair.what": {"en": "What", "ja": "内容"},
    "report.fair.kind": {"en": "Kind", "ja": "種別"},
    "report.fair.who": {"en": "Staff", "ja": "担当"},
    "report.fair.exhibitors": {"en": "Participating companies", "ja": "出展企業"},
    "report.fair.booth": {"en": "Booth", "ja": "ブース"},
    "report.fair.products": {"en": "Products shown", "ja": "出展品"},
    "report.fair.objectives": {"en": "Objectives", "ja": "出展目的"},
    "report.fair.industry": {"en": "Industry", "ja": "業種"},
    "report.fair.stage": {"en": "Export stage", "ja": "輸出の段階"},
    "report.fair.certifications": {"en": "Certifications", "ja": "認証"},
    "report.fair.markets": {"en": "Target markets", "ja": "ターゲット市場"},
    "report.fair.contact": {"en": "Contact person", "ja": "担当者"},
    "report.fair.buyers": {"en": "Buyers to meet", "ja": "面談するバイヤー"},
    "report.fair.buyer": {"en": "Buyer", "ja": "バイヤー"},
    "report.fair.company": {"en": "Company", "ja": "会社"},
    "report.fair.country": {"en": "Country", "ja": "国・地域"},
    "report.fair.phone": {"en": "Phone", "ja": "電話"},
    "report.fair.email": {"en": "Email", "ja": "メール"},
    "report.fair.rating": {"en": "Rating", "ja": "評価"},
    "report.fair.status": {"en": "Status", "ja": "状況"},
    "report.fair.last": {"en": "Last contact", "ja": "直近の接点"},
    "report.fair.country_notes": {"en": "Country notes: {country}", "ja": "国・地域メモ：{country}"},
    "report.fair.past_leads": {"en": "Leads from {country} at earlier fairs: {count}",
                               "ja": "過去の見本市での{country}のリード：{count:,} 件"},
    "report.fair.cases": {"en": "Expansion cases in {country}", "ja": "{country}での海外展開事例"},
    "report.fair.case_kind": {"en": "Kind", "ja": "種別"},
    "report.fair.case_date": {"en": "Date", "ja": "日付"},
    "report.fair.case_value": {"en": "Value", "ja": "金額"},
    "report.fair.partners": {"en": "Partner cities in {country}", "ja": "{country}の交流都市"},
    "report.fair.targeting": {"en": "Local companies targeting {country}", "ja": "{country}を目指す市内企業"},
    "report.fair.tasks": {"en": "Open tasks", "ja": "未完了のタスク"},
    "report.fair.task": {"en": "Task", "ja": "タスク"},
    "report.fair.due": {"en": "Due", "ja": "期限"},
    "report.fair.assignee": {"en": "Assignee", "ja": "担当"},
    "report.fair.staff": {"en": "Staff involved", "ja": "関係職員"},
    "report.fair.staff_role": {"en": "Role", "ja": "役割"},
    "report.fair.role_owner": {"en": "In charge of the fair", "ja": "見本市の担当"},
    "report.fair.role_leads": {"en": "Follows up {count:,|lead|leads}", "ja": "リード {count:,} 件のフォローアップ"},
    "report.fair.role_tasks": {"en": "{count:,|open task|open tasks}", "ja": "未完了タスク {count:,} 件"},
})

SCHEDULE_MARGIN = dt.timedelta(days=3)  # meetings booked around the fair (arrival day, visits after)


def build(session: Session, fair_id: str, styles: Styles) -> Pack:
    lang, w = styles.lang, styles.words
    fair = session.get(Fair, fair_id)
    zone = _zone(fair.timezone)
    name = formats.name(fair.name, None, lang, fair.name_ja)
    dates = f"{formats.date(fair.starts_on, lang, weekday=True)} – {formats.date(fair.ends_on, lang, weekday=True)}"
    city = formats.name(fair.city, fair.city_en, lang)
    place = ", ".join(x for x in (city, countries.name(fair.country, lang)) if x) if lang != "ja" else \
        "　".join(x for x in (countries.name(fair.country, lang), city) if x)
    pack = Pack("fair", lang, w("report.fair.title", fair=name), subtitle=w("report.fair.cover", dates=dates,
                                                                           place=place),
                author=fair.owner or "")
    pavilion = formats.name(fair.pavilion, fair.pavilion_en, lang)
    pack.cover_lines = [line for line in (fair.organizer, pavilion) if line]

    participations = list(session.scalars(
        select(Participation).where(Participation.fair_id == fair_id, Participation.deleted_at.is_(None))
        .join(Organization, Organization.id == Participation.organization_id).where(*live(Organization))
        .order_by(Organization.sort_key, Organization.id)))
    leads = list(session.scalars(select(Lead).where(Lead.fair_id == fair_id, *live(Lead))
                                 .order_by(Lead.rating.is_(None), Lead.rating, Lead.captured_at, Lead.id)))

    pack.sections.append(Section(w("report.fair.facts"), [facts(styles, [
        (w("report.fair.name"), fair.name if lang != "ja" or not fair.name_ja else f"{fair.name_ja}（{fair.name}）"),
        (w("report.fair.dates"), dates),
        (w("report.fair.timezone"), _zone_label(fair, zone, lang)),
        (w("report.fair.place"), place),
        (w("report.fair.organizer"), fair.organizer),
        (w("report.fair.sector"), FAIR_SECTORS.label(fair.sector, lang)),  # a typed sector as typed
        (w("report.fair.pavilion"), pavilion),
        (w("report.fair.budget"), formats.money(fair.budget_jpy, lang) if fair.budget_jpy is not None else ""),
        (w("report.fair.owner"), fair.owner),
        (w("report.fair.notes"), fair.notes),
    ])]))
    pack.sections.append(_schedule(session, fair, zone, participations, leads, styles))
    pack.sections.append(_exhibitors(session, participations, styles))
    pack.sections.append(_buyers(session, leads, styles))
    pack.sections.append(_country(session, fair, styles))
    targets = ([("fair", fair.id)] + [("lead", lead.id) for lead in leads]
               + [("participation", p.id) for p in participations])
    tasks = common.open_tasks(session, targets)
    pack.sections.append(Section(w("report.fair.tasks"), [table(
        styles, [w("report.fair.task"), w("report.fair.due"), w("report.fair.assignee")],
        [(t.title, formats.date(t.due_on, lang), t.assignee or "") for t in tasks], (6, 2, 2))]))
    pack.sections.append(_staff(fair, leads, tasks, styles))
    return pack


def _zone(name: str | None) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name else None
    except (KeyError, ValueError):
        return None


def _zone_label(fair: Fair, zone: ZoneInfo | None, lang: str) -> str:
    """The fair's zone by its place, as the editor names it, with its offset on the opening day:
    ``タイ時間（UTC+07:00）`` / ``Thailand Time (UTC+07:00)``; a zone that does not load stays as typed."""
    if zone is None:
        return fair.timezone or ""
    offset = dt.datetime.combine(fair.starts_on, dt.time(12), zone).utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "−"
    utc = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    name = formats.timezone_name(fair.timezone, lang)
    return f"{name}（{utc}）" if lang == "ja" else f"{name} ({utc})"


def _schedule(session: Session, fair: Fair, zone: ZoneInfo | None, participations: list[Participation],
              leads: list[Lead], styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    start = dt.datetime.combine(fair.starts_on - SCHEDULE_MARGIN, dt.time.min, zone or dt.UTC)
    end = dt.datetime.combine(fair.ends_on + SCHEDULE_MARGIN, dt.time.max, zone or dt.UTC)
    start_utc, end_utc = start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    targets = {("fair", fair.id)} | {("lead", lead.id) for lead in leads} | {("participation", p.id)
                                                                            for p in participations}
    rows = []
    stmt = (select(Activity).where(Activity.occurred_at >= start_utc, Activity.occurred_at <= end_utc, *live(Activity))
            .order_by(Activity.occurred_at, Activity.id))
    for activity in session.scalars(stmt):
        if (activity.record_type, activity.record_id) not in targets:
            continue
        when = formats.datetime(activity.occurred_at, lang, zone)
        rows.append((when, activity.subject, enum_label("ActivityKind", activity.kind, lang), activity.owner or ""))
    return Section(w("report.fair.schedule"), [table(
        styles, [w("report.fair.when"), w("report.fair.what"), w("report.fair.kind"), w("report.fair.who")],
        rows, (2.2, 5, 1.4, 1.4))])


def _exhibitors(session: Session, participations: list[Participation], styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    flowables = []
    for participation in participations:
        company = session.get(Organization, participation.organization_id)
        profile = session.scalar(select(CompanyProfile).where(
            CompanyProfile.organization_id == company.id, CompanyProfile.deleted_at.is_(None)).limit(1))
        markets = session.scalars(select(TargetMarket).where(
            TargetMarket.organization_id == company.id, TargetMarket.deleted_at.is_(None))
            .order_by(TargetMarket.priority, TargetMarket.country)).all()
        contact = session.get(Contact, participation.contact_id) if participation.contact_id else None
        contact_text = ""
        if contact is not None:
            phone = common.international_phone(*common.primary_phone(session, contact.id))
            contact_text = " / ".join(x for x in (contact.display_name, contact.title,
                                                  common.primary_email(session, contact.id), phone) if x)
        title = common.org_name(company, lang)
        flowables.append(Heading(title, styles.h3, 1))
        flowables.append(facts(styles, [
            (w("report.fair.booth"), participation.booth),
            (w("report.fair.industry"), INDUSTRIES.label(company.industry, lang) if company.industry else ""),
            (w("report.fair.products"), participation.products or (profile.products if profile else None)),
            (w("report.fair.objectives"), participation.objectives),
            (w("report.fair.stage"), enum_label("ExportStage", profile.stage, lang) if profile else ""),
            (w("report.fair.certifications"),
             formats.listed(common.code_labels(profile.certifications, "Certification", lang), lang) if profile else ""),
            (w("report.fair.markets"), formats.listed(
                (formats.aside(countries.name(m.country, lang), enum_label("MarketStatus", m.status, lang))
                 for m in markets), lang)),
            (w("report.fair.contact"), contact_text),
        ]))
    return Section(w("report.fair.exhibitors"), flowables or [table(styles, [""], [], (1,))], new_page=True)


def _buyers(session: Session, leads: list[Lead], styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    leads = [lead for lead in leads if lead.status.value not in ("lost", "dormant")]
    people = common.by_id(session, Contact, (lead.contact_id for lead in leads), Contact.display_name, Contact.country)
    companies = common.by_id(session, Organization, (lead.organization_id for lead in leads), Organization.name,
                             Organization.name_ja, Organization.name_en, Organization.country)
    emails = common.first_emails(session, people)
    phones = common.first_phones(session, people)
    latest = common.last_activities(session, [("lead", lead.id) for lead in leads]
                                    + [("contact", contact_id) for contact_id in people])
    rows = []
    for lead in leads:
        contact, company = people.get(lead.contact_id), companies.get(lead.organization_id)
        name = contact.display_name if contact is not None else lead.title
        phone = common.international_phone(*phones.get(contact.id, (None, ""))) if contact else ""
        email = emails.get(contact.id, "") if contact else ""
        country = (contact.country if contact else None) or (company.country if company else None)
        candidates = [latest.get(("lead", lead.id)), latest.get(("contact", contact.id)) if contact else None]
        last = max((a for a in candidates if a is not None), key=lambda a: a.occurred_at, default=None)
        last_text = f"{formats.date(last.occurred_at, lang)} {last.subject}" if last else ""
        rows.append((name, common.org_name(company, lang), countries.name(country, lang),
                     "\n".join(x for x in (phone, email) if x), lead.rating.value if lead.rating else "",
                     enum_label("LeadStatus", lead.status, lang), last_text))
    header = [w("report.fair.buyer"), w("report.fair.company"), w("report.fair.country"),
              f"{w('report.fair.phone')} / {w('report.fair.email')}", w("report.fair.rating"),
              w("report.fair.status"), w("report.fair.last")]
    return Section(w("report.fair.buyers"), [table(styles, header, rows, (1.7, 1.9, 1.5, 2.5, 1.2, 1.8, 2.3))],
                   new_page=True)


def _country(session: Session, fair: Fair, styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    country = countries.name(fair.country, lang)
    earlier = select(Fair.id).where(Fair.id != fair.id, Fair.starts_on < fair.starts_on, *live(Fair))
    past_leads = session.scalar(
        select(func.count()).select_from(Lead).outerjoin(Contact, Contact.id == Lead.contact_id)
        .where(Lead.fair_id.in_(earlier), Contact.country == fair.country, *live(Lead))) or 0
    cases = session.scalars(select(ExpansionCase).where(ExpansionCase.country == fair.country, *live(ExpansionCase))
                            .order_by(ExpansionCase.occurred_on.desc()).limit(30)).all()
    partners = session.scalars(select(Organization).where(Organization.kind == OrgKind.PARTNER_CITY,
                                                          Organization.country == fair.country, *live(Organization))
                               .order_by(Organization.sort_key)).all()
    targeting = session.scalars(
        select(Organization).join(TargetMarket, TargetMarket.organization_id == Organization.id)
        .where(TargetMarket.country == fair.country, TargetMarket.deleted_at.is_(None), *live(Organization))
        .order_by(Organization.sort_key).distinct().limit(60)).all()
    flowables = [styles.p(w("report.fair.past_leads", country=country, count=formats.number(past_leads, lang))),
                 Heading(w("report.fair.cases", country=country), styles.h3, 1),
                 table(styles, [w("report.fair.company"), w("report.fair.case_kind"), w("report.fair.case_date"),
                                w("report.fair.case_value")],
                       [(common.org_name(session.get(Organization, c.organization_id), lang),
                         enum_label("ExpansionKind", c.kind, lang), formats.date(c.occurred_on, lang),
                         formats.money(c.value_jpy, lang) if c.value_jpy is not None else "") for c in cases],
                       (4, 2, 1.5, 2), right=(3,)),
                 Heading(w("report.fair.partners", country=country), styles.h3, 1),
                 styles.p(formats.listed((common.org_name(p, lang) for p in partners), lang)
                          or w("report.none"), styles.body if partners else styles.muted),
                 Heading(w("report.fair.targeting", country=country), styles.h3, 1),
                 styles.p(formats.listed((common.org_name(o, lang) for o in targeting), lang)
                          or w("report.none"), styles.body if targeting else styles.muted)]
    return Section(w("report.fair.country_notes", country=country), flowables, new_page=True)


def _staff(fair: Fair, leads: list[Lead], tasks: list, styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    roles: dict[str, list[str]] = {}
    if fair.owner:
        roles.setdefault(fair.owner, []).append(w("report.fair.role_owner"))
    lead_counts: dict[str, int] = {}
    for lead in leads:
        if lead.owner:
            lead_counts[lead.owner] = lead_counts.get(lead.owner, 0) + 1
    for owner, count in sorted(lead_counts.items()):
        roles.setdefault(owner, []).append(w("report.fair.role_leads", count=count))
    task_counts: dict[str, int] = {}
    for task in tasks:
        if task.assignee:
            task_counts[task.assignee] = task_counts.get(task.assignee, 0) + 1
    for assignee, count in sorted(task_counts.items()):
        roles.setdefault(assignee, []).append(w("report.fair.role_tasks", count=count))
    separator = "、" if lang == "ja" else "; "
    return Section(w("report.fair.staff"), [table(
        styles, [w("report.fair.who"), w("report.fair.staff_role")],
        [(name, separator.join(parts)) for name, parts in roles.items()], (3, 7))])
