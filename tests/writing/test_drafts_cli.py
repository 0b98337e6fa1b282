"""Drafts filled from the database: Alex asks Sam to introduce them to Dana, meets Dana,
who refers Ravi; Alex thanks, updates Dana, checks in and finally lands."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import time_machine

from tests.cli.helpers import run, run_json

# Dates in these stories are past or ahead of this moment, whatever the real date.
pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

GOAL = "I'm exploring product marketing roles at climate-tech firms in Oregon"


@pytest.fixture
def cast() -> None:
    run("me", "--name", "Alex Kim", "--email", "alex@example.org")
    run("goal", GOAL)
    run("add", "Sam Ortiz", "--source", "friend", "--title", "Teacher")
    run(
        "add", "Dana Whitfield",
        "--title", "Product Marketing Manager",
        "--org", "Verdant Grid",
        "--source", "alumni",
        "--email", "dana@verdant.example",
        "--notes", "led the launch of the utility demand-response dashboard",
        "--knows", "Sam Ortiz",
    )
    run("edit", "Dana Whitfield", "--org-notes", "a Series B grid-software start-up in Portland")


def draft(*args: str) -> dict:
    data = run_json("draft", *args)
    assert data["findings"] == [], data
    return data


def test_the_next_step_decides_the_draft_through_the_whole_loop(cast: None) -> None:
    first = draft("Dana Whitfield")
    assert first["kind"] == "outreach" and "Sam Ortiz" in first["reason"]
    assert "demand-response dashboard" in first["body"] and first["missing"] == []
    dana_id = run_json("show", "Dana Whitfield")["id"]
    assert first["to"] == {"id": dana_id, "name": "Dana Whitfield", "email": "dana@verdant.example"}

    intro = draft("Dana Whitfield", "intro_request")
    assert intro["to"]["name"] == "Sam Ortiz" and intro["about"] == "Dana Whitfield"
    assert "> Hi Dana," in intro["body"], "a blurb Sam can forward"

    run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-02")
    for name in ("Dana Whitfield", "Sam Ortiz"):  # the agenda names Sam: both reach the nudge
        nudge = draft(name)
        assert (nudge["kind"], nudge["to"]["name"], nudge["about"]) == (
            "follow_up", "Sam Ortiz", "Dana Whitfield"
        )
        assert nudge["subject"] == "Re: " + intro["subject"]

    run("log", "Dana Whitfield", "introduced", "--on", "2026-11-04")
    reply = draft("Dana Whitfield")
    assert reply["kind"] == "reply_to_intro" and reply["to"]["name"] == "Dana Whitfield"
    assert "Thank you, Sam, for connecting us (moving you to bcc" in reply["body"]
    assert reply["missing"] == []
    sent = "Thanks Sam! Dana, would a 20-minute call next week work?"
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-04", "--note", sent)
    follow = draft("Dana Whitfield", "follow_up")
    assert follow["kind"] == "follow_up" and follow["to"]["name"] == "Dana Whitfield"
    assert follow["subject"] == reply["subject"]  # "Re: " once
    assert f'I wrote: "{sent}"' in follow["body"] and "last week" not in follow["body"]
    assert "after Sam's introduction" in follow["body"]

    run("log", "Dana Whitfield", "scheduled", "--at", "2026-11-12 10:00", "--minutes", "20",
        "--on", "2026-11-06")
    assert run_json("draft", "Dana Whitfield")["kind"] is None
    before_the_meeting = datetime(2026, 11, 10, 9, 0).astimezone()
    with time_machine.travel(before_the_meeting, tick=False):
        assert "coffeechat prep" in run("draft", "Dana Whitfield")
    assert "has passed: log how it went" in " ".join(run("draft", "Dana Whitfield").split())

    run(
        "log", "Dana Whitfield", "met", "--on", "2026-11-12 10:00",
        "--referral", "Ravi Patel",
        "--they-will", "introduce me to the brand team",
        "--i-will", "send the heat-pump rebate article",
        "--insight", "advice:write a public teardown of a launch",
        "--insight", "skill:SQL",
    )
    thanks = draft("Dana Whitfield")
    assert thanks["kind"] == "thank_you" and thanks["missing"] == []
    body = thanks["body"]
    assert "20 minutes" in body and "introduce me to the brand team" in body
    assert "write a public teardown of a launch" in body and "heat-pump rebate article" in body

    run("edit", "Ravi Patel", "--org", "SolarLoop", "--title", "Brand Lead")
    referral = draft("Ravi Patel")
    assert referral["kind"] == "referral_outreach"
    assert referral["body"].count("Dana Whitfield suggested") == 1

    run("log", "Dana Whitfield", "thanked", "--on", "2026-11-12 18:00")
    run("log", "Ravi Patel", "contacted", "--on", "2026-11-13")
    run("log", "Ravi Patel", "met", "--on", "2026-11-20",
        "--insight", "trend:utilities buying flexibility")
    update = draft("Dana Whitfield")
    assert (update["kind"], update["about"]) == ("update_referrer", "Ravi Patel")
    assert "What Ravi said about utilities buying flexibility was the most useful" in update["body"]

    run("log", "Dana Whitfield", "updated-referrer", "--about", "Ravi Patel", "--on", "2026-11-21")
    check_in = draft("Dana Whitfield")
    assert check_in["kind"] == "check_in" and "heat-pump rebate article" in check_in["body"]

    run("landed", "--role", "Product Marketing Associate", "--org", "SolarLoop",
        "--email", "alex@solarloop.example", "--on", "2026-12-15")
    news = draft("Dana Whitfield")
    assert news["kind"] == "landing" and "alex@solarloop.example" in news["body"]
    run("log", "Dana Whitfield", "announced", "--on", "2026-12-16")
    assert draft("Dana Whitfield")["kind"] == "check_in"


def test_every_kind_for_a_realistic_person_passes_the_checker_with_nothing_missing(
    cast: None,
) -> None:
    run("log", "Dana Whitfield", "scheduled", "--at", "2026-11-12 10:00", "--minutes", "20")
    run(
        "log", "Dana Whitfield", "met", "--on", "2026-11-12 10:00", "--referral", "Ravi Patel",
        "--they-will", "introduce me to the brand team", "--i-will", "send the rebate article",
        "--insight", "trend:heat pumps going mainstream",
    )
    run("edit", "Ravi Patel", "--org", "SolarLoop", "--notes", "wrote about community solar")
    run("log", "Ravi Patel", "met", "--on", "2026-11-20", "--insight", "advice:volunteer first")
    run("landed", "--role", "Analyst", "--org", "SolarLoop", "--email", "alex@solarloop.example")
    cases = {
        "intro_request": ("Dana Whitfield", "--via", "Sam Ortiz"),
        "outreach": ("Dana Whitfield",),
        "follow_up": ("Dana Whitfield",),
        "thank_you": ("Dana Whitfield",),
        "referral_outreach": ("Ravi Patel",),
        "update_referrer": ("Dana Whitfield",),
        "check_in": ("Dana Whitfield",),
        "landing": ("Dana Whitfield",),
    }
    for kind, (name, *options) in cases.items():
        data = draft(name, kind, *options)
        assert data["kind"] == kind
        assert data["missing"] == [], (kind, data["missing"])
        assert "{" not in data["body"] and "None" not in data["body"]


def test_a_missing_fact_is_named_instead_of_left_as_a_hole(cast: None) -> None:
    run("add", "Priya Raman", "--source", "linkedin")
    data = run_json("draft", "Priya Raman")
    assert "Priya's organisation" in data["missing"]
    assert any("research notes" in m for m in data["missing"])
    assert "()" not in data["body"] and " at ." not in data["body"]


def test_drafts_for_every_demo_person_pass_the_checker() -> None:
    run("demo")
    people = run_json("people")
    written = 0
    for row in people:
        data = run_json("draft", str(row["id"]))
        if data["kind"] is None:
            assert data["reason"]
            continue
        written += 1
        assert data["findings"] == [], (row["name"], data)
        assert not [m for m in data["missing"] if "placeholder" in m], data
    assert written >= len(people) // 2


def test_bad_input_names_what_to_write(cast: None) -> None:
    assert "write one of intro_request" in run("draft", "Dana Whitfield", "postcard", code=2)
    run("add", "Priya Raman")
    assert "who could introduce you" in run("draft", "Priya Raman", "intro_request", code=2)
    assert "--about goes with" in run("draft", "Dana Whitfield", "outreach", "--about", "Sam Ortiz",
                                      code=2)
    assert "have not met anyone Dana Whitfield referred" in run(
        "draft", "Dana Whitfield", "update_referrer", code=2
    )


def test_my_template_is_used_checked_and_restorable(cast: None, tmp_path: Path) -> None:
    mine = tmp_path / "outreach.txt"
    mine.write_text(
        "Subject: Coffee, {{ person.first_name }}?\n\nHi {{ person.first_name }},\n\n"
        "{{ opener }} Your work at {{ person.organisation }} stands out. "
        "Would you have 15 minutes this month, whenever suits you?\n\n{{ me.first_name }}\n"
    )
    run("template", "outreach", "--set", str(mine))
    assert run_json("template")[1] == {"kind": "outreach", "custom": True,
                                       "updated": run_json("template")[1]["updated"]}
    data = draft("Dana Whitfield", "outreach")
    assert data["subject"] == "Coffee, Dana?" and "15 minutes" in data["body"]

    broken = tmp_path / "broken.txt"
    broken.write_text("Subject: Hi\n\nHello {{ person.nickname }}\n")
    error = run("template", "outreach", "--set", str(broken), code=2)
    assert f"{broken}, line 3" in error and "'nickname'" in error
    assert run_json("template", "outreach")["source"] == mine.read_text(), "nothing lost"

    unsafe = tmp_path / "unsafe.txt"
    unsafe.write_text("Subject: Hi\n\n{{ person.__class__.__mro__ }}\n")
    assert "unsafe" in run("template", "outreach", "--set", str(unsafe), code=2)

    run("template", "outreach", "--reset")
    assert run_json("template", "outreach")["custom"] is False
    assert draft("Dana Whitfield", "outreach")["subject"] == "Your path at Verdant Grid"


def test_it_prints_a_draft_as_plain_text_that_copies_cleanly(cast: None) -> None:
    data = run_json("draft", "Dana Whitfield", "intro_request")
    shown = run("draft", "Dana Whitfield", "intro_request")
    assert f"Subject: {data['subject']}\n\n{data['body'].rstrip()}\n" in shown
    assert "\n> Hi Dana,\n" in shown  # the blurb to forward keeps its quote marks
    assert not any(box in shown for box in "│╭╰")


def test_it_frames_the_draft_when_asked(cast: None) -> None:
    shown = run("draft", "Dana Whitfield", "intro_request", "--boxed")
    assert "╭" in shown and "│ Subject: " in shown
