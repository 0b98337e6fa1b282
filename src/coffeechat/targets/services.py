"""Targets (where I would like to work) and warm paths to them: the one service layer the
CLI (and later the web views and the API) call."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction

from coffeechat.errors import UserError
from coffeechat.people.models import PastOrganisation, Person
from coffeechat.rules.paths import Path, ask_network
from coffeechat.rules.targets import ASK_NETWORK, advocacy, target_order
from coffeechat.targets.models import Target

if TYPE_CHECKING:  # the drafts load Jinja and the checker: only when a draft is written
    from coffeechat.rules.drafts import DraftFacts, DraftKind


def check_score(option: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise UserError(f"{option}: a whole number from {low} to {high}, not {value}",
                        plain=f"A whole number from {low} to {high}, not {value}.",
                        field=option.lstrip("-"))


def _name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise UserError("ORGANISATION: write the organisation's name",
                        plain="Write the organisation's name.", field="organisation")
    if len(name) > 200:
        raise UserError("ORGANISATION: at most 200 characters", plain="At most 200 characters.",
                        field="organisation")
    return name


def add_target(
    *, owner: User, organisation: str, role: str = "", motivation: int = 0, postings: int = 1
) -> Target:
    name = _name(organisation)
    check_score("--motivation", motivation, 0, 3)
    check_score("--postings", postings, 1, 3)
    if len(role) > 200:
        raise UserError("--role: at most 200 characters", plain="At most 200 characters.",
                        field="role")
    taken = {t.casefold() for t in Target.objects.filter(owner=owner)
             .values_list("organisation", flat=True)}
    if name.casefold() in taken:
        raise _taken(name)
    try:
        with transaction.atomic():
            return Target.objects.create(owner=owner, organisation=name, role=role.strip(),
                                         motivation=motivation, postings=postings)
    except IntegrityError:
        raise _taken(name) from None


def _taken(name: str) -> UserError:
    return UserError(f"{name} is a target already: `coffeechat target list`",
                     plain=f"{name} is a target already.", field="organisation")


def find_target(*, owner: User, organisation: str) -> Target:
    wanted = _name(organisation).casefold()
    for target in Target.objects.filter(owner=owner):
        if target.organisation.casefold() == wanted:
            return target
    raise UserError(f"{organisation!r} is not a target: see `coffeechat target list`",
                    plain=f"{organisation} is not a target.", field="organisation")


def remove_target(*, owner: User, organisation: str) -> str:
    target = find_target(owner=owner, organisation=organisation)
    target.delete()
    return target.organisation


def target_rows(*, owner: User) -> list[dict[str, Any]]:
    """Every target with its advocacy and best next step, best first."""
    from coffeechat.targets import engine

    targets = list(Target.objects.filter(owner=owner))
    if not targets:
        return []
    g = engine.graph(owner)
    known = g.mine()
    answers, warm = engine.answers_for(owner, known), engine.warm_for(owner)
    blocked = g.blocked_people()
    rows = []
    for target in targets:
        there = engine.people_at(g, owner, target.organisation) - blocked
        found = engine.search(g, there, limit=1, answers=answers)
        best = found[0][0] if found else None
        rows.append({
            "organisation": target.organisation,
            "role": target.role,
            "motivation": target.motivation,
            "postings": target.postings,
            "advocacy": advocacy(there, known, warm, best),
            "next": _names([best[0]])[best[0]] if best else ASK_NETWORK,
        })
    return sorted(rows, key=target_order)


def formerly_at(owner: User, organisation: str) -> set[int]:
    """The people who worked at `organisation` before (ignoring case and spacing): not
    among its people for a path, but good people to ask."""
    from coffeechat.targets import engine

    ids = engine.organisation_ids(owner, organisation)
    rows = PastOrganisation.objects.filter(owner=owner, organisation_id__in=ids)
    return set(rows.values_list("person_id", flat=True)) if ids else set()


def _names(ids: Collection[int]) -> dict[int, str]:
    return dict(Person.objects.filter(id__in=ids).values_list("id", "name"))


def warm_paths(
    *, owner: User, person: Person | None = None, organisation: str | None = None,
    limit: int = 3, drafts: bool = True,
) -> dict[str, Any]:
    """The best few warm paths to a person or to anyone at an organisation, with a draft
    for each path's first person; with no path, whom to ask and a draft for each."""
    from coffeechat.targets import engine

    if limit < 1:
        raise UserError("--limit: at least 1")
    g = engine.graph(owner)
    if person is not None:
        name, targets = person.name, {person.id}
        org = person.organisation.name if person.organisation else ""
    else:
        name = org = _name(organisation or "")
        targets = engine.people_at(g, owner, org)
    answers = engine.answers_for(owner, g.mine())
    found = engine.search(g, targets, limit=limit, answers=answers)
    paths, names = engine.worded(owner, found)
    ask: list[int] = []
    if not paths:
        near = engine.people_at(g, owner, org) if org else set()
        mine = g.mine()
        ask = ask_network(mine, g.degrees(mine), g.blocked_people() | targets,
                          limit=limit, answers=answers, near=near,
                          former=formerly_at(owner, org) if org else set())
        names = _names(ask)
    return {
        "target": name,
        "paths": [_path_data(names, p) for p in paths],
        "ask": [names[i] for i in ask],
        "drafts": ([_intro_draft(owner, p, name) for p in paths]
                   + [_ask_draft(owner, i, org or name) for i in ask]) if drafts else [],
    }


