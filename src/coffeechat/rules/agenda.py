"""What is due when: the agenda derived from the state of every conversation.

Each rule is a small function of one conversation (or of the whole world, for the rules
that join two people) that yields an `Action` with the moment it fires (appears on the
agenda) and its deadline. `agenda()` cuts the world at a moment, runs every rule and
sorts what has fired from what is coming.

This runs over every person on each `coffeechat today` (thousands of them in a long
search), so the facts (`rules.world`) are NamedTuples, people with no history are skipped
where no rule can apply to them, and the text of a day is formatted once however often
it is named (`dates.human`).
"""

from __future__ import annotations

import re
from bisect import bisect_right, insort
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple

from coffeechat.rules.dates import add_business_days, human, start_of
from coffeechat.rules.policy import BUSINESS_3B7, Policy
from coffeechat.rules.timeline import EventFact, Kind, Progress, Stage, fold
from coffeechat.rules.wording import count, first_name, shell_word
from coffeechat.rules.world import (
    CommitmentFact,
    PersonFact,
    World,
    cut,
    cut_commitment,
    cut_person,
    moments,
)

__all__ = [
    "Action",
    "ActionKind",
    "Agenda",
    "Prepared",
    "actions",
    "agenda",
    "agenda_at",
    "prepare",
    "update",
    "referrer_told",
    "reopened",
    "sender_of",
    "thanks_owed",
]


class ActionKind(StrEnum):
    FOLLOW_UP = "follow_up"
    SECOND_CONTACT = "second_contact"
    MOVE_ON = "move_on"
    NUDGE_CONNECTOR = "nudge_connector"
    REPLY_TO_INTRO = "reply_to_intro"
    RECONNECT = "reconnect"
    PREPARE = "prepare"
    DEBRIEF = "debrief"
    THANK_YOU = "thank_you"
    REACH_OUT_REFERRAL = "reach_out_referral"
    UPDATE_REFERRER = "update_referrer"
    COMMITMENT = "commitment"
    CHECK_IN = "check_in"
    ANNOUNCE_LANDING = "announce_landing"


class Action(NamedTuple):
    kind: ActionKind
    person_id: int
    fires: datetime
    due: datetime
    reason: str
    about_id: int | None = None
    expires: datetime | None = None  # after this the action no longer makes sense
    commitment_id: int | None = None
    # The command that does it, for the terminal: the reason says it in brackets there
    # (`told`); the web page says the reason alone and shows its own button instead.
    command: str = ""

    def overdue(self, at: datetime) -> bool:
        return self.due < at

    @property
    def told(self) -> str:
        """The reason as `coffeechat today` prints it, the command in brackets."""
        if not self.command:
            return self.reason
        return f"{self.reason.removesuffix('.')} ({self.command})."


@dataclass(frozen=True)
class Agenda:
    at: datetime
    items: tuple[Action, ...]
    upcoming: tuple[Action, ...] = field(default=())


def agenda(world: World, at: datetime, policy: Policy | None = None) -> Agenda:
    """Everything open at `at`: fired items first by deadline, then what fires soon."""
    policy = policy or Policy()
    return _open_at(actions(cut(world, at), policy), at, policy)


def _open_at(every: Iterable[Action], at: datetime, policy: Policy) -> Agenda:
    """Of every action, those open at `at` (not expired): the fired by deadline, then
    those firing within the policy's horizon."""
    horizon = at + timedelta(days=policy.upcoming_days)
    items, upcoming = [], []
    for action in every:
        if action.expires is not None and action.expires <= at:
            continue
        if action.fires <= at:
            items.append(action)
        elif action.fires <= horizon:
            upcoming.append(action)
    # The overdue (`a.due < at`) first: their deadlines are before any other's.
    items.sort(key=by_due)
    upcoming.sort(key=by_firing)
    return Agenda(at, tuple(items), tuple(upcoming))


def by_due(a: Action) -> tuple[Any, ...]:
    """The order the fired are listed in: by deadline, then person, kind, and what tells
    two of a kind apart (the same order however the actions were gathered)."""
    return (a.due, a.person_id, a.kind, a.commitment_id or 0, a.about_id or 0, a.reason)


