"""Loading only what the rules would keep at a moment gives the same agenda as loading all."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from coffeechat.accounts.services import local_owner, policy_for
from coffeechat.pipeline.agenda import load_world
from coffeechat.pipeline.demo import fill
from coffeechat.rules.agenda import agenda

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 23, 9, 0)


@pytest.mark.parametrize("days_before", [0, 3, 10, 30, 90])
def test_a_world_loaded_until_a_moment_has_the_agenda_of_the_whole_world(
    days_before: int,
) -> None:
    owner = local_owner()
    fill(owner=owner, now=NOW, size=120)
    at = NOW - timedelta(days=days_before)
    policy = policy_for(owner)
    whole = agenda(load_world(owner), at, policy)
    assert whole.items, "the demo has work due on every one of these days"
    assert agenda(load_world(owner, until=at), at, policy) == whole
