"""The mistake checker: what informational-interview advice warns about in a draft or a question.

Pure functions over plain text. ``check_message`` reads an outreach message, intro request,
follow-up or thank-you; ``check_questions`` reads a list of questions for the meeting. Each
``Finding`` points at the words that triggered it and says what to do instead.
"""

from __future__ import annotations

from typing import Any

from coffeechat.rules.checker_focus import focus_of, most_self_focused
from coffeechat.rules.checker_job import job_asks
from coffeechat.rules.checker_message import (
    generic_greeting,
    greeting,
    pasted_resume,
    placeholders,
    resume_sends,
)
from coffeechat.rules.checker_personal import asks_something, is_personal
from coffeechat.rules.checker_text import (
    CODES,
    Finding,
    body_lines,
    distinct,
    finding,
    normalise,
    quote,
    sentences,
    words,
)
from coffeechat.rules.checker_time import long_time_asks

__all__ = [
    "CODES", "Finding", "check_message", "check_question", "check_questions", "finding_data",
]

WORD_LIMIT = 150
SOFT_WORD_LIMIT = 100


def check_message(text: str) -> list[Finding]:
    """Every mistake found in one message, in reading order."""
    if not text.strip():
        return []
    plain = normalise(text)
    found = (
        _greeting(plain)
        + _placeholders(plain)
        + _length(plain)
        + _time(plain)
        + _resume(plain)
        + _job(plain)
        + _me_centred(plain)
        + _personalisation(plain)
    )
    return distinct(found)


def check_question(text: str) -> list[Finding]:
    """Mistakes in one question; every finding is on line 1."""
    # Imported here: its patterns take a tenth of a second to compile, and a message
    # (every draft, `coffeechat path`'s) is never checked with them.
    from coffeechat.rules.checker_questions import closed_span, googleable_span

    if not text.strip():
        return []
    plain = normalise(text)
    found = _job(plain)
    closed = closed_span(plain)
    if closed is not None:
        found.append(finding(plain, "closed_question", _CLOSED, *closed))
    searchable = googleable_span(plain)
    if searchable is not None:
        found.append(finding(plain, "googleable", _GOOGLEABLE, *searchable))
    return [Finding(f.code, f.message, f.start, f.end, 1) for f in distinct(found)]


def check_questions(questions: list[str]) -> list[Finding]:
    """Mistakes in a question list; ``line`` is the 1-based number of the question."""
    return [
        Finding(f.code, f.message, f.start, f.end, number)
        for number, question in enumerate(questions, start=1)
        for f in check_question(question)
    ]


def finding_data(f: Finding, text: str) -> dict[str, Any]:
    """A finding as `--json` gives it: `quote` is the words it is about, on one line, from
    `text` (the message, or the question for a question's finding)."""
    return {"code": f.code, "message": f.message, "quote": quote(text, f.start, f.end),
            "start": f.start, "end": f.end, "line": f.line}


_CLOSED = (
    "This can be answered with a yes or no; start with how, what or why so they tell you "
    "their story instead."
)
_GOOGLEABLE = (
    "A quick search answers this; look it up beforehand and spend the meeting on what only "
    "they can tell you."
)


def _greeting(text: str) -> list[Finding]:
    span = generic_greeting(text)
    if span is None:
        return []
    message = "This greeting could go to anyone; greet the person by name, it shows you chose them."
    return [finding(text, "generic_greeting", message, *span)]


def _placeholders(text: str) -> list[Finding]:
    return [
        finding(
            text,
            "placeholder",
            "This is a template placeholder; fill it in before sending.",
            s,
            e,
        )
        for s, e in placeholders(text)
    ]


def _length(text: str) -> list[Finding]:
    counted = words(text)
    if len(counted) > WORD_LIMIT:
        first_extra = counted[WORD_LIMIT]
        message = (
            f"At {len(counted)} words this is long for a busy reader; cut it to 150 or fewer: "
            "who you are, why them, and one clear ask."
        )
        return [finding(text, "too_long", message, first_extra.start, counted[-1].end)]
    if len(counted) > SOFT_WORD_LIMIT:
        message = (
            f"At {len(counted)} words this is getting long; a few tight sentences are easier "
            "to say yes to."
        )
        return [finding(text, "long", message, counted[0].start, counted[-1].end)]
    return []


def _time(text: str) -> list[Finding]:
    return [
        finding(
            text,
            "too_much_time",
            "This is more than 30 minutes of their time; ask for 10 to 30 minutes, a quick "
            "call or a coffee, at a time that suits them.",
            ask.start,
            ask.end,
        )
        for sentence in sentences(text)
        for ask in long_time_asks(sentence)
    ]


def _resume(text: str) -> list[Finding]:
    message = (
        "Sending a resume nobody asked for makes this look like a job application; bring it "
        "and share it only if they ask."
    )
    spans = sentences(text)
    found = [
        finding(text, "resume_attached", message, s, e)
        for previous, sentence in zip([None, *spans], spans, strict=False)
        for s, e in resume_sends(sentence, previous)
    ]
    pasted = pasted_resume(text)
    if pasted is not None and not found:
        found.append(finding(text, "resume_attached", message, *pasted))
    return found


def _job(text: str) -> list[Finding]:
    message = (
        "This asks for a job, which turns a conversation into a rejection risk; ask for "
        "their advice, and at the end for other people to talk with or opportunities they "
        "have heard of."
    )
    return [
        finding(text, "asks_for_job", message, s, e)
        for sentence in sentences(text)
        for s, e in job_asks(sentence)
    ]


def _me_centred(text: str) -> list[Finding]:
    start, end = body_lines(text)
    body = text[start:end]
    focus = focus_of(body)
    # A pasted resume is the writer's story told in full, whatever the lines around it say.
    pasted = pasted_resume(body)
    if pasted is not None:
        message = (
            "A pasted resume makes this mostly about you; keep one line on who you are and "
            "say what interests you about them and their work."
        )
        return [finding(text, "me_centered", message, start + pasted[0], start + pasted[1])]
    if not focus.me_centred:
        return []
    worst = most_self_focused([s for s in sentences(text) if start <= s.start < end])
    message = (
        f"This is mostly about you ({focus.first} mentions of I/me/my against "
        f"{focus.second} of you/your); say what interests you about them and their work."
    )
    return [finding(text, "me_centered", message, worst.start, worst.end)]


def _personalisation(text: str) -> list[Finding]:
    # The reader's name in "Hi Jess," is not personalisation: blank the salutation out.
    salutation = greeting(text)
    if salutation is not None:
        s, e, _ = salutation
        text = text[:s] + " " * (e - s) + text[e:]
    _, end = body_lines(text)
    spans = [s for s in sentences(text) if s.start < end]
    if not spans or not asks_something(text[:end]) or is_personal(spans):
        return []
    ask = next((s for s in spans if asks_something(s.text)), spans[0])
    message = (
        "Nothing here is specific to this person; name who referred you, or their work, "
        "article, talk or organisation that made you write to them."
    )
    return [finding(text, "no_personalization", message, ask.start, ask.end)]