def by_firing(a: Action) -> tuple[Any, ...]:
    """The order of what is coming: by when it fires, then as `by_due`."""
    return (a.fires, a.person_id, a.kind, a.commitment_id or 0, a.about_id or 0, a.reason)


@dataclass(frozen=True)
class Prepared:
    """A world's actions under a policy, worked out once (`prepare`) for the agenda at
    any moment from `since` until before `until` (`agenda_at`), the stretch in which the
    world cut at that moment stays the same: the web page keeps it until the data
    changes or the clock leaves the stretch, and when the data changes, works out again
    only the actions of the people the change can reach (`update`)."""

    world: World
    policy: Policy
    actions: tuple[Action, ...]  # by deadline: the order the fired ones are listed in
    since: datetime | None = None  # the latest moment known by then; None: from ever
    until: datetime | None = None  # the next moment the world holds; None: for ever
    by_firing: tuple[Action, ...] = ()  # the same, by when they fire (what is coming)
    firings: tuple[datetime, ...] = ()  # when each of `by_firing` fires
    facts: Facts | None = None  # of the world cut in the stretch: what `update` reuses
    by_person: Mapping[int, tuple[Action, ...]] = field(default_factory=dict)

    def holds_at(self, at: datetime) -> bool:
        return (self.since is None or self.since <= at) and (
            self.until is None or at < self.until)


def prepare(world: World, policy: Policy | None = None, at: datetime | None = None) -> Prepared:
    """Every action of the world as it stood at `at` (None: the whole world), sorted
    once for `agenda_at`.

    The actions depend on the moment only through the cut world, and the cut world
    changes only at the world's own moments (an event, a promise kept, ...): between the
    latest moment up to `at` and the next one after it, the agenda at any moment is these
    actions, filtered."""
    policy = policy or Policy()
    known = sorted(moments(world))
    split = len(known) if at is None else bisect_right(known, at)
    facts = gather(world if at is None else cut(world, at), policy)
    by_person = {}
    for pid in facts.world.people:
        if found := person_actions(pid, facts, policy):
            by_person[pid] = tuple(found)
    every = [a for found in by_person.values() for a in found]
    every += landing_actions(facts.world, facts.progress, policy)
    # The fired by deadline (an overdue one's deadline is before any other's), the
    # coming by firing, as `agenda` sorts them.
    coming = sorted(every, key=by_firing)
    every.sort(key=by_due)
    return Prepared(world, policy, tuple(every),
                    known[split - 1] if split else None,
                    known[split] if split < len(known) else None,
                    tuple(coming), tuple(a.fires for a in coming), facts, by_person)


# Past this many people changed at once (an import, a restore), `update` starts afresh.
UPDATED_AT_MOST = 500


