"""An import running beside the server, so that the page can show its progress: one
thread a job, its state kept in memory (a local server serves one person; a job lost
with a restart is started again by uploading again)."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

from coffeechat import clock
from coffeechat.errors import UserError, plain
from coffeechat.rules.dates import DateError


@dataclass
class Job:
    name: str
    dry_run: bool
    held: str  # the token of the uploaded file (kept for the real import after a dry run)
    skip_bad: bool
    done: int = 0
    total: int = 0
    finished: bool = False
    report: dict[str, Any] | None = None
    error: str = ""
    error_field: str = ""  # the option the refusal is about ("skip-bad": the page's button)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def percent(self) -> int:
        return min(100, self.done * 100 // self.total) if self.total else 0


JOBS: dict[str, Job] = {}
KEPT = 20  # finished jobs remembered


def start_import(*, owner_id: int, data: bytes, job: Job, inline: bool = False) -> str:
    """Run the import in a thread (or here, `inline`); the job's token to follow it by."""
    token = secrets.token_hex(16)
    finished = [t for t, j in JOBS.items() if j.finished]
    for old in finished[: max(0, len(finished) - KEPT)]:
        JOBS.pop(old, None)
    JOBS[token] = job
    if inline:
        _run(owner_id, data, job, inline=True)
    else:
        threading.Thread(target=_run, args=(owner_id, data, job), daemon=True).start()
    return token


def _run(owner_id: int, data: bytes, job: Job, inline: bool = False) -> None:
    from django.contrib.auth.models import User
    from django.db import connection

    from coffeechat.exchange.importing import import_file

    def progress(done: int, total: int) -> None:
        with job.lock:
            job.done, job.total = done, total

    try:
        report = import_file(owner=User.objects.get(pk=owner_id), data=data, name=job.name,
                             now=clock.now(), dry_run=job.dry_run, skip_bad=job.skip_bad,
                             progress=progress)
        job.report = report.as_json()
    except (UserError, DateError) as error:
        job.error = plain(error)
        job.error_field = getattr(error, "field", None) or ""
    finally:
        job.finished = True
        if not inline:  # the thread's own connection
            connection.close()
