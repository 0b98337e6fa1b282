"""lemminflect's dictionary looked up word by word in a SQLite file made from it once.

`grammar.py` asks lemminflect for a word's dictionary forms and a verb's inflections.
lemminflect itself takes close to a second to start in every process (it imports numpy
and reads its whole dictionary), which a draft pays as soon as a note needs a verb
recognised. Once the app names a file (`keep_in`, done by bootstrap), the first lookup
writes every entry of lemminflect's dictionary into it (a few seconds, once for each
version of lemminflect), and every later process reads only the words it asks for.

The same answers: every key of lemminflect's lemma and inflection tables (overrides
included) is stored with exactly what `getAllLemmas` and `getAllInflections` return for
it, a word not there has none, and a word that is not lower case (lemminflect changes its
capitals) is asked of lemminflect itself. A file that cannot be made or read, or that
was made from another version of lemminflect's data, leaves lemminflect to answer.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

Forms = dict[str, tuple[str, ...]]
_STATE: dict[str, Any] = {"file": None, "db": None}
SCHEMA = 1


def keep_in(file: Callable[[], Path] | None) -> None:
    """Where the lexicon is kept, asked at the first lookup (None: lemminflect always)."""
    with contextlib.suppress(Exception):
        if _STATE["db"] is not None:
            _STATE["db"].close()
    _STATE.update(file=file, db=None)


def lookups() -> tuple[Callable[[str], Forms], Callable[[str], Forms]] | None:
    """(lemmas of a word, inflections of a lemma) from the file, or None: use
    lemminflect."""
    if _STATE["file"] is None:
        return None
    db = _STATE["db"]
    if db is None:
        db = _open(_STATE["file"]())
        if db is None:
            _STATE["file"] = None  # not for this process: lemminflect answers
            return None
        _STATE["db"] = db

    def lemmas(word: str) -> Forms:
        return _row(db, "lemmas", word) if word == word.lower() else _lemminflect()[0](word)

    def inflections(lemma: str) -> Forms:
        return (_row(db, "inflections", lemma) if lemma == lemma.lower()
                else _lemminflect()[1](lemma))

    return lemmas, inflections


def _row(db: Any, table: str, key: str) -> Forms:
    found = db.execute(f"SELECT forms FROM {table} WHERE word = ?", (key,)).fetchone()
    return {k: tuple(v) for k, v in json.loads(found[0]).items()} if found else {}


def _lemminflect() -> tuple[Callable[..., Forms], Callable[..., Forms]]:
    from lemminflect import getAllInflections, getAllLemmas

    return getAllLemmas, getAllInflections


def source() -> str:
    """lemminflect's data files, by name, size and time (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("lemminflect")
    if spec is None or spec.origin is None:
        return ""
    folder = Path(spec.origin).parent / "resources"
    files = sorted((e.name, e.stat().st_size, int(e.stat().st_mtime))
                   for e in os.scandir(folder) if e.is_file())
    return json.dumps([SCHEMA, str(folder), files])


def _open(path: Path) -> Any:
    import sqlite3

    wanted = source()
    if not wanted:
        return None
    for attempt in range(2):
        with contextlib.suppress(sqlite3.Error, OSError):
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                 check_same_thread=False)
            made = db.execute("SELECT value FROM meta WHERE key = 'source'").fetchone()
            if made and made[0] == wanted:
                return db
            db.close()
        if attempt == 0 and not build(path, wanted):
            return None
    return None


def build(path: Path, wanted: str) -> bool:
    """Every entry of lemminflect's tables, as it answers for each, into `path`."""
    import sqlite3
    import tempfile

    from lemminflect import Inflections, Lemmatizer

    lemmatizer, inflector = Lemmatizer(), Inflections()
    words = set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict())
    lemmas = set(inflector._getInflDict()) | set(inflector._getOverridesDict())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".part")
        os.close(handle)
        try:
            with contextlib.closing(sqlite3.connect(temporary)) as db, db:
                db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
                for table in ("lemmas", "inflections"):
                    db.execute(f"CREATE TABLE {table} (word TEXT PRIMARY KEY, forms TEXT)")
                db.executemany("INSERT INTO lemmas VALUES (?, ?)", (
                    (w, json.dumps(lemmatizer.getAllLemmas(w))) for w in words
                    if w == w.lower()))
                db.executemany("INSERT INTO inflections VALUES (?, ?)", (
                    (w, json.dumps(inflector.getAllInflections(w))) for w in lemmas
                    if w == w.lower()))
                db.execute("INSERT INTO meta VALUES ('source', ?)", (wanted,))
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
    except (OSError, sqlite3.Error):
        return False
    return True
