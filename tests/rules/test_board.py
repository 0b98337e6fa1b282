"""Which event a drop on the board logs: the one that leads to the column, when the fold
moves a card from its stage there; refused, with why, when no event can."""

from __future__ import annotations

import pytest

from coffeechat.rules.board import (
    AT_STAGE,
    LEADS_TO,
    NEEDS_FORM,
    ONE_CLICK,
    Move,
    facts,
    move_to,
    moves,
)
from coffeechat.rules.timeline import Kind, Stage, fold

S = Stage

# Written out by hand from the fold: the columns each stage's cards can be dropped on.
CAN_REACH = {
    S.IDENTIFIED: {S.INTRO_REQUESTED, S.INTRODUCED, S.CONTACTED, S.SCHEDULED, S.MET,
                   S.DECLINED, S.NO_RESPONSE},
    S.INTRO_REQUESTED: {S.INTRODUCED, S.CONTACTED, S.SCHEDULED, S.MET, S.DECLINED,
                        S.NO_RESPONSE},
    S.INTRODUCED: {S.INTRO_REQUESTED, S.CONTACTED, S.SCHEDULED, S.MET, S.DECLINED,
                   S.NO_RESPONSE},
    S.CONTACTED: {S.INTRO_REQUESTED, S.FOLLOWED_UP, S.SCHEDULED, S.MET, S.DECLINED,
                  S.NO_RESPONSE},
    S.FOLLOWED_UP: {S.INTRO_REQUESTED, S.CONTACTED, S.SCHEDULED, S.MET, S.DECLINED,
                    S.NO_RESPONSE},
    S.SCHEDULED: {S.INTRO_REQUESTED, S.CONTACTED, S.MET, S.DECLINED, S.NO_RESPONSE},
    S.MET: {S.INTRO_REQUESTED, S.CONTACTED, S.SCHEDULED, S.THANKED, S.KEEPING_IN_TOUCH,
            S.DECLINED, S.NO_RESPONSE},
    S.THANKED: {S.INTRO_REQUESTED, S.CONTACTED, S.SCHEDULED, S.MET, S.KEEPING_IN_TOUCH,
                S.DECLINED, S.NO_RESPONSE},
    S.KEEPING_IN_TOUCH: {S.INTRO_REQUESTED, S.CONTACTED, S.SCHEDULED, S.MET, S.DECLINED,
                         S.NO_RESPONSE},
    S.DECLINED: {S.INTRO_REQUESTED, S.INTRODUCED, S.CONTACTED, S.SCHEDULED, S.MET,
                 S.NO_RESPONSE},
    S.NO_RESPONSE: {S.INTRO_REQUESTED, S.INTRODUCED, S.CONTACTED, S.SCHEDULED, S.MET,
                    S.DECLINED},
}


def test_each_example_conversation_is_in_its_stage() -> None:
    assert set(AT_STAGE) == set(Stage)
    for stage, kinds in AT_STAGE.items():
        assert fold(facts(kinds)).stage == stage


def test_the_drops_a_card_can_make_are_the_ones_written_out() -> None:
    for stage in Stage:
        assert {c for c in Stage if move_to(stage, c).kind is not None} == CAN_REACH[stage], stage


@pytest.mark.parametrize("stage", list(Stage))
def test_a_drop_logs_the_one_event_that_folds_the_card_into_the_column(stage: Stage) -> None:
    for column in Stage:
        move = move_to(stage, column)
        leading = {k for k in Kind if fold(facts((*AT_STAGE[stage], k))).stage == column}
        if move.kind is None:
            # Refused exactly when no event at all would put it there.
            assert column == stage or not leading, (stage, column, leading)
            assert move.refused
        else:
            assert leading == {move.kind} == {LEADS_TO[column]}


def test_a_drop_that_needs_more_than_a_date_says_what() -> None:
    assert move_to(S.CONTACTED, S.SCHEDULED) == Move(Kind.SCHEDULED, "the meeting's day and time")
    assert move_to(S.SCHEDULED, S.MET) == Move(Kind.MET, "the debrief")
    assert move_to(S.IDENTIFIED, S.INTRO_REQUESTED).needs == "who you asked to introduce you"
    assert move_to(S.IDENTIFIED, S.CONTACTED) == Move(Kind.CONTACTED)
    assert move_to(S.IDENTIFIED, S.CONTACTED).one_click
    assert not move_to(S.SCHEDULED, S.MET).one_click
    assert set(ONE_CLICK) | set(NEEDS_FORM) == set(Kind)
    assert not set(ONE_CLICK) & set(NEEDS_FORM)


def test_a_refused_drop_says_why_in_words() -> None:
    assert move_to(S.CONTACTED, S.THANKED).refused == (
        "a card moves to “thanked” only from “met” (a thank-you follows a meeting): "
        "nothing was logged")
    assert move_to(S.MET, S.INTRODUCED).refused == (
        "a card moves to “introduced” only from “identified”, “intro requested”, “declined” "
        "or “no response” (an introduction starts a conversation that is not under way): "
        "nothing was logged")
    assert "back to “identified”" in move_to(S.MET, S.IDENTIFIED).refused
    assert move_to(S.MET, S.MET).refused == "the card is in “met” already"


def test_the_stage_alone_decides_whatever_came_before() -> None:
    """A card's column is all the board knows: a conversation that reached a stage another
    way (written to again after a meeting, introduced after declining) moves the same."""
    other_ways = [
        (Kind.CONTACTED, Kind.SCHEDULED, Kind.MET, Kind.THANKED, Kind.CONTACTED),
        (Kind.CONTACTED, Kind.DECLINED, Kind.INTRODUCED),
        (Kind.INTRO_REQUESTED, Kind.NO_RESPONSE),
        (Kind.CONTACTED, Kind.MET, Kind.CHECKED_IN, Kind.SCHEDULED),
    ]
    for kinds in other_ways:
        stage = fold(facts(kinds)).stage
        for column in Stage:
            move = move_to(stage, column)
            if move.kind is not None:
                assert fold(facts((*kinds, move.kind))).stage == column, (kinds, column)


def test_the_scripts_table_holds_every_drop() -> None:
    table = moves()
    assert set(table) == {s.value for s in Stage}
    assert table["contacted"]["followed up"] == {"event": "followed-up", "needs": ""}
    assert table["contacted"]["scheduled"] == {"event": "scheduled",
                                               "needs": "the meeting's day and time"}
    assert table["contacted"]["thanked"]["refused"].startswith("a card moves to “thanked”")
