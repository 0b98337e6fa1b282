"""The Typer application, its global options and its one way of reporting bad input."""

from __future__ import annotations

import copy
import functools
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import Annotated, Any, NoReturn, TypeVar

import click
import typer
from typer.core import TyperGroup

from coffeechat.errors import UserError
from coffeechat.rules.dates import DateError

F = TypeVar("F", bound=Callable[..., Any])

# The panels of `coffeechat --help`, in the order of the loop; each command names its own.
SETUP = "Your search"
PEOPLE = "People"
LOOP = "The loop"
WRITING = "What to send"
PREPARING = "What to ask"
LEARNING = "What you learned"
DATA = "Your data"
# Every command and the module of coffeechat.cli that defines it, in the order of the
# loop (the order `--help` lists them in, within each panel). A run loads only the
# module of the command it names; a test checks this table against the commands.
COMMANDS = {
    "goal": "loop",
    "target": "targets",
    "me": "insights",
    "config": "config",
    "demo": "demo",
    "serve": "serve",
    "add": "people",
    "import": "contacts",
    "edit": "people",
    "knows": "people",
    "merge": "people",
    "remove": "people",
    "tags": "people",
    "people": "people",
    "show": "people",
    "path": "targets",
    "today": "agenda",
    "calendar": "data",
    "log": "loop",
    "done": "loop",
    "unlog": "loop",
    "landed": "loop",
    "draft": "drafts",
    "template": "drafts",
    "check": "check",
    "questions": "questions",
    "prep": "questions",
    "add-question": "questions",
    "remove-question": "questions",
    "insights": "insights",
    "export": "data",
    "backup": "data",
    "restore": "data",
}


