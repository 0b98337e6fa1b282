"""The agenda as a person reads it: capped tables, the rest one flag away."""

from __future__ import annotations

import re

import pytest

from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db


def test_a_big_agenda_shows_thirty_to_do_and_ten_coming_up() -> None:
    run("demo", "--people", "400")
    data = run_json("today")
    assert len(data["items"]) > 30 and len(data["upcoming"]) > 10
    shown = run("today")
    hidden = [int(n) for n in re.findall(r"… and (\d+) more", shown)]
    assert hidden == [len(data["items"]) - 30, len(data["upcoming"]) - 10]
    assert "more" not in run("today", "--all")
