"""How agenda items read wherever they are shown (the `today` table, the calendar file,
later the web page): a short label, how the other person relates, the command that
does it."""

from __future__ import annotations

from typing import Any

LABELS = {
    "follow_up": "follow up",
    "second_contact": "second contact",
    "move_on": "move on",
    "nudge_connector": "nudge connector",
    "reply_to_intro": "reply to intro",
    "reconnect": "reconnect",
    "prepare": "prepare",
    "debrief": "debrief",
    "thank_you": "thank-you",
    "reach_out_referral": "reach out",
    "update_referrer": "update referrer",
    "commitment": "promise",
    "check_in": "check in",
    "announce_landing": "announce landing",
}
# Each draft kind as a page names it ("draft NAME intro_request" at the terminal).
DRAFT_LABELS = {
    "intro_request": "Introduction request",
    "outreach": "First message",
    "follow_up": "Follow-up",
    "thank_you": "Thank-you",
    "referral_outreach": "First message, naming who referred you",
    "update_referrer": "Update for the person who referred you",
    "reply_to_intro": "Reply to the introduction",
    "reconnect": "Writing again, as they asked",
    "check_in": "Check-in",
    "landing": "The news of your new job",
}
# Each event as a page names it (the terminal's "log NAME intro-requested"): in a menu,
# and in "Dana Whitfield: introduction requested." once logged.
EVENT_LABELS = {
    "intro-requested": "introduction requested",
    "introduced": "introduced",
    "contacted": "contacted",
    "followed-up": "followed up",
    "replied": "replied",
    "declined": "declined",
    "no-response": "no response",
    "scheduled": "scheduled",
    "prepared": "prepared",
    "met": "met",
    "thanked": "thanked",
    "checked-in": "checked in",
    "postponed": "asked me to write later",
    "updated-referrer": "told the referrer how it went",
    "announced": "told where I landed",
}


def event_label(kind: str) -> str:
    """"intro-requested" -> "introduction requested"."""
    return EVENT_LABELS.get(str(kind), str(kind).replace("-", " "))


# How the other person of an item relates to it: "reach out: Lee Chen (sent by Dana)".
ABOUT = {
    "nudge_connector": "for an introduction to",
    "reply_to_intro": "introduced by",
    "reach_out_referral": "sent by",
    "update_referrer": "about",
    "second_contact": "colleague",
    "move_on": "via",
}
# The command that does each item ({person} and {about} are ids); a promise's own
# command is in its reason.
NEXT = {
    "follow_up": "draft {person} follow_up",
    "second_contact": "draft {about} outreach",
    "move_on": "log {person} no-response",
    "nudge_connector": "draft {about} follow_up",  # the target's conversation: to the connector
    "reply_to_intro": "draft {person} reply_to_intro",
    "reconnect": "draft {person} reconnect",
    "prepare": "prep {person}",
    "debrief": "log {person} met --on WHEN --insight KIND:TEXT ...",
    "thank_you": "draft {person} thank_you",
    "reach_out_referral": "draft {person} referral_outreach",
    "update_referrer": "draft {person} update_referrer",
    "check_in": "draft {person} check_in",
    "announce_landing": "draft {person} landing",
}


def next_command(item: dict[str, Any]) -> str | None:
    """`coffeechat ...` for an agenda item, or None when there is nothing to run."""
    command = NEXT.get(item["kind"])
    if command is None or ("{about}" in command and item["about_id"] is None):
        return None
    return "coffeechat " + command.format(person=item["person_id"], about=item["about_id"])


def draft_of(item: dict[str, Any]) -> tuple[int, str] | None:
    """Whose conversation an agenda item's draft is written in, and its kind (read from
    `NEXT`, so the web page and the CLI name the same draft), or None when it has none."""
    command = NEXT.get(item["kind"], "")
    if not command.startswith("draft "):
        return None
    whose, kind = command.split()[1:3]
    ident = item["about_id"] if whose == "{about}" else item["person_id"]
    return (ident, kind) if ident is not None else None


__all__ = [
    "ABOUT", "DRAFT_LABELS", "EVENT_LABELS", "LABELS", "NEXT", "draft_of", "event_label",
    "next_command",
]
