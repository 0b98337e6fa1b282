"""Backup and restore hold everything: the demo comes back with the same answers."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps

from coffeechat.accounts.services import local_owner
from coffeechat.exchange.backup import VERSION, backup, coffeechat_models, owner_path, table_name
from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-12-03 09:00")]

ID_KEYS = {"id", "person_id", "about_id", "commitment_id"}


# A command quoted in a reason names a person or promise by id: "(coffeechat done 21)".
QUOTED_ID = re.compile(r"\b(coffeechat [a-z-]+) \d+")


def without_ids(data: Any) -> Any:
    """An answer with the database's ids left out (a restore hands out new ones)."""
    if isinstance(data, dict):
        return {k: without_ids(v) for k, v in data.items() if k not in ID_KEYS}
    if isinstance(data, list):
        return [without_ids(v) for v in data]
    if isinstance(data, str):
        return QUOTED_ID.sub(r"\1 ID", data)
    return data


def answers() -> dict[str, Any]:
    people = run_json("people")
    return {
        "people": without_ids(people),
        "show": [without_ids(run_json("show", str(p["id"]))) for p in people],
        "today": without_ids(run_json("today", "--on", "2026-12-03")),
        "earlier": without_ids(run_json("today", "--on", "2026-10-15")),
        "insights": without_ids(run_json("insights")),
        "targets": run_json("target", "list"),
    }


def fill_everything() -> None:
    """The demo, and one row of each thing the demo leaves out."""
    run("demo", "--people", "40")
    first = run_json("people")[0]["name"]
    run("edit", first, "--tag", "mentor", "--past-org", "Harbor Labs", "--past-org", "Ampere")
    run("tags", "mentor", "--check-in-days", "30")
    run("add-question", "What does a good first year look like at {organisation}?",
        "--category", "culture")
    run("landed", "--role", "Product Marketer", "--org", "Helio Homes", "--on", "2026-12-01")
    run("target", "add", "Verdant Grid", "--motivation", "3", "--role", "Analyst")


def empty_everything() -> None:
    owner = local_owner()
    for model in reversed(coffeechat_models()):
        model._default_manager.filter(**{owner_path(model): owner}).delete()


def test_every_model_of_every_coffeechat_app_is_backed_up() -> None:
    fill_everything()
    tables = backup(owner=local_owner(), now=__import__("datetime").datetime(2026, 12, 3))
    models = [
        m for c in apps.get_app_configs() if c.name.startswith("coffeechat.")
        for m in c.get_models()
    ]
    # Only the database's own bookkeeping is left out (the data version, bumped by
    # triggers: a restore's writes move it on).
    assert {table_name(m) for m in models} - set(tables["tables"]) == {"accounts.dataversion"}
    assert set(tables["tables"]) <= {table_name(m) for m in models}
    empty = sorted(name for name, rows in tables["tables"].items() if not rows)
    assert empty == ["writing.drafttemplate"]  # the demo keeps the default templates


def test_a_restore_into_an_empty_database_gives_the_same_answers(tmp_path: Path) -> None:
    fill_everything()
    run("template", "outreach", "--set", str(_template(tmp_path)))
    before = answers()
    file = tmp_path / "backup.json"
    run("backup", str(file))
    empty_everything()
    assert run_json("people") == []
    run("restore", str(file))
    assert answers() == before


def test_a_restore_over_data_is_refused_unless_replace(tmp_path: Path) -> None:
    fill_everything()
    file = tmp_path / "backup.json"
    run("backup", str(file))
    refused = run("restore", str(file), code=2)
    assert "already holds your data" in refused and "--replace" in refused
    assert len(refused.strip().splitlines()) == 1
    before = answers()
    run("restore", str(file), "--replace", "--yes")
    assert answers() == before


def test_a_backup_from_a_newer_coffeechat_is_refused_in_one_line(tmp_path: Path) -> None:
    run("add", "Dana Whitfield")
    file = tmp_path / "backup.json"
    run("backup", str(file))
    data = json.loads(file.read_text())
    data["version"] = VERSION + 1
    file.write_text(json.dumps(data))
    empty_everything()
    refused = run("restore", str(file), code=2)
    assert f"written by a newer coffeechat (backup format {VERSION + 1}" in refused
    assert len(refused.strip().splitlines()) == 1 and run_json("people") == []


def test_a_file_that_is_not_a_backup_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "notes.json"
    broken.write_text('{"tables": ')
    assert "notes.json is not a coffeechat backup (line 1" in run("restore", str(broken), code=2)
    other = tmp_path / "other.json"
    other.write_text('{"people": []}')
    assert "other.json is not a coffeechat backup" in run("restore", str(other), code=2)


def test_a_damaged_row_restores_nothing(tmp_path: Path) -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    file = tmp_path / "backup.json"
    run("backup", str(file))
    data = json.loads(file.read_text())
    data["tables"]["people.person"][0]["created_at"] = "yesterday"
    file.write_text(json.dumps(data))
    empty_everything()
    refused = run("restore", str(file), code=2)
    assert "is damaged: people.person row 1, created_at" in refused
    assert run_json("people") == []


def _template(folder: Path) -> Path:
    template = folder / "outreach.txt"
    template.write_text(run("template", "outreach"))
    return template


def test_a_second_user_of_the_same_database_can_restore_the_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    file = tmp_path / "backup.json"
    run("backup", str(file))
    monkeypatch.setenv("COFFEECHAT_USER", "sam")
    run("restore", str(file))
    (dana,) = run_json("people")
    monkeypatch.setenv("COFFEECHAT_USER", "me")
    (mine,) = run_json("people")
    assert dana["name"] == mine["name"] and dana["uid"] != mine["uid"]
