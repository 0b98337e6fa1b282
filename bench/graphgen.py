"""A career centre's pooled graph, written straight into coffeechat's own tables.

Run:  python bench/graphgen.py --db FILE.sqlite3|postgres://... [--people 1000000]
                               [--links 10000000] [--seed 1]

People get power-law degrees (endpoints drawn with weight rank^-0.5, so a few people know
thousands and most know a handful), organisations of skewed sizes (80% of people have
one), and a share of dated links: 15% of links are intro requests (an `intro-requested`
event naming its connector, who knows the person, dated over the last three years: a
fresher one is stronger than an undated `knows` tie), the rest `knows` ties; people at
one small organisation (50 or fewer) are linked weakly on top. The user
knows 300 people (friends, colleagues, alumni, LinkedIn), has met 60 and heard back from
40 more; 1% of people declined. Rows go in with one `executemany` a table on SQLite and
COPY on PostgreSQL, after Django has migrated the database (the real tables, their
indexes and constraints).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

import numpy as np

STRONG_SHARE = 0.15
MY_CONTACTS = 300
DECLINED_SHARE = 0.01
NOW = datetime(2026, 11, 25, 9, 0)


def edges(people: int, links: int, rng: np.random.Generator) -> np.ndarray:
    """`links` distinct undirected pairs of person numbers (1..people), power-law degrees."""
    weight = np.arange(1, people + 1, dtype=np.float64) ** -0.5
    rng.shuffle(weight)
    cumulative = np.cumsum(weight)
    cumulative /= cumulative[-1]
    found = np.empty((0, 2), dtype=np.int64)
    while len(found) < links:
        draw = int((links - len(found)) * 1.1) + 1000
        a = np.searchsorted(cumulative, rng.random(draw)) + 1
        b = np.searchsorted(cumulative, rng.random(draw)) + 1
        pairs = np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
        pairs = pairs[pairs[:, 0] != pairs[:, 1]]
        found = np.unique(np.concatenate([found, pairs]), axis=0)
    return found[rng.permutation(len(found))[:links]]


def organisations(people: int, rng: np.random.Generator) -> tuple[int, np.ndarray]:
    """How many organisations, and each person's (0: none), sizes skewed."""
    count = max(1, people // 100)
    org = (count * rng.random(people) ** 2.5).astype(np.int64) + 1
    org[rng.random(people) < 0.2] = 0
    return count, org


def generate(db: str, people: int, links: int, seed: int) -> dict[str, float]:
    os.environ["COFFEECHAT_DB"] = db
    from coffeechat import bootstrap

    bootstrap.setup()
    from django.db import connection

    from coffeechat.accounts.services import local_owner

    owner = local_owner().id
    rng = np.random.default_rng(seed)
    timings: dict[str, float] = {}
    start = time.perf_counter()
    pairs = edges(people, links, rng)
    # Ties in the order of their unique index: appended to it, not scattered through it.
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    org_count, org = organisations(people, rng)
    timings["generate"] = time.perf_counter() - start
    start = time.perf_counter()
    strong = rng.random(len(pairs)) < STRONG_SHARE
    sources = np.full(people + 1, "other", dtype=object)
    mine = rng.choice(np.arange(1, people + 1), MY_CONTACTS, replace=False)
    sources[mine] = rng.choice(["friend", "colleague", "alumni", "linkedin"], MY_CONTACTS)
    created = NOW - timedelta(days=400)
    with connection.cursor() as cursor:
        first_org = _next_id(cursor, "people_organisation")
        first_person = _next_id(cursor, "people_person")
        first_conversation = _next_id(cursor, "pipeline_conversation")
    org_ids = np.where(org > 0, org + first_org - 1, 0)
    person_id = np.arange(people + 1) + first_person - 1  # number -> id
    tables: dict[str, tuple[list[str], Iterator[tuple[object, ...]]]] = {
        "people_organisation": (
            ["id", "owner_id", "name", "notes"],
            ((first_org + i, owner, f"Organisation {i + 1}", "") for i in range(org_count)),
        ),
        "people_person": (
            ["id", "owner_id", "name", "title", "organisation_id", "email", "other_emails",
             "phone", "linkedin_url", "location", "source", "notes", "created_at", "uid"],
            ((int(person_id[i]), owner, f"Person {i}", "", int(org_ids[i - 1]) or None, "",
              "[]", "", "", "", sources[i], "", created, uuid.UUID(int=seed << 64 | i).hex)
             for i in range(1, people + 1)),
        ),
        "people_tie": (
            ["owner_id", "person_id", "knows_id", "note"],
            ((owner, int(person_id[a]), int(person_id[b]), "")
             for a, b in pairs[~strong].tolist()),
        ),
    }
    # Every introduced person, met or declined person needs a conversation of their own.
    introduced = pairs[strong]
    met = mine[:60]
    replied = mine[60:100]
    declined = rng.choice(np.arange(1, people + 1), int(people * DECLINED_SHARE), replace=False)
    declined = np.setdiff1d(declined, mine)
    talked = np.unique(np.concatenate([introduced[:, 1], met, replied, declined]))
    conversation = {int(p): first_conversation + i for i, p in enumerate(talked.tolist())}
    tables["pipeline_conversation"] = (
        ["id", "owner_id", "person_id"],
        ((cid, owner, int(person_id[p])) for p, cid in conversation.items()),
    )
    days = rng.integers(0, 3 * 365, len(introduced))
    event_rows: list[tuple[object, ...]] = [
        (conversation[b], "intro-requested", NOW - timedelta(days=int(d)), int(person_id[a]),
         "", "")
        for (a, b), d in zip(introduced.tolist(), days.tolist(), strict=True)
    ]
    for kind, who in (("met", met), ("replied", replied), ("declined", declined)):
        event_rows += [(conversation[int(p)], kind, NOW - timedelta(days=30), None, "", "")
                       for p in who.tolist()]
    tables["pipeline_event"] = (
        ["conversation_id", "kind", "at", "other_id", "where", "note"], iter(event_rows)
    )
    timings["rows"] = time.perf_counter() - start
    start = time.perf_counter()
    _write(connection, tables)
    timings["write"] = time.perf_counter() - start
    return timings


def _next_id(cursor: object, table: str) -> int:
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")  # type: ignore[attr-defined]
    return int(cursor.fetchone()[0])  # type: ignore[attr-defined]


def _write(connection: object, tables: dict[str, tuple[list[str], Iterator[tuple[object, ...]]]]
           ) -> None:
    from django.db import transaction

    vendor = connection.vendor  # type: ignore[attr-defined]
    with transaction.atomic(), connection.cursor() as cursor:  # type: ignore[attr-defined]
        for table, (columns, rows) in tables.items():
            quoted = ", ".join(f'"{c}"' for c in columns)
            if vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                cursor.execute("PRAGMA cache_size = -1000000")  # 1 GB: indexes stay in memory
                marks = ", ".join("?" * len(columns))
                raw = cursor.cursor.connection  # the sqlite3 connection: no Django per-row work
                raw.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)
        if vendor == "postgresql":
            for table in tables:
                cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"(SELECT MAX(id) FROM {table}))")
                cursor.execute(f"ANALYZE {table}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--people", type=int, default=1_000_000)
    parser.add_argument("--links", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    timings = generate(args.db, args.people, args.links, args.seed)
    print(f"{args.people:,} people, {args.links:,} links into {args.db}: "
          + ", ".join(f"{k} {v:.1f} s" for k, v in timings.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
