"""Topics I want a conversation to cover (`questions NAME --topic TEXT`): a category's
name asks for more of it, free text finds the questions that use its words ("funding"
finds "the funding climate"), and a topic no question is about gets an open question
built from the topic itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from coffeechat.rules.grammar import lemmas
from coffeechat.rules.question_bank import CATEGORY_ALIASES, Category, Question

_STOPWORDS = frozenset({"a", "an", "and", "the", "of", "in", "on", "to", "for", "about", "at",
                        "how", "what", "why", "with", "your", "my", "their", "is", "are"})


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A word cut to what its forms share: "funding", "funds" and "fund" are "fund";
    "hiring" and "hire" are "hir"."""
    word = word.lower().strip("'’")
    word = re.sub(r"['’]s$", "", word)
    for ending, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3 and not word.endswith("ss"):
            word = word[: -len(ending)] + keep
            break
    return word.rstrip("e") if len(word) > 3 else word


def stems(text: str) -> set[str]:
    return {stem(w) for w in re.findall(r"[\w-]+", text.lower())}


@dataclass(frozen=True)
class Topics:
    """Open topics read: the categories they name, and free-text topics as their word
    stems (with the topic as typed)."""

    categories: frozenset[Category]
    phrases: tuple[tuple[str, frozenset[str]], ...]


def read_topics(topics: Sequence[str]) -> Topics:
    categories: set[Category] = set()
    phrases: list[tuple[str, frozenset[str]]] = []
    for topic in topics:
        cleaned = " ".join(topic.lower().split()).strip(" ?.!")
        if cleaned in CATEGORY_ALIASES:
            categories.add(CATEGORY_ALIASES[cleaned])
        elif found := [w for w in re.findall(r"[\w-]+", cleaned) if w not in _STOPWORDS]:
            phrases.append((topic, frozenset(stem(w) for w in found)))
    return Topics(frozenset(categories), tuple(phrases))


def topics_of(question: Question, text: str, topics: Topics) -> list[str]:
    """The free-text topics (as typed) whose every word this question uses."""
    words = stems(text) | {stem(t) for t in question.tags}
    return [topic for topic, wanted in topics.phrases if wanted <= words]


def on_topic(question: Question, text: str, topics: Topics) -> bool:
    return question.category in topics.categories or bool(topics_of(question, text, topics))


# Open questions about a topic, each asking for the person's own experience; the first
# the mistake checker passes is asked.
_FROM_TOPIC = (
    "What has your experience with {topic} taught you, and what would you tell someone new "
    "to it?",
    "How does {topic} show up in your own work, and what have you learned about it?",
    "What do you wish more people understood about {topic} in your field?",
)


def _as_written(topic: str) -> str:
    """The topic mid-sentence: "Funding" is "funding", "AI" and "Figma" stay."""
    text = " ".join(topic.replace("{", "").replace("}", "").split()).strip(" ?.!,;:")
    first = text.split(" ", 1)[0]
    ordinary = first.isalpha() and first[1:].islower() and first[:1].isupper()
    return text[0].lower() + text[1:] if ordinary and lemmas(first) else text


def topic_question(
    topic: str, exclude: Callable[[str], bool], number: int = 0
) -> Question | None:
    """An open question built from a topic no question is about, or None when every
    wording the checker would flag (`exclude`). A topic typed as a question is asked as
    typed when the checker finds nothing in it."""
    text = _as_written(topic)
    if not text:
        return None
    typed = " ".join(topic.replace("{", "").replace("}", "").split())
    tries = [typed[0].upper() + typed[1:]] if typed.endswith("?") else []
    tries += [form.format(topic=text) for form in _FROM_TOPIC]
    for wording in tries:
        if not exclude(wording):
            return Question(id=f"topic-{number}", text=wording, category=Category.ADVICE,
                            minutes=3.0)
    return None