def update(prepared: Prepared, world: World, changed: Collection[int] | None,
           at: datetime) -> Prepared:
    """`prepare(world, prepared.policy, at)` for a `world` that differs from the prepared
    one only in the people `changed` (their facts, events, promises; added or removed;
    None: anyone): the actions are worked out again only for them and their
    `neighbours` before and after, the rest are reused. When that cannot be told (the
    clock left the stretch, the landing changed or was logged, too many changed), it
    prepares afresh."""
    old, policy = prepared.facts, prepared.policy
    if (
        old is None
        or changed is None
        or len(changed) > UPDATED_AT_MOST
        or not prepared.holds_at(at)
        or world.landed_at is not None
        or prepared.world.landed_at is not None
    ):
        return prepare(world, policy, at)
    people = dict(old.world.people)
    reached = set(changed)
    for pid in changed:
        if pid in people:
            reached |= neighbours(people[pid], old, policy)
    named_by, referred, members = dict(old.named_by), dict(old.referred), dict(old.members)
    for pid in changed:
        if (before := people.pop(pid, None)) is not None:
            _index(before, named_by, referred, members, policy, -1)
        if (now := world.people.get(pid)) is not None:
            people[pid] = now = cut_person(now, at)
            _index(now, named_by, referred, members, policy, +1)
    since, until = prepared.since, prepared.until
    changed_moments = moments(World({p: people[p] for p in changed if p in people},
                                    tuple(c for c in world.commitments if c.person_id in changed)))
    for moment in changed_moments:  # the stretch narrows to the changed people's moments
        if moment <= at:
            since = moment if since is None or moment > since else since
        elif until is None or moment < until:
            until = moment
    # Their promises, as they stood at `at` (one pass with a set lookup: the rest of the
    # promises, thousands of them, stay as they were).
    promises = dict(old.promises)
    for pid in changed:
        promises.pop(pid, None)
    for c in world.commitments:
        if c.person_id in changed and c.made_at <= at:
            promises[c.person_id] = (*promises.get(c.person_id, ()), cut_commitment(c, at))
    cut_world = World(people, (), None)  # its promises are the facts' `promises`
    progress = dict(old.progress)
    for pid in changed:
        progress.pop(pid, None)
        if pid in people:
            progress[pid] = fold(people[pid].events)
    colleagues = policy.schedule == BUSINESS_3B7
    facts = Facts(
        cut_world, progress,
        _unapproached_by_organisation(cut_world, progress) if colleagues else {},
        promises, named_by, referred, members, frozenset(),
    )
    for pid in changed:
        if pid in people:
            reached |= neighbours(people[pid], facts, policy)
    by_person = dict(prepared.by_person)
    gone: set[int] = set()  # the old actions of those worked out again (by identity)
    added: list[Action] = []
    for pid in reached:
        gone.update(map(id, by_person.pop(pid, ())))
        if pid in people and (found := person_actions(pid, facts, policy)):
            by_person[pid] = tuple(found)
            added += found
    # The sorted lists kept, less the old actions, with the new ones put in their places.
    every = [a for a in prepared.actions if id(a) not in gone]
    coming = [a for a in prepared.by_firing if id(a) not in gone]
    for a in added:
        insort(every, a, key=by_due)
        insort(coming, a, key=by_firing)
    return Prepared(world, policy, tuple(every), since, until, tuple(coming),
                    tuple(a.fires for a in coming), facts, by_person)


def _index(person: PersonFact, named_by: dict[int, frozenset[int]],
           referred: dict[int, frozenset[int]], members: dict[str, frozenset[int]],
           policy: Policy, sign: int) -> None:
    """Add (+1) or take out (-1) what `gather` indexed of one person (new sets: the old
    ones stay as the earlier facts had them)."""

    def put(index: dict[Any, frozenset[int]], key: Any) -> None:
        have = index.get(key, frozenset())
        index[key] = have | {person.id} if sign > 0 else have - {person.id}

    for other in {e.other_id for e in person.events if e.other_id is not None}:
        put(named_by, other)
    if person.referred_by_id is not None:
        put(referred, person.referred_by_id)
    if policy.schedule == BUSINESS_3B7 and person.organisation:
        put(members, person.organisation)


def agenda_at(prepared: Prepared, at: datetime) -> Agenda:
    """`agenda(prepared.world, at, prepared.policy)`, without running the rules again
    when `at` is in the stretch the actions were worked out for: the sorted actions,
    filtered. Outside it (the clock set back, or past an event logged ahead of time)
    the world is cut and the rules run."""
    if not prepared.holds_at(at):
        return agenda(prepared.world, at, prepared.policy)
    horizon = at + timedelta(days=prepared.policy.upcoming_days)
    items = tuple(
        a for a in prepared.actions
        if a.fires <= at and (a.expires is None or a.expires > at)
    )
    coming = prepared.by_firing[
        bisect_right(prepared.firings, at) : bisect_right(prepared.firings, horizon)
    ]
    upcoming = tuple(a for a in coming if a.expires is None or a.expires > at)
    return Agenda(at, items, upcoming)


def actions(world: World, policy: Policy) -> Iterator[Action]:
    """Every open action in the world, whenever it fires: each person's (`person_actions`),
    then the news of my landing."""
    facts = gather(world, policy)
    for pid in world.people:
        yield from person_actions(pid, facts, policy)
    yield from landing_actions(world, facts.progress, policy)


