"""What the interviews taught, summed over all of them.

Skills named against my own (the skills gap), organisations, events and resources
recommended, trends and challenges heard, and the pipeline figures: reply rate,
meetings, referrals per meeting and how many generations of referrals deep it goes.

Labels typed in debriefs vary ("SQL", "SQL queries", "knowledge of SQL"), so they are
normalised and near-duplicates merged before anything is counted.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any

from rapidfuzz import fuzz

from coffeechat.rules.kinds import InsightKind as InsightKind
from coffeechat.rules.timeline import Kind
from coffeechat.rules.world import PersonFact


@dataclass(frozen=True)
class InsightNote:
    kind: str
    text: str
    person: str  # their name, as shown
    on: date
    person_id: int | None = None  # who said it: two people may share a name


@dataclass(frozen=True)
class ConversationFacts:
    person: str
    contacted_on: datetime | None
    replied_on: datetime | None
    met_on: datetime | None
    thanked_on: datetime | None
    referred_by: str | None
    introduced_by: str | None = None  # who put us in touch, when nobody referred them


@dataclass(frozen=True)
class LabelGroup:
    """Spellings that mean the same thing, shown by the most common one."""

    label: str
    key: str
    spellings: tuple[str, ...]
    count: int


@dataclass(frozen=True)
class Insight:
    label: str
    people: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class Skill:
    label: str
    people: tuple[str, ...]
    mentions: int
    have: bool


@dataclass(frozen=True)
class Funnel:
    contacted: int
    replied: int
    met: int
    thanked: int
    reply_rate: float | None
    median_days_to_reply: float | None
    meetings: int
    referrals: int
    referrals_per_meeting: float | None
    generations: tuple[int, ...]
    introductions: int = 0  # people someone introduced me to
    introducers: int = 0  # the people who made those introductions
    people_per_introducer: float | None = None


@dataclass(frozen=True)
class Summary:
    skills: tuple[Skill, ...]
    gap: tuple[Skill, ...]
    strengths: tuple[Skill, ...]
    organisations: tuple[Insight, ...]
    events: tuple[Insight, ...]
    resources: tuple[Insight, ...]
    trends: tuple[Insight, ...]
    challenges: tuple[Insight, ...]
    culture: tuple[Insight, ...]
    advice: tuple[Insight, ...]
    funnel: Funnel

    def to_dict(self) -> dict[str, Any]:
        """What `asdict` gives, tuples as lists (JSON), made directly: `asdict` copies
        every name of every list of people one call at a time (thousands of them)."""
        data: dict[str, Any] = {}
        for name in _SUMMARY_FIELDS:
            value = getattr(self, name)
            data[name] = ([_row(item) for item in value] if isinstance(value, tuple)
                          else _jsonable(asdict(value)))
        return data


_SUMMARY_FIELDS = tuple(f.name for f in fields(Summary))


def _row(item: Insight | Skill) -> dict[str, Any]:
    row: dict[str, Any] = {"label": item.label, "people": list(item.people),
                           "mentions": item.mentions}
    if isinstance(item, Skill):
        row["have"] = item.have
    return row


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(item) for item in value]
    return value


# --- Labels -------------------------------------------------------------------------

_TOKEN = re.compile(r"[a-z0-9+#]+")
_ARTICLES = frozenset({"a", "an", "the"})
_INTENSIFIERS = frozenset({"good", "strong", "solid", "excellent", "great"})
# Filler that says "this is a skill" without changing which skill it is.
_LEADING_FILLER = (
    ("knowledge", "of"),
    ("knowledge", "in"),
    ("experience", "with"),
    ("experience", "in"),
    ("experience", "of"),
    ("ability", "to"),
    ("understanding", "of"),
    ("familiarity", "with"),
    ("proficiency", "in"),
    ("proficiency", "with"),
    ("expertise", "in"),
    ("skills", "in"),
    ("skill", "in"),
)
_TRAILING_FILLER = frozenset(
    {"skill", "skills", "queries", "query", "knowledge", "experience", "ability", "abilities"}
)
_SPELLINGS = {
    "programme": "program",
    "programmes": "programs",
    "licence": "license",
    "defence": "defense",
    "offence": "offense",
    "grey": "gray",
}
# British to American endings, applied to both sides of every comparison, so a fold
# that is wrong for some word ("advise") still never splits or joins real labels.
_ENDINGS = (
    (re.compile(r"isation(s?)$"), r"ization\1"),
    (re.compile(r"(?<=.{3})is(e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing|er|ers)$"), r"yz\1"),
    (re.compile(r"(?<=.{3})our(s|ed|ing|ite|ites|able)?$"), r"or\1"),
    (re.compile(r"(?<=.{3})tre(s?)$"), r"ter\1"),
    (re.compile(r"ell(ing|ed|er|ers)$"), r"el\1"),
    (re.compile(r"ogue(s?)$"), r"og\1"),
)
_NOT_PLURAL = frozenset({"news", "series", "species", "always", "perhaps"})
# Conservative on purpose: "sql" and "sql server" must stay apart.
_SIMILAR_AT = 90
_SHORTEST_FUZZY = 5


@functools.lru_cache(maxsize=8192)
def normalise_label(text: str) -> str:
    """The comparison key of a label: "Knowledge of SQL" and "sql queries" give "sql".
    Cached: the same labels come back in every debrief and every insights page."""
    raw = _TOKEN.findall(text.lower().replace("&", " and "))
    tokens = _strip_filler([t for t in raw if t not in _ARTICLES]) or raw
    return " ".join(_fold_plural(_fold_spelling(token)) for token in tokens)


def _strip_filler(tokens: list[str]) -> list[str]:
    changed = True
    while tokens and changed:
        changed = False
        if tokens[0] in _INTENSIFIERS:
            tokens, changed = tokens[1:], True
        if tuple(tokens[:2]) in _LEADING_FILLER:
            tokens, changed = tokens[2:], True
        if tokens and tokens[-1] in _TRAILING_FILLER:
            tokens, changed = tokens[:-1], True
    return tokens


def _fold_spelling(token: str) -> str:
    if token in _SPELLINGS:
        return _SPELLINGS[token]
    for pattern, replacement in _ENDINGS:
        folded = pattern.sub(replacement, token)
        if folded != token:
            return folded
    return token


def _fold_plural(token: str) -> str:
    if len(token) <= 3 or token in _NOT_PLURAL or not token.endswith("s"):
        return token
    if token.endswith("ies") and len(token) > 4:
        return token[:-3] + "y"
    if token.endswith("sses"):
        return token[:-2]
    if token.endswith(("ss", "us", "is", "js")):
        return token
    return token[:-1]


def similar(key: str, other: str) -> bool:
    """Whether two normalised keys are near enough to count as one label."""
    if key == other or key.replace(" ", "") == other.replace(" ", ""):
        return True
    if min(len(key), len(other)) < _SHORTEST_FUZZY:
        return False
    score = max(fuzz.ratio(key, other), fuzz.token_sort_ratio(key, other))
    return score >= _SIMILAR_AT


def group_labels(labels: Iterable[str]) -> list[LabelGroup]:
    """Group labels that mean the same thing, in the order each group first appears.

    Exact keys are grouped first; then smaller groups join the first bigger group
    whose key is similar (compared with that group's key only, so chains of small
    differences cannot drift from "data" to "date" to "dates").
    """
    buckets: dict[str, list[str]] = {}
    for label in labels:
        spelling = label.strip()
        if spelling:
            buckets.setdefault(normalise_label(spelling), []).append(spelling)
    clusters: list[list[str]] = []  # bucket keys, the biggest bucket's first
    for key in sorted(buckets, key=lambda k: -len(buckets[k])):
        home = next((c for c in clusters if similar(c[0], key)), None)
        if home is None:
            clusters.append([key])
        else:
            home.append(key)
    order = {key: index for index, key in enumerate(buckets)}
    clusters.sort(key=lambda keys: min(order[key] for key in keys))
    return [_label_group(keys[0], [s for k in keys for s in buckets[k]]) for keys in clusters]


def _label_group(key: str, spellings: list[str]) -> LabelGroup:
    counts = Counter(spellings)
    return LabelGroup(
        label=counts.most_common(1)[0][0],
        key=key,
        spellings=tuple(counts),
        count=len(spellings),
    )


# --- What was said ------------------------------------------------------------------


def _rank(notes: Sequence[InsightNote]) -> list[tuple[LabelGroup, Insight]]:
    """Group the notes' texts and rank by people naming each, then by mentions."""
    notes = sorted((n for n in notes if n.text.strip()), key=lambda n: n.on)
    groups = group_labels(n.text for n in notes)
    group_of = {spelling: group for group in groups for spelling in group.spellings}
    # Keyed by who said it, so two people who share a name count twice; names only show.
    people: dict[str, dict[int | str, str]] = {group.key: {} for group in groups}
    for note in notes:
        who = note.person if note.person_id is None else note.person_id
        people[group_of[note.text.strip()].key].setdefault(who, note.person)
    ranked = [
        (group, Insight(group.label, tuple(people[group.key].values()), group.count))
        for group in groups
    ]
    # sorted() is stable, so ties keep the order in which they were first heard.
    return sorted(ranked, key=lambda pair: (-len(pair[1].people), -pair[1].mentions))


