"""`people` at scale: filters, search, a screenful by default, every field in JSON."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db

FILES = Path(__file__).parent / "files"


def names(*options: str) -> list[str]:
    return [p["name"] for p in run_json("people", *options)]


@pytest.fixture
def people() -> None:
    run("import", str(FILES / "Connections.csv"))
    run("add", "Sam Ortiz", "--source", "friend", "--tag", "mentor",
        "--notes", "Knows everyone at Helio")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-01")


@pytest.mark.usefixtures("people")
@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (("--stage", "contacted"), ["Dana Whitfield"]),
        (("--stage", "Identified", "--source", "friend"), ["Sam Ortiz"]),
        (("--source", "linkedin", "--org", "verdant"), ["Dana Whitfield"]),
        (("--tag", "MENTOR"), ["Sam Ortiz"]),
        (("--org", "SolarLoop"), ["Lee Chen, CPA"]),
        (("--search", "helio"), ["Sam Ortiz", "Zoë O'Brien"]),  # notes, organisation
        (("--search", "growth"), ["Priya Raman"]),  # title
        (("--limit", "2"), ["Dana Whitfield", "Lee Chen, CPA"]),
    ],
)
def test_it_filters_and_searches(options: tuple[str, ...], expected: list[str]) -> None:
    assert names(*options) == expected


@pytest.mark.usefixtures("people")
def test_json_holds_every_stored_field() -> None:
    dana = run_json("people", "--search", "Whitfield")[0]
    assert set(dana) >= {"email", "linkedin_url", "title", "organisation", "location", "source",
                         "tags", "connected_on", "stage", "last", "notes", "phone"}
    assert (dana["stage"], dana["last"]) == ("contacted", "2026-11-01T00:00")


@pytest.mark.usefixtures("people")
def test_the_table_shows_a_screenful_and_says_how_many_more() -> None:
    shown = run("people", "--limit", "3")
    assert "7 people, the first 3 by name" in shown
    assert "4 more: --limit N or --all" in shown
    assert "4 more" not in run("people", "--all")
    assert "Nobody matches" in run("people", "--tag", "nobody-has-this")


def test_an_unknown_stage_or_source_is_one_line() -> None:
    assert "unknown stage 'chatted': write one of identified" in run(
        "people", "--stage", "chatted", code=2)
    assert "unknown source 'myspace'" in run("people", "--source", "myspace", code=2)
