"""`coffeechat export`: one row per person in CSV, vCards this importer (and Google) reads."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"
KEPT = ("name", "title", "organisation", "email", "other_emails", "phone", "linkedin_url",
        "location", "notes", "tags", "source", "connected_on", "uid")


def some_people() -> None:
    run("import", str(FILES / "Connections.csv"))
    run("import", str(FILES / "google-contacts.csv"))
    run("import", str(FILES / "contacts.vcf"))


def test_csv_has_one_row_per_person_with_every_field() -> None:
    some_people()
    rows = list(csv.DictReader(io.StringIO(run("export", "--format", "csv"))))
    people = run_json("people")
    assert [r["name"] for r in rows] == [p["name"] for p in people]
    dana = next(r for r in rows if r["name"] == "Dana Whitfield")
    assert dana["other_emails"] == "dana@whitfield.example; dana.w@gmail.example"
    assert (dana["connected_on"], dana["stage"]) == ("2024-03-12", "identified")
    assert dana["notes"] == "Spoke at Cleantech Summit.\nPrefers mornings."


def test_vcards_come_back_in_as_the_same_people(tmp_path: Path) -> None:
    some_people()
    before = [{k: p[k] for k in KEPT} for p in run_json("people")]
    cards = tmp_path / "everyone.vcf"
    run("export", "--format", "vcard", "--out", str(cards))
    assert cards.read_text().count("BEGIN:VCARD") == len(before)
    run("restore", str(_empty_backup(tmp_path)), "--replace", "--yes")
    assert run_json("people") == []
    report = run_json("import", str(cards))
    assert report["added"] == len(before) and report["skipped"] == 0
    assert [{k: p[k] for k in KEPT} for p in run_json("people")] == before


def test_json_is_the_people_list() -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    assert json.loads(run("export", "--format", "json")) == run_json("people")


def test_an_unknown_format_or_folder_is_one_line(tmp_path: Path) -> None:
    assert "unknown format 'xlsx'" in run("export", "--format", "xlsx", code=2)
    missing = tmp_path / "nowhere" / "out.csv"
    assert "no folder" in run("export", "--out", str(missing), code=2)


def _empty_backup(folder: Path) -> Path:
    file = folder / "empty.json"
    file.write_text(json.dumps({"format": "coffeechat backup", "version": 1, "tables": {}}))
    return file
