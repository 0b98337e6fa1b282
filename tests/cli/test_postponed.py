"""Time the user asked for, through the CLI: a postponement, the reconnect it brings, and
the check-in clock that counts every interaction."""

from __future__ import annotations

import pytest

from tests.cli.helpers import agenda, run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-12-20 09:00")]
WORDS = "Swamped until December, write again then"


def test_a_postponement_brings_a_reconnect_on_the_day_with_their_words() -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-02")
    run("log", "Dana Whitfield", "postponed", "--on", "2026-11-04", "--until", "2026-12-01",
        "--note", WORDS)
    for day in ("2026-11-09", "2026-11-16", "2026-11-30"):
        assert agenda(day) == [], day  # no follow-up, no move-on
    assert agenda("2026-12-01") == [("reconnect", "Dana Whitfield", None)]
    [item] = run_json("today", "--on", "2026-12-01")["items"]
    assert item["due"].startswith("2026-12-04") and "coffeechat draft" in run(
        "today", "--on", "2026-12-01"
    )
    made = run_json("draft", "Dana Whitfield")
    assert made["kind"] == "reconnect" and f'you said: "{WORDS}."' in made["body"]
    assert made["findings"] == []
    page = run_json("show", "Dana Whitfield")
    assert page["timeline"][-1]["text"] == (
        f"they asked you to write again on Tue 01 Dec 2026. {WORDS}"
    )
    run("log", "Dana Whitfield", "contacted", "--on", "2026-12-02")
    assert agenda("2026-12-02") == []
    assert agenda("2026-12-09") == [("follow_up", "Dana Whitfield", None)]


def test_postponed_is_refused_without_a_day_or_after_the_meeting() -> None:
    run("add", "Dana Whitfield")
    assert "add --until" in run("log", "Dana Whitfield", "postponed", code=2)
    assert "--until goes with postponed only" in run(
        "log", "Dana Whitfield", "contacted", "--until", "2026-12-01", code=2
    )
    assert "is not after" in run("log", "Dana Whitfield", "postponed", "--on", "2026-11-05",
                                 "--until", "2026-11-01", code=2)
    run("log", "Dana Whitfield", "met", "--on", "2026-11-10 10:00")
    assert "met Dana Whitfield already" in run(
        "log", "Dana Whitfield", "postponed", "--on", "2026-11-12", "--until", "2026-12-01",
        code=2,
    )
    assert [e["kind"] for e in run_json("show", "Dana Whitfield")["timeline"]] == ["met"]


def test_a_promise_kept_restarts_the_check_in_clock() -> None:
    run("add", "Sofia Ruiz")
    run("log", "Sofia Ruiz", "met", "--on", "2026-09-01 10:00", "--i-will", "send the survey")
    run("log", "Sofia Ruiz", "thanked", "--on", "2026-09-01 15:00")
    [number] = [c["id"] for c in run_json("show", "Sofia Ruiz")["commitments"]]
    run("done", str(number), "--on", "2026-10-15")
    assert [i for i in agenda("2026-11-05") if i[0] == "check_in"] == []
    assert ("check_in", "Sofia Ruiz", None) in agenda("2026-12-14")
    items = run_json("today", "--on", "2026-12-14")["items"]
    [item] = [i for i in items if i["kind"] == "check_in"]
    assert "since Thu 15 Oct 2026" in item["reason"]


def test_after_landing_their_job_promises_stop_and_check_ins_wait_for_the_news() -> None:
    run("add", "Sofia Ruiz")
    run("log", "Sofia Ruiz", "met", "--on", "2026-09-01 10:00",
        "--they-will", "flag me for the opening on her team",
        "--they-will", "send me the PDX Data Week schedule", "--i-will", "send the survey")
    run("log", "Sofia Ruiz", "thanked", "--on", "2026-09-01 15:00")
    run("landed", "--role", "Analyst", "--org", "Helio Homes", "--on", "2026-11-10")
    items = run_json("today", "--on", "2026-11-11")["items"]
    promises = sorted(i["reason"].split(":")[0] for i in items if i["kind"] == "commitment")
    assert promises == ["Sofia Ruiz offered", "You offered Sofia Ruiz"]
    assert "flag me" not in " ".join(i["reason"] for i in items)
    assert "check_in" not in [i["kind"] for i in items]
    assert "announce_landing" in [i["kind"] for i in items]
    run("log", "Sofia Ruiz", "announced", "--on", "2026-11-12")
    assert "check_in" not in [i[0] for i in agenda("2026-11-13")]


def test_the_people_list_counts_a_kept_promise_as_the_last_interaction() -> None:
    run("add", "Sofia Ruiz")
    run("log", "Sofia Ruiz", "met", "--on", "2026-09-01 10:00", "--i-will", "send the survey")
    [number] = [c["id"] for c in run_json("show", "Sofia Ruiz")["commitments"]]
    run("done", str(number), "--on", "2026-10-15")
    assert run_json("people")[0]["last"].startswith("2026-10-15")