def _path_data(names: dict[int, str], path: Path) -> dict[str, Any]:
    return {
        "chain": [names[i] for i in path.ids],
        "ids": list(path.ids),
        "strength": path.strength,
        "why": [made.why for made in path.links],
    }


def _intro_draft(owner: User, path: Path, target: str) -> dict[str, Any]:
    """To the first person: an intro request to the next one on the chain (the one they
    know), or, when they are at the target themselves, an outreach."""
    from coffeechat.rules.drafts import DraftFacts, DraftKind
    from coffeechat.writing.record import contact, me

    people = Person.objects.select_related("organisation").in_bulk(path.ids[:2])
    first = people[path.ids[0]]
    facts = DraftFacts(me=me(owner), person=contact(first))
    if len(path.ids) == 1:
        return _written(owner, DraftKind.OUTREACH, facts, first, f"you know them at {target}")
    facts = replace(facts, about=contact(people[path.ids[1]]))
    return _written(owner, DraftKind.INTRO_REQUEST, facts, first,
                    f"the first step of your path to {target}")


def _ask_draft(owner: User, asked: int, organisation: str) -> dict[str, Any]:
    """"Do you know anyone at X?": an intro request naming nobody, only the organisation."""
    from coffeechat.rules.drafts import Contact, DraftFacts, DraftKind
    from coffeechat.writing.record import contact, me

    person = Person.objects.select_related("organisation").get(pk=asked)
    facts = DraftFacts(me=me(owner), person=contact(person),
                       about=Contact(name="", organisation=organisation))
    written = _written(owner, DraftKind.INTRO_REQUEST, facts, person,
                       f"ask your network: do they know anyone at {organisation}?")
    nobody = "who you want"
    written["missing"] = [m for m in written["missing"] if not m.startswith(nobody)]
    return written


def _written(
    owner: User, kind: DraftKind, facts: DraftFacts, to: Person, reason: str
) -> dict[str, Any]:
    from coffeechat.rules.checker import finding_data
    from coffeechat.rules.draft_text import check_draft
    from coffeechat.rules.drafts import render_draft
    from coffeechat.writing.templates import templates_for

    draft = render_draft(kind, facts, templates_for(owner))
    return {
        "kind": kind.value,
        "reason": reason,
        "to": {"id": to.id, "name": to.name, "email": to.email or None},
        "subject": draft.subject,
        "body": draft.body,
        "missing": list(draft.missing),
        "findings": [finding_data(f, draft.body) for f in check_draft(draft.body)],
    }
