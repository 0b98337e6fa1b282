"""The board: conversations as columns by stage; moving a card logs the event."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.views.decorators.http import require_POST

from coffeechat.cli.when import event_moment
from coffeechat.errors import plain
from coffeechat.pipeline.listing import board_columns
from coffeechat.pipeline.services import event_kind, log_event
from coffeechat.rules.timeline import Kind
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page, today_text
from coffeechat.web.views.loop import REFUSED, person_of
from coffeechat.web.views.people import filter_context, people_filter

PER_COLUMN = 10  # cards a column shows (most of the page's time); "All N" lists the rest
# The events a card can be moved by (a meeting goes through the debrief; a scheduled
# meeting needs its time, so it goes through the log form).
MOVES = [k for k in Kind if k not in (Kind.MET, Kind.SCHEDULED, Kind.UPDATED_REFERRER)]


# Every card's "Move" menu, the same for all: made once, not once a card.
MOVE_OPTIONS = format_html_join("", '<option value="{}">{}</option>', [
    *((k.value, k.value) for k in MOVES),
    ("scheduled", "scheduled…"), ("met", "met (debrief)…"),
])


def board(request: HttpRequest) -> HttpResponse:
    error = ""
    try:
        columns = board_columns(owner=owner_of(request), where=people_filter(request),
                                per_column=PER_COLUMN)
    except REFUSED as refused:
        columns, error = [], plain(refused)
    return page(request, "web/board.html", "board", "Board", columns=columns,
                moves=[k.value for k in MOVES], move_options=MOVE_OPTIONS, day=today_text(),
                filter_error=error,
                move_error=request.GET.get("error", ""),
                **filter_context(request))


@require_POST
def move(request: HttpRequest) -> HttpResponse:
    ident = request.POST.get("person", "")
    who = person_of(request, int(ident) if ident.isdigit() else 0)
    event = request.POST.get("event", "")
    if event in (Kind.MET.value, Kind.SCHEDULED.value):
        return redirect(reverse("log", args=[who.id]) + f"?event={event}")
    try:
        kind = event_kind(event)
        at = event_moment(request.POST.get("on") or None, who, kind)
        log_event(owner=owner_of(request), person=who, kind=kind, at=at)
    except REFUSED as error:
        from urllib.parse import urlencode

        return redirect(reverse("board") + "?" + urlencode({"error": f"{who.name}: {error}"}))
    return back(request, reverse("board"), f"{who.name}: {kind.value}.")