class Facts(NamedTuple):
    """What the rules read beyond one person's own facts, gathered once for everyone."""

    world: World
    progress: Mapping[int, Progress]
    spare: Mapping[str, Colleagues]  # 3B7 only: who is left to approach at each organisation
    promises: Mapping[int, tuple[CommitmentFact, ...]]  # by the person they were made with
    named_by: Mapping[int, frozenset[int]]  # whose events name this person (other_id)
    referred: Mapping[int, frozenset[int]]  # whom this person referred me to
    members: Mapping[str, frozenset[int]]  # 3B7 only: who is at each organisation
    waiting: frozenset[int]  # owed the news of my landing


def gather(world: World, policy: Policy,
           progress: Mapping[int, Progress] | None = None) -> Facts:
    if progress is None:
        progress = {pid: fold(p.events) for pid, p in world.people.items()}
    named_by: dict[int, set[int]] = {}
    referred: dict[int, set[int]] = {}
    members: dict[str, set[int]] = {}
    colleagues = policy.schedule == BUSINESS_3B7
    for person in world.people.values():
        for e in person.events:
            if e.other_id is not None:
                named_by.setdefault(e.other_id, set()).add(person.id)
        if person.referred_by_id is not None:
            referred.setdefault(person.referred_by_id, set()).add(person.id)
        if colleagues and person.organisation:
            members.setdefault(person.organisation, set()).add(person.id)
    return Facts(
        world,
        progress,
        _unapproached_by_organisation(world, progress) if colleagues else {},
        _promises_by_person(world),
        {k: frozenset(v) for k, v in named_by.items()},
        {k: frozenset(v) for k, v in referred.items()},
        {k: frozenset(v) for k, v in members.items()},
        frozenset(owed_the_news(world, progress)),
    )


def _promises_by_person(world: World) -> dict[int, tuple[CommitmentFact, ...]]:
    promises: dict[int, list[CommitmentFact]] = {}
    for c in world.commitments:
        promises.setdefault(c.person_id, []).append(c)
    return {pid: tuple(found) for pid, found in promises.items()}


def neighbours(person: PersonFact, facts: Facts, policy: Policy) -> set[int]:
    """Everyone whose actions read this person's facts (and whose facts theirs read): the
    one who referred them and those they referred, whoever their events name and whoever
    names them, and under 3B7 their colleagues. A change to this person can change
    these people's actions and no one else's (`update`)."""
    found = set(facts.named_by.get(person.id, ()))
    found |= facts.referred.get(person.id, frozenset())
    found.update(e.other_id for e in person.events if e.other_id is not None)
    if person.referred_by_id is not None:
        found.add(person.referred_by_id)
    if policy.schedule == BUSINESS_3B7 and person.organisation:
        found |= facts.members.get(person.organisation, frozenset())
    return found


def person_actions(pid: int, facts: Facts, policy: Policy) -> list[Action]:
    """The actions one person's conversation, referral, promises and check-ins give."""
    world = facts.world
    person, p = world.people[pid], facts.progress[pid]
    promises = facts.promises.get(pid, ())
    if p.last_at is None and person.referred_by_id is None and not promises:
        return []  # no history yet: no rule can apply
    found: list[Action] = []
    if p.last_at is not None:
        found.extend(conversation_actions(person, p, world, policy, facts.spare))
    found.extend(referral_actions(person, p, world, policy))
    found.extend(a for c in promises if (a := commitment_action(c, world, policy)))
    if p.met_at is not None and p.stage != Stage.DECLINED and pid not in facts.waiting:
        found.append(check_in_action(person, last_interaction(pid, facts), policy))
    return found


class Colleagues(NamedTuple):
    """3B7: at one organisation, who has not been approached, and how many have been."""

    spare: list[PersonFact]
    approached: int


def _unapproached_by_organisation(
    world: World, progress: Mapping[int, Progress]
) -> dict[str, Colleagues]:
    spare: dict[str, list[PersonFact]] = {}
    approached: dict[str, int] = {}
    for pid in sorted(world.people):
        person = world.people[pid]
        if not person.organisation:
            continue
        if progress[pid].approached:
            approached[person.organisation] = approached.get(person.organisation, 0) + 1
        else:
            spare.setdefault(person.organisation, []).append(person)
    return {
        org: Colleagues(spare.get(org, []), approached.get(org, 0))
        for org in spare.keys() | approached.keys()
    }


