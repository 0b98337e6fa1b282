"""Message rules that look at wording: greeting, placeholders, resume, balance of I and you."""

from __future__ import annotations

import re

from coffeechat.rules import patterns
from coffeechat.rules.checker_text import Span, greeting_line

_GREETING = patterns.compile(
    r"^\s*(?P<word>dear|hello|hi|hey|greetings|good (?:morning|afternoon|evening)|hiya|respected|"
    r"yo|howdy|heya|sup)\b"
    r"(?P<rest>[^,!:\n\u2014\u2013]*?)(?=\s*(?:[,!:\n\u2014\u2013]|\s-\s|$))",
    re.I,
)
_TO_WHOM = patterns.compile(r"^\s*to whom it may concern\b", re.I)
# A role or a department instead of a person: "Hiring Manager", "Dear Recruiter", "Dear
# Admissions Team", "Dear Hiring Team at Acme", "Dear Director of Programs".
_GENERIC_WHO = patterns.compile(
    r"^(?:the )?(?:there|sirs?|madam|madame|ma'am|sir or madam|madam or sir|sir ?/ ?madam|"
    r"sir or ma'am|gentlemen|ladies and gentlemen|friends?|colleagues?|professionals?|"
    r"human resources|hr|talent acquisition|future employer|mentor|alumni|alum|mr|mrs|ms|dr|"
    r"professor|prof|doctor|you|"
    # Casual address that fits anyone: "yo bro", "hey man", "hi mate".
    r"bro|bruh|dude|man|mate|buddy|pal|fam|sis|boss|"
    r"(?:[\w&'.-]+ ){0,3}(?:team|department|committee|office|staff|recruiters?|recruiting|"
    r"managers?|directors?|coordinators?|officers?|representatives?|administrators?|editors?|"
    r"partners?|members?|leads?|head|chair|dean|founders?|owner|ceo|president))"
    r"(?: (?:at|of|for|with|in) .+)?$",
    re.I,
)
# A group greeting: fine for people who already know the writer (a note to everyone met),
# generic when it opens a cold message to an organisation.
_GROUP = patterns.compile(r"^(?:all|everyone|everybody|folks|team|y'all|you all)$", re.I)
_PAIR = patterns.compile(r"^(?:both|you two|you both|both of you)$", re.I)
_KNOWN_GROUP = patterns.compile(
    r"\b(?:each of you|all of you|every one of you|you all|y'all|"
    r"(?:thank you|thanks),? (?:all|everyone))\b",
    re.I,
)


# Words that start a sentence, never a name: what follows the greeting word is the message.
_NOT_A_NAME = patterns.compile(
    r"^\s+(?:so|i|im|i'm|ive|i've|just|quick|hope|my|this|its|it's|is|was|whats|what's|how|"
    r"how's|hows|sorry|um|uh|ok|okay|well|yeah|there's|theres|are|r|u|you|your|ur|can|could|"
    r"would|do|did|got|saw|found|random|wanted|long|happy)\b",
    re.I,
)


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
    if m is not None and _NOT_A_NAME.match(m.group("rest")):
        # "hey so i got your name...": the greeting runs straight into the message.
        return line.start + m.start("word"), line.start + m.end("word"), ""
    if m is None or len(_without_organisation(m.group("rest")).split()) > 5:
        return None
    who = re.sub(r"[.\s]+$", "", m.group("rest").strip())
    return line.start + m.start("word"), line.start + m.end(), who


def _without_organisation(whom: str) -> str:
    """ "Hiring Team at Khan Academy" -> "Hiring Team": the organisation may be long."""
    return re.split(r"\s(?:at|of|for|with|in)\s", whom, maxsplit=1)[0]


def generic_greeting(text: str) -> tuple[int, int] | None:
    found = greeting(text)
    if found is None:
        return None
    start, end, who = found
    if _PAIR.match(who) or (_GROUP.match(who) and _KNOWN_GROUP.search(text)):
        return None
    if not (who in ("", "whom") or _GROUP.match(who) or _GENERIC_WHO.match(who)):
        return None
    return start, end


_PLACEHOLDER = patterns.compile(
    r"\[(?!\s*(?:sic|x|\s)\s*\])[^\[\]\n\d]{1,40}\](?!\()"
    r"|\{\{?\s*[A-Za-z][\w .-]{0,30}\s*\}\}?"
    r"|<(?!(?:b|i|p|a|br|em|strong|div|span|ul|li|hr|u)>)(?=[^>\n]*[A-Z_ ])[A-Za-z][\w ]{0,30}>"
    r"|\bX{3,}\b|\bINSERT [A-Z ]+\b",
)


