"""The agenda rules, on plain data with fixed dates: what fires when, what is overdue."""

from __future__ import annotations

from datetime import datetime, timedelta

from coffeechat.rules.agenda import agenda
from coffeechat.rules.dates import end_of
from coffeechat.rules.policy import BUSINESS_3B7, Policy
from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import CommitmentFact, PersonFact, World

NOV = datetime(2026, 11, 2, 10, 0)  # a Monday


def at(days: float, hours: float = 0) -> datetime:
    return NOV + timedelta(days=days, hours=hours)


def ev(kind: Kind, when: datetime, **extra: object) -> EventFact:
    return EventFact(kind, when, **extra)  # type: ignore[arg-type]


def world(*people: PersonFact, **kw: object) -> World:
    return World({p.id: p for p in people}, **kw)  # type: ignore[arg-type]


def dana(*events: EventFact, **kw: object) -> PersonFact:
    return PersonFact(1, "Dana", "Verdant Grid", tuple(events), **kw)  # type: ignore[arg-type]


def kinds(w: World, when: datetime, policy: Policy | None = None) -> list[str]:
    return [a.kind.value for a in agenda(w, when, policy).items]


def only(w: World, when: datetime, kind: str) -> object:
    found = [a for a in agenda(w, when).items if a.kind.value == kind]
    assert len(found) == 1, found
    return found[0]


# follow_up ---------------------------------------------------------------------------


def test_it_asks_for_a_follow_up_exactly_seven_days_after_contact():
    w = world(dana(ev(Kind.CONTACTED, NOV)))
    assert kinds(w, at(7) - timedelta(minutes=1)) == []
    assert kinds(w, at(7)) == ["follow_up"]


def test_it_gives_the_follow_up_a_deadline_after_it_fires():
    w = world(dana(ev(Kind.CONTACTED, NOV)))
    action = agenda(w, at(7)).items[0]
    assert action.due == at(10)
    assert not action.overdue(at(7))
    assert action.overdue(at(10, 1))


def test_it_drops_the_follow_up_when_they_reply():
    w = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.REPLIED, at(3))))
    assert kinds(w, at(30)) == []


def test_an_introduction_asks_for_a_reply_not_a_follow_up():
    w = world(dana(ev(Kind.INTRODUCED, NOV)))
    assert kinds(w, NOV) == ["reply_to_intro"]
    assert kinds(w, at(7)) == ["reply_to_intro"]  # overdue, never a follow-up
    assert only(w, at(7), "reply_to_intro").due == at(1)  # type: ignore[attr-defined]


def test_the_follow_up_clock_starts_when_i_reply_to_the_introduction():
    w = world(dana(ev(Kind.INTRODUCED, NOV), ev(Kind.CONTACTED, at(2))))
    assert kinds(w, at(2)) == []
    assert kinds(w, at(9) - timedelta(minutes=1)) == []
    assert kinds(w, at(9)) == ["follow_up"]


def test_it_lists_a_follow_up_that_fires_soon_as_upcoming():
    result = agenda(world(dana(ev(Kind.CONTACTED, NOV))), at(2))
    assert result.items == ()
    assert [a.kind.value for a in result.upcoming] == ["follow_up"]


# move_on ------------------------------------------------------------------------------


def test_it_says_move_on_seven_days_after_an_unanswered_follow_up():
    w = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.FOLLOWED_UP, at(7))))
    assert kinds(w, at(14) - timedelta(minutes=1)) == []
    assert kinds(w, at(14)) == ["move_on"]


def test_it_stops_move_on_when_a_reply_comes_after_the_follow_up():
    w = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.FOLLOWED_UP, at(7)), ev(Kind.REPLIED, at(9))))
    assert kinds(w, at(20)) == []


def test_it_stops_once_you_have_moved_on():
    w = world(
        dana(ev(Kind.CONTACTED, NOV), ev(Kind.FOLLOWED_UP, at(7)), ev(Kind.NO_RESPONSE, at(15)))
    )
    assert kinds(w, at(20)) == []


def test_it_says_nothing_more_to_someone_who_declined():
    w = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.DECLINED, at(1))))
    assert kinds(w, at(30)) == []


# nudge_connector -----------------------------------------------------------------------


