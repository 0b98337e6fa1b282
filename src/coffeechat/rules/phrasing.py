"""Text the user typed, made part of a draft without breaking its grammar: a background
("9 years teaching middle-school science") said as a sentence fitting the stage, an
insight as a phrase or, when it is a sentence of its own, as a whole clause, a promise
turned to speak to the person it is about, a research note as an aside or a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coffeechat.rules.grammar import (
    article,
    is_base_verb,
    is_gerund,
    is_past,
    is_sentence,
    lemmas,
    to_me,
    to_you,
    verb_form,
    verb_lemma,
    words,
)
from coffeechat.rules.kinds import CareerStage

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    "a|an|a few|several|many|some|over|nearly|almost|about|more than|close to|most of"
)
# "9 years", "a decade", "over ten years", "15+ years": a span of time opening the text.
_SPAN = re.compile(
    rf"^(?:(?:{_NUMBER_WORDS})\s+)*(?:\d+\+?|{_NUMBER_WORDS})?\s*"
    r"(?:years?|decades?|months?|semesters?|terms?)\b",
    re.IGNORECASE,
)
_OPENERS = frozenset({"i", "i'm", "i've", "i'd", "i'll", "my", "after", "since", "for"})
# Nouns that name what someone is, beyond those ending in -er, -or, -ist or -ian.
_ROLE_NOUNS = frozenset({
    "nurse", "chef", "cook", "attorney", "paralegal", "pilot", "soldier", "veteran",
    "officer", "clerk", "analyst", "student", "graduate", "apprentice", "intern", "coach",
    "barista", "medic", "paramedic", "physician", "dentist", "therapist", "tutor",
    "assistant", "associate", "specialist", "coordinator", "administrator", "technician",
    "mechanic", "electrician", "athlete", "parent", "homemaker", "entrepreneur", "founder",
    "freelancer", "volunteer", "consultant", "accountant", "architect", "scientist",
    "executive", "lead", "head", "artist", "major", "postdoc", "candidate", "fellow",
})
_RANKS = frozenset({"senior", "junior", "lead", "chief", "assistant", "associate", "head",
                    "principal", "staff", "regional", "deputy", "acting", "interim"})
_PREPOSITIONS = frozenset({"at", "in", "with", "from", "for", "of", "on", "by", "who", "and"})
# The field a role belongs to, for "candidates from teaching".
_ROLE_FIELDS = {
    "teacher": "teaching", "nurse": "nursing", "accountant": "accounting", "lawyer": "law",
    "attorney": "law", "paralegal": "law", "engineer": "engineering", "consultant": "consulting",
    "journalist": "journalism", "editor": "publishing", "designer": "design",
    "librarian": "library work", "chef": "hospitality", "cook": "hospitality",
    "soldier": "the military", "veteran": "the military", "officer": "the military",
    "scientist": "research", "researcher": "research", "professor": "academia",
    "lecturer": "academia", "tutor": "teaching", "coach": "coaching", "pharmacist": "pharmacy",
    "physician": "medicine", "doctor": "medicine", "paramedic": "emergency care",
    "musician": "music", "actor": "the arts", "artist": "the arts", "banker": "banking",
    "salesperson": "sales", "recruiter": "recruiting", "writer": "writing",
}


def _head(text: str) -> str:
    """The word a phrase is about: the last before a preposition ("student" in "third-year
    design student at PSU")."""
    head = ""
    for word in words(text):
        if word.lower() in _PREPOSITIONS and head:
            break
        head = word
    return head.lower()


def is_role(text: str) -> bool:
    """ "middle-school science teacher", "third-year design student at PSU": what
    someone is, so "I'm a ..." fits."""
    head = _head(re.sub(r"^(?:a|an|the|former|retired|recent)\s+", "", text, flags=re.I))
    if not head or not head.isalpha():
        return False
    plain = head[:-1] if head.endswith("s") and head[:-1] in _ROLE_NOUNS else head
    return plain in _ROLE_NOUNS or re.search(r"(?:er|or|ist|ian)$", plain) is not None


def _form(background: str) -> str:
    """How a background is built: sentence, role, span, gerund, past or other."""
    found = words(background)
    first = found[0].lower().replace("’", "'") if found else ""
    if first in _OPENERS:
        return "sentence"
    if _SPAN.match(background):
        return "span"
    if is_gerund(first):
        return "gerund"
    if is_past(first):
        return "past"
    if is_role(background):
        return "role"
    return "other"


def _lower_first(text: str) -> str:
    """ "Teaching science" -> "teaching science": a capital that only opened the text."""
    first = text.split(" ", 1)[0]
    ordinary = first.isalpha() and first[1:].islower() and first not in ("I",)
    return text[0].lower() + text[1:] if ordinary and verb_lemma(first) else text


def _ordinary_start(text: str) -> str:
    """ "Operations manager" -> "operations manager", but "Reed College graduate" as typed:
    the first word loses its capital only when the next one has none either."""
    found = text.split(" ", 2)
    first, second = found[0], found[1] if len(found) > 1 else ""
    ordinary = first.isalpha() and first[1:].islower() and first != "I"
    if ordinary and (not second or second[:1].islower()) and lemmas(first):
        return text[0].lower() + text[1:]
    return text


def _with_article(role: str) -> str:
    first = role.split(" ", 1)[0].lower()
    if first in ("a", "an", "the", "my"):
        return role
    return f"{article(role)} {role}"


# "for 9 years", "for over a decade": a gerund with its span has been going on.
_FOR_SPAN = re.compile(r"\bfor\s+(?:\S+\s+){0,2}(?:years?|decades?|months?)\b", re.I)


# How each stage says a background of each form; {b} is the background as typed.
_PHRASES: dict[str, dict[str, str]] = {
    CareerStage.CAREER_CHANGER: {
        "role": "I'm {a_b}, now changing careers.",
        "span": "I'm changing careers after {b}.",
        "gerund": "I'm changing careers after {b}.",
        "past": "I {b}, and I'm now changing careers.",
        "other": "I'm changing careers from {b}.",
    },
    CareerStage.EXPERIENCED: {
        "role": "I'm {a_b}.",
        "span": "I bring {b}.",
        "gerund": "I have been {b}.",
        "past": "I {b}.",
        "other": "My background is in {b}.",
    },
    CareerStage.STUDENT: {
        "role": "I'm {a_b}.",
        "span": "I have {b} behind me.",
        "gerund": "I'm {b}.",
        "past": "I {b}.",
        "other": "I'm a student ({b}).",
    },
    CareerStage.GRADUATE: {
        "role": "I'm {a_b}.",
        "span": "I have {b} behind me.",
        "gerund": "I recently finished {b}.",
        "past": "I {b}.",
        "other": "I'm a recent graduate ({b}).",
    },
    "": {
        "role": "I'm {a_b}.",
        "span": "I have {b} behind me.",
        "gerund": "I have been {b}.",
        "past": "I {b}.",
        "other": "My background is in {b}.",
    },
}


def background_sentence(background: str, stage: str = "") -> str:
    """My background as one sentence a draft can carry, phrased for my stage: "I'm
    changing careers after 9 years teaching middle-school science."; "" when none."""
    text = " ".join(background.split()).rstrip(".;:!")
    if not text:
        return ""
    form = _form(text)
    if form == "sentence":
        return text[0].upper() + text[1:] + "."
    phrases = _PHRASES.get(stage, _PHRASES[""])
    b = _ordinary_start(text)
    if form == "past":
        b = b[0].lower() + b[1:]
    if form == "gerund" and _FOR_SPAN.search(text) and stage != CareerStage.CAREER_CHANGER:
        return f"I have been {b}."
    if form == "other" and b.split(" ", 1)[0].isupper():  # "BA in History": no "in BA"
        said = {CareerStage.STUDENT.value: "I'm a student ({b}).",
                CareerStage.GRADUATE.value: "I'm a recent graduate ({b}).",
                CareerStage.CAREER_CHANGER.value: "I'm changing careers (my background: {b})."}
        return said.get(stage, "My background: {b}.").format(b=b)
    return phrases[form].format(b=b, a_b=_with_article(b))


def former_field(background: str) -> str:
    """The field my background is in, for "candidates from ...": "teaching" from "9 years
    teaching middle-school science", "hospital operations" from "12 years in hospital
    operations"; "backgrounds like mine" when it cannot tell."""
    text = " ".join(background.split()).rstrip(".;:!")
    rest = _SPAN.sub("", text).strip()
    rest = re.sub(r"^(?:of|in|as|at|doing|working in)\s+", "", rest, flags=re.I)
    found = words(rest)
    if not found:
        return "backgrounds like mine"
    first = found[0].lower()
    if is_gerund(first):
        return first
    if is_past(first) and (lemma := verb_lemma(first)):
        return verb_form(lemma, "VBG")
    if is_role(rest):
        role = re.sub(r"^(?:a|an|the|former|retired)\s+", "", rest, flags=re.I)
        head = _head(role)
        if head in _ROLE_FIELDS:
            return _ROLE_FIELDS[head]
        before = [w for w in words(role.lower().split(head)[0]) if w not in _RANKS]
        return " ".join(before) if before else "backgrounds like mine"
    if _form(text) in ("other", "span") and not re.search(r"\d", rest):
        return rest
    return "backgrounds like mine"


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


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "my", "our",
                          "their", "his", "her", "its", "some", "every", "each"})
