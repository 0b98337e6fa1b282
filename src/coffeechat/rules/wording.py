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
