"""Errors the user can fix; the CLI prints them in one line and exits with status 2."""


class UserError(Exception):
    """Bad input: the message says what to write instead. Nothing has been changed."""
