"""A multi-week story told through the commands, checking `today --json` on chosen days."""

from __future__ import annotations

import pytest

from tests.cli.helpers import agenda, run, run_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast() -> None:
    run("goal", "I'm exploring product marketing roles at climate-tech firms in Oregon")
    run("add", "Sam Ortiz", "--source", "friend")
    run(
        "add",
        "Dana Whitfield",
        "--title",
        "Product Marketing Manager",
        "--org",
        "Verdant Grid",
        "--source",
        "alumni",
        "--knows",
        "Sam Ortiz",
    )
    run("add", "Priya Raman", "--org", "SolarLoop", "--source", "linkedin")


def test_it_follows_a_conversation_from_intro_request_to_thank_you(cast: None) -> None:
    run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-02")
    assert agenda("2026-11-08") == []
    assert agenda("2026-11-09") == [("nudge_connector", "Sam Ortiz", "Dana Whitfield")]
    run("log", "Dana Whitfield", "introduced", "--on", "2026-11-10 09:00")
    assert agenda("2026-11-10") == [("reply_to_intro", "Dana Whitfield", "Sam Ortiz")]
    run("log", "Dana Whitfield", "replied", "--on", "2026-11-11")
    run(
        "log",
        "Dana Whitfield",
        "scheduled",
        "--on",
        "2026-11-11",
        "--at",
        "2026-11-18 15:00",
        "--minutes",
        "20",
        "--where",
        "video call",
    )
    assert agenda("2026-11-17") == [("prepare", "Dana Whitfield", None)]
    assert agenda("2026-11-18")[0][0] == "debrief"
    run(
        "log",
        "Dana Whitfield",
        "met",
        "--on",
        "2026-11-18 15:00",
        "--referral",
        "Lee Chen",
        "--they-will",
        "introduce me to her team lead",
        "--i-will",
        "send the rebate article",
        "--due",
        "2026-11-21",
        "--insight",
        "skill:SQL",
    )
    items = agenda("2026-11-18")
    assert ("thank_you", "Dana Whitfield", None) in items
    assert ("reach_out_referral", "Lee Chen", "Dana Whitfield") in items
    assert ("commitment", "Dana Whitfield", None) in items


def test_it_marks_the_thank_you_overdue_after_24_hours_until_logged(cast: None) -> None:
    run("log", "Priya Raman", "met", "--on", "2026-11-05 10:00")
    first = run_json("today", "--on", "2026-11-05")["items"][0]
    assert (first["kind"], first["due"], first["overdue"]) == (
        "thank_you",
        "2026-11-06T10:00",
        False,
    )
    assert run_json("today", "--on", "2026-11-06")["items"][0]["overdue"] is True
    run("log", "Priya Raman", "thanked", "--on", "2026-11-06 09:00")
    assert agenda("2026-11-06") == []


def test_it_follows_up_after_a_week_then_moves_on(cast: None) -> None:
    run("log", "Priya Raman", "contacted", "--on", "2026-11-02")
    assert agenda("2026-11-08") == []
    assert agenda("2026-11-09") == [("follow_up", "Priya Raman", None)]
    run("log", "Priya Raman", "followed-up", "--on", "2026-11-09")
    assert agenda("2026-11-15") == []
    assert agenda("2026-11-16") == [("move_on", "Priya Raman", None)]
    run("log", "Priya Raman", "no-response", "--on", "2026-11-17")
    assert agenda("2026-11-30") == []


def test_it_tells_the_referrer_after_meeting_their_referral(cast: None) -> None:
    run("log", "Dana Whitfield", "met", "--on", "2026-11-02 10:00", "--referral", "Lee Chen")
    run("log", "Dana Whitfield", "thanked", "--on", "2026-11-02 18:00")
    run("log", "Lee Chen", "contacted", "--on", "2026-11-03")
    run("log", "Lee Chen", "met", "--on", "2026-11-09 12:00")
    run("log", "Lee Chen", "thanked", "--on", "2026-11-09 17:00")
    assert agenda("2026-11-09") == [("update_referrer", "Dana Whitfield", "Lee Chen")]
    run("log", "Dana Whitfield", "updated-referrer", "--about", "Lee Chen", "--on", "2026-11-10")
    assert agenda("2026-11-10") == []


