"""Regular expressions compiled once, not in every process.

`compile` is `re.compile`, except that once the app has named a file (`keep_in`, done
by bootstrap for the command line and `serve`), each pattern's compiled form (the code
Python's regex engine runs) is read back from that file instead of being worked out
again. The mistake checker's hundred-odd patterns take a tenth of a second to compile,
longer than `coffeechat path` takes for everything else it adds to Django's start; read
back they take about 7 ms.

The same patterns either way: an entry is used only for the same pattern text and
flags, under the same Python version and regex engine (`_sre.MAGIC`); the engine checks
every code it is given and refuses a malformed one, and then, or on any other surprise
(a newer Python whose internals moved), the pattern is compiled as `re.compile` does.
The file holds plain data (`marshal`: lists, numbers, strings), never code to run, and
is written once, when the process ends, if it learned a pattern it did not have.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_STATE: dict[str, Any] = {"file": None, "store": None, "learned": False}


def keep_in(file: Callable[[], Path] | None) -> None:
    """Where the compiled patterns are kept, asked when a pattern is first compiled
    (None: compile every time)."""
    _STATE.update(file=file, store=None, learned=False)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - as re's
    flags = int(flags)
    if _STATE["file"] is None:
        return re.compile(pattern, flags)
    store = _store()
    parts = store.get((pattern, flags))
    if parts is not None:
        made = _made(pattern, parts)
        if made is not None:
            return made
    try:
        fresh = _parts(pattern, flags)
        made = _made(pattern, fresh)
    except Exception:  # noqa: BLE001 - re's internals moved: compile as re does
        made = None
    if made is None:
        return re.compile(pattern, flags)
    store[(pattern, flags)] = fresh
    if not _STATE["learned"]:
        _STATE["learned"] = True
        atexit.register(save)
    return made


def _version() -> str:
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"


def _store() -> dict[tuple[str, int], Parts]:
    store: dict[tuple[str, int], Parts] | None = _STATE["store"]
    if store is None:
        store = {}
        with contextlib.suppress(OSError, EOFError, ValueError, TypeError):
            _STATE["file"] = _STATE["file"]() if callable(_STATE["file"]) else _STATE["file"]
            data = marshal.loads(Path(_STATE["file"]).read_bytes())
            if isinstance(data, dict) and data.get("version") == _version():
                store = {(p, f): tuple(v) for (p, f), v in data["patterns"].items()}
        _STATE["store"] = store
    return store


def _parts(pattern: str, flags: int) -> Parts:
    """What `re._compiler.compile` hands the engine, as plain data."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    index = dict(parsed.state.groupdict)
    names: list[str | None] = [None] * parsed.state.groups
    for name, number in index.items():
        names[number] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, index,
            tuple(names))


def _made(pattern: str, parts: Parts) -> re.Pattern[str] | None:
    import _sre

    try:
        made: re.Pattern[str] = _sre.compile(pattern, *parts)
    except (RuntimeError, TypeError, ValueError, OverflowError):  # refused: not its code
        return None
    return made if made.pattern == pattern else None


def save() -> None:
    """Write what this process compiled (merged with what the file had), whole or not
    at all; a folder that cannot be written is skipped."""
    file, store = _STATE["file"], _STATE["store"]
    if file is None or store is None:
        return
    path = Path(file)
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps({"version": _version(),
                              "patterns": {k: list(v) for k, v in store.items()}})
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
