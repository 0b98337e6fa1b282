"""`coffeechat import`: a contacts file into the database, in one transaction, with
bulk writes (a 30,000-row LinkedIn export takes seconds, not minutes)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import CharField

from coffeechat.errors import UserError
from coffeechat.exchange.bulk import insert_rows
from coffeechat.people.models import Organisation, PastOrganisation, Person, Source, Tag
from coffeechat.pipeline.models import Conversation
from coffeechat.rules.contacts.detect import decode, format_of, read_contacts
from coffeechat.rules.contacts.plan import FIELDS, Change, Known, Plan, plan_import
from coffeechat.rules.contacts.record import FileError, Format, Reading, RowError
from coffeechat.rules.matching import organisation_key

# The longest text each field holds (a longer LinkedIn headline is cut, not refused).
LIMITS = {
    f.attname: f.max_length
    for f in Person._meta.concrete_fields
    if isinstance(f, (CharField,)) and f.max_length
}

# progress(done, total): how far the import is, in lines of the file.
Progress = Callable[[int, int], None]
FORMAT_NAMES = ", ".join(f for f in Format if f != Format.CALENDAR)


@dataclass
class Merged:
    """A row that is someone already here (or named earlier in the file)."""

    line: int
    person: str
    person_id: int | None
    matched_by: str
    fields: list[str]


@dataclass
class ImportReport:
    file: str
    format: str
    dry_run: bool
    added: int = 0
    merged: list[Merged] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[RowError] = field(default_factory=list)
    scheduled: list[dict[str, Any]] = field(default_factory=list)  # from an invitation

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.format,
            "dry_run": self.dry_run,
            "added": self.added,
            "merged": len(self.merged),
            "unchanged": self.unchanged,
            "skipped": len(self.skipped),
            "merges": [vars(m) for m in self.merged],
            "skipped_rows": [vars(s) for s in self.skipped],
            **({"scheduled": self.scheduled} if self.format == Format.CALENDAR else {}),
        }


def wanted_format(text: str | None) -> Format | None:
    if text is None:
        return None
    try:
        return Format(text.strip().lower())
    except ValueError:
        raise UserError(f"unknown format {text!r}: write one of {FORMAT_NAMES}") from None


def import_file(
    *,
    owner: User,
    data: bytes,
    name: str,
    now: datetime,
    format: str | None = None,
    dry_run: bool = False,
    skip_bad: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Read a contacts file (or a calendar invitation) and write what it says. A broken
    row refuses the whole file, naming file, line and field, unless `skip_bad`; nothing
    is written on a dry run. Raises UserError for what the user must fix."""
    text = decode(data)
    kind = wanted_format(format) or format_of(text, name)
    if kind == Format.CALENDAR:
        from coffeechat.exchange.invitations import import_invitations

        return import_invitations(owner=owner, text=text, name=name, now=now, dry_run=dry_run)
    lines = max(text.count("\n"), 1)
    total = lines * 2  # reading the rows is the first half, matching and writing the second
    try:
        reading = read_contacts(
            text,
            name=name,
            wanted=kind,
            progress=(lambda line: progress(line, total)) if progress else None,
        )
    except FileError as error:
        raise UserError(str(error), plain=error.plain) from None
    report = ImportReport(name, reading.format, dry_run)
    _refuse_broken(reading, name, skip_bad)
    report.skipped = sorted(reading.errors + reading.nameless, key=lambda e: e.line)
    plan = plan_import(known_people(owner), reading.contacts)
    if progress:
        progress(lines + lines // 3, total)
    report.added = len(plan.new)
    report.unchanged = len(plan.unchanged)
    report.merged = [_merged(c) for c in plan.changes]
    if not dry_run:
        write(owner=owner, plan=plan, now=now)
    if progress:
        progress(total, total)
    return report


def _refuse_broken(reading: Reading, name: str, skip_bad: bool) -> None:
    if not reading.errors or skip_bad:
        return
    first = reading.errors[0]
    more = len(reading.errors) - 1
    others = f" ({more} more broken row{'s' if more > 1 else ''})" if more else ""
    raise UserError(
        f"{first.where(name)}{others}. Nothing was imported: fix the row, or add "
        "--skip-bad to import the rest",
        plain=f"{first.where(name)}{others}. Nothing was imported: fix the row, or skip the "
        "broken rows to import the rest",
        field="skip-bad",
    )


def _merged(change: Change) -> Merged:
    return Merged(
        change.contact.line,
        change.name,
        change.person_id,
        change.matched_by.value,
        sorted(change.changes),
    )


def known_people(owner: User) -> list[Known]:
    """Everyone already here, with the fields a merge reads."""
    tags: dict[int, list[str]] = {}
    through = Person.tags.through.objects.filter(person__owner=owner)
    for pid, tag in through.values_list("person_id", "tag__name"):
        tags.setdefault(pid, []).append(tag)
    past: dict[int, list[str]] = {}
    for pid, org in PastOrganisation.objects.filter(owner=owner).values_list(
        "person_id", "organisation__name"
    ):
        past.setdefault(pid, []).append(org)
    rows = Person.objects.filter(owner=owner).values(
        "id", "name", "organisation__name", "uid", *[f for f in FIELDS if f not in (
            "organisation", "tags", "past_organisations")]
    )
    known = []
    for row in rows:
        pid, name = row.pop("id"), row.pop("name")
        row["organisation"] = row.pop("organisation__name") or ""
        row["uid"] = str(row["uid"])
        row["tags"] = tags.get(pid, [])
        row["past_organisations"] = past.get(pid, [])
        known.append(Known(pid, name, row))
    return known


@transaction.atomic
def write(*, owner: User, plan: Plan, now: datetime) -> None:
    """The plan, in bulk: new organisations, people, their conversations and tags, and
    the fields merges fill in."""
    organisations = _organisations(owner, plan)
    given = {u for u in (_uuid(row["uid"]) for row in plan.new if row.get("uid")) if u}
    taken = set(Person.objects.filter(uid__in=given).values_list("uid", flat=True))
    rows = [_person(owner, row, organisations, now, taken) for row in plan.new]
    insert_rows(Person, rows)
    ids = dict(Person.objects.filter(owner=owner).values_list("uid", "id"))
    new_ids = [ids[row["uid"]] for row in rows]
    insert_rows(Conversation, [{"owner_id": owner.pk, "person_id": pid} for pid in new_ids])
    tagged = [(pid, row["tags"]) for pid, row in zip(new_ids, plan.new, strict=True)]
    updates = plan.updates()
    tagged += [(pid, change.pop("tags")) for pid, change in updates.items() if "tags" in change]
    worked = [(pid, row["past_organisations"]) for pid, row in zip(new_ids, plan.new,
                                                                     strict=True)]
    worked += [(pid, change.pop("past_organisations")) for pid, change in updates.items()
               if "past_organisations" in change]
    _update(owner, updates, organisations)
    _tag(owner, tagged)
    _past(owner, worked, organisations)


def _organisations(owner: User, plan: Plan) -> dict[str, Organisation]:
    """Every organisation the plan names, by key: those already here, and new ones."""
    named = [row["organisation"] for row in plan.new]
    named += [c.changes["organisation"] for c in plan.changes if "organisation" in c.changes]
    named += [n for row in plan.new for n in row["past_organisations"]]
    named += [n for c in plan.changes for n in c.changes.get("past_organisations", [])]
    by_key = {organisation_key(o.name): o for o in Organisation.objects.filter(owner=owner)}
    new: dict[str, Organisation] = {}
    for name in named:
        key = organisation_key(name)
        if key and key not in by_key and key not in new:
            new[key] = Organisation(owner=owner, name=_clip(" ".join(name.split()), 200))
    Organisation.objects.bulk_create(new.values(), batch_size=2000)
    return {**by_key, **new}


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _values(row: dict[str, Any], organisations: dict[str, Organisation]) -> dict[str, Any]:
    """A plan's fields as the Person model holds them (by attribute name)."""
    values: dict[str, Any] = {}
    for name, value in row.items():
        if name in ("tags", "uid", "past_organisations"):
            continue
        if name == "organisation":
            found = organisations.get(organisation_key(value))
            values["organisation_id"] = found.pk if found else None
        elif isinstance(value, str):
            limit = LIMITS.get(name)
            values[name] = _clip(value.strip(), limit) if limit else value.strip()
            if name == "linkedin_url" and values[name] and "://" not in values[name]:
                values[name] = "https://" + values[name]
        else:
            values[name] = value
    if values.get("source") == "":
        values["source"] = Source.OTHER
    return values


def _person(
    owner: User,
    row: dict[str, Any],
    organisations: dict[str, Organisation],
    now: datetime,
    taken: set[uuid.UUID],
) -> dict[str, Any]:
    """A new person's row, with a uid of their own (the card's, unless someone has it)."""
    given = _uuid(row["uid"]) if row.get("uid") else None
    uid = given if given is not None and given not in taken else uuid.uuid4()
    row["uid"] = uid
    return {"owner_id": owner.pk, "created_at": now, "uid": uid, **_values(row, organisations)}


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.removeprefix("urn:uuid:"))
    except ValueError:
        return None