# What was said, ranked, by kind of note: all that the notes give, apart from which
# skills are mine (`rank`; the insights page keeps it while the notes stay the same).
Ranked = Mapping[str, Sequence[tuple[LabelGroup, Insight]]]


def rank(notes: Iterable[InsightNote]) -> Ranked:
    by_kind: dict[str, list[InsightNote]] = {}
    for note in notes:
        by_kind.setdefault(note.kind, []).append(note)
    return {kind: _rank(kind_notes) for kind, kind_notes in by_kind.items()}


def _ranked_insights(ranked: Ranked, kind: InsightKind) -> tuple[Insight, ...]:
    return tuple(insight for _, insight in ranked.get(kind, ()))


def _ranked_skills(ranked: Ranked, my_skills: Sequence[str]) -> tuple[Skill, ...]:
    mine = [normalise_label(skill) for skill in my_skills if skill.strip()]
    return tuple(
        Skill(
            label=insight.label,
            people=insight.people,
            mentions=insight.mentions,
            have=any(similar(group.key, key) for key in mine),
        )
        for group, insight in ranked.get(InsightKind.SKILL, ())
    )


# --- The pipeline -------------------------------------------------------------------


# The first event of each kind that marks a funnel step. A scheduled meeting means they
# replied, even when the reply itself was not logged.
CONTACT = frozenset({Kind.CONTACTED, Kind.INTRODUCED})
REPLY = frozenset({Kind.REPLIED, Kind.SCHEDULED})
_AT = attrgetter("at")


