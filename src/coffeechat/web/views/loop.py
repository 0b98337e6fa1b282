"""Moving the loop from the browser: a draft to copy and mark as sent, an event logged,
the debrief, a promise kept. Each calls the service `coffeechat log`/`done` calls."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from coffeechat.cli.when import deadline, event_moment, is_day, meeting, moment, until
from coffeechat.errors import UserError, plain
from coffeechat.people.models import Person
from coffeechat.people.services import find_person, update_person
from coffeechat.pipeline.services import (
    Promise,
    complete_commitment,
    event_kind,
    log_event,
    meeting_time,
    record_meeting,
)
from coffeechat.rules.agenda_words import event_label
from coffeechat.rules.dates import DateError
from coffeechat.rules.kinds import DraftKind, InsightKind
from coffeechat.rules.quick_add import QuickPerson, read_command_line
from coffeechat.rules.sent import sent_event
from coffeechat.rules.timeline import Kind
from coffeechat.web.forms import DebriefForm, DoneForm, LogForm, SentForm
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page, today_text
from coffeechat.writing.drafts import Written, write_draft

REFUSED = (UserError, DateError)


def person_of(request: HttpRequest, ident: int) -> Person:
    return get_object_or_404(Person.objects.select_related("organisation"),
                             id=ident, owner=owner_of(request))


def mailto(written: Written) -> str:
    address = written.to.email or ""
    return (f"mailto:{quote(address, safe='@')}?subject={quote(written.draft.subject)}"
            f"&body={quote(written.draft.body)}")


def draft_context(request: HttpRequest, person: Person, kind: str | None,
                  about: Person | None, via: str = "") -> dict[str, Any]:
    """The draft, or why there is none; `via` names who will introduce (the terminal's
    `--via`): asked for on the page when no one who knows them is recorded."""
    owner = owner_of(request)
    try:
        connector = find_person(owner=owner, ref=via) if via.strip() else None
        result = write_draft(owner=owner, person=person, kind=kind, about=about, via=connector)
    except REFUSED as error:
        return {"person": person, "refused": plain(error), "via": via,
                "refused_field": getattr(error, "field", None) or "",
                "draft_kind": kind or DraftKind.INTRO_REQUEST.value}
    if not isinstance(result, Written):
        return {"person": person, "step": result}
    return {
        "person": person,
        "written": result,
        "data": result.to_dict(),
        "mailto": mailto(result),
        "day": today_text(),
        "sent_form": SentForm(initial={"on": today_text()}),
    }


def draft(request: HttpRequest, ident: int) -> HttpResponse:
    person = person_of(request, ident)
    kind = request.GET.get("kind") or None
    about_id = request.GET.get("about", "")
    about = person_of(request, int(about_id)) if about_id.isdigit() else None
    if kind is not None and kind not in set(DraftKind):
        raise Http404("no such draft")
    context = draft_context(request, person, kind, about, request.GET.get("via", ""))
    if request.GET.get("part"):
        return render(request, "web/_draft.html", context)
    return page(request, "web/draft.html", "people", f"Draft for {person.name}",
                kinds=list(DraftKind), chosen=kind or "", **context)


@require_POST
def sent(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    form = SentForm(request.POST)
    if not form.is_valid() or form.cleaned_data["kind"] not in set(DraftKind):
        raise Http404("not a draft that was sent")
    data = form.cleaned_data
    to = person_of(request, data["to"])
    about = person_of(request, data["about"]) if data["about"] else None
    event = sent_event(DraftKind(data["kind"]), to.id, about.id if about else None)
    who = person_of(request, event.person_id)
    via = person_of(request, event.via_id) if event.via_id else None
    try:
        on = data["on"] or None
        at = event_moment(on, who, event.kind, [via] if via else [])
        log_event(owner=owner, person=who, kind=event.kind, at=at, via=via,
                  about=person_of(request, event.about_id) if event.about_id else None)
    except REFUSED as error:
        form.add_error("on", plain(error))
        context = draft_context(request, to, data["kind"], about)
        context["sent_form"] = form
        return page(request, "web/draft.html", "people", f"Draft for {to.name}",
                    kinds=list(DraftKind), chosen=data["kind"], status=400, **context)
    return back(request, reverse("person", args=[who.id]),
                f"{who.name}: {event_label(event.kind)}.")


@require_POST
def promise_done(request: HttpRequest, ident: int) -> HttpResponse:
    form = DoneForm(request.POST)
    on = request.POST.get("on", "").strip() or None
    try:
        kept = complete_commitment(owner=owner_of(request), ident=ident, on=moment(on),
                                   day_only=on is not None and is_day(on))
    except REFUSED as error:
        form.is_valid()
        form.add_error("on", plain(error))
        return page(request, "web/promise.html", "today", "Promise", form=form, status=400)
    return back(request, reverse("today"), f"Kept: {kept.text}")


def log(request: HttpRequest, ident: int) -> HttpResponse:
    person = person_of(request, ident)
    event = request.POST.get("event") or request.GET.get("event") or ""
    if event == Kind.MET.value:
        return debrief(request, person)
    form = LogForm(request.POST or None, initial={"event": event or None, "on": today_text()})
    if request.method == "POST" and form.is_valid():
        done = _log(request, person, form)
        if done:
            return back(request, reverse("person", args=[person.id]), done)
    status = 400 if request.method == "POST" else 200
    return page(request, "web/log.html", "people", f"Log an event: {person.name}",
                person=person, form=form, status=status)


def _log(request: HttpRequest, person: Person, form: LogForm) -> str | None:
    data, owner = form.cleaned_data, owner_of(request)
    field = "event"
    try:
        kind = event_kind(data["event"])
        field = "via"
        via = find_person(owner=owner, ref=data["via"]) if data["via"] else None
        field = "about"
        about = find_person(owner=owner, ref=data["about"]) if data["about"] else None
        field = "at"
        meeting_at = meeting(data["at"] or None)
        field = "until"
        again = until(data["until"] or None)
        field = "on"
        at = event_moment(data["on"] or None, person, kind, [via] if via else [])
        field = "event"
        log_event(owner=owner, person=person, kind=kind, at=at, via=via, about=about,
                  meeting_at=meeting_at, minutes=data["minutes"], where=data["where"],
                  note=data["note"], until=again)
    except REFUSED as error:
        # The service names the option it refuses; this form has a box of that name.
        said = getattr(error, "field", None)
        form.add_error(said if said in form.fields else field, plain(error))
        return None
    return f"{person.name}: {event_label(kind)}."


def debrief(request: HttpRequest, person: Person) -> HttpResponse:
    form = DebriefForm(request.POST if request.method == "POST" else None,
                       initial={"on": today_text()})
    if request.method == "POST" and form.is_valid():
        done = _debrief(request, person, form)
        if done:
            return back(request, reverse("today"), done)
    insight_fields = [form[f"insight_{k.value}"] for k in InsightKind]
    status = 400 if request.method == "POST" else 200
    return page(request, "web/debrief.html", "people", f"Debrief: {person.name}",
                person=person, form=form, insight_fields=insight_fields, status=status)


def _debrief(request: HttpRequest, person: Person, form: DebriefForm) -> str | None:
    data = form.cleaned_data
    field = "on"
    due_field: dict[str, str] = {}  # each promise's date box
    try:
        at = event_moment(data["on"], person, Kind.MET) if data["on"] else meeting_time(
            person, moment(None))
        promises = []
        for n in (1, 2, 3):
            text = data[f"i_will_{n}"].strip()
            field = f"due_{n}"
            due = deadline(data[f"due_{n}"] or None)
            if text:
                promises.append(Promise(text, due))
                due_field.setdefault(text, field)
            elif due is not None:
                raise UserError("a due date belongs to something you will do: write it beside")
        insights = [
            f"{k.value}:{line}" for k in InsightKind for line in form.lines(f"insight_{k.value}")
        ]
        field = "referrals"
        # "Omar Haddad, Data Analyst at Verdant Grid", as People's quick add takes it: the
        # name is the referral, the title and organisation fill a new person's record.
        lines = form.lines("referrals")
        typed = [read_command_line(line) for line in lines]
        names = [s.name if s else line for s, line in zip(typed, lines, strict=True)]
        with transaction.atomic():
            met = record_meeting(owner=owner_of(request), person=person, at=at,
                                 referrals=names,
                                 they_will=form.lines("they_will"), i_will=promises,
                                 insights=insights, allow_duplicate=bool(data.get("new_people")))
            for referral, quick in zip(met.referrals, typed, strict=True):
                _fill_in(request, referral, quick)
    except REFUSED as error:
        # The command line's switch to add someone new anyway is a box here.
        said, about = plain(error), getattr(error, "field", None)
        if about == "duplicate":
            said += " To add someone new anyway, tick “These are new people”."
        if about == "due":  # the promise it names: beside its own date
            field = next((f for t, f in due_field.items() if repr(t) in said), "due_1")
        form.add_error(field, said)
        return None
    return f"{person.name}: met. Thank them within a day; their referrals are on Today."


def _fill_in(request: HttpRequest, referral: Person, quick: QuickPerson | None) -> None:
    """A referral's title and organisation as the debrief named them, where their record
    has none (someone already known keeps what it says)."""
    if quick is None:
        return
    title = quick.title if quick.title and not referral.title else None
    organisation = (quick.organisation or None) if referral.organisation_id is None else None
    if title or organisation:
        update_person(owner=owner_of(request), person=referral,
                      changes={"title": title} if title else {}, organisation=organisation)
