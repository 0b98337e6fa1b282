"""An introduction end to end: the reply it asks for, the follow-up clock that starts
only when I write, and the introducer treated as a referrer everywhere."""

from __future__ import annotations

import pytest

from tests.cli.helpers import agenda, run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-12-20 09:00")]


@pytest.fixture
def introduced() -> None:
    run("goal", "I'm exploring product marketing roles at climate-tech firms in Oregon")
    run("add", "Sam Ortiz", "--source", "friend")
    run("add", "Dana Whitfield", "--org", "Verdant Grid", "--source", "alumni",
        "--knows", "Sam Ortiz")
    run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-02")
    run("log", "Dana Whitfield", "introduced", "--on", "2026-11-05 09:00")


def test_an_introduction_asks_for_a_reply_with_its_own_draft(introduced: None) -> None:
    assert agenda("2026-11-05") == [("reply_to_intro", "Dana Whitfield", "Sam Ortiz")]
    [item] = run_json("today", "--on", "2026-11-06")["items"]
    assert item["due"].startswith("2026-11-06T09:00")
    assert item["reason"].startswith("Sam Ortiz introduced you to Dana Whitfield on")
    assert agenda("2026-11-12") == [("reply_to_intro", "Dana Whitfield", "Sam Ortiz")]
    draft = run_json("draft", "Dana Whitfield")
    assert draft["kind"] == "reply_to_intro" and draft["to"]["name"] == "Dana Whitfield"
    assert "Thank you, Sam, for connecting us (moving you to bcc" in draft["body"]
    assert "suggested I contact you" not in draft["body"]
    assert "coffeechat draft" in run("today", "--on", "2026-11-05")
    assert run_json("show", "Dana Whitfield")["stage"] == "introduced"


def test_the_follow_up_clock_starts_when_i_reply_and_quotes_it(introduced: None) -> None:
    sent = "Thank you Sam! Dana, could we talk for 20 minutes next week?"
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-06", "--note", sent)
    assert agenda("2026-11-12") == []
    assert agenda("2026-11-13") == [("follow_up", "Dana Whitfield", None)]
    [item] = run_json("today", "--on", "2026-11-13")["items"]
    assert "You contacted Dana Whitfield on" in item["reason"]
    follow = run_json("draft", "Dana Whitfield")
    assert follow["kind"] == "follow_up"
    assert f'I wrote: "{sent}"' in follow["body"] and "last week" not in follow["body"]


def test_the_introducer_is_treated_as_a_referrer(introduced: None) -> None:
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-06")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-12 10:00", "--insight",
        "advice:write a teardown of a launch")
    assert ("update_referrer", "Sam Ortiz", "Dana Whitfield") in agenda("2026-11-12")
    update = run_json("draft", "Sam Ortiz", "update_referrer", "--about", "Dana Whitfield")
    assert update["to"]["name"] == "Sam Ortiz" and update["about"] == "Dana Whitfield"
    assert "Thank you for pointing me to Dana Whitfield" in update["body"]
    assert run_json("draft", "Sam Ortiz")["kind"] == "update_referrer"
    run("log", "Sam Ortiz", "updated-referrer", "--about", "Dana Whitfield", "--on", "2026-11-13")
    assert ("update_referrer", "Sam Ortiz", "Dana Whitfield") not in agenda("2026-11-13")
    run("landed", "--role", "Product Marketer", "--org", "Helio Homes", "--on", "2026-12-01")
    landing = [i for i in agenda("2026-12-01") if i[0] == "announce_landing"]
    assert sorted(i[1] for i in landing) == ["Dana Whitfield", "Sam Ortiz"]  # Sam never met
    assert run_json("draft", "Sam Ortiz")["kind"] == "landing"
    funnel = run_json("insights")["funnel"]
    assert (funnel["introductions"], funnel["introducers"], funnel["people_per_introducer"]) == (
        1, 1, 1.0
    )
    assert funnel["generations"] == [1, 1]
    assert "1 introductions from 1 introducers" in run("insights")
    page = run_json("show", "Dana Whitfield")
    assert page["introduced_by"] == "Sam Ortiz" and page["referred_by"] is None


