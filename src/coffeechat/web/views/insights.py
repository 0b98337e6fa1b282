"""Insights with pictures: the funnel, who led to whom, activity per week, the skills gap.
SVG drawn on the server (readable without JavaScript) from `coffeechat insights`' data."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse

from coffeechat import clock
from coffeechat.derived import data_version, kept
from coffeechat.people.models import Person
from coffeechat.pipeline.models import Conversation, Event
from coffeechat.rules.charts import bars, tree, weekly
from coffeechat.rules.timeline import Kind
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page
from coffeechat.writing.insights import insights_data

SKILLS_SHOWN = 12
WEEKS = 12


def insights(request: HttpRequest) -> HttpResponse:
    owner = owner_of(request)
    now = clock.now()
    # Kept per data version and day. The weekly chart counts the events up to now, so an
    # event logged ahead of time joins it once the clock reaches it.
    version, day = data_version(), now.date()
    shown = kept(owner.pk, "insights", version, day, lambda: _derived(owner, day))
    moments = shown["moments"]
    until = bisect_right(moments, now)
    weeks = kept(owner.pk, "insights-weeks", version, (day, until),
                 lambda: weekly(moments[:until], day, WEEKS))
    context = {k: v for k, v in shown.items() if k != "moments"}
    return page(request, "web/insights.html", "insights", "Insights", weeks=weeks, **context)


def _derived(owner: User, day: date) -> dict[str, Any]:
    """What the page shows, read and summed up once for the data as it is on `day`."""
    data = insights_data(owner)
    funnel = data["funnel"]
    steps = [(s, funnel[s], False) for s in ("contacted", "replied", "met", "thanked")]
    skills = [(s["label"], s["mentions"], s["have"]) for s in data["skills"][:SKILLS_SHOWN]]
    since = day.fromordinal(day.toordinal() - WEEKS * 7)
    moments = sorted(Event.objects.filter(conversation__owner=owner, at__date__gte=since)
                     .values_list("at", flat=True))
    links = list(Conversation.objects.filter(owner=owner, referred_by__isnull=False)
                 .values_list("referred_by_id", "person_id"))
    links += list(Event.objects.filter(conversation__owner=owner, kind=Kind.INTRO_REQUESTED,
                                       other__isnull=False)
                  .values_list("other_id", "conversation__person_id"))
    nodes = tree(links, {}, limit=60)
    names = dict(Person.objects.filter(id__in=[n.id for n in nodes]).values_list("id", "name"))
    nodes = tree(links, names, limit=60)
    by_id = {n.id: n for n in nodes}
    return {
        "data": data, "funnel_bars": bars(steps), "skill_bars": bars(skills, width=220),
        "moments": moments,
        "nodes": nodes, "edges": [(by_id[n.parent], n) for n in nodes if n.parent in by_id],
        "tree_height": max(len(nodes), 1) * 30 + 10,
        "tree_width": (max((n.generation for n in nodes), default=0) + 1) * 190 + 10,
        "skill_height": max(len(skills), 1) * 28 + 4,
    }