def test_it_links_a_referral_who_was_already_in_the_database(cast: None) -> None:
    run("log", "Priya Raman", "contacted", "--on", "2026-11-01")
    run("log", "Priya Raman", "replied", "--on", "2026-11-02")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-03 10:00", "--referral", "priya raman")
    run("log", "Dana Whitfield", "thanked", "--on", "2026-11-03 12:00")
    assert run_json("show", "Priya Raman")["referred_by"] == "Dana Whitfield"
    assert len(run_json("people")) == 3
    assert agenda("2026-11-04") == []  # already contacted: no reach-out


def test_it_checks_in_after_sixty_quiet_days_and_resets_on_contact(cast: None) -> None:
    run("log", "Priya Raman", "met", "--on", "2026-09-01 10:00")
    run("log", "Priya Raman", "thanked", "--on", "2026-09-01 15:00")
    assert agenda("2026-10-30") == []
    assert agenda("2026-10-31") == [("check_in", "Priya Raman", None)]
    run("log", "Priya Raman", "checked-in", "--on", "2026-11-01")
    assert agenda("2026-11-02") == []
    assert run_json("show", "Priya Raman")["stage"] == "keeping in touch"


def test_it_keeps_promises_until_done(cast: None) -> None:
    run(
        "log",
        "Priya Raman",
        "met",
        "--on",
        "2026-11-02 10:00",
        "--i-will",
        "send notes",
        "--they-will",
        "forward my portfolio",
    )
    run("log", "Priya Raman", "thanked", "--on", "2026-11-02 15:00")
    ids = [c["id"] for c in run_json("show", "Priya Raman")["commitments"]]
    assert [k for k, *_ in agenda("2026-11-09")] == ["commitment", "commitment"]
    for ident in ids:
        run("done", str(ident), "--on", "2026-11-10")
    assert agenda("2026-11-10") == []


def test_it_announces_the_landing_to_everyone_met(cast: None) -> None:
    run("log", "Priya Raman", "met", "--on", "2026-11-02 10:00")
    run("log", "Priya Raman", "thanked", "--on", "2026-11-02 15:00")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-03")
    run(
        "landed",
        "--role",
        "Product Marketer",
        "--org",
        "Helio Homes",
        "--on",
        "2026-11-20",
        "--email",
        "me@example.org",
    )
    assert agenda("2026-11-20") == [("announce_landing", "Priya Raman", None)]
    run("log", "Priya Raman", "announced", "--on", "2026-11-21")
    assert agenda("2026-11-21") == []


def test_a_tag_sets_the_check_in_interval_unless_the_person_has_their_own(cast: None) -> None:
    for name in ("Priya Raman", "Dana Whitfield"):
        run("log", name, "met", "--on", "2026-09-01 10:00")
        run("log", name, "thanked", "--on", "2026-09-01 15:00")
        run("edit", name, "--tag", "Mentor")
    run("edit", "Dana Whitfield", "--check-in-days", "45")
    run("tags", "mentor", "--check-in-days", "30")
    assert run_json("tags") == [{"name": "mentor", "people": 2, "check_in_days": 30}]
    assert agenda("2026-10-01") == [("check_in", "Priya Raman", None)]
    assert ("check_in", "Dana Whitfield", None) in agenda("2026-10-16")
    run("edit", "Priya Raman", "--untag", "mentor")
    assert agenda("2026-10-01") == []


def test_a_tag_must_exist_before_it_gets_an_interval(cast: None) -> None:
    out = run("tags", "alumni-board", "--check-in-days", "30", code=2)
    assert "edit NAME --tag alumni-board" in out
    assert "no tag 'mentor'" in run("edit", "Dana Whitfield", "--untag", "mentor", code=2)
    assert run_json("tags") == []
