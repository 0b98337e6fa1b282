"""Referrals in time order through the CLI: meetings logged out of order, a mention of
someone already met, and a referral to a conversation that had closed."""

from __future__ import annotations

import pytest

from tests.cli.helpers import agenda, run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-12-20 09:00")]


@pytest.fixture
def two() -> None:
    run("add", "Ana Ruiz")
    run("add", "Ben Stone")


def test_the_earlier_meeting_is_the_referrer_though_typed_second(two: None) -> None:
    run("log", "Ben Stone", "met", "--on", "2026-11-10 10:00", "--referral", "Lee Chen")
    said = run("log", "Ana Ruiz", "met", "--on", "2026-11-03 10:00", "--referral", "lee chen")
    assert run_json("show", "Lee Chen")["referred_by"] == "Ana Ruiz"
    assert "Note" not in said
    run("log", "Lee Chen", "met", "--on", "2026-11-20 10:00")
    items = agenda("2026-11-20")
    assert ("update_referrer", "Ana Ruiz", "Lee Chen") in items
    assert ("update_referrer", "Ben Stone", "Lee Chen") not in items


def test_a_later_mention_keeps_the_first_referrer_and_says_so(two: None) -> None:
    run("log", "Ana Ruiz", "met", "--on", "2026-11-03 10:00", "--referral", "Lee Chen")
    said = run("log", "Ben Stone", "met", "--on", "2026-11-10 10:00", "--referral", "Lee Chen")
    assert "Ana Ruiz referred Lee Chen first" in " ".join(said.split())
    assert run_json("show", "Lee Chen")["referred_by"] == "Ana Ruiz"


def test_someone_met_before_the_mention_is_not_referred(two: None) -> None:
    run("add", "Lee Chen")
    run("log", "Lee Chen", "met", "--on", "2026-11-02 10:00")
    before = run_json("insights")["funnel"]["generations"]
    said = run("log", "Ben Stone", "met", "--on", "2026-11-10 10:00", "--referral", "Lee Chen")
    assert "you had met Lee Chen before this meeting" in " ".join(said.split())
    assert run_json("show", "Lee Chen")["referred_by"] is None
    assert run_json("insights")["funnel"]["generations"] == before
    assert not [i for i in agenda("2026-11-10") if i[0] == "update_referrer"]


def test_a_meeting_logged_late_undoes_a_later_mention(two: None) -> None:
    run("log", "Ben Stone", "met", "--on", "2026-11-10 10:00", "--referral", "Lee Chen")
    said = run("log", "Lee Chen", "met", "--on", "2026-11-02 10:00")  # logged late
    assert "Ben Stone no longer counts as their referrer" in " ".join(said.split())
    assert run_json("show", "Lee Chen")["referred_by"] is None
    assert run_json("insights")["funnel"]["generations"] == [3]


def test_a_referral_to_a_closed_conversation_reopens_it(two: None) -> None:
    run("add", "Lee Chen", "--org", "Verdant Grid")
    run("log", "Lee Chen", "contacted", "--on", "2026-11-01")
    run("log", "Lee Chen", "no-response", "--on", "2026-11-16")
    assert agenda("2026-11-17") == []
    run("log", "Ana Ruiz", "met", "--on", "2026-11-20 10:00", "--referral", "Lee Chen")
    assert ("reach_out_referral", "Lee Chen", "Ana Ruiz") in agenda("2026-11-20")
    made = run_json("draft", "Lee Chen")
    assert made["kind"] == "referral_outreach"
    assert made["subject"] == "Ana Ruiz suggested I get in touch"
    assert "Ana Ruiz suggested I contact you" in made["body"]
    run("log", "Lee Chen", "contacted", "--on", "2026-11-21")
    assert ("reach_out_referral", "Lee Chen", "Ana Ruiz") not in agenda("2026-11-21")
    assert ("follow_up", "Lee Chen", None) in agenda("2026-11-28")
