from __future__ import annotations

import re

import pytest

from coffeechat.rules.question_bank import ASKS, QUESTION_BANK, Category, Question, brace_problem
from coffeechat.rules.questions import (
    CLOSING,
    OPENING,
    ConversationFacts,
    Plan,
    custom_question,
    fill,
    plan_conversation,
    within_limits,
)

ALICE = ConversationFacts(
    person_name="Alice Moreno",
    title="Marketing Manager",
    organisation="Fernleaf Digital",
    research_notes="Leads a team of six; spoke at a Portland meetup on SEO.",
    source="alumni",
)
NOBODY_KNOWN = ConversationFacts(person_name="Bob")


def texts(plan: Plan) -> list[str]:
    return [item.text for item in plan.items]


def chosen_ids(plan: Plan) -> list[str | None]:
    return [item.question_id for item in plan.questions if item.category != "asks"]


def test_it_holds_at_least_eighty_questions() -> None:
    assert len(QUESTION_BANK) >= 80


def test_it_covers_every_category() -> None:
    assert {q.category for q in QUESTION_BANK} == set(Category)


def test_it_gives_every_question_a_unique_slug() -> None:
    ids = [q.id for q in QUESTION_BANK]

    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids)


def test_it_asks_nothing_that_a_yes_or_no_answers() -> None:
    yes_no = re.compile(r"(do|does|did|is|are|was|can|could|would|will|should|have|has)\b")
    questions = [q for q in QUESTION_BANK if q.category is not Category.ASKS]

    assert [q.text for q in questions if yes_no.match(q.text.lower())] == []
    assert all(q.text.endswith("?") and 2 <= q.minutes <= 4 for q in questions)


def test_it_asks_nothing_a_quick_search_answers() -> None:
    searchable = re.compile(
        r"what does .* do\b|how many (employees|people)|headquarter|founded|who (runs|leads)"
        r"|revenue|what products"
    )

    assert [q.text for q in QUESTION_BANK if searchable.search(q.text.lower())] == []


def test_it_holds_exactly_the_two_asks_of_seed_001() -> None:
    asks = [q.text for q in QUESTION_BANK if q.category is Category.ASKS]

    assert len(asks) == 2
    assert "current or upcoming opportunities that match my goals and skills" in asks[0]
    assert "recommend two or three other people I could talk with" in asks[1]


@pytest.mark.parametrize("minutes", [10, 20, 30, 60, 120])
def test_it_fits_the_agreed_minutes(minutes: int) -> None:
    plan = plan_conversation(ALICE, minutes)

    assert plan.total_minutes <= minutes
    assert plan.total_minutes >= minutes - 2
    assert sum(item.minutes for item in plan.items) == plan.total_minutes


@pytest.mark.parametrize("minutes", [10, 20, 30, 60])
def test_it_opens_then_ends_with_the_two_asks_and_a_closing(minutes: int) -> None:
    plan = plan_conversation(ALICE, minutes)
    categories = [item.category for item in plan.items]

    assert categories[0] == OPENING and 1 <= plan.items[0].minutes <= 2
    assert categories[-3:] == ["asks", "asks", CLOSING]
    assert [item.question_id for item in plan.items[-3:-1]] == [q.id for q in ASKS]


def test_it_still_asks_questions_in_ten_minutes() -> None:
    plan = plan_conversation(NOBODY_KNOWN, 10)

    assert len(chosen_ids(plan)) >= 1
    assert plan.total_minutes <= 10


def test_it_schedules_items_back_to_back() -> None:
    items = plan_conversation(ALICE, 30).items

    assert items[0].start_minute == 0
    for before, after in zip(items, items[1:], strict=False):
        assert after.start_minute == before.start_minute + before.minutes


def test_it_opens_with_thanks_and_the_referrer() -> None:
    facts = ConversationFacts(person_name="Dana Lee", source="referral", referred_by="Carol")

    opening = plan_conversation(facts).items[0].text

    assert opening.startswith("Thank you for making the time today, Dana.")
    assert "Carol" in opening


def test_it_opens_curious_about_them_and_how_we_know_them() -> None:
    opening = plan_conversation(ALICE).items[0].text

    assert "fellow alum" in opening
    assert "hearing about your work at" in opening
    assert "Fernleaf Digital" in opening


@pytest.mark.parametrize("minutes", [10, 30, 120])
def test_it_never_leaves_a_placeholder_unfilled(minutes: int) -> None:
    plan = plan_conversation(NOBODY_KNOWN, minutes)

    assert not any("{" in text or "}" in text for text in texts(plan))


def test_it_fills_placeholders_from_what_is_known() -> None:
    plan = plan_conversation(ALICE, 120)

    assert any("Fernleaf Digital" in item.text for item in plan.questions)
    assert any("Marketing Manager" in item.text for item in plan.questions)
    assert not any("{" in text for text in texts(plan))


def test_it_plans_the_same_way_twice() -> None:
    first = plan_conversation(ALICE, 45, extra=[custom_question("Why SEO?", Category.SKILLS)])
    again = plan_conversation(ALICE, 45, extra=[custom_question("Why SEO?", Category.SKILLS)])

    assert first == again


def test_it_never_chooses_what_exclude_flags() -> None:
    plan = plan_conversation(ALICE, 120, exclude=lambda text: "advice" in text.lower())

    assert not any("advice" in item.text.lower() for item in plan.questions)
    assert len(chosen_ids(plan)) > 10


