"""One local company's export case, written out in full for the demo: every path of the area shows.

A food company (the first demo company selling food without an export profile yet) gets a profile with
certifications and languages; three target markets (Singapore active, Taiwan researched, Thailand with no
work yet, so it shows under "Needs attention"); a need answered and two open; a past consultation whose
next step is done and a recent one whose next step is an open task; a subsidy, a fair slot, expert advice
and an introduction already made (an activity on both sides and a follow-up task); and two expansion
cases either side of the fiscal-year boundary (31 March and 1 April, Japan time). A Singapore buyer
whose interests fit the company is left for the user to introduce.

Built after the demo's dates were moved to ``today``, so its dates are exact.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

from sapporo_mice import fiscal
from sapporo_mice.enums import (
    ActivityKind,
    ExpansionKind,
    ExportStage,
    MarketStatus,
    OrgKind,
    SupportArea,
    SupportKind,
)
from sapporo_mice.models import (
    Activity,
    CompanyProfile,
    Consultation,
    ExpansionCase,
    Fair,
    Organization,
    SupportGiven,
    SupportNeed,
    TargetMarket,
    Task,
)

STAFF = "佐藤 花子"
FOOD_WORDS = ("チーズ", "バター", "乳", "菓子", "ほたて", "水産", "ラーメン", "スープ", "ジンギスカン", "食品")  # best first


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), fiscal.JST).astimezone(dt.timezone.utc)


def story(load: Any, today: dt.date) -> None:
    """Add the case to ``load`` (a :class:`sapporo_mice.demo.DemoLoad` whose dates are final)."""
    orgs = load.rows.get(Organization, [])
    profiled = {p.organization_id for p in load.rows.get(CompanyProfile, [])}
    locals_ = [o for o in orgs if o.kind == OrgKind.LOCAL_COMPANY and o.id not in profiled]
    company = next((o for w in FOOD_WORDS for o in locals_ if w in (o.notes or "")), None) or \
        (locals_[0] if locals_ else None)
    buyers = [o for o in orgs if o.kind == OrgKind.OVERSEAS_BUYER]
    if company is None or not buyers:
        return
    add = load.add
    products = (company.notes or "主な商品: ナチュラルチーズ").removeprefix("主な商品: ")
    add(CompanyProfile, _at(today - dt.timedelta(days=400)), organization_id=company.id,
        stage=ExportStage.FIRST_EXPORT, products=f"{products}（北海道産の原料を使用）",
        certifications=",halal,haccp,hokkaido_haccp,", languages=",en,zh_hant,", staff=STAFF,
        notes="2年前から東南アジア向けの輸出を検討。初出荷はシンガポールの日系スーパー向け。")
    for country, priority, status, reason in (
            ("SG", 1, MarketStatus.ACTIVE, "日系スーパーが多く、北海道産品の認知度が高い。ハラール対応で販路が広がる"),
            ("TW", 2, MarketStatus.RESEARCH, "北海道への観光客が多く、土産品の指名買いがある"),
            ("TH", 3, MarketStatus.RESEARCH, "北海道フェアが定期的に開かれ、百貨店での催事販売が見込める")):
        add(TargetMarket, _at(today - dt.timedelta(days=390)), organization_id=company.id, country=country,
            priority=priority, status=status, reason=reason)

    answered = today - dt.timedelta(days=95)
    add(SupportNeed, _at(today - dt.timedelta(days=130)), organization_id=company.id, area=SupportArea.CERTIFICATION,
        description="シンガポール向けにハラール認証を取得したい", resolved=True, addressed_on=answered,
        answer="認証機関2社と道の補助制度を案内。申請書類の確認まで支援し、認証を取得済み")
    add(SupportNeed, _at(today - dt.timedelta(days=21)), organization_id=company.id, area=SupportArea.LOGISTICS,
        description="シンガポール向けの冷蔵混載便と通関書類の手配方法が分からない", resolved=False)
    add(SupportNeed, _at(today - dt.timedelta(days=14)), organization_id=company.id,
        area=SupportArea.PRODUCT_DEVELOPMENT, description="台湾向けに小容量・個包装の商品を開発したい", resolved=False)

    _consultation(load, company.id, today - dt.timedelta(days=128), SupportArea.CERTIFICATION, "SG",
                  "ジェトロ北海道 専門家", "代表取締役 山田 一郎、海外営業課 鈴木 美穂、札幌市 佐藤 花子",
                  "シンガポール向けハラール認証の取得手順について相談",
                  "認証機関を2社紹介。申請書類の準備に着手することになった",
                  "申請書類の確認（札幌市・ジェトロ）", today - dt.timedelta(days=110), done=True)
    _consultation(load, company.id, today - dt.timedelta(days=20), SupportArea.LOGISTICS, "SG",
                  "札幌市 海外展開アドバイザー", "海外営業課 鈴木 美穂、札幌市 佐藤 花子",
                  "冷蔵混載便と通関書類について相談",
                  "道内の物流会社3社の見積もりを比較することになった",
                  "物流会社3社の見積もりを取り寄せる", today + dt.timedelta(days=10), done=False)

    fairs = sorted(load.rows.get(Fair, []), key=lambda f: f.starts_on)
    fair = next((f for f in fairs if f.starts_on <= today), fairs[0] if fairs else None)
    given = [(SupportKind.SUBSIDY, 200, 1_000_000, "海外展示会出展補助金（札幌市）", {}),
             (SupportKind.EXPERT, 60, None, "ジェトロ専門家による代理店契約書の確認", {})]
    if fair is not None:
        given.append((SupportKind.FAIR_SLOT, max(1, (today - fair.starts_on).days + 30), 300_000,
                      "北海道・札幌ブースの出展枠", {"fair_id": fair.id}))
    for kind, days, amount, text, extra in given:
        add(SupportGiven, _at(today - dt.timedelta(days=days)), organization_id=company.id, kind=kind,
            given_on=today - dt.timedelta(days=days), amount_jpy=amount, description=text, staff=STAFF, **extra)

    # An introduction already made, to a buyer outside Singapore (the Singapore buyers stay to be suggested).
    other = next((b for b in buyers if b.country == "TW"), None) or next(
        (b for b in buyers if b.country != "SG"), buyers[-1])
    _introduction(load, company, other, today - dt.timedelta(days=45))
    singapore = next((b for b in buyers if b.country == "SG" and b is not other), None)
    if singapore is not None and not singapore.notes:  # the buyer left for the user to introduce
        singapore.notes = "ハラール対応の北海道産食品（水産物・乳製品・菓子）をホテルのビュッフェ向けに探している"

    # Two cases either side of the fiscal-year boundary: 31 March counts in the year before 1 April.
    year = fiscal.of(today)
    for day, kind, value, text in (
            (dt.date(year, 3, 31), ExpansionKind.FIRST_EXPORT, 2_400_000, "シンガポールの日系スーパーへ初出荷"),
            (dt.date(year, 4, 1), ExpansionKind.DISTRIBUTOR, 12_000_000, "シンガポールの食品商社と独占販売代理店契約")):
        add(ExpansionCase, _at(min(day, today)), organization_id=company.id, country="SG", kind=kind,
            occurred_on=day, value_jpy=value, description=text)


def _consultation(load: Any, org_id: str, day: dt.date, area: SupportArea, country: str, advisor: str,
                  attendees: str, summary: str, outcome: str, step: str, due: dt.date, *, done: bool) -> None:
    held = _at(day, 14)
    consultation = load.add(Consultation, held, organization_id=org_id, held_at=held, area=area, country=country,
                            advisor=advisor, attendees=attendees, summary=summary, outcome=outcome, next_step=step,
                            next_step_due=due)
    task = load.add(Task, held, title=step, due_on=due, assignee=STAFF, record_type="consultation",
                    record_id=consultation.id, notes=summary, done=done)
    task.done_at = _at(min(due, day + dt.timedelta(days=10)), 17) if done else None  # derive said "now"
    consultation.next_step_task_id = task.id


def _introduction(load: Any, company: SimpleNamespace, buyer: SimpleNamespace, day: dt.date) -> None:
    at = _at(day, 15)
    subject = f"紹介: {company.name} ↔ {buyer.name}"
    body = "札幌市の海外展開支援として紹介しました。理由: ターゲット市場が一致、見本市での評価 A"
    for record_type, record_id in (("organization", company.id), ("organization", buyer.id)):
        load.add(Activity, at, kind=ActivityKind.MEETING, subject=subject[:300], body=body, occurred_at=at,
                 owner=STAFF, pillars=",4,", record_type=record_type, record_id=record_id)
    load.add(SupportGiven, at, organization_id=company.id, kind=SupportKind.INTRODUCTION, given_on=day,
             counterpart_id=buyer.id, description=subject, staff=STAFF)
    task = load.add(Task, at, title=f"{buyer.name} への紹介後のフォローアップ", due_on=day + dt.timedelta(days=7),
                    assignee=STAFF, record_type="organization", record_id=company.id, notes=body, done=True)
    task.done_at = _at(day + dt.timedelta(days=6), 17)