def test_it_nudges_the_connector_seven_days_after_an_intro_request():
    sam = PersonFact(2, "Sam")
    w = world(dana(ev(Kind.INTRO_REQUESTED, NOV, other_id=2)), sam)
    assert kinds(w, at(7) - timedelta(minutes=1)) == []
    nudge = only(w, at(7), "nudge_connector")
    assert (nudge.person_id, nudge.about_id) == (2, 1)  # type: ignore[attr-defined]


def test_it_stops_nudging_once_the_introduction_happens():
    w = world(
        dana(ev(Kind.INTRO_REQUESTED, NOV, other_id=2), ev(Kind.INTRODUCED, at(3))),
        PersonFact(2, "Sam Ortiz"),
    )
    assert kinds(w, at(8)) == ["reply_to_intro"]
    reply = only(w, at(3), "reply_to_intro")
    assert reply.about_id == 2 and reply.due == at(4)  # type: ignore[attr-defined]
    assert reply.reason.startswith(  # type: ignore[attr-defined]
        "Sam Ortiz introduced you to Dana on"
    )
    assert "reply to all, thank Sam, move them to bcc" in reply.reason  # type: ignore[attr-defined]


def test_it_says_move_on_after_a_nudge_that_produced_nothing():
    w = world(
        dana(ev(Kind.INTRO_REQUESTED, NOV, other_id=2), ev(Kind.FOLLOWED_UP, at(7))),
        PersonFact(2, "Sam"),
    )
    assert kinds(w, at(13)) == []
    assert kinds(w, at(14)) == ["move_on"]


# prepare and debrief ------------------------------------------------------------------


def scheduled(meeting: datetime, minutes: int = 20) -> PersonFact:
    return dana(
        ev(Kind.CONTACTED, NOV), ev(Kind.SCHEDULED, at(1), meeting_at=meeting, minutes=minutes)
    )


def test_it_asks_you_to_prepare_from_the_day_before_the_meeting():
    w = world(scheduled(datetime(2026, 11, 12, 15, 0)))
    assert kinds(w, end_of(datetime(2026, 11, 10).date())) == []
    prepare = only(w, datetime(2026, 11, 11, 0, 0), "prepare")
    assert prepare.due == datetime(2026, 11, 12, 15, 0)  # type: ignore[attr-defined]


def test_it_drops_preparation_once_logged():
    person = scheduled(datetime(2026, 11, 12, 15, 0))
    w = world(PersonFact(1, "Dana", "", person.events + (ev(Kind.PREPARED, at(9)),)))
    assert kinds(w, datetime(2026, 11, 11, 12, 0)) == []


def test_it_asks_for_a_debrief_once_the_meeting_has_ended_with_nothing_logged():
    w = world(scheduled(datetime(2026, 11, 12, 15, 0), minutes=20))
    assert kinds(w, datetime(2026, 11, 12, 14, 59)) == ["prepare"]
    assert kinds(w, datetime(2026, 11, 12, 15, 19)) == []  # in the meeting
    assert kinds(w, datetime(2026, 11, 12, 15, 20)) == ["debrief"]


def test_a_meeting_scheduled_after_it_was_logged_as_held_asks_nothing():
    # The user logged the meeting, then recorded (today) when it had been agreed for.
    w = world(
        dana(
            ev(Kind.MET, at(8)),
            ev(Kind.THANKED, at(8, 5)),
            ev(Kind.SCHEDULED, at(10), meeting_at=at(8), minutes=20),
        )
    )
    assert kinds(w, at(11)) == []
    from coffeechat.rules.timeline import Stage, fold

    assert fold(w.people[1].events).stage == Stage.THANKED


def test_a_second_meeting_scheduled_after_the_first_asks_to_prepare():
    w = world(dana(ev(Kind.MET, at(1)), ev(Kind.THANKED, at(1, 5)),
                   ev(Kind.SCHEDULED, at(3), meeting_at=at(10), minutes=20)))
    assert kinds(w, at(9)) == ["prepare"]


def test_it_does_not_ask_for_a_debrief_once_the_meeting_is_logged():
    person = scheduled(datetime(2026, 11, 12, 15, 0))
    w = world(
        PersonFact(1, "Dana", "", person.events + (ev(Kind.MET, datetime(2026, 11, 12, 15, 0)),))
    )
    assert "debrief" not in kinds(w, at(12))


# thank_you -----------------------------------------------------------------------------


def met(when: datetime, *more: EventFact) -> PersonFact:
    return dana(ev(Kind.CONTACTED, when - timedelta(days=5)), ev(Kind.MET, when), *more)


