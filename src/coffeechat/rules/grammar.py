"""English the drafts need to get right around text the user typed: "a" or "an" before a
title, "her team lead" turned to "your team lead" in a note to her, whether a note is a
verb phrase ("send the deck") or a sentence of its own ("She hires from teaching").

Word classes come from lemminflect's dictionary (a verb's base form, its past tense, its
"-ing" form), loaded on first use; the small closed classes (pronouns, determiners,
prepositions) are listed here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from coffeechat.rules import patterns

# Letters whose spoken name starts with a vowel sound: "an SEO lead", "an MBA student".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
# Acronyms said as words, not letter by letter: "a NASA engineer", "an OPEC analyst".
_SAID_AS_WORDS = frozenset({"NASA", "NATO", "OPEC", "UNESCO", "UNICEF", "FIFA", "SWAT", "AWOL"})
# Vowel letters sounded as consonants, and a silent h: "a user researcher", "an hour".
_CONSONANT_SOUND = patterns.compile(
    r"(?:u(?!ber)[bcfgjklmrstv][aeiou]|uk|uni(?!n)|unanim|eu|ewe|one\b|once)"
)
_SILENT_H = patterns.compile(r"(?:hour|honest|honou?r|heir)")
# Titles that name the one post of its kind take no article: "as Head of Design".
_NO_ARTICLE = patterns.compile(
    r"(?:head|chief|vice president|president|vp|svp|evp|dean|chair|chairman|chairwoman|"
    r"chairperson|ceo|cto|coo|cfo|cmo|cio|cpo|founder|co-founder|cofounder|director of|"
    r"manager of|lead of)\b|.*\bof\b",
    re.IGNORECASE,
)
DETERMINERS = frozenset({
    "a", "an", "the", "my", "your", "his", "her", "its", "our", "their", "this", "that",
    "these", "those", "some", "any", "each", "every", "no", "another", "one",
})


def article(phrase: str) -> str:
    """ "a" or "an" for the phrase's first word, as it is said: "an Engineer", "a UX
    Researcher", "an SEO lead", "a user researcher", "an hour"."""
    word = re.split(r"[\s\-/]", phrase.strip(), maxsplit=1)[0].strip("\"'(“")
    if not word:
        return "a"
    letters = word.replace(".", "")
    if letters.isupper() and letters.isalpha() and letters not in _SAID_AS_WORDS:
        return "an" if letters[0] in _VOWEL_LETTERS else "a"  # said letter by letter
    lower = word.lower()
    if lower[0].isdigit():
        digits = re.match(r"[\d,]*", lower)
        number = digits.group(0).replace(",", "") if digits else lower
        eleven = number[:2] in ("11", "18") and len(number) % 3 == 2
        return "an" if number.startswith("8") or eleven else "a"
    if _SILENT_H.match(lower):
        return "an"
    if lower[0] in "aeiou" and not _CONSONANT_SOUND.match(lower):
        return "an"
    return "a"


def with_article(title: str) -> str:
    """A title after "as": "a UX Researcher", "an Engineer", "Head of Design" (the one
    post of its kind takes none), and as typed when it has its own ("the Editor")."""
    title = " ".join(title.split())
    first = title.split(" ", 1)[0].lower() if title else ""
    if not title or first in DETERMINERS or _NO_ARTICLE.match(title):
        return title
    return f"{article(title)} {title}"


@functools.cache
def _lexicon() -> tuple[Callable[..., Any], Callable[..., Any]]:
    """lemminflect's lookups, loaded once: read word by word from the file the app keeps
    (`lexicon.py`) when it keeps one, else lemminflect's own (a second to start)."""
    from coffeechat.rules import lexicon

    kept = lexicon.lookups()
    if kept is not None:
        return kept
    from lemminflect import getAllInflections, getAllLemmas

    return getAllLemmas, getAllInflections


def lemmas(word: str) -> dict[str, tuple[str, ...]]:
    """The word's dictionary forms by part of speech: {"VERB": ("teach",)} for "taught"."""
    found: dict[str, tuple[str, ...]] = _lexicon()[0](word.lower())
    return found


def is_base_verb(word: str) -> bool:
    """ "send", "introduce", "email": a verb in its base form (an order or a promise)."""
    return word.lower() in lemmas(word).get("VERB", ())


