"""Every item on the demo agenda names the command that does it, and each draft it names
is ready: the right kind, to the right person, with nothing for the checker to flag."""

from __future__ import annotations

import pytest

from coffeechat.cli.agenda import next_command
from tests.cli.helpers import run, run_json

pytestmark = pytest.mark.django_db

EXPECTED_DRAFT = {
    "follow_up": "follow_up",
    "second_contact": "outreach",
    "nudge_connector": "follow_up",
    "reply_to_intro": "reply_to_intro",
    "reconnect": "reconnect",
    "thank_you": "thank_you",
    "reach_out_referral": "referral_outreach",
    "update_referrer": "update_referrer",
    "check_in": "check_in",
    "announce_landing": "landing",
}


def drafted_kinds() -> set[str]:
    """Run every draft the agenda names; the agenda kinds whose draft was checked."""
    data = run_json("today", "--all")
    seen = set()
    for item in data["items"] + data["upcoming"]:
        command = next_command(item)
        if item["kind"] == "commitment":
            assert command is None and "coffeechat done" in item["reason"]
            continue
        assert command is not None, item
        words = command.split()
        if words[1] != "draft":
            continue
        made = run_json(*words[1:])
        assert made["kind"] == EXPECTED_DRAFT[item["kind"]], (item, made)
        recipient = item["about"] if item["kind"] == "second_contact" else item["person"]
        assert made["to"]["name"] == recipient, (item, made)
        assert made["findings"] == [], (item, made["body"])
        seen.add(item["kind"])
    return seen


def test_each_agenda_item_comes_with_a_ready_draft() -> None:
    run("demo", "--people", "60")
    assert drafted_kinds() >= {
        "follow_up", "nudge_connector", "reply_to_intro", "reconnect", "reach_out_referral",
        "update_referrer", "check_in",
    }
    run("landed", "--role", "Brand Associate", "--org", "SolarLoop", "--email", "a@solar.example")
    assert "announce_landing" in drafted_kinds()
