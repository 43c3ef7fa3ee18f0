"""search_100k: global search over 100,000 contacts (demo scale 100) in a SQLite file.

Each query of a fixed mix is timed through ``sapporo_mice.search.search(db, q, limit=50)`` and, in the
same run, as the raw SQL it rests on: an FTS5 trigram MATCH for terms of 3+ characters, a LIKE on
``search_index.text`` for shorter ones. Goal: median ≤ 3× the raw query, and p95 < 50 ms.

That raw query ranks nothing (it returns the first 50 matches it meets), so the details also give
the ranked query's own SQL run raw through sqlite3: the ratio to it is what the Python layer costs.
"""

from __future__ import annotations

import sqlite3

from bench.measure import Result, median, p95, scratch_home, timed_ms

QUERIES = {
    "rare latin": "Lefèvre",
    "common latin": "trading",
    "japanese 3+": "海外展開",
    "japanese 2": "札幌",
    "kana": "サッポロ",
    "kana 2": "さと",
    "two terms": "sapporo foods",
    "kanji, no space": "佐藤花子",  # finds 佐藤 花子: spaces between CJK characters are not indexed
    "phone, national": "011 222",  # digits joined; phones are indexed in national form too
    "latin, no accents": "nguyen",  # Latin diacritics folded (Nguyễn)
}
GOAL_RATIO, GOAL_P95_MS = 3.0, 50.0


def run(scale: float = 100.0, repeat: int = 15) -> Result:
    from sapporo_mice.crm import Crm
    from sapporo_mice.demo import generate

    with scratch_home() as folder:
        path = folder / "search.db"
        crm = Crm.open(f"sqlite:///{path.as_posix()}", device_id="00000000-0000-7000-8000-0000000000b2")
        counts = generate(crm.store, scale=scale, seed=2026, actor="bench")
        raw = sqlite3.connect(path)
        per_query, searched, baseline = {}, [], []
        for label, query in QUERIES.items():
            mine, theirs, ranked = measure_query(crm.store.db, raw, query, repeat)
            searched += mine
            baseline += theirs
            per_query[label] = {"query": query, "median_ms": round(median(mine), 2), "p95_ms": round(p95(mine), 2),
                                "raw_median_ms": round(median(theirs), 3),
                                "ratio": round(median(mine) / max(median(theirs), 1e-3), 1),
                                "ranked_sql_raw_median_ms": round(median(ranked), 3),
                                "layer_ratio": round(median(mine) / max(median(ranked), 1e-3), 1)}
        raw.close()
        crm.close()
    value, floor = median(searched), median(baseline)
    worst = max(q["ratio"] for q in per_query.values())
    tail = p95(searched)
    return Result("search_100k", "ms", value, floor, value / floor,
                  f"median <= {GOAL_RATIO:.0f}x raw and p95 < {GOAL_P95_MS:.0f} ms",
                  value / floor <= GOAL_RATIO and tail < GOAL_P95_MS, p95=tail,
                  details={"contacts": counts.get("contacts"), "search_rows": counts.get("search_index"),
                           "worst_query_ratio": worst, "queries": per_query})


def measure_query(db, raw: sqlite3.Connection, query: str, repeat: int) -> tuple[list[float], list[float], list[float]]:
    from sapporo_mice.search import MIN_TRIGRAM, escape_like, fts_query, ranked_hits, search, terms_of

    terms = terms_of(query)
    if all(len(t) >= MIN_TRIGRAM for t in terms):
        sql, params = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 50", (fts_query(terms),)
    else:
        likes = " AND ".join("text LIKE ? ESCAPE '\\'" for _ in terms)
        sql, params = f"SELECT rid FROM search_index WHERE {likes} LIMIT 50", tuple(
            f"%{escape_like(t)}%" for t in terms)
    search(db, query, limit=50)  # warm the page cache for both
    raw.execute(sql, params).fetchall()
    mine = timed_ms(lambda: search(db, query, limit=50), repeat)
    theirs = timed_ms(lambda: raw.execute(sql, params).fetchall(), repeat)
    ranked_sql = str(ranked_hits(db, terms, limit=50).compile(db.engine, compile_kwargs={"literal_binds": True}))
    ranked = timed_ms(lambda: raw.execute(ranked_sql).fetchall(), repeat)
    return mine, theirs, ranked
