"""Names the pages give what the terminal calls by its key: `{{ kind|draft_label }}`."""

from __future__ import annotations

from django import template

from coffeechat.rules.agenda_words import DRAFT_LABELS, event_label

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
def sentence(text: str) -> str:
    """A reason as a sentence of its own: "reach out" -> "Reach out."."""
    text = str(text).strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?)" else text + "."