def verb_lemma(word: str) -> str | None:
    """The base form of a verb form ("taught" -> "teach"); None if not a verb."""
    found = lemmas(word).get("VERB", ())
    return found[0] if found else None


def verb_form(lemma: str, tag: str) -> str:
    """A verb in the form a Penn tag names: ("teach", "VBG") -> "teaching"."""
    forms: dict[str, tuple[str, ...]] = _lexicon()[1](lemma)
    return forms.get(tag, (lemma,))[0]


def lower_first(text: str) -> str:
    """ "Teaching science" -> "teaching science": a capital that only opened the text."""
    first = text.split(" ", 1)[0]
    ordinary = first.isalpha() and first[1:].islower() and first not in ("I",)
    return text[0].lower() + text[1:] if ordinary and verb_lemma(first) else text


def is_gerund(word: str) -> bool:
    return word.lower().endswith("ing") and verb_lemma(word) not in (None, word.lower())


def is_past(word: str) -> bool:
    """ "taught", "led", "worked": a verb in its past tense (not a base form too)."""
    lemma = verb_lemma(word)
    return lemma is not None and word.lower() in _lexicon()[1](lemma).get("VBD", ())


# Words after which a clause has its own subject: "She hires from teaching."
SUBJECTS = frozenset({
    "i", "i'm", "i've", "i'd", "i'll", "you", "you're", "you've", "you'd", "you'll", "we",
    "we're", "we've", "they", "they're", "they've", "he", "he's", "she", "she's", "it",
    "it's", "there", "there's", "everyone", "nobody", "people", "most",
})
_FINITE = frozenset({
    "is", "are", "was", "were", "am", "will", "won't", "would", "can", "can't", "cannot",
    "could", "should", "shouldn't", "must", "has", "have", "had", "does", "do", "did",
    "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "matters", "means", "takes", "makes", "needs", "wants", "hires",
})


def words(text: str) -> list[str]:
    return re.findall(r"[\w][\w'’-]*", text)


def is_sentence(text: str, names: Iterable[str] = ()) -> bool:
    """A text that is a clause of its own, with a subject and a verb ("The best way in is
    volunteering", "She hires from teaching"), not a phrase to embed ("heat pumps going
    mainstream", "write a teardown")."""
    found = [w.lower().replace("’", "'") for w in words(text)]
    if not found:
        return False
    named = {n.lower() for n in names if n}
    if found[0] in SUBJECTS or (found[0] in named and len(found) > 1):
        return True
    # A phrase seldom ends with a full stop; a sentence without one still has its verb.
    return text.rstrip().endswith((".", "!", "?")) or any(w in _FINITE for w in found[1:])


# Where an object pronoun ends: "send her my sample", "ask her about", "thank her".
_AFTER_OBJECT = frozenset({
    "a", "an", "the", "my", "your", "his", "her", "our", "their", "this", "that", "these",
    "those", "some", "any", "me", "us", "him", "them", "to", "at", "in", "on", "for", "with",
    "about", "from", "by", "of", "into", "after", "before", "over", "when", "if", "once",
    "and", "or", "but", "so", "as", "than", "next", "today", "tomorrow", "tonight", "soon",
    "later", "again", "back", "up", "out", "off", "down", "know", "now", "directly",
    "personally", "first", "too", "also", "please", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "via", "what", "how", "why",
    "whether", "who", "where", "week", "month",
})
_SUBJECT_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
                  "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}
# Adverbs that may stand between a subject and its verb, or open a phrase.
ADVERBS = frozenset({"always", "also", "just", "often", "usually", "sometimes", "never",
                     "still", "already", "kindly", "personally", "probably", "then",
                     "happily", "recently", "now", "once"})


def _capital(word: str, like: str) -> str:
    return word[0].upper() + word[1:] if like[:1].isupper() else word


def _agree(rest: list[str]) -> None:
    """The verb after a subject turned to "you" agrees: "she sends" -> "you send"."""
    for i, word in enumerate(rest):
        lower = word.lower()
        if lower in ADVERBS:
            continue
        if lower in _SUBJECT_FORMS:
            rest[i] = _capital(_SUBJECT_FORMS[lower], word)
        elif (lemma := verb_lemma(lower)) and lower in _lexicon()[1](lemma).get("VBZ", ()):
            rest[i] = _capital(lemma, word)  # "sends" -> "send"
        return


