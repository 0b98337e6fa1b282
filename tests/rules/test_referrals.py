"""Who referred whom, in time order, on plain data with fixed dates."""

from __future__ import annotations

from datetime import datetime

from coffeechat.rules.agenda import agenda
from coffeechat.rules.referrals import first_referrer
from coffeechat.rules.timeline import EventFact, Kind
from coffeechat.rules.world import PersonFact, World

NOV = datetime(2026, 11, 2, 10, 0)
ANA, BEN = 1, 2


def test_the_earlier_meeting_refers_whatever_order_they_are_typed_in() -> None:
    earlier, later = (ANA, datetime(2026, 11, 3)), (BEN, datetime(2026, 11, 9))
    assert first_referrer([later, earlier], None) == earlier
    assert first_referrer([earlier, later], None) == earlier


def test_a_mention_after_i_met_them_refers_nobody() -> None:
    met = datetime(2026, 11, 5)
    assert first_referrer([(BEN, datetime(2026, 11, 9))], met) is None
    assert first_referrer([(BEN, datetime(2026, 11, 9)), (ANA, datetime(2026, 11, 3))], met) == (
        ANA, datetime(2026, 11, 3)
    )


def _kinds(w: World, at: datetime) -> list[tuple[str, int]]:
    return [(a.kind.value, a.person_id) for a in agenda(w, at).items]


def test_a_referral_reopens_a_conversation_that_had_closed() -> None:
    cold = (EventFact(Kind.CONTACTED, NOV), EventFact(Kind.NO_RESPONSE, datetime(2026, 11, 20)))
    referred = datetime(2026, 11, 25, 10, 0)
    w = World({
        3: PersonFact(3, "Lee Chen", "", cold, ANA, referred),
        ANA: PersonFact(ANA, "Ana Ruiz"),
    })
    assert _kinds(w, datetime(2026, 11, 24)) == []
    reach = [a for a in agenda(w, referred).items if a.kind.value == "reach_out_referral"]
    assert [(a.person_id, a.about_id) for a in reach] == [(3, ANA)]
    assert "Ana Ruiz suggested you talk with Lee Chen" in reach[0].reason
    declined = (EventFact(Kind.CONTACTED, NOV), EventFact(Kind.DECLINED, datetime(2026, 11, 20)))
    w = World({3: PersonFact(3, "Lee Chen", "", declined, ANA, referred),
               ANA: PersonFact(ANA, "Ana Ruiz")})
    assert ("reach_out_referral", 3) in _kinds(w, referred)
    # Written to again: the reach-out is done, the usual clock runs.
    again = (*cold, EventFact(Kind.CONTACTED, datetime(2026, 11, 26)))
    w = World({3: PersonFact(3, "Lee Chen", "", again, ANA, referred),
               ANA: PersonFact(ANA, "Ana Ruiz")})
    assert _kinds(w, datetime(2026, 11, 27)) == []
    assert _kinds(w, datetime(2026, 12, 3)) == [("follow_up", 3)]


def test_a_referral_closed_after_the_mention_stays_closed() -> None:
    events = (EventFact(Kind.CONTACTED, NOV), EventFact(Kind.NO_RESPONSE, datetime(2026, 11, 20)))
    w = World({3: PersonFact(3, "Lee Chen", "", events, ANA, datetime(2026, 11, 1)),
               ANA: PersonFact(ANA, "Ana Ruiz")})
    assert _kinds(w, datetime(2026, 11, 21)) == []
