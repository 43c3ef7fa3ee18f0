"""Deterministic, realistic bilingual demo data at any scale (issue [foundation] §7).

The same seed gives the same records with the same ids (UUIDv7s built from the seeded RNG). Rows are
written with SQLAlchemy Core bulk inserts in one transaction, yet each row carries what a service
write would give it: the sync columns, the derived columns (each service's own ``derive`` runs over an
in-memory row), one ``search_index`` row built by the service's own ``search_doc``, and one change-log
``insert`` row numbered in the device's sequence. A LocalState key refuses a second run.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import json
import random
import re
import tempfile
import zoneinfo
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import phonenumbers
from phonenumbers.phonemetadata import PhoneMetadata
from sqlalchemy import Date
from sqlalchemy.orm import Session

from sapporo_mice import demo_export_support, demo_kpi, demo_network, demo_students, demo_sync
from sapporo_mice import demo_words as words
from sapporo_mice import bid_pipeline, collection, impact, messages, plan
from sapporo_mice.bulk import FTS_INSERT_TRIGGER, BulkLoad  # noqa: F401 - FTS_INSERT_TRIGGER: where tests found it
from sapporo_mice.errors import CrmError
from sapporo_mice.identity import name_forms
from sapporo_mice.intake import lead_title
from sapporo_mice.models import (
    CEFR, JLPT, UTCDateTime, Activity, ActivityKind, ActivityParticipant, Attachment, Bid, BidCompetitor, BidStage,
    BidStageChange,
    CompanyProfile,
    Consultation, Contact, ContactEmail, ContactPhone, DecisionRole, Degree, EmailKind, ExpansionCase, ExpansionKind,
    ExportStage, KeyPerson,
    Fair, Frequency, Lead, LeadKind, LeadStatus, LocalState, MarketStatus, Match,
    MatchStage, MatchStageChange, MeetingEdition, MeetingSeries, MeetingType, Opening, OpeningKind, Organization, OrgKind,
    Participation, PhoneKind, Rating, SupportArea, SupportNeed, Student, TargetMarket, Task,
    utcnow,
)
from sapporo_mice.enums import Certification, LeadSource
from sapporo_mice.labels import FAIR_SECTORS
from sapporo_mice.students.vocab import INDUSTRIES
from sapporo_mice.text import company_key, hira_to_kata
from sapporo_mice.services.activities import store_blob
from sapporo_mice.validation import corporate_number_check_digit, normalize_email

if TYPE_CHECKING:
    from sapporo_mice.store import Store, Unit

DEMO_STATE_KEY = "demo.generated"
# The data is built around this day, then every date is moved by whole days so that it sits around
# the real today (or the ``today`` given): the same seed and day give the same data, and a user
# opening the demo sees follow-ups due this week and fairs ahead, not a stale 2026.
DEMO_TODAY = dt.date(2026, 11, 1)
HISTORY_START = dt.date(2023, 4, 1)
FISCAL_YEARS = (2024, 2025, 2026)
CHUNK = 5000
JST = zoneinfo.ZoneInfo("Asia/Tokyo")

BASE_COUNTS = {
    "organizations": 300, "contacts": 1000, "leads": 400, "bids": 40, "meeting_series": 30, "fairs": 12,
    "students": 150, "openings": 40, "matches": 80, "activities": 600, "tasks": 300, "attachments": 20,
}

messages.register({
    "demo.already_present": {
        "en": "Demo data is already present in this database (added {at}, seed {seed}); it was not added again.",
        "ja": "このデータベースにはデモデータがすでにあります（{at} に追加、シード {seed}）。再度の追加は行いませんでした。",
    },
})


class DemoAlreadyPresentError(CrmError):
    """``demo`` ran on this database before: adding the data twice would duplicate every record."""

    code = "demo.already_present"

    def __init__(self, at: str, seed: Any):
        self.at, self.seed = at, seed
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return messages.render(self.code, lang, at=self.at, seed=self.seed)


def generate(store: Store, *, scale: float = 1.0, seed: int = 2026, actor: str = "demo",
             today: dt.date | None = None) -> dict[str, int]:
    """Add demo data (about 300 organizations and 1,000 contacts per unit of ``scale``); counts by table.

    Dates sit around ``today`` (default: the real today); the same seed and day give the same data.
    """
    with store.unit(actor) as unit, collection.held():
        session = unit.session
        _refuse_twice(session)
        load = DemoLoad(unit, seed=seed)
        indicator_ids = plan.seed_indicators_in(unit, ids=load.indicator_ids())
        session.flush()
        build(load, scale, indicator_ids)
        load.move_dates(today or dt.date.today())
        demo_export_support.story(load, today or dt.date.today())  # one company's whole export case
        counts = load.write()
        # the last sync: the evening before today in Sapporo, never a time to come
        demo_sync.add_conflicts(unit, load.ids.new,
                                dt.datetime.combine((today or dt.date.today()) - dt.timedelta(days=1), dt.time(22),
                                                    JST).astimezone(dt.timezone.utc))
        session.add(LocalState(key=DEMO_STATE_KEY, value=json.dumps(
            {"seed": seed, "scale": scale, "at": utcnow().isoformat(timespec="seconds")})))
    return counts


def _refuse_twice(session: Session) -> None:
    state = session.get(LocalState, DEMO_STATE_KEY)
    if state is not None:
        info = json.loads(state.value)
        raise DemoAlreadyPresentError(info.get("at", "?"), info.get("seed", "?"))


def count_for(key: str, scale: float) -> int:
    return max(1, round(BASE_COUNTS[key] * scale))


# --------------------------------------------------------------------------- the in-memory load
class DemoIds:
    """UUIDv7 ids whose time part is the record's creation time and whose other bits come from the seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"sapporo-mice-demo-ids-{seed}")

    def new(self, at: dt.datetime) -> str:
        ms = int(at.timestamp() * 1000) & ((1 << 48) - 1)
        value = ms << 80 | 0x7 << 76 | self.rng.getrandbits(12) << 64 | 0b10 << 62 | self.rng.getrandbits(62)
        text = f"{value:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


class DemoLoad(BulkLoad):
    """The demo rows of one run: a bulk load whose ids and times come from the seed."""

    def __init__(self, unit: Unit, *, seed: int) -> None:
        self.ids = DemoIds(seed)
        super().__init__(unit, new_id=self.ids.new)
        self.rng = random.Random(seed)

    def indicator_ids(self) -> dict[str, str]:
        at = dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc)
        return {spec.code: self.ids.new(at) for spec in plan.INDICATORS}

    # --------------------------------------------------------------------- random helpers
    def pick(self, items: Any) -> Any:
        return items[self.rng.randrange(len(items))]

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def moment(self, start: dt.date = HISTORY_START, end: dt.date = DEMO_TODAY) -> dt.datetime:
        """A UTC time on a working day between ``start`` and ``end`` (09:00–18:00 in Sapporo)."""
        day = start + dt.timedelta(days=self.rng.randrange(max(1, (end - start).days)))
        local = dt.datetime.combine(day, dt.time(9 + self.rng.randrange(9), self.rng.randrange(60)), JST)
        return local.astimezone(dt.timezone.utc)

    # --------------------------------------------------------------------- writing
    def move_dates(self, today: dt.date) -> None:
        """Shift every date and time from around ``DEMO_TODAY`` to around ``today``; nothing is created after today began."""
        shift = today - DEMO_TODAY
        # The start of today in Sapporo, whose office hours the demo's times are in (not utcnow(): same day, same
        # data). UTC's midnight was 09:00 there: a Japanese computer made the demo before nine showed the morning's
        # edits still to come.
        cap = dt.datetime.combine(today, dt.time(0), JST).astimezone(dt.timezone.utc)
        capped = 0
        for model, rows in self.rows.items():
            keys = [c.key for c in model.__table__.columns if isinstance(c.type, (Date, UTCDateTime))
                    and c.key not in getattr(model, "demo_fixed_dates", ())]  # history (a treaty's day) stays
            for row in rows:
                values = vars(row)
                for key in keys:
                    if values[key] is not None:
                        values[key] += shift
                if values.get("edition_year") and values.get("starts_on"):  # a bid's meeting stays in its year
                    while values["starts_on"].year > values["edition_year"]:
                        values["starts_on"] -= dt.timedelta(days=7)
                        values["ends_on"] -= dt.timedelta(days=7)
                    if "support_offered" in values:  # its excursion is its moved month's (the snow festival: February)
                        values["support_offered"] = _bid_support(values["starts_on"])
                if values["updated_at"] > cap:  # spread over the days before, not one identical time each
                    capped += 1
                    values["updated_at"] = cap - dt.timedelta(minutes=60 + 37 * (capped % 97))
                values["created_at"] = min(values["created_at"], values["updated_at"])

    def write(self, **_options: Any) -> dict[str, int]:
        """Insert every row, its search entry and its change-log row; returns the counts by table."""
        counts = super().write(sort_by_id=True)
        counts["search_index"] = self.searched
        counts["change_log"] = self.unit.log.written
        return counts