def test_the_thank_you_after_an_introduction_thanks_the_introducer_too(
    introduced: None,
) -> None:
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-06")
    said = " ".join(run("log", "Dana Whitfield", "met", "--on", "2026-11-12 10:00",
                        "--they-will", "introduce me to Lee").split())
    assert said.endswith(
        'Thank them within 24 hours, then Sam Ortiz for the introduction (coffeechat draft '
        '"Sam Ortiz" update_referrer --about "Dana Whitfield").'
    )
    items = {i["kind"]: i for i in run_json("today", "--on", "2026-11-12")["items"]}
    assert sorted(items) == ["thank_you", "update_referrer"]
    assert "Sam Ortiz introduced you: thank Sam for it too" in items["thank_you"]["reason"]
    assert items["update_referrer"]["reason"].endswith("thank them for the introduction.")
    assert (items["update_referrer"]["person"], items["update_referrer"]["about"]) == (
        "Sam Ortiz", "Dana Whitfield"
    )
    thanks = run_json("draft", "Dana Whitfield")
    assert thanks["kind"] == "thank_you" and thanks["findings"] == []
    assert "I'm glad Sam put us in touch." in thanks["body"]
    assert "then Sam Ortiz for the introduction" in thanks["reason"]
    run("log", "Dana Whitfield", "thanked", "--on", "2026-11-12 15:00")
    assert [i[0] for i in agenda("2026-11-12")] == ["update_referrer"]  # Sam still owed
    run("log", "Sam Ortiz", "updated-referrer", "--about", "Dana Whitfield", "--on", "2026-11-13")
    assert agenda("2026-11-13") == []


def test_a_thank_you_to_someone_i_found_myself_names_nobody_else() -> None:
    run("add", "Nora Quist", "--org", "Canvas")
    run("log", "Nora Quist", "contacted", "--on", "2026-11-06")
    said = run("log", "Nora Quist", "met", "--on", "2026-11-12 10:00")
    assert " ".join(said.split()).endswith("Thank them within 24 hours.")
    [item] = run_json("today", "--on", "2026-11-12")["items"]
    assert item["reason"].endswith("naming what they agreed to do.")
    assert "glad" not in run_json("draft", "Nora Quist")["body"]


def test_an_introduction_can_name_who_made_it(introduced: None) -> None:
    run("add", "Lee Chen")
    run("log", "Lee Chen", "introduced", "--via", "Dana Whitfield", "--on", "2026-11-20")
    assert agenda("2026-11-20")[-1] == ("reply_to_intro", "Lee Chen", "Dana Whitfield")
    assert "ntroduced by Dana Whitfield" in " ".join(run("prep", "Lee Chen").split())
    run("log", "Lee Chen", "met", "--on", "2026-11-25 10:00")
    assert ("update_referrer", "Dana Whitfield", "Lee Chen") in agenda("2026-11-25")


def test_people_and_show_name_each_referrer_or_introducer(introduced: None) -> None:
    run("log", "Dana Whitfield", "met", "--on", "2026-11-12 10:00", "--referral", "Lee Chen")
    rows = {p["name"]: p for p in run_json("people")}
    assert (rows["Dana Whitfield"]["referred_by"], rows["Dana Whitfield"]["introduced_by"]) == (
        None, "Sam Ortiz"
    )
    assert (rows["Lee Chen"]["referred_by"], rows["Lee Chen"]["introduced_by"]) == (
        "Dana Whitfield", None
    )
    assert rows["Sam Ortiz"]["referred_by"] is None and rows["Sam Ortiz"]["introduced_by"] is None
    assert run_json("show", "Lee Chen")["referred_by"] == "Dana Whitfield"
    assert "introduced by Sam Ortiz" in run("show", "Dana Whitfield")


def test_today_json_items_keep_their_fields_for_the_new_kinds(introduced: None) -> None:
    run("add", "Ana Ruiz")
    run("log", "Ana Ruiz", "postponed", "--on", "2026-11-01", "--until", "2026-11-05")
    items = run_json("today", "--on", "2026-11-05")["items"]
    assert {i["kind"] for i in items} == {"reply_to_intro", "reconnect"}
    for item in items:
        assert set(item) == {  # the shape every item has had: nothing added, nothing lost
            "kind", "person", "person_id", "about", "about_id", "fires", "due", "overdue",
            "reason", "commitment_id",
        }
