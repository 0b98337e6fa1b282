"""The draft for a conversation's next step, filled from what the database knows.

NAME always names a conversation, as in `coffeechat log`: the draft goes to that person,
except an intro request and its nudge, which go to the connector who is asked to
introduce me to NAME.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.contrib.auth.models import User

from coffeechat.errors import UserError
from coffeechat.people.models import Person, Source, Tie
from coffeechat.pipeline.models import Conversation, Event, Insight, Landing
from coffeechat.rules.checker import Finding, check_message
from coffeechat.rules.drafts import Draft, DraftFacts, DraftKind, render_draft
from coffeechat.rules.timeline import Kind, Stage
from coffeechat.writing.record import Record, contact, learned, me, record_of
from coffeechat.writing.templates import templates_for

KIND_NAMES = ", ".join(k.value for k in DraftKind)


def draft_kind(text: str) -> DraftKind:
    try:
        return DraftKind(text.strip().lower().replace("-", "_"))
    except ValueError:
        raise UserError(f"unknown draft kind {text!r}: write one of {KIND_NAMES}") from None


@dataclass(frozen=True)
class Step:
    """What to send next in a conversation (None: nothing), and why."""

    kind: DraftKind | None
    reason: str
    # The conversation the message moves, when it is not NAME's own: the nudge to a
    # connector moves the conversation with the person they were asked to introduce.
    target: Person | None = None


@dataclass(frozen=True)
class Written:
    kind: DraftKind
    to: Person
    about: Person | None
    draft: Draft
    findings: tuple[Finding, ...]
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "to": {"id": self.to.id, "name": self.to.name, "email": self.to.email or None},
            "about": self.about.name if self.about else None,
            "reason": self.reason,
            "subject": self.draft.subject,
            "body": self.draft.body,
            "missing": list(self.draft.missing),
            "findings": [
                {"code": f.code, "message": f.message, "start": f.start, "end": f.end,
                 "line": f.line}
                for f in self.findings
            ],
        }


def next_step(owner: User, record: Record) -> Step:
    """The message the conversation is waiting for, read from its stage."""
    name, progress = record.person.name, record.progress
    if progress.met_at and _landing_unannounced(owner, record):
        return Step(DraftKind.LANDING, f"you landed: tell {name}, whom you met, the news")
    if progress.stage == Stage.MET:
        return Step(DraftKind.THANK_YOU, f"you met {name}: thank them within 24 hours")
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
    if stage == Stage.INTRO_REQUESTED:
        who = record.connector.name if record.connector else "the connector"
        return Step(DraftKind.FOLLOW_UP, f"no introduction to {name} yet: nudge {who} gently")
    if stage == Stage.IDENTIFIED:
        if record.referred_by:
            return Step(
                DraftKind.REFERRAL_OUTREACH,
                f"{record.referred_by.name} suggested {name}: reach out, naming them",
            )
        tie = _best_connector(record.person)
        hint = (
            f" (or ask {tie.name} to introduce you: coffeechat draft \"{name}\" intro_request)"
            if tie
            else ""
        )
        return Step(DraftKind.OUTREACH, f"reach out to {name}{hint}")
    if stage == Stage.CONTACTED and not progress.replied:
        return Step(DraftKind.FOLLOW_UP, f"{name} has not replied: follow up in the same thread")
    if stage in (Stage.THANKED, Stage.KEEPING_IN_TOUCH):
        return Step(DraftKind.CHECK_IN, f"keep in touch with {name}: share something useful")
    return Step(None, _nothing_due(record))


def _nothing_due(record: Record) -> str:
    name, progress = record.person.name, record.progress
    quoted = f'"{name}"'
    if progress.stage == Stage.SCHEDULED:
        when = f"{progress.meeting_at:%Y-%m-%d %H:%M}" if progress.meeting_at else "soon"
        return f"you meet {name} at {when}: prepare with coffeechat prep {quoted}"
    if progress.stage == Stage.CONTACTED:
        return (
            f"{name} replied: agree a time, then coffeechat log {quoted} scheduled "
            '--at "YYYY-MM-DD HH:MM"'
        )
    if progress.stage == Stage.FOLLOWED_UP:
        return (
            f"you followed up with {name} already: give them room, or try someone else "
            "at the same organisation"
        )
    return f"the conversation with {name} is closed ({progress.stage.value}): nothing to send"


def _landing_unannounced(owner: User, record: Record) -> bool:
    landing = Landing.objects.filter(owner=owner).first()
    if landing is None:
        return False
    announced = record.last(Kind.ANNOUNCED)
    return announced is None or announced.at < landing.on


def _waiting_for_introduction(connector: Person) -> Person | None:
    """The latest person I asked `connector` to introduce me to who is still waiting."""
    asked = (
        Event.objects.filter(kind=Kind.INTRO_REQUESTED.value, other=connector)
        .select_related("conversation__person")
        .order_by("-at", "-id")
    )
    for event in asked:
        target = event.conversation.person
        record = record_of(target)
        if record.progress.stage == Stage.INTRO_REQUESTED and record.connector == connector:
            return target
    return None


def _referral_to_update(record: Record) -> Person | None:
    """The latest referral of this person whom I met and have not told them about."""
    told = {e.other_id for e in record.events if e.kind == Kind.UPDATED_REFERRER.value}
    met = (
        Event.objects.filter(
            kind=Kind.MET.value, conversation__referred_by=record.person
        )
        .exclude(conversation__person_id__in=[t for t in told if t is not None])
        .select_related("conversation__person__organisation")
        .order_by("-at", "-id")
        .first()
    )
    return met.conversation.person if met else None


def _best_connector(target: Person) -> Person | None:
    """Someone who knows `target` and could introduce me: a friend, family or colleague
    first, then whoever I have met."""
    ties = Tie.objects.filter(person=target).select_related("knows__organisation")
    known_by = Tie.objects.filter(knows=target).select_related("person__organisation")
    people = [t.knows for t in ties] + [t.person for t in known_by]
    if not people:
        return None
    close = (Source.FRIEND, Source.FAMILY, Source.COLLEAGUE)
    met = set(
        Event.objects.filter(kind=Kind.MET.value, conversation__person__in=people).values_list(
            "conversation__person_id", flat=True
        )
    )
    ranked = sorted(people, key=lambda p: (p.source not in close, p.id not in met, p.id))
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
    if kind is None:
        step = next_step(owner, record)
        if step.kind is None:
            return step
        chosen, reason = step.kind, step.reason
        if step.target is not None:  # a nudge to NAME about someone else
            record, via = record_of(step.target), person
    else:
        chosen, reason = draft_kind(kind), "as asked"
    if via is not None and chosen not in (DraftKind.INTRO_REQUEST, DraftKind.FOLLOW_UP):
        raise UserError("--via goes with intro_request and follow_up only")
    if about is not None and chosen not in (DraftKind.UPDATE_REFERRER, DraftKind.FOLLOW_UP):
        raise UserError("--about goes with update_referrer and follow_up only")
    if about is not None and chosen == DraftKind.FOLLOW_UP:
        # A nudge to NAME about the introduction to `about`.
        if via is not None:
            raise UserError("--via and --about do not go together: NAME is the connector")
        record, via = record_of(about), person
    to, other, facts = _facts(owner, record, chosen, via=via, about=about)
    draft = render_draft(chosen, facts, templates_for(owner))
    findings = tuple(check_message(draft.body))
    return Written(chosen, to, other, draft, findings, reason)


def _facts(
    owner: User,
    record: Record,
    kind: DraftKind,
    *,
    via: Person | None,
    about: Person | None,
) -> tuple[Person, Person | None, DraftFacts]:
    """Who the draft goes to, who it is about, and the facts to fill it with."""
    person = record.person
    base = DraftFacts(me=me(owner), person=contact(person), meeting_minutes=record.agreed_minutes)
    if kind == DraftKind.INTRO_REQUEST or (
        kind == DraftKind.FOLLOW_UP and (via or record.progress.stage == Stage.INTRO_REQUESTED)
    ):
        connector = via or record.connector or _best_connector(person)
        if connector is None:
            raise UserError(
                f"who could introduce you to {person.name}? add --via NAME "
                f'(or coffeechat knows "{person.name}" NAME first)'
            )
        if connector.id == person.id:
            raise UserError(f"{person.name} cannot introduce you to themself: name the connector")
        facts = replace(base, person=contact(connector), about=contact(person))
        if kind == DraftKind.FOLLOW_UP:
            first = render_draft(DraftKind.INTRO_REQUEST, facts, templates_for(owner))
            facts = replace(facts, last_subject=first.subject)
        return connector, person, facts
    introducer = record.referred_by or (
        record.connector if record.last(Kind.INTRODUCED) else None
    )
    base = replace(base, connector=contact(introducer))
    if kind == DraftKind.FOLLOW_UP:
        opening = DraftKind.REFERRAL_OUTREACH if record.referred_by else DraftKind.OUTREACH
        first = render_draft(opening, base, templates_for(owner))
        return person, None, replace(base, last_subject=first.subject)
    if kind == DraftKind.UPDATE_REFERRER:
        referral = about or _referral_to_update(record) or _latest_referral(person)
        if referral is None:
            raise UserError(
                f"{person.name} has not referred you to anyone yet: "
                "log met with --referral NAME first"
            )
        notes = Insight.objects.filter(conversation__person=referral).order_by("id")
        return person, referral, replace(
            base, about=contact(referral), about_learned=learned(list(notes), referral.name)
        )
    promises = record.commitments
    they_will = tuple(c.text for c in promises if not c.mine)
    facts = replace(base, they_will=they_will, learned=learned(record.insights))
    if kind == DraftKind.CHECK_IN:  # offer what is still open; a kept promise is news, not an offer
        mine = tuple(c.text for c in promises if c.mine and c.done_at is None)
    else:
        mine = tuple(c.text for c in promises if c.mine)
    return person, None, replace(facts, i_will=mine)


def _latest_referral(person: Person) -> Person | None:
    conversation = (
        Conversation.objects.filter(referred_by=person)
        .select_related("person__organisation")
        .order_by("-referred_at", "-id")
        .first()
    )
    return conversation.person if conversation else None
