"""`coffeechat export`: everyone, as CSV (one row per person), vCard or JSON."""

from __future__ import annotations

import json
from enum import StrEnum

from django.contrib.auth.models import User

from coffeechat.errors import UserError
from coffeechat.pipeline.listing import list_people
from coffeechat.rules.contacts.writing import csv_text, vcards


class ExportFormat(StrEnum):
    CSV = "csv"
    VCARD = "vcard"
    JSON = "json"


def export_format(text: str) -> ExportFormat:
    try:
        return ExportFormat(text.strip().lower())
    except ValueError:
        raise UserError(
            f"unknown format {text!r}: write one of {', '.join(ExportFormat)}"
        ) from None


def export_people(*, owner: User, format: ExportFormat) -> str:
    """Every person with every stored field, their stage and last interaction."""
    people = list_people(owner=owner).rows
    if format == ExportFormat.CSV:
        return csv_text(people)
    if format == ExportFormat.VCARD:
        return vcards(people)
    return json.dumps(people, indent=2, ensure_ascii=False) + "\n"