_TOKEN = patterns.compile(r"[\w][\w'’-]*|[^\w\s]+|\s+")


def to_you(text: str, names: Sequence[str] = ()) -> str:
    """Text about the person a note goes to, turned to speak to them: "introduce me to
    her team lead" -> "introduce me to your team lead", "I will send her my sample" ->
    "I will send you my sample", "Dana's deck" -> "your deck". They/them are left as
    typed: in a promise they as often mean the team as the person."""
    tokens = _TOKEN.findall(text)
    named = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        following = [t for t in tokens[i + 1:] if not t.isspace()]
        name = next((n for n in named if _starts_with(tokens, i, n)), None)
        if name is not None:
            i += len(_TOKEN.findall(name))
            if tokens[i - 1].endswith(("'s", "’s")):
                out.append("Your" if not "".join(out).strip() else "your")
                continue
            out.append("You" if not "".join(out).strip() else "you")
            _agree_from(tokens, i)
            continue
        out.append(_turned(token, following, tokens, i, at_start=not "".join(out).strip()))
        i += 1
    return "".join(out)


def _starts_with(tokens: list[str], i: int, name: str) -> bool:
    parts = _TOKEN.findall(name)
    found = tokens[i:i + len(parts)]
    if found[:-1] != parts[:-1] or len(found) < len(parts):
        return False
    return found[-1] == parts[-1] or found[-1] in (parts[-1] + "'s", parts[-1] + "’s")


def _agree_from(tokens: list[str], i: int) -> None:
    rest = [t for t in tokens[i:] if not t.isspace()][:3]
    index = [j for j in range(i, len(tokens)) if not tokens[j].isspace()][:3]
    before = list(rest)
    _agree(rest)
    for j, old, new in zip(index, before, rest, strict=False):
        if old != new:
            tokens[j] = new


# Words that may end an object ("call her first") or open a noun ("her first intern").
_EITHER = frozenset({"first", "next", "last", "own", "new", "old", "former", "current"})


def _possessive(following: list[str]) -> bool:
    """Whether "her" owns the words after it ("her team lead") or is an object ("send her
    the deck", "thank her", "call her first")."""
    nxt = following[0].lower() if following else ""
    if not nxt or not nxt[0].isalnum():
        return False
    if nxt in _EITHER:
        after = following[1].lower() if len(following) > 1 else ""
        return bool(after) and after[0].isalnum() and after not in _AFTER_OBJECT
    return nxt not in _AFTER_OBJECT


def _turned(token: str, following: list[str], tokens: list[str], i: int, at_start: bool) -> str:
    lower = token.lower().replace("’", "'")
    nxt = following[0].lower() if following else ""
    if lower in ("she", "he"):
        _agree_from(tokens, i + 1)
        return _capital("you", token)
    if lower in ("she's", "he's"):
        done = nxt in ("been", "got", "had", "done", "made", "sent", "offered", "agreed")
        return _capital("you've" if done else "you're", token)
    if lower in ("she'll", "he'll", "she'd", "he'd"):
        return _capital("you" + lower[lower.index("'"):], token)
    if lower == "him":
        return _capital("you", token)
    if lower == "his":
        return _capital("yours" if not nxt or not nxt[0].isalnum() else "your", token)
    if lower == "hers":
        return _capital("yours", token)
    if lower in ("herself", "himself"):
        return _capital("yourself", token)
    if lower == "her":
        return _capital("your" if _possessive(following) else "you", token)
    return token


_TO_ME = {"your": "my", "yours": "mine", "yourself": "myself"}
_MODALS = frozenset({"should", "can", "could", "will", "would", "might", "must", "may",
                     "need", "have", "had"})


def to_me(text: str) -> str:
    """Their words to me, said by me: "start with your own classroom" -> "start with my
    own classroom", "before you apply" -> "before I apply" (advice as it was given)."""

    def turned(found: re.Match[str]) -> str:
        word, nxt = found.group(1), (found.group(2) or "").lower()
        if word.lower() != "you":
            return _capital(_TO_ME[word.lower()], word)
        subject = nxt in _MODALS or (nxt.isalpha() and is_base_verb(nxt))
        return "I" if subject else _capital("me", word)

    return re.sub(r"\b(your|yours|yourself|you)\b(?=\s+(\w+)|)", turned, text,
                  flags=re.IGNORECASE)
