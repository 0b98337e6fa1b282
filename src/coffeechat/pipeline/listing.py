"""The people list: filtered and searched in the database, ordered by name, and only the
rows shown get their stage folded from their events (30,000 connections list as fast as
thirty). A stage filter and the board need every stage: everyone's is folded once and
kept until the data changes (`coffeechat.derived`)."""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, replace
from typing import Any, cast

from django.contrib.auth.models import User
from django.db.models import Q, QuerySet

from coffeechat.derived import data_version, keep, kept, last
from coffeechat.errors import UserError
from coffeechat.people.models import PastOrganisation, Person
from coffeechat.people.services import check_source
from coffeechat.pipeline.live import Live, kept_world
from coffeechat.pipeline.models import Commitment, Conversation, Event
from coffeechat.rules.agenda import last_interactions
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import EventFact, Kind, Progress, Stage, fold
from coffeechat.rules.wording import sort_key
from coffeechat.rules.world import CommitmentFact, PersonFact, World

STAGE_NAMES = ", ".join(s.value.replace(" ", "-") for s in Stage)


@dataclass(frozen=True)
class PeopleFilter:
    """What `people` narrows the list to; None (or empty) leaves it open."""

    stage: str | None = None
    source: str | None = None
    tag: str | None = None
    organisation: str | None = None
    search: str | None = None

    def applied(self) -> bool:
        return any((self.stage, self.source, self.tag, self.organisation, self.search))


@dataclass(frozen=True)
class PeoplePage:
    rows: list[dict[str, Any]]
    total: int  # how many people the filter lets through


def stage_named(text: str) -> Stage:
    """A stage as written in any case, with dashes or spaces: "keeping-in-touch"."""
    wanted = " ".join(text.strip().lower().replace("-", " ").replace("_", " ").split())
    for stage in Stage:
        if stage.value == wanted:
            return stage
    raise UserError(f"unknown stage {text!r}: write one of {STAGE_NAMES}")


def _filtered(owner: User, given: PeopleFilter) -> QuerySet[Person]:
    people = Person.objects.filter(owner=owner)
    if given.source:
        people = people.filter(source=check_source(given.source))
    if given.tag:
        people = people.filter(tags__name=given.tag.strip().lower())
    if given.organisation:
        people = people.filter(organisation__name__icontains=given.organisation.strip())
    if given.search and given.search.strip():
        text = given.search.strip()
        people = people.filter(
            Q(name__icontains=text)
            | Q(organisation__name__icontains=text)
            | Q(title__icontains=text)
            | Q(notes__icontains=text)
        )
    return people


def ordered_ids(owner: User, given: PeopleFilter, version: int) -> list[int]:
    """The ids of the people `given` lets through (the stage aside), by name; kept for
    the last filter asked while the data stays as it is."""
    if not replace(given, stage=None).applied() and (
            live := kept_world(owner, version)) is not None:
        return _everyone_by_name(owner, live)

    def order() -> list[int]:
        names = _filtered(owner, given).values_list("id", "name")
        if given.tag:  # the join through tags could repeat a person
            names = names.distinct()
        return [pid for pid, _ in sorted(names, key=lambda row: (sort_key(row[1]), row[0]))]

    return kept(owner.pk, "order", version, replace(given, stage=None), order)


def _everyone_by_name(owner: User, live: Live) -> list[int]:
    """Everyone's ids by name, from the kept world (`pipeline.live`): after a write, the
    people it touched are taken out and put back in their places, not everyone sorted."""
    found = last(owner.pk, "by-name", None)
    if found is not None and found[0] == live.version:
        return cast(list[int], found[1][1])
    people = live.world.people
    changed = live.changed_since(found[0]) if found is not None else None
    if found is None or changed is None:
        keys = sorted((sort_key(p.name), pid) for pid, p in people.items())
    else:
        keys = [key for key in found[1][0] if key[1] not in changed]
        for pid in changed:
            if pid in people:
                insort(keys, (sort_key(people[pid].name), pid))
    ids = [pid for _, pid in keys]
    keep(owner.pk, "by-name", live.version, None, (keys, ids))
    return ids


