"""Planning what to ask someone: their facts, my goal, what earlier interviews left open,
my own questions, and no question the mistake checker flags."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from django.contrib.auth.models import User

from coffeechat.accounts.models import Profile
from coffeechat.accounts.services import policy_of, profile_for
from coffeechat.errors import UserError
from coffeechat.people.models import Person
from coffeechat.pipeline.models import Insight
from coffeechat.rules.checker import check_question
from coffeechat.rules.question_bank import Category, Question, brace_problem
from coffeechat.rules.questions import (
    MAX_MINUTES,
    MIN_MINUTES,
    ConversationFacts,
    Plan,
    custom_question,
    plan_conversation,
    within_limits,
)
from coffeechat.rules.timeline import DEFAULT_MEETING_MINUTES
from coffeechat.writing.models import CustomQuestion
from coffeechat.writing.record import Record, record_of

DEFAULT_MINUTES = DEFAULT_MEETING_MINUTES
# Which question category an insight kind answers.
ANSWERS = {
    "skill": Category.SKILLS,
    "trend": Category.TRENDS,
    "challenge": Category.TRENDS,
    "culture": Category.CULTURE,
    "advice": Category.ADVICE,
    "organisation": Category.ORGANISATIONS,
    "event": Category.ORGANISATIONS,
    "resource": Category.RESOURCES,
}
CATEGORIES = ", ".join(c.value for c in Category if c is not Category.ASKS)


def left_open(owner: User, person: Person) -> tuple[str, ...]:
    """Topics no earlier interview (with anyone else) has answered yet: once I have met
    someone, the categories with no insight recorded are what to ask about next."""
    kinds = set(
        Insight.objects.filter(conversation__owner=owner)
        .exclude(conversation__person=person)
        .values_list("kind", flat=True)
        .distinct()  # a handful of kinds, not every insight of a long search
    )
    if not kinds:
        return ()
    answered = {ANSWERS[k] for k in kinds if k in ANSWERS}
    return tuple(dict.fromkeys(c.value for c in ANSWERS.values() if c not in answered))


def conversation_facts(
    record: Record, profile: Profile, topics: Sequence[str]
) -> ConversationFacts:
    person = record.person
    introduced = record.introducer
    return ConversationFacts(
        person_name=person.name,
        title=person.title or None,
        organisation=person.organisation.name if person.organisation else None,
        research_notes=" ".join(
            n for n in (person.notes, person.organisation.notes if person.organisation else "")
            if n
        ),
        source=person.source,
        referred_by=record.referred_by.name if record.referred_by else None,
        introduced_by=introduced.name if introduced else None,
        open_topics=tuple(topics),
        goal=profile.goal,
        thank_you_hours=policy_of(profile).thank_you_hours,
        stage=profile.stage,
        background=profile.background,
    )


def own_questions(owner: User) -> list[Question]:
    return [
        custom_question(q.text, Category(q.category), q.minutes, number=q.id)
        for q in CustomQuestion.objects.filter(owner=owner).order_by("id")
    ]


@lru_cache(maxsize=8192)
def flagged(text: str) -> bool:
    """A question the checker finds a mistake in never makes the plan. (Hundreds of
    candidates a plan, the same ones for the same person: each checked once.)"""
    return bool(check_question(text))


@dataclass(frozen=True)
class Planned:
    """A plan and what it was made from, loaded once for whoever shows it next."""

    record: Record
    plan: Plan
    profile: Profile
    left_open: tuple[str, ...]  # categories no interview with anyone else answered


def plan_for(
    *,
    owner: User,
    person: Person,
    minutes: int | None = None,
    topics: Sequence[str] = (),
) -> Planned:
    """The plan for the conversation with `person`, fitting `minutes` (default: the agreed
    minutes of the meeting still ahead, else of the one held last, else 20)."""
    record = record_of(person)
    budget, agreed = _minutes(minutes, record)
    profile = profile_for(owner)
    unanswered = left_open(owner, record.person)
    facts = conversation_facts(record, profile, (*topics, *unanswered))
    plan = plan_conversation(
        facts, budget, extra=own_questions(owner), exclude=flagged, agreed=agreed
    )
    return Planned(record, plan, profile, unanswered)


def _minutes(asked: int | None, record: Record) -> tuple[int, int | None]:
    """The minutes to plan and the minutes agreed. Only minutes asked for on the command
    line can be refused: a meeting agreed shorter or longer than any plan is planned
    within the limits, and the plan says so."""
    if asked is None:
        meeting = record.arranged
        agreed = (meeting.minutes if meeting else None) or DEFAULT_MINUTES
        return within_limits(agreed), agreed
    if not MIN_MINUTES <= asked <= MAX_MINUTES:
        raise UserError(
            f"--minutes {asked}: plan between {MIN_MINUTES} and {MAX_MINUTES} minutes "
            "(ask for 10 to 30)",
            plain=f"{asked} minutes: plan between {MIN_MINUTES} and {MAX_MINUTES} minutes "
            "(ask for 10 to 30)",
            field="minutes",
        )
    return asked, None


def add_question(
    *, owner: User, text: str, category: str, minutes: float, now: datetime
) -> CustomQuestion:
    """Add my own question to the bank, refusing one the checker flags (saying why)."""
    text = " ".join(text.split())
    if not text:
        raise UserError("the question is empty: write it in full, ending with ?")
    try:
        chosen = Category(category.strip().lower())
    except ValueError:
        chosen = None
    if chosen is None or chosen is Category.ASKS:
        raise UserError(f"unknown --category {category!r}: write one of {CATEGORIES}",
                        plain=f"unknown part of the conversation {category!r}: choose one of "
                        f"{CATEGORIES}", field="category")
    if not 0.5 <= minutes <= 15:
        raise UserError(f"--minutes {minutes:g}: a question takes between 0.5 and 15 minutes",
                        plain=f"{minutes:g} minutes: a question takes between 0.5 and 15 "
                        "minutes", field="minutes")
    problem = brace_problem(text)
    if problem:
        raise UserError(problem)
    problems = check_question(text)
    if problems:
        raise UserError(f"{problems[0].code}: {problems[0].message} Rephrase it and add it again.")
    question, created = CustomQuestion.objects.get_or_create(
        owner=owner,
        text=text,
        defaults={"category": chosen.value, "minutes": minutes, "created_at": now},
    )
    if not created:
        raise UserError(f"you already have this question (number {question.id})")
    return question


def remove_question(*, owner: User, ident: int) -> CustomQuestion:
    question = CustomQuestion.objects.filter(owner=owner, id=ident).first()
    if question is None:
        raise UserError(
            f"no question of yours with number {ident}: coffeechat questions --bank lists "
            "yours (\"yours N\") with their numbers",
            plain=f"no question of yours with number {ident}: it may be removed already "
            "(your own questions are listed with their Remove buttons)",
        )
    question.delete()
    return question
