"""Small text rules shared by the drafts, the planned conversation and the prep sheet, so
a greeting, a spoken thank-you and a quoted note never disagree."""

from __future__ import annotations

import re
import unicodedata

from coffeechat.rules import patterns

_HONORIFICS = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"})


def first_name(name: str) -> str:
    """The name to greet someone by: the first word that is not an honorific."""
    words = [w for w in name.split() if w.rstrip(".").lower() not in _HONORIFICS]
    return words[0] if words else name.strip()


# A full stop after these ends no sentence: "Dr.", "St.", "Inc.", "U.S.", "e.g.".
_ABBREVIATION = patterns.compile(r"[A-Z][a-z]{0,2}\.|(?:[A-Za-z]\.){2,}|etc\.|vs\.")
# Words a cut note must not end on: "(led the rebuild of)" reads as a slip.
_DANGLING = frozenset({
    "a", "about", "after", "an", "and", "as", "at", "before", "but", "by", "during", "for",
    "from", "her", "his", "in", "into", "its", "like", "my", "of", "on", "or", "our", "over",
    "so", "than", "that", "the", "their", "through", "to", "which", "who", "with", "your",
})
_CLAUSE_BREAKS = (", ", "; ", " – ", " — ", " - ", " and ", " but ")


def gist(text: str, limit: int = 90) -> str:
    """A note as a draft quotes it in passing: its first sentence or clause, cut at a
    clause or a word when still longer than `limit` (a pasted page of notes would make a
    short message long)."""
    text = " ".join(str(text).split())
    for end in re.finditer(r"[.!?;](?=\s)", text):
        if not _ABBREVIATION.fullmatch(text[: end.start() + 1].rsplit(" ", 1)[-1]):
            text = text[: end.start()]
            break
    if len(text) <= limit:
        return text
    head = text[:limit]
    clause_end = max(head.rfind(mark) for mark in _CLAUSE_BREAKS)
    if clause_end >= limit // 2:
        head = head[:clause_end]
    elif " " in head:
        head = text[: limit + 1].rsplit(" ", 1)[0]
    words = head.rstrip(" ,;:-–—").split(" ")
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;:-–—")


# A logged note that opens with one of these tells what I did, not the words I sent:
# "Sent her a LinkedIn message about the PM move", "Asked whether you had time".
_LOGGED_DEED = re.compile(
    r"(?:sent|emailed|e-mailed|messaged|dm'?d|wrote|asked|reached|pinged|called|texted|"
    r"left|mentioned|followed|contacted|connected|inmail(?:ed)?|replied|via|by|through)\b",
    re.IGNORECASE,
)
_TO_THEM = re.compile(r"\b(?:you|your|yours|you're|you'd|you've|you'll)\b|\?", re.IGNORECASE)
_GREETING = re.compile(r"(?:hi|hello|hey|dear|thanks|thank you|good (?:morning|afternoon))\b",
                       re.IGNORECASE)
QUOTED_WORDS = 60  # past this, the message is in the thread below: no need to repeat it


def as_sent(note: str) -> str:
    """A note logged with `contacted`, on one line, when it reads as the words I sent them
    (it speaks to them: "you", a question, a greeting); "" when it only describes what I
    did ("sent via LinkedIn", "asked about her move to product"), which a follow-up must
    never quote back at them as "I wrote: ...", or when it is too long to quote."""
    text = " ".join(note.split())
    if not text or _LOGGED_DEED.match(text) or len(text.split()) > QUOTED_WORDS:
        return ""
    return text if _TO_THEM.search(text) or _GREETING.match(text) else ""


def sort_key(name: str) -> str:
    """How a list of names is ordered: by letter, whatever the case or accent
    ("Élodie" with the E's, not after Z as the database's byte order has it)."""
    if name.isascii():  # nothing to decompose: the same key, ten times faster
        return name.casefold()
    plain = unicodedata.normalize("NFKD", name)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def count(n: int, noun: str) -> str:
    """"1 promise", "2 promises", "1 hour": nouns that take an s."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def shell_word(value: str) -> str:
    """A value as it is typed on the command line: quoted when it holds a space."""
    if re.fullmatch(r"[\w.@+:/-]+", value):
        return value
    return '"' + re.sub(r'(["\\$`])', r"\\\1", value) + '"'