def list_people(
    *, owner: User, where: PeopleFilter | None = None, limit: int | None = None, offset: int = 0
) -> PeoplePage:
    """The people `where` lets through, by name, `limit` of them (None: all) from
    `offset` on, each with every stored field, their stage and their last interaction.
    A page (`limit`) is kept while the data stays as it is; everyone (an export) is not."""
    given = where or PeopleFilter()
    version = data_version()
    if limit is None:
        return _page(owner, given, limit, offset, version)
    return kept(owner.pk, "people", version, (given, limit, offset),
                lambda: _page(owner, given, limit, offset, version))


def _page(
    owner: User, given: PeopleFilter, limit: int | None, offset: int, version: int
) -> PeoplePage:
    ids = ordered_ids(owner, given, version)
    progress: dict[int, Progress] | None = None
    if given.stage:
        stage = stage_named(given.stage)
        progress = everyones_progress(owner, ids, version)
        ids = [pid for pid in ids if progress[pid].stage == stage]
    shown = ids[offset:] if limit is None else ids[offset : offset + limit]
    if progress is None:
        progress = _progress(owner, shown)
    return PeoplePage(_rows(owner, shown, progress), len(ids))


# Up to this many ids a query names them; past it, it reads all of the owner's rows (a
# database takes a limited number of parameters, and reading everything is as quick).
NAMED_IDS = 500


def _only(rows: QuerySet[Any], lookup: str, ids: list[int]) -> QuerySet[Any]:
    return rows.filter(**{f"{lookup}__in": ids}) if len(ids) <= NAMED_IDS else rows


def _event_facts(events: QuerySet[Event]) -> dict[int, list[EventFact]]:
    """The events' facts, by the person whose conversation holds them."""
    facts: dict[int, list[EventFact]] = {}
    for pid, kind, at, other, meeting_at, minutes in events.values_list(
        "conversation__person_id", "kind", "at", "other_id", "meeting_at", "minutes"
    ):
        facts.setdefault(pid, []).append(EventFact(Kind(kind), at, other, meeting_at, minutes))
    return facts


def _progress(owner: User, ids: list[int]) -> dict[int, Progress]:
    """Each person's conversation folded from their events."""
    events = _only(Event.objects.filter(conversation__owner=owner), "conversation__person_id", ids)
    facts = _event_facts(events)
    return {pid: fold(facts[pid]) if pid in facts else UNTOUCHED for pid in ids}


UNTOUCHED = fold(())  # most imported people have no events yet: one Progress for all


def stage_of(owner: User, person_id: int) -> Stage:
    """Where one conversation stands now, folded as the list and the board fold it."""
    return _progress(owner, [person_id])[person_id].stage


def everyones_progress(owner: User, ids: list[int], version: int) -> dict[int, Progress]:
    """`_progress(owner, ids)` for many ids: everyone's folded once and kept, after a write
    folded again only for the people it touched (`pipeline.live`); a command folds
    everyone's events once."""
    live = kept_world(owner, version)
    folds = live.folds if live is not None else kept(
        owner.pk, "progress", version, None, lambda: _folded(owner))
    return {pid: folds.get(pid, UNTOUCHED) for pid in ids}


def _folded(owner: User) -> dict[int, Progress]:
    """The progress of everyone with an event, folded from all of the owner's events."""
    facts = _event_facts(Event.objects.filter(conversation__owner=owner))
    return {pid: fold(found) for pid, found in facts.items()}


def _last(owner: User, ids: list[int], progress: dict[int, Progress]) -> dict[int, Any]:
    """The last interaction with each person: their own latest event, an introduction
    asked of them or made by them, a promise kept with them
    (`rules.agenda.last_interactions`)."""
    asked = Event.objects.filter(
        conversation__owner=owner, kind__in=[Kind.INTRO_REQUESTED, Kind.INTRODUCED]
    )
    asked = _only(asked, "other_id", ids)
    kept = Commitment.objects.filter(conversation__owner=owner, done_at__isnull=False)
    kept = _only(kept, "conversation__person_id", ids)
    world = World(
        {
            -n: PersonFact(-n, "", events=(EventFact(Kind(kind), at, other),))
            for n, (kind, other, at) in enumerate(
                asked.filter(other__isnull=False).values_list("kind", "other_id", "at"), 1
            )
        },
        tuple(
            CommitmentFact(cid, pid, True, "", made, done_at=done)
            for cid, pid, made, done in kept.values_list(
                "id", "conversation__person_id", "made_at", "done_at"
            )
        ),
    )
    # Of the people shown only: `progress` may be everyone's (the board, a stage).
    return last_interactions(world, {pid: progress[pid] for pid in ids})


