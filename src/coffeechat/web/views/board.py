"""The board: conversations as columns by stage; moving a card logs the event.

A card moves by its Move form (an event and a date: the keyboard's and the screen
reader's way, and the only one without JavaScript) or by dropping it on a column
(app.js posts the same form with the column in `to`). Which event a column means, and
which drops are refused, is `rules.board.move_to`."""

from __future__ import annotations

import functools
import json
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import format_html_join
from django.views.decorators.http import require_POST

from coffeechat.cli.when import event_moment
from coffeechat.errors import plain
from coffeechat.people.models import Person
from coffeechat.pipeline.listing import board_columns, stage_named, stage_of
from coffeechat.pipeline.services import event_kind, log_event
from coffeechat.rules.agenda_words import event_label
from coffeechat.rules.board import NEEDS_FORM, ONE_CLICK, move_to, moves
from coffeechat.rules.timeline import Kind
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page, today_text
from coffeechat.web.views.loop import REFUSED, person_of
from coffeechat.web.views.people import filter_context, people_filter

PER_COLUMN = 10  # cards a column shows (most of the page's time); "All N" lists the rest


# Every card's "Move" menu, the same for all: made once, not once a card (it was most of
# the page's time). The events a form asks more for (a meeting's time, the debrief) end
# in "…".
MOVE_OPTIONS = format_html_join("", '<option value="{}">{}</option>', [
    *((k.value, event_label(k).capitalize()) for k in ONE_CLICK),
    *((k.value, f"{event_label(k).capitalize()}{' (debrief)' if k is Kind.MET else ''}…")
      for k in NEEDS_FORM),
])


@functools.cache
def _drops() -> str:
    """Every drop, for the board's script: the same for every card and request (the
    rules fold a conversation for each pair of columns), so made once."""
    return json.dumps(moves())


def board(request: HttpRequest) -> HttpResponse:
    error = ""
    try:
        columns = board_columns(owner=owner_of(request), where=people_filter(request),
                                per_column=PER_COLUMN)
    except REFUSED as refused:
        columns, error = [], plain(refused)
    said = request.GET.get("error", "")
    card = request.GET.get("card", "")
    at_card = int(card) if card.isdigit() and said else 0
    shown = {row["id"] for column in columns for row in column.rows}
    return page(request, "web/board.html", "board", "Board", columns=columns,
                moves=[k.value for k in ONE_CLICK], forms=[k.value for k in NEEDS_FORM],
                move_options=MOVE_OPTIONS,
                drops=_drops(), day=today_text(), filter_error=error,
                move_error=said if at_card not in shown else "", error_card=at_card,
                card_error=said, **filter_context(request))


@require_POST
def move(request: HttpRequest) -> HttpResponse:
    ident = request.POST.get("person", "")
    who = person_of(request, int(ident) if ident.isdigit() else 0)
    event = request.POST.get("event", "")
    column = request.POST.get("to", "")
    try:
        if column:  # dropped on a column: the event that leads there, if any
            dropped = move_to(stage_of(owner_of(request), who.id), stage_named(column))
            if dropped.kind is None:
                return _refused(request, who, dropped.refused)
            event = dropped.kind.value
        kind = event_kind(event)
        if kind in NEEDS_FORM:  # more than a date: the log form (the debrief for met)
            return redirect(reverse("log", args=[who.id]) + "?" + urlencode({"event": kind}))
        at = event_moment(request.POST.get("on") or None, who, kind)
        log_event(owner=owner_of(request), person=who, kind=kind, at=at)
    except REFUSED as error:
        return _refused(request, who, plain(error))
    return back(request, reverse("board"), f"{who.name}: {event_label(kind)}.")


def _refused(request: HttpRequest, who: Person, said: str) -> HttpResponse:
    """Back to the board the card was on, the refusal shown at the card."""
    target = urlsplit(back(request, reverse("board")).url)
    query = [(k, v) for k, v in parse_qsl(target.query) if k not in ("done", "error", "card")]
    query += [("error", f"{who.name}: {said}"), ("card", str(who.id))]
    return redirect(f"{target.path}?{urlencode(query)}#card-{who.id}")
