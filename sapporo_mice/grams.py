"""Character-bigram keys that let SQLite find 1- and 2-character terms through an index.

SQLite's trigram index cannot serve a term under 3 characters (ENVIRONMENT.md), so before this a list
filter such as ``佐`` or ``sa`` read the search text of every record of the type: 20–40 ms at 100k
contacts before any sorting. ``search_grams`` (migration 0002) is a contentless FTS5 table fed, by
triggers on ``search_index``, with :func:`document` of each row: a token for the record type, then
every pair of adjacent characters of the normalised text, and its last character.

FTS5's ``ascii`` tokenizer keeps every non-ASCII character inside a token and splits at spaces and at
ASCII characters that are not letters or digits, so a pair that holds one of those falls apart into
its other character. For a term of letters, digits and non-ASCII characters:

- of 2 characters, one token (its pair) finds it exactly;
- of 1 character, a prefix query (``prefix='1'`` indexes it) finds it exactly, since each character of
  the text starts a pair, stands before a separator, or ends the text;
- of 3 or more, all of its pairs find a superset, which the caller checks with ``LIKE``.

A term with ASCII punctuation uses only its pairs of token characters (a superset again), and one with
none at all no index: the caller checks every record of the type.

The triggers call :func:`document` as the SQL function ``sm_grams``, which
:func:`sapporo_mice.database.register_sqlite_functions` adds to every connection the app opens. Changing
the tokens made here therefore needs a migration that rebuilds ``search_grams``: a contentless table
deletes by the tokens it was given.
"""

from __future__ import annotations

import functools
import operator
import re
from array import array

SQL_FUNCTION = "sm_grams"
TABLE = "search_grams"
# Index the search rows past a rowid (0: all of them) in one statement: bulk loads and rebuilds.
FILL_SQL = f"INSERT INTO {TABLE}(rowid, grams) SELECT rid, {SQL_FUNCTION}(record_type, text) FROM search_index WHERE rid > ?"
# The type tokens start with a noncharacter, so no pair and no 1-character prefix query can meet them.
_TYPE_MARK = "\ufdd0"
_SEPARATOR = re.compile(r"[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]")  # ASCII, not a letter or digit
_add = operator.add
_SPACE = array("I", " ".encode("utf-32-le"))


@functools.cache
def type_token(record_type: str) -> str:
    return _TYPE_MARK + re.sub(r"[^a-z0-9]", "", record_type.lower())


def document(record_type: str, text: str | None) -> str:
    """The FTS5 document for one search row: its type token, then the pairs of ``text``, then its last character."""
    return " ".join((type_token(record_type), _pairs(text or ""), (text or "")[-1:]))


def _pairs(text: str) -> str:
    """``"ab bc cd "`` for ``"abcd"``, built by slice assignment on code points instead of one string
    per pair: 2 µs instead of 5 for a typical row, and the demo indexes 600k rows through this."""
    if len(text) < 2:
        return ""
    points = array("I", text.encode("utf-32-le"))
    out = _SPACE * (3 * (len(points) - 1))
    out[0::3] = points[:-1]
    out[1::3] = points[1:]
    return out.tobytes().decode("utf-32-le")


def term_query(term: str) -> str | None:
    """The FTS5 query of records whose text may hold ``term`` (exactly, when :func:`exact`).

    None when no index can narrow the search (the term is all ASCII punctuation).
    """
    if len(term) == 1:
        return None if _SEPARATOR.match(term) else f'"{term}"*'
    pairs = [pair for pair in map(_add, term, term[1:]) if not _SEPARATOR.search(pair)]
    return " AND ".join(f'"{pair}"' for pair in dict.fromkeys(pairs)) or None


def match_expression(record_types: str | tuple[str, ...] | None, terms: list[str]) -> str | None:
    """Records (of ``record_types``, if given) whose text may hold every one of ``terms``; None: any.

    ``terms`` are normalised and hold no spaces.
    """
    parts = [query for query in map(term_query, terms) if query]
    if isinstance(record_types, str):
        parts.insert(0, f'"{type_token(record_types)}"')
    elif record_types:
        parts.insert(0, "(" + " OR ".join(f'"{type_token(t)}"' for t in record_types) + ")")
    return " AND ".join(parts) or None


def exact(terms: list[str]) -> bool:
    """Whether :func:`match_expression` finds exactly the records holding ``terms`` (no check needed)."""
    return all(len(t) <= 2 and not _SEPARATOR.search(t) for t in terms)
