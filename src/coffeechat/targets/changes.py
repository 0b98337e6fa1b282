"""Every write that can change a warm path moves one number (`targets_graphchange.n`, a
plain table of one row made by migration 0002, not a model: nobody's data): database
triggers on the tables the graph is read from, installed after every `migrate` (so a
table a later migration rebuilds gets them back). Reading the number is the snapshot's
whole check (`arrays.fingerprint`), a lookup of one row where counting and hashing the
tables took a tenth of a second on a personal database.

Watched: people (their organisation, source, LinkedIn date; added or removed), their past
organisations, `--knows` ties, conversations (who referred whom, when), every event
(met, replied, declined, introductions, intro requests...), tags on people and tag names
(`do-not-contact`).
The triggers are `counters.py`'s, as the data version's are; this one watches only the
columns a link is read from, so editing someone's notes or title keeps the snapshot."""

from __future__ import annotations

from typing import Any

from coffeechat.counters import OPERATIONS, Counter, triggered
from coffeechat.counters import install as install_counter

TABLE = "targets_graphchange"
GRAPH = Counter(TABLE, "n", "targets_graphchange")
# table: the columns whose update can change a link (None: any column).
WATCHED: dict[str, tuple[str, ...] | None] = {
    "people_person": ("id", "organisation_id", "source", "connected_on", "owner_id"),
    "people_tie": None,
    "pipeline_conversation": ("id", "person_id", "referred_by_id", "referred_at", "owner_id"),
    "pipeline_event": None,
    "people_person_tags": None,
    "people_tag": ("id", "name", "owner_id"),
    "people_pastorganisation": None,
}


def install(connection: Any) -> None:
    """The graph's triggers on every watched table, and its row made (a database nobody
    writes to has a number a snapshot can be kept under)."""
    if TABLE not in connection.introspection.table_names():
        return
    install_counter(connection, GRAPH, WATCHED)
    with connection.cursor() as cursor:
        cursor.execute(GRAPH.bump(connection.vendor))


def installed(cursor: Any) -> bool:
    """Whether every trigger is there (else the number cannot be trusted)."""
    found = triggered(cursor.db, GRAPH)
    return all(found.get(table) == set(OPERATIONS) for table in WATCHED)
