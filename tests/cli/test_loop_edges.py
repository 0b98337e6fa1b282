"""Edges of the loop found by trying it as a newcomer: past events logged out of order,
promises due on a day, referrals of one person by two, updates that cannot be, names
in any case."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import agenda, run, run_json

# Dates in these stories are past or ahead of this moment, whatever the real date.
pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def test_a_meeting_scheduled_after_it_was_logged_asks_for_no_debrief() -> None:
    run("add", "Pat Quinn")
    run("log", "Pat Quinn", "met", "--on", "2026-11-10 10:00")
    run("log", "Pat Quinn", "thanked", "--on", "2026-11-10 15:00")
    run("log", "Pat Quinn", "scheduled", "--on", "2026-11-12 09:00", "--at", "2026-11-10 10:00")
    assert agenda("2026-11-13") == []
    assert run_json("show", "Pat Quinn")["stage"] == "thanked"


def test_a_promise_due_on_a_day_is_not_overdue_during_that_day() -> None:
    run("add", "Sam Ortiz")
    run("log", "Sam Ortiz", "met", "--on", "2026-11-10 10:00", "--i-will", "send the article",
        "--due", "2026-11-21")
    run("log", "Sam Ortiz", "thanked", "--on", "2026-11-10 15:00")
    [item] = [i for i in run_json("today", "--on", "2026-11-21")["items"]
              if i["kind"] == "commitment"]
    assert item["due"] == "2026-11-21T23:59" and not item["overdue"]
    [late] = [i for i in run_json("today", "--on", "2026-11-22")["items"]
              if i["kind"] == "commitment"]
    assert late["overdue"]


def test_a_promise_is_refused_when_empty_or_due_before_the_meeting() -> None:
    run("add", "Sam Ortiz")
    out = run("log", "Sam Ortiz", "met", "--on", "2026-11-10 10:00", "--i-will", "send it",
              "--due", "2026-11-01", code=2)
    assert "before the meeting" in out
    assert "--they-will is empty" in run("log", "Sam Ortiz", "met", "--they-will", " ", code=2)
    assert run_json("show", "Sam Ortiz")["timeline"] == []


def test_a_promise_kept_once_cannot_be_kept_again() -> None:
    run("add", "Sam Ortiz")
    run("log", "Sam Ortiz", "met", "--on", "2026-10-20 10:00", "--they-will", "introduce me")
    [number] = [c["id"] for c in run_json("show", "Sam Ortiz")["commitments"]]
    run("done", str(number), "--on", "2026-10-24")
    out = run("done", str(number), code=2)
    assert "already kept on 2026-10-24" in out
    [kept] = run_json("show", "Sam Ortiz")["commitments"]
    assert kept["done"] == "2026-10-24T00:00"


def test_a_second_referrer_is_told_they_were_not_first() -> None:
    run("add", "Ann Ref")
    run("add", "Dee Two")
    run("log", "Ann Ref", "met", "--on", "2026-10-01 10:00", "--referral", "Cat New")
    out = run("log", "Dee Two", "met", "--on", "2026-10-02 10:00", "--referral", "Cat New")
    assert "Ann Ref referred Cat New first" in out
    assert run_json("show", "Cat New")["referred_by"] == "Ann Ref"


def test_updated_referrer_needs_someone_they_referred() -> None:
    run("add", "Dana Whitfield")
    run("add", "Priya Nair")
    run("add", "Sam Ortiz")
    out = run("log", "Sam Ortiz", "updated-referrer", code=2)
    assert "Sam Ortiz has referred nobody yet" in out
    run("log", "Dana Whitfield", "met", "--on", "2026-11-01 10:00", "--referral", "Lee Chen")
    out = run("log", "Dana Whitfield", "updated-referrer", "--about", "Priya Nair", code=2)
    assert "did not refer Priya Nair: write --about with one of Lee Chen" in out
    run("log", "Dana Whitfield", "updated-referrer", "--about", "Lee Chen")


def test_names_match_in_any_case_accented_letters_too() -> None:
    run("add", "Émile Zola")
    assert run_json("show", "émile zola")["name"] == "Émile Zola"
    assert "already here" in run("add", "ÉMILE ZOLA", code=2)
    run("add", "Ana", "--org", "Société Générale")
    run("add", "Bo", "--org", "SOCIÉTÉ GÉNÉRALE")
    assert {p["organisation"] for p in run_json("people")} >= {"Société Générale"}
    assert "SOCIÉTÉ GÉNÉRALE" not in {p["organisation"] for p in run_json("people")}
    assert "no person with id 999999" in run("show", "999999", code=2)
    run("add", "Kim Lee", "--source", "Friend")
    assert run_json("show", "Kim Lee")["source"] == "friend"


def test_an_introduction_asked_of_a_connector_is_on_their_page() -> None:
    run("add", "Sam Ortiz")
    run("add", "Dana Whitfield")
    run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz",
        "--on", "2026-10-01 10:00")
    page = run_json("show", "Sam Ortiz")
    assert [e["text"] for e in page["timeline"]] == [
        "you asked them to introduce you to Dana Whitfield"
    ]
    [sam] = [p for p in run_json("people") if p["name"] == "Sam Ortiz"]
    assert sam["last"] == "2026-10-01T10:00"


def test_a_meeting_logs_its_counts_in_words() -> None:
    run("add", "Sam Ortiz")
    out = run("log", "Sam Ortiz", "met", "--on", "2026-11-01 10:00", "--they-will", "intro",
              "--insight", "skill:SQL")
    assert "1 promise;" in out and "1 insight." in out


def test_an_event_dated_ahead_is_recorded_with_a_note() -> None:
    run("add", "Sam Ortiz")
    out = run("log", "Sam Ortiz", "contacted", "--on", "2099-03-01")
    assert "2099-03-01 00:00 is in the future" in out
    out = run("log", "Sam Ortiz", "met", "--on", "2099-03-02 16:00")
    assert "2099-03-02 16:00 is in the future" in out
    assert "is in the future" not in run("log", "Sam Ortiz", "replied", "--on", "2026-11-01")


def test_a_bad_web_address_is_quoted_as_written() -> None:
    out = run("add", "Sam Ortiz", "--linkedin", "not a url", code=2)
    assert "--linkedin 'not a url' is not a web address" in out


def test_add_takes_organisation_notes_and_show_says_a_persons_own_interval() -> None:
    run("add", "Sam Ortiz", "--org", "Helio Homes", "--org-notes", "a heat-pump installer")
    assert run_json("show", "Sam Ortiz")["organisation_notes"] == "a heat-pump installer"
    assert "has no organisation yet" in run("add", "Kim Lee", "--org-notes", "x", code=2)
    assert run_json("people")[0]["name"] == "Sam Ortiz" and len(run_json("people")) == 1
    run("edit", "Sam Ortiz", "--check-in-days", "21")
    assert "check in after 21 quiet days" in run("show", "Sam Ortiz")


def test_events_given_a_day_count_in_the_order_they_are_told() -> None:
    run("add", "Ada")
    run("log", "Ada", "scheduled", "--at", "2026-11-10 10:00", "--on", "2026-11-04")
    run("log", "Ada", "met", "--on", "2026-11-10")  # the day only: the scheduled time
    run("log", "Ada", "thanked", "--on", "2026-11-10")  # after the meeting, that day
    assert agenda("2026-11-12") == []
    assert [e["kind"] for e in run_json("show", "Ada")["timeline"]] == [
        "scheduled", "met", "thanked"
    ]
    assert run_json("show", "Ada")["timeline"][1]["at"] == "2026-11-10T10:00"
    run("add", "Bo")
    run("log", "Bo", "contacted", "--on", "2026-11-02 15:00")
    run("log", "Bo", "replied", "--on", "2026-11-02")
    assert [item for item in agenda("2026-11-09") if item[1] == "Bo"] == []


def test_a_meeting_before_the_suggestion_owes_the_referrer_nothing() -> None:
    run("add", "Dana Whitfield")
    run("add", "Lee Chen")
    run("log", "Dana Whitfield", "met", "--on", "2026-10-30 15:00")
    run("log", "Dana Whitfield", "thanked", "--on", "2026-10-30 18:00")
    run("log", "Lee Chen", "met", "--on", "2026-11-03 11:00", "--referral", "Dana Whitfield")
    run("log", "Lee Chen", "thanked", "--on", "2026-11-03 15:00")
    assert agenda("2026-11-04") == []
    run("log", "Dana Whitfield", "met", "--on", "2026-11-20 11:00")  # met again, since
    assert ("update_referrer", "Lee Chen", "Dana Whitfield") in agenda("2026-11-20")


def test_the_thank_you_hours_setting_is_said_everywhere() -> None:
    run("config", "thank_you_hours", "48")
    run("add", "Sam Ortiz")
    run("log", "Sam Ortiz", "scheduled", "--at", "2099-12-01 10:00", "--on", "2026-11-20")
    assert "Thank-you within 48 hours (by" in run("prep", "Sam Ortiz")
    assert "write within 48 hours" in json.dumps(run_json("questions", "Sam Ortiz"))
    assert "within 48 hours" in run("log", "Sam Ortiz", "met", "--on", "2026-11-21 10:00")


def test_a_promise_is_not_kept_before_it_was_made() -> None:
    run("add", "Sam Ortiz")
    run("log", "Sam Ortiz", "met", "--on", "2026-11-05 10:00", "--they-will", "introduce me")
    [number] = [c["id"] for c in run_json("show", "Sam Ortiz")["commitments"]]
    assert "is before promise" in run("done", str(number), "--on", "2026-11-01", code=2)
    run("done", str(number), "--on", "2026-11-05")  # the same day: not before it
    assert run_json("show", "Sam Ortiz")["commitments"][0]["done"] == "2026-11-05T10:00"


def test_unlog_takes_back_the_last_event_and_what_the_meeting_brought() -> None:
    run("add", "Quinn Park")
    assert "nothing is logged for Quinn Park" in run("unlog", "Quinn Park", code=2)
    run("log", "Quinn Park", "contacted", "--on", "2026-11-01")
    out = run("log", "Quinn Park", "met", "--on", "2026-12-01 10:00", "--referral", "Ravi Shah",
              "--they-will", "intro", "--insight", "skill:SQL")
    assert 'coffeechat unlog "Quinn Park" takes it back' in out
    out = " ".join(run("unlog", "Quinn Park").split())
    assert "Taken back: met on 2026-12-01 10:00; 1 promise; 1 insight" in out
    assert "removed, as the meeting added them: Ravi Shah" in out
    page = run_json("show", "Quinn Park")
    assert [e["kind"] for e in page["timeline"]] == ["contacted"]
    assert page["commitments"] == [] and page["insights"] == []
    assert [p["name"] for p in run_json("people")] == ["Quinn Park"]
    run("log", "Quinn Park", "met", "--on", "2026-11-10 10:00")
    assert [i[0] for i in agenda("2026-11-10")] == ["thank_you"]


def test_unlog_keeps_a_referral_who_was_here_before_or_has_a_history_since() -> None:
    run("add", "Quinn Park")
    run("add", "Ravi Shah")
    run("log", "Quinn Park", "met", "--on", "2026-11-10 10:00", "--referral", "Ravi Shah",
        "--referral", "Mia Wong", "--referral", "Tom Hill")
    run("log", "Mia Wong", "contacted", "--on", "2026-11-12")
    run("log", "Quinn Park", "thanked", "--on", "2026-11-11")
    run("unlog", "Quinn Park")  # the thank-you
    out = " ".join(run("unlog", "Quinn Park").split())
    assert "no longer referred by them: Ravi Shah, Mia Wong" in out
    assert "removed, as the meeting added them: Tom Hill" in out
    assert sorted(p["name"] for p in run_json("people")) == ["Mia Wong", "Quinn Park", "Ravi Shah"]
    assert run_json("show", "Mia Wong")["referred_by"] is None


def test_a_topic_no_question_is_about_gets_one_built_from_it() -> None:
    run("add", "Sam Ortiz", "--org", "Helio Homes")
    out = run("questions", "Sam Ortiz", "--topic", "community solar", "--topic", "culture")
    assert "no question in the bank is about 'community solar'" in out
    plan = run_json("questions", "Sam Ortiz", "--topic", "community solar")
    assert ("What has your experience with community solar taught you, and what would you "
            "tell someone new to it?") in [item["text"] for item in plan["items"]]
    assert "'culture'" not in out.split("Note:")[1]
    assert "Note:" not in run("questions", "Sam Ortiz", "--topic", "career path")


def test_people_are_listed_by_letter_whatever_the_accent_or_case() -> None:
    for name in ("Zoe Adams", "Élodie Müller", "anna Berg", "Emil Ross"):
        run("add", name)
    assert [p["name"] for p in run_json("people")] == [
        "anna Berg", "Élodie Müller", "Emil Ross", "Zoe Adams"
    ]


def test_the_prep_format_is_taken_in_any_case() -> None:
    run("add", "Sam Ortiz")
    assert run("prep", "Sam Ortiz", "--format", "HTML").lstrip().lower().startswith("<!doctype")


def test_a_day_counts_after_what_else_that_day_concerns_the_person() -> None:
    run("add", "Ann", "--org", "X")
    run("log", "Ann", "met", "--on", "2026-11-02 10:00", "--referral", "Lee")
    run("log", "Ann", "thanked", "--on", "2026-11-02 12:00")
    run("log", "Lee", "contacted", "--on", "2026-11-02")  # after Ann suggested Lee (10:00)
    assert run_json("show", "Lee")["timeline"][-1]["at"] == "2026-11-02T10:01"
    run("log", "Lee", "scheduled", "--on", "2026-11-04", "--at", "2026-11-10 14:00")
    run("log", "Lee", "met", "--on", "2026-11-10")
    run("log", "Lee", "thanked", "--on", "2026-11-10")
    run("log", "Ann", "updated-referrer", "--about", "Lee", "--on", "2026-11-10")
    assert agenda("2026-11-10") == []
    run("landed", "--role", "R", "--org", "O", "--on", "2026-11-20 17:00")
    run("log", "Ann", "announced", "--on", "2026-11-20")
    run("log", "Lee", "announced", "--on", "2026-11-20")
    assert [i for i in agenda("2026-11-21") if i[0] == "announce_landing"] == []


def test_a_promise_is_not_kept_at_a_time_before_it_was_made() -> None:
    run("add", "Kim")
    run("log", "Kim", "met", "--on", "2026-11-10 10:00", "--they-will", "x")
    [number] = [c["id"] for c in run_json("show", "Kim")["commitments"]]
    assert "is before promise" in run("done", str(number), "--on", "2026-11-10 09:59", code=2)


def test_a_meeting_without_its_length_is_planned_and_debriefed_alike() -> None:
    run("add", "Kim")
    run("log", "Kim", "scheduled", "--on", "2026-11-01", "--at", "2026-11-05 10:00")
    assert run_json("questions", "Kim")["agreed_minutes"] == 20
    assert agenda("2026-11-05") == [("debrief", "Kim", None)]
    [item] = run_json("today", "--on", "2026-11-05")["items"]
    assert item["fires"] == "2026-11-05T10:20"


def test_the_draft_after_a_meeting_passed_points_to_logging_it() -> None:
    run("add", "Kim")
    run("log", "Kim", "scheduled", "--on", "2026-11-01", "--at", "2026-11-05 10:00")
    out = " ".join(run("draft", "Kim").split())
    assert "has passed: log how it went" in out and "prepare" not in out


def test_config_reset_needs_a_name_and_one_hour_is_one_hour() -> None:
    assert "--reset needs the setting's name" in run("config", "--reset", code=2)
    run("config", "thank_you_hours", "1")
    run("add", "Kim")
    assert "within 1 hour." in run("log", "Kim", "met", "--on", "2026-11-05 10:00")
    [item] = run_json("today", "--on", "2026-11-05")["items"]
    assert "within 1 hour," in item["reason"]


def test_unlog_of_a_connector_points_to_the_introduction() -> None:
    run("add", "Con")
    run("add", "Hop")
    run("log", "Hop", "intro-requested", "--via", "Con", "--on", "2026-11-01")
    assert 'coffeechat unlog "Hop"' in " ".join(run("unlog", "Con", code=2).split())


def test_a_landing_given_a_day_comes_after_that_days_meetings() -> None:
    run("add", "A")
    run("log", "A", "scheduled", "--on", "2026-11-18", "--at", "2026-11-20 12:00")
    run("log", "A", "met", "--on", "2026-11-20")
    run("log", "A", "thanked", "--on", "2026-11-20")
    run("landed", "--role", "PM", "--org", "X", "--on", "2026-11-20")
    assert ("announce_landing", "A", None) in agenda("2026-11-25")


def test_an_intro_request_given_a_day_comes_after_the_connectors_events() -> None:
    run("add", "Sam")
    run("add", "Dana")
    run("log", "Sam", "contacted", "--on", "2026-11-02 10:00")
    run("log", "Dana", "intro-requested", "--via", "Sam", "--on", "2026-11-02")
    assert [e["at"] for e in run_json("show", "Sam")["timeline"]] == [
        "2026-11-02T10:00", "2026-11-02T10:01"
    ]


def test_dates_far_out_of_range_and_a_meeting_without_a_time_are_refused() -> None:
    assert "out of range" in run("today", "--on", "9999-12-25", code=2)
    run("add", "Kim")
    assert "out of range" in run("log", "Kim", "contacted", "--on", "9999-12-31", code=2)
    out = run("log", "Kim", "scheduled", "--at", "2026-11-10", code=2)
    assert '--at needs the time too, e.g. --at "2026-11-10 14:00"' in out
    assert "give 5 to 240" in run("log", "Kim", "scheduled", "--at", "2026-11-10 10:00",
                                  "--minutes", "500", code=2)
    assert run_json("show", "Kim")["timeline"] == []


def test_an_empty_agenda_with_people_does_not_ask_to_add_someone() -> None:
    assert "Add someone to talk to" in run("today", "--on", "2026-11-01")
    run("add", "Kim")
    out = run("today", "--on", "2026-11-01")
    assert "Add someone" not in out and "coffeechat people" in out
