"""`coffeechat prep`: the one-page sheet, filled from the database."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run

pytestmark = pytest.mark.django_db


@pytest.fixture
def dana() -> None:
    run("me", "--name", "Alex Kim", "--skills", "SQL, copywriting")
    run("goal", "I'm exploring product marketing roles at climate-tech firms in Oregon")
    run("add", "Sam Ortiz", "--source", "friend")
    run("add", "Dana Whitfield", "--title", "Product Marketing Manager", "--org", "Verdant Grid",
        "--source", "alumni", "--notes", "led the demand-response dashboard launch")
    run("edit", "Dana Whitfield", "--org-notes", "a Series B grid-software start-up")
    run("log", "Sam Ortiz", "met", "--on", "2026-11-01", "--i-will", "send the rebate article",
        "--insight", "skill:SQL")


def test_the_sheet_has_every_section_from_the_database(dana: None) -> None:
    run("log", "Dana Whitfield", "scheduled", "--at", "2026-12-01 10:00", "--minutes", "20",
        "--where", "Blue Star Coffee, Pine St")
    sheet = run("prep", "Dana Whitfield")
    for expected in (
        "# Prep sheet: Dana Whitfield",
        "Product Marketing Manager, Verdant Grid",
        "A fellow alum",
        "led the demand-response dashboard launch",
        "a Series B grid-software start-up",
        "climate-tech firms in Oregon",
        "Blue Star Coffee, Pine St",
        "20 minutes agreed",
        "`0 min`",
        "## My asks",
        "What I know well: SQL, copywriting",
        "Resume: only if asked.",
    ):
        assert expected in sheet, expected
    assert "None" not in sheet


def test_the_page_says_what_is_missing_and_the_terminal_how_to_record_it(dana: None) -> None:
    from typer.testing import CliRunner

    from coffeechat.cli import app

    run("edit", "Dana Whitfield", "--org-notes", "")
    for fmt in ("md", "html"):
        done = CliRunner().invoke(app, ["prep", "Dana Whitfield", "--format", fmt])
        assert "Not scheduled yet" in done.stdout and "No notes on Verdant Grid yet" in done.stdout
        assert "coffeechat" not in done.stdout
        assert 'Note: Not scheduled yet: coffeechat log "Dana Whitfield" scheduled' in done.stderr
        assert 'coffeechat edit "Dana Whitfield" --org-notes' in done.stderr


def test_html_is_a_standalone_page_and_bad_format_is_refused(dana: None) -> None:
    html = run("prep", "Dana Whitfield", "--format", "html")
    assert html.lstrip().lower().startswith("<!doctype html>") and "Dana Whitfield" in html
    assert "<script" not in html.lower() and "http://" not in html and "src=" not in html
    assert "write md or html" in run("prep", "Dana Whitfield", "--format", "pdf", code=2)


def test_a_second_meeting_with_someone_is_on_the_sheet(dana: None) -> None:
    run("log", "Dana Whitfield", "scheduled", "--on", "2026-11-02", "--at", "2026-11-05 10:00",
        "--minutes", "30")
    run("log", "Dana Whitfield", "met", "--on", "2026-11-05 10:30")
    held = run("prep", "Dana Whitfield")
    assert "When: Met Thursday 5 November 2026, 10:30–11:00" in held
    assert "30 minutes agreed" in held and "Not scheduled yet" not in held
    run("log", "Dana Whitfield", "scheduled", "--on", "2026-11-12", "--at", "2027-01-10 09:00",
        "--minutes", "25", "--where", "Blue Star Coffee")
    sheet = run("prep", "Dana Whitfield")
    assert "Sunday 10 January 2027, 09:00–09:25" in sheet and "Blue Star Coffee" in sheet
    assert "25 minutes agreed" in sheet and "Not scheduled yet" not in sheet


def test_the_sheet_loads_my_profile_and_what_is_left_open_once(dana: None) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        sheet = run("prep", "Dana Whitfield")
    assert "What I know well: SQL, copywriting" in sheet and "No interview so far" in sheet
    sql = [q["sql"] for q in queries.captured_queries]
    assert sum('FROM "accounts_profile"' in q for q in sql) == 1
    assert sum(q.startswith('SELECT DISTINCT "pipeline_insight"."kind" AS') for q in sql) == 1
