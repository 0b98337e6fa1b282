"""`today` reads an up-to-date SQLite file without Django (pipeline.direct): the same
agenda as through Django, and only when nothing needs Django first."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.apps import apps
from django.db import connection

from coffeechat import bootstrap
from coffeechat.accounts.services import change_setting, local_owner
from coffeechat.people.models import Organisation, Person, Tag
from coffeechat.people.services import set_tag_check_in, set_tags
from coffeechat.pipeline import direct
from coffeechat.pipeline.agenda import today
from coffeechat.pipeline.demo import fill
from coffeechat.pipeline.models import Commitment, Conversation, Event, Landing
from coffeechat.pipeline.reading import TABLES

NOW = datetime(2026, 11, 23, 9, 0)

on_sqlite = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the direct read is for SQLite files"
)


def test_the_queries_name_the_models_tables() -> None:
    from django.contrib.auth.models import User

    from coffeechat.accounts.models import Profile

    models = {
        "event": Event,
        "conversation": Conversation,
        "person": Person,
        "organisation": Organisation,
        "commitment": Commitment,
        "person_tags": Person.tags.through,
        "tag": Tag,
        "landing": Landing,
        "user": User,
        "profile": Profile,
    }
    assert {k: v for k, v in TABLES.items() if k != "landing_on"} == {
        k: m._meta.db_table for k, m in models.items()
    }
    assert TABLES["landing_on"] == connection.ops.quote_name(Landing._meta.get_field("on").column)


def test_the_apps_found_without_importing_them_are_djangos() -> None:
    configs = [(c.label, Path(c.path)) for c in apps.get_app_configs()]
    assert bootstrap.installed_apps() == configs
    shipped = bootstrap.shipped_migrations(bootstrap.installed_apps())
    assert ("pipeline", "0001_initial") in shipped and ("auth", "0001_initial") in shipped


@on_sqlite
@pytest.mark.django_db
@pytest.mark.parametrize("days", [-30, -3, 0, 2, 10, 90])
def test_the_direct_read_gives_the_agenda_django_gives(days: int) -> None:
    owner = local_owner()
    fill(owner=owner, now=NOW, size=80)
    at = NOW + timedelta(days=days)
    built = direct.read(connection.connection, at)
    assert built is not None
    assert built == today(owner=owner, at=at)
    assert built[0].items or days < -10


@on_sqlite
@pytest.mark.django_db
def test_the_direct_read_applies_the_users_settings_and_tag_intervals() -> None:
    owner = local_owner()
    fill(owner=owner, now=NOW, size=60)
    change_setting(owner=owner, name="schedule", value="3B7")
    change_setting(owner=owner, name="check_in_days", value=20)
    tagged = list(Person.objects.filter(owner=owner)[:10])
    for person in tagged:
        set_tags(owner=owner, person=person, tags=["mentors"])
    set_tag_check_in(owner=owner, name="mentors", days=5)
    for days in (0, 14, 45):
        at = NOW + timedelta(days=days)
        built = direct.read(connection.connection, at)
        assert built is not None and built == today(owner=owner, at=at)
    result = direct.read(connection.connection, NOW)
    assert result is not None
    reasons = [a.reason for a in (*result[0].items, *result[0].upcoming)]
    assert any("business days" in r for r in reasons)  # the 3B7 schedule took effect


@on_sqlite
@pytest.mark.django_db
def test_django_answers_when_the_schema_is_behind_the_code(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local_owner()
    shipped = bootstrap.shipped_migrations(bootstrap.installed_apps())
    monkeypatch.setattr(
        bootstrap, "shipped_migrations", lambda _: shipped | {("pipeline", "9999_next")}
    )
    assert direct.read(connection.connection, NOW) is None


@on_sqlite
@pytest.mark.django_db
def test_django_answers_before_the_local_user_exists(monkeypatch: pytest.MonkeyPatch) -> None:
    local_owner()
    monkeypatch.setenv("COFFEECHAT_USER", "somebody-else")
    assert direct.read(connection.connection, NOW) is None


def test_only_an_existing_sqlite_file_is_read_directly(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = tmp_path / "mine.sqlite3"
    monkeypatch.setenv("COFFEECHAT_DB", str(db))
    monkeypatch.setattr(direct, "_django_started", lambda: False)
    assert direct.database_file() is None  # a new path: Django creates and migrates it
    db.write_bytes(b"")
    assert direct.database_file() == db.resolve()
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "somebody.elses.settings")
    assert direct.database_file() is None
    monkeypatch.setenv("DJANGO_SETTINGS_MODULE", "coffeechat.settings")
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    assert direct.database_file() == db.resolve()  # --db (COFFEECHAT_DB) comes first
    monkeypatch.setenv("COFFEECHAT_DB", "postgres://postgres@127.0.0.1:5432/test")
    assert direct.database_file() is None
    monkeypatch.delenv("COFFEECHAT_DB")
    assert direct.database_file() is None  # then DATABASE_URL


def test_a_process_running_django_uses_its_own_connection(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = tmp_path / "other.sqlite3"
    db.write_bytes(b"")
    monkeypatch.setenv("COFFEECHAT_DB", str(db))
    assert direct.database_file() is None  # pytest-django started Django here


def test_a_file_that_is_not_a_database_is_left_to_django(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = tmp_path / "notes.sqlite3"
    db.write_text("not a database\n")
    monkeypatch.setenv("COFFEECHAT_DB", str(db))
    monkeypatch.setattr(direct, "_django_started", lambda: False)
    assert direct.today(NOW) is None
    assert db.read_text() == "not a database\n"
