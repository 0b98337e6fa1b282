"""The `coffeechat` command. Django is imported inside commands, never at import time,
so `coffeechat --help` and `coffeechat check` start without the database layer."""

from __future__ import annotations

from coffeechat.cli import (  # noqa: F401  (registers the commands)
    agenda,
    check,
    config,
    demo,
    drafts,
    insights,
    loop,
    people,
    questions,
)
from coffeechat.cli.app import app


def main() -> None:
    app(prog_name="coffeechat")


__all__ = ["app", "main"]
