"""Every command's --help shows how it is used: examples declared beside the command
(each accepted by the parser, so none goes stale) and the formats it takes."""

from __future__ import annotations

import shlex

import click
import pytest
import typer.main
from typer.testing import CliRunner

from coffeechat.cli import app
from coffeechat.cli.base import COMMANDS
from coffeechat.rules.checker_text import CODES
from coffeechat.rules.policy import SETTINGS

GROUP = typer.main.get_command(app)
assert isinstance(GROUP, click.Group)
DATE_OPTIONS = {"--on", "--at", "--due"}


def help_of(name: str) -> str:
    shown = CliRunner().invoke(app, [name, "--help"]).output
    return " ".join(shown.replace("│", " ").split())


def examples_of(name: str) -> list[str]:
    epilog = GROUP.commands[name].epilog or ""
    head, *examples = epilog.split("\n\n")
    return [e.replace("\\[", "[") for e in examples] if head == "Examples:" else []


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_help_shows_an_example_of_its_command(name: str) -> None:
    examples = examples_of(name)
    shown = help_of(name)
    assert examples, f"coffeechat {name} --help has no example: add examples=[...]"
    assert "Examples:" in shown
    for example in examples:
        assert example.startswith("coffeechat ") and f" {name}" in example, example
        assert " ".join(example.split()) in shown


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_example_is_accepted_by_the_parser(name: str) -> None:
    for example in examples_of(name):
        words = shlex.split(example)[1:]
        for shell in ("<", ">", "|"):  # what the shell does with the command's input, output
            words = words[: words.index(shell)] if shell in words else words
        if words[:1] == ["--db"]:
            words = words[2:]
        assert words[0] == name, example
        command = GROUP.commands[name]
        with command.make_context(name, words[1:], parent=click.Context(GROUP)) as ctx:
            assert ctx.params is not None, example


def test_every_date_option_says_how_to_write_a_date() -> None:
    for name, command in GROUP.commands.items():
        for param in command.params:
            if DATE_OPTIONS & set(param.opts):
                assert "YYYY-MM-DD" in (getattr(param, "help", "") or ""), (name, param.opts)


def test_check_names_every_finding_code_and_config_every_setting() -> None:
    assert all(code in help_of("check") for code in CODES)
    assert all(name in help_of("config") for name in SETTINGS)
