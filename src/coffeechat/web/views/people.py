"""People: the searchable, filterable list with quick add, and one person's page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from coffeechat import clock
from coffeechat.accounts.services import policy_of, profile_for
from coffeechat.derived import data_version, kept
from coffeechat.errors import UserError, plain
from coffeechat.people.models import Person, Source, Tag
from coffeechat.people.services import (
    acquaintances,
    add_person,
    new_name,
    past_organisation_names,
    update_person,
)
from coffeechat.pipeline.listing import PeopleFilter, list_people
from coffeechat.pipeline.models import Conversation, Event
from coffeechat.pipeline.timeline import person_page
from coffeechat.rules.agenda import ActionKind
from coffeechat.rules.dates import human
from coffeechat.rules.kinds import DraftKind
from coffeechat.rules.quick_add import read_line
from coffeechat.rules.timeline import Kind, Stage
from coffeechat.web.forms import PersonForm, QuickAddForm
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page, today_text
from coffeechat.web.views.loop import REFUSED, draft_context, person_of
from coffeechat.web.views.today import prepared_agenda

PER_PAGE = 50
FILTERS = ("q", "stage", "source", "tag", "org")


def people_filter(request: HttpRequest) -> PeopleFilter:
    get = request.GET
    return PeopleFilter(
        stage=get.get("stage") or None, source=get.get("source") or None,
        tag=get.get("tag") or None, organisation=get.get("org") or None,
        search=get.get("q") or None,
    )


def filter_context(request: HttpRequest) -> dict[str, Any]:
    owner = owner_of(request)
    chosen = {name: request.GET.get(name, "") for name in FILTERS}
    return {
        "chosen": chosen,
        "stages": [s.value for s in Stage],
        "sources": Source.values,
        "tags": list(
            Tag.objects.filter(owner=owner).order_by("name").values_list("name", flat=True)[:200]
        ),
        "query": urlencode({k: v for k, v in chosen.items() if v}),
    }


def people(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = QuickAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        line = read_line(form.cleaned_data["line"])
        try:
            added = add_person(owner=owner, name=line.name, title=line.title,
                               organisation=line.organisation, now=clock.now(),
                               source=form.cleaned_data["source"] or Source.OTHER)
        except REFUSED as refused:
            form.add_error("line", plain(refused))
        else:
            return back(request, reverse("person", args=[added.id]), f"Added {added.name}.")
    number = request.GET.get("page", "1")
    number_int = int(number) if number.isdigit() and int(number) > 0 else 1
    error = ""
    try:
        found = list_people(owner=owner, where=people_filter(request), limit=PER_PAGE,
                            offset=(number_int - 1) * PER_PAGE)
        rows, total = found.rows, found.total
    except UserError as refused:
        rows, total, error = [], 0, plain(refused)
    pages = Paginator(range(total), PER_PAGE).get_page(number_int)
    return page(request, "web/people.html", "people", "People", rows=rows, total=total,
                pages=pages, form=form, filter_error=error,
                status=400 if request.method == "POST" else 200, **filter_context(request))


def person(request: HttpRequest, ident: int) -> HttpResponse:
    owner = owner_of(request)
    who = person_of(request, ident)
    # The timeline and details, as `show --json` has them: kept while the data stays so.
    data = kept(owner.pk, "person", data_version(), who.pk, lambda: person_page(who))
    form = PersonForm(request.POST or None, initial={
        **{k: data[k] or "" for k in ("title", "email", "linkedin_url", "location", "notes",
                                     "source", "organisation_notes")},
        "organisation": data["organisation"] or "", "tags": ", ".join(data["tags"]),
        "past_organisations": "\n".join(data["past_organisations"]),
        "name": who.name,
    })
    if request.method == "POST" and form.is_valid() and _save(owner, who, form):
        return redirect(reverse("person", args=[who.id]) + "?done=Saved.")
    referred = Conversation.objects.filter(referred_by=who).select_related("person")
    conversation = Conversation.objects.select_related("referred_by").get(person=who)
    introducer = (Event.objects.filter(conversation=conversation, kind=Kind.INTRO_REQUESTED)
                  .select_related("other").order_by("-at").first())
    return page(
        request, "web/person.html", "people", who.name, person=who, data=data, form=form,
        knows=acquaintances(who), referred=[c.person for c in referred],
        referred_by=conversation.referred_by,
        introducer=introducer.other if introducer else None,
        next_step=_not_before_due(owner, who, draft_context(request, who, None, None)),
        day=today_text(),
        status=400 if request.method == "POST" else 200,
    )


# The messages the agenda times: a follow-up, or a nudge to a connector, waits a week.
_TIMED = (ActionKind.FOLLOW_UP, ActionKind.NUDGE_CONNECTOR)


def _not_before_due(owner: Any, who: Person, step: dict[str, Any]) -> dict[str, Any]:
    """The next step, unless it is a follow-up or nudge the agenda has not brought up yet:
    the page offered "has not replied: follow up" the minute the first message was
    marked as sent. Then it says when, and links to the draft for who wants it anyway."""
    written = step.get("written")
    if written is None or written.draft.kind != DraftKind.FOLLOW_UP:
        return step
    at = clock.now()
    prepared = prepared_agenda(owner, policy_of(profile_for(owner)), at)
    # A follow-up is among their own actions; a nudge to them among those of the person
    # they were asked to introduce.
    sources = {who.id, written.about.id} if written.about else {who.id}
    mine = [a for pid in sources for a in prepared.by_person.get(pid, ())
            if a.kind in _TIMED and a.person_id == who.id]
    if not mine or any(a.fires <= at for a in mine):
        return step
    fires = human(min(a.fires for a in mine).replace(hour=0, minute=0))
    first = who.name.split()[0]
    if written.about:
        waiting = (f"if {written.about.name} has not been introduced by {fires}, nudge "
                   f"{first} gently: the draft will be here and on Today then")
    else:
        waiting = (f"if {first} has not replied by {fires}, follow up once: the draft "
                   "will be here and on Today then")
    return {"person": who, "waiting": waiting, "about": written.about}


def _save(owner: Any, who: Person, form: PersonForm) -> bool:
    data = form.cleaned_data
    current = {t.name for t in who.tags.all()}
    wanted = [t.strip() for t in data["tags"].split(",") if t.strip()]
    worked = [" ".join(n.split()) for n in data["past_organisations"].splitlines() if n.strip()]
    kept = {n.casefold() for n in worked}
    if data["name"] != who.name:
        try:
            new_name(owner=owner, person=who, name=data["name"])
        except REFUSED as error:
            form.add_error("name", plain(error))
            form.merge = getattr(error, "merge", None)  # the page links to the merge form
            return False
    try:
        update_person(
            owner=owner, person=who,
            changes={k: data[k] for k in ("title", "email", "linkedin_url", "location", "notes")},
            organisation=data["organisation"], organisation_notes=data["organisation_notes"]
            if data["organisation"] else None,
            source=data["source"], tags=wanted,
            name=data["name"] if data["name"] != who.name else None,
            untag=[t for t in current if t not in {w.lower() for w in wanted}],
            past_organisations=worked,
            not_past_organisations=[n for n in past_organisation_names(who)
                                    if " ".join(n.split()).casefold() not in kept],
        )
    except REFUSED as error:
        said = getattr(error, "field", None) or ""
        field = {"linkedin": "linkedin_url", "org": "organisation",
                 "past-org": "past_organisations"}.get(said, said)
        form.add_error(field if field in form.fields else None, plain(error))
        return False
    return True
