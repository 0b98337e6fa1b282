"""Names the pages give what the terminal calls by its key: `{{ kind|draft_label }}`."""

from __future__ import annotations

from django import template

from coffeechat.rules.agenda_words import DRAFT_LABELS

register = template.Library()


@register.filter
def draft_label(kind: str) -> str:
    """"intro_request" -> "Introduction request"."""
    return DRAFT_LABELS.get(str(kind), str(kind).replace("_", " ").capitalize())
