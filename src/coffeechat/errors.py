"""Errors the user can fix; the CLI prints them in one line and exits with status 2."""

from __future__ import annotations


class UserError(Exception):
    """Bad input: the message says what to write instead. Nothing has been changed.

    The message speaks to the terminal (it may name an option or a command to run). Where
    it does, `plain` says the same without them for the web page, `field` names the input
    it is about (an option's name without its dashes, which the page maps to its own box)
    and `merge` the two people (kept, duplicate) it suggests merging: the page links to
    its own form instead of naming a command."""

    def __init__(
        self,
        message: str,
        *,
        plain: str | None = None,
        field: str | None = None,
        merge: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(message)
        self.plain = plain or message
        self.field = field
        self.merge = merge


def plain(error: Exception) -> str:
    """What a web page says of a refusal: the words without the command line's."""
    return error.plain if isinstance(error, UserError) else str(error)
