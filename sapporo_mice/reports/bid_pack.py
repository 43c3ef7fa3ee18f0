"""The bid brief ([bids]): the event and its association, the rotation history and when the meeting can come to
Asia, Japan and Sapporo, the stage history and the road to the decision, competing destinations, delegates and
the economic impact with the parameters and the sources it was estimated with, key persons and next steps."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sapporo_mice import countries, formats, impact
from sapporo_mice.labels import enum_label
from sapporo_mice.messages import register
from sapporo_mice.models import (
    ActivityKind,
    Bid,
    Contact,
    KeyPerson,
    MeetingSeries,
    Organization,
)
from sapporo_mice.reports import common
from sapporo_mice.reports.document import Heading, Pack, Section, Styles, facts, table
from sapporo_mice.rotation import PLACE_NAMES, reason_text
from sapporo_mice.services.base import plain

register({
    "report.bid.title": {"en": "Bid brief: {bid}", "ja": "誘致案件ブリーフ：{bid}"},
    "report.bid.cover": {"en": "{type}, {year} · stage: {stage}", "ja": "{type}・{year} 年開催・段階：{stage}"},
    "report.bid.event": {"en": "The event", "ja": "案件の概要"},
    "report.bid.name": {"en": "Event", "ja": "会議名"},
    "report.bid.series": {"en": "Meeting series", "ja": "国際会議シリーズ"},
    "report.bid.association": {"en": "Association", "ja": "主催団体"},
    "report.bid.type": {"en": "Meeting type", "ja": "会議の種類"},
    "report.bid.year": {"en": "Edition year", "ja": "開催年"},
    "report.bid.dates": {"en": "Dates", "ja": "会期"},
    "report.bid.stage": {"en": "Stage", "ja": "段階"},
    "report.bid.probability": {"en": "Probability", "ja": "確度"},
    "report.bid.deadline": {"en": "Bid deadline", "ja": "提案書の提出期限"},
    "report.bid.decision": {"en": "Decision", "ja": "開催地決定"},
    "report.bid.decision_body": {"en": "Decided by", "ja": "決定機関"},
    "report.bid.owner": {"en": "Staff in charge", "ja": "担当職員"},
    "report.bid.support": {"en": "Support offered", "ja": "支援内容"},
    "report.bid.reason": {"en": "Won/lost reason", "ja": "誘致決定・不成功の理由"},
    "report.bid.rotation": {"en": "Rotation", "ja": "開催地の持ち回り"},
    "report.bid.editions": {"en": "Past editions", "ja": "過去の開催実績"},
    "report.bid.city": {"en": "City", "ja": "都市"},
    "report.bid.country": {"en": "Country", "ja": "国・地域"},
    "report.bid.delegates": {"en": "Delegates", "ja": "参加者数"},
    "report.bid.eligible": {"en": "When the meeting can come", "ja": "誘致可能な時期"},
    "report.bid.place": {"en": "Where", "ja": "開催地"},
    "report.bid.earliest": {"en": "Earliest year", "ja": "最も早い年"},
    "report.bid.why": {"en": "Reasoning", "ja": "根拠"},
    "report.bid.no_series": {"en": "This bid names no meeting series.", "ja": "この案件には国際会議シリーズの登録がありません。"},
    "report.bid.history": {"en": "Stage history", "ja": "段階の履歴"},
    "report.bid.when": {"en": "When", "ja": "日付"},
    "report.bid.change": {"en": "Change", "ja": "変更"},
    "report.bid.by": {"en": "By", "ja": "変更者"},
    "report.bid.note": {"en": "Note", "ja": "メモ"},
    "report.bid.competition": {"en": "Competing destinations", "ja": "競合都市"},
    "report.bid.strengths": {"en": "Strengths", "ja": "強み"},
    "report.bid.impact": {"en": "Delegates and economic impact", "ja": "参加者数と経済波及効果"},
    "report.bid.international": {"en": "International delegates", "ja": "海外からの参加者"},
    "report.bid.domestic": {"en": "Domestic delegates", "ja": "国内の参加者"},
    "report.bid.accompanying": {"en": "Accompanying persons", "ja": "同伴者"},
    "report.bid.organiser": {"en": "Organiser's spend", "ja": "主催者支出"},
    "report.bid.direct": {"en": "Direct spend", "ja": "直接消費額"},
    "report.bid.ripple": {"en": "Ripple effect", "ja": "経済波及効果（生産誘発額）"},
    "report.bid.parameters": {"en": "Parameters and their sources", "ja": "算定の前提と出典"},
    "report.bid.parameter": {"en": "Parameter", "ja": "項目"},
    "report.bid.value": {"en": "Value", "ja": "値"},
    "report.bid.source": {"en": "Source", "ja": "出典"},
    "report.bid.today": {"en": "Today's default", "ja": "現在の既定値"},
    "report.bid.visits": {"en": "Site inspections and presentations", "ja": "現地視察・プレゼンテーション"},
    "report.bid.kind": {"en": "Kind", "ja": "種別"},
    "report.bid.subject": {"en": "Subject", "ja": "件名"},
    "report.bid.our_staff": {"en": "Our staff", "ja": "札幌市側の参加者"},
    "report.bid.their_side": {"en": "Their side", "ja": "先方の参加者"},
    "report.bid.series_role": {"en": "{role} (meeting series)", "ja": "{role}（会議シリーズ）"},
    "report.bid.per_foreign": {"en": "¥ per foreign participant: {type}", "ja": "海外参加者 1 人あたり：{type}"},
    "report.bid.per_domestic": {"en": "¥ per domestic participant", "ja": "国内参加者 1 人あたり"},
    "report.bid.per_accompanying": {"en": "¥ per accompanying person", "ja": "同伴者 1 人あたり"},
    "report.bid.exclude_airfare": {"en": "International airfare excluded", "ja": "国際航空運賃を除く"},
    "report.bid.airfare_share": {"en": "Share of airfare", "ja": "航空運賃の割合"},
    "report.bid.multiplier": {"en": "Ripple multiplier", "ja": "波及効果の倍率"},
    "report.bid.people": {"en": "Key persons", "ja": "キーパーソン"},
    "report.bid.person": {"en": "Name", "ja": "氏名"},
    "report.bid.role": {"en": "Role", "ja": "役割"},
    "report.bid.contact": {"en": "Contact", "ja": "連絡先"},
    "report.bid.affiliation": {"en": "Title and organisation", "ja": "役職・所属"},
    "report.bid.host": {"en": "Local host", "ja": "国内主催者"},
    "report.bid.association_contact": {"en": "Association", "ja": "主催団体の担当"},
    "report.bid.next": {"en": "Next steps", "ja": "次のアクション"},
    "report.bid.task": {"en": "Task", "ja": "タスク"},
    "report.bid.due": {"en": "Due", "ja": "期限"},
    "report.bid.assignee": {"en": "Assignee", "ja": "担当"},
})


def build(session: Session, bid_id: str, styles: Styles, *, store: Any) -> Pack:
    lang, w = styles.lang, styles.words
    bids, series_service = store.services["bid"], store.services["meeting_series"]
    bid = bids.get(bid_id)
    row = session.get(Bid, bid_id)
    series = session.get(MeetingSeries, row.series_id) if row.series_id else None
    association = session.get(Organization, series.association_id) if series and series.association_id else None
    stage = enum_label("BidStage", bid["stage"], lang)
    kind = enum_label("MeetingType", bid["meeting_type"], lang)
    pack = Pack("bid", lang, w("report.bid.title", bid=bid["name"]), author=bid.get("owner") or "",
                subtitle=w("report.bid.cover", type=kind, year=bid.get("edition_year") or formats.no_value(lang),
                           stage=stage))
    dates = ""
    if bid.get("starts_on"):
        dates = formats.date(bid["starts_on"], lang, weekday=True)
        if bid.get("ends_on") and bid["ends_on"] != bid["starts_on"]:
            dates += " – " + formats.date(bid["ends_on"], lang, weekday=True)
    pack.sections.append(Section(w("report.bid.event"), [facts(styles, [
        (w("report.bid.name"), bid["name"]),
        (w("report.bid.series"), formats.name(series.name, None, lang, series.name_ja) if series else ""),
        (w("report.bid.association"), common.org_name(association, lang)),
        (w("report.bid.type"), kind),
        (w("report.bid.year"), bid.get("edition_year")),
        (w("report.bid.dates"), dates),
        (w("report.bid.stage"), stage),
        (w("report.bid.probability"), formats.percent((bid["probability"] or 0) / 100, lang)
         if bid.get("probability") is not None else ""),
        (w("report.bid.deadline"), formats.date(bid.get("bid_deadline"), lang, weekday=True)),
        (w("report.bid.decision"), formats.date(bid.get("decision_on"), lang, weekday=True)),
        (w("report.bid.decision_body"), bid.get("decision_body")),
        (w("report.bid.support"), bid.get("support_offered")),
        (w("report.bid.reason"), bid.get("outcome_reason")),
        (w("report.bid.owner"), bid.get("owner")),
    ])]))
    pack.sections.append(_rotation(series, series_service, styles))
    history = bids.stage_history(bid_id)
    pack.sections.append(Section(w("report.bid.history"), [table(
        styles, [w("report.bid.when"), w("report.bid.change"), w("report.bid.by"), w("report.bid.note")],
        [(formats.date(h["changed_at"], lang), " → ".join(x for x in (
            enum_label("BidStage", h.get("from_stage"), lang), enum_label("BidStage", h["to_stage"], lang)) if x),
          h.get("created_by") or "", h.get("note") or "") for h in history], (2, 4, 1.6, 3.4))]))
    pack.sections.append(Section(w("report.bid.competition"), [table(
        styles, [w("report.bid.city"), w("report.bid.country"), w("report.bid.strengths")],
        [(c["city"], countries.name(c.get("country"), lang), c.get("strengths") or "") for c in bid.get("competing", [])],
        (2.5, 2, 5.5))]))
    pack.sections.append(_impact(bids, bid, styles))
    pack.sections.append(_people(session, row, styles))
    pack.sections.append(_visits(store, bid_id, styles))
    tasks = common.open_tasks(session, [("bid", bid_id)])
    pack.sections.append(Section(w("report.bid.next"), [table(
        styles, [w("report.bid.task"), w("report.bid.due"), w("report.bid.assignee")],
        [(t.title, formats.date(t.due_on, lang), t.assignee or "") for t in tasks], (6, 2, 2))]))
    return pack


def _rotation(series: MeetingSeries | None, service: Any, styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    if series is None:
        return Section(w("report.bid.rotation"), [styles.p(w("report.bid.no_series"), styles.muted)])
    data = service.get(series.id)
    rotation = service.rotation(series.id)
    editions = sorted(data.get("editions") or [], key=lambda e: e["year"], reverse=True)
    flowables = [Heading(w("report.bid.editions"), styles.h3, 1), table(
        styles, [w("report.bid.year"), w("report.bid.city"), w("report.bid.country"), w("report.bid.delegates")],
        [(e["year"], e.get("city") or "", countries.name(e.get("country"), lang),
          formats.number(e["delegates"], lang) if e.get("delegates") is not None else "") for e in editions],
        (1.5, 3, 3, 2), right=(3,))]
    eligible = [(PLACE_NAMES[e.place][lang], str(e.year) if e.year else formats.no_value(lang),
                 "\n".join(reason_text(r, lang) for r in e.reasons))
                for e in (rotation.asia, rotation.japan, rotation.sapporo)]
    flowables += [Heading(w("report.bid.eligible"), styles.h3, 1), table(
        styles, [w("report.bid.place"), w("report.bid.earliest"), w("report.bid.why")], eligible, (1.6, 1.6, 6.8))]
    flowables += [styles.p(reason_text(r, lang)) for r in rotation.reasons]
    return Section(w("report.bid.rotation"), flowables, new_page=True)


def _impact(bids: Any, bid: dict[str, Any], styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    shown = bids.impact_of(bid["id"])
    estimate, kept, defaults = shown["estimate"], shown["kept"], shown["defaults"]
    money = lambda v: formats.money(v, lang)
    figures = facts(styles, [
        (w("report.bid.international"), formats.number(bid.get("delegates_international") or 0, lang)),
        (w("report.bid.domestic"), formats.number(bid.get("delegates_domestic") or 0, lang)),
        (w("report.bid.accompanying"), formats.number(bid.get("accompanying") or 0, lang)),
        (w("report.bid.organiser"), money(estimate.organiser_jpy)),
        (w("report.bid.direct"), money(estimate.direct_jpy)),
        (w("report.bid.ripple"), money(estimate.ripple_jpy)),
    ])
    used = kept or defaults
    flat_used, flat_now = impact._flat(used), impact._flat(defaults)
    rows = []
    for key, source in impact.sources_for(used).items():
        rows.append((parameter_label(key, w, lang), parameter_value(key, flat_used.get(key), w, lang),
                     parameter_value(key, flat_now.get(key), w, lang) if flat_now.get(key) != flat_used.get(key)
                     else "", source.cited(lang)))
    parameters = table(styles, [w("report.bid.parameter"), w("report.bid.value"), w("report.bid.today"),
                                w("report.bid.source")], rows, (3, 1.6, 1.6, 4.2), right=(1, 2))
    return Section(w("report.bid.impact"), [figures, Heading(w("report.bid.parameters"), styles.h3, 1), parameters])


def parameter_label(key: str, w: Any, lang: str) -> str:
    if key.startswith("per_foreign_jpy."):
        return w("report.bid.per_foreign", type=enum_label("MeetingType", key.split(".", 1)[1], lang))
    return w({"per_domestic_jpy": "report.bid.per_domestic", "per_accompanying_jpy": "report.bid.per_accompanying",
              "exclude_airfare": "report.bid.exclude_airfare", "airfare_share_pct": "report.bid.airfare_share",
              "ripple_multiplier": "report.bid.multiplier"}[key])


def parameter_value(key: str, value: Any, w: Any, lang: str) -> str:
    if value is None:
        return ""
    if key == "exclude_airfare":
        return w("value.yes") if value else w("value.no")
    if key == "airfare_share_pct":
        return formats.percent(value / 100, lang)
    if key == "ripple_multiplier":
        return formats.number(value, lang, digits=2)
    return formats.money(value, lang)


def _visits(store: Any, bid_id: str, styles: Styles) -> Section:
    """The bid's site inspections and presentations, each with who took part (our staff, their people)."""
    lang, w = styles.lang, styles.words
    kinds = (ActivityKind.SITE_INSPECTION.value, ActivityKind.PRESENTATION.value)
    rows = []
    for activity in reversed(store.services["activity"].for_record("bid", bid_id)):
        if plain(activity["kind"]) not in kinds:
            continue
        ours = [p["name"] for p in activity["participants"] if p["staff_name"]]
        theirs = [" / ".join(x for x in (p["name"], formats.name(p["organization"], p.get("organization_en"), lang, p.get("organization_ja"))) if x)
                  for p in activity["participants"] if not p["staff_name"]]
        rows.append((formats.date(activity["occurred_at"], lang), enum_label("ActivityKind", plain(activity["kind"]),
                                                                             lang),
                     activity["subject"], "\n".join(ours), "\n".join(theirs)))
    return Section(w("report.bid.visits"), [table(
        styles, [w("report.bid.when"), w("report.bid.kind"), w("report.bid.subject"), w("report.bid.our_staff"),
                 w("report.bid.their_side")], rows, (1.6, 1.6, 2.6, 2, 2.6))])