# --------------------------------------------------------------------------- building
def build(load: DemoLoad, scale: float, indicator_ids: dict[str, str]) -> None:
    """Every record type, parents before children (the order rows are inserted in)."""
    orgs = Organizations(load).build(count_for("organizations", scale))
    people = People(load, orgs).build(count_for("contacts", scale))
    fairs = Fairs(load, orgs).build(count_for("fairs", scale))
    bids = Bids(load, orgs, people).build(count_for("meeting_series", scale), count_for("bids", scale))
    leads = Leads(load, orgs, people, fairs).build(count_for("leads", scale))
    talent = Talent(load, orgs).build(count_for("students", scale), count_for("openings", scale),
                                      count_for("matches", scale))
    support = ExportSupport(load, orgs).build()
    linked = [*orgs.all, *people.all, *leads, *bids, *fairs.all, *talent, *support]
    Records(load, linked).build(count_for("activities", scale), count_for("tasks", scale),
                                count_for("attachments", scale))
    demo_kpi.indicator_values(load, indicator_ids, FISCAL_YEARS, DEMO_TODAY.year)  # --- kpi
    demo_network.build(load)  # --- network (last, so the other areas' ids stay as they were)
    Twins(load, orgs, people).build()  # --- records entered twice (after all the others, which stay as they were)


class Twins:
    """Records entered twice, as an office's are: a company typed again with its legal form on the other side, and a
    buyer entered again from a business card, in Latin letters, with the same email. The duplicate finder shows
    them and the merge joins them; every other company and person of the demo is one of its kind while its name lists
    last (:meth:`Organizations._free_name`, :meth:`People._unnamed`; a large scale has more than the lists hold)."""

    ORGANIZATIONS = CONTACTS = 1  # what they add to the counts (count_for)
    COMPANY_NOTE = "セミナー参加者名簿から登録"  # the company's twin: typed from a list, with no 法人番号

    def __init__(self, load: DemoLoad, orgs: Organizations, people: People) -> None:
        self.load, self.orgs, self.people = load, orgs, people

    def build(self) -> None:
        local = self.orgs.by_kind[OrgKind.LOCAL_COMPANY]
        if local:
            self._company(local[0])
        buyers = {org.id for org in self.orgs.by_kind[OrgKind.OVERSEAS_BUYER]}
        person = next((p for p in self.people.all if p.organization_id in buyers and p.latin_name
                       and p.latin_name != p.display_name), None)
        if person is not None:
            self._person(person)

    def _company(self, org: SimpleNamespace) -> None:
        core = org.name.removeprefix("株式会社").removesuffix("株式会社")
        name = f"{core}株式会社" if org.name.startswith("株式会社") else f"株式会社{core}"
        self.load.add(Organization, self.load.moment(), kind=org.kind, owner=self.load.pick(words.OWNERS), name=name,
                      name_ja=name, name_en=org.name_en, name_kana=org.name_kana, country=org.country, tags="",
                      notes=self.COMPANY_NOTE)

    def _person(self, person: SimpleNamespace) -> None:
        # As People._overseas writes it, in the country's order: "Lee Ka Ming", "Nurul Huda Wong".
        if words.OVERSEAS.get(person.country, ("given_first",))[0] == "family_first":
            family, given = person.latin_name.split(" ", 1)
        else:
            given, family = person.latin_name.rsplit(" ", 1)
        at = self.load.moment()
        twin = self.load.add(Contact, at, organization_id=person.organization_id, country=person.country,
                             owner=self.load.pick(words.OWNERS), family_name=family, given_name=given,
                             title=person.title, languages=person.languages, notes="名刺から登録")
        address = self.load.memory.children(ContactEmail, "contact_id", person.id)[0].email
        self.load.add_child(ContactEmail, twin.id, at, email=address.upper(), normalized=normalize_email(address),
                            kind=EmailKind.WORK, is_primary=True)


class Phones:
    """Unique, valid phone numbers per region, grown from phonenumbers' examples.

    A *stem* is an example number with some middle digits changed, checked with ``is_valid_number``
    and formatted once; each phone then varies the stem's last digits and is checked against the
    region's own pattern for that type (the same test ``is_valid_number`` makes), so that 100,000
    contacts do not each pay for a full parse and format.
    """

    TAIL = 4
    MAX_STEMS = 200
    # Sapporo's area code: the demo's Japanese landlines are 011 numbers.
    JP_FIXED_EXAMPLE = 112223333

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.stems: dict[tuple[str, PhoneKind], list[tuple[int, int, str]]] = defaultdict(list)
        self.used: set[str] = set()

    def make(self, region: str, kind: PhoneKind) -> dict[str, Any]:
        for _attempt in range(20):
            stem_national, country_code, template = self._stem(region, kind)
            tail = f"{self.rng.randrange(10 ** self.TAIL):0{self.TAIL}d}"
            national = str(stem_national)[: -self.TAIL] + tail
            e164 = f"+{country_code}{national}"
            if e164 not in self.used and _type_pattern(region, kind).fullmatch(national):
                self.used.add(e164)
                return {"raw": _fill_tail(template, tail), "region": region, "e164": e164, "valid": True,
                        "kind": kind}
        return {"raw": template, "region": region, "e164": f"+{country_code}{stem_national}", "valid": True,
                "kind": kind}

    def _stem(self, region: str, kind: PhoneKind) -> tuple[int, int, str]:
        stems = self.stems[(region, kind)]
        if not stems or (len(stems) < self.MAX_STEMS and self.rng.random() < 0.05):
            stems.append(self._new_stem(region, kind))
        return self.pick(stems)

    def pick(self, stems: list) -> Any:
        return stems[self.rng.randrange(len(stems))]

    def _new_stem(self, region: str, kind: PhoneKind) -> tuple[int, int, str]:
        example = _example_number(region, kind)
        if region == "JP" and kind != PhoneKind.MOBILE:
            example = phonenumbers.PhoneNumber(country_code=81, national_number=self.JP_FIXED_EXAMPLE)
        digits = str(example.national_number)
        for _attempt in range(10):
            middle = "".join(str(self.rng.randrange(10)) for _ in range(2))
            candidate = digits[: -self.TAIL - 2] + middle + digits[-self.TAIL:]
            number = phonenumbers.PhoneNumber(country_code=example.country_code, national_number=int(candidate))
            if phonenumbers.is_valid_number_for_region(number, region):
                return self._stem_of(number, region)
        return self._stem_of(example, region)

    @staticmethod
    def _stem_of(number: phonenumbers.PhoneNumber, region: str) -> tuple[int, int, str]:
        style = phonenumbers.PhoneNumberFormat.NATIONAL if region == "JP" else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return number.national_number, number.country_code, phonenumbers.format_number(number, style)


@functools.cache
def _example_number(region: str, kind: PhoneKind) -> phonenumbers.PhoneNumber:
    kind_type = phonenumbers.PhoneNumberType.MOBILE if kind == PhoneKind.MOBILE else phonenumbers.PhoneNumberType.FIXED_LINE
    return phonenumbers.example_number_for_type(region, kind_type)


@functools.cache
def _type_pattern(region: str, kind: PhoneKind) -> re.Pattern:
    metadata = PhoneMetadata.metadata_for_region(region)
    desc = metadata.mobile if kind == PhoneKind.MOBILE else metadata.fixed_line
    return re.compile(desc.national_number_pattern)


def _fill_tail(template: str, tail: str) -> str:
    """``template`` (a formatted number) with its last digits replaced by ``tail``, keeping the grouping."""
    chars, index = list(template), len(template) - 1
    for digit in reversed(tail):
        while not chars[index].isdigit():
            index -= 1
        chars[index], index = digit, index - 1
    return "".join(chars)


def slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


COUNTRY_TLD = {"SG": "sg", "TH": "co.th", "TW": "com.tw", "HK": "com.hk", "CN": "cn", "KR": "co.kr", "VN": "vn",
               "MY": "com.my", "ID": "co.id", "PH": "ph", "IN": "in", "AE": "ae", "US": "com", "FR": "fr",
               "DE": "de", "AU": "com.au", "GB": "co.uk", "JP": "co.jp", "RU": "ru"}


