"""Is this the same person? The one decision every import (and every way a person comes
in) makes before adding anyone, over plain data, so it is tested in milliseconds.

A person already present is the same person when they share an e-mail address, a
LinkedIn profile, or the same name (ignoring case, accents, spacing, titles, middle
names and letters after the name) at the same organisation, or the same name when either
side has no organisation. What a merge keeps: every non-empty field, and never a value
the user already has.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from coffeechat.rules.names import fold

# Words an organisation's name may carry or not: "Verdant Grid, Inc." is Verdant Grid.
LEGAL_FORMS = frozenset(
    {
        *("inc", "inc.", "incorporated", "llc", "l.l.c.", "ltd", "ltd.", "limited"),
        *("co", "co.", "corp", "corp.", "corporation", "gmbh", "ag", "sa", "s.a."),
        *("plc", "pbc", "bv", "b.v.", "pty"),
    }
)
_PLAIN_NAME = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SCHEME = re.compile(r"^[a-z]+://", re.IGNORECASE)
_COUNTRY_HOST = re.compile(r"^[a-z]{2}\.linkedin\.com$")


class MatchedBy(StrEnum):
    """Why an incoming contact is someone already here."""

    UID = "same card"
    EMAIL = "same e-mail"
    LINKEDIN = "same LinkedIn profile"
    NAME_AND_ORGANISATION = "same name and organisation"
    NAME = "same name"


@dataclass(frozen=True)
class Identity:
    """What tells one person from another, as plain data."""

    key: int | str  # a database id, or a placeholder for someone not yet written
    name: str
    organisation: str = ""
    emails: tuple[str, ...] = ()
    linkedin_url: str = ""
    uid: str = ""


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A name reduced to first and last name, folded: "Dr. Dana M. Whitfield, PhD" and
    "dana whitfield" give the same key. Plain two-word names skip the name parser (it
    costs 0.2 ms a name, too much for 30,000 connections)."""
    words = name.split()
    if len(words) <= 2 and all(_PLAIN_NAME.fullmatch(w) for w in words):
        return fold(name)
    from nameparser import HumanName

    parsed = HumanName(name)
    core = " ".join(p for p in (parsed.first, parsed.last) if p)
    return fold(core or name)


@lru_cache(maxsize=65536)
def organisation_key(name: str) -> str:
    """An organisation's name without case, accents or its legal form."""
    words = fold(name.replace(",", " ")).split()
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    return " ".join(words)


def email_key(address: str) -> str:
    return address.strip().casefold()


@lru_cache(maxsize=65536)
def linkedin_key(url: str) -> str:
    """A LinkedIn profile address without scheme, `www.`, query or trailing slash:
    "http://www.LinkedIn.com/in/dana-w/" is linkedin.com/in/dana-w."""
    text = url.strip()
    if not text:
        return ""
    text = _SCHEME.sub("", text)
    text = text.split("?", 1)[0].split("#", 1)[0].rstrip("/")
    host, _, path = text.partition("/")
    host = host.casefold().removeprefix("www.")
    host = _COUNTRY_HOST.sub("linkedin.com", host)
    return f"{host}/{path.casefold()}" if path else host


@dataclass
class Index:
    """Everyone already known, looked up by each way of being the same person."""

    by_uid: dict[str, int | str] = field(default_factory=dict)
    by_email: dict[str, int | str] = field(default_factory=dict)
    by_linkedin: dict[str, int | str] = field(default_factory=dict)
    by_name: dict[str, list[Identity]] = field(default_factory=dict)

    def add(self, person: Identity) -> None:
        """Know `person` from now on (an earlier entry wins a shared address)."""
        if person.uid:
            self.by_uid.setdefault(person.uid, person.key)
        for address in person.emails:
            if address:
                self.by_email.setdefault(email_key(address), person.key)
        if person.linkedin_url:
            self.by_linkedin.setdefault(linkedin_key(person.linkedin_url), person.key)
        self.by_name.setdefault(name_key(person.name), []).append(person)

    def replace(self, person: Identity) -> None:
        """`person` has learned something (a merge): index what is new about them."""
        namesakes = self.by_name.get(name_key(person.name), [])
        self.by_name[name_key(person.name)] = [p for p in namesakes if p.key != person.key]
        self.add(person)


def index_of(people: Iterable[Identity]) -> Index:
    index = Index()
    for person in people:
        index.add(person)
    return index


def find_same(index: Index, incoming: Identity) -> tuple[int | str, MatchedBy] | None:
    """The person already known who is `incoming`, and why; None for someone new.

    The strongest sign wins: the same card, then e-mail, then LinkedIn profile, then
    the name. Several namesakes: the one at the same organisation; else, when one side
    has no organisation, the first added.
    """
    if incoming.uid and incoming.uid in index.by_uid:
        return index.by_uid[incoming.uid], MatchedBy.UID
    for address in incoming.emails:
        found = index.by_email.get(email_key(address))
        if found is not None:
            return found, MatchedBy.EMAIL
    if incoming.linkedin_url:
        found = index.by_linkedin.get(linkedin_key(incoming.linkedin_url))
        if found is not None:
            return found, MatchedBy.LINKEDIN
    return _namesake(index.by_name.get(name_key(incoming.name), []), incoming)


def _namesake(
    namesakes: Sequence[Identity], incoming: Identity
) -> tuple[int | str, MatchedBy] | None:
    org = organisation_key(incoming.organisation)
    if org:
        for other in namesakes:
            if organisation_key(other.organisation) == org:
                return other.key, MatchedBy.NAME_AND_ORGANISATION
    for other in namesakes:
        if not org or not organisation_key(other.organisation):
            return other.key, MatchedBy.NAME
    return None


def merged(
    existing: Mapping[str, Any], incoming: Mapping[str, Any], *, empty: Mapping[str, Any]
) -> dict[str, Any]:
    """The fields a merge changes: those empty on `existing` (their empty value given in
    `empty`) and given by `incoming`; lists (tags, e-mails) gain what they lack. What the
    user already has is never overwritten."""
    changes: dict[str, Any] = {}
    for name, value in incoming.items():
        mine = existing.get(name)
        if isinstance(value, list | tuple):
            have = list(mine or [])
            extra = [v for v in value if v and v not in have]
            if extra:
                changes[name] = have + extra
        elif value not in (None, "") and mine in (None, "", empty.get(name, "")):
            changes[name] = value
    return changes
