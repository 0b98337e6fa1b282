"""Which draft a conversation waits for, in the cases that are easy to get wrong: several
introductions through one connector, a nudge already sent, a reply after a follow-up, a
second meeting, a referral not yet met, a meeting after landing, a template that breaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast() -> None:
    run("me", "--name", "Alex Kim")
    run("goal", "I'm exploring product marketing roles at climate-tech firms in Oregon")
    run("add", "Sam Ortiz", "--source", "friend")
    run("add", "Dana Whitfield", "--org", "Verdant Grid", "--notes", "led the grid launch")
    run("add", "Lee Chen", "--org", "SolarLoop", "--notes", "wrote the rebate guide")


def draft(*args: str) -> dict:  # type: ignore[type-arg]
    return run_json("draft", *args)  # type: ignore[no-any-return]


def test_each_nudge_on_the_agenda_drafts_its_own_introduction(cast: None) -> None:
    run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-01")
    run("log", "Lee Chen", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-02")
    nudges = [i for i in run_json("today", "--on", "2026-11-12")["items"]
              if i["kind"] == "nudge_connector"]
    assert sorted(i["about"] for i in nudges) == ["Dana Whitfield", "Lee Chen"]
    for item in nudges:
        made = draft(str(item["about_id"]), "follow_up")
        assert (made["to"]["name"], made["about"]) == ("Sam Ortiz", item["about"])


def test_a_nudge_is_drafted_once(cast: None) -> None:
    run("log", "Lee Chen", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-02")
    assert draft("Sam Ortiz")["kind"] == "follow_up"
    run("log", "Lee Chen", "followed-up", "--on", "2026-11-12")
    assert draft("Lee Chen")["kind"] is None and "nudged Sam Ortiz" in draft("Lee Chen")["reason"]
    assert draft("Sam Ortiz")["kind"] != "follow_up"


def test_a_reply_after_a_follow_up_means_agree_a_time(cast: None) -> None:
    for event, day in (("contacted", "01"), ("followed-up", "08"), ("replied", "09")):
        run("log", "Dana Whitfield", event, "--on", f"2026-11-{day}")
    assert "replied: agree a time" in draft("Dana Whitfield")["reason"]


def test_a_second_meeting_is_thanked_for_what_it_brought(cast: None) -> None:
    run("log", "Dana Whitfield", "met", "--on", "2026-11-01 10:00",
        "--they-will", "introduce me to her team lead", "--i-will", "send the rebate article",
        "--insight", "advice:write a public teardown")
    run("log", "Dana Whitfield", "thanked", "--on", "2026-11-01 15:00")
    for promise in run_json("show", "Dana Whitfield")["commitments"]:
        run("done", str(promise["id"]), "--on", "2026-11-05")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-20 10:00",
        "--insight", "trend:heat pumps going mainstream")
    body = draft("Dana Whitfield")["body"]
    assert "heat pumps going mainstream" in body
    assert "teardown" not in body and "team lead" not in body and "rebate" not in body


def test_an_update_to_the_referrer_is_about_someone_they_referred_and_i_met(cast: None) -> None:
    run("log", "Sam Ortiz", "met", "--on", "2026-11-01 10:00", "--referral", "Ravi Shah")
    out = run("draft", "Sam Ortiz", "update_referrer", code=2)
    assert "not met anyone Sam Ortiz referred you to" in out
    assert "did not refer you to Lee Chen" in run(
        "draft", "Sam Ortiz", "update_referrer", "--about", "Lee Chen", code=2
    )
    run("log", "Ravi Shah", "met", "--on", "2026-11-10 10:00")
    assert draft("Sam Ortiz", "update_referrer")["about"] == "Ravi Shah"


def test_an_update_that_names_nobody_settles_it_as_the_agenda_does(cast: None) -> None:
    run("log", "Sam Ortiz", "met", "--on", "2026-11-01 10:00", "--referral", "Ravi Shah")
    run("log", "Sam Ortiz", "thanked", "--on", "2026-11-01 12:00")
    run("log", "Ravi Shah", "met", "--on", "2026-11-10 10:00")
    assert draft("Sam Ortiz")["kind"] == "update_referrer"
    run("log", "Sam Ortiz", "updated-referrer", "--on", "2026-11-11")
    assert draft("Sam Ortiz")["kind"] == "check_in"
    kinds = {i["kind"] for i in run_json("today", "--on", "2026-11-12")["items"]}
    assert "update_referrer" not in kinds


def test_someone_met_after_landing_is_thanked_not_told_the_news(cast: None) -> None:
    run("log", "Dana Whitfield", "met", "--on", "2026-10-20 10:00")
    run("log", "Dana Whitfield", "thanked", "--on", "2026-10-20 15:00")
    run("landed", "--role", "Marketer", "--org", "Helio Homes", "--on", "2026-11-01")
    run("log", "Lee Chen", "met", "--on", "2026-11-10 10:00")
    assert draft("Lee Chen")["kind"] == "thank_you"
    assert draft("Dana Whitfield")["kind"] == "landing"
    announce = [i["person"] for i in run_json("today", "--on", "2026-11-10")["items"]
                if i["kind"] == "announce_landing"]
    assert announce == ["Dana Whitfield"]


def test_naming_someone_wins_over_the_next_step(cast: None) -> None:
    run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-01")
    run("log", "Lee Chen", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-02")
    made = draft("Sam Ortiz", "--about", "Dana Whitfield")
    assert (made["kind"], made["about"]) == ("follow_up", "Dana Whitfield")


def test_a_template_that_breaks_on_real_data_falls_back_to_the_default(
    cast: None, tmp_path: Path
) -> None:
    mine = tmp_path / "outreach.txt"
    mine.write_text("Subject: Hello\n\nDear {{ person.name.split()[1] }}, would you talk?\n")
    run("template", "outreach", "--set", str(mine))
    run("add", "Madonna")
    made = draft("Madonna", "outreach")
    assert made["body"].startswith("Hi Madonna")
    assert any("your outreach template" in m for m in made["missing"])


def test_a_connector_with_many_introductions_drafts_in_a_few_queries(cast: None) -> None:
    for n in range(12):
        run("add", f"Target {n}")
        run("log", f"Target {n}", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-01")
        run("log", f"Target {n}", "introduced", "--on", "2026-11-02")
    from coffeechat.accounts.services import local_owner
    from coffeechat.people.services import find_person
    from coffeechat.writing.drafts import write_draft

    owner = local_owner()
    sam = find_person(owner=owner, ref="Sam Ortiz")
    with CaptureQueriesContext(connection) as queries:
        write_draft(owner=owner, person=sam)
    assert len(queries) < 25
