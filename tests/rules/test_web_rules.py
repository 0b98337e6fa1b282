"""The small rules the web UI added: quick add's one line, what "mark as sent" logs, the
draft an agenda item names, and the shapes of the insight pictures."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from coffeechat.rules.agenda_words import draft_of
from coffeechat.rules.charts import bars, tree, weekly
from coffeechat.rules.kinds import DraftKind
from coffeechat.rules.quick_add import QuickPerson, read_command_line, read_line
from coffeechat.rules.sent import SENT, Sent, sent_event
from coffeechat.rules.timeline import Kind


@pytest.mark.parametrize(("line", "expected"), [
    ("Dana Whitfield, Product Marketing Manager at Verdant Grid",
     QuickPerson("Dana Whitfield", "Product Marketing Manager", "Verdant Grid")),
    ("Sam Ortiz", QuickPerson("Sam Ortiz")),
    ("Lee Chen, at Acme", QuickPerson("Lee Chen", "", "Acme")),
    ("Ana Silva, Head of Data at Scale at Acme",
     QuickPerson("Ana Silva", "Head of Data at Scale", "Acme")),
    ("Bo Lin,  Engineer  @  Northwind ", QuickPerson("Bo Lin", "Engineer", "Northwind")),
    ("Cy Young, Designer", QuickPerson("Cy Young", "Designer")),
    ("Kate Batter, Director AT Atlas", QuickPerson("Kate Batter", "Director", "Atlas")),
])
def test_it_reads_name_title_and_organisation_from_one_line(
    line: str, expected: QuickPerson
) -> None:
    assert read_line(line) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Priya Raman, Senior Learning Designer at Duolingo",
     QuickPerson("Priya Raman", "Senior Learning Designer", "Duolingo")),
    ("Lee Chen, at Acme", QuickPerson("Lee Chen", "", "Acme")),
    ("Priya Raman", None),
    ("Whitfield, Dana", None),  # a name written last name first names no organisation
    ("Ray Lee, Jr.", None),
    ("Cy Young, Designer", None),
])
def test_add_on_the_command_line_reads_the_one_line_form_only_when_it_names_a_place(
    text: str, expected: QuickPerson | None
) -> None:
    assert read_command_line(text) == expected


def test_every_draft_kind_has_words_for_the_pages() -> None:
    from coffeechat.rules.agenda_words import DRAFT_LABELS

    assert set(DRAFT_LABELS) == {k.value for k in DraftKind}
    assert all("_" not in label for label in DRAFT_LABELS.values())


def test_every_draft_logs_an_event_when_sent() -> None:
    assert set(SENT) == set(DraftKind)


def test_an_intro_request_moves_the_targets_conversation_through_the_connector() -> None:
    assert sent_event(DraftKind.INTRO_REQUEST, to_id=1, about_id=2) == Sent(
        Kind.INTRO_REQUESTED, 2, via_id=1)
    assert sent_event(DraftKind.FOLLOW_UP, to_id=1, about_id=2) == Sent(Kind.FOLLOWED_UP, 2)
    assert sent_event(DraftKind.FOLLOW_UP, to_id=1, about_id=None) == Sent(Kind.FOLLOWED_UP, 1)
    assert sent_event(DraftKind.UPDATE_REFERRER, to_id=1, about_id=3) == Sent(
        Kind.UPDATED_REFERRER, 1, about_id=3)
    assert sent_event(DraftKind.THANK_YOU, to_id=4, about_id=None) == Sent(Kind.THANKED, 4)


def test_a_reply_to_an_introduction_or_a_reconnect_is_a_message_that_starts_the_clock() -> None:
    # the introducer is what the draft is about, but the message goes to the person met
    assert sent_event(DraftKind.REPLY_TO_INTRO, to_id=4, about_id=7) == Sent(Kind.CONTACTED, 4)
    assert sent_event(DraftKind.RECONNECT, to_id=4, about_id=None) == Sent(Kind.CONTACTED, 4)


def item(kind: str, about_id: int | None = None) -> dict[str, object]:
    return {"kind": kind, "person_id": 5, "about_id": about_id}


def test_an_agenda_item_names_the_draft_the_cli_would() -> None:
    assert draft_of(item("follow_up")) == (5, "follow_up")
    assert draft_of(item("nudge_connector", 9)) == (9, "follow_up")
    assert draft_of(item("second_contact", None)) is None
    assert draft_of(item("prepare")) is None
    assert draft_of(item("commitment")) is None


def test_bars_scale_to_the_largest() -> None:
    drawn = bars([("SQL", 4, False), ("Excel", 2, True), ("none", 0, False)], width=100)
    assert [b.width for b in drawn] == [100, 50, 0]
    assert [b.y for b in drawn] == [0, 28, 56] and drawn[1].mine


def test_weeks_count_events_from_monday() -> None:
    moments = [datetime(2026, 11, 23, 9), datetime(2026, 11, 29, 20), datetime(2026, 11, 16, 9),
               datetime(2025, 1, 1)]
    weeks = weekly(moments, date(2026, 11, 25), weeks=3, height=100)
    assert [(w.start, w.count, w.height, w.y) for w in weeks] == [
        (date(2026, 11, 9), 0, 0, 100), (date(2026, 11, 16), 1, 50, 50),
        (date(2026, 11, 23), 2, 100, 0)]


def test_the_tree_goes_by_generation_and_keeps_the_first_who_led_there() -> None:
    names = {1: "Dana", 2: "Lee", 3: "Mina", 4: "Sam"}
    nodes = tree([(1, 2), (2, 3), (4, 3), (4, 1)], names)
    assert [(n.name, n.generation, n.parent) for n in nodes] == [
        ("Sam", 0, None), ("Dana", 1, 4), ("Lee", 2, 1), ("Mina", 3, 2)]


def test_the_tree_stops_at_its_limit_and_survives_a_loop() -> None:
    assert [n.id for n in tree([(1, 2), (2, 1), (3, 1)], {})] == [1, 2]
    assert len(tree([(1, 2), (2, 1), (3, 1)], {}, limit=2)) == 2
