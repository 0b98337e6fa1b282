"""Recording what happened in a conversation: every event has a date, past ones too."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import User
from django.db import transaction

from coffeechat.checks import NAME_CHARS, PHONE_CHARS, email_address, within
from coffeechat.errors import UserError
from coffeechat.people.models import Person, Source
from coffeechat.people.services import person_or_new
from coffeechat.pipeline.models import (
    Commitment,
    Conversation,
    Event,
    Insight,
    Landing,
)
from coffeechat.rules.kinds import INSIGHT_WORDS, insight_kind
from coffeechat.rules.referrals import first_referrer
from coffeechat.rules.timeline import Kind

EVENT_NAMES = ", ".join(Kind)


def event_kind(text: str) -> Kind:
    try:
        return Kind(text.strip().lower().replace("_", "-"))
    except ValueError:
        raise UserError(f"unknown event {text!r}: write one of {EVENT_NAMES}") from None


def conversation_of(person: Person) -> Conversation:
    conversation, _ = Conversation.objects.get_or_create(owner=person.owner, person=person)
    return conversation


@transaction.atomic
def log_event(
    *,
    owner: User,
    person: Person,
    kind: Kind,
    at: datetime,
    via: Person | None = None,
    about: Person | None = None,
    meeting_at: datetime | None = None,
    minutes: int | None = None,
    where: str = "",
    note: str = "",
    until: datetime | None = None,
) -> Event:
    """Record one event that needs no debrief; `met` goes through `record_meeting`."""
    _check_options(
        kind,
        person=person,
        via=via,
        about=about,
        meeting_at=meeting_at,
        minutes=minutes,
        where=where,
    )
    _check_postponed(kind, person, at, until)
    if kind == Kind.UPDATED_REFERRER:
        _check_referral(person, about)
    if kind == Kind.THANKED:
        _check_met(person, at)
    return Event.objects.create(
        conversation=conversation_of(person),
        kind=kind.value,
        at=at,
        other=via or about,
        meeting_at=meeting_at,
        minutes=minutes,
        where=within(where, NAME_CHARS, "--where"),
        note=note.strip(),
        until=until,
    )


def _check_options(
    kind: Kind,
    *,
    person: Person,
    via: Person | None,
    about: Person | None,
    meeting_at: datetime | None,
    minutes: int | None,
    where: str,
) -> None:
    if kind == Kind.INTRO_REQUESTED and via is None:
        raise UserError("intro-requested needs the connector: add --via NAME",
                        plain="intro-requested needs the connector: name who you asked",
                        field="via")
    if via is not None and kind not in (Kind.INTRO_REQUESTED, Kind.INTRODUCED):
        raise UserError("--via goes with intro-requested and introduced only",
                        plain="a connector goes with intro-requested and introduced only",
                        field="via")
    if via is not None and via.id == person.id:
        raise UserError(f"{person.name} cannot introduce you to themself: name the connector")
    if about is not None and kind != Kind.UPDATED_REFERRER:
        raise UserError("--about goes with updated-referrer only",
                        plain="the referral you met goes with updated-referrer only",
                        field="about")
    if kind == Kind.SCHEDULED and meeting_at is None:
        raise UserError('scheduled needs the meeting time: add --at "YYYY-MM-DD HH:MM"',
                        plain="scheduled needs the meeting time: YYYY-MM-DD HH:MM",
                        field="at")
    if kind != Kind.SCHEDULED and (meeting_at is not None or minutes is not None or where):
        raise UserError("--at, --minutes and --where go with scheduled only",
                        plain="the meeting time, minutes and place go with scheduled only",
                        field="at")
    if minutes is not None and not 5 <= minutes <= 240:
        raise UserError(
            f"--minutes {minutes} is not a meeting length: give 5 to 240 (and ask for 10 to 30)",
            plain=f"{minutes} minutes is not a meeting length: give 5 to 240 "
            "(and ask for 10 to 30)",
            field="minutes",
        )


def _check_postponed(kind: Kind, person: Person, at: datetime, until: datetime | None) -> None:
    """"Write again in December": any stage before the meeting, a day after the event."""
    if until is not None and kind != Kind.POSTPONED:
        raise UserError("--until goes with postponed only", field="until",
                        plain="a day to write again goes with postponed only")
    if kind != Kind.POSTPONED:
        return
    if until is None:
        raise UserError("postponed needs the day they asked you to write again: add --until "
                        "YYYY-MM-DD", field="until",
                        plain="postponed needs the day they asked you to write again")
    if until <= at:
        raise UserError(
            f"--until {until:%Y-%m-%d} is not after the postponement ({at:%Y-%m-%d %H:%M}): "
            "give the day they asked you to write again", field="until",
            plain=f"{until:%Y-%m-%d} is not after the postponement ({at:%Y-%m-%d %H:%M}): "
            "give the day they asked you to write again",
        )
    if Event.objects.filter(conversation__person=person, kind=Kind.MET, at__lte=at).exists():
        raise UserError(
            f"you have met {person.name} already: postponed is for a first meeting put off "
            "(after a meeting, the check-in interval says when to write: edit --check-in-days)",
            plain=f"you have met {person.name} already: postponed is for a first meeting put "
            "off (after a meeting, the check-in interval says when to write)",
        )


def _check_met(person: Person, at: datetime) -> None:
    """A thank-you follows a meeting: with none logged by then, there is nothing to thank
    them for yet (and the agenda would not count it)."""
    meetings = Event.objects.filter(conversation__person=person, kind=Kind.MET)
    if meetings.filter(at__lte=at).exists():
        return
    first = meetings.order_by("at").values_list("at", flat=True).first()
    if first is not None:
        raise UserError(
            f"the thank-you ({at:%Y-%m-%d %H:%M}) is dated before your meeting with "
            f"{person.name} ({first:%Y-%m-%d %H:%M}): give --on a moment after it",
            plain=f"the thank-you ({at:%Y-%m-%d %H:%M}) is dated before your meeting with "
            f"{person.name} ({first:%Y-%m-%d %H:%M}): give a moment after it",
            field="on",
        )
    raise UserError(
        f"no meeting with {person.name} is logged, so there is nothing to thank them for "
        f'yet: log it first (coffeechat log "{person.name}" met --on YYYY-MM-DD), then thanked',
        plain=f"no meeting with {person.name} is logged, so there is nothing to thank them "
        "for yet: log the meeting first (met), then thanked",
    )


def introduced_by(introducer: Person) -> list[tuple[Person, datetime]]:
    """Everyone `introducer` put me in touch with, and when: the introduction names them
    (`introduced --via`), or they were the connector of the request it answered."""
    from coffeechat.rules.timeline import EventFact, fold

    conversations = (
        Conversation.objects.filter(
            events__kind__in=[Kind.INTRODUCED.value, Kind.INTRO_REQUESTED.value],
            events__other=introducer,
        )
        .distinct()
        .select_related("person__organisation")
        .prefetch_related("events")
    )
    found = []
    for conversation in conversations:
        progress = fold(
            [
                EventFact(Kind(e.kind), e.at, e.other_id, e.meeting_at, e.minutes)
                for e in conversation.events.all()
            ]
        )
        if progress.introducer_id == introducer.id and progress.introduced_at is not None:
            found.append((conversation.person, progress.introduced_at))
    return sorted(found, key=lambda pair: (pair[0].name, pair[0].id))


def _check_referral(referrer: Person, about: Person | None) -> None:
    """An update goes to someone who referred you or introduced you to someone, about
    someone they referred or introduced."""
    referred = list(
        Person.objects.filter(conversation__referred_by=referrer).order_by("name", "id")
    )
    referred += [p for p, _ in introduced_by(referrer) if p not in referred]
    if not referred:
        raise UserError(
            f"{referrer.name} has referred nobody yet: updated-referrer is for telling a "
            "referrer how it went (a referral is recorded with: log NAME met --referral NAME; "
            "an introduction with: log NAME introduced --via NAME)",
            plain=f"{referrer.name} has referred nobody yet: updated-referrer is for telling a "
            "referrer how it went (a referral is written in the debrief of your meeting with "
            "them; an introduction is logged as introduced, naming who introduced you)",
            field="about",
        )
    if about is not None and about.id not in {p.id for p in referred}:
        names = ", ".join(p.name for p in referred)
        raise UserError(
            f"{referrer.name} did not refer {about.name}: write --about with one of {names}",
            plain=f"{referrer.name} did not refer {about.name}: name one of {names}",
            field="about",
        )


@dataclass(frozen=True)
class Promise:
    text: str
    due: datetime | None = None


@dataclass(frozen=True)
class Meeting:
    event: Event
    referrals: list[Person]
    commitments: list[Commitment]
    insights: list[Insight]
    # Referrals someone else had sent you first: (the referral, who sent them first); a
    # referral sent by themself was met before this mention and is nobody's referral.
    referred_before: list[tuple[Person, Person]]
    # Who had named this person only after this meeting: no referrer of theirs.
    unreferred: Person | None = None


def parse_insight(text: str) -> tuple[str, str]:
    word, sep, body = text.partition(":")
    if not sep or not body.strip():
        raise UserError(
            f"cannot read the insight {text!r}: write KIND:TEXT, e.g. "
            f'"skill:SQL" (kinds: {INSIGHT_WORDS})'
        )
    kind = insight_kind(word)
    if kind is None:
        raise UserError(
            f"unknown insight kind {word.strip().lower()!r} in {text!r}: write one of "
            + INSIGHT_WORDS
        )
    return kind.value, body.strip()


def moment_on_day(
    person: Person, day: date, kind: Kind, also: Sequence[Person] = ()
) -> datetime:
    """When an event given a date but no time happened, so that it counts in the order
    the user tells it: a meeting at the time it was scheduled for that day; anything
    else a minute after the last thing already recorded with this person that day (the
    thank-you after the meeting, the reply after the contact, the first contact after
    the suggestion, the update after meeting their referral, the news after landing),
    else at the day's start."""
    events = Event.objects.filter(conversation__person=person)
    others = Event.objects.filter(conversation__person__in=list(also), at__date=day)
    if kind == Kind.MET:
        scheduled = (
            events.filter(kind=Kind.SCHEDULED, meeting_at__date=day)
            .order_by("-at", "-id")
            .values_list("meeting_at", flat=True)
            .first()
        )
        if scheduled is not None:
            return scheduled
    moments = [
        *events.filter(at__date=day).values_list("at", flat=True),
        *others.values_list("at", flat=True),  # the connector of an intro request
        # Suggested to me that day, or suggested someone to me that day.
        *Conversation.objects.filter(person=person, referred_at__date=day).values_list(
            "referred_at", flat=True
        ),
        *Conversation.objects.filter(referred_by=person, referred_at__date=day).values_list(
            "referred_at", flat=True
        ),
        # Asked to introduce me to someone that day.
        *Event.objects.filter(kind=Kind.INTRO_REQUESTED, other=person, at__date=day).values_list(
            "at", flat=True
        ),
    ]
    if kind == Kind.UPDATED_REFERRER:  # after meeting the people they referred
        moments += Event.objects.filter(
            kind=Kind.MET, conversation__referred_by=person, at__date=day
        ).values_list("at", flat=True)
    if kind == Kind.ANNOUNCED:  # after landing
        moments += Landing.objects.filter(owner=person.owner, on__date=day).values_list(
            "on", flat=True
        )
    return _just_after(day, [m for m in moments if m is not None])


