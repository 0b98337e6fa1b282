"""Default draft templates are compiled once and read back in later processes
(`writing/compiled.py`): the same text, a user's own template never kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from coffeechat.rules import drafts
from coffeechat.rules.drafts import DraftKind, render_draft
from coffeechat.writing import compiled
from coffeechat.writing.templates import SAMPLE  # sets the cache on the environment


def fresh(kind: DraftKind, templates: dict[str, str] | None = None) -> tuple[str, str]:
    drafts._compile.cache_clear()  # as a new process would
    made = render_draft(kind, SAMPLE, templates)
    return made.subject, made.body


def kept() -> list[Path]:
    return sorted(compiled.folder().glob("*.cache"))


def test_a_default_template_is_compiled_once_and_read_back(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert kept() == []
    first = fresh(DraftKind.INTRO_REQUEST)
    assert len(kept()) == 1
    with monkeypatch.context() as patch:
        patch.setattr(drafts._ENV, "compile", lambda *a, **k: pytest.fail("compiled again"))
        assert fresh(DraftKind.INTRO_REQUEST) == first
    fresh(DraftKind.OUTREACH)
    assert len(kept()) == 2


def test_a_damaged_or_unwritable_cache_only_costs_the_compile(tmp_path: Path) -> None:
    first = fresh(DraftKind.THANK_YOU)
    (file,) = kept()
    file.write_bytes(b"not a template")
    assert fresh(DraftKind.THANK_YOU) == first
    assert file.read_bytes() != b"not a template"  # written again, whole
    blocked = tmp_path / "cache-folder"
    for path in blocked.rglob("*.cache"):
        path.unlink()
    (blocked / "coffeechat" / "templates").rmdir()
    (blocked / "coffeechat" / "templates").write_text("a file where the folder would be")
    assert fresh(DraftKind.THANK_YOU) == first


def test_a_users_own_template_is_never_kept() -> None:
    own = "Subject: Hello {{ person.first_name }}\n\nHi {{ person.first_name }}, thank you."
    subject, body = fresh(DraftKind.THANK_YOU, {"thank_you": own})
    assert subject.startswith("Hello ")
    assert kept() == []
