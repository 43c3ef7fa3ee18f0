"""The bigram index for short search terms: never misses a match, and is exact under 3 characters."""

from __future__ import annotations

import random
import re
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert, select, text

from sapporo_mice import grams
from sapporo_mice.models import SearchEntry
from sapporo_mice.search import matching_ids, terms_of
from sapporo_mice.text import normalize

# Latin, digits, punctuation, kana, kanji, a combining mark and an emoji: the tokenizer must split none.
ALPHABET = "sa5@.-_%\\佐藤札幌ー・あ\u0301😀"
WORDS = st.text(alphabet=ALPHABET, min_size=1, max_size=8)
TEXTS = st.lists(WORDS, min_size=0, max_size=6).map(" ".join)
TERMS = st.text(alphabet=ALPHABET, min_size=1, max_size=4)


def tokens_of(document: str) -> list[str]:
    """FTS5's ascii tokenizer: split at ASCII non-alphanumerics, fold ASCII case."""
    return [t.lower() for t in re.split(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+", document) if t]


def found(document: str, term: str) -> bool:
    """What the FTS5 query of ``term`` finds in ``document``, evaluated in Python."""
    tokens = tokens_of(document)
    query = grams.term_query(term)
    if query is None:  # no index: every record is a candidate
        return True
    if query.endswith("*"):
        return any(token.startswith(query[1:-2].lower()) for token in tokens)
    return all(tokens_of(pair[1:-1]) and tokens_of(pair[1:-1])[0] in tokens for pair in query.split(" AND "))


@given(TEXTS, TERMS)
def test_a_term_in_the_text_is_always_found(text_, term):
    if term in text_:
        assert found(grams.document("contact", text_), term)


@given(TEXTS, st.text(alphabet=ALPHABET, min_size=1, max_size=2))
def test_a_short_term_is_found_only_where_it_is(text_, term):
    if grams.exact([term]):
        assert found(grams.document("contact", text_), term) == (term in text_)


def test_the_type_token_meets_no_query_and_punctuation_needs_a_check():
    document = grams.document("org_consultation", "札幌 a@b.jp")
    assert document.split(" ")[0] == "\ufdd0orgconsultation"
    assert set(tokens_of(document)) == {"\ufdd0orgconsultation", "札幌", "幌", "a", "b", "j", "jp", "p"}
    assert not found("\ufdd0orgconsultation", "o") and not found("\ufdd0orgconsultation", "or")
    assert grams.exact(["札幌", "a"]) and not grams.exact(["@"]) and not grams.exact(["a@"])
    assert grams.term_query("@") is None and grams.term_query("@.") is None


# ---------------------------------------------------------------- in the database
@pytest.fixture
def texts(crm):
    return fill(crm)


def fill(crm) -> dict[str, str]:
    """300 search rows of random text (plus 50 of another type), written as the services write them."""
    rng = random.Random(20261129)
    rows, expected = [], {}
    for n in range(350):
        record_type = "contact" if n < 300 else "organization"
        body = normalize(" ".join("".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6)))
                                  for _ in range(rng.randint(1, 5))))  # as the services store it
        record_id = str(uuid.UUID(int=rng.getrandbits(128)))
        rows.append(dict(record_type=record_type, record_id=record_id, title=body[:20], subtitle="",
                         text=body, title_key=body[:20]))
        if record_type == "contact":
            expected[record_id] = body
    with crm.store.db.transaction() as session:
        session.execute(insert(SearchEntry.__table__), rows)
    return expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TERMS, min_size=1, max_size=2))
def test_list_filter_matches_exactly_the_texts_that_hold_every_term(crm, texts, terms):
    query = " ".join(terms)
    subquery = matching_ids(crm.store.db, "contact", query)
    if subquery is None:
        return
    wanted = terms_of(query)
    with crm.store.db.engine.connect() as connection:
        got = set(connection.execute(select(subquery.subquery().c.record_id)).scalars())
    assert got == {rid for rid, body in texts.items() if all(t in body for t in wanted)}


def test_the_index_follows_updates_and_deletes(sqlite_crm):  # SQLite only: PostgreSQL filters with LIKE
    crm, texts = sqlite_crm, fill(sqlite_crm)
    record_id = next(iter(texts))
    with crm.store.db.transaction() as session:
        session.execute(text("UPDATE search_index SET text = '北海道' WHERE record_id = :r"), {"r": record_id})
    assert _matching(crm, "海道") == {record_id}
    with crm.store.db.transaction() as session:
        session.execute(text("DELETE FROM search_index WHERE record_id = :r"), {"r": record_id})
    assert _matching(crm, "海道") == set()
    with crm.store.db.engine.connect() as connection:  # the contentless index still agrees with its source
        connection.exec_driver_sql("INSERT INTO search_grams(search_grams) VALUES ('integrity-check')")


def _matching(crm, query: str) -> set[str]:
    with crm.store.db.engine.connect() as connection:
        return set(connection.execute(select(matching_ids(crm.store.db, "contact", query).subquery().c.record_id)).scalars())
