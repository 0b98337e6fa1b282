"""Field checks shared by the services: a bad value is refused with what to write instead."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from coffeechat.errors import UserError

# The longest texts the database keeps (the models' max_length); PostgreSQL refuses a
# longer one with an error, SQLite would keep it: both are told the limit instead.
NAME_CHARS = 200  # a person's name, a title, an organisation, a place, a role
GOAL_CHARS = 500  # one sentence
TAG_CHARS = 60
PHONE_CHARS = 60
EMAIL_CHARS = 254
URL_CHARS = 200


def within(value: str, limit: int, what: str) -> str:
    """The text, trimmed; refused when it is longer than the database keeps."""
    value = value.strip()
    if len(value) > limit:
        option = what.startswith("--")  # a web page says it beside its own box
        raise UserError(
            f"{what} is {len(value)} characters long: the limit is {limit}; shorten it",
            plain=f"{'it' if option else what} is {len(value)} characters long: the limit is "
            f"{limit}; shorten it",
            field=what.removeprefix("--") if option else None,
        )
    return value


def email_address(value: str, *, option: str = "--email") -> str:
    """The address, trimmed; empty is allowed (not recorded)."""
    value = within(value, EMAIL_CHARS, option)
    if value:
        try:
            validate_email(value)
        except ValidationError:
            raise UserError(
                f"{option} {value!r} is not an e-mail address: write it as name@example.org",
                plain=f"{value!r} is not an e-mail address: write it as name@example.org",
                field=option.removeprefix("--"),
            ) from None
    return value


def web_address(value: str, *, option: str = "--linkedin") -> str:
    """The URL, trimmed, with https:// added when no scheme was written; empty is allowed."""
    written = value.strip()
    if not written:
        return written
    value = written if "://" in written else "https://" + written
    within(value, URL_CHARS, option)
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise UserError(
            f"{option} {written!r} is not a web address: write it as "
            "https://www.linkedin.com/in/NAME",
            plain=f"{written!r} is not a web address: write it as "
            "https://www.linkedin.com/in/NAME",
            field=option.removeprefix("--"),
        ) from None
    return value
