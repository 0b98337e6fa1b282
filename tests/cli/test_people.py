"""Adding, listing and showing people, and the errors a user can make."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db


def test_it_adds_a_person_with_everything_we_know() -> None:
    run("add", "Sam Ortiz", "--source", "friend")
    page = run_json(
        "add",
        "Dana Whitfield",
        "--title",
        "PMM",
        "--org",
        "Verdant Grid",
        "--email",
        "dana@example.org",
        "--source",
        "alumni",
        "--knows",
        "Sam Ortiz",
        "--tag",
        "mentor",
        "--linkedin",
        "https://linkedin.com/in/dana",
    )
    assert (page["organisation"], page["source"], page["knows"]) == (
        "Verdant Grid",
        "alumni",
        ["Sam Ortiz"],
    )
    assert page["stage"] == "identified" and page["tags"] == ["mentor"]


def test_it_adds_a_person_from_one_line_as_the_web_does() -> None:
    said = " ".join(run("add", "Priya Raman, Senior Learning Designer at Duolingo").split())
    page = run_json("show", "Priya Raman")
    assert f"Added Priya Raman (id {page['id']}): Senior Learning Designer at Duolingo." in said
    assert (page["name"], page["title"], page["organisation"]) == (
        "Priya Raman", "Senior Learning Designer", "Duolingo")
    # Given apart, the options win and the name is kept as typed.
    run("add", "Ray Lee, Jr.", "--org", "Acme")
    assert run_json("show", "Ray Lee, Jr.")["organisation"] == "Acme"


def test_it_lists_people_with_their_stage() -> None:
    run("add", "Dana Whitfield")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-01")
    assert [(p["name"], p["stage"]) for p in run_json("people")] == [
        ("Dana Whitfield", "contacted")
    ]
    assert "Dana Whitfield" in run("people")


def test_it_shows_the_timeline_in_order() -> None:
    run("add", "Dana Whitfield")
    run("log", "Dana Whitfield", "replied", "--on", "2026-11-03")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-01")
    timeline = run_json("show", "Dana Whitfield")["timeline"]
    assert [t["kind"] for t in timeline] == ["contacted", "replied"]
    ident = run_json("people")[0]["id"]
    assert "contacted" in run("show", str(ident))


def test_it_records_research_on_the_person_and_the_organisation() -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    run(
        "edit",
        "Dana Whitfield",
        "--notes",
        "Spoke at Cleantech Summit",
        "--org-notes",
        "Grid software, 80 people",
    )
    page = run_json("show", "Dana Whitfield")
    assert (page["notes"], page["organisation_notes"]) == (
        "Spoke at Cleantech Summit",
        "Grid software, 80 people",
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("show", "Nobody"), "nobody called 'Nobody'"),
        (("log", "Dana Whitfield", "waved"), "unknown event 'waved'"),
        (("log", "Dana Whitfield", "contacted", "--on", "02/11/2026"), "YYYY-MM-DD"),
        (("log", "Dana Whitfield", "scheduled"), "--at"),
        (("log", "Dana Whitfield", "intro-requested"), "--via"),
        (("log", "Dana Whitfield", "met", "--insight", "vibes"), "KIND:TEXT"),
        (("add", "Sam", "--source", "gym"), "unknown source 'gym'"),
        (("add", "Sam", "--knows", "Nobody"), "nobody called 'Nobody'"),
        (("today", "--on", "tomorrow"), "YYYY-MM-DD"),
    ],
)
def test_it_refuses_bad_input_in_one_line_and_changes_nothing(
    args: tuple[str, ...], says: str
) -> None:
    run("add", "Dana Whitfield")
    before = run("show", "Dana Whitfield", "--json")
    output = run(*args, code=2)
    assert says in output and output.count("\n") == 1
    assert run("show", "Dana Whitfield", "--json") == before
    assert len(run_json("people")) == 1


def test_it_refuses_an_ambiguous_name_and_names_the_ids() -> None:
    run("add", "Sam Lee", "--org", "A")
    second = run_json("add", "Sam Lee", "--org", "B", "--duplicate")["id"]
    assert "name one by id" in run("show", "Sam Lee", code=2)
    assert run_json("show", str(second))["organisation"] == "B"


def test_it_suggests_a_close_name() -> None:
    run("add", "Dana Whitfield")
    assert "did you mean 'Dana Whitfield'" in run("show", "Dana Whitfeld", code=2)


def test_it_keeps_the_referral_list_whole_when_one_name_is_ambiguous() -> None:
    run("add", "Dana Whitfield")
    run("add", "Sam Lee")
    run("add", "Sam Lee", "--duplicate")
    run("log", "Dana Whitfield", "met", "--referral", "Kim Park", "--referral", "Sam Lee", code=2)
    assert len(run_json("people")) == 3
    assert run_json("show", "Dana Whitfield")["timeline"] == []


def test_names_with_brackets_print_as_written() -> None:
    assert "Ana [b]Lee" in run("add", "Ana [b]Lee", "--notes", "wrote [red]x")
    run("log", "Ana [b]Lee", "met", "--on", "2026-11-20 10:00", "--referral", "Bo [x] Yu")
    shown = run("show", "Ana [b]Lee")
    assert "Ana [b]Lee" in shown and "wrote [red]x" in shown and "Bo [x] Yu" in shown
    assert "Bo [x] Yu" in run("today", "--on", "2026-11-20")


def test_a_bad_email_or_linkedin_address_is_refused_and_nothing_is_added() -> None:
    out = run("add", "Dana Whitfield", "--email", "dana-at-example", code=2)
    assert "--email 'dana-at-example' is not an e-mail address" in out
    assert run_json("people") == []
    run("add", "Dana Whitfield", "--linkedin", "linkedin.com/in/dana")
    assert run_json("show", "Dana Whitfield")["linkedin_url"] == "https://linkedin.com/in/dana"
    assert "not a web address" in run("edit", "Dana Whitfield", "--linkedin", "no such", code=2)
    assert "not an e-mail" in run("landed", "--role", "PMM", "--org", "X", "--email", "x", code=2)


def test_the_timeline_reads_in_the_users_words_on_both_sides_of_a_referral() -> None:
    run("add", "Dana Whitfield")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-01")
    run("log", "Dana Whitfield", "scheduled", "--at", "2026-11-05 10:00", "--minutes", "15",
        "--where", "video call", "--on", "2026-11-02")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-05 10:00", "--referral", "Lee Chen")
    texts = [e["text"] for e in run_json("show", "Dana Whitfield")["timeline"]]
    assert texts == [
        "you reached out",
        "you agreed to meet on Thu 05 Nov 2026 10:00, 15 minutes, video call",
        "you met",
        "they suggested you talk with Lee Chen",
    ]
    lee = run_json("show", "Lee Chen")["timeline"]
    assert [e["text"] for e in lee] == ["Dana Whitfield suggested you talk with them"]


def test_the_goal_is_kept_as_one_sentence_and_shown_as_json() -> None:
    assert run_json("goal") == {"goal": ""}
    run("goal", "  I'm exploring   product design roles in Boston  ")
    assert run_json("goal") == {"goal": "I'm exploring product design roles in Boston"}


def test_a_goal_that_asks_for_a_job_is_kept_with_a_warning() -> None:
    out = run("goal", "I'm looking for a role in UX research at a hospital")
    assert "reads as asks_for_job" in out
    assert run_json("goal")["goal"].startswith("I'm looking for a role")
    assert "Note:" not in run("goal", "I'm exploring UX research roles at hospitals in Ohio")
