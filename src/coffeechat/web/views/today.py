"""Today: the agenda grouped overdue / today / coming up, as `coffeechat today` has it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse

from coffeechat import clock
from coffeechat.accounts.services import profile_for
from coffeechat.pipeline.agenda import today as agenda_today
from coffeechat.pipeline.reading import action_data
from coffeechat.rules.agenda import Action
from coffeechat.rules.agenda_words import ABOUT, LABELS, draft_of
from coffeechat.rules.world import World
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page, today_text

SHOWN = 30  # items a group lists; the rest are counted (as `today` does)
# Agenda items done by logging one event, with no message to send.
LOGGED = {"prepare": "prepared", "move_on": "no-response"}


def item_view(action: Action, world: World, at: datetime) -> dict[str, Any]:
    """An agenda item as `today --json` has it, its reason without the terminal's command:
    the card's own button (draft, Done, Debrief) does it here."""
    item = action_data(action, world, at)
    drafted = draft_of(item)
    return {
        **item,
        "reason": action.reason,
        "label": LABELS.get(item["kind"], item["kind"]),
        "relation": ABOUT.get(item["kind"], "with"),
        "draft_person": drafted[0] if drafted else None,
        "draft_kind": drafted[1] if drafted else None,
        "logs": LOGGED.get(item["kind"]),
    }


def today(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    at = clock.now()
    result, world = agenda_today(owner=owner, at=at)
    late = [a for a in result.items if a.overdue(at)]
    due = [a for a in result.items if not a.overdue(at)]
    groups = []
    for key, title, actions in (
        ("overdue", "Overdue", late),
        ("today", "Today", due),
        ("coming", "Coming up", list(result.upcoming)),
    ):
        shown = [item_view(a, world, at) for a in actions[:SHOWN]]
        groups.append({"key": key, "title": title, "items": shown,
                       "more": max(0, len(actions) - SHOWN)})
    return page(
        request,
        "web/today.html",
        "today",
        "Today",
        groups=groups,
        empty=not world.people,
        nothing=not result.items and not result.upcoming,
        goal=profile_for(owner).goal,
        day=today_text(),
        heading=f"{at:%A} {at.day} {at:%B %Y}",
    )
