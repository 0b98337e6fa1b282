"""The kinds the models store, apart from the rules that use them.

The models take their choices from these enums; keeping them in a module of their own
means loading the models (on every command) does not load Jinja for the drafts or
rapidfuzz for the insights.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class InsightKind(StrEnum):
    """What a debrief insight is about."""

    SKILL = "skill"
    TREND = "trend"
    CHALLENGE = "challenge"
    CULTURE = "culture"
    ADVICE = "advice"
    ORGANISATION = "organisation"
    EVENT = "event"
    RESOURCE = "resource"


# Other words for a kind, as people write them: a tip is advice, kept (and counted in
# `insights`) as advice.
INSIGHT_ALIASES: dict[str, InsightKind] = {"tip": InsightKind.ADVICE}
INSIGHT_WORDS = ", ".join([*InsightKind, *(f"{a} (= {k})" for a, k in INSIGHT_ALIASES.items())])


def insight_kind(word: str) -> InsightKind | None:
    """The kind a word names, in any case, aliases included; None for no kind."""
    word = word.strip().lower()
    if word in INSIGHT_ALIASES:
        return INSIGHT_ALIASES[word]
    return InsightKind(word) if word in set(InsightKind) else None


class CareerStage(StrEnum):
    """Where the job seeker stands: it picks the questions a plan asks and how drafts
    phrase their background."""

    STUDENT = "student"
    GRADUATE = "graduate"
    CAREER_CHANGER = "career-changer"
    EXPERIENCED = "experienced"

    @classmethod
    def read(cls, text: str) -> CareerStage:
        """A stage in any case or spelling: "Career changer", "career_changer"."""
        return cls("-".join(text.strip().lower().replace("_", " ").replace("-", " ").split()))


class DraftKind(StrEnum):
    """Every message of the loop that has a draft."""

    INTRO_REQUEST = "intro_request"
    OUTREACH = "outreach"
    FOLLOW_UP = "follow_up"
    THANK_YOU = "thank_you"
    REFERRAL_OUTREACH = "referral_outreach"
    UPDATE_REFERRER = "update_referrer"
    REPLY_TO_INTRO = "reply_to_intro"
    RECONNECT = "reconnect"
    CHECK_IN = "check_in"
    LANDING = "landing"


class Category(StrEnum):
    """The categories of the question bank, in the order a conversation visits them."""

    PATH = "path"
    DAY = "day"
    SKILLS = "skills"
    TRENDS = "trends"
    CULTURE = "culture"
    ADVICE = "advice"
    ORGANISATIONS = "organisations"
    RESOURCES = "resources"
    ASSIGNMENTS = "assignments"
    ASKS = "asks"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Category.PATH: "How they got here",
    Category.DAY: "A usual day",
    Category.SKILLS: "Skills",
    Category.TRENDS: "Trends and challenges",
    Category.CULTURE: "Culture and values",
    Category.ADVICE: "Advice",
    Category.ORGANISATIONS: "Organisations and events",
    Category.RESOURCES: "Resources",
    Category.ASSIGNMENTS: "Assignments",
    Category.ASKS: "The asks",
}


def choices(kinds: Iterable[StrEnum]) -> list[tuple[str, str]]:
    """Database choices for an enum's members, labelled as Django labels TextChoices
    ("intro_request" -> "Intro Request"), so the models need no mirror class to drift."""
    return [(k.value, k.name.replace("_", " ").title()) for k in kinds]
