"""Does a request name anything specific to this reader: a referrer, shared history, their work?"""

from __future__ import annotations

import re

from coffeechat.rules.checker_message import placeholders
from coffeechat.rules.checker_text import Span

# A request of the reader: their time, an introduction, a job, advice.
_ASKS = re.compile(
    r"\?|\b(?:would you|could you|can you|could i|can i|may i|would it|let me know|please|"
    r"(?:would|'d)(?: \w+)? (?:love|appreciate|be grateful|value|welcome|like)|hop(?:e|"
    r"ing) (?:you|to)|"
    r"open to|willing to|available|spare|any chance|look forward|\d+[ -]min\w*|apply|applying|"
    r"consideration|consider|interest(?:ed)? in)\b",
    re.I,
)
_REFERRAL = re.compile(
    r"(?<!\bi )(?<!\bi've )(?<!\bi had )\b(?:suggested|recommended|mentioned|referred|told me|"
    r"said you|"
    r"gave me your|passed (?:along|on) your|pointed me|introduc(?:ed|tion)|"
    r"introducing (?:us|me)|connected us|"
    r"speaks? highly|spoke highly|thought of you|thought you|thinks you|sent me your|your name)\b",
    re.I,
)
_SHARED = re.compile(
    r"\b(?:we met|met you|met at|meeting you|ran into you|see you at|saw you at|"
    r"our (?:conversation|"
    r"chat|call|talk|meeting|coffee|lunch|time)|we (?:spoke|talked|chatted|discussed)|"
    r"as we discussed|"
    r"with me (?:today|yesterday|this morning|on \w+day|last \w+)|for (?:the|our) (?:chat|call|"
    r"coffee|"
    r"conversation|time)|(?:time|chat|call|coffee|conversation|meeting|talking|speaking|chatting|"
    r"meeting) (?:with me )?(?:today|yesterday|this morning|last \w+|on \w+day)|fellow|alum\w*|"
    r"classmate|cohort|both (?:worked|studied|went|attended|grew)|same (?:school|program|"
    r"university|"
    r"college|team|company|firm)|mutual|cousin|aunt|uncle|roommate|neighbou?r|former (?:colleague|"
    r"manager|boss|teammate|assistant|student)|my (?:mom|mother|dad|father|sister|brother|advisor|"
    r"professor|manager|coach)(?:'s)?)\b",
    re.I,
)
_THEIR_WORK = re.compile(
    r"\byour (?:\w+ ){0,2}?(?:article|post|piece|op-?ed|essay|blog|newsletter|talk|keynote|lecture|"
    r"presentation|panel|session|podcast|episode|interview|feature|book|paper|report|research|"
    r"study|thread|comment|tweet|video|webinar|workshop|course|case study|project|campaign|launch|"
    r"redesign|coverage|column|story|promotion|startup|seminar|class|exhibit\w*|show|film|"
    r"album)s?\b"
    r"|\byour (?:\w+ ){0,2}?(?:work|team's work) (?:on|with|restoring|building|leading)\b",
    re.I,
)
_PROPER = re.compile(r"(?<![.!?:]\s)\b[A-Z][\w&'+-]*(?:\s+[A-Z][\w&'+-]*)*")
# Capitalised words that are not names of people, places or organisations.
_NOT_NAMES = frozenset(
    {
        *("I", "I'm", "I've", "I'd", "I'll", "Dear", "Hi", "Hello", "Hey", "Thanks", "Thank"),
        *("Best", "Regards", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "OK", "Coffee", "Any"),
        *("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
        *("January", "February", "March", "April", "May", "June", "July", "August"),
        *("September", "October", "November", "December", "English"),
        *("Zoom", "LinkedIn", "Meet", "Teams", "Skype"),
        *("PM", "CEO", "VP", "UX", "UI", "AI", "ML", "HR", "IT", "PR", "QA", "CFO", "CTO", "COO"),
        *("MBA", "PhD", "MA", "BA", "BS", "RN", "CPA", "SaaS", "B2B"),
    }
)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof)\.")
_SELF_DESCRIPTION = re.compile(
    r"\b(?:i'm|i am|i was|i've been|i have been|i work|i worked|i study|i studied|i graduated|"
    r"i attend|i attended|i interned|i lead|i led|i run|i teach|i volunteer|i serve|i hold|i live|"
    r"i moved|i spent|i grew up|as an? |my (?:\w+ ){0,2}(?:at|from|in|with))\b",
    re.I,
)
# "employment with Meridian Bank", "your friend Mr Patel": a name hung on a preposition or a tie.
_ATTACHED = re.compile(r"\b(?:with|at|for|to|about|on|from|friend|colleague)\s*$", re.I)
_READER_CLAUSE = re.compile(r"\b(?:you|your|you're|you've|yours|congrat\w*)\b", re.I)
# "I saw that you left law for psychology": a fact about them, even inside an I-clause.
_NOTICED = re.compile(
    r"\bi(?:'ve| have)? (?:saw|see|noticed|notice|read|heard|learned|understand|gather)"
    r" (?:that |how )?you(?:'ve|'re| have| are| were)?\b",
    re.I,
)


def asks_something(text: str) -> bool:
    return bool(_ASKS.search(text))


def is_personal(sentences: list[Span]) -> bool:
    """True when some sentence (without unfilled placeholders) names something of theirs."""
    for sentence in sentences:
        text = sentence.text
        if placeholders(text):
            continue
        if _REFERRAL.search(text) or _SHARED.search(text) or _THEIR_WORK.search(text):
            return True
        if _NOTICED.search(text):
            return True
        if _names_their_world(text):
            return True
    return False


def _names_their_world(text: str) -> bool:
    """A proper noun that is not part of the writer describing themselves."""
    text = _HONORIFIC.sub(lambda m: m.group(1) + " ", text)
    clauses = re.split(r"[,;:\u2014\u2013]|\s-\s|\band\b|\bbut\b|\bwhich\b", text)
    for index, clause in enumerate(clauses):
        clause = clause.strip()
        for m in _PROPER.finditer(clause):
            if index == 0 and m.start() == 0:
                continue  # capitalised because it opens the sentence
            if all(word in _NOT_NAMES for word in m.group().split()):
                continue
            before = clause[: m.start()]
            if _SELF_DESCRIPTION.search(before) and not _READER_CLAUSE.search(before):
                continue  # "I'm a junior at Portland State" is about the writer
            if _READER_CLAUSE.search(clause) or _ATTACHED.search(before):
                return True
    return False
