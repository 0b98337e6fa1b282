"""My background as a draft says it: "9 years teaching middle-school science" becomes
"I'm changing careers after 9 years teaching middle-school science." for a career
changer and "I bring 9 years ..." for an experienced person, whatever form it was typed
in; and the field it comes from, for "candidates from teaching"."""

from __future__ import annotations

import re

from coffeechat.rules import patterns
from coffeechat.rules.grammar import (
    article,
    is_gerund,
    is_past,
    lemmas,
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
_SPAN = patterns.compile(
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
_FOR_SPAN = patterns.compile(r"\bfor\s+(?:\S+\s+){0,2}(?:years?|decades?|months?)\b", re.I)


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


# Words that say nothing of what someone did: a goal sharing only these still needs the
# background said.
_PLAIN_WORDS = frozenset({
    "year", "years", "month", "months", "decade", "decades", "over", "about", "nearly",
    "almost", "more", "than", "with", "from", "into", "after", "since", "the", "and", "for",
    "of", "in", "at", "as", "a", "an", "my", "i", "i'm", "i've", "have", "been", "am",
    "was", "work", "working", "worked", "role", "roles", "job", "jobs",
})


def _content(text: str) -> set[str]:
    """The words that carry meaning, cut to five letters so "teaching", "teacher" and
    "taught" aside, "chemistry" and "chemist" meet."""
    found = re.findall(r"[a-z][a-z'-]+", text.lower())
    return {w[:5] for w in found if w not in _PLAIN_WORDS and len(w) > 2}


def goal_tells_background(goal: str, background: str) -> bool:
    """Whether my goal statement already says my background ("I'm moving from nine years
    of high-school chemistry teaching into learning design" and "9 years teaching
    high-school chemistry"): a draft that says both repeats itself, so it says the goal."""
    said = _content(background)
    if not said or not goal.strip():
        return False
    shared = said & _content(goal)
    return len(shared) >= min(2, len(said)) and len(shared) * 3 >= len(said) * 2


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
