"""The people list: one row per person with the stage folded from their events."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from coffeechat.people.models import Person
from coffeechat.pipeline.agenda import load_world
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import fold


def people_rows(owner: User) -> list[dict[str, Any]]:
    world = load_world(owner)
    details = (
        Person.objects.filter(owner=owner)
        .order_by("name", "id")
        .values_list("id", "name", "title", "organisation__name", "source", "email")
    )
    rows = []
    for pid, name, title, org, source, email in details:
        progress = fold(world.people[pid].events)
        rows.append(
            {
                "id": pid,
                "name": name,
                "title": title,
                "organisation": org,
                "source": source,
                "email": email,
                "stage": progress.stage.value,
                "last": stamp(progress.last_at) if progress.last_at else None,
            }
        )
    return rows
