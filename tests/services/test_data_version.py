"""The data version moves on every write to any coffeechat table, however it is made."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from django.db import connection

from coffeechat.accounts.services import local_owner
from coffeechat.accounts.version import TABLE, current, install, triggered_tables
from coffeechat.people.models import Person, Tag
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.touched import TABLE as TOUCHED
from coffeechat.targets.changes import TABLE as GRAPH_CHANGE
from tests.cli.helpers import run

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-12-03 09:00")]

APPS = ("accounts", "people", "pipeline", "writing", "targets")


def coffeechat_tables() -> set[str]:
    """Every table of a coffeechat app in the test database, read from the database, but
    the two counters (the warm paths' one only moves with a watched table's write) and
    the list of whom a write touched, which those writes keep."""
    return {
        t for t in connection.introspection.table_names()
        if t.split("_")[0] in APPS and t not in (TABLE, GRAPH_CHANGE, TOUCHED)
    }


def test_every_coffeechat_table_has_the_triggers() -> None:
    tables = coffeechat_tables()
    assert {"people_person", "people_person_tags", "pipeline_event"} <= tables
    found = triggered_tables(connection)
    assert {t: found.get(t) for t in tables} == {t: {"INSERT", "UPDATE", "DELETE"} for t in tables}
    assert TABLE not in found


def test_installing_again_changes_nothing() -> None:
    before = triggered_tables(connection)
    install()
    install()
    assert triggered_tables(connection) == before


def test_a_raw_write_a_bulk_insert_and_an_update_each_move_the_version() -> None:
    owner = local_owner()
    seen = [current()]
    with connection.cursor() as cursor:  # as another process, or `exchange.bulk`, writes
        cursor.execute(
            "INSERT INTO people_tag (owner_id, name, check_in_days) VALUES (%s, %s, NULL)",
            [owner.pk, "mentor"],
        )
    seen.append(current())
    Person.objects.bulk_create([
        Person(owner=owner, name=f"Person {n}", created_at=datetime(2026, 12, 1))
        for n in range(3)
    ])
    seen.append(current())
    Person.objects.filter(owner=owner).update(notes="met at the fair")
    seen.append(current())
    Person.objects.filter(owner=owner, name="Person 0").delete()
    seen.append(current())
    Person.objects.get(name="Person 1").tags.add(Tag.objects.get(name="mentor"))
    seen.append(current())
    assert seen == sorted(set(seen)), seen  # each write moved it on


def test_the_demo_and_a_restore_over_it_move_the_version(tmp_path: Path) -> None:
    before = current()
    fill(owner=local_owner(), now=datetime(2026, 12, 3, 9, 0), size=40)
    filled = current()
    assert filled > before
    file = tmp_path / "backup.json"
    run("backup", str(file))
    assert current() == filled  # reading writes nothing
    run("restore", str(file), "--replace", "--yes")
    assert current() > filled
