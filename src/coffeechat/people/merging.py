"""Putting a person right: merging two rows that are one person, and removing one.

Both run in one transaction: a failure half-way changes nothing. Every table that points
at a person is found from the models themselves (`Person._meta.related_objects`), so a
table added later is carried over by a merge, and emptied by a removal, with no change
here (a test checks every table for rows left pointing at nobody).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, models, transaction

from coffeechat.errors import UserError
from coffeechat.people.models import PastOrganisation, Person, Source, Tie
from coffeechat.pipeline.models import Commitment, Conversation, Event, Insight

# The fields a merge fills from the other row when the kept one has none, with how the
# report names them.
FIELDS = {
    "title": "title",
    "organisation": "organisation",
    "email": "e-mail",
    "phone": "phone",
    "linkedin_url": "LinkedIn",
    "location": "location",
    "connected_on": "connected on LinkedIn",
    "check_in_days": "check-in interval",
}


@dataclass
class Merged:
    """What a merge did: the fields it kept and from whom, and what it moved."""

    keep: Person
    other: str
    other_id: int
    kept: list[str] = field(default_factory=list)
    moved: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.keep.id,
            "name": self.keep.name,
            "merged": {"id": self.other_id, "name": self.other},
            "kept": self.kept,
            "moved": self.moved,
        }


def _empty(value: Any) -> bool:
    return value in (None, "", [])


def _shown(value: Any) -> str:
    return repr(str(value))


def _fields(keep: Person, other: Person, merged: Merged) -> None:
    """Every non-empty field survives: the kept row's, else the other's; an e-mail both
    have goes to the other addresses, notes both have are joined."""
    for name, label in FIELDS.items():
        mine, theirs = getattr(keep, name), getattr(other, name)
        if _empty(theirs) or mine == theirs:
            continue
        if _empty(mine):
            setattr(keep, name, theirs)
            merged.kept.append(f"{label} {_shown(theirs)} from {other.name}")
        elif name == "email":
            merged.kept.append(f"e-mail {mine} ({theirs} kept as another address)")
        elif name == "organisation":
            merged.kept.append(f"{label} {_shown(mine)} ({other.name}'s {_shown(theirs)} "
                               "kept as a past organisation)")
        else:
            merged.kept.append(f"{label} {_shown(mine)} ({other.name}'s {_shown(theirs)} dropped)")
    addresses = [*keep.other_emails]
    for address in [other.email, *other.other_emails]:
        if address and address != keep.email and address not in addresses:
            addresses.append(address)
    keep.other_emails = addresses
    if other.notes.strip() and other.notes.strip() not in keep.notes:
        keep.notes = "\n\n".join(n for n in (keep.notes.strip(), other.notes.strip()) if n)
        merged.kept.append(f"{other.name}'s research notes, added to the notes")
    if keep.source == Source.OTHER and other.source != Source.OTHER:
        keep.source = other.source
        merged.kept.append(f"how you know them: {other.source}, from {other.name}")
    keep.save()
    tags = list(other.tags.exclude(id__in=keep.tags.values("id")))
    keep.tags.add(*tags)
    if tags:
        merged.moved["tags"] = len(tags)


def _ties(owner: User, keep: Person, other: Person) -> int:
    """Who `other` knows, `keep` now knows; a tie between the two goes."""
    moved = 0
    for tie in Tie.objects.filter(models.Q(person=other) | models.Q(knows=other)):
        a = keep if tie.person_id == other.id else tie.person
        b = keep if tie.knows_id == other.id else tie.knows
        tie.delete()
        if a.id == b.id:
            continue
        both = Tie.objects.filter(
            models.Q(person=a, knows=b) | models.Q(person=b, knows=a)
        )
        if not both.exists():
            Tie.objects.create(owner=owner, person=a, knows=b, note=tie.note)
            moved += 1
    return moved


def _past_organisations(owner: User, keep: Person, other: Person) -> int:
    """`keep` has worked wherever either has (the other's current organisation, when
    `keep` is somewhere else now, included); their current one is not a past one."""
    have = set(PastOrganisation.objects.filter(person=keep).values_list("organisation_id",
                                                                          flat=True))
    theirs = set(PastOrganisation.objects.filter(person=other).values_list("organisation_id",
                                                                             flat=True))
    if other.organisation_id is not None:
        theirs.add(other.organisation_id)
    PastOrganisation.objects.filter(person=other).delete()
    gained = sorted(theirs - have - {keep.organisation_id})
    PastOrganisation.objects.bulk_create(
        [PastOrganisation(owner=owner, person=keep, organisation_id=o) for o in gained])
    return len(gained)


def _conversations(keep: Person, other: Person, merged: Merged) -> None:
    mine = Conversation.objects.get_or_create(owner=keep.owner, person=keep)[0]
    theirs = Conversation.objects.get_or_create(owner=other.owner, person=other)[0]
    for model, key in ((Event, "events"), (Commitment, "promises"), (Insight, "insights")):
        count = model.objects.filter(conversation=theirs).update(conversation=mine)
        if count:
            merged.moved[key] = count
    referrer = theirs.referred_by_id
    if referrer is not None and referrer != keep.id and (
        mine.referred_by_id is None
        or (theirs.referred_at and mine.referred_at and theirs.referred_at < mine.referred_at)
    ):
        mine.referred_by_id, mine.referred_at = referrer, theirs.referred_at
        merged.kept.append(f"referred by {theirs.referred_by.name if theirs.referred_by else ''}")
    if mine.referred_by_id == other.id:  # other referred keep: nobody refers themself
        mine.referred_by, mine.referred_at = None, None
    mine.save()
    referrals = Conversation.objects.filter(referred_by=other).exclude(id=mine.id)
    count = referrals.update(referred_by=keep)
    if count:
        merged.moved["referrals"] = count
    Event.objects.filter(conversation=mine, other__in=[keep, other]).update(other=None)
    count = Event.objects.filter(other=other).update(other=keep)
    if count:
        merged.moved["mentions"] = count


def _other_tables(keep: Person, other: Person) -> None:
    """Any table not handled above (a later app's) points at `keep` instead."""
    for relation in Person._meta.related_objects:
        if relation.one_to_one or relation.many_to_many:
            continue
        name = relation.field.name
        relation.related_model._default_manager.filter(**{name: other}).update(**{name: keep})


@transaction.atomic
def merge_people(*, owner: User, keep: Person, other: Person) -> Merged:
    """Merge `other` into `keep`: their history, promises, insights, ties, tags, notes
    and referrals both ways; `other` is gone after it."""
    if keep.id == other.id:
        raise UserError(f"{keep.name} is one person already: name two different people")
    merged = Merged(keep, other.name, other.id)
    try:
        _fields(keep, other, merged)
        merged.moved["ties"] = _ties(owner, keep, other)
        merged.moved["past organisations"] = _past_organisations(owner, keep, other)
        _conversations(keep, other, merged)
        _other_tables(keep, other)
        other.delete()
    except IntegrityError as error:
        raise UserError(f"cannot merge {other.name} into {keep.name}: {error}") from None
    merged.moved = {k: v for k, v in merged.moved.items() if v}
    return merged


@dataclass(frozen=True)
class Removal:
    """What removing a person takes with them, and what stays but loses them."""

    name: str
    events: int
    promises: int
    insights: int
    ties: int
    referred: list[str]  # people they referred: they stay, no longer referred
    asked: list[str]  # people whose introduction was asked of them: the request stays

    def lines(self) -> list[str]:
        from coffeechat.rules.wording import count

        went = [
            count(n, word)
            for n, word in (
                (self.events, "event"),
                (self.promises, "promise"),
                (self.insights, "insight"),
                (self.ties, "tie"),
            )
            if n
        ]
        lines = [f"{self.name}" + (f", with {', '.join(went)}" if went else "")]
        if self.referred:
            lines.append("no longer referred by them: " + ", ".join(self.referred))
        if self.asked:
            lines.append("introductions asked of them lose their connector: "
                         + ", ".join(self.asked))
        return lines


def removal_of(person: Person) -> Removal:
    """What `remove_person` would take, without taking it (for the confirmation)."""
    conversation = Conversation.objects.filter(person=person).first()
    mine = {"conversation": conversation} if conversation else None
    return Removal(
        person.name,
        Event.objects.filter(**mine).count() if mine else 0,
        Commitment.objects.filter(**mine).count() if mine else 0,
        Insight.objects.filter(**mine).count() if mine else 0,
        Tie.objects.filter(models.Q(person=person) | models.Q(knows=person)).count(),
        sorted(
            Conversation.objects.filter(referred_by=person).values_list("person__name", flat=True)
        ),
        sorted(
            {
                *Event.objects.filter(other=person, kind="intro-requested").values_list(
                    "conversation__person__name", flat=True
                )
            }
        ),
    )


@transaction.atomic
def remove_person(*, person: Person) -> Removal:
    """Delete a person and everything only they own (their conversation, its events,
    promises and insights, their ties); whom they referred stays, unreferred."""
    removal = removal_of(person)
    Conversation.objects.filter(referred_by=person).update(referred_by=None, referred_at=None)
    person.delete()
    return removal
