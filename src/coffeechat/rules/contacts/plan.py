"""What importing contacts would do, decided over plain data before anything is written:
who is new, who is already here (and which of their empty fields the file fills in),
who the file names twice. The shell (`coffeechat.exchange.importing`) only writes it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from coffeechat.rules.contacts.record import Contact
from coffeechat.rules.matching import (
    Identity,
    MatchedBy,
    find_same,
    index_of,
    merged,
    organisation_key,
)

# A person as the plan sees them: these fields, by these names, as in the Person model
# (organisation by name). The source "other" is the default: a file may say better.
FIELDS = (
    "title",
    "organisation",
    "past_organisations",
    "email",
    "other_emails",
    "phone",
    "linkedin_url",
    "location",
    "notes",
    "tags",
    "connected_on",
    "source",
)
EMPTY = {"source": "other"}


@dataclass
class Known:
    """Someone already in the database."""

    id: int
    name: str
    fields: dict[str, Any]

    def identity(self) -> Identity:
        return _identity(self.id, self.name, self.fields)


@dataclass
class Change:
    """A contact that is someone already here (`person_id`), or someone this file already
    named (`new_index`); `changes` are the fields it fills in."""

    contact: Contact
    matched_by: MatchedBy
    name: str
    changes: dict[str, Any]
    person_id: int | None = None
    new_index: int | None = None


@dataclass
class Plan:
    new: list[dict[str, Any]] = field(default_factory=list)  # name + FIELDS, in file order
    new_lines: list[int] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)  # merges that change something
    unchanged: list[Change] = field(default_factory=list)

    def updates(self) -> dict[int, dict[str, Any]]:
        """Every change to a person already here, several rows' folded into one."""
        out: dict[int, dict[str, Any]] = {}
        for change in self.changes:
            if change.person_id is not None:
                out.setdefault(change.person_id, {}).update(change.changes)
        return out


def _past(past: Iterable[str], *now_or_had: str) -> list[str]:
    """Past organisations (by name) not among `now_or_had`, each once."""
    seen = {organisation_key(o) for o in now_or_had if o}
    out = []
    for name in past:
        key = organisation_key(name)
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def contact_fields(contact: Contact) -> dict[str, Any]:
    emails = list(contact.emails)
    return {
        "title": contact.title,
        "organisation": contact.organisation,
        "past_organisations": _past(contact.past_organisations, contact.organisation),
        "email": emails[0] if emails else "",
        "other_emails": emails[1:],
        "phone": contact.phone,
        "linkedin_url": contact.linkedin_url,
        "location": contact.location,
        "notes": contact.notes,
        "tags": list(contact.tags),
        "connected_on": contact.connected_on,
        "source": contact.source,
    }


def _identity(key: int | str, name: str, fields: dict[str, Any]) -> Identity:
    emails = (fields.get("email") or "", *(fields.get("other_emails") or ()))
    return Identity(
        key,
        name,
        fields.get("organisation") or "",
        tuple(e for e in emails if e),
        fields.get("linkedin_url") or "",
        fields.get("uid") or "",
    )


def fill_in(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """What `theirs` adds to `mine`: empty fields filled, e-mails and tags gained; an
    address `mine` lacks becomes its e-mail when it has none, else one more."""
    incoming = {k: v for k, v in theirs.items() if k not in ("email", "other_emails")}
    if "past_organisations" in incoming:  # a past one is never where they are now
        incoming["past_organisations"] = _past(
            incoming["past_organisations"], mine.get("organisation") or "",
            *(mine.get("past_organisations") or ()))
    changes = merged(mine, incoming, empty=EMPTY)
    have = [e for e in (mine.get("email") or "", *(mine.get("other_emails") or ())) if e]
    seen = {e.casefold() for e in have}
    extra = []
    for address in (theirs.get("email") or "", *(theirs.get("other_emails") or ())):
        if address and address.casefold() not in seen:
            seen.add(address.casefold())
            extra.append(address)
    if extra and not mine.get("email"):
        changes["email"], extra = extra[0], extra[1:]
    if extra:
        changes["other_emails"] = list(mine.get("other_emails") or []) + extra
    return changes


def plan_import(known: Iterable[Known], contacts: Iterable[Contact]) -> Plan:
    people = {k.id: k for k in known}
    index = index_of(k.identity() for k in people.values())
    plan = Plan()
    for contact in contacts:
        theirs = contact_fields(contact)
        incoming = _identity("incoming", contact.name, {**theirs, "uid": contact.uid})
        found = find_same(index, incoming)
        if found is None:
            key = f"new:{len(plan.new)}"
            plan.new.append({"name": contact.name, "uid": contact.uid, **theirs})
            plan.new_lines.append(contact.line)
            index.add(
                Identity(key, incoming.name, incoming.organisation, incoming.emails,
                         incoming.linkedin_url, incoming.uid)
            )
            continue
        match, why = found
        if isinstance(match, str):  # someone this file named earlier
            number = int(match.split(":")[1])
            mine = plan.new[number]
            change = Change(contact, why, mine["name"], fill_in(mine, theirs), new_index=number)
        else:
            known_one = people[match]
            mine = known_one.fields
            change = Change(contact, why, known_one.name, fill_in(mine, theirs), person_id=match)
        mine.update(change.changes)
        (plan.changes if change.changes else plan.unchanged).append(change)
        if change.changes:
            index.replace(_identity(match, change.name, mine))
    return plan
