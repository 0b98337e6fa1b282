"""Putting people right: rename, merge and remove, through the CLI, with every table
checked for rows left pointing at nobody, and a failure half-way changing nothing."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.db import models
from typer.testing import CliRunner

from coffeechat.cli import app
from tests.cli.helpers import agenda, run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


def dangling() -> list[str]:
    """Every foreign key, in every table, that names a row which does not exist."""
    found = []
    for model in apps.get_models(include_auto_created=True):
        for field in model._meta.concrete_fields:
            if not isinstance(field, models.ForeignKey):
                continue
            target = field.related_model
            ids = set(target._default_manager.values_list("pk", flat=True))
            for pk, ref in model._default_manager.values_list("pk", field.attname):
                if ref is not None and ref not in ids:
                    found.append(f"{model._meta.label}.{field.name} of {pk} -> {ref}")
    return found


def snapshot() -> dict[str, list[tuple[Any, ...]]]:
    return {
        model._meta.label: sorted(map(str, model._default_manager.values_list()))
        for model in apps.get_models(include_auto_created=True)
    }


def _two_rows_of_one_person() -> None:
    """Aisha Bello entered twice: once by hand, once as Dana's referral (with --duplicate)."""
    run("add", "Aisha Bello", "--title", "Analyst", "--email", "aisha@a.org", "--tag", "mentor",
        "--notes", "Runs the data team")
    run("add", "Dana Whitfield", "--knows", "Aisha Bello")
    run("add", "Sam Ortiz")
    run("log", "Aisha Bello", "contacted", "--on", "2026-11-02")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-03 10:00", "--referral", "Aisha Belo",
        "--duplicate")
    run("edit", "Aisha Belo", "--org", "Verdant Grid", "--email", "ab@verdant.org",
        "--location", "Portland", "--title", "Senior Analyst", "--tag", "data",
        "--notes", "Met at the meetup")
    run("knows", "Aisha Belo", "Sam Ortiz")
    run("log", "Aisha Belo", "met", "--on", "2026-11-10 10:00", "--referral", "Lee Chen",
        "--they-will", "send the deck", "--insight", "skill:SQL")
    run("log", "Lee Chen", "intro-requested", "--via", "Aisha Belo", "--on", "2026-11-11")


def test_merge_brings_everything_over_and_says_what_it_kept() -> None:
    _two_rows_of_one_person()
    before = len(run_json("people"))
    merged = run_json("merge", "Aisha Bello", "Aisha Belo")
    assert merged["name"] == "Aisha Bello" and merged["merged"]["name"] == "Aisha Belo"
    assert merged["moved"] == {
        "tags": 1, "ties": 1, "events": 1, "promises": 1, "insights": 1, "referrals": 1,
        "mentions": 1,
    }
    kept = " | ".join(merged["kept"])
    assert "organisation 'Verdant Grid' from Aisha Belo" in kept
    assert "location 'Portland' from Aisha Belo" in kept
    assert "title 'Analyst' (Aisha Belo's 'Senior Analyst' dropped)" in kept
    assert "ab@verdant.org kept as another address" in kept
    assert "referred by Dana Whitfield" in kept
    assert len(run_json("people")) == before - 1
    page = run_json("show", "Aisha Bello")
    assert (page["organisation"], page["email"], page["other_emails"]) == (
        "Verdant Grid", "aisha@a.org", ["ab@verdant.org"]
    )
    assert page["referred_by"] == "Dana Whitfield"
    assert page["notes"] == "Runs the data team\n\nMet at the meetup"
    assert page["tags"] == ["data", "mentor"] and page["knows"] == ["Dana Whitfield", "Sam Ortiz"]
    assert [e["kind"] for e in page["timeline"] if e["kind"] in ("contacted", "met")] == [
        "contacted", "met"
    ]
    assert run_json("show", "Lee Chen")["referred_by"] == "Aisha Bello"
    assert run_json("show", "Lee Chen")["timeline"][-1]["other"] == "Aisha Bello"
    assert dangling() == []
    assert ("update_referrer", "Dana Whitfield", "Aisha Bello") in agenda("2026-11-12")


