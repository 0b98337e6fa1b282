"""Field checks shared by the services: a bad value is refused with what to write instead."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from coffeechat.errors import UserError


def email_address(value: str, *, option: str = "--email") -> str:
    """The address, trimmed; empty is allowed (not recorded)."""
    value = value.strip()
    if value:
        try:
            validate_email(value)
        except ValidationError:
            raise UserError(
                f"{option} {value!r} is not an e-mail address: write it as name@example.org"
            ) from None
    return value


def web_address(value: str, *, option: str = "--linkedin") -> str:
    """The URL, trimmed, with https:// added when no scheme was written; empty is allowed."""
    written = value.strip()
    if not written:
        return written
    value = written if "://" in written else "https://" + written
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise UserError(
            f"{option} {written!r} is not a web address: write it as "
            "https://www.linkedin.com/in/NAME"
        ) from None
    return value
