"""Printing: Rich tables and panels for people, stable JSON for scripts."""

from __future__ import annotations

import json
import os
import sys
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


def console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def print_json(data: Any) -> None:
    sys.stdout.write(dumps(data) + "\n")


def dumps(data: Any) -> str:
    """`json.dumps(data, indent=2, ensure_ascii=False)`: the same text, built faster.

    With `indent` the standard library encodes in pure Python, and a large
    `today --json` would spend longer there than in the agenda rules. Here the C encoder
    (used by json only without `indent`) writes each run of plain values in one call,
    its item separator carrying the newline and the indentation, and only the nesting
    around those runs is assembled in Python. This is exact because a JSON string never
    holds a raw newline (it is escaped): every newline in the encoder's output is one of
    ours. Anything unusual (a key that is not a string, a value json cannot encode) is
    left to `json.dumps` itself, errors included.
    """
    try:
        return _indented(data, 0)
    except (_Unusual, RecursionError):
        return json.dumps(data, indent=2, ensure_ascii=False)


class _Unusual(Exception):
    """A value `dumps` leaves to `json.dumps`."""


_PLAIN = frozenset({str, int, float, bool, type(None)})
_encoders: dict[int, json.JSONEncoder] = {}


def _c_encode(value: Any, depth: int) -> str:
    """Compact JSON from the C encoder, items separated by a newline and `depth` indents."""
    if depth not in _encoders:
        _encoders[depth] = json.JSONEncoder(
            ensure_ascii=False, check_circular=False, separators=(",\n" + "  " * depth, ": ")
        )
    return _encoders[depth].encode(value)


def _indented(value: Any, level: int) -> str:
    outer, inner, member = "  " * level, "  " * (level + 1), "  " * (level + 2)
    if value is None or isinstance(value, str | int | float):  # bool is an int
        return _c_encode(value, 0)
    if type(value) is dict:
        if not value:
            return "{}"
        if _PLAIN.issuperset(map(type, value.values())):  # '{"a": 1,\n  "b": 2}'
            return "{\n" + inner + _c_encode(value, level + 1)[1:-1] + "\n" + outer + "}"
        if not all(type(key) is str for key in value):
            raise _Unusual
        members = [
            inner + _c_encode(key, 0) + ": " + _indented(item, level + 1)
            for key, item in value.items()
        ]
        return "{\n" + ",\n".join(members) + "\n" + outer + "}"
    if type(value) in (list, tuple):
        if not value:
            return "[]"
        if _PLAIN.issuperset(map(type, value)):
            return "[\n" + inner + _c_encode(list(value), level + 1)[1:-1] + "\n" + outer + "]"
        if _flat_records(value):
            # One call for the whole list, members indented for their depth, which also
            # puts '},\n<member>{' between records: re-cut there (it can occur nowhere
            # else, the values being plain) to close and open each record on its line.
            text = _c_encode(list(value), level + 2)[2:-2]
            between = "}" + ",\n" + member + "{"
            text = text.replace(between, "\n" + inner + "},\n" + inner + "{\n" + member)
            return "[\n" + inner + "{\n" + member + text + "\n" + inner + "}\n" + outer + "]"
        items = [inner + _indented(item, level + 1) for item in value]
        return "[\n" + ",\n".join(items) + "\n" + outer + "]"
    raise _Unusual


def _flat_records(values: list[Any] | tuple[Any, ...]) -> bool:
    """Non-empty dicts of plain values only, like the rows of `today --json` (checked
    with C-level loops: there may be thousands)."""
    return (
        set(map(type, values)) == {dict}
        and all(values)
        and _PLAIN.issuperset(map(type, chain.from_iterable(map(dict.values, values))))
    )


def say(text: str) -> None:
    """A line styled with click's `style` (already loaded with the CLI): bold and
    colours on a terminal unless NO_COLOR is set, as Rich does, plain elsewhere. For the
    lines of a draft and the checker's findings, which `path` prints without loading
    Rich (a tenth of its time) and which stay unwrapped, as typed, to copy cleanly."""
    import click

    click.echo(text, color=False if os.environ.get("NO_COLOR") else None)


def show_findings(findings: list[dict[str, Any]], where: str = "line") -> None:
    """The mistake checker's findings (as `finding_data` gives them): each code once with
    what to do instead, then each place it was found, quoting the words it is about."""
    from click import style

    codes = list(dict.fromkeys(f["code"] for f in findings))
    for code in codes:
        found = [f for f in findings if f["code"] == code]
        say(f"{style(code, fg='red', bold=True)}: {found[0]['message']}")
        for f in found:
            say(f"    {where} {f['line']}: \u201c{f['quote']}\u201d")


def done(message: str) -> None:
    """A one-line confirmation; the message is printed as written (names may hold '[')."""
    from rich.markup import escape

    console().print(f"[green]✓[/green] {escape(message)}")

