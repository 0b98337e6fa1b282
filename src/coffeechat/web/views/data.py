"""Your data: import a contacts file (a dry run first, then the real one), export and
backup downloads, and the demo pipeline for a first look."""

from __future__ import annotations

import json
import re
import secrets
import tempfile
from pathlib import Path

from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from coffeechat import clock
from coffeechat.exchange.backup import backup
from coffeechat.exchange.calendar import calendar_file
from coffeechat.exchange.exporting import ExportFormat, export_people
from coffeechat.exchange.importing import import_file
from coffeechat.pipeline.demo import fill
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page
from coffeechat.web.views.loop import REFUSED

MAX_UPLOAD = 50 * 1024 * 1024
TOKEN = re.compile(r"[0-9a-f]{32}")


def _held(token: str) -> Path:
    """Where an uploaded file waits between its dry run and the real import."""
    if not TOKEN.fullmatch(token):
        raise Http404("no such upload")
    return Path(tempfile.gettempdir()) / f"coffeechat-import-{token}"


def import_page(request: HttpRequest) -> HttpResponse:
    owner, error, report, token, name = owner_of(request), "", None, "", ""
    if request.method == "POST":
        token = request.POST.get("token", "")
        upload = request.FILES.get("file")
        try:
            if upload is not None:
                if upload.size and upload.size > MAX_UPLOAD:
                    raise ValueError(f"{upload.name}: larger than 50 MB")
                data, name = upload.read(), upload.name or "upload"
                token = secrets.token_hex(16)
                _held(token).write_bytes(data)
                (_held(token).with_suffix(".name")).write_text(name, encoding="utf-8")
                dry = True
            elif token:
                path = _held(token)
                if not path.exists():
                    raise ValueError("that upload is gone: choose the file again")
                data, name = path.read_bytes(), path.with_suffix(".name").read_text("utf-8")
                dry = False
            else:
                raise ValueError("choose a file to import")
            report = import_file(owner=owner, data=data, name=name, now=clock.now(),
                                 dry_run=dry, skip_bad=request.POST.get("skip_bad") == "1")
            if not dry:
                path.unlink(missing_ok=True)
                path.with_suffix(".name").unlink(missing_ok=True)
                token = ""
        except (ValueError, *REFUSED) as refused:
            error = str(refused)
    return page(request, "web/import.html", "import", "Import contacts", error=error,
                report=report.as_json() if report else None, token=token, name=name,
                skip_bad=request.POST.get("skip_bad") == "1", status=400 if error else 200)


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
        return back(request, reverse("today"), str(error))
    return back(request, reverse("today"), f"Demo ready: {count} people.")
