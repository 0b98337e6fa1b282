"""Message rules that look at wording: greeting, placeholders, resume, balance of I and you."""

from __future__ import annotations

import re

from coffeechat.rules.checker_text import Span, greeting_line

_GREETING = re.compile(
    r"^\s*(?P<word>dear|hello|hi|hey|greetings|good (?:morning|afternoon|evening)|hiya)\b"
    r"(?P<rest>[^,!:\n\u2014\u2013]*?)(?=\s*(?:[,!:\n\u2014\u2013]|\s-\s|$))",
    re.I,
)
_TO_WHOM = re.compile(r"^\s*to whom it may concern\b", re.I)
_GENERIC_WHO = re.compile(
    r"^(?:there|sir|sirs|madam|madame|ma'am|sir or madam|madam or sir|sir/madam|sir / madam|"
    r"sir or ma'am|gentlemen|ladies and gentlemen|friend|friends|colleague|professional|"
    r"hiring manager|recruiter|recruiters|hiring team|hiring committee|search committee|"
    r"human resources|hr|talent acquisition|manager|future employer|mentor|alumni|alum|"
    r"mr|mrs|ms|dr|professor|prof|you|.*\b(?:team|department|committee|office|staff|recruiters?))$",
    re.I,
)
_GROUP = re.compile(r"^(?:all|everyone|everybody|folks|both|y'all|you two|you all)$", re.I)


def greeting(text: str) -> tuple[int, int, str] | None:
    """Where the salutation is ("Hi Jess", "To whom it may concern") and whom it names."""
    line = greeting_line(text)
    if line is None:
        return None
    whom = _TO_WHOM.match(line.text)
    if whom:
        lead = len(whom.group()) - len(whom.group().lstrip())
        return line.start + lead, line.start + whom.end(), "whom"
    m = _GREETING.match(line.text)
    if m is None or len(m.group("rest").split()) > 5:
        return None
    who = re.sub(r"[.\s]+$", "", m.group("rest").strip())
    return line.start + m.start("word"), line.start + m.end(), who


def generic_greeting(text: str) -> tuple[int, int] | None:
    found = greeting(text)
    if found is None:
        return None
    start, end, who = found
    if _GROUP.match(who) or not (who in ("", "whom") or _GENERIC_WHO.match(who)):
        return None
    return start, end


_PLACEHOLDER = re.compile(
    r"\[(?!\s*(?:sic|x|\s)\s*\])[^\[\]\n\d]{1,40}\](?!\()"
    r"|\{\{?\s*[A-Za-z][\w .-]{0,30}\s*\}\}?"
    r"|<(?!(?:b|i|p|a|br|em|strong|div|span|ul|li|hr|u)>)(?=[^>\n]*[A-Z_ ])[A-Za-z][\w ]{0,30}>"
    r"|\bX{3,}\b|\bINSERT [A-Z ]+\b",
)


def placeholders(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PLACEHOLDER.finditer(text)]


_RESUME = re.compile(
    r"\b(?:r[eé]sum[eé]s?|cv|c\.v\.|curriculum vitae)\b|\b[\w-]*(?:resume|cv)[\w-]*\.(?:pdf|"
    r"docx?)\b",
    re.I,
)
_SENT = re.compile(
    r"\b(?:attach\w*|enclos\w*|includ\w*|here(?:'s| is| are)|below|linked|link to|find (?:my|the|"
    r"it|"
    r"attached|enclosed)|sending|sent you|accompan\w*|pasted|uploaded|copied|with this (?:email|"
    r"message|note)|attachment)\b",
    re.I,
)
_ASKED_OR_OFFERED = re.compile(
    r"\b(?:as (?:you )?(?:asked|requested|suggested)|you asked|per your request|at your request|"
    r"you (?:offered|agreed)|(?:can|could|would|will|'ll|happy to|glad to|willing to)"
    r"(?:\s+\w+){0,2}\s+(?:send|share|forward|pass|provide|email)|upon request|on request)\b",
    re.I,
)


def resume_sends(sentence: Span) -> list[tuple[int, int]]:
    text = sentence.text
    if not _SENT.search(text) or _ASKED_OR_OFFERED.search(text):
        return []
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in _RESUME.finditer(text)]
