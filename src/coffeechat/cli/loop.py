"""Commands that move the loop: the goal, events, the debrief, promises kept, landing."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Annotated

import typer

from coffeechat import clock
from coffeechat.cli.base import JSON, LOOP, SETUP, db_command, owner, person
from coffeechat.cli.output import done, print_json
from coffeechat.cli.when import (
    deadline,
    event_moment,
    is_day,
    landing_moment,
    meeting,
    moment,
)
from coffeechat.cli.when import until as until_moment
from coffeechat.errors import UserError
from coffeechat.rules.kinds import INSIGHT_WORDS
from coffeechat.rules.wording import count, shell_word

if TYPE_CHECKING:
    from coffeechat.people.models import Person

ON = Annotated[
    str | None,
    typer.Option("--on", help="When it happened: YYYY-MM-DD or YYYY-MM-DD HH:MM (default: now)."),
]
EVENTS = (
    "intro-requested, introduced, contacted, followed-up, replied, declined, no-response, "
    "scheduled, prepared, met, thanked, checked-in, postponed (--until), updated-referrer, "
    "announced"
)


@db_command(
    rich_help_panel=SETUP,
    examples=[
        'coffeechat goal "I\'m exploring product marketing roles at climate-tech firms in Oregon"',
        "coffeechat goal",
    ],
)
def goal(
    text: Annotated[
        str | None, typer.Argument(help="One sentence: what you are exploring.")
    ] = None,
    as_json: JSON = False,
) -> None:
    """Show or set your goal statement: one sentence that drafts and prep sheets quote."""
    from coffeechat.accounts.services import profile_for, set_goal

    if text is None:
        current = profile_for(owner()).goal
        if as_json:
            print_json({"goal": current})
        else:
            typer.echo(current or 'No goal yet: coffeechat goal "I\'m exploring ..."')
        return
    from coffeechat.rules.goal import goal_findings

    saved = set_goal(owner=owner(), text=text).goal
    done("Goal saved.")
    for finding in goal_findings(saved):
        typer.echo(
            f"Note: drafts quote your goal word for word, and it reads as {finding.code}: "
            f"{finding.message} For example: coffeechat goal \"I'm exploring ...\"",
            err=True,
        )


@db_command(
    rich_help_panel=LOOP,
    examples=[
        'coffeechat log "Dana Whitfield" contacted --on 2026-11-02',
        'coffeechat log "Dana Whitfield" intro-requested --via "Sam Ortiz"',
        'coffeechat log "Dana Whitfield" introduced --on 2026-11-10',
        'coffeechat log "Dana Whitfield" postponed --until 2026-12-01 '
        '--note "Swamped until December, write again then"',
        'coffeechat log "Dana Whitfield" scheduled --at "2026-11-18 15:00" --minutes 20 '
        '--where "video call"',
        'coffeechat log "Dana Whitfield" met --on "2026-11-18 15:00" --referral "Lee Chen" '
        '--they-will "introduce me to her team lead" --i-will "send the rebate article" '
        '--due 2026-11-21 --insight skill:SQL --insight "tip:ask about the data team"',
    ],
)
def log(
    name: Annotated[str, typer.Argument(help="Id or unique name.")],
    event: Annotated[str, typer.Argument(help=f"One of: {EVENTS}.", show_default=False)],
    on: ON = None,
    via: Annotated[
        str | None,
        typer.Option(help="intro-requested: the connector; introduced: who introduced you "
                     "(default: the connector you asked)."),
    ] = None,
    at: Annotated[
        str | None, typer.Option(help="scheduled: when you meet, YYYY-MM-DD HH:MM.")
    ] = None,
    minutes: Annotated[
        int | None, typer.Option(help="scheduled: agreed minutes, 5 to 240 (ask for 10 to 30).")
    ] = None,
    where: Annotated[str, typer.Option(help="scheduled: place, phone or video link.")] = "",
    about: Annotated[
        str | None, typer.Option(help="updated-referrer: the referral you met.")
    ] = None,
    referral: Annotated[
        list[str] | None, typer.Option(help="met: someone they suggested (repeatable).")
    ] = None,
    they_will: Annotated[
        list[str] | None, typer.Option(help="met: what they agreed to do (repeatable).")
    ] = None,
    i_will: Annotated[
        list[str] | None, typer.Option(help="met: what you offered to do (repeatable).")
    ] = None,
    due: Annotated[
        list[str] | None,
        typer.Option(help="met: when the --i-will in the same position is due: YYYY-MM-DD "
                     "(by the end of that day) or YYYY-MM-DD HH:MM."),
    ] = None,
    insight: Annotated[
        list[str] | None,
        typer.Option(help=f"met: KIND:TEXT, e.g. skill:SQL (repeatable); KIND is one of "
                     f"{INSIGHT_WORDS}."),
    ] = None,
    note: Annotated[
        str,
        typer.Option(help="A note on the timeline: for contacted, what you sent (the follow-up "
                     "quotes it); for postponed, their words (the reconnect draft quotes them)."),
    ] = "",
    until: Annotated[
        str | None,
        typer.Option(help="postponed: the day they asked you to write again, YYYY-MM-DD."),
    ] = None,
    duplicate: Annotated[
        bool,
        typer.Option(
            "--duplicate",
            help="--referral/--via: add someone new even if the name is close to someone's here.",
        ),
    ] = False,
) -> None:
    """Record what happened with someone; every event lands on their timeline."""
    from coffeechat.pipeline.services import event_kind, log_event
    from coffeechat.rules.timeline import Kind

    kind = event_kind(event)
    who = person(name)
    debrief = (referral, they_will, i_will, due, insight)
    if kind == Kind.MET:
        _met(who, on, debrief, note, duplicate)
        return
    if any(debrief):
        raise UserError("--referral, --they-will, --i-will, --due and --insight go with met only")
    from django.db import transaction

    meeting_at = meeting(at)
    with transaction.atomic():  # a connector added for --via goes if the event is refused
        connector, added = _connector(via, duplicate) if via else (None, False)
        when = event_moment(on, who, kind, [connector] if connector else [])
        log_event(
            owner=owner(),
            person=who,
            kind=kind,
            at=when,
            via=connector,
            about=person(about) if about else None,
            meeting_at=meeting_at,
            minutes=minutes,
            where=where,
            note=note,
            until=until_moment(until),
        )
    if connector is not None and added:
        done(f"Added {connector.name} (id {connector.id}), the connector.")
    done(f"{who.name}: {kind.value}.")
    _if_unlikely(when, who)


# Before this year an event is almost surely a typo (1926 for 2026): a job search that
# old is not being entered into coffeechat.
LIKELY_SINCE = 1990


def _if_unlikely(at: datetime, who: Person) -> None:
    """Events are logged when they have happened: a date ahead, or decades back, is most
    likely a typo. It is recorded (the user may mean it), with how to take it back."""
    if at > clock.now() + timedelta(minutes=5):
        why = "is in the future"
    elif at.year < LIKELY_SINCE:
        why = f"is before {LIKELY_SINCE}"
    else:
        return
    typer.echo(
        f"Note: {at:%Y-%m-%d %H:%M} {why}, most likely a typo. It is recorded, and the agenda "
        f"counts the event from then; if it was a typo, coffeechat unlog {shell_word(who.name)} "
        "takes it back.",
        err=True,
    )



def _connector(via: str, duplicate: bool) -> tuple[Person, bool]:
    """`--via`: someone here (the same name ignoring case, accents and spacing), else
    someone new; a near miss of a name here is refused."""
    from coffeechat.people.models import Source
    from coffeechat.people.services import person_or_new

    return person_or_new(
        owner=owner(),
        ref=via,
        now=moment(None),
        source=Source.OTHER,
        option="--via",
        allow_duplicate=duplicate,
    )


def _met(
    who: Person,
    on: str | None,
    debrief: tuple[list[str] | None, ...],
    note: str,
    duplicate: bool = False,
) -> None:
    from coffeechat.accounts.services import policy_for
    from coffeechat.pipeline.services import Promise, meeting_time, record_meeting
    from coffeechat.rules.timeline import Kind

    referrals, they_will, i_will, dues, insights = (list(x or []) for x in debrief)
    if len(dues) > len(i_will):
        raise UserError("each --due belongs to an --i-will: give the --i-will before its --due")
    promises = [
        Promise(text, deadline(dues[i]) if i < len(dues) else None) for i, text in enumerate(i_will)
    ]
    if note:
        raise UserError("--note does not go with met: use --insight KIND:TEXT")
    at = event_moment(on, who, Kind.MET) if on else meeting_time(who, moment(None))
    meeting = record_meeting(
        owner=owner(),
        person=who,
        at=at,
        referrals=referrals,
        they_will=they_will,
        i_will=promises,
        insights=insights,
        allow_duplicate=duplicate,
    )
    parts = [f"met on {at:%Y-%m-%d %H:%M}"]
    if meeting.referrals:
        parts.append("referrals: " + ", ".join(p.name for p in meeting.referrals))
    if meeting.commitments:
        parts.append(count(len(meeting.commitments), "promise"))
    if meeting.insights:
        parts.append(count(len(meeting.insights), "insight"))
    from coffeechat.writing.drafts import thank_too
    from coffeechat.writing.record import record_of

    hours = policy_for(owner()).thank_you_hours
    done(f"{who.name}: " + "; ".join(parts) + f". Thank them within {count(hours, 'hour')}"
         + thank_too(record_of(who), terminal=True) + ".")
    _if_unlikely(at, who)
    for referral, first in meeting.referred_before:
        if first.id == referral.id:
            typer.echo(
                f"Note: you had met {referral.name} before this meeting, so {who.name} did "
                f"not refer them (nothing is owed to {who.name} for it).",
                err=True,
            )
            continue
        typer.echo(
            f"Note: {first.name} referred {referral.name} first (at an earlier meeting); a "
            f"person keeps their first referrer, so the agenda asks you to update "
            f"{first.name}, not {who.name}.",
            err=True,
        )
    if meeting.unreferred is not None:
        typer.echo(
            f"Note: you met {who.name} before {meeting.unreferred.name} named them, so "
            f"{meeting.unreferred.name} no longer counts as their referrer.",
            err=True,
        )


@db_command(
    rich_help_panel=LOOP,
    examples=[
        'coffeechat landed --role "Product Marketer" --org "Helio Homes" '
        '--email me@example.org --on 2027-01-15',
    ],
)
def landed(
    role: Annotated[str, typer.Option(help="Your new role.")],
    org: Annotated[str, typer.Option(help="Your new organisation.")],
    on: ON = None,
    email: Annotated[str, typer.Option(help="Your new e-mail address.")] = "",
    phone: Annotated[str, typer.Option(help="Your new phone number.")] = "",
) -> None:
    """You found the job: everyone you met gets the news on your agenda."""
    from coffeechat.pipeline.services import land

    me = owner()
    when = landing_moment(on, me)
    landing = land(owner=me, role=role, organisation=org, on=when, email=email, phone=phone)
    done(
        f"Congratulations: {landing.role} at {landing.organisation}. "
        "Tell everyone you met (see coffeechat today)."
    )


@db_command(
    rich_help_panel=LOOP,
    examples=[
        'coffeechat unlog "Dana Whitfield"',
    ],
)
def unlog(name: Annotated[str, typer.Argument(help="Id or unique name.")]) -> None:
    """Take back the event you logged last for someone (a wrong date, the wrong person)."""
    from coffeechat.pipeline.services import unlog_last

    gone = unlog_last(person=person(name))
    parts = [f"{gone.kind.value} on {gone.at:%Y-%m-%d %H:%M}"]
    if gone.promises:
        parts.append(count(gone.promises, "promise"))
    if gone.insights:
        parts.append(count(gone.insights, "insight"))
    if gone.referrals:
        parts.append("no longer referred by them: " + ", ".join(gone.referrals))
    if gone.removed:
        parts.append("removed, as the meeting added them: " + ", ".join(gone.removed))
    done("Taken back: " + "; ".join(parts) + ".")


@db_command(
    "done",
    rich_help_panel=LOOP,
    examples=[
        "coffeechat done 42",
        "coffeechat done 42 --on 2026-11-24",
    ],
)
def keep_promise(
    number: Annotated[int, typer.Argument(help="The promise's number, shown on the agenda.")],
    on: ON = None,
) -> None:
    """Mark a promise (yours or theirs) as kept."""
    from coffeechat.pipeline.services import complete_commitment

    kept = complete_commitment(
        owner=owner(), ident=number, on=moment(on), day_only=on is not None and is_day(on)
    )
    done(f"Kept: {kept.text}")
