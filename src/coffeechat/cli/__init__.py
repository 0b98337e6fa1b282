"""The `coffeechat` command. Django is imported inside commands, never at import time,
so `coffeechat --help` and `coffeechat check` start without the database layer.

A run imports only the module of the command it names (see `base.COMMANDS`); anything
else (`--help`, no command, a typo) loads them all, so listings and suggestions are
complete. `from coffeechat.cli import app` gives the application with every command.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from coffeechat.cli.base import COMMANDS, App


def load(command: str | None = None) -> None:
    """Register `command` (by importing its module), or every command."""
    modules = [COMMANDS[command]] if command in COMMANDS else sorted(set(COMMANDS.values()))
    for module in modules:
        importlib.import_module(f"coffeechat.cli.{module}")


def main() -> None:
    from coffeechat.cli.base import app

    load(App._command_word(sys.argv[1:]))
    app(prog_name="coffeechat")


def __getattr__(name: str) -> Any:
    if name == "app":
        from coffeechat.cli.base import app

        load()
        return app
    raise AttributeError(name)


__all__ = ["app", "load", "main"]