def conversation_actions(
    person: PersonFact,
    p: Progress,
    world: World,
    policy: Policy,
    spare: Mapping[str, Colleagues],
) -> Iterator[Action]:
    if not p.closed and world.landed_at is None:
        yield from _outreach(person, p, world, policy, spare)
    if p.stage == Stage.SCHEDULED and p.meeting_at is not None:
        yield from _meeting(person, p, policy)
    if p.met_at is not None and not p.thanked:
        due = p.met_at + timedelta(hours=policy.thank_you_hours)
        owed = thanks_owed(person, p, world)
        also = command = ""
        if owed is not None:
            sender = _name(world, owed[0])
            also = f" {sender} {owed[1]}: thank {first_name(sender) or sender} for it too."
            command = (f"coffeechat draft {shell_word(sender)} update_referrer "
                       f"--about {shell_word(person.name)}")
        yield Action(
            ActionKind.THANK_YOU,
            person.id,
            p.met_at,
            due,
            f"You met {person.name} on {human(p.met_at)}: thank them within "
            f"{count(policy.thank_you_hours, 'hour')}, naming what they agreed to do.{also}",
            command=command,
        )


def _outreach(
    person: PersonFact,
    p: Progress,
    world: World,
    policy: Policy,
    spare: Mapping[str, Colleagues],
) -> Iterator[Action]:
    name = person.name
    grace = timedelta(days=policy.act_within_days)
    if p.postponed_until is not None and p.postponed_at is not None:
        # They asked for time: nothing is chased until the day they named.
        fires = p.postponed_until
        yield Action(
            ActionKind.RECONNECT,
            person.id,
            fires,
            fires + timedelta(days=policy.reconnect_days),
            f"On {human(p.postponed_at)} {name} asked you to write again on "
            f"{human(fires)}: write again, reminding them of their own words.",
        )
        return
    if p.stage == Stage.INTRO_REQUESTED and p.intro_at is not None and p.connector_id is not None:
        connector = _name(world, p.connector_id)
        if p.followed_up_at is None:
            fires = p.intro_at + timedelta(days=policy.nudge_days)
            yield Action(
                ActionKind.NUDGE_CONNECTOR,
                p.connector_id,
                fires,
                fires + grace,
                f"You asked {connector} on {human(p.intro_at)} to introduce you to {name} "
                "and no introduction has come: nudge them once.",
                about_id=person.id,
                command=f"then: coffeechat log {person.id} followed-up",
            )
        else:
            yield _move_on(
                person,
                p.followed_up_at,
                policy,
                f"{connector} was nudged on {human(p.followed_up_at)} and no "
                f"introduction to {name} came",
                about_id=p.connector_id,
            )
        return
    if p.stage == Stage.INTRODUCED and p.introduced_at is not None:
        yield _reply_to_intro(person, p, world, policy)
        return
    if p.replied or p.contact_at is None:
        return
    if p.stage == Stage.CONTACTED:
        yield from _follow_up(person, p.contact_at, policy, spare)
    elif p.stage == Stage.FOLLOWED_UP and p.followed_up_at is not None:
        yield _move_on(
            person,
            p.followed_up_at,
            policy,
            f"You followed up with {name} on {human(p.followed_up_at)} and heard nothing",
        )


def _reply_to_intro(person: PersonFact, p: Progress, world: World, policy: Policy) -> Action:
    """An introduction waits for my reply: the follow-up clock starts only once I write."""
    assert p.introduced_at is not None
    who = _name(world, p.introducer_id) if p.introducer_id is not None else "Someone"
    fires = p.introduced_at
    return Action(
        ActionKind.REPLY_TO_INTRO,
        person.id,
        fires,
        fires + timedelta(days=policy.reply_to_intro_days),
        f"{who} introduced you to {person.name} on {human(fires)}: reply to all, thank "
        f"{who.split()[0] if p.introducer_id is not None else 'them'}, move them to bcc.",
        about_id=p.introducer_id,
        command=f"then: coffeechat log {person.id} contacted",
    )


