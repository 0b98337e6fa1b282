"""What `path` and `target list` search: the snapshot of the graph (numpy arrays, kept
beside a SQLite file or, for PostgreSQL, in the user's data folder, and rebuilt when a
link changes or the day does; built in memory for an in-memory database), and, for the
few people a result names, their facts read again through the ORM to put each link in
words."""

from __future__ import annotations

import contextlib
import hashlib
from collections import defaultdict
from collections.abc import Collection
from datetime import datetime
from pathlib import Path as FilePath

from django.contrib.auth.models import User
from django.db import connection

from coffeechat import clock
from coffeechat.people.models import Organisation
from coffeechat.pipeline.models import Conversation, Event
from coffeechat.rules.links import ME
from coffeechat.rules.paths import Path, best_chains
from coffeechat.rules.responsiveness import MINE, THEIRS, answers
from coffeechat.rules.timeline import Kind
from coffeechat.targets import arrays
from coffeechat.targets.arrays import Arrays
from coffeechat.targets.network import WARM, load

# Links above which a layer of the search is done over whole numpy arrays.
BIG_GRAPH = 1_000_000
ID_CHUNK = 500  # ids a query (SQLite's oldest limit is 999 parameters)


def snapshot_file() -> FilePath | None:
    """Beside a SQLite file: `coffeechat.sqlite3.paths.npz`; for any other database (a
    PostgreSQL URL) in the user's data folder, one file a database, named by a hash of
    its URL without the password; None for an in-memory SQLite database."""
    settings = connection.settings_dict
    name = str(settings["NAME"] or "")
    if connection.vendor == "sqlite":
        if not name or name == ":memory:" or name.startswith("file:") or "mode=memory" in name:
            return None
        return FilePath(name + ".paths.npz")
    from coffeechat.database import data_folder

    url = (f"{connection.vendor}://{settings.get('USER') or ''}@{settings.get('HOST') or ''}"
           f":{settings.get('PORT') or ''}/{name}")
    digest = hashlib.sha256(url.encode()).hexdigest()[:24]
    return data_folder() / "snapshots" / f"{digest}.paths.npz"


# `serve` keeps each owner's arrays in its memory between requests (`keep_in_memory`),
# as its pages keep what they derive (`derived.py`), while their fingerprint holds.
_HOLDING = {"on": False}


def keep_in_memory(on: bool = True) -> None:
    """For a long-running process (`serve`): the graph stays loaded between requests."""
    _HOLDING["on"] = on


def graph(owner: User) -> Arrays:
    """The graph: the one held in memory (`serve`) or kept in the snapshot file when its
    fingerprint is the database's, else built anew (and kept)."""
    now = clock.now()
    with connection.cursor() as cursor:
        mark = arrays.fingerprint(cursor, owner.id, now)
    if not _HOLDING["on"]:
        return _loaded(owner, mark, now)
    from coffeechat.derived import kept

    return kept(owner.id, "graph", hash(tuple(mark)),
                (connection.alias, str(connection.settings_dict["NAME"])),
                lambda: _loaded(owner, mark, now))


def _loaded(owner: User, mark: list[int], now: datetime) -> Arrays:
    """The snapshot file's arrays when its fingerprint is `mark`, else built (and saved)."""
    file = snapshot_file()
    found = arrays.read(file) if file is not None else None
    if found is not None and list(found.fingerprint) == mark:
        return found
    from coffeechat.targets import snapshot

    with connection.cursor() as cursor:
        made = snapshot.build(cursor, owner.id, now)
    if file is not None:
        with contextlib.suppress(OSError):  # a folder I may read, not write
            snapshot.save(made, file)
    return snapshot.as_arrays(made)


def search(g: Arrays, targets: Collection[int], *, limit: int,
           answers: dict[int, str]) -> list[tuple[tuple[int, ...], int]]:
    """The best chains: in plain Python on a personal graph, over numpy's whole arrays on
    a pooled one (where a layer can hold a million people)."""
    if g.links > BIG_GRAPH:
        from coffeechat.targets import snapshot

        return snapshot.best_paths(snapshot.from_arrays(g), sorted(targets), limit=limit,
                                   answers=answers)
    return best_chains(g.neighbours, g.mine(), targets, g.blocked_people(), limit=limit,
                       answers=answers)


def answers_for(owner: User, mine: Collection[int]) -> dict[int, str]:
    """How each person I know and wrote to answers (rules/responsiveness.py): only they
    can be the first person of a path, or be asked. Flat queries: the ORM's rows and date
    conversions over a whole timeline cost more than the rest of `path --json`, so only
    the events of the people I know are read (all events, kept or not, past a few hundred
    people, where one scan is quicker than the lists of ids)."""
    kinds = [k.value for k in (*MINE, *THEIRS, Kind.NO_RESPONSE)]
    sql = ("SELECT c.person_id, e.kind, e.at FROM pipeline_event e JOIN pipeline_conversation"
           " c ON c.id = e.conversation_id WHERE c.owner_id = %s AND e.kind IN ("
           + ", ".join(["%s"] * len(kinds)) + ")")
    wanted = sorted(mine)
    chunks = [wanted[i:i + ID_CHUNK] for i in range(0, len(wanted), ID_CHUNK)]
    events: dict[int, list[tuple[Kind, datetime]]] = defaultdict(list)
    with connection.cursor() as cursor:
        for chunk in chunks if len(chunks) <= 2 else [None]:
            if chunk is None:
                cursor.execute(sql, [owner.id, *kinds])
            else:
                cursor.execute(sql + " AND c.person_id IN (" + ", ".join(["%s"] * len(chunk))
                               + ")", [owner.id, *kinds, *chunk])
            for person, kind, at in cursor.fetchall():
                if person in mine:
                    when = arrays.moment(at)
                    if when is not None:  # e.at is never null
                        events[person].append((Kind(kind), when))
    now = clock.now()
    return {p: answers(e, now).value for p, e in events.items()}


def warm_for(owner: User) -> set[int]:
    """People who replied, met me, were introduced or referred to me."""
    warm = set(Event.objects.filter(conversation__owner=owner, kind__in=[k.value for k in WARM])
               .values_list("conversation__person_id", flat=True))
    return warm | set(Conversation.objects.filter(owner=owner, referred_by__isnull=False)
                      .values_list("person_id", flat=True))


def organisation_ids(owner: User, name: str) -> list[int]:
    """The organisations called `name` (ignoring case and spacing)."""
    wanted = " ".join(name.split()).casefold()
    return [pk for pk, other in Organisation.objects.filter(owner=owner).values_list("id", "name")
            if " ".join(other.split()).casefold() == wanted]


def worded(owner: User, found: list[tuple[tuple[int, ...], int]]
           ) -> tuple[list[Path], dict[int, str]]:
    """The paths the arrays found, each link with its reason, and the names they hold."""
    involved: set[int] = {i for ids, _ in found for i in ids}
    small = load(owner, only=involved)
    paths = []
    for ids, _ in found:
        chain = (ME, *ids)
        if all(b in small.graph.get(a, {}) for a, b in zip(chain, chain[1:], strict=False)):
            links = tuple(small.graph[a][b] for a, b in zip(chain, chain[1:], strict=False))
            paths.append(Path(ids, links))
    return paths, small.names


def people_at(g: Arrays, owner: User, name: str) -> set[int]:
    ids = organisation_ids(owner, name)
    return g.at(ids) if ids else set()