def conversation_facts(person: PersonFact) -> ConversationFacts:
    """One person's conversation as the funnel counts it: the first moment of each step,
    who referred them, and who introduced them (the one named by the introduction, else
    the connector of the latest intro request before it). Events are taken by moment,
    those at the same moment in the order they were logged."""
    contacted = replied = met = thanked = None
    asked: int | None = None
    introducer: int | None = None
    for event in sorted(person.events, key=_AT):
        kind, at, other = event.kind, event.at, event.other_id
        if kind == Kind.INTRO_REQUESTED and other is not None:
            asked = other
        elif kind == Kind.INTRODUCED and (other or asked):
            introducer = other or asked
        if kind in CONTACT:
            contacted = contacted or at
        elif kind in REPLY:
            replied = replied or at
        elif kind == Kind.MET:
            met = met or at
        elif kind == Kind.THANKED:
            thanked = thanked or at
    referrer = person.referred_by_id
    return ConversationFacts(
        person=str(person.id),
        contacted_on=contacted,
        replied_on=replied,
        met_on=met,
        thanked_on=thanked,
        referred_by=str(referrer) if referrer else None,
        introduced_by=str(introducer) if introducer is not None else None,
    )


def _days_to_reply(conversations: Sequence[ConversationFacts]) -> float | None:
    days = [
        (c.replied_on - c.contacted_on).total_seconds() / 86400
        for c in conversations
        if c.contacted_on is not None
        and c.replied_on is not None
        and c.replied_on >= c.contacted_on
    ]
    return round(statistics.median(days), 1) if days else None