def _follow_up(
    person: PersonFact,
    contact_at: datetime,
    policy: Policy,
    spare: Mapping[str, Colleagues],
) -> Iterator[Action]:
    grace = timedelta(days=policy.act_within_days)
    if policy.schedule == BUSINESS_3B7:
        fires = add_business_days(contact_at, policy.business_follow_up_days)
        days = f"{policy.business_follow_up_days} business days"
        yield from _second_contact(person, contact_at, policy, spare)
    else:
        fires = contact_at + timedelta(days=policy.follow_up_days)
        days = f"{policy.follow_up_days} days"
    yield Action(
        ActionKind.FOLLOW_UP,
        person.id,
        fires,
        fires + grace,
        f"You contacted {person.name} on {human(contact_at)} and have had no reply "
        f"for {days}: send one short follow-up in the same thread.",
    )


def _second_contact(
    person: PersonFact,
    contact_at: datetime,
    policy: Policy,
    spare: Mapping[str, Colleagues],
) -> Iterator[Action]:
    """3B7: no reply after three business days, so line up someone else at the organisation,
    unless someone else there has been approached already (before or since)."""
    if not person.organisation:
        return
    colleagues = spare.get(person.organisation, Colleagues([], 0))
    if colleagues.approached > 1:  # the person is one of them
        return
    fires = add_business_days(contact_at, policy.second_contact_business_days)
    colleague = next((other for other in colleagues.spare if other.id != person.id), None)
    who = f"{colleague.name}, who is" if colleague else "someone else"
    yield Action(
        ActionKind.SECOND_CONTACT,
        person.id,
        fires,
        fires + timedelta(days=policy.act_within_days),
        f"No reply from {person.name} after {policy.second_contact_business_days} business "
        f"days: reach out to {who} at {person.organisation} as well.",
        about_id=colleague.id if colleague else None,
    )


def _move_on(
    person: PersonFact, since: datetime, policy: Policy, what: str, about_id: int | None = None
) -> Action:
    fires = since + timedelta(days=policy.move_on_days)
    return Action(
        ActionKind.MOVE_ON,
        person.id,
        fires,
        fires + timedelta(days=policy.act_within_days),
        f"{what} for {policy.move_on_days} days: move on and put your energy "
        "into someone else.",
        about_id=about_id,
    )


def _meeting(person: PersonFact, p: Progress, policy: Policy) -> Iterator[Action]:
    assert p.meeting_at is not None
    if not p.prepared:
        fires = start_of(p.meeting_at) - timedelta(days=policy.prepare_days_before)
        yield Action(
            ActionKind.PREPARE,
            person.id,
            max(fires, p.scheduled_at or fires),
            p.meeting_at,
            f"You meet {person.name} on {human(p.meeting_at)} for {p.meeting_minutes} "
            "minutes: research them, plan your questions and the two asks.",
            expires=p.meeting_at,
        )
    ends = p.meeting_at + timedelta(minutes=p.meeting_minutes)
    yield Action(
        ActionKind.DEBRIEF,
        person.id,
        ends,
        ends + timedelta(days=policy.debrief_days),
        # Read before the meeting too (coming up), so said for either side of it.
        f"After your meeting with {person.name} on {human(p.meeting_at)}, record what you "
        "learned, referrals and promises while they are fresh.",
    )


def sender_of(person: PersonFact, p: Progress) -> tuple[int, datetime] | None:
    """Who led me to `person`, and when: their referrer (the first), else whoever
    introduced us. Either is owed an update after the meeting and the news at landing."""
    if person.referred_by_id is not None and person.referred_at is not None:
        return person.referred_by_id, person.referred_at
    if p.introducer_id is not None and p.introduced_at is not None:
        return p.introducer_id, p.introduced_at
    return None


