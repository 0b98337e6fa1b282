"""`coffeechat serve` works out the local user's agenda and insights while the browser
opens (`serve.warm_up`), so the first page is answered from them."""

from __future__ import annotations

import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.derived import forget, last
from coffeechat.pipeline.demo import fill
from coffeechat.web.serve import warm_up

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.clock("2026-11-25 09:00")]


def test_the_first_pages_are_answered_from_what_the_server_worked_out_at_start() -> None:
    forget()
    owner = local_owner()
    fill(owner=owner, now=clock.now(), size=40)
    started = threading.Thread(target=warm_up)  # as serve starts it: its own connection
    started.start()
    started.join()
    assert last(owner.pk, "live", None) is not None
    assert last(owner.pk, "insight-parts", None) is not None
    from django.test import Client

    for path in ("/", "/insights/", "/board/", "/people/"):
        with CaptureQueriesContext(connection) as page:
            assert Client().get(path).status_code == 200
        # What the page shows was kept: no query reads everyone's events.
        assert not [q for q in page.captured_queries if "pipeline_event" in q["sql"]], path
