"""Text the user typed, made part of a draft without breaking its grammar: an insight as
a phrase or, when it is a sentence of its own, as a whole clause, a promise turned to
speak to the person it is about, a research note as an aside or a sentence. (The
background is said in `background.py`.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coffeechat.rules import patterns
from coffeechat.rules.grammar import (
    ADVERBS,
    DETERMINERS,
    is_base_verb,
    is_gerund,
    is_past,
    is_sentence,
    lemmas,
    lower_first,
    to_me,
    to_you,
    verb_lemma,
    words,
)


class Learned(str):
    """An insight as a draft quotes it. As a string it is a phrase that can open a
    sentence ("your advice to write a teardown"); `point` is set when the insight is a
    sentence of its own, said whole after a colon instead."""

    point: str
    speaker: str

    def __new__(cls, phrase: str, point: str = "", speaker: str = "you") -> Learned:
        made = super().__new__(cls, phrase)
        made.point = point
        made.speaker = speaker
        return made


_NAMES_KINDS = frozenset({"skill", "resource", "event", "organisation"})
_ADVICE_NOT = patterns.compile(r"^(?:don't|don’t|do not|never|not)\s+", re.IGNORECASE)


def learned_phrase(kind: str, text: str, speaker: str | None = None) -> Learned:
    """An insight of `kind` said back: to the person who said it (speaker None: "your
    advice to ...") or to someone else about them ("Ravi's advice to ...")."""
    who = speaker or "you"
    whose = f"{speaker}'s" if speaker else "your"
    text = " ".join(text.split()).rstrip(".;:!")
    if kind not in _NAMES_KINDS and is_sentence(text):
        return _said_whole(text, who)
    if kind == "advice":
        return Learned(_advice(text, whose), speaker=who)
    if kind == "skill":
        return Learned(f"{whose} point about {text}", speaker=who)
    if kind in _NAMES_KINDS:
        return Learned(f"{whose} tip about {_titled(text)}", speaker=who)
    return Learned(f"what {who} said about {_embedded(text)}", speaker=who)


# Kinds of thing a tip names that take "the" before their title: "the Volts podcast".
_TITLED = patterns.compile(
    r"(?:podcast|newsletter|book|course|conference|summit|meetup|report|blog|community|"
    r"group|association|network|programme|program|bootcamp|guide|list|forum|slack)s?$",
    re.IGNORECASE,
)


def _titled(text: str) -> str:
    """ "Volts podcast" -> "the Volts podcast"; "Figma", "a book on SQL" as typed."""
    first = text.split(" ", 1)[0].lower()
    if " " in text and first not in DETERMINERS and _TITLED.search(text):
        return f"the {text}"
    return text


def _said_whole(text: str, who: str) -> Learned:
    """A sentence of its own: their words (it says "you" to me) in quotes, else as a
    clause of mine; said to them, "she" becomes "you"."""
    own_words = re.search(r"\b(?:you|your|yours)\b", text, re.IGNORECASE) is not None
    if own_words:
        point = f"“{text[0].upper() + text[1:]}.”"
    else:
        # A whole sentence after the colon keeps its capital ("Intel is growing").
        turned = to_you(text) if who == "you" else text
        point = turned[0].upper() + turned[1:] + "."
    phrase = f"what {who} said (“{text}”)"
    return Learned(phrase, point=point, speaker=who)


# Words that open a clause and lose their capital inside a sentence; any other capital
# may belong to a name ("Acme just raised", "Figma first") and stays.
_FUNCTION_WORDS = DETERMINERS | {"there", "it", "you", "we", "they", "most", "many", "all",
                                  "everyone", "people", "someone", "nobody"}


def _embedded(text: str, names: frozenset[str] = frozenset()) -> str:
    """A text mid-sentence: its opening capital dropped when the word is a function word
    ("The team ships weekly") or a verb ("Write a teardown"), never a name."""
    first = text.split(" ", 1)[0]
    if first in names or not first.isalpha() or not first[1:].islower():
        return text
    lower, classes = first.lower(), set(lemmas(first))
    verb = verb_lemma(lower) == lower and "NOUN" not in classes
    if lower in _FUNCTION_WORDS or verb or classes == {"ADV"}:
        return text[0].lower() + text[1:]
    return text


def _advice(text: str, whose: str) -> str:
    text = to_me(re.sub(r"^to\s+", "", text, flags=re.IGNORECASE))
    negative = _ADVICE_NOT.match(text)
    if negative:
        rest = text[negative.end():]
        lead = "never to" if negative.group(0).lower().startswith("never") else "not to"
        return f"{whose} advice {lead} {lower_first(rest)}"
    if _verb_phrase(text):  # an order: its first word is no name ("Start with ...")
        first = text.split(" ", 1)[0]
        plain = first.isalpha() and first[1:].islower()
        return f"{whose} advice to {text[0].lower() + text[1:] if plain else text}"
    return f"{whose} advice on {text}"


def takeaway(item: str, predicate: str) -> str:
    """One sentence saying what an insight did for me: "Your advice to write a teardown
    has stayed with me."; a sentence-insight whole after a colon."""
    point = getattr(item, "point", "")
    if point:
        speaker = getattr(item, "speaker", "you")
        source = "our conversation" if speaker == "you" else f"my conversation with {speaker}"
        return f"One point from {source} {predicate}: {point}"
    text = f"{item} {predicate}".strip()
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


_SUBJECT = patterns.compile(
    r"^(?:(?:i|you|we)\s+(?:will|would|shall|can|could|(?:am|are|'m|'re) going to|promised to|"
    r"offered to|agreed to|said (?:i|you)(?:'d| would| will|'ll))|i'll|you'll|i'd|you'd|we'll|"
    r"will|to)\s+",
    re.IGNORECASE,
)


def _verb_phrase(text: str) -> bool:
    found = [w for w in words(text) if w.lower() not in ADVERBS]
    return bool(found) and is_base_verb(found[0])


def promise(text: str, names: Sequence[str] = ()) -> str:
    """A promise said to the person it is about, as it follows "to" or "I will": "She
    will introduce me to her team lead" -> "introduce me to your team lead"."""
    text = to_you(" ".join(text.split()).rstrip(".;:!"), names)
    while (found := _SUBJECT.match(text.replace("’", "'"))) is not None:
        text = text[found.end():]
    # "I'll get her to introduce me": what they offered is the introduction.
    text = re.sub(r"^(?:get|ask|have|remind)\s+you\s+to\s+", "", text, flags=re.IGNORECASE)
    return lower_first(text) if text else text


def is_verb_phrase(text: str, names: Sequence[str] = ()) -> bool:
    """Whether a promise reads after "to": "send the deck" does, "coffee in May" not."""
    return _verb_phrase(promise(text, names))


@dataclass(frozen=True)
class Noticed:
    """A research note as a draft says it: an `aside` for brackets after their work
    ("the customer-story series"), or a `sentence` of its own ("I saw that you led the
    rebuild."); both empty when there is no note."""

    aside: str = ""
    sentence: str = ""

    def __bool__(self) -> bool:
        return bool(self.aside or self.sentence)


def noticed(
    note: str, names: Sequence[str] = (), subject: str = "you", keep_names: Sequence[str] = ()
) -> Noticed:
    """What I noticed about someone (`subject` "you" to them; their name or their
    organisation's in a note to someone else); `names` are theirs, `keep_names` other
    names to keep as written (their organisation's)."""
    text = " ".join(note.split()).rstrip(".;:!")
    if not text:
        return Noticed()
    keep = frozenset(w for n in (*names, *keep_names, subject) for w in n.split())
    turned = to_you(text, names) if subject == "you" else text
    found = words(turned)
    lower = [w.lower() for w in found]
    if is_sentence(turned, names) or lower[0] in ("you", "i") or _past_soon(found):
        return Noticed(sentence=_saw(turned, keep))
    at = next((i for i, w in enumerate(lower) if w not in ADVERBS), 0)
    first = found[at]
    lemma = verb_lemma(first)
    third_person = lower[at] != lemma and first.endswith("s")  # "Leads a team"
    verb_first = lemma is not None and (is_past(first) or third_person)
    if lemma is not None and verb_first and not is_gerund(first):
        rest = turned[turned.index(first) + len(first):]
        head = " ".join(lower[:at] + [lower[at] if is_past(first) or subject != "you" else lemma])
        if lemma in _MY_VERBS or re.match(r"\s+(?:you\b|with you|to you)", rest):
            return Noticed(sentence=f"I {head}{rest}.")  # "saw your talk", "met you at": mine
        return Noticed(sentence=f"I saw that {subject} {head}{rest}.")
    return Noticed(aside=_embedded(turned, keep))


# What I do to someone, not what they did: "met her at the meetup", "saw her talk".
_MY_VERBS = frozenset({"see", "meet", "hear", "watch", "read", "attend", "follow", "find",
                       "notice", "enjoy", "admire", "listen", "chat", "email", "message",
                       "call", "contact", "interview", "know"})


def _past_soon(found: list[str]) -> bool:
    """ "Acme just raised a Series B": a past tense within the first words, after a name
    rather than "a"/"the" (which open a phrase: "the rebrand that moved ...")."""
    first = found[0].lower() if found else ""
    if not found or first in DETERMINERS | ADVERBS or is_past(found[0]):
        return False
    return any(is_past(w) for w in found[1:3])


def _saw(sentence: str, keep: frozenset[str]) -> str:
    if sentence.split(" ", 1)[0] in ("I", "I'm", "I've", "I’m", "I’ve"):
        return sentence + "."
    return f"I saw that {_embedded(sentence, keep)}."