def test_it_asks_for_a_thank_you_as_soon_as_the_meeting_is_logged():
    thanks = only(world(met(at(5))), at(5), "thank_you")
    assert thanks.due == at(6)  # type: ignore[attr-defined]


def test_it_is_not_overdue_at_exactly_24_hours_but_is_a_minute_later():
    w = world(met(at(5)))
    assert not only(w, at(6), "thank_you").overdue(at(6))  # type: ignore[attr-defined]
    assert only(w, at(6, 1 / 60), "thank_you").overdue(at(6, 1 / 60))  # type: ignore[attr-defined]


def test_it_drops_the_thank_you_logged_before_the_24_hours_end():
    w = world(met(at(5), ev(Kind.THANKED, at(5, 3))))
    assert "thank_you" not in kinds(w, at(5, 4))


def test_it_keeps_a_late_thank_you_overdue_until_it_is_logged():
    w = world(met(at(5)))
    assert [a.overdue(at(20)) for a in agenda(w, at(20)).items] == [True]


def test_it_reads_the_agenda_as_it_stood_on_an_earlier_date():
    w = world(met(at(5), ev(Kind.THANKED, at(7))))
    assert kinds(w, at(6)) == ["thank_you"]
    assert kinds(w, at(8)) == []


# referrals ----------------------------------------------------------------------------


def test_it_asks_you_to_reach_out_to_each_referral_at_the_debrief():
    lee = PersonFact(2, "Lee", referred_by_id=1, referred_at=at(5))
    w = world(met(at(5), ev(Kind.THANKED, at(5, 2))), lee)
    reach = only(w, at(5, 3), "reach_out_referral")
    assert (reach.person_id, reach.about_id) == (2, 1)  # type: ignore[attr-defined]


def test_it_skips_a_referral_who_was_already_contacted():
    lee = PersonFact(
        2, "Lee", events=(ev(Kind.CONTACTED, at(1)),), referred_by_id=1, referred_at=at(5)
    )
    w = world(met(at(5), ev(Kind.THANKED, at(5, 2))), lee)
    assert "reach_out_referral" not in kinds(w, at(6))


def test_it_asks_you_to_tell_the_referrer_after_meeting_their_referral():
    lee = PersonFact(
        2,
        "Lee",
        events=(ev(Kind.CONTACTED, at(6)), ev(Kind.MET, at(10)), ev(Kind.THANKED, at(10, 1))),
        referred_by_id=1,
        referred_at=at(5),
    )
    w = world(met(at(5), ev(Kind.THANKED, at(5, 2))), lee)
    update = only(w, at(10, 2), "update_referrer")
    assert (update.person_id, update.about_id) == (1, 2)  # type: ignore[attr-defined]


def test_it_drops_the_referrer_update_once_logged():
    lee = PersonFact(
        2,
        "Lee",
        events=(ev(Kind.CONTACTED, at(6)), ev(Kind.MET, at(10))),
        referred_by_id=1,
        referred_at=at(5),
    )
    dana_told = met(
        at(5), ev(Kind.THANKED, at(5, 2)), ev(Kind.UPDATED_REFERRER, at(11), other_id=2)
    )
    assert "update_referrer" not in kinds(world(dana_told, lee), at(12))


# commitments ---------------------------------------------------------------------------


def test_it_reminds_me_of_my_promise_by_its_due_date():
    promise = CommitmentFact(7, 1, True, "send the article", at(5), due=at(8))
    w = world(met(at(5), ev(Kind.THANKED, at(5, 1))), commitments=(promise,))
    action = only(w, at(5, 2), "commitment")
    assert action.due == at(8)  # type: ignore[attr-defined]
    assert action.commitment_id == 7  # type: ignore[attr-defined]


def test_it_checks_gently_on_their_promise_after_a_week():
    promise = CommitmentFact(8, 1, False, "introduce me to Lee", at(5))
    w = world(met(at(5), ev(Kind.THANKED, at(5, 1))), commitments=(promise,))
    assert "commitment" not in kinds(w, at(11))
    assert "commitment" in kinds(w, at(12))


def test_it_forgets_a_promise_once_kept():
    promise = CommitmentFact(7, 1, True, "send the article", at(5), done_at=at(6))
    w = world(met(at(5), ev(Kind.THANKED, at(5, 1))), commitments=(promise,))
    assert "commitment" not in kinds(w, at(7))