def landing_on_day(owner: User, day: date) -> datetime:
    """When a landing given a date but no time happened: after every event already
    logged that day (a meeting that morning still hears the news), else at its start."""
    that_day = Event.objects.filter(conversation__owner=owner, at__date=day)
    return _just_after(day, list(that_day.values_list("at", flat=True)))


def _just_after(day: date, moments: Sequence[datetime]) -> datetime:
    """A minute after the last of `moments` (all on `day`), not past 23:59; with none,
    the day's start."""
    if not moments:
        return datetime.combine(day, time.min)
    return min(max(moments) + timedelta(minutes=1), datetime.combine(day, time(23, 59)))


def meeting_time(person: Person, now: datetime) -> datetime:
    """When `met` is logged without a date: the scheduled time if it has passed, else now."""
    scheduled = (
        Event.objects.filter(conversation__person=person, kind=Kind.SCHEDULED)
        .order_by("-at")
        .values_list("meeting_at", flat=True)
        .first()
    )
    return scheduled if scheduled is not None and scheduled <= now else now


@transaction.atomic
def record_meeting(
    *,
    owner: User,
    person: Person,
    at: datetime,
    referrals: Sequence[str] = (),
    they_will: Sequence[str] = (),
    i_will: Sequence[Promise] = (),
    insights: Sequence[str] = (),
    allow_duplicate: bool = False,
) -> Meeting:
    """The debrief: the meeting, who they referred me to, promises, and what I learned."""
    parsed = [parse_insight(text) for text in insights]
    for option, texts in (("--they-will", they_will), ("--i-will", [p.text for p in i_will])):
        if any(not t.strip() for t in texts):
            raise UserError(f"{option} is empty: write what was offered, e.g. {option} \"...\"",
                            plain="a promise is empty: write what was offered",
                            field=option.removeprefix("--"))
    for promise in i_will:
        if promise.due is not None and promise.due < at:
            when = f"{promise.due:%Y-%m-%d %H:%M} is before the meeting ({at:%Y-%m-%d %H:%M})"
            raise UserError(
                f"--due {when}: give a later date for {promise.text.strip()!r}",
                plain=f"{when}: give a later date for {promise.text.strip()!r}",
                field="due",
            )
    conversation = conversation_of(person)
    event = Event.objects.create(conversation=conversation, kind=Kind.MET, at=at)
    unreferred = _no_longer_referred(person)
    people, before = [], []
    for name in referrals:
        referral, first = _refer(
            owner=owner, referrer=person, name=name, at=at, allow_duplicate=allow_duplicate
        )
        people.append(referral)
        if first is not None:
            before.append((referral, first))
    promises = [
        Commitment(conversation=conversation, event=event, mine=False, text=t.strip(), made_at=at)
        for t in they_will
    ]
    promises += [
        Commitment(
            conversation=conversation,
            event=event,
            mine=True,
            text=p.text.strip(),
            made_at=at,
            due=p.due,
        )
        for p in i_will
    ]
    notes = [Insight(conversation=conversation, event=event, kind=k, text=t) for k, t in parsed]
    return Meeting(
        event,
        people,
        Commitment.objects.bulk_create(promises),
        Insight.objects.bulk_create(notes),
        before,
        unreferred,
    )


