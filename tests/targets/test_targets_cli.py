"""Targets and warm paths through the CLI: a small world whose best paths are obvious."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def world() -> None:
    """Sam is my friend and knows Dana at Verdant Grid; Lee (alumni) knows Kai, who knows
    Ola at Verdant Grid; Pia, whom I met, knows Rui at Harbor Labs but declined."""
    run("me", "--name", "Alex Kim", "--email", "alex@example.org")
    run("goal", "I am exploring analytics roles in clean energy.")
    run("add", "Sam Ortiz", "--source", "friend")
    run("add", "Dana Whitfield", "--org", "Verdant Grid", "--knows", "Sam Ortiz")
    run("add", "Lee Park", "--source", "alumni")
    run("add", "Kai Moss", "--knows", "Lee Park")
    run("add", "Ola Berg", "--org", "Verdant Grid", "--knows", "Kai Moss")
    run("add", "Pia Lund", "--source", "colleague")
    run("add", "Rui Sol", "--org", "Harbor Labs", "--knows", "Pia Lund")
    run("log", "Pia Lund", "declined", "--on", "2026-11-20 10:00")


def test_the_shortest_path_comes_first_with_its_reasons() -> None:
    world()
    found = run_json("path", "--org", "Verdant Grid")
    assert set(found) == {"target", "paths", "ask"} and found["target"] == "Verdant Grid"
    assert [p["chain"] for p in found["paths"]] == [
        ["Sam Ortiz", "Dana Whitfield"],
        ["Lee Park", "Kai Moss", "Ola Berg"],
    ]
    first = found["paths"][0]
    assert first["why"] == ["You know Sam Ortiz", "Dana Whitfield and Sam Ortiz know each other"]
    assert first["strength"] == 3.0 and found["ask"] == []
    assert run_json("path", "--org", "Verdant Grid", "--limit", "1")["paths"] == [first]


def test_a_path_to_a_person_and_its_draft_names_who_to_ask_for() -> None:
    world()
    out = run("path", "Ola Berg")
    assert "you → Lee Park → Kai Moss → Ola Berg" in out
    assert "Would you introduce me to Kai Moss?" in out
    assert "The mistake checker finds nothing to fix." in out


def test_nobody_declined_is_a_way_and_with_no_path_it_says_whom_to_ask() -> None:
    world()
    found = run_json("path", "--org", "Harbor Labs")
    assert found["paths"] == [] and found["ask"][0] in {"Sam Ortiz", "Lee Park"}
    assert "Pia Lund" not in found["ask"]
    out = run("path", "--org", "Harbor Labs", "--limit", "1")
    assert "Do you know anyone at Harbor Labs?" in out
    assert "The mistake checker finds nothing to fix." in out


def test_targets_are_sorted_and_their_advocacy_is_computed() -> None:
    world()
    run("target", "add", "Harbor Labs", "--motivation", "3", "--postings", "1")
    run("target", "add", "Verdant Grid", "--motivation", "3", "--postings", "1",
        "--role", "Analyst")
    run("target", "add", "Nowhere Inc", "--motivation", "1", "--postings", "3")
    rows = run_json("target", "list")
    assert [(r["organisation"], r["advocacy"], r["next"]) for r in rows] == [
        ("Verdant Grid", 2, "Sam Ortiz"),
        ("Harbor Labs", 1, "ask your network"),
        ("Nowhere Inc", 1, "ask your network"),
    ]
    assert set(rows[0]) == {"organisation", "role", "motivation", "postings", "advocacy",
                            "next"}
    run("log", "Dana Whitfield", "replied", "--on", "2026-11-21 10:00")
    assert run_json("target", "list")[0]["advocacy"] == 3
    run("target", "remove", "verdant grid")
    assert [r["organisation"] for r in run_json("target", "list")] == [
        "Harbor Labs", "Nowhere Inc"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("target", "add", "X", "--motivation", "4"), "--motivation: a whole number from 0 to 3"),
        (("target", "add", "X", "--postings", "0"), "--postings: a whole number from 1 to 3"),
        (("target", "add", "  "), "ORGANISATION: write the organisation's name"),
        (("target", "remove", "Nope"), "'Nope' is not a target"),
        (("target", "drop", "X"), "ACTION: write add, list or remove"),
        (("path",), "name a TARGET person or --org NAME"),
        (("path", "--org", "X", "--limit", "0"), "--limit: at least 1"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], said: str) -> None:
    out = run(*args, code=2)
    assert said in out and "Traceback" not in out


def test_a_target_twice_is_refused() -> None:
    run("target", "add", "Verdant Grid")
    assert "is a target already" in run("target", "add", "verdant grid", code=2)