def generations(conversations: Sequence[ConversationFacts]) -> tuple[int, ...]:
    """How many people sit at each referral generation, generation 0 first.

    Generation 0 is everyone nobody referred or introduced; 1 is people referred or
    introduced by them, and so on.
    A referrer with no conversation of their own counts as generation 0. A cycle of
    referrals (bad data) is cut where it closes, so the walk always ends.
    """
    referrer: dict[str, str | None] = {}
    for facts in conversations:
        if referrer.get(facts.person) is None:
            referrer[facts.person] = facts.referred_by or facts.introduced_by
    counts: Counter[int] = Counter()
    for person in referrer:
        seen = {person}
        step: str | None = referrer[person]
        depth = 0
        while step is not None and step not in seen:
            seen.add(step)
            depth += 1
            step = referrer.get(step)
        counts[depth] += 1
    return tuple(counts[depth] for depth in range(max(counts, default=-1) + 1))


def funnel(conversations: Sequence[ConversationFacts]) -> Funnel:
    """Contacted, replied, met, thanked: each stage counts only those that reached it
    through the stages before, so the funnel never widens."""
    contacted = replied = met = thanked = 0
    people_met: set[str] = set()
    for c in conversations:  # one pass: a big pipeline has thousands
        # A meeting cannot happen without a reply, even if the reply was never logged.
        if c.met_on is not None:
            met += 1
            replied += 1
            people_met.add(c.person)
            thanked += c.thanked_on is not None
        elif c.replied_on is not None:
            replied += 1
        elif c.contacted_on is None:
            continue
        contacted += 1
    referrals = 0
    introduced = 0
    introducers: set[str] = set()
    for c in conversations:
        if c.referred_by is not None and c.referred_by in people_met:
            referrals += 1
        if c.introduced_by and not c.referred_by:
            introduced += 1
            introducers.add(c.introduced_by)
    return Funnel(
        contacted=contacted,
        replied=replied,
        met=met,
        thanked=thanked,
        reply_rate=_ratio(replied, contacted),
        median_days_to_reply=_days_to_reply(conversations),
        meetings=met,
        referrals=referrals,
        referrals_per_meeting=_ratio(referrals, met),
        generations=generations(conversations),
        introductions=introduced,
        introducers=len(introducers),
        people_per_introducer=_ratio(introduced, len(introducers)),
    )


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 2) if whole else None


# --- Everything ---------------------------------------------------------------------


def summarise(
    notes: Sequence[InsightNote],
    conversations: Sequence[ConversationFacts],
    my_skills: Sequence[str],
    ranked: Ranked | None = None,
) -> Summary:
    """Everything, from the notes and conversations; `ranked`: `rank(notes)`, when kept."""
    said = rank(notes) if ranked is None else ranked
    skills = _ranked_skills(said, my_skills)
    return Summary(
        skills=skills,
        gap=tuple(skill for skill in skills if not skill.have),
        strengths=tuple(skill for skill in skills if skill.have),
        organisations=_ranked_insights(said, InsightKind.ORGANISATION),
        events=_ranked_insights(said, InsightKind.EVENT),
        resources=_ranked_insights(said, InsightKind.RESOURCE),
        trends=_ranked_insights(said, InsightKind.TREND),
        challenges=_ranked_insights(said, InsightKind.CHALLENGE),
        culture=_ranked_insights(said, InsightKind.CULTURE),
        advice=_ranked_insights(said, InsightKind.ADVICE),
        funnel=funnel(conversations),
    )