def _refer(
    *, owner: User, referrer: Person, name: str, at: datetime, allow_duplicate: bool = False
) -> tuple[Person, Person | None]:
    """A referral becomes a person with a conversation "referred by"; known people are reused.

    A person has one referrer: whoever named them at the earliest meeting, whatever the
    order the meetings are logged in (`rules.referrals`). Another first referrer is
    returned (with the referral) so that the user hears it; the person themself is
    returned there when I had met them before this mention, which refers nobody.
    """
    person, _ = person_or_new(
        owner=owner,
        ref=name,
        now=at,
        source=Source.REFERRAL,
        option="--referral",
        allow_duplicate=allow_duplicate,
    )
    if person.id == referrer.id:
        raise UserError(f"{referrer.name} cannot refer you to themself: name someone else")
    conversation = conversation_of(person)
    mentions = [(referrer.id, at)]
    if conversation.referred_by_id is not None and conversation.referred_at is not None:
        mentions.append((conversation.referred_by_id, conversation.referred_at))
    chosen = first_referrer(mentions, _first_met(person))
    if chosen is None:  # met before this mention: not sent to me by it
        return person, person
    if (chosen[0], chosen[1]) != (conversation.referred_by_id, conversation.referred_at):
        conversation.referred_by_id, conversation.referred_at = chosen
        conversation.save(update_fields=["referred_by", "referred_at"])
    first = conversation.referred_by
    return person, (first if first is not None and first.id != referrer.id else None)