def thanks_owed(person: PersonFact, p: Progress, world: World) -> tuple[int, str] | None:
    """Whom the meeting with `person` is owed to, and how they made it happen ("suggested
    you talk", "introduced you"): their referrer or introducer, named before we met and
    not yet told how it went. The thank-you to `person` is the moment to thank them too,
    and `update_referrer` for them is due while this holds."""
    sender = sender_of(person, p)
    if sender is None or sender[0] not in world.people or p.met_at is None:
        return None
    sender_id, sent_at = sender
    if sent_at > p.met_at or referrer_told(world.people[sender_id].events, person.id, p.met_at):
        return None
    how = "suggested you talk" if person.referred_by_id == sender_id else "introduced you"
    return sender_id, how


def reopened(person: PersonFact, p: Progress) -> bool:
    """A referral to someone whose conversation had closed (no reply, declined) opens it
    again: the referrer's name is a new reason to write."""
    return (
        p.closed
        and p.closed_at is not None
        and person.referred_at is not None
        and person.referred_at > p.closed_at
    )


def referral_actions(
    person: PersonFact, p: Progress, world: World, policy: Policy
) -> Iterator[Action]:
    """Reach out to a referral; tell whoever led me to someone how the meeting went."""
    sender = sender_of(person, p)
    if sender is None or sender[0] not in world.people:
        return
    sender_id, sent_at = sender
    referrer = _name(world, sender_id)
    referred = person.referred_by_id == sender_id
    if (
        referred
        and (not p.approached or reopened(person, p))
        and world.landed_at is None
    ):
        fires = sent_at
        again = " (the conversation had closed: this is a new reason to write)" if (
            p.approached
        ) else ""
        yield Action(
            ActionKind.REACH_OUT_REFERRAL,
            person.id,
            fires,
            fires + timedelta(days=policy.reach_out_days),
            f"{referrer} suggested you talk with {person.name}: reach out and say "
            f"{referrer} sent you{again}.",
            about_id=sender_id,
        )
    # Met since the suggestion: a meeting before it owes the referrer nothing.
    met = p.met_at
    if met is not None and thanks_owed(person, p, world) is not None:
        how, gift = (
            ("suggested", "the suggestion") if referred
            else ("introduced you to", "the introduction")
        )
        yield Action(
            ActionKind.UPDATE_REFERRER,
            sender_id,
            met,
            met + timedelta(days=policy.update_referrer_days),
            f"You met {person.name}, whom {referrer} {how}: tell {referrer} "
            f"how it went and thank them for {gift}.",
            about_id=person.id,
        )


def referrer_told(
    referrer_events: Sequence[EventFact], referral_id: int, met_at: datetime | None
) -> bool:
    """Whether the referrer heard how it went with their referral since I met them; an
    update that names nobody covers every meeting before it."""
    return met_at is not None and any(
        e.kind == Kind.UPDATED_REFERRER and e.at >= met_at and e.other_id in (None, referral_id)
        for e in referrer_events
    )


# What a promise says when it was about finding me a job ("flag me for the opening",
# "pass my resume to the hiring manager"): once I have landed, nobody is chased for it.
_JOB_SEARCH = re.compile(
    r"\b(?:jobs?|openings?|vacanc(?:y|ies)|positions?|roles?|postings?|internships?|hir\w*|"
    r"recruit\w*|r[ée]sum[ée]s?|cvs?|appl(?:y|ying|ication)s?|interviews?|referr(?:al|ed)? "
    r"me|refer me|flag me|keep me in mind|put in a word|put a word in)\b",
    re.IGNORECASE,
)


def about_the_search(text: str) -> bool:
    """Whether a promise was about finding me a job (not advice, an article, a contact)."""
    return _JOB_SEARCH.search(text) is not None


