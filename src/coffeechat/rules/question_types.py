"""A question of the bank or of the user's own, the facts it may name, and the stages of a
job seeker it fits."""

from __future__ import annotations

import string
from dataclasses import dataclass, field

from coffeechat.rules.kinds import CareerStage, Category

# Facts a question may name; the planner fills them or leaves the question out.
# {former_field} is the field my background is in ("teaching"), "other fields" if unsaid.
PLACEHOLDERS = frozenset({"organisation", "title", "former_field"})
_NAMED = "{organisation}, {title} or {former_field}"
STAGE_NAMES = frozenset(s.value for s in CareerStage)


@dataclass(frozen=True)
class Question:
    id: str
    text: str
    category: Category
    minutes: float = 3.0
    tags: frozenset[str] = field(default_factory=frozenset)  # whom it suits: "manager"
    # The stages of mine it fits (CareerStage values); none: every stage.
    stages: frozenset[str] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if not self.id.strip() or not self.text.strip():
            raise ValueError("A question needs an id and some text.")
        if self.minutes <= 0:
            raise ValueError(f"Question {self.id!r} needs a positive number of minutes.")
        problem = brace_problem(self.text)
        if problem:
            raise ValueError(f"Question {self.id!r}: {problem}")

    @property
    def placeholders(self) -> frozenset[str]:
        return _placeholders(self.text)


def _placeholders(text: str) -> frozenset[str]:
    parsed = string.Formatter().parse(text)
    return frozenset(name for _, name, _, _ in parsed if name is not None)


def brace_problem(text: str) -> str | None:
    """What is wrong with a text's braces and what to write instead; None when every
    brace pair names a fact the planner fills in ({organisation}, {title},
    {former_field})."""
    try:
        unknown = sorted(_placeholders(text) - PLACEHOLDERS)
    except ValueError:
        return f"a {{ or }} without its pair: remove it, or write {_NAMED}"
    if not unknown:
        return None
    name = unknown[0]
    if not name.strip():
        return f"{{}} names no fact: remove it, or write {_NAMED}"
    if name == "field":  # a fact the bank once had: no record says what someone's field is
        return '{field} is not filled in: write "your field" instead'
    return (f"{{{name}}} is not a fact a plan fills in ({_NAMED}): "
            f'write "{name}" without the braces')


def literal(text: str) -> str:
    """A text whose braces print as typed instead of naming facts to fill in."""
    return text.replace("{", "{{").replace("}", "}}")


_Row = tuple[str, float, str, str]


def questions(category: Category, rows: tuple[_Row, ...]) -> tuple[Question, ...]:
    """Questions from rows of (id, minutes, text, "tags and stages"): a word naming a
    stage ("career-changer") says whom of my stages it fits, any other whom it suits."""
    made = []
    for id_, minutes, text, words in rows:
        found = frozenset(words.split())
        made.append(Question(id=id_, text=text, category=category, minutes=float(minutes),
                             tags=found - STAGE_NAMES, stages=found & STAGE_NAMES))
    return tuple(made)


