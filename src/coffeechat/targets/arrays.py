"""The graph snapshot read without numpy: `coffeechat path` on a personal database
searches its few hundred thousand links in plain Python (rules/paths.py) faster than
numpy imports (a quarter of a second on a busy machine). The file is the `.npz` that
`snapshot.py` writes: a zip of `.npy` arrays, each a small header and the raw values."""

from __future__ import annotations

import ast
import secrets
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
VERSION = 3  # 3: the fingerprint is the number the triggers move (targets/changes.py)
# A tag that says: do not contact this person (nor ask them for anything).
DO_NOT_CONTACT = "do-not-contact"


def moment(value: Any) -> datetime | None:
    """A moment as the database gives it: a datetime, SQLite's text, or None."""
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def fingerprint(cursor: Any, owner: int, now: datetime) -> list[int]:
    """What changes when any link could have: the day (a link's freshness) and the number
    the database's triggers move on every write to the graph's tables (`changes.py`).
    Without the triggers, or before the first write, it is a number no kept snapshot
    holds: the graph is built anew each time (never a stale path)."""
    from coffeechat.targets.changes import TABLE, installed

    parts: list[int] = [VERSION, now.toordinal(), owner]
    cursor.execute(f"SELECT n FROM {TABLE} WHERE id = 1")
    row = cursor.fetchone()
    if row is None or not installed(cursor):
        return [*parts, -secrets.randbits(62)]
    return [*parts, int(row[0])]


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