def placeholders(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PLACEHOLDER.finditer(text)]


# What a job application is made of: resume, CV, portfolio, work samples, transcript.
_RESUME = patterns.compile(
    r"\b(?:r[eé]sum[eé]s?|cv|c\.v\.|curriculum vitae)\b"
    r"|\b(?:my|our) (?:[\w-]+ )?(?:portfolios?|(?:work|writing|design|code) samples?|"
    r"transcripts?|cover letter)\b|\bportfolio of my\b"
    # An artist's or a coder's portfolio by another name; a sent link marks it as sent.
    r"|\b(?:my|our) (?:own )?(?:website|site|insta(?:gram)?|behance|dribbble|artstation|github|"
    r"reel|showreel|demo reel)\b"
    r"|\b[\w-]*(?:resume|cv|portfolio)[\w-]*\.(?:pdf|docx?)\b",
    re.I,
)
# Signs that it travels with this message: attached, enclosed, below, a link, a web address.
_SENT = patterns.compile(
    r"\b(?:attach\w*|enclos\w*|includ\w*|here(?:'s|s| is| are)|below|linked|link to|a link|"
    r"find (?:my|the|it|attached|enclosed)|sending|sent you|accompan\w*|pasted|uploaded|copied|"
    r"with this (?:email|message|note)|attachment|you (?:can|could|will|'ll) (?:find|see|view)|"
    r"(?:my|the) [\w ]{0,20}is (?:at|here))\b"
    r"|https?://|\bwww\.|\b[\w-]+\.(?:com|net|org|io|me|design|dev|co|art)(?:/\S*)?",
    re.I,
)
_ASKED_OR_OFFERED = patterns.compile(
    r"\b(?:as (?:you )?(?:asked|requested|suggested)|you asked|per your request|at your request|"
    r"you (?:offered|agreed)|(?:can|could|would|will|'ll|happy to|glad to|willing to)"
    r"(?:\s+\w+){0,2}\s+(?:send|share|forward|pass|provide|email)|upon request|on request)\b",
    re.I,
)


# "...and forward my CV? I've attached it.": the resume is named a sentence earlier.
_IT_SENT = patterns.compile(
    r"\b(?:attach\w*|enclos\w*|includ\w*)\s+(?:it|them|a copy|one)\b"
    r"|\b(?:it's|it is|they're|they are)\s+(?:\w+ly\s+)?(?:attached|enclosed|included|below)\b",
    re.I,
)


def resume_sends(sentence: Span, previous: Span | None = None) -> list[tuple[int, int]]:
    text = sentence.text
    if not _SENT.search(text) or _ASKED_OR_OFFERED.search(text):
        return []
    named = [(sentence.start + m.start(), sentence.start + m.end()) for m in _RESUME.finditer(text)]
    if named or previous is None or not _IT_SENT.search(text) or _SENT.search(previous.text):
        return named  # a resume sent in the sentence before is flagged there
    start = previous.start
    return [(start + m.start(), start + m.end()) for m in _RESUME.finditer(previous.text)]


# A resume pasted into the message: a "RESUME" or "CV" heading line, or resume sections
# ("Education:", "Skills:") on lines of their own.
_RESUME_HEADING = patterns.compile(
    r"^[ \t]*(?:r[eé]sum[eé]|cv|curriculum vitae)\b[ \t]*(?:[:\-\u2014\u2013|].*)?$", re.I | re.M
)
_RESUME_SECTION = patterns.compile(
    r"^[ \t]*(?:education|(?:work |professional |relevant )?experience|work history|employment|"
    r"(?:technical |core |key )?skills|certifications?|licen[cs]es|(?:professional )?summary|"
    r"objective|languages|projects|awards)[ \t]*[:\u2014\u2013-]",
    re.I | re.M,
)


def pasted_resume(text: str) -> tuple[int, int] | None:
    """Where a resume pasted into the body starts (its heading line), if there is one."""
    heading = _RESUME_HEADING.search(text)
    if heading:
        return heading.span()
    sections = list(_RESUME_SECTION.finditer(text))
    if len(sections) >= 2:
        return sections[0].start(), sections[0].end()
    return None
