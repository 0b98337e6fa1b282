"""lemminflect's dictionary read word by word from the file made from it once
(rules/lexicon.py) answers as lemminflect does, for every word the corpus holds."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from lemminflect import getAllInflections, getAllLemmas

from coffeechat.rules import lexicon

CORPUS = Path(__file__).parent.parent / "corpus"


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    file = tmp_path_factory.mktemp("lexicon dir #1?") / "lexicon.sqlite3"
    assert lexicon.build(file, lexicon.source())
    yield file
    lexicon.keep_in(None)


def corpus_words() -> list[str]:
    text = "\n".join(json.loads(line).get("text", "") for name in ("messages.jsonl",)
                     for line in (CORPUS / name).read_text().splitlines() if line.strip())
    words = set(re.findall(r"[A-Za-z][a-z'-]*", text))
    return sorted(words | {"taught", "led", "running", "Teaching", "TEACH", "zzqx", "was",
                           "has", "done", "leaves", "analytics", "I"})


def test_it_answers_as_lemminflect_for_every_word(made: Path) -> None:
    lexicon.keep_in(lambda: made)
    kept = lexicon.lookups()
    assert kept is not None
    lemmas, inflections = kept
    words = corpus_words()
    assert len(words) > 500
    for word in words:
        assert lemmas(word) == getAllLemmas(word), word
        assert inflections(word) == getAllInflections(word), word
        for found in getAllLemmas(word).values():
            for lemma in found:
                assert inflections(lemma) == getAllInflections(lemma), lemma


def test_it_is_made_once_and_again_for_other_data(made: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "lexicon.sqlite3"
    copy.write_bytes(made.read_bytes())
    monkeypatch.setattr(lexicon, "build", lambda *a: pytest.fail("made again"))
    lexicon.keep_in(lambda: copy)
    assert lexicon.lookups() is not None
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE meta SET value = 'another lemminflect'")
    monkeypatch.undo()
    built: list[Path] = []
    build = lexicon.build
    monkeypatch.setattr(lexicon, "build", lambda p, w: built.append(p) or build(p, w))
    lexicon.keep_in(lambda: copy)
    kept = lexicon.lookups()
    assert built == [copy] and kept is not None and kept[0]("taught") == getAllLemmas("taught")


def test_a_folder_it_cannot_write_leaves_lemminflect_to_answer(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    lexicon.keep_in(lambda: tmp_path / "file" / "lexicon.sqlite3")
    assert lexicon.lookups() is None
    lexicon.keep_in(None)
    assert lexicon.lookups() is None
