"""Planning what to ask, adding my own questions, my profile, and the insights report."""

from __future__ import annotations

import pytest

from coffeechat.rules.checker import check_question
from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def dana() -> None:
    run("goal", "I'm exploring product marketing roles at climate-tech firms in Oregon")
    run("add", "Dana Whitfield", "--title", "Product Marketing Manager", "--org", "Verdant Grid",
        "--source", "alumni")


def asked(plan: dict) -> list[str]:
    return [i["text"] for i in plan["items"] if i["question_id"]]


def test_the_plan_fits_the_agreed_minutes_and_ends_with_the_two_asks(dana: None) -> None:
    default = run_json("questions", "Dana Whitfield")
    assert default["agreed_minutes"] == 20 and default["planned_minutes"] <= 20
    run("log", "Dana Whitfield", "scheduled", "--at", "2026-12-01 10:00", "--minutes", "30")
    plan = run_json("questions", "Dana Whitfield")
    assert plan["agreed_minutes"] == 30 and 25 <= plan["planned_minutes"] <= 30
    categories = [i["category"] for i in plan["items"]]
    assert categories[0] == "opening" and categories[-3:] == ["asks", "asks", "closing"]
    assert [i["at"] for i in plan["items"]][:1] == ["00:00"]
    assert len(asked(plan)) > len(asked(default))
    assert any("Verdant Grid" in text for text in asked(plan)), "questions for this person"
    assert all(check_question(text) == [] for text in asked(plan) if "opportunit" not in text)
    short = run_json("questions", "Dana Whitfield", "--minutes", "10")
    assert short["planned_minutes"] <= 10
    assert [i["category"] for i in short["items"]][-1] == "closing"


def test_topics_left_open_by_earlier_interviews_come_first(dana: None) -> None:
    run("add", "Sam Ortiz", "--org", "SolarLoop")
    run("log", "Sam Ortiz", "met", "--on", "2026-11-01", "--insight", "skill:SQL",
        "--insight", "trend:heat pumps", "--insight", "advice:write a teardown")
    plan = run_json("questions", "Dana Whitfield", "--minutes", "15")
    chosen = {i["category"] for i in plan["items"] if i["question_id"]} - {"asks"}
    assert chosen & {"culture", "organisations", "resources"}, chosen


def test_my_own_question_joins_the_bank_and_a_flawed_one_is_refused(dana: None) -> None:
    text = "What does a great product launch look like from the inside at your team?"
    assert "Added question" in run("add-question", text, "--category", "culture")
    bank = run_json("questions", "--bank")
    mine = [r for r in bank if r["mine"]]
    number = mine[0]["id"].removeprefix("mine-")
    assert mine == [
        {"id": f"mine-{number}", "category": "culture", "text": text, "minutes": 3.0,
         "stages": ["student", "graduate", "career-changer", "experienced"], "mine": True}
    ]
    assert len(bank) >= 81
    plan = run_json("questions", "Dana Whitfield", "--minutes", "30", "--topic", "culture")
    assert text in asked(plan)
    assert "closed_question" in run("add-question", "Do you like your job?", "--category", "day",
                                    code=2)
    assert "googleable" in run(
        "add-question", "When was Verdant Grid founded?", "--category", "organisations", code=2
    )
    assert "unknown --category" in run("add-question", text + " Really?", "--category", "x",
                                       code=2)
    assert "already have" in run("add-question", text, "--category", "culture", code=2)
    run("remove-question", number)
    assert "coffeechat questions --bank lists yours" in run("remove-question", number, code=2)
    assert text not in asked(run_json("questions", "Dana Whitfield", "--minutes", "30",
                                      "--topic", "culture"))
    assert "--minutes 200" in run("questions", "Dana Whitfield", "--minutes", "200", code=2)


def test_me_keeps_my_name_email_and_skills() -> None:
    run("me", "--name", "  Alex   Kim ", "--email", "alex@example.org", "--skills",
        "SQL, copywriting, , SQL")
    assert run_json("me") == {"name": "Alex Kim", "email": "alex@example.org", "goal": "",
                              "skills": ["SQL", "copywriting"], "background": "",
                              "stage": None, "school": "", "landed": None}
    assert "not an e-mail address" in run("me", "--email", "alex at home", code=2)
    assert run_json("me")["email"] == "alex@example.org"
    run("landed", "--role", "Product Marketer", "--org", "Verdant Grid", "--on", "2026-12-01")
    assert run_json("me")["landed"] == {"role": "Product Marketer", "organisation": "Verdant Grid",
                                        "on": "2026-12-01T00:00", "email": "", "phone": ""}
    assert "landed: Product Marketer at Verdant Grid, 2026-12-01 00:00" in run("me")


def test_insights_count_spellings_once_and_show_the_gap_and_the_funnel() -> None:
    run("me", "--skills", "copywriting")
    run("add", "Dana Whitfield")
    run("add", "Sam Ortiz")
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-01")
    run("log", "Dana Whitfield", "replied", "--on", "2026-11-03")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-08", "--referral", "Ravi Patel",
        "--referral", "Lee Chan", "--insight", "skill:SQL", "--insight", "skill:copywriting",
        "--insight", "resource:Volts podcast")
    run("log", "Dana Whitfield", "thanked", "--on", "2026-11-08 18:00")
    run("log", "Sam Ortiz", "contacted", "--on", "2026-11-02")
    run("log", "Ravi Patel", "contacted", "--on", "2026-11-10")
    run("log", "Ravi Patel", "met", "--on", "2026-11-15", "--insight", "skill:sql queries",
        "--insight", "resource:the Volts podcast")
    data = run_json("insights")
    sql = data["skills"][0]
    assert (sql["label"], sql["people"], sql["have"]) == ("SQL", ["Dana Whitfield", "Ravi Patel"],
                                                          False)
    assert [s["label"] for s in data["gap"]] == ["SQL"]
    assert [s["label"] for s in data["strengths"]] == ["copywriting"]
    assert len(data["resources"]) == 1 and data["resources"][0]["people"] == [
        "Dana Whitfield", "Ravi Patel"]
    funnel = data["funnel"]
    assert (funnel["contacted"], funnel["replied"], funnel["met"], funnel["thanked"]) == (
        3, 2, 2, 1)
    assert funnel["reply_rate"] == 0.67 and funnel["median_days_to_reply"] == 2.0
    assert funnel["referrals_per_meeting"] == 1.0 and funnel["generations"] == [2, 2]
    assert "gap" in run("insights")


