"""Import from the browser: upload, a dry run with its progress and per-row report, then
the import itself, from the same held file."""

from __future__ import annotations

import re
import secrets
import tempfile
from pathlib import Path

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from coffeechat.web import jobs
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page

MAX_UPLOAD = 50 * 1024 * 1024
TOKEN = re.compile(r"[0-9a-f]{32}")
INLINE = False  # tests run the job in the request (their database is their transaction)


def _held(token: str) -> Path:
    """Where an uploaded file waits between its dry run and the real import."""
    if not TOKEN.fullmatch(token):
        raise Http404("no such upload")
    return Path(tempfile.gettempdir()) / f"coffeechat-import-{token}"


def _job(token: str) -> jobs.Job:
    job = jobs.JOBS.get(token) if TOKEN.fullmatch(token) else None
    if job is None:
        raise Http404("no such import: upload the file again")
    return job


def import_page(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        return _start(request)
    token = request.GET.get("job", "")
    job = _job(token) if token else None
    if job is not None and job.finished and not job.dry_run and not job.error:
        _held(job.held).unlink(missing_ok=True)
        _held(job.held).with_suffix(".name").unlink(missing_ok=True)
    return page(request, "web/import.html", "import", "Import contacts", job=job, token=token,
                status=400 if job is not None and job.error else 200)


def _start(request: HttpRequest) -> HttpResponse:
    upload, held = request.FILES.get("file"), request.POST.get("held", "")
    skip_bad = request.POST.get("skip_bad") == "1"
    if upload is not None:
        if upload.size and upload.size > MAX_UPLOAD:
            return page(request, "web/import.html", "import", "Import contacts",
                        error=f"{upload.name}: larger than 50 MB", status=400)
        data, name, held = upload.read(), upload.name or "upload", secrets.token_hex(16)
        _held(held).write_bytes(data)
        _held(held).with_suffix(".name").write_text(name, encoding="utf-8")
        dry = True
    elif held and _held(held).exists():
        data, name = _held(held).read_bytes(), _held(held).with_suffix(".name").read_text("utf-8")
        dry = request.POST.get("dry") == "1"  # again, skipping broken rows; else the import
    else:
        error = "that upload is gone: choose the file again" if held else "choose a file to import"
        return page(request, "web/import.html", "import", "Import contacts", error=error,
                    status=400)
    job = jobs.Job(name=name, dry_run=dry, held=held, skip_bad=skip_bad)
    token = jobs.start_import(owner_id=owner_of(request).pk, data=data, job=job, inline=INLINE)
    return redirect(reverse("import") + f"?job={token}")


def progress(request: HttpRequest, token: str) -> HttpResponse:
    """The progress bar, polled by htmx; once the job is done, the page itself again."""
    job = _job(token)
    response = render(request, "web/_import_progress.html", {"job": job, "token": token})
    if job.finished:
        response["HX-Redirect"] = reverse("import") + f"?job={token}"
    return response
