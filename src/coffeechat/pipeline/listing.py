"""The people list: one row per person with the stage folded from their events."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User

from coffeechat.people.models import Person
from coffeechat.pipeline.agenda import load_world
from coffeechat.rules.agenda import last_interactions
from coffeechat.rules.dates import stamp
from coffeechat.rules.timeline import fold
from coffeechat.rules.wording import sort_key


def people_rows(owner: User) -> list[dict[str, Any]]:
    world = load_world(owner)
    progress = {pid: fold(p.events) for pid, p in world.people.items()}
    last = last_interactions(world, progress)  # intro requests through someone count too
    details = sorted(
        Person.objects.filter(owner=owner).values_list(
            "id", "name", "title", "organisation__name", "source", "email"
        ),
        key=lambda row: (sort_key(row[1]), row[0]),
    )
    rows = []
    for pid, name, title, org, source, email in details:
        stage = progress[pid].stage
        when = last.get(pid)
        rows.append(
            {
                "id": pid,
                "name": name,
                "title": title,
                "organisation": org,
                "source": source,
                "email": email,
                "stage": stage.value,
                "last": stamp(when) if when else None,
            }
        )
    return rows
