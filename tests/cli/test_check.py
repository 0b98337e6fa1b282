"""`coffeechat check` from the command line: exit status, JSON shape, bad input."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from coffeechat.cli import app

GOOD = ("Hi Dana, Sam Ortiz suggested I write to you. Your talk on demand response at the "
        "Cleantech Summit stayed with me. Could I ask you about your path into product "
        "marketing over a 15-minute call, whenever suits you?")
BAD = "Dear Sir or Madam, I am looking for a job. Do you have any openings? My resume is attached."


def invoke(*args: str, stdin: str = "") -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), input=stdin)
    return result.exit_code, result.output


def test_it_exits_zero_on_a_clean_message() -> None:
    code, output = invoke("check", "-", stdin=GOOD)
    assert (code, output.strip()) == (0, "No mistakes found.")


def test_it_reports_each_mistake_with_its_code_and_exits_one() -> None:
    code, output = invoke("check", "-", "--json", stdin=BAD)
    codes = {f["code"] for f in json.loads(output)["findings"]}
    assert code == 1
    assert {"generic_greeting", "asks_for_job", "resume_attached"} <= codes


def test_it_points_at_the_offending_text() -> None:
    _, output = invoke("check", "-", "--json", stdin=BAD)
    greeting = next(f for f in json.loads(output)["findings"] if f["code"] == "generic_greeting")
    assert BAD[greeting["start"]:greeting["end"]].lower().startswith("dear sir")


def test_it_checks_questions_one_per_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "q.txt"
    path.write_text("How did you get into this role?\nWhen was the company founded?\n")
    code, output = invoke("check", str(path), "--kind", "question", "--json")
    findings = json.loads(output)["findings"]
    assert code == 1 and [(f["code"], f["line"]) for f in findings] == [("googleable", 2)]


def test_it_refuses_a_missing_file_with_status_two() -> None:
    code, output = invoke("check", "/nonexistent/draft.txt")
    assert code == 2 and "no such file" in output
