from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from coffeechat.cli import app

runner = CliRunner()


def run(*args: str, code: int = 0, input: str | None = None) -> str:
    result = runner.invoke(app, list(args), input=input)
    assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result.output


def run_json(*args: str) -> Any:
    return json.loads(run(*args, "--json"))


def agenda(on: str) -> list[tuple[str, str, str | None]]:
    data = run_json("today", "--on", on)
    assert data["date"] == on
    return [(i["kind"], i["person"], i["about"]) for i in data["items"]]