def commitment_action(c: CommitmentFact, world: World, policy: Policy) -> Action | None:
    """An open promise: mine to do, or theirs to check on gently once it is late."""
    if c.done_at is not None or c.person_id not in world.people:
        return None
    if world.landed_at is not None and not c.mine and about_the_search(c.text):
        return None  # I found the job: theirs to help me find one is done with; mine stay
    name = _name(world, c.person_id)
    if c.mine:
        due = c.due or c.made_at + timedelta(days=policy.my_commitment_days)
        reason = f"You offered {name}: {c.text}. Do it and tell them."
        return Action(ActionKind.COMMITMENT, c.person_id, c.made_at, due, reason,
                      commitment_id=c.id, command=f"coffeechat done {c.id}")
    fires = c.due or c.made_at + timedelta(days=policy.their_commitment_days)
    reason = f"{name} offered: {c.text}. If it has not happened, check in gently."
    return Action(
        ActionKind.COMMITMENT,
        c.person_id,
        fires,
        fires + timedelta(days=policy.their_commitment_days),
        reason,
        commitment_id=c.id,
        command=f"coffeechat done {c.id} once it has",
    )


def check_in_action(person: PersonFact, since: datetime, policy: Policy) -> Action:
    """Someone met: stay in touch once `since`, the last interaction, is long enough ago."""
    days = person.check_in_days if person.check_in_days is not None else policy.check_in_days
    fires = since + timedelta(days=days)
    return Action(
        ActionKind.CHECK_IN,
        person.id,
        fires,
        fires + timedelta(days=policy.act_within_days),
        f"Nothing with {person.name} since {human(since)} ({days} days): check in, "
        "share something useful to them.",
    )


_THROUGH = (Kind.INTRO_REQUESTED, Kind.INTRODUCED)


def last_interaction(pid: int, facts: Facts) -> datetime:
    """`last_interactions(...)[pid]` for one person met, from the facts gathered: their
    own latest event, an introduction asked of them or made by them, a promise kept."""
    people = facts.world.people
    last = facts.progress[pid].last_at
    assert last is not None
    for other in facts.named_by.get(pid, ()):
        for e in people[other].events:
            if e.other_id == pid and e.kind in _THROUGH and e.at > last:
                last = e.at
    for c in facts.promises.get(pid, ()):
        if c.done_at is not None and c.done_at > last:
            last = c.done_at
    return last


def last_interactions(world: World, progress: Mapping[int, Progress]) -> dict[int, datetime]:
    """The latest interaction with each person: anything on their timeline (a message
    either way, a meeting, an update, a check-in), a promise kept with them (`done N`),
    an introduction asked of them or made by them.

    Each person's own latest event is already in their folded progress (`last_at`).
    """
    last = {pid: p.last_at for pid, p in progress.items() if p.last_at is not None}
    through = [
        (e.other_id, e.at)
        for person in world.people.values()
        for e in person.events
        if e.kind in _THROUGH and e.other_id is not None
    ]
    through += [(c.person_id, c.done_at) for c in world.commitments if c.done_at is not None]
    for other, at in through:
        if other not in last or at > last[other]:
            last[other] = at
    return last


def owed_the_news(world: World, progress: Mapping[int, Progress]) -> set[int]:
    """Everyone due an `announce_landing` who has not had it: each person met before I
    landed, and whoever led me to someone met by then (met themself or not)."""
    landed = world.landed_at
    if landed is None:
        return set()
    senders = {
        sent[0]
        for person in world.people.values()
        if (met := progress[person.id].met_at) is not None and met <= landed
        and (sent := sender_of(person, progress[person.id])) is not None
    }
    owed = set()
    for person in world.people.values():
        met = progress[person.id].met_at
        if met is not None and met > landed:  # someone met after landing knows where I work
            continue
        if met is None and person.id not in senders:
            continue
        if any(e.kind == Kind.ANNOUNCED and e.at >= landed for e in person.events):
            continue
        owed.add(person.id)
    return owed


def landing_actions(
    world: World, progress: Mapping[int, Progress], policy: Policy
) -> Iterator[Action]:
    landed = world.landed_at
    if landed is None:
        return
    for pid in sorted(owed_the_news(world, progress)):
        person = world.people[pid]
        yield Action(
            ActionKind.ANNOUNCE_LANDING,
            person.id,
            landed,
            landed + timedelta(days=policy.announce_days),
            f"You landed on {human(landed)}: tell {person.name} the news, thank them for "
            "their part and give your new contact details.",
        )


def _name(world: World, person_id: int) -> str:
    person = world.people.get(person_id)
    return person.name if person else f"person {person_id}"