class Group(TyperGroup):
    """Turns the user's mistakes into one line on stderr and exit status 2, and lists
    commands in the order of the loop.

    Mistakes are ours (`UserError`, `DateError`) or click's usage errors: a missing or
    unknown option, a value of the wrong type, an unknown command. Click's are raised
    while the group parses its own options (`make_context`) or while it invokes the
    command, which parses the command's; either way they get the same one line, the
    usage at its end, instead of Rich's boxed message. `--help` is not an error and
    keeps Rich's panels.
    """

    def list_commands(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        rank = {name: i for i, name in enumerate(COMMANDS)}
        return sorted(super().list_commands(ctx), key=lambda n: (rank.get(n, len(rank)), n))

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise  # `coffeechat` alone prints the help
        except click.UsageError as error:
            refuse(error, click.Context(self, info_name=info_name, parent=parent))

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except (UserError, DateError) as error:
            typer.echo(f"Error: {error}", err=True)
            raise typer.Exit(2) from None
        except click.UsageError as error:
            name = ctx.invoked_subcommand
            command = self.get_command(ctx, name) if name else None
            refuse(error, click.Context(command, info_name=name, parent=ctx) if command else ctx)
        except Exception as error:
            from coffeechat.database import trouble

            said = trouble(error)
            if said is None:
                raise
            typer.echo(f"Error: {said}.", err=True)
            raise typer.Exit(2) from None


def refuse(error: click.UsageError, where: click.Context) -> NoReturn:
    """Click's usage error as one line on stderr, exit status 2: its message, what a
    missing parameter takes (its help), then the usage of the command (`where` it was
    raised, when click does not say: a missing option value, for one)."""
    message = error.format_message()
    ctx = error.ctx or where
    if isinstance(error, click.MissingParameter) and error.param is not None:
        hint = getattr(error.param, "help", None)
        if hint:
            hint = hint.strip().rstrip(".")
            hint = hint[:1].lower() + hint[1:] if hint[1:2].islower() else hint
            message = f"{message.rstrip('.')} ({hint})."
    usage = " ".join([ctx.command_path, *ctx.command.collect_usage_pieces(ctx)])
    message = f"{message} Usage: {usage}"
    typer.echo("Error: " + " ".join(message.split()), err=True)
    raise typer.Exit(2)


class App(typer.Typer):
    """A `typer.Typer` that, run as a program, builds only the command it is asked for.

    Before dispatching, Typer turns every registered command into a click command,
    reading each signature and annotation: about a millisecond a command, paid on every
    run of every command. When the words before the command name are only the global
    options below, the group is built around that one command (the same callback, the
    same `Group`, so the same options and error handling); the command's own options,
    help and errors are unchanged. Anything else (no command, `--help`, an unknown
    option or command) gets the whole group, so listings and suggestions are complete.
    Tests that use `typer.testing.CliRunner` always get the whole group.

    When the command is over, the process is too: the objects left are frozen so that
    the interpreter's last garbage collection does not walk (and free, one by one)
    Django and everything the command built, which took longer than a whole `coffeechat
    today` (about 50 ms). Only the cyclic collector is skipped: output streams are
    flushed and `atexit` handlers run as usual.
    """

    GLOBAL_OPTIONS = ("--db",)  # each takes a value

    def command(
        self, name: str | None = None, *, examples: Sequence[str] = (), **kwargs: Any
    ) -> Callable[[F], F]:
        """`Typer.command`, with `examples`: whole command lines, declared beside the
        command they show and printed at the end of its --help (a test runs each through
        the parser, so none goes stale)."""
        if examples:
            kwargs["epilog"] = examples_text(examples)
        registered: Callable[[F], F] = super().command(name, **kwargs)
        return registered

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return self._run(*args, **kwargs)
        finally:
            gc.freeze()

    def _run(self, *args: Any, **kwargs: Any) -> Any:
        argv = kwargs.get("args", args[0] if args else None)
        words = sys.argv[1:] if argv is None else list(argv)
        _refuse_bytes(words)
        word = self._command_word(words)
        chosen = [info for info in self.registered_commands if self._name(info) == word]
        if word is None or len(chosen) != 1:
            return super().__call__(*args, **kwargs)
        one = copy.copy(self)
        one.registered_commands = chosen
        one.registered_groups = []
        return typer.Typer.__call__(one, *args, **kwargs)

    @classmethod
    def _command_word(cls, argv: Sequence[str]) -> str | None:
        """The command named on the command line, if only known global options precede it."""
        words = iter(argv)
        for word in words:
            option, attached, _ = word.partition("=")
            if option in cls.GLOBAL_OPTIONS:
                if not attached and next(words, None) is None:
                    return None
                continue
            return None if word.startswith("-") else word
        return None

    @staticmethod
    def _name(info: Any) -> str | None:
        """The name Typer gives a registered command (typer.main.get_command_name)."""
        if info.name:
            return str(info.name)
        if info.callback is None:
            return None
        return str(info.callback.__name__).lower().replace("_", "-")


def _refuse_bytes(words: Sequence[str]) -> None:
    """An argument that is not UTF-8 text (bytes from another encoding reach Python as
    lone surrogates) is refused before anything reads it: no database takes it."""
    for word in words:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError as error:
            try:  # the bytes as typed
                shown = word.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            except UnicodeEncodeError:
                shown = word.encode("utf-8", "backslashreplace").decode("utf-8")
            typer.echo(f"Error: the argument '{shown}' is not UTF-8 text (character "
                       f"{error.start + 1}): write it in UTF-8, the terminal's usual encoding",
                       err=True)
            raise SystemExit(2) from None


def examples_text(examples: Sequence[str]) -> str:
    """The epilog of a command's help: one example a line (Typer joins lines, and keeps
    paragraphs apart; `[` is escaped from Rich's markup)."""
    return "\n\n".join(["Examples:", *(e.replace("[", "\\[") for e in examples)])


app = App(
    cls=Group,
    help="Run your informational interviews end to end: who to talk to, what to send, "
    "what to ask, and what is due today.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    suggest_commands=False,  # click suggests a close command already; Typer said it twice
    context_settings={"help_option_names": ["-h", "--help"]},
)


DB_HELP = (
    "The database: a SQLite file (created on first use, in a folder that exists) or a "
    "postgres:// URL. Without it: COFFEECHAT_DB (the same), then DATABASE_URL, then "
    "coffeechat.sqlite3 in your data folder."
)


def _version(asked: bool) -> None:
    if asked:
        import coffeechat

        typer.echo(f"coffeechat {coffeechat.__version__}")
        raise typer.Exit()


@app.callback()
def options(
    db: Annotated[
        str | None, typer.Option("--db", help=DB_HELP, show_default=False)
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True,
                     help="Print coffeechat's version and exit."),
    ] = False,
) -> None:
    if db is None:
        return
    from coffeechat.database import VARIABLE, Location, Origin, check

    check(Location(db, Origin.OPTION), driver=False)  # the driver when it is opened
    os.environ[VARIABLE] = db


# `--json` on everything that lists or shows: the same data as the human output, stable.
JSON = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def db_command(*args: Any, **kwargs: Any) -> Callable[[F], F]:
    """`app.command` for commands that use the database: Django starts before the body."""

    def register(func: F) -> F:
        @functools.wraps(func)
        def run(*a: Any, **kw: Any) -> Any:
            from coffeechat import bootstrap

            bootstrap.setup()
            return func(*a, **kw)

        app.command(*args, **kwargs)(run)
        return func

    return register


def owner() -> Any:
    """Start Django (migrating a new database) and return the local user."""
    from coffeechat import bootstrap

    bootstrap.setup()
    from coffeechat.accounts.services import local_owner

    return local_owner()


def person(ref: str) -> Any:
    from coffeechat.people.services import find_person

    return find_person(owner=owner(), ref=ref)
