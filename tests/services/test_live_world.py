"""The world kept in memory (`pipeline.live`) after any write is the world read afresh,
and the agenda brought forward from it (`rules.agenda.update`) is the agenda worked out
afresh: whichever command wrote, through a service or straight into the database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.db import connection

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.derived import forget
from coffeechat.people.models import Person
from coffeechat.pipeline.agenda import load_world
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.listing import PeopleFilter, ordered_ids
from coffeechat.pipeline.live import live_world
from coffeechat.pipeline.models import Commitment, Conversation, Event
from coffeechat.rules.agenda import prepare, update
from coffeechat.rules.policy import BUSINESS_3B7, Policy
from coffeechat.rules.timeline import fold
from coffeechat.rules.wording import sort_key
from tests.cli.helpers import run

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def met() -> Person:
    return Person.objects.filter(conversation__events__kind="met").order_by("id").first()


def referred() -> Person:
    return Person.objects.filter(conversation__referred_by__isnull=False).order_by("id").first()


def raw(sql: str, *params: object) -> None:
    with connection.cursor() as cursor:  # as another process writes
        cursor.execute(sql, list(params))


def tag_days(tag: str, days: str) -> None:
    run("edit", str(met().id), "--tag", tag)
    run("tags", tag, "--check-in-days", days)


# name -> (the write, whether it reaches only a few people: read again incrementally)
WRITES: dict[str, tuple[Callable[[], None], bool]] = {
    "an event logged": (lambda: run("log", str(met().id), "checked-in"), True),
    "a name changed": (lambda: run("edit", str(met().id), "--name", "Rhiannon Newname"), True),
    "a move to another organisation": (
        lambda: run("edit", str(met().id), "--org", "Elsewhere Labs"), True),
    "a tag with its own check-in days": (
        lambda: run("edit", str(met().id), "--tag", "mentor", "--check-in-days", "30"), True),
    "a tag's check-in days": (lambda: tag_days("mentor", "21"), False),
    "a person removed": (lambda: run("remove", str(met().id), "--yes"), True),
    "a referrer removed": (
        lambda: run("remove", str(referred().conversation.referred_by_id), "--yes"), True),
    "two people merged": (lambda: run("merge", str(met().id), str(referred().id)), True),
    "the last event taken back": (lambda: run("unlog", str(met().id)), True),
    "a promise kept": (lambda: run("done", str(Commitment.objects.filter(
        done_at__isnull=True).order_by("id").first().id)), True),  # type: ignore[union-attr]
    "the landing": (lambda: run("landed", "--role", "Analyst", "--org", "Helio Homes"), True),
    "a referral set in the database": (lambda: Conversation.objects.filter(
        person=met()).update(referred_by=referred(), referred_at=clock.now()), True),
    "an organisation renamed in the database": (lambda: raw(
        "UPDATE people_organisation SET name = %s WHERE id = %s", "Renamed Co",
        met().organisation_id), False),
    "an event deleted in the database": (lambda: raw(
        "DELETE FROM pipeline_event WHERE id = %s",
        Event.objects.order_by("-id").values_list("id", flat=True).first()), True),
}


@pytest.mark.parametrize("name", sorted(WRITES))
@pytest.mark.parametrize("policy", [Policy(), Policy(schedule=BUSINESS_3B7)],
                         ids=["default", "3b7"])
def test_after_a_write_the_kept_world_and_agenda_are_the_fresh_ones(
    name: str, policy: Policy
) -> None:
    forget()
    owner, now = local_owner(), clock.now()
    fill(owner=owner, now=now, size=40)
    before = live_world(owner)
    prepared = prepare(before.world, policy, now)
    everyone = PeopleFilter()
    ordered_ids(owner, everyone, before.version)
    write, incremental = WRITES[name]
    write()
    after = live_world(owner)
    fresh = load_world(owner)
    assert after.version != before.version
    assert after.world == fresh
    assert after.folds == {pid: fold(p.events) for pid, p in fresh.people.items() if p.events}
    changed = after.changed_since(before.version)
    assert (changed is not None) == incremental
    brought = update(prepared, after.world, changed, now)
    assert brought.actions == prepare(fresh, policy, now).actions
    assert live_world(owner) is after  # kept while nothing changes
    by_name = sorted(Person.objects.values_list("name", "id"), key=lambda r: (sort_key(r[0]), r[1]))
    assert ordered_ids(owner, everyone, after.version) == [pid for _, pid in by_name]


def test_steps_back_add_up_and_too_old_a_version_cannot_be_told() -> None:
    forget()
    owner, now = local_owner(), clock.now()
    fill(owner=owner, now=now, size=40)
    first = live_world(owner)
    run("log", str(met().id), "checked-in")
    second = live_world(owner)
    run("edit", str(referred().id), "--notes", "Met at the meetup")
    third = live_world(owner)
    # Whoever a write touched, and maybe some touched at the very version read before:
    # a few more are worked out again for nothing, none is missed.
    since_second = third.changed_since(second.version)
    assert since_second is not None and {referred().id} <= since_second <= {met().id,
                                                                             referred().id}
    assert third.changed_since(first.version) == {met().id, referred().id}
    assert third.changed_since(third.version) == frozenset()
    assert third.changed_since(12345) is None
