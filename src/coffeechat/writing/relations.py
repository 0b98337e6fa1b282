"""How the user stands with one person, for the drafts that depend on it: met or declined,
joining their organisation, and whom they led the user to."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from coffeechat.pipeline.models import Conversation, Event, Landing
from coffeechat.rules.chain import led_to, names_of
from coffeechat.rules.names import same
from coffeechat.rules.timeline import Kind, Stage
from coffeechat.writing.record import Record


def standing(record: Record) -> dict[str, Any]:
    """Met or declined: read from the conversation already loaded."""
    return {
        "met": record.progress.met_at is not None,
        "declined": record.progress.stage == Stage.DECLINED,
    }


def landing_standing(owner: User, record: Record) -> dict[str, Any]:
    """For the landing note: am I joining their organisation, and whom did they lead me
    to (those they referred or introduced me to and I met, then whom those led to)?"""
    landing = Landing.objects.filter(owner=owner).first()
    org = record.person.organisation
    joining = bool(landing and org and same(org.name, landing.organisation))
    edges = _introductions(owner)
    met = set(
        Event.objects.filter(conversation__owner=owner, kind=Kind.MET.value).values_list(
            "conversation__person_id", flat=True
        )
    )
    direct, further = led_to(record.person.id, edges, met)
    names = dict(
        Conversation.objects.filter(owner=owner, person_id__in=[*direct, *further]).values_list(
            "person_id", "person__name"
        )
    )
    return {
        **standing(record),
        "joining_them": joining,
        "led_to": names_of(direct, names),
        "led_on_to": names_of(further, names),
    }


def _introductions(owner: User) -> list[tuple[int, int]]:
    """(who, whom) for every referral and every introduction that happened, oldest first."""
    referred = Conversation.objects.filter(owner=owner, referred_by__isnull=False).order_by(
        "referred_at", "id"
    )
    edges = [(c.referred_by_id, c.person_id) for c in referred if c.referred_by_id]
    introduced = set(
        Event.objects.filter(conversation__owner=owner, kind=Kind.INTRODUCED.value).values_list(
            "conversation_id", flat=True
        )
    )
    requests = Event.objects.filter(
        conversation__owner=owner, kind=Kind.INTRO_REQUESTED.value, other__isnull=False
    ).order_by("at", "id")
    edges += [
        (e.other_id, e.conversation.person_id)
        for e in requests.select_related("conversation")
        if e.conversation_id in introduced and e.other_id
    ]
    return edges