def key_persons(session: Session, bid: Bid) -> list[KeyPerson]:
    """The bid's key persons, then its series' (a contact already named for the bid is not repeated)."""
    from sapporo_mice.services.mice import ROLE_ORDER

    def of(column: Any, parent_id: str | None) -> list[KeyPerson]:
        if parent_id is None:
            return []
        rows = session.scalars(select(KeyPerson).where(column == parent_id, KeyPerson.deleted_at.is_(None))).all()
        return sorted(rows, key=lambda p: ROLE_ORDER[p.role])

    own = of(KeyPerson.bid_id, bid.id)
    named = {p.contact_id for p in own}
    return own + [p for p in of(KeyPerson.series_id, bid.series_id) if p.contact_id not in named]


def _people(session: Session, bid: Bid, styles: Styles) -> Section:
    lang, w = styles.lang, styles.words
    rows = []
    for role, contact_id in (("report.bid.host", bid.host_contact_id),
                             ("report.bid.association_contact", bid.association_contact_id)):
        contact = session.get(Contact, contact_id) if contact_id else None
        if contact is None or contact.deleted_at is not None:
            continue
        org = session.get(Organization, contact.organization_id) if contact.organization_id else None
        phone = common.international_phone(*common.primary_phone(session, contact.id))
        rows.append((contact.display_name, w(role), " / ".join(x for x in (contact.title, common.org_name(org, lang)) if x),
                     "\n".join(x for x in (common.primary_email(session, contact.id), phone) if x)))
    for person in key_persons(session, bid):
        contact = session.get(Contact, person.contact_id)
        if contact is None or contact.deleted_at is not None:
            continue
        org = session.get(Organization, contact.organization_id) if contact.organization_id else None
        phone = common.international_phone(*common.primary_phone(session, contact.id))
        role = enum_label("DecisionRole", person.role.value, lang)
        if person.series_id:
            role = w("report.bid.series_role", role=role)
        rows.append((contact.display_name, "\n".join(x for x in (role, person.note) if x),
                     " / ".join(x for x in (contact.title, common.org_name(org, lang)) if x),
                     "\n".join(x for x in (common.primary_email(session, contact.id), phone) if x)))
    return Section(w("report.bid.people"), [table(
        styles, [w("report.bid.person"), w("report.bid.role"), w("report.bid.affiliation"), w("report.bid.contact")],
        rows, (2.4, 2, 3, 3))])
