"""Plan an informational interview: which questions to ask this person, in which order, in
the time they agreed to give.

A plan opens with thanks and a curious, outwardly focused opener [seed 003], moves through
the questions in a natural arc (their path, their day, skills, trends and culture, advice,
then where to go next), always ends with the two asks of seed 001 §3 and closes by
confirming next steps. It never runs over the agreed minutes [seed 002].
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from coffeechat.rules.background import former_field
from coffeechat.rules.grammar import article, with_article
from coffeechat.rules.question_bank import (
    ASKS,
    QUESTION_BANK,
    STAGE_PHRASES,
    TAG_PHRASES,
    Category,
    Question,
    brace_problem,
    literal,
)
from coffeechat.rules.topics import Topics, on_topic, read_topics, topic_question, topics_of
from coffeechat.rules.wording import count, first_name

__all__ = [
    "ASKS", "CLOSING", "OPENING", "QUESTION_BANK", "Category", "ConversationFacts", "Plan",
    "PlanItem", "Question", "Source", "custom_question", "fill", "plan_conversation",
    "within_limits",
]

MIN_MINUTES = 10
MAX_MINUTES = 120
OPENING = "opening"
CLOSING = "closing"
CLOSING_MINUTES = 1.0

# The order a conversation naturally follows; the asks always come last.
ARC = (
    Category.PATH, Category.DAY, Category.SKILLS, Category.TRENDS, Category.CULTURE,
    Category.ADVICE, Category.ORGANISATIONS, Category.RESOURCES, Category.ASSIGNMENTS,
    Category.ASKS,
)

# When time is short, the categories seeds 000 and 002 lead with win the tie.
_CATEGORY_WEIGHT = {
    Category.PATH: 3.0, Category.ADVICE: 3.0, Category.SKILLS: 2.0, Category.TRENDS: 2.0,
    Category.DAY: 2.0, Category.CULTURE: 1.5, Category.ASSIGNMENTS: 1.5,
    Category.ORGANISATIONS: 1.0, Category.RESOURCES: 1.0, Category.ASKS: 0.0,
}
# Open topics first; then the category's weight; tags and named facts only break ties.
_TOPIC_BONUS = 100.0
_WEIGHT_FACTOR = 10.0
_TAG_BONUS = 2.0
_STAGE_BONUS = 3.0  # a question for my stage before a shared one of its category
_PERSONAL_BONUS = 1.0
_EPSILON = 1e-9


class Source(StrEnum):
    """How I know someone; the same values as `people.models.Source`."""

    FRIEND = "friend"
    FAMILY = "family"
    ALUMNI = "alumni"
    COLLEAGUE = "colleague"
    LINKEDIN = "linkedin"
    REFERRAL = "referral"
    OTHER = "other"


@dataclass(frozen=True)
class ConversationFacts:
    person_name: str
    title: str | None = None
    organisation: str | None = None
    research_notes: str = ""
    source: str = Source.OTHER
    referred_by: str | None = None
    introduced_by: str | None = None  # who introduced us (an intro that happened)
    open_topics: Sequence[str] = ()
    goal: str = ""  # my goal statement; its words ("student", "entry-level") pick tags too
    thank_you_hours: int = 24  # the user's setting: what the closing promises
    stage: str = ""  # my CareerStage; "" when not said (the goal's words decide)
    background: str = ""  # mine, one line: "9 years teaching middle-school science"


@dataclass(frozen=True)
class PlanItem:
    start_minute: float
    minutes: float
    category: str  # OPENING, CLOSING or a Category value
    text: str
    question_id: str | None = None


@dataclass
class Plan:
    items: list[PlanItem]
    total_minutes: float
    agreed_minutes: int
    note: str = ""  # why the plan does not fill the agreed minutes exactly, if it does not
    built_for: tuple[str, ...] = ()  # free-text topics asked by a question built from them
    unplaced: tuple[str, ...] = ()  # free-text topics no question in the plan is about

    @property
    def questions(self) -> list[PlanItem]:
        return [item for item in self.items if item.question_id is not None]

    def render(self) -> str:
        lines = [f"{self.total_minutes:g} of the {self.agreed_minutes} agreed minutes planned"]
        lines += [self.note, ""] if self.note else [""]
        for item in self.items:
            lines.append(f"{clock(item.start_minute)}  {category_label(item.category)}")
            lines.append(f"       {item.text}")
        lines.append(f"{clock(self.total_minutes)}  End")
        return "\n".join(lines)


def clock(minutes: float) -> str:
    seconds = round(minutes * 60)
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def category_label(category: str) -> str:
    if category in (OPENING, CLOSING):
        return category.capitalize()
    return Category(category).label


def custom_question(
    text: str, category: Category, minutes: float = 3.0, number: int | None = None
) -> Question:
    """A question the user wrote: `custom-NUMBER` (its number in the database), or an id
    hashed from the whole text, so two questions never share one.

    Braces that name no fact (stored before add-question refused them) print as typed
    rather than break every plan; {field} was a fact until the bank dropped it.
    """
    text = text.strip().replace("{field}", "your field")
    if brace_problem(text):
        text = literal(text)
    hashed = hashlib.sha1(text.encode(), usedforsecurity=False).hexdigest()[:12]
    ident = hashed if number is None else str(number)
    return Question(id=f"custom-{ident}", text=text, category=category, minutes=minutes)


def within_limits(agreed: int) -> int:
    """The minutes a plan for a meeting of `agreed` minutes fills."""
    return min(max(agreed, MIN_MINUTES), MAX_MINUTES)


def _limits_note(agreed: int, minutes: int) -> str:
    if agreed > minutes:
        return (f"You agreed {agreed} minutes; this plans the first {minutes}, and the rest "
                "can follow where the talk goes.")
    return (f"You agreed {agreed} minutes and this plan takes {minutes}: ask one or two "
            "questions, then the two asks.")


def fill(question: Question, facts: ConversationFacts) -> str | None:
    """The question's text with its placeholders filled, or None when a fact is unknown."""
    background = facts.background.strip()
    known = {
        "organisation": (facts.organisation or "").strip(),
        "title": (facts.title or "").strip(),
        "former_field": former_field(background) if background else "other fields",
    }
    if any(not known[name] for name in question.placeholders):
        return None
    text = _TITLE.sub(lambda m: _titled(m, known["title"]), question.text)
    return text.format(**known)


