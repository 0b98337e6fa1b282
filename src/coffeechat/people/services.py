"""Adding, finding and describing people, their organisations and who knows whom."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypeVar

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, QuerySet

from coffeechat.checks import NAME_CHARS, TAG_CHARS, email_address, web_address, within
from coffeechat.errors import UserError
from coffeechat.people.models import Organisation, PastOrganisation, Person, Source, Tag, Tie
from coffeechat.pipeline.models import Conversation


def find_person(*, owner: User, ref: str) -> Person:
    """A person by id or by unique name: the same name ignoring case, accents and spacing
    ("aisha  BELLO" is Aïsha Bello); an unknown name is refused with the closest names."""
    people = Person.objects.filter(owner=owner).select_related("organisation")
    text = " ".join(ref.split())
    if text.isdigit():
        found = people.filter(id=int(text)).first()
        if found:
            return found
    matches = list(people.filter(name=text)) or same_name(people, text)
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise _ambiguous(text, matches)
    if text.isdigit():
        raise UserError(f"no person with id {text}: see `coffeechat people` for the ids",
                        plain=f"no person with id {text}")
    raise UserError(
        f"nobody called {text!r}{_suggestion(owner, text)}; "
        "see `coffeechat people`, or add them with `coffeechat add`",
        plain=f"nobody called {text!r}{_suggestion(owner, text)}; see People, or add them there",
    )


def _ambiguous(text: str, matches: Sequence[Person]) -> UserError:
    ids = ", ".join(
        f"{p.id} ({p.title or 'no title'}"
        f"{', ' + p.organisation.name if p.organisation else ''})"
        for p in matches
    )
    return UserError(f"{len(matches)} people are called {text!r}: name one by id: {ids}")


def person_or_new(
    *,
    owner: User,
    ref: str,
    now: datetime,
    source: str,
    option: str,
    allow_duplicate: bool = False,
) -> tuple[Person, bool]:
    """The person `ref` names (an id, or their name ignoring case, accents and spacing),
    else someone new added with `source`: what `--referral` and `--via` take, returned
    with whether they were added. A near miss of a name already here ("Aisha Belo" for
    Aisha Bello, "Jordan" for Jordan Blake) adds nobody: it is refused with the name
    meant, unless `allow_duplicate` says this is someone else."""
    text = " ".join(ref.split())
    people = Person.objects.filter(owner=owner).select_related("organisation")
    if text.isdigit():
        return find_person(owner=owner, ref=text), False
    matches = list(people.filter(name=text)) or same_name(people, text)
    if len(matches) == 1:
        return matches[0], False
    if matches:
        raise _ambiguous(text, matches)
    if not allow_duplicate:
        refuse_near_miss(owner=owner, name=text, option=option)
    return add_person(owner=owner, name=text, now=now, source=source, allow_duplicate=True), True


def refuse_near_miss(*, owner: User, name: str, option: str) -> None:
    """Refuse adding `name` when it is a slip of someone already here."""
    from coffeechat.rules.names import near_miss

    meant = near_miss(name, _names(owner))
    if meant is not None:
        raise UserError(
            f"{option} {name!r}: did you mean {meant!r}? To add someone new anyway: --duplicate",
            plain=f"{name!r}: did you mean {meant!r}?",
            field="duplicate",
        )


M = TypeVar("M", Person, Organisation)


def same_name(rows: QuerySet[M], name: str) -> list[M]:
    """The rows named `name` ignoring case, accents and spacing. The database's own
    comparison finds most (it ignores the case of plain letters); a name with other
    letters, on either side, is compared here with `rules.names.fold`."""
    from coffeechat.rules.names import fold

    text = " ".join(name.split())
    found = list(rows.filter(name__iexact=text))
    if found:
        return found
    folded = fold(text)
    ids = [
        pk
        for pk, other in rows.values_list("id", "name")
        if (not other.isascii() or not text.isascii() or "  " in other) and fold(other) == folded
    ]
    return list(rows.filter(id__in=ids)) if ids else []


def _names(owner: User) -> list[str]:
    return list(Person.objects.filter(owner=owner).values_list("name", flat=True)[:20000])


def _suggestion(owner: User, text: str) -> str:
    from coffeechat.rules.names import suggestions

    best = suggestions(text, _names(owner), limit=1)
    return f" (did you mean {best[0]!r}?)" if best else ""


def organisation_named(
    *, owner: User, name: str, option: str = "--org"
) -> Organisation | None:
    name = within(" ".join(name.split()), NAME_CHARS, option)
    if not name:
        return None
    existing = same_name(Organisation.objects.filter(owner=owner), name)
    return existing[0] if existing else Organisation.objects.create(owner=owner, name=name)


def check_source(source: str) -> str:
    """A source in any case ("Friend" is friend)."""
    canonical = source.strip().lower()
    if canonical not in Source.values:
        raise UserError(f"unknown source {source!r}: write one of {', '.join(Source.values)}")
    return canonical


@transaction.atomic
def add_person(
    *,
    owner: User,
    name: str,
    now: datetime,
    title: str = "",
    organisation: str = "",
    email: str = "",
    source: str = Source.OTHER,
    knows: Sequence[str] = (),
    linkedin_url: str = "",
    location: str = "",
    tags: Sequence[str] = (),
    notes: str = "",
    organisation_notes: str = "",
    allow_duplicate: bool = False,
    past_organisations: Sequence[str] = (),
) -> Person:
    name = within(" ".join(name.split()), NAME_CHARS, "the name")
    if not name:
        raise UserError(
            'the name is empty: write the person\'s name, e.g. coffeechat add "Dana Whitfield"',
            plain="the name is empty: write the person's name",
        )
    if not allow_duplicate:
        namesakes = same_name(Person.objects.filter(owner=owner), name)
        if namesakes:
            existing = namesakes[0]
            raise UserError(
                f"{existing.name} is already here (id {existing.id}); add --duplicate "
                "if this is someone else with the same name",
                plain=f"{existing.name} is already here (id {existing.id})",
                field="duplicate",
            )
        refuse_near_miss(owner=owner, name=name, option="add")
    acquaintances = [find_person(owner=owner, ref=ref) for ref in knows]
    person = Person.objects.create(
        owner=owner,
        name=name,
        title=within(title, NAME_CHARS, "--title"),
        email=email_address(email),
        organisation=organisation_named(owner=owner, name=organisation),
        source=check_source(source),
        linkedin_url=web_address(linkedin_url),
        location=within(location, NAME_CHARS, "--location"),
        notes=notes.strip(),
        created_at=now,
    )
    Conversation.objects.create(owner=owner, person=person)
    for other in acquaintances:
        add_tie(owner=owner, person=person, knows=other)
    set_tags(owner=owner, person=person, tags=tags)
    add_past_organisations(owner=owner, person=person, names=past_organisations)
    if organisation_notes.strip():
        set_organisation_notes(person, organisation_notes)
    return person


def past_organisation_names(person: Person) -> list[str]:
    """The organisations a person worked at before, by name."""
    names = PastOrganisation.objects.filter(person=person).values_list(
        "organisation__name", flat=True)
    return sorted(names, key=str.casefold)


def add_past_organisations(*, owner: User, person: Person, names: Sequence[str]) -> None:
    """`--past-org NAME`: organisations the person worked at before; their current one
    is never also a past one."""
    for name in names:
        found = organisation_named(owner=owner, name=name, option="--past-org")
        if found is not None and found.id != person.organisation_id:
            PastOrganisation.objects.get_or_create(owner=owner, person=person,
                                                   organisation=found)


def remove_past_organisations(*, person: Person, names: Sequence[str]) -> None:
    """`--no-past-org NAME`: a past organisation given by mistake; one the person never
    had is refused with the ones they have."""
    for name in names:
        wanted = " ".join(name.split()).casefold()
        rows = [row for row in PastOrganisation.objects.filter(person=person)
                .select_related("organisation")
                if " ".join(row.organisation.name.split()).casefold() == wanted]
        if not rows:
            have = ", ".join(past_organisation_names(person)) or "none"
            raise UserError(f"--no-past-org: {person.name} has no past organisation {name!r} "
                            f"(theirs: {have})")
        for row in rows:
            row.delete()


def set_tags(*, owner: User, person: Person, tags: Sequence[str]) -> None:
    for label in tags:
        label = within(label, TAG_CHARS, "the tag").lower()
        if label:
            tag, _ = Tag.objects.get_or_create(owner=owner, name=label)
            person.tags.add(tag)


def remove_tags(*, person: Person, tags: Sequence[str]) -> None:
    labels = {t.strip().lower() for t in tags if t.strip()}
    unknown = labels - set(person.tags.values_list("name", flat=True))
    if unknown:
        raise UserError(f"{person.name} has no tag {sorted(unknown)[0]!r}: see coffeechat tags")
    person.tags.remove(*person.tags.filter(name__in=labels))


def tag_named(*, owner: User, name: str) -> Tag:
    tag = Tag.objects.filter(owner=owner, name=name.strip().lower()).first()
    if tag is None:
        raise UserError(
            f"no tag {name!r}: give it to someone first (coffeechat edit NAME --tag {name})",
            plain=f"no tag {name!r}: give it to someone first",
        )
    return tag


MAX_CHECK_IN_DAYS = 3650  # ten years: as far as any agenda setting goes


def check_in_interval(days: int) -> int | None:
    """`--check-in-days N`: None for 0 (the default interval), refused out of range."""
    if not 0 <= days <= MAX_CHECK_IN_DAYS:
        raise UserError(f"--check-in-days {days}: give 0 (the default) to "
                        f"{MAX_CHECK_IN_DAYS} days")
    return days or None


def set_tag_check_in(*, owner: User, name: str, days: int) -> Tag:
    """Check in with everyone tagged `name` after `days` quiet days (0: the default)."""
    interval = check_in_interval(days)
    tag = tag_named(owner=owner, name=name)
    tag.check_in_days = interval
    tag.save(update_fields=["check_in_days"])
    return tag


def tag_rows(owner: User) -> list[dict[str, object]]:
    """Every tag with how many people carry it and its check-in interval, if any."""
    tags = Tag.objects.filter(owner=owner).annotate(count=Count("people")).order_by("name")
    return [
        {"name": t.name, "people": t.count, "check_in_days": t.check_in_days} for t in tags
    ]


def add_tie(*, owner: User, person: Person, knows: Person, note: str = "") -> Tie:
    if person.id == knows.id:
        raise UserError(f"{person.name} cannot be tied to themself: name someone else")
    existing = Tie.objects.filter(person=knows, knows=person).first()
    if existing:
        return existing
    tie, _ = Tie.objects.get_or_create(
        owner=owner, person=person, knows=knows, defaults={"note": note}
    )
    return tie


def acquaintances(person: Person) -> list[Person]:
    """Everyone tied to `person`, whichever way the tie was recorded."""
    forward = Person.objects.filter(known_by__person=person)
    backward = Person.objects.filter(ties__knows=person)
    return sorted({*forward, *backward}, key=lambda p: p.name)


EDITABLE = ("title", "email", "linkedin_url", "location", "notes")


@transaction.atomic
def update_person(
    *,
    owner: User,
    person: Person,
    changes: dict[str, str | None],
    organisation: str | None = None,
    organisation_notes: str | None = None,
    source: str | None = None,
    check_in_days: int | None = None,
    tags: Sequence[str] = (),
    untag: Sequence[str] = (),
    name: str | None = None,
    past_organisations: Sequence[str] = (),
    not_past_organisations: Sequence[str] = (),
) -> Person:
    if name is not None:
        person.name = new_name(owner=owner, person=person, name=name)
    for field, value in changes.items():
        if field not in EDITABLE:
            raise UserError(f"{field} cannot be edited here")
        if value is None:
            continue
        if field == "email":
            value = email_address(value)
        elif field == "linkedin_url":
            value = web_address(value)
        elif field in ("title", "location"):
            value = within(value, NAME_CHARS, f"--{field}")
        setattr(person, field, value.strip())
    left = person.organisation
    if organisation is not None:
        person.organisation = organisation_named(owner=owner, name=organisation)
    if source is not None:
        person.source = check_source(source)
    if check_in_days is not None:
        person.check_in_days = check_in_interval(check_in_days)
    person.save()
    if organisation_notes is not None:
        set_organisation_notes(person, organisation_notes)
    set_tags(owner=owner, person=person, tags=tags)
    remove_tags(person=person, tags=untag)
    remove_past_organisations(person=person, names=not_past_organisations)
    if left is not None and left.id != person.organisation_id:  # they moved on
        PastOrganisation.objects.get_or_create(owner=owner, person=person, organisation=left)
    if person.organisation_id is not None:  # back where they were: not a past one now
        PastOrganisation.objects.filter(person=person,
                                        organisation_id=person.organisation_id).delete()
    add_past_organisations(owner=owner, person=person, names=past_organisations)
    return person


def new_name(*, owner: User, person: Person, name: str) -> str:
    """`edit --name`: a name nobody else here has (else: merge the two)."""
    name = within(" ".join(name.split()), NAME_CHARS, "--name")
    if not name:
        raise UserError("--name is empty: write the person's full name")
    others = [p for p in same_name(Person.objects.filter(owner=owner), name) if p.id != person.id]
    if others:
        raise UserError(
            f"{others[0].name} is already here (id {others[0].id}): if they are one person, "
            f"coffeechat merge {others[0].id} {person.id}",
            plain=f"{others[0].name} is already here (id {others[0].id}): if they are one "
            "person, merge them",
            field="name",
            merge=(others[0].id, person.id),
        )
    return name


def set_organisation_notes(person: Person, notes: str) -> None:
    """Research on the person's organisation (shared by everyone who works there)."""
    if person.organisation is None:
        raise UserError(f"{person.name} has no organisation yet: add --org NAME first")
    person.organisation.notes = notes.strip()
    person.organisation.save(update_fields=["notes"])
