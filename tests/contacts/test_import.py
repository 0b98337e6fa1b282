"""`coffeechat import`: people come in once, merges lose nothing, bad files change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"


def imported(name: str, *options: str) -> dict[str, object]:
    report: dict[str, object] = run_json("import", str(FILES / name), *options)
    return report


def person(name: str) -> dict[str, object]:
    (found,) = [p for p in run_json("people") if p["name"] == name]
    return found  # type: ignore[no-any-return]


def test_it_imports_linkedin_connections_with_what_they_say() -> None:
    report = imported("Connections.csv")
    assert (report["format"], report["added"], report["skipped"]) == ("linkedin", 6, 1)
    dana = person("Dana Whitfield")
    assert dana["source"] == "linkedin" and dana["connected_on"] == "2024-03-12"
    assert dana["linkedin_url"] == "https://www.linkedin.com/in/dana-whitfield-4b2a1"
    assert (dana["organisation"], dana["title"]) == ("Verdant Grid", "Product Marketing Manager")
    assert person("Lee Chen, CPA")["organisation"] == "SolarLoop, Inc."


def test_importing_the_same_file_twice_changes_nothing() -> None:
    imported("Connections.csv")
    before = run("people", "--json")
    again = imported("Connections.csv")
    assert (again["added"], again["merged"], again["unchanged"]) == (0, 0, 6)
    assert run("people", "--json") == before


def test_linkedin_then_google_end_as_one_person_with_both() -> None:
    imported("Connections-plain.csv")  # Dana without an e-mail
    report = imported("google-contacts.csv")
    assert report["merged"] == 1
    (merge,) = report["merges"]  # type: ignore[misc]
    assert merge["person"] == "Dana Whitfield" and merge["matched_by"] == "same LinkedIn profile"
    dana = person("Dana Whitfield")
    assert dana["email"] == "dana.whitfield@verdantgrid.example"
    assert dana["other_emails"] == ["dana@whitfield.example", "dana.w@gmail.example"]
    assert dana["linkedin_url"] == "https://www.linkedin.com/in/dana-whitfield-4b2a1"
    assert dana["source"] == "linkedin" and dana["tags"] == ["mentors"]
    assert [p["name"] for p in run_json("people")].count("Dana Whitfield") == 1


def test_a_merge_never_overwrites_what_the_user_typed() -> None:
    run("add", "Dana Whitfield", "--title", "PMM", "--org", "Verdant Grid", "--source", "alumni",
        "--notes", "Met at the summit")
    report = imported("google-contacts.csv")
    assert report["merged"] == 1 and report["added"] == 3
    dana = person("Dana Whitfield")
    assert (dana["title"], dana["source"], dana["notes"]) == ("PMM", "alumni", "Met at the summit")
    assert dana["phone"] == "+1 503-555-0142"  # empty before: filled in


def test_the_same_name_at_another_organisation_is_someone_else() -> None:
    run("add", "Dana Whitfield", "--org", "SolarLoop")
    imported("Connections-plain.csv")
    assert [p["organisation"] for p in run_json("people") if p["name"] == "Dana Whitfield"] == [
        "SolarLoop",
        "Verdant Grid",
    ]


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("Connections-bad-date.csv", "Connections-bad-date.csv, line 6, Connected On: '31 Feb"),
        ("Connections-too-many-fields.csv", "Connections-too-many-fields.csv, line 3: 8 fields"),
        ("Connections-bad-email.csv", "Connections-bad-email.csv, line 3, Email Address:"),
        ("contacts-bad-email.vcf", "contacts-bad-email.vcf, line 7, EMAIL:"),
    ],
)
def test_a_broken_row_refuses_the_whole_file(name: str, says: str) -> None:
    output = run("import", str(FILES / name), code=2)
    assert output.startswith("Error: " + says) and "--skip-bad" in output
    assert len(output.strip().splitlines()) == 1
    assert run_json("people") == []


def test_skip_bad_imports_the_rest_and_lists_each_skipped_row() -> None:
    output = run("import", str(FILES / "Connections-bad-date.csv"), "--skip-bad")
    assert "Added 2" in output
    assert "skipped Connections-bad-date.csv, line 6, Connected On" in output
    report = imported("Connections-bad-date.csv", "--skip-bad")
    assert report["skipped_rows"] == [
        {"line": 6, "field": "Connected On",
         "reason": "'31 Feb 2023' is not a date: write it as LinkedIn does, e.g. 12 Mar 2024"}
    ]


def test_a_dry_run_reports_and_changes_nothing() -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    report = imported("Connections.csv", "--dry-run")
    assert (report["dry_run"], report["added"], report["merged"]) == (True, 5, 1)
    assert [p["name"] for p in run_json("people")] == ["Dana Whitfield"]
    assert "nothing was changed" in run("import", str(FILES / "Connections.csv"), "--dry-run")


@pytest.mark.parametrize(
    ("name", "added"),
    [
        ("google-contacts-legacy.csv", 2),
        ("outlook-desktop.csv", 3),
        ("outlook-com.csv", 2),
        ("contacts.vcf", 3),
    ],
)
def test_every_format_imports(name: str, added: int) -> None:
    assert imported(name)["added"] == added


def test_a_vcard_keeps_its_uid_and_a_second_import_matches_it() -> None:
    imported("contacts.vcf")
    assert person("Aïsha Bello")["uid"] == "4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert imported("contacts.vcf")["unchanged"] == 3


def test_an_unknown_file_or_format_is_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("shopping,list\nmilk,eggs\n")
    assert "not a contacts export coffeechat knows" in run("import", str(notes), code=2)
    assert "unknown format 'excel'" in run(
        "import", str(FILES / "Connections.csv"), "--format", "excel", code=2
    )
    assert "no such file" in run("import", str(tmp_path / "missing.csv"), code=2)


@pytest.mark.clock("2026-12-03 09:00")
def test_an_invitation_logs_scheduled_for_the_person_who_sent_it() -> None:
    run("add", "Dana Whitfield", "--email", "dana.whitfield@verdantgrid.example")
    run("me", "--email", "alex.morgan@example.org")
    report = imported("invite.ics")
    (meeting,) = report["scheduled"]  # type: ignore[misc]
    assert (meeting["person"], meeting["minutes"]) == ("Dana Whitfield", 30)
    assert meeting["where"] == "https://meet.example.com/dana-alex"
    assert person("Dana Whitfield")["stage"] == "scheduled"
    assert imported("invite.ics")["unchanged"] == 1


def test_an_invitation_from_nobody_here_is_refused() -> None:
    output = run("import", str(FILES / "invite.ics"), code=2)
    assert "invite.ics, line 24: nobody here matches" in output
    assert json.loads(run("people", "--json")) == []
