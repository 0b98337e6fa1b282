"""Your data: export and backup downloads, and the demo pipeline for a first look."""

from __future__ import annotations

import json

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from coffeechat import clock
from coffeechat.errors import plain
from coffeechat.exchange.backup import backup
from coffeechat.exchange.calendar import calendar_file
from coffeechat.exchange.exporting import ExportFormat, export_people
from coffeechat.pipeline.demo import fill
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page
from coffeechat.web.views.loop import REFUSED


def export_page(request: HttpRequest) -> HttpResponse:
    return page(request, "web/export.html", "export", "Export and backup",
                formats=[f.value for f in ExportFormat])


def download(request: HttpRequest, what: str) -> HttpResponse:
    owner, now = owner_of(request), clock.now()
    stamp = f"{now:%Y-%m-%d}"
    if what == "backup":
        body: str | bytes = json.dumps(backup(owner=owner, now=now), indent=1, default=str)
        kind, name = "application/json", f"coffeechat-backup-{stamp}.json"
    elif what == "calendar":
        body, kind, name = calendar_file(owner=owner, now=now), "text/calendar", "coffeechat.ics"
    elif what in set(ExportFormat):
        fmt = ExportFormat(what)
        body = export_people(owner=owner, format=fmt)
        suffix = {"csv": "csv", "vcard": "vcf", "json": "json"}[fmt.value]
        kind = {"csv": "text/csv", "vcard": "text/vcard", "json": "application/json"}[fmt.value]
        name = f"coffeechat-people-{stamp}.{suffix}"
    else:
        raise Http404("nothing to download by that name")
    response = HttpResponse(body, content_type=f"{kind}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def demo(request: HttpRequest) -> HttpResponse:
    try:
        count = fill(owner=owner_of(request), now=clock.now(), size=40, seed=7, replace=False)
    except REFUSED as error:
        return back(request, reverse("today"), plain(error))
    return back(request, reverse("today"), f"Demo ready: {count} people.")
