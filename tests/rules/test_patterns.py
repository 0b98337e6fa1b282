"""Patterns read back compiled (rules/patterns.py) are the patterns `re.compile` makes:
the same text, flags and groups, the same matches on the checker's corpus; a damaged,
foreign or refused entry costs only the compile."""

from __future__ import annotations

import json
import marshal
import re
from pathlib import Path
from types import ModuleType

import pytest

from coffeechat.rules import (
    checker_focus,
    checker_job,
    checker_message,
    checker_personal,
    checker_questions,
    checker_text,
    checker_time,
    patterns,
)

CORPUS = Path(__file__).parent.parent / "corpus"
MODULES: list[ModuleType] = [checker_focus, checker_job, checker_message, checker_personal,
                             checker_questions, checker_text, checker_time]


def texts() -> list[str]:
    out = []
    for name in ("messages.jsonl", "questions.jsonl"):
        for line in (CORPUS / name).read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                out.append(row.get("text") or row.get("question") or "")
    return [t for t in out if t][:400]


def checker_patterns() -> list[re.Pattern[str]]:
    found = {id(v): v for m in MODULES for v in vars(m).values() if isinstance(v, re.Pattern)}
    return list(found.values())


@pytest.fixture
def kept(tmp_path: Path):  # type: ignore[no-untyped-def]
    file = tmp_path / "patterns.marshal"
    patterns.keep_in(lambda: file)
    yield file
    patterns.keep_in(None)


def same(a: re.Pattern[str], b: re.Pattern[str], samples: list[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups,
                                                              b.groupindex)
    for text in samples:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]
        found, wanted = a.search(text), b.search(text)
        assert (found and found.groupdict()) == (wanted and wanted.groupdict())


def test_every_checker_pattern_reads_back_the_same(kept: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    originals = checker_patterns()
    assert len(originals) > 60
    samples = texts()
    assert len(samples) > 100
    for original in originals:
        patterns.compile(original.pattern, original.flags)
    patterns.save()
    assert kept.exists()
    patterns.keep_in(lambda: kept)  # as the next process
    monkeypatch.setattr(patterns, "_parts", lambda *a: pytest.fail("compiled again"))
    for original in originals:
        same(patterns.compile(original.pattern, original.flags), original, samples)


def test_a_damaged_foreign_or_refused_file_only_costs_the_compile(kept: Path) -> None:
    text = r"(?P<first>\b\w+) (?<!x)said\b"
    wanted = re.compile(text, re.I)
    kept.write_bytes(b"\x00not marshal")
    same(patterns.compile(text, re.I), wanted, ["Dana said hi", "x said"])
    patterns.save()
    assert marshal.loads(kept.read_bytes())["patterns"]  # written whole, anew
    data = marshal.loads(kept.read_bytes())
    data["version"] = "another Python"
    kept.write_bytes(marshal.dumps(data))
    patterns.keep_in(lambda: kept)
    same(patterns.compile(text, re.I), wanted, ["Dana said hi"])
    data = marshal.loads(kept.read_bytes())
    data["version"] = patterns._version()
    for key in data["patterns"]:
        data["patterns"][key][1] = [999, 1, 2]  # not the engine's code: it refuses it
    kept.write_bytes(marshal.dumps(data))
    patterns.keep_in(lambda: kept)
    same(patterns.compile(text, re.I), wanted, ["Dana said hi", "x said"])


def test_without_a_file_it_is_re_compile() -> None:
    patterns.keep_in(None)
    assert patterns.compile(r"\bhi\b", re.I) is re.compile(r"\bhi\b", re.I)
