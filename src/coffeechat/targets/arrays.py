"""The graph snapshot read without numpy: `coffeechat path` on a personal database
searches its few hundred thousand links in plain Python (rules/paths.py) faster than
numpy imports (a quarter of a second on a busy machine). The file is the `.npz` that
`snapshot.py` writes: a zip of `.npy` arrays, each a small header and the raw values."""

from __future__ import annotations

import ast
import zipfile
from array import array
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from coffeechat.rules.links import ME

TYPECODES = {"<i8": "q", "<i4": "i", "<i2": "h", "|b1": "B"}
FIELDS = ("indptr", "indices", "points", "organisation", "blocked", "fingerprint")
VERSION = 2


def fingerprint(cursor: Any, owner: int, now: datetime) -> list[int]:
    """What changes when any link could have: the day (a link's freshness), the counts
    and largest ids of the rows the graph is read from (past organisations are only ever
    added or deleted, never changed in place)."""
    parts: list[int] = [VERSION, now.toordinal()]
    for sql in (
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM people_tie WHERE owner_id = %s",
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM people_person WHERE owner_id = %s",
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM people_pastorganisation WHERE owner_id = %s",
        "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM pipeline_conversation WHERE owner_id = %s",
        "SELECT COUNT(*), COALESCE(MAX(e.id), 0) FROM pipeline_event e JOIN "
        "pipeline_conversation c ON c.id = e.conversation_id WHERE c.owner_id = %s",
        "SELECT COUNT(*), COALESCE(MAX(t.id), 0) FROM people_person_tags t JOIN people_tag g "
        "ON g.id = t.tag_id WHERE g.owner_id = %s",
    ):
        cursor.execute(sql, [owner])
        parts.extend(int(x) for x in cursor.fetchone())
    return parts


@dataclass
class Arrays:
    indptr: array[int]
    indices: array[int]
    points: array[int]
    organisation: array[int]
    blocked: array[int]
    fingerprint: array[int]

    @property
    def links(self) -> int:
        return len(self.indices) // 2

    def neighbours(self, person: int) -> Iterable[tuple[int, int]]:
        lo, hi = self.indptr[person], self.indptr[person + 1]
        return zip(self.indices[lo:hi], self.points[lo:hi], strict=True)

    def mine(self) -> dict[int, int]:
        return dict(self.neighbours(ME))

    def degrees(self, mine: Collection[int]) -> dict[int, int]:
        """How many people each of the people I know (`mine`) knows besides me."""
        return {p: self.indptr[p + 1] - self.indptr[p] - 1 for p in mine}

    def blocked_people(self) -> set[int]:
        return {i for i, b in enumerate(self.blocked) if b}

    def at(self, organisations: Collection[int]) -> set[int]:
        wanted = set(organisations)
        return {i for i, o in enumerate(self.organisation) if o in wanted}


def _array(data: bytes) -> array[int]:
    """A one-dimensional little-endian `.npy` array as a standard-library array."""
    if data[:6] != b"\x93NUMPY":
        raise ValueError("not an .npy array")
    size, start = (int.from_bytes(data[8:10], "little"), 10) if data[6] == 1 else (
        int.from_bytes(data[8:12], "little"), 12)
    header = ast.literal_eval(data[start:start + size].decode("latin-1"))
    code = TYPECODES.get(header["descr"])
    if code is None or header["fortran_order"] or len(header["shape"]) != 1:
        raise ValueError(f"unexpected array {header}")
    values = array(code)
    values.frombytes(data[start + size:])
    return values


def read(path: Path) -> Arrays | None:
    try:
        with zipfile.ZipFile(path) as file:
            return Arrays(*(_array(file.read(f"{name}.npy")) for name in FIELDS))
    except (OSError, KeyError, ValueError, SyntaxError, zipfile.BadZipFile):
        return None