# check_in -------------------------------------------------------------------------------


def thanked() -> PersonFact:
    return met(at(0), ev(Kind.THANKED, at(0, 2)))


def test_it_suggests_a_check_in_after_sixty_quiet_days():
    w = world(thanked())
    assert "check_in" not in kinds(w, at(60))
    assert "check_in" in kinds(w, at(60, 3))


def test_it_resets_the_check_in_clock_with_any_interaction():
    w = world(PersonFact(1, "Dana", "", thanked().events + (ev(Kind.REPLIED, at(50)),)))
    assert "check_in" not in kinds(w, at(100))
    assert "check_in" in kinds(w, at(110))


def test_it_honours_a_person_check_in_interval():
    person = thanked()
    w = world(PersonFact(1, "Dana", "", person.events, check_in_days=14))
    assert "check_in" in kinds(w, at(15))


def test_it_counts_an_intro_request_through_someone_as_an_interaction_with_them():
    connector = PersonFact(2, "Sam", "", thanked().events)
    target = PersonFact(3, "Kim", "", (ev(Kind.INTRO_REQUESTED, at(55), other_id=2),))
    assert not [
        a for a in agenda(world(connector, target), at(61)).items if a.kind.value == "check_in"
    ]


# landing ------------------------------------------------------------------------------


def test_it_asks_to_announce_the_landing_to_everyone_met():
    never_met = PersonFact(2, "Lee", events=(ev(Kind.CONTACTED, at(2)),))
    w = world(thanked(), never_met, landed_at=at(30))
    announce = [a.person_id for a in agenda(w, at(30)).items if a.kind == "announce_landing"]
    assert announce == [1]


def test_it_drops_the_announcement_once_sent_and_stops_chasing_replies():
    lee = PersonFact(2, "Lee", events=(ev(Kind.CONTACTED, at(25)),))
    told = PersonFact(1, "Dana", "", thanked().events + (ev(Kind.ANNOUNCED, at(31)),))
    assert kinds(world(told, lee, landed_at=at(30)), at(40)) == []


# 3B7 -------------------------------------------------------------------------------------


def test_it_follows_up_after_seven_business_days_under_3b7():
    w = world(dana(ev(Kind.CONTACTED, NOV)), PersonFact(2, "Kim", "Verdant Grid"))
    policy = Policy(schedule=BUSINESS_3B7)
    assert "follow_up" not in kinds(w, at(8), policy)  # Tuesday of the next week
    assert "follow_up" in kinds(w, at(9), policy)  # 7 business days later, Wednesday


def test_it_suggests_a_second_person_at_the_organisation_after_three_business_days():
    w = world(dana(ev(Kind.CONTACTED, NOV)), PersonFact(2, "Kim", "Verdant Grid"))
    items = agenda(w, at(3), Policy(schedule=BUSINESS_3B7)).items
    assert [(a.kind.value, a.about_id) for a in items] == [("second_contact", 2)]


def test_a_second_contact_is_done_once_someone_else_there_is_approached():
    policy = Policy(schedule=BUSINESS_3B7)
    kim_contacted = PersonFact(2, "Kim", "Verdant Grid", (ev(Kind.CONTACTED, at(4)),))
    w = world(dana(ev(Kind.CONTACTED, NOV)), kim_contacted)
    assert "second_contact" not in kinds(w, at(5), policy)
    kim_declined = kim_contacted._replace(events=(*kim_contacted.events, ev(Kind.DECLINED, at(5))))
    w = world(dana(ev(Kind.CONTACTED, NOV)), kim_declined)
    assert "second_contact" not in kinds(w, at(12), policy)


def test_the_second_person_is_not_asked_for_a_third_when_the_first_is_waiting():
    policy = Policy(schedule=BUSINESS_3B7)
    kim = PersonFact(2, "Kim", "Verdant Grid", (ev(Kind.CONTACTED, at(4)),))
    found = agenda(world(dana(ev(Kind.CONTACTED, NOV)), kim), at(9), policy).items
    assert [(a.kind.value, a.person_id) for a in found if a.kind == "second_contact"] == []


def test_with_nobody_else_known_there_it_suggests_finding_someone():
    items = agenda(world(dana(ev(Kind.CONTACTED, NOV))), at(3), Policy(schedule=BUSINESS_3B7)).items
    assert [(a.kind.value, a.about_id) for a in items] == [("second_contact", None)]
    assert "someone else at Verdant Grid" in items[0].reason


