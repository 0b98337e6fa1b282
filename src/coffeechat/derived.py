"""What a page derived from one user's data (the agenda's actions, everyone's stage, the
insights), kept in this process's memory until the data changes.

Results are kept by owner and kind, for one data version (`accounts.version.current()`,
which every write to the database moves on, whichever process made it): a request that
reads a newer version drops what the kind kept and makes it again. Within the version a
kind keeps up to `KEYS_KEPT` results, one per key (what else the result depends on: the
filter, the page, the rule settings, the day), the most recently used; at most
`OWNERS_KEPT` owners are kept, so memory stays bounded. `waitress` serves with threads,
so the store is behind a lock; two requests that miss together both make the result,
and the later one is kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar, cast

from coffeechat.accounts.version import current

T = TypeVar("T")

OWNERS_KEPT = 32  # a laptop has one; a hosted instance keeps its most recent users'
KEYS_KEPT = 8  # per owner and kind: the filters and pages a user goes back and forth between

_lock = threading.Lock()


class _Kind:
    """What one kind keeps for one owner: the version, and results by key."""

    __slots__ = ("version", "results")

    def __init__(self, version: int) -> None:
        self.version = version
        self.results: OrderedDict[Hashable, Any] = OrderedDict()


# owner id -> kind -> what it keeps; owners in the order they were last served.
_kept: OrderedDict[int, dict[str, _Kind]] = OrderedDict()
_MISSING = object()


data_version = current  # the database's data version now (one query)


def kept(owner_id: int, kind: str, version: int, key: Hashable, make: Callable[[], T]) -> T:
    """The result kept for (owner, kind, key) at `version`, else `make()`'s, kept."""
    with _lock:
        found = _kept.get(owner_id, {}).get(kind)
        if found is not None and found.version == version:
            result = found.results.get(key, _MISSING)
            if result is not _MISSING:
                found.results.move_to_end(key)
                _kept.move_to_end(owner_id)
                return cast(T, result)
    return keep(owner_id, kind, version, key, make())


def last(owner_id: int, kind: str, key: Hashable) -> tuple[int, Any] | None:
    """What was kept for (owner, kind, key) and the version it was kept at, whatever that
    version: a result that can be brought up to date costs less than one made anew."""
    with _lock:
        found = _kept.get(owner_id, {}).get(kind)
        if found is None or key not in found.results:
            return None
        return found.version, found.results[key]


def keep(owner_id: int, kind: str, version: int, key: Hashable, result: T) -> T:
    """Keep `result` for (owner, kind, key) at `version`, in place of what was kept."""
    with _lock:
        kinds = _kept.setdefault(owner_id, {})
        found = kinds.get(kind)
        if found is None or found.version != version:
            found = kinds[kind] = _Kind(version)
        found.results[key] = result
        found.results.move_to_end(key)
        while len(found.results) > KEYS_KEPT:
            found.results.popitem(last=False)
        _kept.move_to_end(owner_id)
        while len(_kept) > OWNERS_KEPT:
            _kept.popitem(last=False)
    return result


def forget() -> None:
    """Drop everything kept (the tests: a rolled-back test leaves the version where the
    next test's different data starts)."""
    with _lock:
        _kept.clear()
