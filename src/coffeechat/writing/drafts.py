"""The draft for a conversation's next step, filled from what the database knows.

NAME always names a conversation, as in `coffeechat log`: the draft goes to that person,
except an intro request and its nudge, which go to the connector who is asked to
introduce me to NAME.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from django.contrib.auth.models import User
from django.db.models import F

from coffeechat import clock
from coffeechat.accounts.services import policy_for
from coffeechat.errors import UserError
from coffeechat.people.models import Person, Source, Tie
from coffeechat.pipeline.models import Commitment, Conversation, Event, Insight, Landing
from coffeechat.pipeline.services import introduced_by
from coffeechat.rules.agenda import referrer_told
from coffeechat.rules.checker import Finding, finding_data
from coffeechat.rules.dates import human
from coffeechat.rules.draft_text import check_draft
from coffeechat.rules.drafts import Draft, DraftFacts, DraftKind, DraftTemplateError, render_draft
from coffeechat.rules.timeline import EventFact, Kind, Stage, fold
from coffeechat.rules.wording import count, shell_word
from coffeechat.writing.record import Record, contact, learned, me, record_of
from coffeechat.writing.relations import landing_standing, standing
from coffeechat.writing.templates import templates_for

KIND_NAMES = ", ".join(k.value for k in DraftKind)
# People who know me: they need no introduction to me, and are asked for one first.
CLOSE = (Source.FRIEND, Source.FAMILY, Source.COLLEAGUE)


def draft_kind(text: str) -> DraftKind:
    try:
        return DraftKind(text.strip().lower().replace("-", "_"))
    except ValueError:
        raise UserError(f"unknown draft kind {text!r}: write one of {KIND_NAMES}") from None


class Then(StrEnum):
    """What else a step asks for, besides a message: the terminal names its command
    (`Step.terminal`), the web page offers its own link."""

    DEBRIEF = "debrief"  # log the meeting and its debrief
    PREPARE = "prepare"  # the questions and the prep sheet
    SCHEDULE = "schedule"  # log the meeting time
    MOVE_ON = "move_on"  # log no response
    ASK_INTRODUCTION = "intro_request"  # the draft asking `via` to introduce you


@dataclass(frozen=True)
class Step:
    """What to send next in a conversation (None: nothing), and why."""

    kind: DraftKind | None
    reason: str
    # The conversation the message moves, when it is not NAME's own: the nudge to a
    # connector moves the conversation with the person they were asked to introduce.
    target: Person | None = None
    terminal: str = ""  # the reason as the terminal says it, naming the command to run
    then: Then | None = None
    via: Person | None = None  # who could introduce you (Then.ASK_INTRODUCTION)

    @property
    def told(self) -> str:
        """The reason as `coffeechat draft` prints it, with the command."""
        return self.terminal or self.reason


@dataclass(frozen=True)
class Written:
    kind: DraftKind
    to: Person
    about: Person | None
    draft: Draft
    findings: tuple[Finding, ...]
    reason: str
    step: Step | None = None  # the next step it was written for, when none was named

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "to": {"id": self.to.id, "name": self.to.name, "email": self.to.email or None},
            "about": self.about.name if self.about else None,
            "reason": self.step.told if self.step else self.reason,
            "subject": self.draft.subject,
            "body": self.draft.body,
            "missing": list(self.draft.missing),
            "findings": [finding_data(f, self.draft.body) for f in self.findings],
        }


def thank_too(record: Record, terminal: bool = False) -> str:
    """", then Sam Ortiz for the introduction": who made the latest meeting happen and is
    owed thanks with it, as a clause ("" when nobody is); for the terminal, with the
    command that drafts it in brackets."""
    who = record.thanked_for_meeting
    if who is None or referrer_told(
        [_fact(e) for e in record_of(who).events], record.person.id, record.progress.met_at
    ):
        return ""
    gift = "introduction" if who == record.introducer else "suggestion"
    words = f", then {who.name} for the {gift}"
    if not terminal:
        return words
    return (f"{words} (coffeechat draft {shell_word(who.name)} "
            f"update_referrer --about {shell_word(record.person.name)})")


def next_step(owner: User, record: Record) -> Step:
    """The message the conversation is waiting for, read from its stage."""
    name, progress = record.person.name, record.progress
    if progress.postponed_until is not None:
        until = progress.postponed_until
        if until <= clock.now():
            return Step(
                DraftKind.RECONNECT,
                f"{name} asked you to write again on {until:%Y-%m-%d}: remind them of their words",
            )
        return Step(None, f"{name} asked you to write again on {until:%Y-%m-%d}: wait till then")
    if progress.stage == Stage.MET:
        within = count(policy_for(owner).thank_you_hours, "hour")
        return Step(DraftKind.THANK_YOU,
                    f"you met {name}: thank them within {within}{thank_too(record)}",
                    terminal=f"you met {name}: thank them within {within}"
                    f"{thank_too(record, terminal=True)}")
    if _landing_unannounced(owner, record):
        return Step(DraftKind.LANDING, f"you landed: tell {name}, whom you met, the news")
    if referral := _referral_to_update(record):
        return Step(
            DraftKind.UPDATE_REFERRER,
            f"you met {referral.name}, whom {name} suggested: tell {name} how it went",
        )
    stage = progress.stage
    if stage != Stage.INTRO_REQUESTED and (target := _waiting_for_introduction(record.person)):
        return Step(
            DraftKind.FOLLOW_UP,
            f"no introduction to {target.name} yet: nudge {name} gently",
            target,
        )
    if stage == Stage.INTRO_REQUESTED and progress.followed_up_at is None:
        who = record.connector.name if record.connector else "the connector"
        return Step(DraftKind.FOLLOW_UP, f"no introduction to {name} yet: nudge {who} gently")
    if stage == Stage.INTRODUCED:
        who = record.introducer.name if record.introducer else "the introducer"
        return Step(
            DraftKind.REPLY_TO_INTRO,
            f"{who} introduced you to {name}: reply to all, thank {who}, move them to bcc",
        )
    if stage == Stage.IDENTIFIED or _reopened(record):
        if record.referred_by:
            return Step(
                DraftKind.REFERRAL_OUTREACH,
                f"{record.referred_by.name} suggested {name}: reach out, naming them",
            )
        # Someone who knows me needs no introduction to me.
        tie = None if record.person.source in CLOSE else _best_connector(record.person)
        if tie is None:
            return Step(DraftKind.OUTREACH, f"reach out to {name}")
        return Step(
            DraftKind.OUTREACH,
            f"reach out to {name} (or ask {tie.name} to introduce you)",
            terminal=f"reach out to {name} (or ask {tie.name} to introduce you: "
            f'coffeechat draft "{name}" intro_request)',
            then=Then.ASK_INTRODUCTION,
            via=tie,
        )
    if stage == Stage.CONTACTED and not progress.replied:
        return Step(DraftKind.FOLLOW_UP, f"{name} has not replied: follow up in the same thread")
    if stage in (Stage.THANKED, Stage.KEEPING_IN_TOUCH):
        return Step(DraftKind.CHECK_IN, f"keep in touch with {name}: share something useful")
    return _nothing_due(record)


def _nothing_due(record: Record) -> Step:
    name, progress = record.person.name, record.progress
    quoted = f'"{name}"'
    if progress.stage == Stage.SCHEDULED:
        when = f"{progress.meeting_at:%Y-%m-%d %H:%M}" if progress.meeting_at else "soon"
        on = f"on {human(progress.meeting_at)}" if progress.meeting_at else "soon"
        ended = progress.meeting_at and progress.meeting_at + timedelta(
            minutes=progress.meeting_minutes
        )
        if ended and ended <= clock.now():
            return Step(
                None,
                f"your meeting with {name} {on} has passed: log how it went, and the "
                "thank-you will be drafted",
                terminal=f"your meeting with {name} at {when} has passed: log how it went, "
                f"then the thank-you is drafted: coffeechat log {quoted} met --insight KIND:TEXT",
                then=Then.DEBRIEF,
            )
        return Step(None, f"you meet {name} {on}: prepare",
                    terminal=f"you meet {name} at {when}: prepare with coffeechat prep {quoted}",
                    then=Then.PREPARE)
    if progress.stage in (Stage.CONTACTED, Stage.FOLLOWED_UP) and progress.replied:
        return Step(
            None,
            f"{name} replied: agree a time, then log it",
            terminal=f"{name} replied: agree a time, then coffeechat log {quoted} scheduled "
            '--at "YYYY-MM-DD HH:MM"',
            then=Then.SCHEDULE,
        )
    if progress.stage == Stage.INTRO_REQUESTED:
        who = record.connector.name if record.connector else "the connector"
        return Step(
            None,
            f"you nudged {who} about {name} already: give them room, or move on",
            terminal=f"you nudged {who} about {name} already: give them room, or move on with "
            f"coffeechat log {quoted} no-response",
            then=Then.MOVE_ON,
        )
    if progress.stage == Stage.FOLLOWED_UP:
        return Step(
            None,
            f"you followed up with {name} already: give them room, or try someone else "
            "at the same organisation",
        )
    return Step(
        None, f"the conversation with {name} is closed ({progress.stage.value}): nothing to send"
    )


def _reopened(record: Record) -> bool:
    """Closed (no reply, declined), then referred: the referrer is a new reason to write."""
    progress, conversation = record.progress, record.conversation
    return (
        progress.closed
        and progress.closed_at is not None
        and conversation.referred_at is not None
        and conversation.referred_at > progress.closed_at
    )


def _landing_unannounced(owner: User, record: Record) -> bool:
    """Someone I met before I landed, or who led me to someone I met (met themself or
    not), who has not had the news yet."""
    met = record.progress.met_at
    landing = Landing.objects.filter(owner=owner).first()
    if landing is None or (met is not None and met > landing.on):
        return False
    if met is None and not any(at <= landing.on for _, at in _met_referrals(record.person)):
        return False
    announced = record.last(Kind.ANNOUNCED)
    return announced is None or announced.at < landing.on


def _waiting_for_introduction(connector: Person) -> Person | None:
    """The latest person I asked `connector` to introduce me to, still waiting and not yet
    nudged (one query for all of them, folded here)."""
    conversations = (
        Conversation.objects.filter(
            events__kind=Kind.INTRO_REQUESTED.value, events__other=connector
        )
        .distinct()
        .select_related("person")
        .prefetch_related("events")
    )
    waiting = []
    for conversation in conversations:
        events = sorted(conversation.events.all(), key=lambda e: (e.at, e.id))
        progress = fold([_fact(e) for e in events])
        request = [e for e in events if e.kind == Kind.INTRO_REQUESTED.value][-1]
        if (
            progress.stage == Stage.INTRO_REQUESTED
            and progress.followed_up_at is None
            and request.other_id == connector.id
        ):
            waiting.append((request.at, request.id, conversation.person))
    return max(waiting, key=lambda w: (w[0], w[1]))[2] if waiting else None


def _fact(event: Event) -> EventFact:
    return EventFact(
        Kind(event.kind), event.at, event.other_id, event.meeting_at, event.minutes, event.until
    )


def _met_referrals(referrer: Person) -> list[tuple[Person, datetime]]:
    """Everyone `referrer` suggested whom I have met since, with the latest meeting, newest
    first (a meeting before the suggestion owes the referrer nothing)."""
    meetings = (
        Event.objects.filter(
            kind=Kind.MET.value,
            conversation__referred_by=referrer,
            at__gte=F("conversation__referred_at"),
        )
        .select_related("conversation__person__organisation")
        .order_by("-at", "-id")
    )
    latest: dict[int, tuple[Person, datetime]] = {}
    for event in meetings:
        latest.setdefault(event.conversation.person_id, (event.conversation.person, event.at))
    # An introducer is a referrer too: whom they introduced me to and I met since.
    introduced = {p.id: (p, at) for p, at in introduced_by(referrer) if p.id not in latest}
    held = (
        Event.objects.filter(kind=Kind.MET.value, conversation__person_id__in=list(introduced))
        .order_by("-at", "-id")
        .values_list("conversation__person_id", "at")
    )
    for pid, met in held:
        person, introduced_at = introduced[pid]
        if met >= introduced_at and pid not in latest:
            latest[pid] = (person, met)
    return sorted(latest.values(), key=lambda pair: pair[1], reverse=True)


def _referral_to_update(record: Record) -> Person | None:
    """The latest referral of this person whom I met and have not told them about (as the
    agenda decides it: an update without --about covers every meeting before it)."""
    events = [_fact(e) for e in record.events]
    for referral, met_at in _met_referrals(record.person):
        if not referrer_told(events, referral.id, met_at):
            return referral
    return None


def _best_connector(target: Person) -> Person | None:
    """Someone who knows `target` and could introduce me: a friend, family or colleague
    first, then whoever I have met."""
    ties = Tie.objects.filter(person=target).select_related("knows__organisation")
    known_by = Tie.objects.filter(knows=target).select_related("person__organisation")
    people = [t.knows for t in ties] + [t.person for t in known_by]
    if not people:
        return None
    met = set(
        Event.objects.filter(kind=Kind.MET.value, conversation__person__in=people).values_list(
            "conversation__person_id", flat=True
        )
    )
    ranked = sorted(people, key=lambda p: (p.source not in CLOSE, p.id not in met, p.id))
    return ranked[0]


def write_draft(
    *,
    owner: User,
    person: Person,
    kind: str | None = None,
    via: Person | None = None,
    about: Person | None = None,
) -> Written | Step:
    """The draft of `kind` (default: the next step's) for the conversation with `person`,
    with the checker's findings; a Step when no message is due and none was named."""
    record = record_of(person)
    step = None
    if kind is None:
        step = next_step(owner, record)
        if step.kind is None:
            return step
        chosen, reason = step.kind, step.reason
        if step.target is not None and via is None and about is None:
            record, via = record_of(step.target), person  # a nudge to NAME about someone else
    else:
        chosen, reason = draft_kind(kind), "as asked"
    if via is not None and chosen not in (DraftKind.INTRO_REQUEST, DraftKind.FOLLOW_UP):
        raise UserError("--via goes with intro_request and follow_up only",
                        plain="a connector goes with intro_request and follow_up only",
                        field="via")
    if about is not None and chosen not in (DraftKind.UPDATE_REFERRER, DraftKind.FOLLOW_UP):
        raise UserError("--about goes with update_referrer and follow_up only",
                        plain="the person it is about goes with update_referrer and follow_up "
                        "only", field="about")
    if about is not None and chosen == DraftKind.FOLLOW_UP:
        # A nudge to NAME about the introduction to `about`.
        if via is not None:
            raise UserError("--via and --about do not go together: NAME is the connector",
                            plain="a nudge about an introduction goes to the connector: name "
                            "either the connector or the person it is about", field="via")
        record, via = record_of(about), person
    templates = templates_for(owner)
    to, other, facts = _facts(owner, record, chosen, via=via, about=about, templates=templates)
    draft = _render(chosen, facts, templates)
    findings = tuple(check_draft(draft.body))
    return Written(chosen, to, other, draft, findings, reason, step)


def _render(kind: DraftKind, facts: DraftFacts, templates: dict[str, str]) -> Draft:
    """The draft from the user's template; if theirs breaks on these facts (it rendered on
    the sample when it was saved, but real data differ), from the default, saying why."""
    try:
        return render_draft(kind, facts, templates)
    except DraftTemplateError as error:
        if kind.value not in templates:
            raise
        draft = render_draft(kind, facts)
        note = f"{error} (your {kind.value} template; the default was used)"
        return replace(draft, missing=(*draft.missing, note), said=(*draft.said, note))


def _facts(
    owner: User,
    record: Record,
    kind: DraftKind,
    *,
    via: Person | None,
    about: Person | None,
    templates: dict[str, str],
) -> tuple[Person, Person | None, DraftFacts]:
    """Who the draft goes to, who it is about, and the facts to fill it with."""
    person = record.person
    base = DraftFacts(me=me(owner), person=contact(person), meeting_minutes=record.agreed_minutes)
    how = landing_standing(owner, record) if kind == DraftKind.LANDING else standing(record)
    base = replace(base, **how)
    if kind == DraftKind.INTRO_REQUEST or (
        kind == DraftKind.FOLLOW_UP and (via or record.progress.stage == Stage.INTRO_REQUESTED)
    ):
        connector = via or record.connector or _best_connector(person)
        if connector is None:
            raise UserError(
                f"who could introduce you to {person.name}? add --via NAME "
                f'(or coffeechat knows "{person.name}" NAME first)',
                plain=f"who could introduce you to {person.name}? Nobody who knows them is "
                "recorded: name the person you will ask",
                field="connector",  # the page asks for them in its own box
            )
        if connector.id == person.id:
            raise UserError(f"{person.name} cannot introduce you to themself: name the connector")
        # The note goes to the connector: how I stand with the target is not theirs.
        facts = replace(base, person=contact(connector), about=contact(person), met=False,
                        declined=False)
        if kind == DraftKind.FOLLOW_UP:
            first = _render(DraftKind.INTRO_REQUEST, facts, templates)
            facts = replace(facts, last_subject=first.subject)
        return connector, person, facts
    introducer = (
        record.introducer or record.referred_by
        if kind == DraftKind.REPLY_TO_INTRO
        else record.sender
    )
    base = replace(
        base,
        connector=contact(introducer),
        introduced=introducer is not None and introducer == record.introducer,
    )
    if kind == DraftKind.FOLLOW_UP:
        if base.introduced:
            opening = DraftKind.REPLY_TO_INTRO
        elif record.referred_by:
            opening = DraftKind.REFERRAL_OUTREACH
        else:
            opening = DraftKind.OUTREACH
        first = _render(opening, base, templates)
        contacted = record.last(Kind.CONTACTED)
        return person, None, replace(
            base, last_subject=first.subject, sent=contacted.note if contacted else ""
        )
    if kind == DraftKind.RECONNECT:
        asked = record.last(Kind.POSTPONED)
        return person, None, replace(
            base,
            their_words=asked.note if asked else "",
            asked_until=human(asked.until) if asked and asked.until else "",
        )
    if kind == DraftKind.UPDATE_REFERRER:
        referral = _referral_for_update(record, about)
        notes = Insight.objects.filter(conversation__person=referral).order_by("id")
        return person, referral, replace(
            base, about=contact(referral), about_learned=learned(list(notes), referral.name)
        )
    promises, insights = record.commitments, record.insights
    if kind == DraftKind.THANK_YOU:  # this meeting's, not an earlier one's
        promises, insights = _of_latest_meeting(record)
        thanked = record.thanked_for_meeting  # who made it happen, mentioned in passing
        base = replace(base, connector=contact(thanked),
                       introduced=thanked is not None and thanked == record.introducer)
    they_will = tuple(c.text for c in promises if not c.mine)
    facts = replace(base, they_will=they_will, learned=learned(insights))
    # What I still owe them: a kept promise is news, not an offer or a promise to make.
    mine = tuple(c.text for c in promises if c.mine and c.done_at is None)
    return person, None, replace(facts, i_will=mine)


def _of_latest_meeting(record: Record) -> tuple[tuple[Commitment, ...], tuple[Insight, ...]]:
    """The promises and insights recorded at the latest meeting (all of them for records
    made before debriefs were tied to their meeting)."""
    meeting = record.last(Kind.MET)
    tied = any(c.event_id for c in record.commitments) or any(i.event_id for i in record.insights)
    if meeting is None or not tied:
        return record.commitments, record.insights
    return (
        tuple(c for c in record.commitments if c.event_id == meeting.id),
        tuple(i for i in record.insights if i.event_id == meeting.id),
    )


def _referral_for_update(record: Record, about: Person | None) -> Person:
    """Whom the update to the referrer is about: `about` if they were referred by this
    person and met; else the one not yet told of, else the latest met."""
    referrer = record.person
    met = _met_referrals(referrer)
    if about is not None:
        if about.id not in {p.id for p, _ in met}:
            raise UserError(
                f"{referrer.name} did not refer you to {about.name}, or you have not met "
                f"{about.name} yet: see coffeechat show \"{referrer.name}\"",
                plain=f"{referrer.name} did not refer you to {about.name}, or you have not "
                f"met {about.name} yet: {referrer.name}'s page lists whom they referred",
                field="about",
            )
        return about
    chosen = _referral_to_update(record) or (met[0][0] if met else None)
    if chosen is None:
        raise UserError(
            f"you have not met anyone {referrer.name} referred you to yet: "
            "log met with that person first"
        )
    return chosen