def test_a_follow_up_after_a_reply_that_goes_unanswered_says_move_on():
    w = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.REPLIED, at(2)), ev(Kind.FOLLOWED_UP, at(6))))
    assert kinds(w, at(13) - timedelta(minutes=1)) == []
    assert kinds(w, at(13)) == ["move_on"]
    replied_again = w.people[1]._replace(events=(*w.people[1].events, ev(Kind.REPLIED, at(8))))
    assert kinds(world(replied_again), at(20)) == []


def test_it_changes_timings_from_the_policy():
    w = world(dana(ev(Kind.CONTACTED, NOV)))
    assert kinds(w, at(5), Policy(follow_up_days=5)) == ["follow_up"]


# introductions: the introducer is a referrer --------------------------------------


def _introduced(*later: EventFact, landed: datetime | None = None) -> World:
    """Sam (2, never met) introduced me to Dana (1) on day 3, after my request."""
    return world(
        dana(ev(Kind.INTRO_REQUESTED, NOV, other_id=2), ev(Kind.INTRODUCED, at(3)), *later),
        PersonFact(2, "Sam Ortiz"),
        landed_at=landed,
    )


def test_after_meeting_the_person_introduced_the_introducer_hears_how_it_went():
    w = _introduced(ev(Kind.CONTACTED, at(3, 2)), ev(Kind.MET, at(10)))
    update = only(w, at(10), "update_referrer")
    assert update.person_id == 2 and update.about_id == 1  # type: ignore[attr-defined]
    assert "whom Sam Ortiz introduced you to" in update.reason  # type: ignore[attr-defined]
    told = _introduced(
        ev(Kind.CONTACTED, at(3, 2)), ev(Kind.MET, at(10)), landed=None
    )
    sam = told.people[2]._replace(events=(ev(Kind.UPDATED_REFERRER, at(11), other_id=1),))
    told = world(told.people[1], sam)
    assert "update_referrer" not in kinds(told, at(12))


def test_an_introduction_named_on_the_event_needs_no_request():
    w = world(dana(ev(Kind.INTRODUCED, NOV, other_id=2), ev(Kind.MET, at(5))),
              PersonFact(2, "Sam Ortiz"))
    assert only(w, at(5), "update_referrer").person_id == 2  # type: ignore[attr-defined]


def test_the_thank_you_after_an_introduction_says_to_thank_the_introducer_too():
    w = _introduced(ev(Kind.CONTACTED, at(3, 2)), ev(Kind.MET, at(10)))
    thanks = only(w, at(10), "thank_you")
    update = only(w, at(10), "update_referrer")
    assert thanks.person_id == 1 and thanks.about_id is None  # type: ignore[attr-defined]
    assert thanks.reason.endswith(  # type: ignore[attr-defined]
        "naming what they agreed to do. Sam Ortiz introduced you: thank Sam for it too."
    )
    assert thanks.told.endswith(  # type: ignore[attr-defined]
        'thank Sam for it too (coffeechat draft "Sam Ortiz" update_referrer --about Dana).'
    )
    assert update.fires == thanks.fires == at(10)  # type: ignore[attr-defined]
    assert update.reason.endswith(  # type: ignore[attr-defined]
        "tell Sam Ortiz how it went and thank them for the introduction."
    )


def test_the_thank_you_names_the_referrer_only_while_they_are_owed_thanks():
    def lee(*events: EventFact, referred_on: float = 5) -> PersonFact:
        return PersonFact(2, "Lee Chen", events=events, referred_by_id=1,
                          referred_at=at(referred_on))

    dana_met = met(at(5), ev(Kind.THANKED, at(5, 2)))
    meeting = (ev(Kind.CONTACTED, at(6)), ev(Kind.MET, at(10)))
    thanks = only(world(dana_met, lee(*meeting)), at(10, 1), "thank_you")
    assert "Dana suggested you talk: thank Dana for it too" in thanks.reason  # type: ignore[attr-defined]
    update = only(world(dana_met, lee(*meeting)), at(10, 1), "update_referrer")
    assert update.reason.endswith("thank them for the suggestion.")  # type: ignore[attr-defined]
    # Dana already told how it went: the thank-you is Lee's alone.
    told = met(at(5), ev(Kind.THANKED, at(5, 2)), ev(Kind.UPDATED_REFERRER, at(10, 1)))
    thanks = only(world(told, lee(*meeting)), at(10, 2), "thank_you")
    assert "Dana" not in thanks.reason  # type: ignore[attr-defined]
    # Named only after I had met Lee: Dana made nothing happen.
    late = lee(*meeting, referred_on=11)
    thanks = only(world(dana_met, late), at(11, 1), "thank_you")
    assert "Dana" not in thanks.reason  # type: ignore[attr-defined]


