"""Search as people type: one normalisation for the index and the query (sapporo_mice.text.searchable).

「山田太郎」 finds 「山田 太郎」, ``0112223333`` and ``+81 11 222 3333`` find 011-222-3333, "Nguyen Thi Mai"
finds Nguyễn Thị Mai — on SQLite and PostgreSQL, through the ranked search and the list filters.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from sapporo_mice.search import search
from sapporo_mice.services.base import phone_words
from sapporo_mice.text import search_words, searchable
from sapporo_mice.validation import national_digits

ACTOR = "tester"


@pytest.fixture
def people(crm):
    contact = crm.contacts.create
    return {
        "yamada": contact({"family_name": "山田", "given_name": "太郎", "family_name_kana": "ヤマダ",
                           "given_name_kana": "タロウ", "phones": ["011-222-3333"]}, actor=ACTOR).id,
        "mai": contact({"family_name": "Nguyễn", "given_name": "Thị Mai", "latin_name": "Nguyễn Thị Mai",
                        "country": "VN"}, actor=ACTOR).id,
        "soren": contact({"latin_name": "Søren Müller", "phones": ["+45 32 12 34 56"]}, actor=ACTOR).id,
        "other": contact({"family_name": "山田", "given_name": "花子", "phones": ["+81 3 1234 5678"]}, actor=ACTOR).id,
        "org": crm.organizations.create({"name": "札幌 食品 株式会社", "phone_raw": "011-211-0000", "country": "JP"},
                                        actor=ACTOR).id,
    }


def ids(crm, query: str) -> list[str]:
    return [h.id for h in search(crm.store.db, query)]


@pytest.mark.parametrize("query", ["山田太郎", "山田 太郎", "山田　太郎", "ヤマダ", "やまだ たろう", "ﾔﾏﾀﾞﾀﾛｳ"])
def test_a_japanese_name_is_found_with_or_without_the_space(crm, people, query):
    assert ids(crm, query)[0] == people["yamada"]
    assert people["yamada"] in crm.lists.ids("contact", text=query, order_by="display_name")


@pytest.mark.parametrize("query", ["0112223333", "011-222-3333", "+81 11 222 3333", "+81112223333",
                                   "(011) 222-3333", "011 222", "０１１２２２３３３３"])
def test_a_phone_is_found_by_its_digits_in_national_or_international_form(crm, people, query):
    assert ids(crm, query) == [people["yamada"]]
    assert crm.lists.ids("contact", text=query, order_by="display_name") == [people["yamada"]]


def test_a_companys_phone_is_found_in_both_forms(crm, people):
    for query in ("0112110000", "+81 11 211 0000", "011-211-0000"):
        assert ids(crm, query) == [people["org"]], query
    assert ids(crm, "札幌食品") == [people["org"]]  # the spaces of the name are ignored between kanji


@pytest.mark.parametrize("query", ["Nguyen Thi Mai", "nguyen thi", "NGUYỄN", "Thi Mai"])
def test_latin_diacritics_are_folded(crm, people, query):
    assert people["mai"] in ids(crm, query)
    assert people["mai"] in crm.lists.ids("contact", text=query, order_by="display_name")


def test_letters_without_a_decomposition_fold_too(crm, people):
    assert ids(crm, "soren muller") == [people["soren"]]
    assert ids(crm, "Søren") == [people["soren"]]
    assert ids(crm, "+4532123456") == [people["soren"]]


def test_a_different_number_is_not_found(crm, people):
    assert ids(crm, "0112223334") == []
    assert ids(crm, "山田次郎") == []


def test_the_forms_of_a_number_stay_apart_in_the_index(crm, people):
    """E.164, national digits and typed text are words of their own: no query matches across two of them
    (they used to run together into one digit string, +8111222333301122233330112223333), and the typed
    text that reads as one of the others is not held twice."""
    assert ids(crm, "33330112") == []  # the end of +81112223333 and the start of 0112223333
    two = crm.contacts.create({"latin_name": "Two Phones", "phones": ["011-222-4444", "+65 6123 4567"]},
                              actor=ACTOR).id
    assert ids(crm, "44446561") == [] and ids(crm, "0112224444") == [two] and ids(crm, "61234567") == [two]
    assert phone_words([("+81112223333", "011-222-3333"), ("+6561234567", "6123 4567 (office)"), (None, "内線 12")]) == [
        "+81112223333", "0112223333", "+6561234567", "61234567", "6123 4567 (office)", "内線 12"]


def test_national_digits_cut_the_trunk_prefix_from_e164():
    assert national_digits("+81112223333") == "0112223333"
    assert national_digits("+6561234567") == "61234567"  # Singapore dials no trunk prefix
    assert national_digits("+84912345678") == "0912345678"
    assert national_digits(None) is None and national_digits("0112223333") is None


def test_searchable_examples():
    assert searchable("山田 太郎") == searchable("山田太郎") == "山田太郎"
    assert searchable("Nguyễn Thị Mai") == "nguyen thi mai"
    assert searchable("+81 11 222 3333") == "+81112223333"
    assert searchable("(011) 222-3333") == "0112223333"
    assert searchable("Yamada Taro") == "yamada taro"  # Latin words keep their spaces
    assert searchable("2026 12 01") == "2026 12 01"  # numbers that do not read as a phone stay apart
    assert search_words("山田 太郎") == "山田 太郎"  # a query keeps its words


@given(st.text(max_size=60))
@example("Àῢ")  # found by hypothesis: the Latin fold recomposed the Greek letter that case folding took apart
@example("ῢ À ΐ ǰ")
def test_searchable_is_idempotent_and_never_raises(text):
    once = searchable(text)
    assert searchable(once) == once
    assert search_words(search_words(text)) == search_words(text)


@given(st.text(max_size=40))
def test_every_query_word_of_a_text_is_found_in_its_searchable_form(text):
    """What the index holds for a text contains each word the same text gives as a query."""
    index = searchable(text)
    for word in search_words(text).split(" "):
        assert searchable(word) in index or word in index


def test_the_migration_brings_rows_indexed_the_old_way_to_the_new_form(crm, people):
    """0004 recomputes the text and title key of rows written by the older normalisation."""
    from alembic import command
    from sqlalchemy import text, update

    from sapporo_mice.database import alembic_config
    from sapporo_mice.models import SearchEntry
    from sapporo_mice.text import normalize

    def migrate(step, revision: str) -> None:
        with crm.store.db.engine.begin() as conn:
            config = alembic_config(crm.store.db.url)
            config.attributes["connection"] = conn
            step(config, revision)

    migrate(command.downgrade, "0003_search_sort_key")
    with crm.store.db.engine.begin() as conn:  # what the older code wrote for 山田 太郎 and the company
        conn.execute(update(SearchEntry).where(SearchEntry.record_id == people["yamada"]).values(
            title_key=normalize("山田 太郎"), text=normalize("山田 太郎 やまだ たろう +81112223333 011-222-3333")))
        conn.execute(update(SearchEntry).where(SearchEntry.record_id == people["org"]).values(
            title_key=normalize("札幌 食品 株式会社"), text=normalize("札幌 食品 株式会社 JP +81112110000")))
    assert ids(crm, "0112223333") == [] and ids(crm, "0112110000") == []
    migrate(command.upgrade, "head")
    assert ids(crm, "山田太郎")[0] == people["yamada"]
    assert ids(crm, "0112223333") == [people["yamada"]]
    assert ids(crm, "0112110000") == [people["org"]]
    assert ids(crm, "Nguyen Thi Mai") == [people["mai"]]
    assert crm.lists.ids("contact", text="011 222", order_by="display_name") == [people["yamada"]]
    if crm.store.db.is_sqlite:  # the update triggers of the FTS mirrors are back
        with crm.store.db.engine.connect() as conn:
            names = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
        assert {"search_index_au", "search_index_grams_au"} <= names
