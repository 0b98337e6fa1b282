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


# Two sentences asking for openings, the second caught by two rules over one stretch.
OPENINGS = ("Dear Sir or Madam, do you have any openings? Do you have any openings for me? "
            "My resume is attached.")


def test_it_counts_one_finding_where_one_code_covers_the_same_words_twice() -> None:
    _, output = invoke("check", "-", "--json", stdin=OPENINGS)
    spans = [(f["start"], f["end"]) for f in json.loads(output)["findings"]
             if f["code"] == "asks_for_job"]
    assert len(spans) == 2
    assert spans[0][1] <= spans[1][0]


def test_it_quotes_the_words_of_each_finding_once_and_counts_them() -> None:
    code, output = invoke("check", "-", stdin=OPENINGS)
    findings = json.loads(invoke("check", "-", "--json", stdin=OPENINGS)[1])["findings"]
    assert code == 1 and output.strip().endswith(f"{len(findings)} mistakes to fix.")
    assert output.count("\u201cDear Sir or Madam\u201d") == 1
    assert output.count("Dear Sir or Madam") == 1  # the message does not quote it again
    assert output.count("This asks for a job") == 1  # the advice once, then each place
    assert output.count("line 1: \u201cdo you have any openings") == 1


def test_it_quotes_the_question_it_is_about() -> None:
    _, output = invoke("check", "-", "--kind", "question",
                       stdin="How did you start?\nWhen was the company founded?\n")
    assert "question 2: \u201cWhen was the company founded" in output
    assert "1 mistake to fix." in output