# A title after "as" or "becoming" takes its article: "started as a UX Researcher".
_TITLE = re.compile(r"(?:\b(?P<det>a|an|the|your|their|my|our|this|that)\s+)?\{title\}", re.I)


def _titled(found: re.Match[str], title: str) -> str:
    det = found.group("det")
    if det is None:
        return with_article(title).replace("{", "{{").replace("}", "}}")
    if det.lower() in ("a", "an"):  # the article the title needs, not the one typed
        det = article(title) if det.islower() else article(title).capitalize()
    return f"{det} {title}".replace("{", "{{").replace("}", "}}")


@dataclass(frozen=True)
class _Candidate:
    question: Question
    text: str
    score: float
    on_topic: bool
    extra: bool
    order: int
    topics: tuple[str, ...] = ()  # the free-text topics (as typed) it is about


def plan_conversation(
    facts: ConversationFacts,
    minutes: int = 20,
    extra: Sequence[Question] = (),
    bank: Sequence[Question] = QUESTION_BANK,
    exclude: Callable[[str], bool] | None = None,
    agreed: int | None = None,
) -> Plan:
    """Plan a conversation with this person that fits in `minutes`; `agreed`, when the
    meeting agreed is shorter or longer than any plan, is what the opening promises."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise ValueError(
            f"A conversation plan needs between {MIN_MINUTES} and {MAX_MINUTES} minutes; "
            f"got {minutes}."
        )
    asks = [
        (q, text)
        for q in [q for q in bank if q.category is Category.ASKS] or ASKS
        if (text := fill(q, facts)) is not None
    ]
    opening_minutes = 1.0 if minutes < 20 else 2.0
    fixed = opening_minutes + sum(q.minutes for q, _ in asks) + CLOSING_MINUTES
    candidates = _candidates(facts, extra, bank, exclude or (lambda _: False))
    chosen = _choose(candidates, minutes - fixed)
    chosen.sort(key=lambda c: (ARC.index(c.question.category), c.order))
    topics = [topic for topic, _ in read_topics(facts.open_topics).phrases]
    covered = {topic for c in chosen for topic in c.topics}

    segments: list[tuple[str, str, float, str | None]] = [
        (OPENING, _opening(facts, agreed or minutes), opening_minutes, None),
        *((c.question.category.value, c.text, c.question.minutes, c.question.id) for c in chosen),
        *((q.category.value, text, q.minutes, q.id) for q, text in asks),
        (CLOSING, _closing(facts), CLOSING_MINUTES, None),
    ]
    plan = _timeline(segments, agreed or minutes)
    plan.note = _limits_note(agreed, minutes) if agreed and agreed != minutes else ""
    plan.built_for = tuple(t for c in chosen if c.question.id.startswith("topic-")
                           for t in c.topics)
    plan.unplaced = tuple(t for t in topics if t not in covered)
    return plan


def _timeline(segments: list[tuple[str, str, float, str | None]], agreed: int) -> Plan:
    items: list[PlanItem] = []
    start = 0.0
    for category, text, minutes, question_id in segments:
        items.append(PlanItem(start, minutes, category, text, question_id))
        start += minutes
    return Plan(items=items, total_minutes=start, agreed_minutes=agreed)


def _candidates(
    facts: ConversationFacts,
    extra: Sequence[Question],
    bank: Sequence[Question],
    exclude: Callable[[str], bool],
) -> list[_Candidate]:
    """Every question that may be asked of this person, scored for how well it fits; a
    free-text topic no question is about gets one built from it."""
    about = _about(facts)
    topics = read_topics(facts.open_topics)
    candidates: list[_Candidate] = []
    seen: set[str] = set()
    for order, question in enumerate([*extra, *bank]):
        is_extra = order < len(extra)
        text = fill(question, facts)
        if text is None or (question.category is Category.ASKS and not is_extra):
            continue
        same_text = " ".join(text.lower().split())
        about_topics = topics_of(question, text, topics)
        # A question asked for by its words fits whomever it is tagged for, not any stage.
        fits = bool(about_topics) or _tags_fit(question.tags, about)
        if (
            question.id in seen
            or same_text in seen
            or not fits
            or not _stage_fits(question.stages, facts)
            or exclude(text)
        ):
            continue
        seen.update((question.id, same_text))
        found = on_topic(question, text, topics)
        candidates.append(_Candidate(question, text, _score(question, found), found, is_extra,
                                     order, tuple(about_topics)))
    return candidates + _built(topics, candidates, exclude, len(extra) + len(bank))


def _built(
    topics: Topics, candidates: list[_Candidate], exclude: Callable[[str], bool], order: int
) -> list[_Candidate]:
    """A question built from each free-text topic that no candidate is about."""
    covered = {topic for c in candidates for topic in c.topics}
    built = []
    for number, (topic, _) in enumerate(topics.phrases):
        if topic in covered:
            continue
        question = topic_question(topic, exclude, number)
        if question is not None:
            built.append(_Candidate(question, question.text, _score(question, True), True,
                                    False, order + number, (topic,)))
    return built


def _stage_fits(stages: frozenset[str], facts: ConversationFacts) -> bool:
    """A question for some stages fits me at one of them; with no stage said, when my
    goal (or an open topic) names one, as before stages were asked."""
    if not stages:
        return True
    if facts.stage:
        return facts.stage in stages
    mine = " ".join((facts.goal, *facts.open_topics)).lower()
    return any(_has_phrase(mine, phrase) for s in stages for phrase in STAGE_PHRASES[s])


def _score(question: Question, on_topic: bool) -> float:
    score = _WEIGHT_FACTOR * _CATEGORY_WEIGHT[question.category]
    score += _TOPIC_BONUS if on_topic else 0.0
    score += _TAG_BONUS if question.tags else 0.0
    score += _STAGE_BONUS if question.stages else 0.0
    return score + _PERSONAL_BONUS * len(question.placeholders)


def _choose(candidates: list[_Candidate], budget: float) -> list[_Candidate]:
    """Greedily fill the budget: my own questions first, then one per category before any
    category gets a second (open topics may have two), the best-fitting first."""
    chosen: list[_Candidate] = []
    uses: Counter[Category] = Counter()
    pool = list(candidates)

    def rank(c: _Candidate) -> tuple[bool, float, float, int]:
        repeats = uses[c.question.category] / (2 if c.on_topic else 1)
        return (not c.extra, repeats, -c.score, c.order)

    while fitting := [c for c in pool if c.question.minutes <= budget + _EPSILON]:
        best = min(fitting, key=rank)
        chosen.append(best)
        pool.remove(best)
        uses[best.question.category] += 1
        budget -= best.question.minutes
    return chosen


def _about(facts: ConversationFacts) -> str:
    """Everything I know about the person, my goal and my open topics, in lower case."""
    parts = [facts.title or "", facts.organisation or "", facts.research_notes, facts.goal,
             *facts.open_topics]
    if facts.source == Source.ALUMNI:
        parts.append("alumni")
    return " ".join(parts).lower()


def _has_phrase(text: str, phrase: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) is not None


def _tags_fit(tags: frozenset[str], about: str) -> bool:
    """An untagged question fits anyone; a tagged one only someone its tags describe."""
    if not tags:
        return True
    return any(
        _has_phrase(about, phrase) for tag in tags for phrase in TAG_PHRASES.get(tag, (tag,))
    )


def _greeting_name(facts: ConversationFacts) -> str:
    # The drafts' first name, honorifics skipped; a bare "Dr." must not end in "..".
    return first_name(facts.person_name).rstrip(".")


def _opening(facts: ConversationFacts, minutes: int) -> str:
    """Thanks, how we are connected, then curiosity about them rather than talk about me."""
    name = _greeting_name(facts)
    thanks = f"Thank you for making the time today, {name}." if name else (
        "Thank you for making the time today."
    )
    if facts.organisation:
        curious = (f"I've been looking forward to hearing about your work at "
                   f"{facts.organisation} and the people behind it.")
    elif facts.title:
        curious = f"I'm truly curious about your work as {with_article(facts.title)}."
    else:
        curious = "I'm truly curious about the work you do."
    keep_time = f"I'll keep to our {minutes} minutes."
    return " ".join(part for part in (thanks, _connection(facts), curious, keep_time) if part)


def _connection(facts: ConversationFacts) -> str:
    """How we are connected, in words nobody could find untrue: a referrer's or an
    introducer's name only when they did refer or introduce us, never words put in
    their mouth."""
    if who := facts.referred_by or facts.introduced_by:
        return f"I'm grateful to {who} for putting us in touch."
    lines: dict[str, str] = {
        Source.FRIEND: "It's a treat to hear about your work properly for once.",
        Source.FAMILY: "It's a treat to hear about your work properly for once.",
        Source.ALUMNI: "It's great to meet a fellow alum.",
        Source.COLLEAGUE: "It's good to catch up again after working together.",
        Source.LINKEDIN: "I'm glad we connected on LinkedIn.",
        Source.REFERRAL: "I'm glad we were put in touch.",
    }
    return lines.get(str(facts.source), "")


def _closing(facts: ConversationFacts) -> str:
    name = _greeting_name(facts)
    thanks = f"Thank you so much, {name}; this has been really helpful." if name else (
        "Thank you so much; this has been really helpful."
    )
    return (
        f"{thanks} Just to confirm next steps: I'll write within "
        f"{count(facts.thank_you_hours, 'hour')} and follow up on "
        "everything we agreed today. How can I be helpful to you in return?"
    )
