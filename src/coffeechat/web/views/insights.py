"""Insights with pictures: the funnel, who led to whom, activity per week, the skills gap.
SVG drawn on the server (readable without JavaScript) from `coffeechat insights`' data."""

from __future__ import annotations

from bisect import bisect_right
from datetime import date, datetime
from typing import Any

from django.contrib.auth.models import User
from django.http import HttpRequest, HttpResponse

from coffeechat import clock
from coffeechat.accounts.services import profile_for
from coffeechat.derived import kept
from coffeechat.pipeline.live import Live, live_world
from coffeechat.rules.charts import Week, bars, tree, weekly
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page
from coffeechat.writing.insights import chart_links, moments_since, parts_for, summary_data

SKILLS_SHOWN = 12
WEEKS = 12


def insights(request: HttpRequest) -> HttpResponse:
    weeks, shown = insights_shown(owner_of(request), clock.now())
    context = {k: v for k, v in shown.items() if k != "moments"}
    return page(request, "web/insights.html", "insights", "Insights", weeks=weeks, **context)


def insights_shown(owner: User, now: datetime) -> tuple[list[Week], dict[str, Any]]:
    """The weekly chart and what else the page shows, kept per data version and day;
    after a write, only the people it touched are read and worked out again
    (`writing.insights.parts_for`), and everyone's parts summed. The weekly chart counts
    the events up to now, so an event logged ahead of time joins it once the clock
    reaches it."""
    live = live_world(owner)
    version, day = live.version, now.date()
    shown = kept(owner.pk, "insights", version, day, lambda: _derived(owner, live, day))
    moments = shown["moments"]
    until = bisect_right(moments, now)
    weeks = kept(owner.pk, "insights-weeks", version, (day, until),
                 lambda: weekly(moments[:until], day, WEEKS))
    return weeks, shown


def _derived(owner: User, live: Live, day: date) -> dict[str, Any]:
    """What the page shows, summed up once for the data as it is on `day`."""
    parts = parts_for(owner, live)
    data = summary_data(parts, list(profile_for(owner).skills))
    funnel = data["funnel"]
    steps = [(s, funnel[s], False) for s in ("contacted", "replied", "met", "thanked")]
    skills = [(s["label"], s["mentions"], s["have"]) for s in data["skills"][:SKILLS_SHOWN]]
    since = day.fromordinal(day.toordinal() - WEEKS * 7)
    moments = moments_since(parts, datetime(since.year, since.month, since.day))
    links = chart_links(parts)
    people = live.world.people
    names = {i: people[i].name for link in links for i in link if i in people}
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