_NAMES_KINDS = frozenset({"skill", "resource", "event", "organisation"})
_ADVICE_NOT = re.compile(r"^(?:don't|don’t|do not|never|not)\s+", re.IGNORECASE)


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
_TITLED = re.compile(
    r"(?:podcast|newsletter|book|course|conference|summit|meetup|report|blog|community|"
    r"group|association|network|programme|program|bootcamp|guide|list|forum|slack)s?$",
    re.IGNORECASE,
)


def _titled(text: str) -> str:
    """ "Volts podcast" -> "the Volts podcast"; "Figma", "a book on SQL" as typed."""
    first = text.split(" ", 1)[0].lower()
    if " " in text and first not in _DETERMINERS and _TITLED.search(text):
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
_FUNCTION_WORDS = _DETERMINERS | {"there", "it", "you", "we", "they", "most", "many", "all",
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
        return f"{whose} advice {lead} {_lower_first(rest)}"
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


_ADVERBS = frozenset({"also", "always", "just", "kindly", "personally", "happily", "still",
                      "recently", "now", "once"})
_SUBJECT = re.compile(
    r"^(?:(?:i|you|we)\s+(?:will|would|shall|can|could|(?:am|are|'m|'re) going to|promised to|"
    r"offered to|agreed to|said (?:i|you)(?:'d| would| will|'ll))|i'll|you'll|i'd|you'd|we'll|"
    r"will|to)\s+",
    re.IGNORECASE,
)


def _verb_phrase(text: str) -> bool:
    found = [w for w in words(text) if w.lower() not in _ADVERBS]
    return bool(found) and is_base_verb(found[0])


def promise(text: str, names: Sequence[str] = ()) -> str:
    """A promise said to the person it is about, as it follows "to" or "I will": "She
    will introduce me to her team lead" -> "introduce me to your team lead"."""
    text = to_you(" ".join(text.split()).rstrip(".;:!"), names)
    while (found := _SUBJECT.match(text.replace("’", "'"))) is not None:
        text = text[found.end():]
    # "I'll get her to introduce me": what they offered is the introduction.
    text = re.sub(r"^(?:get|ask|have|remind)\s+you\s+to\s+", "", text, flags=re.IGNORECASE)
    return _lower_first(text) if text else text


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
    at = next((i for i, w in enumerate(lower) if w not in _ADVERBS), 0)
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
    if not found or first in _DETERMINERS | _ADVERBS or is_past(found[0]):
        return False
    return any(is_past(w) for w in found[1:3])


def _saw(sentence: str, keep: frozenset[str]) -> str:
    if sentence.split(" ", 1)[0] in ("I", "I'm", "I've", "I’m", "I’ve"):
        return sentence + "."
    return f"I saw that {_embedded(sentence, keep)}."
