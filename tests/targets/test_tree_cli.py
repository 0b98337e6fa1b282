"""The referral and introduction tree in `insights`."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def test_insights_show_which_first_contact_led_to_most_meetings() -> None:
    run("add", "Ana Ruiz", "--source", "friend")
    run("add", "Ed Berg", "--source", "alumni")
    run("log", "Ana Ruiz", "met", "--on", "2026-11-02 10:00", "--referral", "Bo Lind")
    run("log", "Bo Lind", "met", "--on", "2026-11-09 10:00", "--referral", "Cy Moe")
    run("log", "Cy Moe", "met", "--on", "2026-11-16 10:00")
    run("log", "Ed Berg", "met", "--on", "2026-11-03 10:00", "--referral", "Fa Holt")
    tree = run_json("insights")["tree"]
    assert tree["generations"] == 3
    assert tree["first_contacts"] == [
        {"name": "Ana Ruiz", "meetings": 2, "generations": 2},
        {"name": "Ed Berg", "meetings": 0, "generations": 1},
    ]
    assert "first contacts who led to most: Ana Ruiz (2 meetings, 2 generations)" in " ".join(
        run("insights").split())