class Organizations:
    """Local companies (with 法人番号 and kana), overseas buyers, associations and the city's partners."""

    def __init__(self, load: DemoLoad) -> None:
        self.load = load
        self.phones = Phones(load.rng)
        self.by_kind: dict[OrgKind, list[SimpleNamespace]] = defaultdict(list)
        self.used_numbers: set[str] = set()
        self.used_names: set[str] = set()
        # Every company's identity key (text.company_key): no two of the demo's companies are one company to the
        # duplicate finder, as 北京华联贸易有限公司 twice, or さっぽろ物産 beside 株式会社サッポロ物産, were.
        self.used_keys: set[str] = set()
        self.full: set[Any] = set()  # the lists whose every name is taken (a large scale): no more looking through them
        # Each drawn association's field of study (MICE_FIELDS' pair), by id: its meeting series are in that field.
        self.fields: dict[str, tuple[str, str]] = {}

    @property
    def all(self) -> list[SimpleNamespace]:
        return [org for orgs in self.by_kind.values() for org in orgs]

    def build(self, total: int) -> "Organizations":
        fixed = words.FIXED_ORGS[: max(1, min(len(words.FIXED_ORGS), total // 4))]
        for entry in fixed:
            self._fixed(*entry)
        rest = max(3, total - len(fixed))
        associations = max(1, rest // 8)
        buyers = max(1, (rest - associations) * 48 // 100)
        for _ in range(rest - associations - buyers):
            self._local_company()
        for index in range(buyers):
            self._buyer(index)
        for _ in range(associations):
            self._association()
        return self

    def _add(self, kind: OrgKind, derived: dict[str, Any] | None = None, **values: Any) -> SimpleNamespace:
        org = self.load.add(Organization, self.load.moment(), derived, kind=kind, owner=self.load.pick(words.OWNERS),
                            **values)
        self.used_keys.add(company_key(values["name"]))
        self.by_kind[kind].append(org)
        return org

    def _phone(self, country: str) -> dict[str, Any]:
        """The office phone and the forms the service's ``parse_phone`` gives it."""
        phone = self.phones.make(country, PhoneKind.WORK)
        return {"phone_raw": phone["raw"], "phone_e164": phone["e164"], "phone_region": phone["region"],
                "phone_valid": True}

    def _fixed(self, kind: str, name: str, name_ja: str, name_en: str, kana: str, country: str) -> None:
        self._add(OrgKind(kind), name=name, name_ja=name_ja, name_en=name_en, name_kana=hira_to_kata(kana),
                  country=country, address="札幌市" + self.load.pick(words.JP_STREETS)[0] if country == "JP" else None,
                  derived=self._phone(country) if country == "JP" else None)

    def _local_company(self) -> None:
        rng = self.load.rng
        (p_ja, p_kana, p_en), business = self._local_name()
        b_ja, b_kana, b_en, industry, products = business
        core = p_ja + b_ja
        name = f"株式会社{core}" if rng.random() < 0.5 else f"{core}株式会社"
        domain = f"{slug(p_en)}-{slug(b_en)}.co.jp"
        corporate_number = self._corporate_number()
        rng.randrange(10), rng.randrange(10000)  # what a random 〒 drew, so the rest of the demo stays the same
        street, postal_code = self.load.pick(words.JP_STREETS)
        self._add(OrgKind.LOCAL_COMPANY, name=name, name_ja=name, name_en=f"{p_en} {b_en} Co., Ltd.",
                  name_kana=hira_to_kata(p_kana + b_kana), corporate_number=corporate_number, country="JP",
                  postal_code=postal_code, address="北海道札幌市" + street, website=f"https://www.{domain}/",
                  email=f"info@{domain}", derived=self._phone("JP"),
                  industry=INDUSTRIES.named(industry) or industry, employees=rng.choice((8, 15, 30, 45, 80, 120, 250, 600)),
                  capital_jpy=rng.choice((3, 10, 30, 50, 100, 300)) * 1_000_000,
                  tags=",北海道ブランド," if rng.random() < 0.3 else "", notes=f"主な商品: {products}")

    def _local_name(self) -> tuple[tuple, tuple]:
        prefixes, businesses = words.JP_COMPANY_PREFIXES, words.JP_BUSINESSES
        for _attempt in range(6):
            prefix, business = self.load.pick(prefixes), self.load.pick(businesses)
            if prefix[0] + business[0] not in self.used_names:
                break
        # Nor one written otherwise (さっぽろ and サッポロ are one key): the next free name in the lists.
        prefix, business = self._free_name("local", prefixes, businesses, prefix, business,
                                           lambda p, b: company_key(p[0] + b[0]) not in self.used_keys)
        self.used_names.add(prefix[0] + business[0])
        return prefix, business

    def _corporate_number(self) -> str:
        """A 法人番号 registered in Sapporo (office code 4300-01), with its check digit."""
        while True:
            base = f"430001{self.load.rng.randrange(1_000_000):06d}"
            number = f"{corporate_number_check_digit(base)}{base}"
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def _buyer(self, index: int) -> None:
        # The first buyers take the main markets one each, so even a small demo shows every script.
        main_markets = words.COUNTRY_WEIGHTS[:8]
        country = main_markets[index][0] if index < len(main_markets) else weighted_country(self.load.rng)
        template = words.OVERSEAS[country][3]
        native, latin = self._company_core(country)
        name = template.format(native=native, core=native)
        domain = f"{slug(latin)}.{COUNTRY_TLD[country]}"
        self._add(OrgKind.OVERSEAS_BUYER, name=name, name_en=_latin_company(country, latin), country=country,
                  website=f"https://{domain}/", email=f"sales@{domain}",
                  derived=self._phone(country), industry="trade",
                  employees=self.load.rng.choice((20, 60, 150, 400, 2000)), tags=",バイヤー,")

    def _company_core(self, country: str) -> tuple[str, str]:
        """A buyer's name without its legal form, (native, Latin): a name part and a business word; one no other
        company has (:func:`_free_pair`) while the country's lists have one."""
        template = words.OVERSEAS[country][3]
        if country in words.OVERSEAS_CORES:
            joiner, names, businesses = words.OVERSEAS_CORES[country]

            def core(name: tuple[str, str], business: tuple[str, str]) -> tuple[str, str]:
                return f"{name[0]}{joiner}{business[0]}", f"{name[1]} {business[1]}"
        else:
            names, businesses = words.LATIN_CORES

            def core(name: str, business: str) -> tuple[str, str]:
                return f"{name} {business}", f"{name} {business}"

        def free(name: Any, business: Any) -> bool:
            native = core(name, business)[0]
            return company_key(template.format(native=native, core=native)) not in self.used_keys

        return core(*self._free_name(f"buyer {country}", names, businesses, self.load.pick(names),
                                     self.load.pick(businesses), free))

    def _free_name(self, lists: str, firsts: Sequence, seconds: Sequence, first: Any, second: Any,
                   free: Callable[[Any, Any], bool]) -> tuple[Any, Any]:
        """:func:`_free_pair` of one pair of name lists (``lists`` names them: local companies', a country's buyers'),
        until every name in them is taken (names are never given back): then the drawn pair, at once. A large scale
        has far more companies than names."""
        if lists in self.full:
            return first, second
        pair = _free_pair(firsts, seconds, first, second, free)
        if pair == (first, second) and not free(first, second):
            self.full.add(lists)
        return pair

    def _association(self) -> None:
        field_en, field_ja = self.load.pick(words.MICE_FIELDS)
        form_en, form_ja, _ = self.load.pick(words.ASSOCIATION_FORMS)
        name = form_en.format(f=field_en)
        org = self._add(OrgKind.ASSOCIATION, name=name, name_en=name, name_ja=form_ja.format(j=field_ja),
                        country=self.load.pick(("US", "GB", "FR", "DE", "SG", "AU", "KR")), industry="public",
                        website=f"https://www.{slug(name)[:40]}.org/")
        self.fields[org.id] = (field_en, field_ja)


def _latin_company(country: str, latin: str) -> str:
    legal = {"TH": "Co., Ltd.", "TW": "Co., Ltd.", "HK": "Limited", "CN": "Trading Co., Ltd.", "KR": "Co., Ltd.",
             "VN": "Co., Ltd."}
    if country in legal:
        return f"{latin} {legal[country]}"
    return words.OVERSEAS[country][3].format(native=latin, core=latin)


def weighted_country(rng: random.Random) -> str:
    countries, weights = zip(*words.COUNTRY_WEIGHTS)
    return rng.choices(countries, weights)[0]


class People:
    """Contacts: Japanese family-first with kana readings, and buyers in their own scripts."""

    def __init__(self, load: DemoLoad, orgs: Organizations) -> None:
        self.load, self.orgs = load, orgs
        self.phones = Phones(load.rng)
        self.all: list[SimpleNamespace] = []
        self.by_org: dict[str, list[SimpleNamespace]] = defaultdict(list)
        self.used_emails: set[str] = set()
        # Each person's name forms with their company's key (identity.person_keys' name_org): no two of a company's
        # people are one person to the duplicate finder.
        self.used_names: set[str] = set()
        self.forms: dict[tuple, set[str]] = {}  # a drawn (family, given)'s name forms

    def build(self, total: int) -> "People":
        pools = [(self.orgs.by_kind[OrgKind.LOCAL_COMPANY], 30), (self.orgs.by_kind[OrgKind.OVERSEAS_BUYER], 50),
                 (self.orgs.by_kind[OrgKind.ASSOCIATION], 12), (self._public_orgs(), 8)]
        pools = [(orgs, weight) for orgs, weight in pools if orgs]
        for _ in range(total):
            orgs = self.load.rng.choices([p for p, _ in pools], [w for _, w in pools])[0]
            self._contact(self.load.pick(orgs))
        return self

    def _public_orgs(self) -> list[SimpleNamespace]:
        kinds = (OrgKind.UNIVERSITY, OrgKind.GOVERNMENT, OrgKind.VENUE, OrgKind.OTHER, OrgKind.PARTNER_CITY)
        return [org for kind in kinds for org in self.orgs.by_kind[kind]]

    def _contact(self, org: SimpleNamespace) -> None:
        country = org.country if org.kind != OrgKind.ASSOCIATION else weighted_country(self.load.rng)
        values = self._japanese(org) if country == "JP" else \
            self._overseas(country if country in words.OVERSEAS else "US", org)
        at = self.load.moment()
        contact = self.load.add(Contact, at, organization_id=org.id, country=country,
                                owner=self.load.pick(words.OWNERS), **values)
        self._emails(contact, org, at)
        self._phones(contact, country, at)
        self.all.append(contact)
        self.by_org[org.id].append(contact)

    def _japanese(self, org: SimpleNamespace) -> dict[str, Any]:
        def named(family: tuple, given: tuple) -> dict[str, Any]:
            return {"family_name": family[0], "given_name": given[0], "family_name_kana": hira_to_kata(family[1]),
                    "given_name_kana": hira_to_kata(given[1]), "latin_name": f"{given[2]} {family[2]}"}

        values = self._unnamed(org, words.JP_FAMILY, words.JP_GIVEN, named)
        return {**values, "title": self.load.pick(words.JP_TITLES), "languages": "ja"}

    def _overseas(self, country: str, org: SimpleNamespace) -> dict[str, Any]:
        order, families, givens, _template = words.OVERSEAS[country]

        def named(family: tuple, given: tuple) -> dict[str, Any]:
            latin = f"{family[1]} {given[1]}" if order == "family_first" else f"{given[1]} {family[1]}"
            return {"family_name": family[0], "given_name": given[0], "latin_name": latin}

        values = self._unnamed(org, families, givens, named)
        return {**values, "title": self.load.pick(words.BUYER_TITLES), "languages": "en"}

    def _unnamed(self, org: SimpleNamespace, families: Sequence, givens: Sequence,
                 named: Callable[[Any, Any], dict[str, Any]]) -> dict[str, Any]:
        """A name drawn from the lists (a family name, then a given name), or the next one no one at ``org`` has
        in any written form (:func:`_free_pair`); its keys are taken."""
        org_key = company_key(org.name)

        def keys(family: Any, given: Any) -> set[str]:
            forms = self.forms.get((family, given))
            if forms is None:  # a name's forms, made once: the lists hold a few hundred names, a large demo 100,000
                values = named(family, given)
                forms = self.forms[(family, given)] = name_forms(
                    latin_name=values["latin_name"], family_name=values["family_name"], given_name=values["given_name"],
                    reading=(values.get("family_name_kana") or "") + (values.get("given_name_kana") or ""))
            return {f"{form}|{org_key}" for form in forms} if org_key else set()

        family, given = _free_pair(families, givens, self.load.pick(families), self.load.pick(givens),
                                   lambda family, given: not keys(family, given) & self.used_names)
        self.used_names |= keys(family, given)
        return named(family, given)

    def _emails(self, contact: SimpleNamespace, org: SimpleNamespace, at: dt.datetime) -> None:
        domain = (org.email or f"info@{slug(org.name_en or 'sapporo')[:30]}.jp").split("@", 1)[1]
        local = ".".join(slug(part) for part in (contact.latin_name or "contact").split()[:2]) or "contact"
        address = f"{local}@{domain}"
        number = 2
        while address in self.used_emails:
            address, number = f"{local}{number}@{domain}", number + 1
        self.used_emails.add(address)
        self.load.add_child(ContactEmail, contact.id, at, email=address, normalized=normalize_email(address),
                            kind=EmailKind.WORK, is_primary=True)

    def _phones(self, contact: SimpleNamespace, country: str, at: dt.datetime) -> None:
        kinds = [PhoneKind.WORK] + ([PhoneKind.MOBILE] if self.load.chance(0.5) else [])
        for index, kind in enumerate(kinds):
            phone = self.phones.make(country, kind)
            # A millisecond apart, so id order (the order rows are inserted in) is the order they were given in.
            self.load.add_child(ContactPhone, contact.id, at + dt.timedelta(milliseconds=index), extension=None,
                                is_primary=index == 0, **phone)


class Fairs:
    """Trade fairs abroad in their own time zones, with the local companies that exhibit."""

    def __init__(self, load: DemoLoad, orgs: Organizations) -> None:
        self.load, self.orgs = load, orgs
        self.fairs: list[SimpleNamespace] = []
        self.participations: list[SimpleNamespace] = []

    @property
    def all(self) -> list[SimpleNamespace]:
        return self.fairs + self.participations

    def build(self, total: int) -> "Fairs":
        for index in range(total):
            fair = self._fair(index)
            self.fairs.append(fair)
            self._participations(fair)
        return self

    def _fair(self, index: int) -> SimpleNamespace:
        name, name_ja, organizer, city, country, tz, month, days, sector = words.FAIRS[index % len(words.FAIRS)]
        year = (*FISCAL_YEARS, FISCAL_YEARS[-1] + 1)[index % 4] + (1 if month < 4 else 0)
        mission = index // (len(words.FAIRS) * 3)
        starts = dt.date(year, month, 3 + self.load.rng.randrange(20))
        if index == 0:  # one fair is on now, so booth capture has a current fair to open on
            starts, year = DEMO_TODAY - dt.timedelta(days=1), DEMO_TODAY.year
        suffix = f" – Sapporo mission {mission + 1}" if mission else ""
        return self.load.add(Fair, self.load.moment(starts - dt.timedelta(days=300), starts),
                             name=f"{name} {year}{suffix}", name_ja=f"{name_ja} {year}", organizer=organizer,
                             city=city, city_en=words.CITY_EN[city], country=country, timezone=tz, starts_on=starts,
                             ends_on=starts + dt.timedelta(days=days - 1), sector=FAIR_SECTORS.named(sector) or sector,
                             pavilion="北海道・札幌パビリオン", pavilion_en="Hokkaido Sapporo Pavilion",
                             budget_jpy=self.load.rng.randrange(3, 15) * 1_000_000,
                             owner=self.load.pick(words.OWNERS), notes="札幌市内企業の共同出展")

    def _participations(self, fair: SimpleNamespace) -> None:
        companies = self.orgs.by_kind[OrgKind.LOCAL_COMPANY]
        rng = self.load.rng
        held = fair.ends_on <= DEMO_TODAY
        for org in rng.sample(companies, min(len(companies), 4 + rng.randrange(5))):
            cost = rng.randrange(3, 16) * 100_000
            negotiations = rng.randrange(5, 60) if held else None
            deals = rng.randrange(0, 6) if held else None
            self.participations.append(self.load.add(
                Participation, self.load.moment(fair.starts_on - dt.timedelta(days=200), fair.starts_on),
                fair_id=fair.id, organization_id=org.id, booth=f"{rng.choice('ABCDEFGH')}{rng.randrange(1, 60):02d}",
                products=org.notes, objectives="新規バイヤー開拓と既存取引先との商談", cost_jpy=cost,
                subsidy_jpy=min(cost // 2, 500_000), negotiations=negotiations, deals=deals,
                expected_sales_jpy=rng.randrange(1, 50) * 200_000,
                actual_sales_jpy=(deals or 0) * rng.randrange(1, 20) * 100_000 if held else None))


def _bid_support(starts: dt.date) -> str:
    """What a demo bid offers its delegates, with the excursion of the month its meeting starts in."""
    return f"札幌市 MICE 開催助成金、会場費補助、歓迎レセプション、{words.SEASON_TOURS[starts.month]}"


def _free_pair(firsts: Sequence, seconds: Sequence, first: Any, second: Any,
               free: Callable[[Any, Any], bool]) -> tuple[Any, Any]:
    """The drawn (first, second), or the next pair after it (seconds turning fastest) that ``free`` accepts;
    the drawn pair again once none is free. No random number is drawn, so the rest of the demo stays
    the same for a seed."""
    start = firsts.index(first) * len(seconds) + seconds.index(second)
    for step in range(len(firsts) * len(seconds)):
        index = (start + step) % (len(firsts) * len(seconds))
        pair = firsts[index // len(seconds)], seconds[index % len(seconds)]
        if free(*pair):
            return pair
    return first, second


def _acronym(letters: str, field_en: str) -> str:
    """A series' acronym: its form's letters and the field's initials ("IS" + "Veterinary Medicine": ISVM)."""
    return letters + "".join(w[0] for w in field_en.split() if w[0].isupper())


class Bids:
    """Associations' meeting series, and Sapporo's bids at every stage with their history."""

    _OPENING = [BidStage.PROSPECT, BidStage.RESEARCH, BidStage.PROPOSAL, BidStage.LOCAL_HOST_SECURED]
    _SUBMITTED = [*_OPENING, BidStage.BID_SUBMITTED]
    PATHS = {
        BidStage.PROSPECT: [BidStage.PROSPECT],
        BidStage.RESEARCH: [BidStage.PROSPECT, BidStage.RESEARCH],
        BidStage.PROPOSAL: [BidStage.PROSPECT, BidStage.RESEARCH, BidStage.PROPOSAL],
        BidStage.LOCAL_HOST_SECURED: _OPENING,
        BidStage.BID_SUBMITTED: _SUBMITTED,
        BidStage.SHORTLISTED: [*_SUBMITTED, BidStage.SHORTLISTED],
        BidStage.SITE_INSPECTION: [*_SUBMITTED, BidStage.SHORTLISTED, BidStage.SITE_INSPECTION],
        BidStage.PRESENTATION: [*_SUBMITTED, BidStage.SHORTLISTED, BidStage.SITE_INSPECTION, BidStage.PRESENTATION],
        BidStage.WON: [*_SUBMITTED, BidStage.SHORTLISTED, BidStage.SITE_INSPECTION, BidStage.PRESENTATION,
                       BidStage.WON],
        BidStage.LOST: [*_SUBMITTED, BidStage.SHORTLISTED, BidStage.LOST],
        BidStage.WITHDRAWN: [BidStage.PROSPECT, BidStage.RESEARCH, BidStage.WITHDRAWN],
        BidStage.POSTPONED: [BidStage.PROSPECT, BidStage.RESEARCH, BidStage.PROPOSAL, BidStage.POSTPONED],
    }
    PROBABILITY = bid_pipeline.DEFAULT_PROBABILITY

    def __init__(self, load: DemoLoad, orgs: Organizations, people: People) -> None:
        self.load, self.orgs, self.people = load, orgs, people
        self.series: list[SimpleNamespace] = []
        self.bids: list[SimpleNamespace] = []
        self.roles_rng = random.Random(13)  # its own stream: the key persons leave the other demo values as they were
        self.names_taken: set[str] = set()  # series' names and acronyms
        self.full_fields: set[tuple[str, str]] = set()  # associations' fields with no series name left
        self.years_taken: set[tuple[str, int]] = set()  # (series, edition year) of each bid

    def build(self, series_count: int, bid_count: int) -> list[SimpleNamespace]:
        for _ in range(series_count):
            self.series.append(self._series())
            self._editions(self.series[-1])
        stages = list(BidStage)
        for index in range(max(bid_count, len(stages))):  # every stage, even in the smallest demo
            self.bids.append(self._bid(self.load.pick(self.series), stages[index % len(stages)]))
        for series in self.series:  # after the bids: the key persons' table follows both of its parents'
            self._key_persons(series.created_at, self.people.by_org.get(series.association_id or "", []),
                              (DecisionRole.BOARD_MEMBER, DecisionRole.SECRETARIAT), series_id=series.id)
        return self.series + self.bids

    def _series(self) -> SimpleNamespace:
        """A meeting series in its association's field (a volcanology society holds no agricultural congress).
        The random numbers are drawn in the order they always were, so the rest of a seed's demo stays the same."""
        drawn, form = self.load.pick(words.MICE_FIELDS), self.load.pick(words.SERIES_FORMS)
        created = self.load.moment()
        associations = self.orgs.by_kind[OrgKind.ASSOCIATION]
        association = self.load.pick(associations) if associations else None
        field = drawn
        # It, or the next association whose field has a series name free. A field once full stays full (names are
        # only ever taken), so it is not asked again: at scale 30 asking cost 13 of the demo's 39 s.
        fields = set(self.orgs.fields.values())
        if association is not None and not self.full_fields >= fields:
            start = associations.index(association)
            for other in associations[start:] + associations[:start]:
                known = self.orgs.fields.get(other.id)
                if not known or known in self.full_fields:
                    continue
                if not any(self._name_free(known, f) for f in words.SERIES_FORMS):
                    self.full_fields.add(known)
                    continue
                association, field = other, known
                at = words.SERIES_FORMS.index(form)  # the drawn form, or the next one free in this field
                forms = words.SERIES_FORMS[at:] + words.SERIES_FORMS[:at]
                form = next(f for f in forms if self._name_free(field, f))
                break
        field_en, field_ja, form_en, form_ja, acronym = self._series_name(field, form)
        return self.load.add(
            MeetingSeries, created, name=form_en.format(f=field_en), name_ja=form_ja.format(j=field_ja),
            acronym=acronym, association_id=association.id if association else None,
            frequency=self.load.pick(list(Frequency)[:4]), rotation_area=self.load.pick(words.ROTATION_AREAS),
            rotation_pattern="アジア → 欧州 → 米州", preferred_month=self.load.rng.randrange(1, 13),
            typical_delegates=self.load.rng.randrange(3, 40) * 50, first_year=1950 + self.load.rng.randrange(60))

    def _name_free(self, field: tuple[str, str], form: tuple[str, str, str]) -> bool:
        """Whether no series has the name or the acronym that ``field`` in ``form`` makes."""
        return {form[0].format(f=field[0]), _acronym(form[2], field[0])}.isdisjoint(self.names_taken)

    def _series_name(self, field: tuple[str, str], form: tuple[str, str, str]) -> tuple[str, str, str, str, str]:
        """The drawn field and form, or the next pair whose name and acronym no series has yet: two series of
        one name (and their bids, named by acronym and year) could not be told apart. Once every pair is
        taken (a demo scaled past 96 series), the drawn one, repeated."""
        (field_en, field_ja), (form_en, form_ja, letters) = _free_pair(
            words.MICE_FIELDS, words.SERIES_FORMS, field, form, self._name_free)
        acronym = _acronym(letters, field_en)
        self.names_taken |= {form_en.format(f=field_en), acronym}
        return field_en, field_ja, form_en, form_ja, acronym

    def _dates(self, stage: BidStage, last_change: dt.date) -> dict[str, dt.date | None]:
        """A decided bid has its deadline behind it; an open one has its deadline and decision ahead."""
        if stage in (BidStage.WON, BidStage.LOST, BidStage.WITHDRAWN, BidStage.POSTPONED):
            decided = last_change if stage in (BidStage.WON, BidStage.LOST) else None
            return {"bid_deadline": last_change - dt.timedelta(days=60), "decision_on": decided}
        deadline = DEMO_TODAY + dt.timedelta(days=7 + self.load.rng.randrange(200))
        return {"bid_deadline": deadline, "decision_on": deadline + dt.timedelta(days=30 + self.load.rng.randrange(90))}

    def _bid(self, series: SimpleNamespace, stage: BidStage) -> SimpleNamespace:
        rng = self.load.rng
        year = 2027 + rng.randrange(4)
        day = 5 + rng.randrange(15)
        days = 3 + rng.randrange(4)
        international = (series.typical_delegates or 500) * rng.randrange(50, 80) // 100
        domestic = (series.typical_delegates or 500) - international
        history = self._history_times(len(self.PATHS[stage]), recent=stage not in bid_pipeline.CLOSED
                                      and rng.random() < 0.7)
        venues = self.orgs.by_kind[OrgKind.VENUE]
        contacts = self.people.by_org.get(series.association_id or "", [])
        venue_id = self.load.pick(venues).id if venues else None  # drawn in the order they always were
        dates = self._dates(stage, history[-1].date())
        if stage not in bid_pipeline.CLOSED and dates["decision_on"]:
            year = max(year, dates["decision_on"].year + 1)  # a meeting still to be decided is not held before
        while (series.id, year) in self.years_taken:  # one bid per edition: "ISVM 2028 Sapporo" names one bid
            year += 1
        self.years_taken.add((series.id, year))
        starts = dt.date(year, series.preferred_month or 7, day)
        bid = self.load.add(
            Bid, history[0], name=f"{series.acronym} {year} Sapporo", series_id=series.id,
            meeting_type=MeetingType.CONFERENCE, edition_year=year, starts_on=starts,
            ends_on=starts + dt.timedelta(days=days - 1), delegates_international=international,
            delegates_domestic=domestic, accompanying=international // 5, days=days,
            venue_id=venue_id, stage=stage, probability=self.PROBABILITY[stage], **dates,
            decision_body=self.load.pick(words.DECISION_BODIES),
            competitors=", ".join(rng.sample(words.COMPETITORS, 2)),
            association_contact_id=self.load.pick(contacts).id if contacts else None,
            support_offered=_bid_support(starts),
            outcome_reason=self._outcome(stage),
            impact_parameters=impact.stored(self._parameters(), rng.randrange(5, 40) * 1_000_000),
            owner=self.load.pick(words.OWNERS), pillars="," + ("2,6" if rng.random() < 0.3 else "2") + ",",
            tags=",MICE,")
        bid.updated_at = history[-1]  # its last move
        for city, country, strengths in rng.sample(words.COMPETING, 2):
            self.load.add(BidCompetitor, history[0], bid_id=bid.id, city=city, country=country, strengths=strengths)
        self._key_persons(history[0], contacts, (DecisionRole.DECISION_MAKER, DecisionRole.SITE_SELECTION),
                          bid_id=bid.id)
        hosts = [c for org in self.orgs.by_kind[OrgKind.UNIVERSITY] for c in self.people.by_org.get(org.id, [])]
        if hosts and stage not in (BidStage.PROSPECT, BidStage.RESEARCH):
            self.load.add(KeyPerson, history[0], bid_id=bid.id, contact_id=self.roles_rng.choice(hosts).id,
                          role=DecisionRole.LOCAL_HOST, note="国内主催者（大学）")
        self._stage_changes(bid, self.PATHS[stage], history)
        self._visits_and_presentations(bid, self.PATHS[stage], history, contacts)
        return bid

    def _visits_and_presentations(self, bid: SimpleNamespace, path: list[BidStage], history: list[dt.datetime],
                                  contacts: list[SimpleNamespace]) -> None:
        """The site inspection and the presentation a bid went through, with who took part: its owner and a
        colleague from the city, and people of the association."""
        for stage, kind, subject in ((BidStage.SITE_INSPECTION, ActivityKind.SITE_INSPECTION, "現地視察: {bid}"),
                                     (BidStage.PRESENTATION, ActivityKind.PRESENTATION, "プレゼンテーション: {bid}")):
            if stage not in path:
                continue
            at = history[path.index(stage)] + dt.timedelta(days=7)
            activity = self.load.add(Activity, at, kind=kind, subject=subject.format(bid=bid.name), occurred_at=at,
                                     owner=bid.owner, record_type="bid", record_id=bid.id, pillars=",2,")
            colleague = self.roles_rng.choice([o for o in words.OWNERS if o != bid.owner])
            for staff in (bid.owner, colleague):
                self.load.add(ActivityParticipant, at, activity_id=activity.id, staff_name=staff)
            for contact in self.roles_rng.sample(contacts, min(2, len(contacts))):
                self.load.add(ActivityParticipant, at, activity_id=activity.id, contact_id=contact.id)

    def _key_persons(self, at: dt.datetime, contacts: list[SimpleNamespace], roles: tuple[DecisionRole, ...],
                     **parent: str) -> None:
        """Up to one contact of the association per role (a series' board, a bid's decision maker …)."""
        chosen = self.roles_rng.sample(contacts, min(len(roles), len(contacts)))
        for contact, role in zip(chosen, roles, strict=False):
            self.load.add(KeyPerson, at, contact_id=contact.id, role=role, note=words.KEY_PERSON_NOTES[role.value],
                          **parent)

    def _parameters(self) -> impact.ImpactParameters:
        """Most bids were estimated with today's defaults; some with an older multiplier or without airfare,
        so the bid's impact tab has differences to show."""
        roll = self.load.rng.random()
        if roll < 0.15:
            return impact.ImpactParameters(ripple_multiplier=1.8)
        if roll < 0.3:
            return impact.ImpactParameters(exclude_airfare=True)
        return impact.ImpactParameters()

    def _editions(self, series: SimpleNamespace) -> None:
        """Past editions on a regular region cycle (or none, for a series still to be researched)."""
        rng = self.load.rng
        if rng.random() < 0.15:
            return
        step = {Frequency.ANNUAL: 1, Frequency.BIENNIAL: 2, Frequency.TRIENNIAL: 3}.get(series.frequency, 4)
        cycle = rng.sample(words.EDITION_REGIONS, len(words.EDITION_REGIONS))
        count = 6 + rng.randrange(4)
        year = DEMO_TODAY.year + 1 + rng.randrange(2) - step * (count - 1)  # up to the editions already awarded
        for n in range(count):
            city, country = rng.choice(cycle[n % len(cycle)])
            self.load.add(MeetingEdition, self.load.moment(), series_id=series.id, year=year + n * step, city=city,
                          country=country, delegates=(series.typical_delegates or 500) * rng.randrange(80, 120) // 100)

    def _history_times(self, steps: int, recent: bool = False) -> list[dt.datetime]:
        """When the bid moved through its stages; a ``recent`` one last moved in the past six weeks (the others
        stand out on the board as untouched for 60 days)."""
        if recent:
            last = DEMO_TODAY - dt.timedelta(days=1 + self.load.rng.randrange(40))
            start = dt.datetime.combine(last - dt.timedelta(days=30 * (steps - 1)), dt.time(1, 30), tzinfo=dt.timezone.utc)
            return [start + dt.timedelta(days=30 * i) for i in range(steps)]
        start = self.load.moment(HISTORY_START, DEMO_TODAY - dt.timedelta(days=40 * steps))
        return [start + dt.timedelta(days=30 * i + self.load.rng.randrange(10)) for i in range(steps)]

    @staticmethod
    def _outcome(stage: BidStage) -> str | None:
        return {BidStage.WON: "会場の近さと開催時期の札幌観光の魅力、開催助成が評価された",
                BidStage.LOST: "航空アクセスと会場規模で他都市が優位",
                BidStage.WITHDRAWN: "開催時期が他の大型会議と重なるため辞退",
                BidStage.POSTPONED: "協会の理事会で開催地決定が 1 年延期された"}.get(stage)

    def _stage_changes(self, bid: SimpleNamespace, path: list[BidStage], times: list[dt.datetime]) -> None:
        previous = None
        for stage, at in zip(path, times):
            self.load.add(BidStageChange, at, bid_id=bid.id, from_stage=previous, to_stage=stage, changed_at=at,
                          note=None)
            previous = stage


class Leads:
    """Leads: buyers captured at fair booths (in the fair's zone), MICE inquiries, companies, students."""

    def __init__(self, load: DemoLoad, orgs: Organizations, people: People, fairs: Fairs) -> None:
        self.load, self.orgs, self.people, self.fairs = load, orgs, people, fairs
        self.staffed = {kind: [o for o in orgs.by_kind[kind] if people.by_org.get(o.id)] for kind in OrgKind}
        self.any_staffed = [o for o in orgs.all if people.by_org.get(o.id)]
        self.org_names = {o.id: o.name for o in orgs.all}

    def build(self, total: int) -> list[SimpleNamespace]:
        held = [f for f in self.fairs.fairs if f.ends_on <= DEMO_TODAY] or self.fairs.fairs
        exhibitors = defaultdict(list)
        for participation in self.fairs.participations:
            exhibitors[participation.fair_id].append(participation.organization_id)
        leads = []
        for index in range(total):
            roll = index % 20
            if roll < 14:
                leads.append(self._booth(self.load.pick(held), exhibitors))
            else:
                leads.append(self._other(roll))
        return leads

    def _contact_of(self, kind: OrgKind) -> SimpleNamespace:
        orgs = self.staffed[kind] or self.any_staffed
        return self.load.pick(self.people.by_org[self.load.pick(orgs).id])

    def _booth(self, fair: SimpleNamespace, exhibitors: dict[str, list[str]]) -> SimpleNamespace:
        rng = self.load.rng
        contact = self._contact_of(OrgKind.OVERSEAS_BUYER)
        zone = zoneinfo.ZoneInfo(fair.timezone)
        day = fair.starts_on + dt.timedelta(days=rng.randrange((fair.ends_on - fair.starts_on).days + 1))
        local = dt.datetime.combine(day, dt.time(10 + rng.randrange(8), rng.randrange(60)), zone)
        captured = local.astimezone(dt.timezone.utc)
        interest_org = rng.choice(exhibitors[fair.id]) if exhibitors.get(fair.id) else None
        follow_up = day + dt.timedelta(days=7 + rng.randrange(30))
        return self.load.add(
            Lead, captured, title=lead_title(contact.display_name, self.org_names.get(contact.organization_id)),
            kind=LeadKind.TRADE_BUYER,
            source=LeadSource.BOOTH.value, status=self._status(follow_up),
            owner=self.load.pick(words.OWNERS),
            rating=rng.choice(list(Rating)), contact_id=contact.id, organization_id=contact.organization_id,
            fair_id=fair.id, interest_organization_id=interest_org, captured_at=captured, captured_tz=fair.timezone,
            interest=self.load.pick(words.INTERESTS), next_action=self.load.pick(words.NEXT_ACTIONS),
            follow_up_on=follow_up, pillars=",4,", tags=",見本市,")

    def _status(self, follow_up: dt.date) -> LeadStatus:
        """Leads whose follow-up passed weeks ago were mostly closed since; recent ones are still open."""
        rng = self.load.rng
        if follow_up < DEMO_TODAY - dt.timedelta(days=21) and rng.random() < 0.9:
            return rng.choice((LeadStatus.WON, LeadStatus.LOST, LeadStatus.DORMANT))
        return rng.choice((LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.NEGOTIATING))

    def _other(self, roll: int) -> SimpleNamespace:
        kind, org_kind, pillars, title = (
            (LeadKind.MICE, OrgKind.ASSOCIATION, ",2,", "国際会議の札幌開催の問い合わせ"),
            (LeadKind.MICE, OrgKind.ASSOCIATION, ",2,6,", "国際団体の学術会議（コングレス）誘致の打診"),
            (LeadKind.COMPANY_INQUIRY, OrgKind.LOCAL_COMPANY, ",4,", "海外展開の相談（札幌市内企業）"),
            (LeadKind.COMPANY_INQUIRY, OrgKind.LOCAL_COMPANY, ",4,", "輸出に関する問い合わせ"),
            (LeadKind.STUDENT, OrgKind.UNIVERSITY, ",5,", "留学生インターンシップの受入れ相談"),
            (LeadKind.PARTNERSHIP, OrgKind.PARTNER_CITY, ",6,", "姉妹都市との交流事業の提案"),
        )[roll - 14]
        contact = self._contact_of(org_kind)
        at = self.load.moment()
        return self.load.add(
            Lead, at, title=f"{title}: {contact.display_name}", kind=kind, source=LeadSource.INQUIRY.value,
            status=self._status(at.date() + dt.timedelta(days=14)), owner=self.load.pick(words.OWNERS),
            rating=self.load.rng.choice(list(Rating)), contact_id=contact.id,
            organization_id=contact.organization_id, interest=self.load.pick(words.INTERESTS),
            next_action=self.load.pick(words.NEXT_ACTIONS),
            follow_up_on=at.date() + dt.timedelta(days=14), pillars=pillars)


NATIVE_LANGUAGE = {"CN": "zh", "VN": "vi", "KR": "ko", "TW": "zh", "TH": "th", "ID": "id", "NP": "ne", "MN": "mn",
                   "MY": "ms", "PH": "tl", "IN": "hi", "MM": "my", "BD": "bn", "US": "en", "FR": "fr", "RU": "ru"}


def _holds(ordered: list[int], value: int) -> bool:
    """Whether the sorted list ``ordered`` holds ``value``."""
    at = bisect.bisect_left(ordered, value)
    return at < len(ordered) and ordered[at] == value


class Talent:
    """International students, openings at local companies, and matches at every stage."""

    ENDED = (MatchStage.HIRED, MatchStage.DECLINED, MatchStage.WITHDRAWN)
    QUIET_DAYS = 45
    PATHS = {
        MatchStage.SUGGESTED: [MatchStage.SUGGESTED],
        MatchStage.INTRODUCED: [MatchStage.SUGGESTED, MatchStage.INTRODUCED],
        MatchStage.INTERVIEW: [MatchStage.SUGGESTED, MatchStage.INTRODUCED, MatchStage.INTERVIEW],
        MatchStage.INTERNSHIP: [MatchStage.SUGGESTED, MatchStage.INTRODUCED, MatchStage.INTERNSHIP],
        MatchStage.OFFER: [MatchStage.SUGGESTED, MatchStage.INTRODUCED, MatchStage.INTERVIEW, MatchStage.OFFER],
        MatchStage.HIRED: [MatchStage.SUGGESTED, MatchStage.INTRODUCED, MatchStage.INTERVIEW, MatchStage.OFFER,
                           MatchStage.HIRED],
        MatchStage.DECLINED: [MatchStage.SUGGESTED, MatchStage.INTRODUCED, MatchStage.INTERVIEW, MatchStage.DECLINED],
        MatchStage.WITHDRAWN: [MatchStage.SUGGESTED, MatchStage.INTRODUCED, MatchStage.WITHDRAWN],
    }

    def __init__(self, load: DemoLoad, orgs: Organizations) -> None:
        self.load, self.orgs = load, orgs
        self.names_taken: set[tuple] = set()  # students' (family, given): 36 of 150 once shared a name

    def build(self, students: int, openings: int, matches: int) -> list[SimpleNamespace]:
        people = [self._student() for _ in range(students)]
        jobs = [self._opening(i) for i in range(openings)]
        stages = list(MatchStage)
        pairs = self._current_where_under_way(self._pairs(people, jobs, matches), people, stages)
        made = [self._match(student, opening, stages[i % len(stages)]) for i, (student, opening) in enumerate(pairs)]
        return people + jobs + made

    def _student(self) -> SimpleNamespace:
        rng = self.load.rng
        nationality = rng.choice(list(words.STUDENT_NATIONS))
        family_first, families, givens = words.STUDENT_NATIONS[nationality]
        family, given = _free_pair(families, givens, self.load.pick(families), self.load.pick(givens),
                                   lambda f, g: (f, g) not in self.names_taken)
        self.names_taken.add((family, given))
        first, second = (family, given) if family_first else (given, family)
        native, latin, kana = (f"{first[i]} {second[i]}" for i in range(3))
        consent = self.load.moment().date()
        graduation = 2025 + rng.randrange(4)
        universities = self.orgs.by_kind[OrgKind.UNIVERSITY]
        return self.load.add(
            Student, self.load.moment(), display_name=native, name_kana=kana, latin_name=latin,
            email=f"{slug(latin)}{rng.randrange(100, 999)}@students.example.ac.jp", nationality=nationality,
            university_id=self.load.pick(universities).id if universities else None, major=self.load.pick(words.MAJORS),
            # The schools are universities: no 専門学校 course there (the fifth choice was VOCATIONAL)
            degree=rng.choice((Degree.BACHELOR, Degree.BACHELOR, Degree.MASTER, Degree.DOCTOR, Degree.BACHELOR)),
            graduation_year=graduation, graduation_month=rng.choice((3, 9)),
            jlpt=rng.choice((JLPT.N1, JLPT.N2, JLPT.N2, JLPT.N3, JLPT.N4)),
            english=rng.choice((CEFR.B1, CEFR.B2, CEFR.C1, CEFR.A2)),
            other_languages=demo_students.vocab.languages().clean_many([NATIVE_LANGUAGE.get(nationality, "en")]),
            internship_interest=rng.random() < 0.6, owner=self.load.pick(words.OWNERS),
            **demo_students.student_values(self.load, graduation, consent))

    def _opening(self, number: int) -> SimpleNamespace:
        """The first openings take each demo title in turn, so every kind of opening is there at any scale (not
        by the luck of the random sequence); the rest are drawn."""
        rng = self.load.rng
        titles = words.OPENING_TITLES
        title, kind = titles[number] if number < len(titles) else self.load.pick(titles)
        companies = self.orgs.by_kind[OrgKind.LOCAL_COMPANY]
        org = self.load.pick(companies)
        starts = DEMO_TODAY + dt.timedelta(days=30 + rng.randrange(200))
        return self.load.add(
            Opening, self.load.moment(DEMO_TODAY - dt.timedelta(days=200)), organization_id=org.id, title=title,
            kind=OpeningKind(kind), description=f"{org.name}での{title}",
            min_jlpt=rng.choice((JLPT.N1, JLPT.N2, JLPT.N3)), headcount=1 + rng.randrange(3),
            ends_on=starts + dt.timedelta(days=30 if kind == "internship" else 365),
            **demo_students.opening_values(self.load, title, kind, starts),
            apply_by=starts - dt.timedelta(days=20), owner=self.load.pick(words.OWNERS))

    def _pairs(self, students: list, openings: list, wanted: int) -> list[tuple]:
        pairs: dict[tuple[str, str], tuple] = {}
        wanted = min(wanted, len(students) * len(openings))
        while len(pairs) < wanted:
            student, opening = self.load.pick(students), self.load.pick(openings)
            pairs.setdefault((student.id, opening.id), (student, opening))
        return list(pairs.values())

    def _current_where_under_way(self, pairs: list[tuple], people: list, stages: list[MatchStage]) -> list[tuple]:
        """A match still under way (suggested to offer) is a current student's: one whose period of stay had ended
        and whose record was past its retention date sat at 内定 on the board. Each such pair takes the next
        current student not yet paired with that opening; no random number is drawn, so the rest stays the same."""
        position = {s.id: i for i, s in enumerate(people)}
        current = [i for i, s in enumerate(people)  # by position: found by bisection, not a scan (scale 100)
                   if s.residence_expires_on >= DEMO_TODAY and s.retain_until >= DEMO_TODAY]
        taken = {(s.id, o.id) for s, o in pairs}
        fixed = []
        for index, (student, opening) in enumerate(pairs):
            if current and stages[index % len(stages)] not in self.ENDED and not _holds(current, position[student.id]):
                start = bisect.bisect_left(current, position[student.id])
                other = next((people[i] for i in current[start:] + current[:start]
                              if (people[i].id, opening.id) not in taken), None)
                if other is not None:
                    taken.add((other.id, opening.id))
                    student = other
            fixed.append((student, opening))
        return fixed

    def _match(self, student: SimpleNamespace, opening: SimpleNamespace, stage: MatchStage) -> SimpleNamespace:
        path = self.PATHS[stage]
        if not student.consent_share_with_companies:  # without sharing consent a match stays a suggestion
            stage, path = MatchStage.SUGGESTED, [MatchStage.SUGGESTED]
        if stage in self.ENDED:
            start = self.load.moment(HISTORY_START, DEMO_TODAY - dt.timedelta(days=20 * len(path)))
        else:
            # A match still under way last moved in the past QUIET_DAYS: about a third stand out on the board as
            # untouched for over 30 days, none for years (a demo match had sat at "interview" for 1,291 days).
            last = DEMO_TODAY - dt.timedelta(days=14 * (len(path) - 1))
            start = self.load.moment(last - dt.timedelta(days=self.QUIET_DAYS), last)
        times = [start + dt.timedelta(days=14 * i) for i in range(len(path))]
        match = self.load.add(Match, start, student_id=student.id, opening_id=opening.id, stage=stage,
                              owner=self.load.pick(words.OWNERS),
                              **demo_students.match_values(self.load, student, opening, stage, times[-1]))
        match.updated_at = times[-1]  # its last move, which the board counts its quiet days from
        previous = None
        for step, at in zip(path, times):
            self.load.add(MatchStageChange, at, match_id=match.id, from_stage=previous, to_stage=step, changed_at=at,
                          note=None)
            previous = step
        return match


class ExportSupport:
    """Local companies' export profiles, target markets, support needs, consultations, expansion cases."""

    MARKETS = ("SG", "TH", "TW", "HK", "CN", "KR", "VN", "MY", "US", "AU", "AE", "FR")

    def __init__(self, load: DemoLoad, orgs: Organizations) -> None:
        self.load, self.orgs = load, orgs
        self.linkable: list[SimpleNamespace] = []
        self.consultations = self.expansions = 0
        self.profiled: tuple[SimpleNamespace, list[str]] | None = None  # the last company with markets

    def build(self) -> list[SimpleNamespace]:
        for org in self.orgs.by_kind[OrgKind.LOCAL_COMPANY]:
            if self.load.chance(0.6):
                self._company(org)
        if self.profiled:  # a small demo must still show these screens filled
            if not self.consultations:
                self._consultation(*self.profiled)
            if not self.expansions:
                self._expansion(*self.profiled)
        return self.linkable

    def _company(self, org: SimpleNamespace) -> None:
        rng = self.load.rng
        self.load.add(CompanyProfile, self.load.moment(), organization_id=org.id, stage=rng.choice(list(ExportStage)),
                      products=org.notes, certifications=_certifications(org, rng.sample(words.CERTIFICATION_CODES, 2)),
                      languages=",en,", staff=self.load.pick(words.EXPORT_STAFF))
        markets = rng.sample(self.MARKETS, 1 + rng.randrange(3))
        for priority, country in enumerate(markets, start=1):
            self.load.add(TargetMarket, self.load.moment(), organization_id=org.id, country=country,
                          priority=min(priority, 3), status=rng.choice(list(MarketStatus)),
                          reason=_texts(org, words.MARKET_REASONS, words.GENERAL_MARKET_REASONS).get(country))
        for area in rng.sample(list(SupportArea), rng.randrange(3)):
            resolved = rng.random() < 0.3
            self.load.add(SupportNeed, self.load.moment(), organization_id=org.id, area=area,
                          description=_texts(org, words.CONSULTATION_TOPICS, words.GENERAL_TOPICS)[area.value],
                          resolved=resolved,
                          answer=(_texts(org, words.NEED_ANSWERS, words.GENERAL_ANSWERS)[area.value]
                                  if resolved else None),
                          addressed_on=self.load.moment().date() if resolved else None)
        self.profiled = (org, markets)
        for _ in range(rng.randrange(3)):
            self._consultation(org, markets)
        if rng.random() < 0.35:
            self._expansion(org, markets)

    def _consultation(self, org: SimpleNamespace, markets: list[str]) -> None:
        self.consultations += 1
        area = self.load.rng.choice(list(SupportArea))
        self.linkable.append(self.load.add(
            Consultation, self.load.moment(), organization_id=org.id, held_at=self.load.moment(), area=area,
            country=self.load.pick(markets), advisor=self.load.pick(("ジェトロ北海道 専門家", "札幌市 海外展開アドバイザー",
                                                                     "中小企業診断士", "弁護士（国際取引）")),
            summary=_texts(org, words.CONSULTATION_TOPICS, words.GENERAL_TOPICS)[area.value],
            outcome="次回までに必要書類を準備"))

    def _expansion(self, org: SimpleNamespace, markets: list[str]) -> None:
        self.expansions += 1
        fiscal_year = self.load.pick(FISCAL_YEARS)
        occurred = dt.date(fiscal_year, 4, 1) + dt.timedelta(days=self.load.rng.randrange(360))
        occurred = min(occurred, DEMO_TODAY)
        self.linkable.append(self.load.add(
            ExpansionCase, self.load.moment(occurred, occurred + dt.timedelta(days=1)), organization_id=org.id,
            country=self.load.pick(markets), kind=self.load.rng.choice(list(ExpansionKind)), occurred_on=occurred,
            value_jpy=self.load.rng.randrange(1, 100) * 500_000, description=f"{org.name}の海外展開"))


def _certifications(org: SimpleNamespace, drawn: list[str]) -> str | None:
    """The drawn certifications a company of ``org``'s industry may hold, stored as the service stores a set
    (``,halal,haccp,`` in the enum's order; none is NULL)."""
    allowed = set(drawn) & words.CERTIFICATIONS_BY_INDUSTRY.get(org.industry, frozenset())
    kept = [c.value for c in Certification if c.value in allowed]
    return ",".join(["", *kept, ""]) if kept else None


def _texts(org: SimpleNamespace, food: dict[str, str], general: dict[str, str]) -> dict[str, str]:
    """The texts that fit ``org``'s industry: about food for a food, farm or trading company, else the general ones
    where they differ."""
    return food if org.industry in words.FOOD_INDUSTRIES else {**food, **general}


LINK_PILLARS = {"bids": ",2,", "meeting_series": ",2,", "fairs": ",4,", "participations": ",4,", "leads": ",4,",
                "students": ",5,", "openings": ",5,", "matches": ",5,", "consultations": ",4,",
                "expansion_cases": ",4,"}


def _label(row: SimpleNamespace) -> str:
    """A record's name in an activity's or task's subject: its Japanese name where it has one ("" for none)."""
    labels = (getattr(row, key, None) for key in ("name_ja", "name", "display_name", "title", "summary", "description"))
    return next((label for label in labels if label), "")[:80]


class Records:
    """Activities, tasks and attachments linked to the other records."""

    def __init__(self, load: DemoLoad, linked: list[SimpleNamespace]) -> None:
        self.load = load
        tables = {row.id: model.__tablename__ for model, rows in load.rows.items() for row in rows}
        types = {s.model.__tablename__: s.record_type for s in load.unit.store.services.values()}
        from sapporo_mice.services.activities import LINKABLE_TYPES

        self.targets = [(types[tables[row.id]], row) for row in linked if types.get(tables[row.id]) in LINKABLE_TYPES]
        self.tables = tables
        self.fairs = {row.id: row for row in load.rows.get(Fair, ())}
        self._position = {id(row): at for at, (_, row) in enumerate(self.targets)}
        self._open_after: list[int | None] | None = None  # made at the first task that needs it

    def build(self, activities: int, tasks: int, attachments: int) -> None:
        for _ in range(activities):
            self._activity()
        for _ in range(tasks):
            self._task()
        self._attachments(attachments)

    def _target(self) -> tuple[str, SimpleNamespace, str]:
        """A record to hang an activity or task on, with a label for its subject (never an empty one): its Japanese
        name where it has one, as staff write it (通訳の手配（シアル・チャイナ 2024）, not （SIAL China 2024）)."""
        while True:
            record_type, row = self.load.pick(self.targets)
            if label := _label(row):
                return record_type, row, label

    def _not_long_over(self, record_type: str, row: SimpleNamespace, label: str) -> tuple[str, SimpleNamespace, str]:
        """The drawn target, or the next one that is not a fair (or a fair's exhibitor) over for more than a month:
        a task due this season read 通訳の手配（シアル・チャイナ 2024）. No random number is drawn."""
        if self._open_after is None:
            self._open_after = self._next_open()
        at = self._open_after[self._position[id(row)]]
        if at is None or self.targets[at][1] is row:
            return record_type, row, label
        kind, target = self.targets[at]
        return kind, target, _label(target)

    def _next_open(self) -> list[int | None]:
        """For each target, the position of it or the next one (round the end) that is named and not long over:
        one pass, so a demo at scale 100 does not scan its 200,000 targets for each such task."""
        def over(kind: str, target: SimpleNamespace) -> bool:
            fair = self.fairs.get(target.fair_id) if kind == "participation" else target if kind == "fair" else None
            return fair is not None and fair.ends_on < DEMO_TODAY - dt.timedelta(days=30)

        count = len(self.targets)
        fits = [bool(_label(target)) and not over(kind, target) for kind, target in self.targets]
        found: list[int | None] = [None] * count
        following = None
        for step in range(2 * count - 1, -1, -1):  # twice round, so the last ones find the first
            at = step % count
            if fits[at]:
                following = at
            found[at] = following
        return found

    def _pillars(self, row: SimpleNamespace) -> str:
        if getattr(row, "kind", None) == OrgKind.PARTNER_CITY:
            return ",6,"
        return LINK_PILLARS.get(self.tables[row.id], self.load.pick((",1,", ",4,", ",3,")))

    def _activity(self) -> None:
        record_type, row, label = self._target()
        kind, subject, body = self.load.pick(words.ACTIVITY_SUBJECTS)
        at = self.load.moment()
        self.load.add(Activity, at, kind=ActivityKind(kind), subject=subject.format(org=label)[:300],
                      body=body.format(org=label), occurred_at=at, owner=self.load.pick(words.OWNERS),
                      record_type=record_type, record_id=row.id, pillars=self._pillars(row))

    def _task(self) -> None:
        record_type, row, label = self._not_long_over(*self._target())
        due = DEMO_TODAY + dt.timedelta(days=self.load.rng.randrange(-60, 90))
        done = due < DEMO_TODAY and self.load.chance(0.7)
        # Written in the month before it is due, and never after today (a future time would be cut to the start
        # of today, and Home's recently updated list would show a column of identical times).
        written = self.load.moment(min(due - dt.timedelta(days=30), DEMO_TODAY - dt.timedelta(days=30)),
                                   min(due, DEMO_TODAY))
        titles = words.TASK_TITLES_BY_TYPE.get(record_type, words.TASK_TITLES)
        drawn = self.load.rng.randrange(len(words.TASK_TITLES))  # as the pick from TASK_TITLES drew it
        task = self.load.add(Task, written,
                             title=f"{titles[drawn % len(titles)]}（{label}）"[:300], due_on=due, done=done,
                             assignee=self.load.pick(words.OWNERS), record_type=record_type, record_id=row.id)
        task.done_at = dt.datetime.combine(due, dt.time(8), dt.timezone.utc) if done else None

    def _attachments(self, count: int) -> None:
        with tempfile.TemporaryDirectory(prefix="sapporo-mice-demo-") as folder:
            for index in range(count):
                record_type, row, label = self._target()
                content = f"札幌 MICE CRM デモ資料 {index + 1}\n{label}\n".encode()
                path = Path(folder) / f"memo-{index + 1:04d}.txt"
                path.write_bytes(content)
                self.load.add(Attachment, self.load.moment(), sha256=store_blob(path, sync=False), filename=path.name,
                              mime_type="text/plain", size=len(content), record_type=record_type, record_id=row.id,
                              role="メモ")