def test_the_introducer_hears_of_the_landing_though_never_met():
    w = _introduced(ev(Kind.CONTACTED, at(3, 2)), ev(Kind.MET, at(10)), landed=at(30))
    landing = [a for a in agenda(w, at(30)).items if a.kind.value == "announce_landing"]
    assert sorted(a.person_id for a in landing) == [1, 2]
    never_met = _introduced(landed=at(30))  # Dana never met: Sam's part led nowhere yet
    assert "announce_landing" not in kinds(never_met, at(30))


# time the user asked for --------------------------------------------------------------


def test_a_postponement_silences_the_chase_until_the_day_they_named():
    until = at(30)
    w = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.POSTPONED, at(2), until=until)))
    assert kinds(w, at(7)) == [] and kinds(w, at(29)) == []  # no follow-up, no move-on
    reconnect = only(w, until, "reconnect")
    assert reconnect.due == at(33)  # type: ignore[attr-defined]
    assert kinds(w, at(40)) == ["reconnect"]
    again = world(dana(ev(Kind.CONTACTED, NOV), ev(Kind.POSTPONED, at(2), until=until),
                       ev(Kind.CONTACTED, at(31))))
    assert kinds(again, at(31)) == [] and kinds(again, at(38)) == ["follow_up"]


def test_a_postponed_introduction_request_is_not_nudged():
    w = world(
        dana(ev(Kind.INTRO_REQUESTED, NOV, other_id=2), ev(Kind.POSTPONED, at(1), until=at(20))),
        PersonFact(2, "Sam"),
    )
    assert kinds(w, at(10)) == [] and kinds(w, at(20)) == ["reconnect"]


def _met_sofia(*later: EventFact, commitments: tuple[CommitmentFact, ...] = (),
               landed: datetime | None = None) -> World:
    return world(
        PersonFact(1, "Sofia", "", (ev(Kind.MET, NOV), ev(Kind.THANKED, at(0, 3)), *later)),
        PersonFact(2, "Lee", "", (), 1, NOV),
        commitments=commitments,
        landed_at=landed,
    )


def test_the_check_in_clock_counts_every_interaction():
    assert "check_in" in kinds(_met_sofia(), at(61))
    kept = CommitmentFact(1, 1, True, "send the survey", NOV, done_at=at(20))
    assert "check_in" not in kinds(_met_sofia(commitments=(kept,)), at(61))
    assert "check_in" in kinds(_met_sofia(commitments=(kept,)), at(80))
    for later in (ev(Kind.REPLIED, at(30)), ev(Kind.CONTACTED, at(30)),
                  ev(Kind.UPDATED_REFERRER, at(30), other_id=2)):
        assert "check_in" not in kinds(_met_sofia(later), at(61)), later
        assert "check_in" in kinds(_met_sofia(later), at(90)), later


def test_after_landing_their_job_promises_stop_and_mine_stay():
    theirs = CommitmentFact(1, 1, False, "flag me for the opening on her team", NOV)
    advice = CommitmentFact(2, 1, False, "send me the PDX Data Week schedule", NOV)
    mine = CommitmentFact(3, 1, True, "send the job-board list I keep", NOV)
    w = _met_sofia(commitments=(theirs, advice, mine), landed=at(20))
    open_ = [a.commitment_id for a in agenda(w, at(21)).items if a.kind.value == "commitment"]
    assert open_ == [3, 2] or sorted(open_) == [2, 3]
    before = _met_sofia(commitments=(theirs,), landed=None)
    assert "commitment" in kinds(before, at(10))


def test_check_ins_wait_for_the_landing_news():
    w = _met_sofia(landed=at(65))
    assert "check_in" in kinds(w, at(64))
    assert kinds(w, at(66)) == ["announce_landing"]
    told = world(w.people[1]._replace(events=(*w.people[1].events, ev(Kind.ANNOUNCED, at(66)))),
                 landed_at=at(65))
    assert kinds(told, at(67)) == []
    assert kinds(told, at(127)) == ["check_in"]