def _rows(owner: User, ids: list[int], progress: dict[int, Progress]) -> list[dict[str, Any]]:
    people = _only(Person.objects.filter(owner=owner), "id", ids).select_related("organisation")
    by_id = {p.id: p for p in people}
    tags: dict[int, list[str]] = {}
    through = _only(Person.tags.through.objects.filter(person__owner=owner), "person_id", ids)
    for pid, tag in through.values_list("person_id", "tag__name"):
        tags.setdefault(pid, []).append(tag)
    past: dict[int, list[str]] = {}
    worked = _only(PastOrganisation.objects.filter(owner=owner), "person_id", ids)
    for pid, org in worked.values_list("person_id", "organisation__name"):
        past.setdefault(pid, []).append(org)
    last = _last(owner, ids, progress)
    senders = _senders(owner, ids, progress)
    return [
        {
            **_row(by_id[pid], progress[pid], last.get(pid), sorted(tags.get(pid, []))),
            "past_organisations": sorted(past.get(pid, []), key=str.casefold),
            **senders.get(pid, NOBODY),
        }
        for pid in ids
    ]


NOBODY = {"referred_by": None, "introduced_by": None}


def _senders(owner: User, ids: list[int], progress: dict[int, Progress]) -> dict[int, Any]:
    """Who led me to each person: their referrer and whoever introduced us, by name."""
    referred = _only(
        Conversation.objects.filter(owner=owner, referred_by__isnull=False), "person_id", ids
    ).values_list("person_id", "referred_by__name")
    found: dict[int, dict[str, Any]] = {
        pid: {**NOBODY, "referred_by": name} for pid, name in referred
    }
    introducers = {i for pid in ids if (i := progress[pid].introducer_id) is not None}
    # One query even when nobody was introduced (id 0 is never a row; an empty IN would
    # skip the query), so a page's query count does not depend on who is on it.
    names = dict(
        Person.objects.filter(owner=owner, id__in=introducers or {0}).values_list("id", "name")
    )
    for pid in ids:
        who = progress[pid].introducer_id
        if who is not None and who in names:
            found.setdefault(pid, dict(NOBODY))["introduced_by"] = names[who]
    return found


def _row(person: Person, progress: Progress, last: Any, tags: list[str]) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "title": person.title,
        "organisation": person.organisation.name if person.organisation else None,
        "source": person.source,
        "email": person.email,
        "other_emails": list(person.other_emails),
        "phone": person.phone,
        "linkedin_url": person.linkedin_url,
        "location": person.location,
        "tags": tags,
        "connected_on": person.connected_on.isoformat() if person.connected_on else None,
        "notes": person.notes,
        "check_in_days": person.check_in_days,
        "stage": progress.stage.value,
        "last": stamp(last) if last else None,
        "added": stamp(person.created_at),
        "uid": str(person.uid),
    }


def people_rows(owner: User) -> list[dict[str, Any]]:
    """Everyone, as `people --json` lists them."""
    return list_people(owner=owner).rows


@dataclass(frozen=True)
class Column:
    stage: Stage
    rows: list[dict[str, Any]]
    total: int


def board_columns(*, owner: User, where: PeopleFilter | None = None,
                  per_column: int = 20) -> list[Column]:
    """Conversations by stage (the board): each column's first `per_column` people by
    name, and how many it holds. Everyone's stage is folded once; the columns are kept
    for the last filter asked while the data stays as it is."""
    given = where or PeopleFilter()
    version = data_version()
    return kept(owner.pk, "board", version, (given, per_column),
                lambda: _columns(owner, given, per_column, version))


def _columns(owner: User, given: PeopleFilter, per_column: int, version: int) -> list[Column]:
    ids = ordered_ids(owner, given, version)
    progress = everyones_progress(owner, ids, version)
    by_stage: dict[Stage, list[int]] = {stage: [] for stage in Stage}
    for pid in ids:
        by_stage[progress[pid].stage].append(pid)
    shown = [pid for stage in Stage for pid in by_stage[stage][:per_column]]
    rows = {row["id"]: row for row in _rows(owner, shown, progress)}
    return [
        Column(stage, [rows[pid] for pid in by_stage[stage][:per_column]], len(by_stage[stage]))
        for stage in Stage
    ]
