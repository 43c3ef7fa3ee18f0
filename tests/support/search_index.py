"""A check that both SQLite search indexes hold exactly the search rows (for tests of writes that fill them
without their triggers: bulk loads)."""

from __future__ import annotations

from sqlalchemy import text


def assert_search_index_whole(crm) -> None:
    """On SQLite: the trigram index holds exactly the search rows (FTS5's own check against its content table),
    and the bigram index finds a pair of characters in exactly the rows whose text holds it."""
    if not crm.store.db.is_sqlite:
        return
    with crm.store.db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)")
        for pair in ("co", "be", "ul", "2 ", "03", "ud"):
            by_text = set(conn.execute(text("SELECT rid FROM search_index WHERE instr(text, :p) > 0"), {"p": pair}).scalars())
            term = pair.strip()  # a pair with a space is found as its one character, by prefix
            query = f'"{term}"*' if len(term) == 1 else f'"{term}"'
            by_grams = set(conn.execute(text("SELECT rowid FROM search_grams WHERE search_grams MATCH :q"),
                                        {"q": query}).scalars())
            assert by_text <= by_grams if len(term) == 1 else by_text == by_grams, pair
