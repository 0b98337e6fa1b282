"""Search across people, organisations and notes, from the box on every page."""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest, HttpResponse

from coffeechat.people.models import Organisation
from coffeechat.pipeline.listing import PeopleFilter, list_people
from coffeechat.pipeline.models import Insight
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page

SHOWN = 25


def search(request: HttpRequest) -> HttpResponse:
    owner, text = owner_of(request), request.GET.get("q", "").strip()[:200]
    people, total, organisations, insights = [], 0, [], []
    if text:
        found = list_people(owner=owner, where=PeopleFilter(search=text), limit=SHOWN)
        people, total = found.rows, found.total
        organisations = list(Organisation.objects.filter(owner=owner).filter(
            Q(name__icontains=text) | Q(notes__icontains=text)).order_by("name")[:SHOWN])
        insights = list(Insight.objects.filter(conversation__owner=owner, text__icontains=text)
                        .select_related("conversation__person").order_by("-id")[:SHOWN])
    return page(request, "web/search.html", "search", f"Search: {text}" if text else "Search",
                search_text=text, people=people, total=total, organisations=organisations,
                insights=insights)
