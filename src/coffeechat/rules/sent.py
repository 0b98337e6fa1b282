"""Which event a message records once it is sent, and on whose conversation: what the
web UI's "mark as sent" logs (the same events `coffeechat log` takes)."""

from __future__ import annotations

from dataclasses import dataclass

from coffeechat.rules.kinds import DraftKind
from coffeechat.rules.timeline import Kind

SENT = {
    DraftKind.INTRO_REQUEST: Kind.INTRO_REQUESTED,
    DraftKind.OUTREACH: Kind.CONTACTED,
    DraftKind.FOLLOW_UP: Kind.FOLLOWED_UP,
    DraftKind.THANK_YOU: Kind.THANKED,
    DraftKind.REFERRAL_OUTREACH: Kind.CONTACTED,
    DraftKind.UPDATE_REFERRER: Kind.UPDATED_REFERRER,
    DraftKind.CHECK_IN: Kind.CHECKED_IN,
    DraftKind.LANDING: Kind.ANNOUNCED,
    # The reply to an introduction is my first message to them: the follow-up clock starts.
    DraftKind.REPLY_TO_INTRO: Kind.CONTACTED,
    # Writing again when they asked for time: a new message, its own follow-up clock.
    DraftKind.RECONNECT: Kind.CONTACTED,
}


@dataclass(frozen=True)
class Sent:
    kind: Kind
    person_id: int  # whose conversation the event lands on
    via_id: int | None = None
    about_id: int | None = None


def sent_event(draft: DraftKind, to_id: int, about_id: int | None) -> Sent:
    """A draft went to `to_id` (about `about_id`, when it names someone else).

    An intro request and its nudge go to the connector but move the conversation with the
    person they are asked to introduce; an update to a referrer is about the referral.
    """
    kind = SENT[draft]
    if draft in (DraftKind.INTRO_REQUEST, DraftKind.FOLLOW_UP) and about_id is not None:
        via = to_id if draft == DraftKind.INTRO_REQUEST else None
        return Sent(kind, about_id, via_id=via)
    if draft == DraftKind.UPDATE_REFERRER:
        return Sent(kind, to_id, about_id=about_id)
    return Sent(kind, to_id)
