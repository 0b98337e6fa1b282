"""The questions fit who I am: a student asks about courses and first jobs, a career
changer about what carries over from their field, an experienced person about where the
organisation is going; every question the bank holds passes the mistake checker."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coffeechat.rules.checker import check_question
from coffeechat.rules.kinds import CareerStage
from coffeechat.rules.question_bank import QUESTION_BANK, Category
from coffeechat.rules.questions import ConversationFacts, Plan, fill, plan_conversation

TEACHER = "9 years teaching middle-school science"
DANA = ConversationFacts(
    person_name="Dana Lee", title="UX Researcher", organisation="Brightwheel",
    source="linkedin", goal="I'm exploring UX research roles at ed-tech companies in Portland",
)
STUDENT_ONLY = re.compile(r"final years of (?:a|your) degree|still studying|class projects", re.I)


def flagged(text: str) -> bool:
    return bool(check_question(text))


def at(stage: str, background: str = "", **changes: object) -> ConversationFacts:
    return ConversationFacts(**{**DANA.__dict__, "stage": stage, "background": background,
                                **changes})


def asked(plan: Plan) -> list[str]:
    return [item.text for item in plan.questions if item.category != "asks"]


def test_each_stage_has_at_least_twenty_questions_of_its_own() -> None:
    own = Counter(stage for q in QUESTION_BANK for stage in q.stages)

    assert {stage: own[stage.value] >= 20 for stage in CareerStage} == {
        stage: True for stage in CareerStage
    }
    assert sum(1 for q in QUESTION_BANK if not q.stages) >= 80, "the shared ones stay"


@pytest.mark.parametrize("background", ["", TEACHER, "12 years in hospital operations"])
def test_every_bank_question_passes_the_mistake_checker(background: str) -> None:
    facts = at("career-changer", background)
    texts = [fill(q, facts) for q in QUESTION_BANK if q.category is not Category.ASKS]

    assert [t for t in texts if t is None or flagged(t)] == []


def test_a_question_names_only_stages_that_exist() -> None:
    stages = {stage.value for stage in CareerStage}
    assert all(q.stages <= stages for q in QUESTION_BANK)


@pytest.mark.parametrize("stage", ["career-changer", "experienced"])
@pytest.mark.parametrize("minutes", [20, 60, 120])
def test_it_never_asks_a_grown_up_about_degrees_or_class_projects(stage: str, minutes: int) -> None:
    plan = plan_conversation(at(stage, TEACHER), minutes, exclude=flagged)

    assert [t for t in asked(plan) if STUDENT_ONLY.search(t)] == []


def test_a_career_changer_asks_what_carries_over_from_their_field_and_the_first_step() -> None:
    texts = asked(plan_conversation(at("career-changer", TEACHER), 20, exclude=flagged))

    assert "Which skills from teaching do you think carry over best into this work?" in texts
    assert "How do people in your role see candidates coming from teaching?" in texts
    assert ("What first step into this field would you suggest for someone coming from "
            "teaching?") in texts


def test_a_career_changer_without_a_background_asks_about_other_fields() -> None:
    texts = asked(plan_conversation(at("career-changer"), 20, exclude=flagged))

    assert "How do people in your role see candidates coming from other fields?" in texts


def test_an_experienced_person_asks_where_the_organisation_is_going() -> None:
    texts = asked(plan_conversation(at("experienced", "15 years in hospital operations"), 20))

    assert "Where do you see Brightwheel heading over the next few years, and why?" in texts


def test_a_student_asks_about_courses_and_first_jobs() -> None:
    texts = asked(plan_conversation(at("student", "third-year psychology student"), 60))

    assert any("course" in t.lower() for t in texts)
    assert any("first job" in t.lower() or "first role" in t.lower() for t in texts)


def test_a_graduate_is_not_asked_what_to_do_while_still_studying() -> None:
    texts = asked(plan_conversation(at("graduate"), 120, exclude=flagged))

    assert not [t for t in texts if "still studying" in t or "final years of" in t]
    assert any("graduat" in t for t in texts)


def test_with_no_stage_said_the_goal_decides_as_before() -> None:
    student_goal = at("", goal="I'm exploring entry-level UX research roles")
    plain_goal = at("", goal="I'm exploring UX research roles")

    student_ids = {i.question_id for i in plan_conversation(student_goal, 120).questions}
    plain = plan_conversation(plain_goal, 120)
    assert "advice-final-years" in student_ids
    assert [i.question_id for i in plain.questions if i.question_id
            and any(q.id == i.question_id and q.stages for q in QUESTION_BANK)] == []


@pytest.mark.parametrize("topic", ["funding", "Funding", "funds", "the funding climate"])
def test_a_topic_always_finds_the_bank_question_using_its_word(topic: str) -> None:
    plan = plan_conversation(at("career-changer", TEACHER, open_topics=[topic]), 10)

    assert "trends-funding-climate" in [i.question_id for i in plan.questions]
    assert plan.built_for == () and plan.unplaced == ()


def test_a_topic_no_question_is_about_gets_an_open_question_built_from_it() -> None:
    plan = plan_conversation(at("", open_topics=["community solar"]), 20, exclude=flagged)

    built = [i.text for i in plan.questions if (i.question_id or "").startswith("topic-")]
    assert built == ["What has your experience with community solar taught you, and what "
                     "would you tell someone new to it?"]
    assert plan.built_for == ("community solar",)
    assert not flagged(built[0])


def test_a_topic_typed_as_a_question_is_asked_as_typed() -> None:
    topic = "how do research teams work with teachers?"
    plan = plan_conversation(at("", open_topics=[topic]), 20, exclude=flagged)

    assert "How do research teams work with teachers?" in asked(plan)


def test_a_built_question_the_checker_flags_is_not_asked_and_is_said() -> None:
    plan = plan_conversation(at("", open_topics=["zebra crossings"]), 20,
                             exclude=lambda text: "zebra" in text)

    assert not [t for t in asked(plan) if "zebra" in t]
    assert plan.unplaced == ("zebra crossings",)


def test_the_opening_names_a_referrer_without_putting_words_in_their_mouth() -> None:
    referred = plan_conversation(at("", referred_by="Sam Ortiz"), 20).items[0].text
    introduced = plan_conversation(at("", introduced_by="Ana Ruiz"), 20).items[0].text
    stranger = plan_conversation(at(""), 20).items[0].text

    assert "I'm grateful to Sam Ortiz for putting us in touch." in referred
    assert "I'm grateful to Ana Ruiz for putting us in touch." in introduced
    assert "highly" not in referred + introduced + stranger
    assert "grateful to" not in stranger


def test_the_opening_gives_a_title_its_article() -> None:
    facts = at("", organisation=None, title="UX Researcher")
    assert "your work as a UX Researcher." in plan_conversation(facts, 20).items[0].text
    assert "becoming a UX Researcher" in " ".join(
        i.text for i in plan_conversation(at(""), 120).items
    )
