"""Text plumbing for the mistake checker: findings, words, sentences, offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coffeechat.rules import patterns

CODES: dict[str, str] = {
    "asks_for_job": "Asks for a job, an opening, a referral or an interview",
    "generic_greeting": "Generic greeting instead of the person's name",
    "me_centered": "Mostly about you, little about them",
    "too_long": "Longer than 150 words",
    "long": "Getting long (101-150 words)",
    "too_much_time": "Asks for more than 30 minutes",
    "resume_attached": "Sends a resume nobody asked for",
    "no_personalization": "Nothing specific to this person",
    "placeholder": "Template placeholder left unfilled",
    "closed_question": "Yes/no question",
    "googleable": "Answerable by a quick search",
}


@dataclass(frozen=True)
class Finding:
    code: str
    message: str
    start: int
    end: int
    line: int


@dataclass(frozen=True)
class Span:
    """A piece of the text with its offsets, e.g. one sentence."""

    text: str
    start: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def finding(text: str, code: str, message: str, start: int, end: int) -> Finding:
    return Finding(code, message, start, end, line_of(text, start))


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def distinct(findings: list[Finding]) -> list[Finding]:
    """One finding per code and stretch of text: findings of the same code whose spans
    overlap (two rules catching "any openings for me?") become one over both spans,
    with the message of the wider. In reading order."""
    merged: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.code, f.start, -f.end)):
        last = merged[-1] if merged else None
        if last is None or last.code != f.code or f.start >= last.end:
            merged.append(f)
            continue
        wider = f if f.end - f.start > last.end - last.start else last
        merged[-1] = Finding(f.code, wider.message, last.start, max(last.end, f.end), last.line)
    return sorted(merged, key=lambda f: (f.start, f.code))


QUOTE_CHARS = 90


def quote(text: str, start: int, end: int, limit: int = QUOTE_CHARS) -> str:
    """The words a finding is about, on one line; a long stretch (a whole message that is
    too long) keeps its first and last words around an ellipsis."""
    words = " ".join(text[start:end].split())
    if len(words) <= limit:
        return words
    head = words[: limit * 2 // 3].rsplit(" ", 1)[0]
    tail = words[-(limit // 3) :].split(" ", 1)[-1]
    return f"{head} … {tail}"


def normalise(text: str) -> str:
    """Same length as ``text``: curly quotes straightened so patterns stay simple."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


_WORD = patterns.compile(r"\S+")
_HAS_ALNUM = patterns.compile(r"[^\W_]")


def words(text: str) -> list[Span]:
    """Whitespace-separated tokens holding a letter or digit (a lone dash is not a word)."""
    return [
        Span(m.group(), m.start()) for m in _WORD.finditer(text) if _HAS_ALNUM.search(m.group())
    ]


# Titles and initials whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "no",
        "col",
        "capt",
        "gen",
        "lt",
        "sgt",
        "rev",
        "hon",
        "mt",
        "ft",
        "ret",
    ]
)
_BOUNDARY = patterns.compile(r"[.!?]+[\"')\]]*(?=\s|$)|\n")


def sentences(text: str) -> list[Span]:
    """Sentences (and lines, since a greeting or sign-off line is a unit of its own)."""
    spans: list[Span] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group() != "\n" and _ends_in_abbreviation(text[start : m.start()]):
            continue
        _add(spans, text, start, m.end())
        start = m.end()
    _add(spans, text, start, len(text))
    return spans


# Initialisms with inner dots ("U.S.", "a.m."): their last dot rarely ends the sentence.
_INITIALISM = patterns.compile(r"^(?:[a-z]\.)+[a-z]$")


def _ends_in_abbreviation(chunk: str) -> bool:
    last = chunk.rsplit(None, 1)[-1].lower().lstrip("(") if chunk.strip() else ""
    return (
        last in _ABBREVIATIONS
        or (len(last) == 1 and last.isalpha())
        or bool(_INITIALISM.match(last))
    )


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        spans.append(Span(stripped, start + piece.index(stripped)))


def body_lines(text: str) -> tuple[int, int]:
    """Offsets of the body: without the greeting line and the sign-off block."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if not lines:
        return 0, 0
    start = lines[0].end() if _is_greeting_line(lines[0].group()) and len(lines) > 1 else 0
    end = len(text)
    for m in reversed(lines[-3:]):
        # "Thanks so much for getting back to me! Before we talk..." opens a paragraph.
        if _SIGN_OFF.match(m.group().strip()) and len(sentences(m.group())) == 1:
            end = m.start()
            break
    return start, max(start, end)


# The full stop of a title or an initial ("Dear Mr. Tran,", "Hi J. Ortiz,") does not end it.
_GREETING_LINE = patterns.compile(
    r"^\s*(dear|hi|hello|hey|greetings|good (morning|afternoon|evening)|"
    r"to whom)\b(?:\b(?:mr|mrs|ms|dr|prof|[a-z])\.|[^.!?]){0,60}[,:!]?\s*$",
    re.I,
)
_SIGN_OFF = patterns.compile(
    r"^(best|thanks|thank you|regards|sincerely|cheers|warmly|gratefully|respectfully|"
    r"kind regards|best regards|warm regards|many thanks|with thanks|with gratitude|yours|"
    r"all the best|very respectfully|with appreciation|semper fi|thanks again|talk soon)\b",
    re.I,
)


def _is_greeting_line(line: str) -> bool:
    return bool(_GREETING_LINE.match(line))


def greeting_line(text: str) -> Span | None:
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        if line.strip().lower().startswith("subject:"):
            continue
        return Span(line, m.start())
    return None
