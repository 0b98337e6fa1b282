"""What a page derived from one user's data (the agenda's actions, everyone's stage, the
insights), kept in this process's memory until the data changes.

Each result is kept under its owner and kind, with the key it was made for: the data
version (`accounts.version.current()`, which every write to the database moves on,
whichever process made it) and whatever else the result depends on (the rule settings,
the day). A request whose key differs makes it again and replaces it: one result per
owner and kind, and at most `OWNERS_KEPT` owners, so memory stays bounded. `waitress`
serves with threads, so the store is behind a lock; two requests that miss together
both make the result, and the later one is kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from coffeechat.accounts.version import current

T = TypeVar("T")

OWNERS_KEPT = 32  # a laptop has one; a hosted instance keeps its most recent users'

_lock = threading.Lock()
# owner id -> kind -> (key, result); owners in the order they were last served.
_kept: OrderedDict[int, dict[str, tuple[Hashable, Any]]] = OrderedDict()


def data_version() -> int:
    """The database's data version now (one query)."""
    return current()


def kept(owner_id: int, kind: str, key: Hashable, make: Callable[[], T]) -> T:
    """The result kept for (owner, kind) if it was made for `key`, else `make()`'s, kept."""
    with _lock:
        found = _kept.get(owner_id, {}).get(kind)
        if found is not None and found[0] == key:
            _kept.move_to_end(owner_id)
            result: T = found[1]
            return result
    return keep(owner_id, kind, key, make())


def keep(owner_id: int, kind: str, key: Hashable, result: T) -> T:
    """Keep `result` for (owner, kind) under `key`, in place of what was kept there."""
    with _lock:
        _kept.setdefault(owner_id, {})[kind] = (key, result)
        _kept.move_to_end(owner_id)
        while len(_kept) > OWNERS_KEPT:
            _kept.popitem(last=False)
    return result


def forget() -> None:
    """Drop everything kept (the tests: a rolled-back test leaves the version where the
    next test's different data starts)."""
    with _lock:
        _kept.clear()
