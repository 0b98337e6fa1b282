"""The timing of every agenda rule, declared once as data with help text.

The same declarations drive `coffeechat config`, its help and the check that every
setting is documented.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

CALENDAR = "calendar"
BUSINESS_3B7 = "3B7"
SCHEDULES = (CALENDAR, BUSINESS_3B7)


def _setting(default: Any, label: str, help: str) -> Any:
    """A timing: its default, its name on the settings page, what it does."""
    return field(default=default, metadata={"label": label, "help": help})


@dataclass(frozen=True)
class Policy:
    schedule: str = _setting(
        CALENDAR, "How days are counted (calendar or 3B7)",
        "calendar: count calendar days; 3B7: after 3 business days without a reply suggest a "
        "second person at the same organisation, follow up after 7 business days",
    )
    follow_up_days: int = _setting(
        7, "Follow up after (days)",
        "days after contacting someone with no reply: follow up",
    )
    move_on_days: int = _setting(
        7, "Move on after a follow-up (days)",
        "days after a follow-up with no reply: move on",
    )
    nudge_days: int = _setting(
        7, "Nudge a connector after (days)",
        "days after an intro request with no introduction: nudge",
    )
    second_contact_business_days: int = _setting(
        3, "Suggest a second person after (business days)",
        "3B7 only: business days without a reply before suggesting a second person",
    )
    business_follow_up_days: int = _setting(
        7, "Follow up after (business days)",
        "3B7 only: business days before the follow-up",
    )
    act_within_days: int = _setting(
        3, "Overdue after (days)",
        "days to act on a follow-up, move-on, nudge or check-in before it is overdue",
    )
    reply_to_intro_days: int = _setting(
        1, "Reply to an introduction within (days)",
        "days after an introduction to reply to all, thank the introducer, move them to bcc",
    )
    reconnect_days: int = _setting(
        3, "Write again, as they asked, within (days)",
        "days to write again once the date someone postponed to has come",
    )
    prepare_days_before: int = _setting(
        1, "Prepare before a meeting (days)",
        "days before a meeting that preparation appears",
    )
    debrief_days: int = _setting(
        1, "Debrief within (days)",
        "days after a meeting's end to log how it went",
    )
    thank_you_hours: int = _setting(
        24, "Thank-you within (hours)",
        "hours after a meeting to send the thank-you",
    )
    reach_out_days: int = _setting(
        7, "Contact a referral within (days)",
        "days after a debrief to contact each referral",
    )
    update_referrer_days: int = _setting(
        7, "Tell the referrer how it went within (days)",
        "days after meeting someone's referral to tell the referrer how it went",
    )
    my_commitment_days: int = _setting(
        7, "Do what I offered within (days)",
        "days to do what I offered when I gave no due date",
    )
    their_commitment_days: int = _setting(
        7, "Check on what they offered after (days)",
        "days after a meeting to check gently on what they offered to do",
    )
    check_in_days: int = _setting(
        60, "Check in after (days without contact)",
        "days without any interaction before checking in with someone met",
    )
    announce_days: int = _setting(
        7, "Tell everyone where I landed within (days)",
        "days after landing to tell everyone met",
    )
    upcoming_days: int = _setting(
        7, "Coming up on Today (days ahead)",
        "days ahead shown under 'upcoming'",
    )

    def with_overrides(self, overrides: dict[str, Any]) -> Policy:
        return replace(self, **{k: coerce(k, v) for k, v in overrides.items() if k in SETTINGS})


SETTINGS: dict[str, str] = {f.name: f.metadata["help"] for f in fields(Policy)}
LABELS: dict[str, str] = {f.name: f.metadata["label"] for f in fields(Policy)}
DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Policy)}


def check_name(name: str) -> str:
    """A setting's name, or ValueError listing them."""
    if name not in SETTINGS:
        raise ValueError(f"unknown setting {name!r}: choose one of {', '.join(SETTINGS)}")
    return name


def coerce(name: str, value: Any) -> Any:
    """Turn a user's text into the setting's type, or raise ValueError saying what fits.
    A schedule is named in any case ("3b7" is 3B7) and kept as declared."""
    check_name(name)
    if name == "schedule":
        chosen = {s.lower(): s for s in SCHEDULES}.get(str(value).strip().lower())
        if chosen is None:
            raise ValueError(f"schedule must be one of {', '.join(SCHEDULES)}, not {value!r}")
        return chosen
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} takes a whole number from 0 to 3650, not {value!r}") from None
    if number < 0 or number > 3650:
        raise ValueError(f"{name} takes a whole number from 0 to 3650, not {number}")
    return number