def test_it_prefers_my_open_topics() -> None:
    facts = ConversationFacts(person_name="Bob", open_topics=["Organizations", "resources"])

    categories = [item.category for item in plan_conversation(facts, 10).questions]

    assert categories[:2] == ["organisations", "resources"]


def test_it_matches_open_topics_written_as_free_text() -> None:
    facts = ConversationFacts(person_name="Bob", open_topics=["remote work"])

    plan = plan_conversation(facts, 10)

    assert "day-remote-hybrid" in chosen_ids(plan)


def test_it_orders_questions_along_the_arc() -> None:
    arc = [c.value for c in Category]

    positions = [arc.index(item.category) for item in plan_conversation(ALICE, 60).questions]

    assert positions == sorted(positions)


def test_it_covers_distinct_categories_before_repeating_one() -> None:
    plan = plan_conversation(ALICE, 30)
    categories = [item.category for item in plan.questions if item.category != "asks"]

    assert len(categories) >= 7
    assert len(set(categories)) == len(categories)


def test_it_prefers_questions_tagged_for_the_person() -> None:
    plan = plan_conversation(ALICE, 20)

    assert "path-to-leading" in chosen_ids(plan)


def test_it_leaves_out_questions_tagged_for_someone_else() -> None:
    tagged = {q.id for q in QUESTION_BANK if q.tags}

    assert not tagged & set(chosen_ids(plan_conversation(NOBODY_KNOWN, 120)))


def test_it_asks_my_own_questions_first() -> None:
    mine = custom_question("How did the rebrand of {organisation} come about?", Category.CULTURE)

    plan = plan_conversation(ALICE, 10, extra=[mine])

    assert "How did the rebrand of Fernleaf Digital come about?" in texts(plan)


def test_it_puts_my_own_asks_before_the_two_asks() -> None:
    mine = custom_question("Who else at {organisation} should I read up on?", Category.ASKS, 1.5)

    items = plan_conversation(ALICE, 20, extra=[mine]).items

    assert items[-4].question_id == mine.id


@pytest.mark.parametrize("minutes", [5, 9, 121])
def test_it_refuses_a_meeting_too_short_or_too_long(minutes: int) -> None:
    with pytest.raises(ValueError, match="between 10 and 120 minutes"):
        plan_conversation(ALICE, minutes)


def test_it_refuses_a_custom_question_with_an_unknown_placeholder() -> None:
    with pytest.raises(ValueError, match="not a fact a plan fills in"):
        Question(id="custom-x", text="What is {company} like?", category=Category.CULTURE)


def test_it_renders_the_plan_with_time_marks() -> None:
    text = plan_conversation(ALICE, 20).render()

    assert text.splitlines()[2].startswith("00:00  Opening")
    assert "02:00  How they got here" in text
    assert text.rstrip().endswith("20:00  End")


def test_it_greets_by_the_first_name_past_an_honorific() -> None:
    plan = plan_conversation(ConversationFacts(person_name="Dr. Dana Lee"), 20)

    assert plan.items[0].text.startswith("Thank you for making the time today, Dana. ")
    assert plan.items[-1].text.startswith("Thank you so much, Dana; ")


def test_it_gives_every_custom_question_an_id_of_its_own() -> None:
    prefix = "How did the way your team plans its quarterly roadmap change after "
    mine = [
        custom_question(prefix + "the merger?", Category.DAY),
        custom_question(prefix + "the layoffs?", Category.DAY),
        custom_question("Как изменилась ваша работа за последний год?", Category.DAY),
        custom_question("あなたの仕事で一番大切なことは何ですか？", Category.DAY),
    ]

    assert len({q.id for q in mine}) == 4
    assert custom_question("Why SEO?", Category.SKILLS, number=7).id == "custom-7"
    plan = plan_conversation(NOBODY_KNOWN, 30, extra=mine)
    assert {q.id for q in mine} <= set(chosen_ids(plan))


def test_it_prints_the_braces_of_a_stored_question_as_typed() -> None:
    stored = custom_question("How has {remote work} changed your team's days?", Category.DAY)

    plan = plan_conversation(ALICE, 10, extra=[stored])

    assert "How has {remote work} changed your team's days?" in texts(plan)


def test_it_can_ask_every_question_of_someone_with_a_title_and_an_organisation() -> None:
    assert [q.id for q in QUESTION_BANK if fill(q, ALICE) is None] == []
    assert "your field" in (brace_problem("What drew you to {field}?") or "")


def test_it_plans_within_the_limits_and_says_what_was_agreed() -> None:
    long = plan_conversation(ALICE, within_limits(180), agreed=180)
    short = plan_conversation(ALICE, within_limits(5), agreed=5)

    assert long.total_minutes <= 120 and long.agreed_minutes == 180
    assert "first 120" in long.note and "our 180 minutes" in long.items[0].text
    assert short.total_minutes <= 10 and "You agreed 5 minutes" in short.note
    assert plan_conversation(ALICE, 30, agreed=30).note == ""
    assert long.render().splitlines()[1] == long.note


def test_a_linkedin_contact_is_thanked_once_and_for_nothing_untrue() -> None:
    # "Thank you for making the time today, Dana. Thank you for answering my note on
    # LinkedIn.": two thanks in a row, and the note may well have been an e-mail.
    from dataclasses import replace

    opening = plan_conversation(replace(ALICE, source="linkedin")).items[0].text

    assert opening.count("Thank you") == 1
    assert "connected on LinkedIn" in opening and "my note" not in opening
