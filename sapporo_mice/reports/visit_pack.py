"""The visit brief: what the hosts read before an inbound delegation arrives ([network]).

The visitors with their titles and earlier visits, their city and the relationship (years, next round
anniversary), the programme in Sapporo time, who from the city meets them and the interpreters, gifts given
and received, protocol notes, the history of exchanges with the city, and the follow-ups.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sapporo_mice import countries, formats
from sapporo_mice.labels import enum_label
from sapporo_mice.messages import register
from sapporo_mice.network import visit_brief
from sapporo_mice.reports.document import Heading, Pack, Section, Styles, facts, table

register({
    "report.visit.title": {"en": "Visit brief: {visit}", "ja": "来訪者ブリーフィング：{visit}"},
    "report.visit.cover": {"en": "{dates}, from {origin}", "ja": "{dates}　{origin}から来訪"},
    "report.visit.overview": {"en": "The visit", "ja": "来訪の概要"},
    "report.visit.dates": {"en": "Dates", "ja": "日程"},
    "report.visit.status": {"en": "Status", "ja": "状況"},
    "report.visit.from": {"en": "From", "ja": "来訪元"},
    "report.visit.organization": {"en": "Organization", "ja": "団体"},
    "report.visit.purpose": {"en": "Purpose", "ja": "目的"},
    "report.visit.owner": {"en": "Staff in charge", "ja": "担当職員"},
    "report.visit.city": {"en": "The partner city", "ja": "交流都市"},
    "report.visit.relationship": {"en": "Relationship", "ja": "関係"},
    "report.visit.since": {"en": "Since", "ja": "提携"},
    "report.visit.years": {"en": "{years:|year|years}", "ja": "{years} 年"},
    "report.visit.anniversary": {"en": "Next round anniversary", "ja": "次の周年"},
    "report.visit.anniversary_value": {"en": "{nth}th in {year}", "ja": "{year} 年に {nth} 周年"},
    "report.visit.languages": {"en": "Languages", "ja": "言語"},
    "report.visit.counterpart": {"en": "Counterpart office", "ja": "先方の窓口"},
    "report.visit.people": {"en": "People", "ja": "出席者"},
    "report.visit.visitors": {"en": "Visitors", "ja": "来訪者"},
    "report.visit.hosts": {"en": "From the city", "ja": "札幌市側"},
    "report.visit.interpreters": {"en": "Interpreters", "ja": "通訳"},
    "report.visit.name": {"en": "Name", "ja": "氏名"},
    "report.visit.role": {"en": "Title and role", "ja": "役職・役割"},
    "report.visit.earlier": {"en": "Earlier visits", "ja": "過去の来訪"},
    "report.visit.programme": {"en": "Programme (Sapporo time)", "ja": "日程表（日本時間）"},
    "report.visit.when": {"en": "When", "ja": "日時"},
    "report.visit.activity": {"en": "Activity", "ja": "内容"},
    "report.visit.place": {"en": "Place", "ja": "場所"},
    "report.visit.attendees": {"en": "Attending", "ja": "出席"},
    "report.visit.gifts": {"en": "Gifts", "ja": "贈答品"},
    "report.visit.given": {"en": "Given", "ja": "贈呈"},
    "report.visit.received": {"en": "Received", "ja": "受領"},
    "report.visit.item": {"en": "Item", "ja": "品名"},
    "report.visit.from_to": {"en": "From → to", "ja": "贈り主 → 受け手"},
    "report.visit.value": {"en": "Value", "ja": "金額"},
    "report.visit.protocol": {"en": "Protocol notes", "ja": "儀礼上の注意"},
    "report.visit.history": {"en": "Earlier exchanges with the city", "ja": "これまでの交流"},
    "report.visit.history_kind": {"en": "Kind", "ja": "種別"},
    "report.visit.outcome": {"en": "Outcome", "ja": "成果"},
    "report.visit.followups": {"en": "Follow-ups", "ja": "フォローアップ"},
    "report.visit.task": {"en": "Task", "ja": "タスク"},
    "report.visit.due": {"en": "Due", "ja": "期限"},
    "report.visit.done": {"en": "Done", "ja": "完了"},
    "report.visit.open": {"en": "Open", "ja": "未完了"},
})


def _span(start, end, lang: str) -> str:
    if end and end != start:
        return f"{formats.date(start, lang, weekday=True)} – {formats.date(end, lang, weekday=True)}"
    return formats.date(start, lang, weekday=True)


def build(session: Session, visit_id: str, styles: Styles) -> Pack:
    lang, w = styles.lang, styles.words
    data = visit_brief(session, visit_id)
    visit, city, org = data.visit, data.city, data.organization
    separator = "、" if lang == "ja" else ", "
    city_name = formats.name(city["name"], city.get("name_en"), lang) if city else visit.get("from_city") or ""
    origin = separator.join(x for x in (city_name, countries.name(visit.get("country") or (city or {}).get("country"),
                                                                   lang)) if x)
    dates = _span(visit["arrives_on"], visit.get("departs_on"), lang)
    pack = Pack("visit", lang, w("report.visit.title", visit=visit["title"]),
                subtitle=w("report.visit.cover", dates=dates, origin=origin), author=visit.get("owner") or "")
    org_name = formats.name(org["name"], org.get("name_en"), lang, org.get("name_ja")) if org else ""
    pack.sections.append(Section(w("report.visit.overview"), [facts(styles, [
        (w("report.visit.dates"), dates),
        (w("report.visit.status"), enum_label("VisitStatus", visit["status"], lang)),
        (w("report.visit.from"), origin),
        (w("report.visit.organization"), org_name),
        (w("report.visit.purpose"), visit.get("purpose")),
        (w("report.visit.owner"), visit.get("owner")),
    ])]))
    if city:
        since = city.get("since_on") or city.get("since_year")
        anniversary = city.get("next_anniversary")
        pack.sections.append(Section(w("report.visit.city"), [facts(styles, [
            (w("report.visit.relationship"), enum_label("RelationshipKind", city["relationship"], lang)),
            (w("report.visit.since"), (formats.date(since, lang) if hasattr(since, "year") else str(since or ""))
             + (f"（{w('report.visit.years', years=city['years'])}）" if lang == "ja" and city.get("years")
                else f" ({w('report.visit.years', years=city['years'])})" if city.get("years") else "")),
            (w("report.visit.anniversary"), w("report.visit.anniversary_value", nth=anniversary["nth"],
                                              year=anniversary["year"]) if anniversary else ""),
            (w("report.visit.languages"), formats.languages(city.get("languages") or [], lang)),
            (w("report.visit.counterpart"), formats.name(city.get("counterpart_name"), city.get("counterpart_name_en"),
                                                         lang, city.get("counterpart_name_ja"))),
        ])]))
    people = []
    for code, rows in (("report.visit.visitors", data.visitors), ("report.visit.hosts", data.hosts),
                       ("report.visit.interpreters", data.interpreters)):
        people.append(Heading(w(code), styles.h3, 1))
        people.append(table(styles, [w("report.visit.name"), w("report.visit.role"), w("report.visit.organization"),
                                     w("report.visit.earlier")],
                            [(_person_name(p, lang), separator.join(x for x in (p.get("title"), p.get("role")) if x),
                              formats.name(p.get("organization"), p.get("organization_en"), lang, p.get("organization_ja")), formats.number(p.get("earlier_visits") or 0, lang))
                             for p in rows], (3, 3.2, 3, 1.2), right=(3,)))
    pack.sections.append(Section(w("report.visit.people"), people))
    pack.sections.append(Section(w("report.visit.programme"), [table(
        styles, [w("report.visit.when"), w("report.visit.activity"), w("report.visit.place"),
                 w("report.visit.attendees")],
        [(_when(item, lang), item["activity"], item.get("place") or "", item.get("attendees") or "")
         for item in data.programme], (2.4, 3.4, 2.4, 2.4))], new_page=True))
    gifts = []
    for code, rows in (("report.visit.given", data.gifts_given), ("report.visit.received", data.gifts_received)):
        gifts.append(Heading(w(code), styles.h3, 1))
        gifts.append(table(styles, [w("report.visit.item"), w("report.visit.from_to"), w("report.visit.value")],
                           [(g["item"], " → ".join(x for x in (g.get("giver"), g.get("recipient")) if x),
                             formats.money(g["value_jpy"], lang) if g.get("value_jpy") is not None else "")
                            for g in rows], (4, 4, 2), right=(2,)))
    pack.sections.append(Section(w("report.visit.gifts"), gifts))
    pack.sections.append(Section(w("report.visit.protocol"), [styles.p(visit.get("protocol_notes") or
                                                                        w("report.none"))]))
    pack.sections.append(Section(w("report.visit.history"), [table(
        styles, [w("report.visit.dates"), w("report.visit.history_kind"), w("report.visit.activity"),
                 w("report.visit.outcome")],
        [(_span(h["starts_on"], h.get("ends_on"), lang),
          enum_label("ExchangeKind" if h["type"] == "exchange" else "VisitStatus", h["kind"], lang),
          h["title"], h.get("outcome") or "") for h in data.history], (2.6, 2, 3.4, 3))]))
    pack.sections.append(Section(w("report.visit.followups"), [table(
        styles, [w("report.visit.task"), w("report.visit.due"), w("report.visit.status")],
        [(t["title"], formats.date(t["due_on"], lang), w("report.visit.done") if t["done"] else w("report.visit.open"))
         for t in data.follow_ups], (6, 2, 2))]))
    return pack


def _person_name(person: dict, lang: str) -> str:
    latin = person.get("latin_name")
    if latin and latin != person["name"]:
        return f"{person['name']}（{latin}）" if lang == "ja" else f"{latin} ({person['name']})"
    return person["name"]


def _when(item: dict, lang: str) -> str:
    start, end = item["starts_at"], item.get("ends_at")
    text = f"{formats.date(start, lang, weekday=True)} {formats.time(start, lang, start.tzinfo)}"
    return f"{text}–{formats.time(end, lang, end.tzinfo)}" if end else text