def _update(
    owner: User, updates: dict[int, dict[str, Any]], organisations: dict[str, Organisation]
) -> None:
    by_fields: dict[tuple[str, ...], list[Person]] = {}
    for pid, change in updates.items():
        values = _values(change, organisations)
        if not values:
            continue
        person = Person(id=pid, owner=owner, **values)  # attribute names: organisation_id
        by_fields.setdefault(tuple(sorted(values)), []).append(person)
    for fields, people in by_fields.items():
        Person.objects.bulk_update(people, list(fields), batch_size=1000)


def _tag(owner: User, tagged: list[tuple[int, list[str]]]) -> None:
    names = {t for _, labels in tagged for t in labels}
    if not names:
        return
    existing = {t.name: t for t in Tag.objects.filter(owner=owner, name__in=names)}
    Tag.objects.bulk_create(
        [Tag(owner=owner, name=_clip(n, 60)) for n in sorted(names - set(existing))]
    )
    ids = dict(Tag.objects.filter(owner=owner).values_list("name", "id"))
    through = Person.tags.through
    links = [
        through(person_id=pid, tag_id=ids[_clip(label, 60)])
        for pid, labels in tagged
        for label in dict.fromkeys(labels)
    ]
    through.objects.bulk_create(links, batch_size=5000, ignore_conflicts=True)


def _past(owner: User, worked: list[tuple[int, list[str]]],
          organisations: dict[str, Organisation]) -> None:
    """Past organisations, each once a person; never the one they are at now."""
    if not any(names for _, names in worked):
        return
    now_at = dict(Person.objects.filter(owner=owner).values_list("id", "organisation_id"))
    rows = []
    for pid, names in worked:
        for name in names:
            found = organisations.get(organisation_key(name))
            if found is not None and found.pk != now_at.get(pid):
                rows.append(PastOrganisation(owner=owner, person_id=pid, organisation=found))
    PastOrganisation.objects.bulk_create(rows, batch_size=5000, ignore_conflicts=True)