def _first_met(person: Person) -> datetime | None:
    return (
        Event.objects.filter(conversation__person=person, kind=Kind.MET)
        .order_by("at")
        .values_list("at", flat=True)
        .first()
    )


def _no_longer_referred(person: Person) -> Person | None:
    """After logging a meeting with `person`: a referral named after it was no referral
    (I had met them already). Returns whom they were referred by, if that changed."""
    conversation = conversation_of(person)
    if conversation.referred_by_id is None or conversation.referred_at is None:
        return None
    mention = (conversation.referred_by_id, conversation.referred_at)
    if first_referrer([mention], _first_met(person)) is not None:
        return None
    was = conversation.referred_by
    conversation.referred_by, conversation.referred_at = None, None
    conversation.save(update_fields=["referred_by", "referred_at"])
    return was


@transaction.atomic
def land(
    *,
    owner: User,
    role: str,
    organisation: str,
    on: datetime,
    email: str = "",
    phone: str = "",
) -> Landing:
    if not role.strip() or not organisation.strip():
        raise UserError('landed needs the role and the organisation: --role "..." --org "..."')
    landing, _ = Landing.objects.update_or_create(
        owner=owner,
        defaults={
            "role": within(role, NAME_CHARS, "--role"),
            "organisation": within(organisation, NAME_CHARS, "--org"),
            "email": email_address(email),
            "phone": within(phone, PHONE_CHARS, "--phone"),
            "on": on,
        },
    )
    return landing