def test_insights_on_the_demo_fill_every_section() -> None:
    run("demo")
    data = run_json("insights")
    for section in ("skills", "gap", "strengths", "organisations", "events", "resources",
                    "trends", "challenges"):
        assert data[section], section
    funnel = data["funnel"]
    assert funnel["contacted"] > funnel["replied"] > 0 and funnel["met"] >= funnel["thanked"] > 0
    assert funnel["reply_rate"] and funnel["median_days_to_reply"] is not None
    assert funnel["referrals_per_meeting"] and len(funnel["generations"]) >= 3
    out = run("insights")
    assert "Funnel" in out and "per meeting" in out and "Oregon Clean Energy Summit" in out


def test_braces_in_my_question_are_refused_and_a_stored_one_breaks_no_plan(dana: None) -> None:
    from coffeechat.writing.models import CustomQuestion

    text = "How has {remote work} changed the way your team collaborates day to day?"
    refused = run("add-question", text, "--category", "culture", code=2)
    assert 'write "remote work" without the braces' in refused and "Traceback" not in refused
    assert 'write "your field"' in run(
        "add-question", "What drew you to {field}?", "--category", "path", code=2)
    run("add-question", "How did your work at {organisation} begin?", "--category", "path")
    mine = CustomQuestion.objects.get()
    CustomQuestion.objects.create(owner=mine.owner, text=text, category="culture",
                                  created_at=mine.created_at)  # stored before the refusal
    plan = run_json("questions", "Dana Whitfield", "--minutes", "30", "--topic", "culture")
    assert text in asked(plan) and "How did your work at Verdant Grid begin?" in asked(plan)
    assert "Prep sheet" in run("prep", "Dana Whitfield")


def test_my_questions_keep_their_own_ids_however_alike(dana: None) -> None:
    prefix = "How did the way your team plans its quarterly roadmap change after "
    for end in ("the merger?", "the layoffs?"):
        run("add-question", prefix + end, "--category", "day", "--minutes", "1")
    plan = run_json("questions", "Dana Whitfield", "--minutes", "30")
    mine = {i["text"]: i["question_id"] for i in plan["items"] if i["text"].startswith(prefix)}
    assert set(mine) == {prefix + "the merger?", prefix + "the layoffs?"}
    assert len(set(mine.values())) == 2 and all(q.startswith("custom-") for q in mine.values())


@pytest.mark.parametrize(("agreed", "planned", "said"), [
    ("180", 120, "this plans the first 120"), ("5", 10, "this plan takes 10")])
def test_a_meeting_agreed_beyond_the_limits_is_planned_within_them(
    dana: None, agreed: str, planned: int, said: str
) -> None:
    run("log", "Dana Whitfield", "scheduled", "--at", "2026-12-01 10:00", "--minutes", agreed)
    plan = run_json("questions", "Dana Whitfield")
    assert plan["agreed_minutes"] == int(agreed) and plan["planned_minutes"] <= planned
    assert said in plan["note"] and said in run("questions", "Dana Whitfield").replace("\n", " ")
    assert said in run("prep", "Dana Whitfield")
    assert "--minutes 0" in run("questions", "Dana Whitfield", "--minutes", "0", code=2)
    assert run_json("questions", "Dana Whitfield", "--minutes", "15")["note"] is None


@pytest.mark.parametrize("name", ["Sam [/b] Lee", "Robin Park [they/them]", "[bold]Ana"])
def test_names_with_brackets_print_as_written(name: str) -> None:
    run("add", name, "--org", "Acme [x]", "--title", "[/]Lead")
    out = run("questions", name)
    assert f"{name}: " in out and "Acme [x]" in out.replace("\n", " ")


def test_insights_count_people_who_share_a_name_apart() -> None:
    ids = [run_json("add", "Sam Lee")["id"], run_json("add", "Sam Lee", "--duplicate")["id"]]
    for person, day in zip(ids, ("01", "02"), strict=True):
        run("log", str(person), "met", "--on", f"2026-11-{day}", "--insight", "skill:SQL")
    assert run_json("insights")["skills"][0]["people"] == ["Sam Lee", "Sam Lee"]


def test_no_plan_on_the_demo_holds_a_question_the_checker_flags() -> None:
    from coffeechat.rules.checker import check_question

    run("demo", "--people", "40")
    for row in run_json("people"):
        plan = run_json("questions", str(row["id"]), "--minutes", "45")
        asked = [i["text"] for i in plan["items"] if i["category"] not in ("opening", "closing")]
        assert asked[-2:] == [
            "Have you heard of any current or upcoming opportunities that match my goals "
            "and skills?",
            "Can you recommend two or three other people I could talk with about this field?",
        ]
        assert [q for q in asked if check_question(q)] == [], row["name"]
