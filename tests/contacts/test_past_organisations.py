"""Past organisations in and out of files: coffeechat's own CSV columns bring them in
(`past_organisations`, separated by ";"), export writes them (a vCard in its own
X-COFFEECHAT-PAST-ORG lines: vCard has no property for them), a broken cell is named by
file, line and field; no exporter's file has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from coffeechat.rules.contacts.formats import COFFEECHAT, CSV_FORMATS
from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

FILES = Path(__file__).parent / "files"


def past(name: str) -> list[str]:
    (found,) = [p for p in run_json("people") if p["name"] == name]
    return list(found["past_organisations"])


def test_only_coffeechats_own_columns_hold_past_organisations() -> None:
    assert [f.label for f in CSV_FORMATS if f.past_organisations] == [COFFEECHAT.label]


def test_the_column_comes_in_split_on_semicolons_never_the_current_organisation() -> None:
    report = run_json("import", str(FILES / "people-past.csv"))
    assert (report["format"], report["added"], report["skipped"]) == ("csv", 3, 0)
    assert past("Dana Whitfield") == ["Helio Homes", "SolarLoop"]
    assert past("Sam Ortiz") == ["Helio Homes", "Verdant Grid"]
    assert past("Lee Chen") == []  # SolarLoop is where Lee is now
    (dana,) = [p for p in run_json("people") if p["name"] == "Dana Whitfield"]
    assert (dana["organisation"], dana["email"], dana["tags"]) == (
        "Verdant Grid", "dana@verdantgrid.example", ["mentors"])
    again = run_json("import", str(FILES / "people-past.csv"))
    assert (again["added"], again["merged"], again["unchanged"]) == (0, 0, 3)


def test_a_merge_adds_the_past_organisations_the_file_gives() -> None:
    run("add", "Sam Ortiz", "--org", "Harbor Labs", "--past-org", "Ampere", "--title", "Analyst")
    report = run_json("import", str(FILES / "people-past.csv"))
    assert report["merged"] == 1 and report["merges"][0]["fields"] == ["past_organisations"]
    assert past("Sam Ortiz") == ["Ampere", "Helio Homes", "Verdant Grid"]


def test_a_broken_cell_is_named_by_file_line_and_field() -> None:
    output = run("import", str(FILES / "people-past-bad.csv"), code=2)
    assert output.startswith("Error: people-past-bad.csv, line 3, past_organisations: ")
    assert "separate organisations with ';'" in output and "--skip-bad" in output
    assert run_json("people") == []
    report = run_json("import", str(FILES / "people-past-bad.csv"), "--skip-bad")
    assert report["added"] == 1 and [r["line"] for r in report["skipped_rows"]] == [3]
    assert past("Dana Whitfield") == ["Helio Homes"]


def test_export_writes_them_and_its_csv_comes_back_in_with_them(tmp_path: Path) -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid", "--past-org", "Helio Homes",
        "--past-org", "SolarLoop, Inc.")
    file = tmp_path / "people.csv"
    file.write_text(run("export", "--format", "csv"))
    header, row = file.read_text().splitlines()[:2]
    assert "past_organisations" in header.split(",")
    assert '"Helio Homes; SolarLoop, Inc."' in row
    run("remove", "Dana Whitfield", "--yes")
    assert run_json("import", str(file))["added"] == 1
    assert past("Dana Whitfield") == ["Helio Homes", "SolarLoop, Inc."]


def test_a_vcard_keeps_them_in_lines_of_its_own_and_reads_them_back(tmp_path: Path) -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid", "--past-org", "Helio Homes",
        "--past-org", "SolarLoop, Inc.")
    card = run("export", "--format", "vcard")
    assert "ORG:Verdant Grid" in card  # the current one only: ORG has no "before"
    assert "X-COFFEECHAT-PAST-ORG:Helio Homes" in card
    assert "X-COFFEECHAT-PAST-ORG:SolarLoop\\, Inc." in card
    file = tmp_path / "people.vcf"
    file.write_text(card)
    run("remove", "Dana Whitfield", "--yes")
    assert run_json("import", str(file))["added"] == 1
    assert past("Dana Whitfield") == ["Helio Homes", "SolarLoop, Inc."]
    broken = tmp_path / "broken.vcf"
    broken.write_text(card.replace("Helio Homes", "x" * 201))
    said = run("import", str(broken), code=2)
    assert said.startswith("Error: broken.vcf, line 1, X-COFFEECHAT-PAST-ORG: ")
