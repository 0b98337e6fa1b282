"""Today: the agenda grouped overdue / today / coming up, as `coffeechat today` has it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse

from coffeechat import clock
from coffeechat.accounts.services import policy_of, profile_for
from coffeechat.derived import keep, kept, last
from coffeechat.pipeline.live import Live, live_world
from coffeechat.pipeline.reading import action_data
from coffeechat.rules.agenda import Action, Prepared, agenda_at, prepare, update
from coffeechat.rules.agenda_words import ABOUT, LABELS, draft_of
from coffeechat.rules.policy import Policy
from coffeechat.rules.world import World
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page, today_text

# Items a group lists at first; its "Show more" link lists up to SHOWN_MORE of it; the
# rest are counted (as `today` does). Each card is most of the page's time.
SHOWN = 10
SHOWN_MORE = 50
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


def prepared_agenda(owner: User, policy: Policy, at: datetime,
                    live: Live | None = None) -> Prepared:
    """The agenda's actions, worked out once for the data as it is and kept while it
    stays so (and while the clock stays between the same two moments of the world);
    after a write, worked out again only for the people it reached (`update`). `live`:
    the owner's world as the caller read it."""
    live = live or live_world(owner)
    found = last(owner.pk, "agenda", policy)
    if found is not None and found[0] == live.version and found[1].holds_at(at):
        prepared: Prepared = found[1]
        return prepared
    if found is None:
        prepared = prepare(live.world, policy, at)
    else:
        prepared = update(found[1], live.world, live.changed_since(found[0]), at)
    return keep(owner.pk, "agenda", live.version, policy, prepared)


# People never written to that the page names by name; the rest are counted.
UNWRITTEN_SHOWN = 5


def unwritten(world: World) -> list[tuple[int, str]]:
    """Everyone added and not yet written to, oldest first: nothing logged in their
    conversation, nobody's referral (that one is on the agenda) and nobody's connector.
    The agenda has no item for them, so a Today with ten people just added said
    "Nothing due" and named none of them."""
    connectors = {e.other_id for p in world.people.values() for e in p.events
                  if e.other_id is not None}
    return sorted((p.id, p.name) for p in world.people.values()
                  if not p.events and p.referred_by_id is None and p.id not in connectors)


def today(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    at = clock.now()
    profile = profile_for(owner)
    live = live_world(owner)
    prepared = prepared_agenda(owner, policy_of(profile), at, live)
    result, world = agenda_at(prepared, at), prepared.world
    opened = request.GET.get("more", "")
    # The overdue come first (thousands of items in a long search: one pass to the split).
    split = next((n for n, a in enumerate(result.items) if not a.overdue(at)), len(result.items))
    late, due = result.items[:split], result.items[split:]
    groups = []
    for key, title, actions in (
        ("overdue", "Overdue", late),
        ("today", "Today", due),
        ("coming", "Coming up", result.upcoming),
    ):
        limit = SHOWN_MORE if key == opened else SHOWN
        shown = [item_view(a, world, at) for a in actions[:limit]]
        groups.append({"key": key, "title": title, "items": shown, "total": len(actions),
                       "more": max(0, len(actions) - limit),
                       "opened": limit > SHOWN})
    waiting = kept(owner.pk, "unwritten", live.version, None, lambda: unwritten(world))
    return page(
        request,
        "web/today.html",
        "today",
        "Today",
        groups=groups,
        empty=not world.people,
        unwritten=waiting[:UNWRITTEN_SHOWN],
        unwritten_total=len(waiting),
        nothing=not result.items and not result.upcoming,
        goal=profile.goal,
        day=today_text(),
        heading=f"{at:%A} {at.day} {at:%B %Y}",
    )
