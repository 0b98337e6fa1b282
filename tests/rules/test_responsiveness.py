from __future__ import annotations

from datetime import datetime, timedelta

from coffeechat.rules.responsiveness import Answers, answers, reply_days
from coffeechat.rules.timeline import Kind

T = datetime(2026, 11, 1, 9, 0)
NOW = datetime(2026, 11, 25, 9, 0)


def at(days: float) -> datetime:
    return T + timedelta(days=days)


def test_a_reply_within_three_days_is_quick() -> None:
    assert answers([(Kind.CONTACTED, at(0)), (Kind.REPLIED, at(1))], NOW) == Answers.QUICK


def test_a_reply_after_a_week_is_slow_and_counts_from_the_first_message() -> None:
    events = [(Kind.CONTACTED, at(0)), (Kind.FOLLOWED_UP, at(5)), (Kind.REPLIED, at(7))]
    assert reply_days(events) == ([7.0], None)
    assert answers(events, NOW) == Answers.SLOW


def test_a_meeting_answers_a_message_even_when_no_reply_was_logged() -> None:
    assert answers([(Kind.CONTACTED, at(0)), (Kind.MET, at(2))], NOW) == Answers.QUICK


def test_no_reply_after_two_weeks_or_a_logged_no_response_is_never() -> None:
    assert answers([(Kind.CONTACTED, at(0))], NOW) == Answers.NEVER
    assert answers([(Kind.CONTACTED, at(20))], NOW) == Answers.UNKNOWN
    assert answers([(Kind.CONTACTED, at(20)), (Kind.NO_RESPONSE, at(22))], NOW) == Answers.NEVER


def test_someone_never_written_to_is_unknown() -> None:
    assert answers([], NOW) == Answers.UNKNOWN


def test_the_median_of_several_waits_decides() -> None:
    events = [(Kind.CONTACTED, at(0)), (Kind.REPLIED, at(1)), (Kind.CONTACTED, at(3)),
              (Kind.REPLIED, at(4)), (Kind.CONTACTED, at(5)), (Kind.REPLIED, at(15))]
    assert answers(events, NOW) == Answers.QUICK