def test_merge_prints_what_it_kept_and_refuses_one_person_twice() -> None:
    _two_rows_of_one_person()
    said = run("merge", "Aisha Bello", "Aisha Belo")
    assert "Merged Aisha Belo into Aisha Bello" in said and "Kept: location 'Portland'" in said
    assert "one person already" in run("merge", "Aisha Bello", "aisha bello", code=2)


# Person.delete is the last step of a merge, and comes after a removal lets the referrals go.
@pytest.mark.parametrize("command", [["merge", "Aisha Bello", "Aisha Belo"],
                                     ["remove", "Aisha Belo", "--yes"]])
def test_a_merge_or_removal_failing_half_way_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    from coffeechat.people.models import Person

    _two_rows_of_one_person()
    before = snapshot()

    def broken(self: Person, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(Person, "delete", broken)
    result = CliRunner().invoke(app, command)
    assert isinstance(result.exception, RuntimeError)
    assert snapshot() == before


def test_remove_asks_first_and_says_what_went() -> None:
    _two_rows_of_one_person()
    before = snapshot()
    # no terminal (the runner, a pipe): nothing is asked, even with a "y" waiting
    [refused] = run("remove", "Aisha Belo", code=2, input="y\n").splitlines()
    assert refused.startswith('Error: remove "Aisha Belo" would delete Aisha Belo, with 1 event, '
                              "1 promise, 1 insight, 1 tie (no longer referred by them: Lee Chen")
    assert refused.endswith(": add --yes to go ahead") and snapshot() == before
    said = " ".join(run("remove", "Aisha Belo", "--yes").split())
    assert "Removed Aisha Belo, with 1 event, 1 promise, 1 insight, 1 tie" in said
    assert "no longer referred by them: Lee Chen" in said
    assert "introductions asked of them lose their connector: Lee Chen" in said
    assert "Aisha Belo" not in [p["name"] for p in run_json("people")]
    assert run_json("show", "Lee Chen")["referred_by"] is None
    assert run_json("show", "Dana Whitfield")["knows"] == ["Aisha Bello"]
    assert dangling() == []
    run("remove", "Sam Ortiz", "--yes")
    assert dangling() == []


@pytest.mark.parametrize(("answer", "left"), [("n\n", ["Sam Ortiz"]), ("", ["Sam Ortiz"]),
                                             ("y\n", [])])
def test_remove_asks_at_a_terminal_and_no_is_the_default(
    tmp_path: Path, answer: str, left: list[str]
) -> None:
    environ = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environ["COFFEECHAT_DB"] = str(tmp_path / "mine.sqlite3")

    def cli(*args: str, **given: Any) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "coffeechat", *args], env=environ,
                              capture_output=True, text=True, timeout=120, **given)

    assert cli("add", "Sam Ortiz").returncode == 0
    main, terminal = pty.openpty()
    os.write(main, answer.encode() or b"\x04")  # nothing typed: end of input
    done = cli("remove", "Sam Ortiz", stdin=terminal)
    os.close(main), os.close(terminal)
    assert "Remove Sam Ortiz? [y/N]" in done.stdout
    assert done.returncode == (0 if left == [] else 1)
    assert ("Nothing changed." in done.stdout) == bool(left)
    assert ("Removed Sam Ortiz." in done.stdout) == (not left)
    assert cli("people", "--json").stdout.count('"name"') == len(left)


def test_rename_keeps_everything_and_refuses_a_name_taken() -> None:
    _two_rows_of_one_person()
    run("edit", "Aisha Belo", "--name", "Aisha  Okafor")
    page = run_json("show", "Aisha Okafor")
    assert page["referred_by"] == "Dana Whitfield" and page["organisation"] == "Verdant Grid"
    said = run("edit", "Aisha Okafor", "--name", "aisha bello", code=2)
    assert "Aisha Bello is already here" in said and "coffeechat merge" in said
    assert run_json("show", "Lee Chen")["referred_by"] == "Aisha Okafor"