@dataclass(frozen=True)
class Unlogged:
    kind: Kind
    at: datetime
    promises: int
    insights: int
    referrals: list[str]  # no longer referred by them
    removed: list[str] = field(default_factory=list)  # added by the meeting, gone with it


@transaction.atomic
def unlog_last(*, person: Person) -> Unlogged:
    """Take back the event logged last for `person` (a typo'd date, the wrong person).

    A meeting takes its promises and insights with it, and the referrals it recorded
    lose their "referred by"; a referral the meeting added goes too, unless something
    else refers to them."""
    event = Event.objects.filter(conversation__person=person).order_by("-id").first()
    if event is None:
        asked = (
            Event.objects.filter(kind=Kind.INTRO_REQUESTED, other=person)
            .select_related("conversation__person")
            .order_by("-id")
            .first()
        )
        hint = (
            f"; the introduction you asked of them is logged with "
            f'{asked.conversation.person.name}: coffeechat unlog "{asked.conversation.person.name}"'
            if asked
            else ""
        )
        raise UserError(f"nothing is logged for {person.name}: nothing to take back{hint}")
    promises, _ = Commitment.objects.filter(event=event).delete()
    insights, _ = Insight.objects.filter(event=event).delete()
    referred = []
    if event.kind == Kind.MET:
        referred = list(
            Conversation.objects.filter(referred_by=person, referred_at=event.at)
            .select_related("person")
        )
    for conversation in referred:
        conversation.referred_by, conversation.referred_at = None, None
        conversation.save(update_fields=["referred_by", "referred_at"])
    event.delete()
    added = [c.person for c in referred if _added_by(c.person, event.at)]
    for gone in added:
        gone.delete()
    return Unlogged(
        Kind(event.kind),
        event.at,
        promises,
        insights,
        [c.person.name for c in referred if c.person not in added],
        [p.name for p in added],
    )


def _added_by(person: Person, met_at: datetime) -> bool:
    """Whether `person` came in as a referral of the meeting at `met_at` and nothing else
    refers to them since: no history, promise, tie, referral or mention of their own."""
    from coffeechat.people.models import Tie

    return (
        person.source == Source.REFERRAL
        and person.created_at == met_at
        and not Event.objects.filter(conversation__person=person).exists()
        and not Event.objects.filter(other=person).exists()
        and not Commitment.objects.filter(conversation__person=person).exists()
        and not Insight.objects.filter(conversation__person=person).exists()
        and not Conversation.objects.filter(referred_by=person).exists()
        and not Tie.objects.filter(person=person).exists()
        and not Tie.objects.filter(knows=person).exists()
    )


def complete_commitment(
    *, owner: User, ident: int, on: datetime, day_only: bool = False
) -> Commitment:
    """Mark a promise kept `on` (with `day_only`, some time that day: not before it was
    made)."""
    commitment = (
        Commitment.objects.select_related("conversation__person")
        .filter(id=ident, conversation__owner=owner)
        .first()
    )
    if commitment is None:
        raise UserError(f"no promise with number {ident}: the agenda shows each one's number")
    if on < commitment.made_at:
        if not day_only or on.date() < commitment.made_at.date():
            when = (f"{on:%Y-%m-%d %H:%M} is before promise {ident} was made "
                    f"({commitment.made_at:%Y-%m-%d %H:%M})")
            raise UserError(f"--on {when}: give when it was kept",
                            plain=f"{when}: give when it was kept", field="on")
        on = commitment.made_at  # kept the day it was made: not before it
    if commitment.done_at is not None:
        raise UserError(
            f"promise {ident} ({commitment.text!r}) was already kept on "
            f"{commitment.done_at:%Y-%m-%d %H:%M}: nothing to do"
        )
    commitment.done_at = on
    commitment.save(update_fields=["done_at"])
    return commitment
