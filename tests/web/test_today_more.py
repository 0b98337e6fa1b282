"""Today lists the first few of each group; "Show more" lists more of that group."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.pipeline.demo import fill
from coffeechat.web.views.today import SHOWN, SHOWN_MORE

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def cards(html: str, key: str) -> int:
    """How many cards the group `key` lists."""
    found = re.search(rf'<section aria-labelledby="group-{key}">(.*?)</section>', html, re.S)
    assert found, key
    return found.group(1).count('<li class="card"')


def test_show_more_lists_more_of_one_group(client: Client) -> None:
    fill(owner=local_owner(), now=clock.now(), size=200)
    groups = {g["key"]: g for g in client.get("/").context["groups"]}
    full = [k for k, g in groups.items() if g["total"] > SHOWN]
    assert full, "the demo has a group longer than a page shows"
    key = full[0]
    html = client.get("/").content.decode()
    assert cards(html, key) == SHOWN
    link = f'href="?more={key}#group-{key}"'
    assert link in html
    more = client.get(f"/?more={key}").content.decode()
    assert cards(more, key) == min(groups[key]["total"], SHOWN_MORE)
    assert link not in more
    others = [k for k in groups if k != key and groups[k]["total"]]
    for other in others:  # the other groups stay as they were
        assert cards(more, other) == min(groups[other]["total"], SHOWN)
