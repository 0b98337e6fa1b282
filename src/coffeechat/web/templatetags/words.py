"""Names the pages give what the terminal calls by its key: `{{ kind|draft_label }}`."""

from __future__ import annotations

from datetime import datetime, timedelta

from django import template

from coffeechat import clock
from coffeechat.rules.agenda_words import DRAFT_LABELS, event_label
from coffeechat.rules.checker_text import CODES
from coffeechat.rules.dates import DateError, human, parse_when

register = template.Library()


@register.filter
def draft_label(kind: str) -> str:
    """"intro_request" -> "Introduction request"."""
    return DRAFT_LABELS.get(str(kind), str(kind).replace("_", " ").capitalize())


@register.filter(name="event_label")
def event_label_filter(kind: str) -> str:
    """"intro-requested" -> "introduction requested"."""
    return event_label(kind)


@register.filter
def finding_label(code: str) -> str:
    """"asks_for_job" -> "Asks for a job, an opening, a referral or an interview"."""
    return CODES.get(str(code), str(code).replace("_", " ").capitalize())


# Each file Import reads, as the user knows it (its key is `import --format`'s).
FILE_FORMATS = {
    "linkedin": "LinkedIn connections",
    "google": "Google contacts",
    "outlook": "Outlook contacts",
    "vcard": "vCard",
    "csv": "coffeechat CSV",
    "ics": "calendar invitation",
}


EXPORT_FORMATS = {
    "csv": "a spreadsheet (CSV)",
    "vcard": "contacts for your address book (vCard)",
    "json": "data for other programs (JSON)",
}


@register.filter
def export_format(key: str) -> str:
    """"vcard" -> "contacts for your address book (vCard)"."""
    return EXPORT_FORMATS.get(str(key), str(key))


@register.filter
def file_format(key: str) -> str:
    """"linkedin" -> "LinkedIn connections"."""
    return FILE_FORMATS.get(str(key), str(key))


@register.filter
def source_label(source: str) -> str:
    """How I know someone, in the list's words: "linkedin" -> "LinkedIn"."""
    return "LinkedIn" if str(source) == "linkedin" else str(source or "")


@register.filter
def sentence(text: str) -> str:
    """A reason as a sentence of its own: "reach out" -> "Reach out."."""
    text = str(text).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?)" else text + "."


def _moment(value: object) -> datetime | None:
    """A moment, or its stamp ("2027-01-14T09:00", as `today --json` gives it)."""
    if isinstance(value, datetime):
        return value
    try:
        return parse_when(str(value))
    except DateError:
        return None


@register.filter
def day(value: object) -> str:
    """"2027-01-14T09:00" -> "Thu 14 Jan 2027", as the reasons beside it name days."""
    moment = _moment(value)
    if moment is None:
        return str(value or "")
    return human(moment.replace(hour=0, minute=0))


@register.filter
def due_day(value: object) -> str:
    """When something is due or comes up: "today, 09:00" on its day (it may be overdue
    by the hour), else its day; a midnight deadline is the end of the day before."""
    moment = _moment(value)
    if moment is None:
        return day(value)
    if moment.hour == moment.minute == 0:  # due by midnight: by the end of the day before
        moment -= timedelta(minutes=1)
        return "today" if moment.date() == clock.now().date() else day(moment)
    if moment.date() == clock.now().date():
        return f"today, {moment:%H:%M}"
    return day(moment)
