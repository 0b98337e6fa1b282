"""Words that fit the person, through the command line: Jordan, nine years a science
teacher, moves into UX research; a friend, an alumna, a former colleague and a LinkedIn
stranger; a month of events; then the landing note to each."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-21 09:00")]

TEACHER = "9 years teaching middle-school science"


def said(*args: str) -> str:
    data = run_json("draft", *args)
    assert data["findings"] == [], data
    return " ".join(data["body"].split())


@pytest.fixture
def jordan() -> None:
    run("me", "--name", "Jordan Reyes", "--email", "jordan@example.org")
    run("me", "--background", TEACHER, "--stage", "Career-Changer", "--school", "Portland State")
    run("goal", "I'm exploring UX research roles at ed-tech companies in Portland")
    run("add", "Sam Ortiz", "--source", "friend", "--title", "Product Designer",
        "--org", "Lumen Learning")
    run("add", "Dana Whitfield", "--source", "alumni", "--title", "UX Researcher",
        "--org", "Brightwheel", "--notes", "Spoke at the Portland UX meetup about research")
    run("add", "Priya Raman", "--source", "colleague", "--title", "Learning Designer",
        "--org", "Khan Academy")
    run("add", "Marcus Lee", "--source", "linkedin", "--title", "Senior UX Researcher",
        "--org", "Duolingo", "--notes", "wrote a case study on testing with kids",
        "--knows", "Sam Ortiz")
    run("add", "Nora Quist", "--source", "linkedin", "--org", "Canvas")


def test_me_keeps_a_one_line_background_and_a_stage_in_any_case(jordan: None) -> None:
    me = run_json("me")
    assert (me["background"], me["stage"], me["school"]) == (TEACHER, "career-changer",
                                                              "Portland State")
    assert "stage: career-changer" in run("me") and f"background: {TEACHER}" in run("me")
    run("me", "--stage", "EXPERIENCED")
    assert run_json("me")["stage"] == "experienced"
    run("me", "--stage", "none")
    assert run_json("me")["stage"] is None


def test_me_refuses_a_background_on_two_lines_or_past_the_limit(jordan: None) -> None:
    assert "takes one line" in run("me", "--background", "taught\nscience", code=2)
    too_long = run("me", "--background", "x" * 201, code=2)
    assert "201 characters: keep it to 200" in " ".join(too_long.split())
    assert "write one of student, graduate, career-changer, experienced" in " ".join(
        run("me", "--stage", "astronaut", code=2).split()
    )
    assert run_json("me")["background"] == TEACHER, "nothing changed"


def test_the_bank_says_whom_each_question_is_for() -> None:
    bank = {row["id"]: row for row in run_json("questions", "--bank")}

    assert bank["advice-final-years"]["stages"] == ["student"]
    assert bank["advice-how-role-sees-field"]["stages"] == ["career-changer"]
    assert bank["path-how-got-here"]["stages"] == [
        "student", "graduate", "career-changer", "experienced"
    ]
    assert "career-changer" in run("questions", "--bank")


def test_the_plan_fits_a_career_changer_and_names_their_field(jordan: None) -> None:
    texts = [i["text"] for i in run_json("questions", "Dana Whitfield")["items"]]

    assert "How do people in your role see candidates coming from teaching?" in texts
    assert not [t for t in texts if "degree" in t or "still studying" in t]
    run("me", "--stage", "none")
    assert "How do people in your role see candidates coming from teaching?" not in [
        i["text"] for i in run_json("questions", "Dana Whitfield")["items"]
    ]


def test_a_topic_finds_its_question_by_word_whoever_it_is_tagged_for(jordan: None) -> None:
    plan = run_json("questions", "Priya Raman", "--topic", "funding", "--topic", "recess duty")
    texts = [i["text"] for i in plan["items"]]

    assert ("How does the funding climate shape the choices your organisation makes today?"
            in texts)
    assert plan["topics_built"] == ["recess duty"]
    assert any("your experience with recess duty" in t for t in texts)


def test_each_first_message_fits_how_i_know_them(jordan: None) -> None:
    friend = said("Sam Ortiz", "outreach")
    alumna = said("Dana Whitfield", "outreach")
    colleague = said("Priya Raman", "outreach")
    stranger = said("Nora Quist", "outreach")

    assert "I hope you are doing well!" in friend and "stands out" not in friend
    assert "Some news from me: I'm changing careers." in friend + colleague
    assert "As a fellow Portland State alum" in alumna
    assert "I'm changing careers after 9 years teaching middle-school science." in alumna
    assert "It has been a while since we worked together" in colleague
    assert stranger.startswith("Hi Nora, Your LinkedIn profile caught my eye.")
    assert "Marcus" not in run_json("draft", "Sam Ortiz")["reason"], "a friend needs no intro"


def test_the_month_as_the_drafts_tell_it(jordan: None) -> None:
    run("log", "Marcus Lee", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-03")
    blurb = said("Marcus Lee", "intro_request")
    assert "Sam suggested we talk. I'm changing careers after 9 years teaching" in blurb
    run("log", "Marcus Lee", "introduced", "--on", "2026-11-08")
    run("log", "Marcus Lee", "met", "--on", "2026-11-15 10:00",
        "--they-will", "She'll send me the research-ops reading list",
        "--i-will", "I will send him my survey on student motivation",
        "--insight", "advice:You should learn to run a usability test end to end")
    thanks = said("Marcus Lee")
    assert "Thank you, too, for offering to send me the research-ops reading list." in thanks
    assert "As promised, I will send you my survey on student motivation." in thanks
    assert "has stayed with me: “You should learn to run a usability test end to end.”" in thanks
    opening = run_json("questions", "Marcus Lee")["items"][0]["text"]
    assert "I'm grateful to Sam Ortiz for putting us in touch." in opening
    assert "highly" not in opening


def test_the_landing_note_differs_for_each_kind_of_person(jordan: None) -> None:
    run("log", "Marcus Lee", "intro-requested", "--via", "Sam Ortiz", "--on", "2026-11-03")
    run("log", "Marcus Lee", "introduced", "--on", "2026-11-04")
    run("log", "Marcus Lee", "met", "--on", "2026-11-10 10:00", "--referral", "Ana Ruiz")
    run("log", "Ana Ruiz", "met", "--on", "2026-11-12 10:00")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-13 10:00")
    run("log", "Nora Quist", "contacted", "--on", "2026-11-02")
    run("log", "Nora Quist", "declined", "--on", "2026-11-05")
    run("landed", "--role", "UX Researcher", "--org", "brightwheel", "--on", "2026-11-20",
        "--email", "jordan@brightwheel.example")

    colleague_to_be = run_json("draft", "Dana Whitfield", "landing")
    assert colleague_to_be["subject"] == "Good news: we'll be colleagues"
    assert "joining brightwheel as a UX Researcher, so we'll be colleagues" in " ".join(
        colleague_to_be["body"].split()
    )
    assert ("you put me in touch with Marcus Lee, and through Marcus I met Ana Ruiz. It played "
            "a real part in getting here.") in said("Sam Ortiz", "landing")
    assert ("you put me in touch with Ana Ruiz. Our own conversation helped too, and I am "
            "grateful for both.") in said("Marcus Lee", "landing")
    assert "Our conversation played a real part" in said("Ana Ruiz", "landing")
    assert "Thank you again for answering when I reached out" in said("Nora Quist", "landing")
    assert "It has been a while since we worked together" in said("Priya Raman", "landing")


@pytest.mark.clock("2026-12-03 09:00")
def test_every_kind_over_the_demo_says_what_it_should() -> None:
    run("demo")
    assert "Tara suggested we talk." in said("Gus Tanaka", "intro_request")
    assert "Your LinkedIn profile caught my eye. Your work as a Brand Manager at Bright Acre " in (
        said("Victor Eriksen", "outreach")
    )
    assert "Your path at Riverbend Water stands out" in said("Jamal Murphy", "follow_up")
    assert ("Your advice to write a public teardown has stayed with me. Thank you, too, for "
            "offering to introduce me to the team lead.") in said("Mateo Lindqvist")
    assert said("Marcus Siddiqui").startswith("Hi Marcus, Mateo Lindqvist suggested I contact")
    assert "What Arjun said about utilities buying flexible demand was the most useful part." in (
        said("Kofi Reyes")
    )
    assert "I would still love to share my notes from the summit." in said("Ines Kowalski")
    assert "Your tip about the Volts podcast keeps coming back to me." in said("Wen Hughes")
    run("landed", "--role", "Product Marketing Associate", "--org", "Helio Homes")
    assert "I am starting as a Product Marketing Associate at Helio Homes." in said(
        "Mateo Lindqvist", "landing"
    )
    assert "so we'll be colleagues" in said("Noah Castillo", "landing"), "he works at Helio Homes"
    assert "Thank you for the chain you started" in said("Kofi Reyes", "landing")
