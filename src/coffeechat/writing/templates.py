"""The user's own draft templates: stored per kind, checked before they are kept, and
restorable to the defaults."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import User

from coffeechat.errors import UserError
from coffeechat.rules.checker import Finding, check_message
from coffeechat.rules.draft_templates import CONTACT_WORDS, ME_WORDS
from coffeechat.rules.draft_text import keep_compiled
from coffeechat.rules.drafts import (
    DEFAULT_TEMPLATES,
    Contact,
    Draft,
    DraftFacts,
    DraftKind,
    DraftTemplateError,
    Me,
    render_draft,
)
from coffeechat.writing.compiled import CompiledTemplates
from coffeechat.writing.models import DraftTemplate

keep_compiled(CompiledTemplates())  # compiled once, read back by every process

# Every fact recorded, so a template that renders here only fails later on a fact the
# user has not recorded yet, and then falls back to the default, saying so.
SAMPLE = DraftFacts(
    me=Me(
        name="Alex Kim",
        goal="I'm exploring marketing analytics work with Oregon nonprofits",
        email="alex@example.com",
        background="9 years teaching middle-school science",
        stage="career-changer",
        school="Reed College",
        new_role="Data Analyst",
        new_organisation="Cascade Health",
        new_email="alex.kim@cascadehealth.example",
        new_phone="503-555-0142",
    ),
    person=Contact(
        name="Dana Lee",
        title="Head of Customer Analytics",
        organisation="Acme Analytics",
        source="alumni",
        research="led the rebuild of Acme's churn models last year",
        organisation_notes="a 40-person B-corp in Portland",
        email="dana@acme.example",
    ),
    about=Contact(name="Ravi Patel", title="Data Scientist", organisation="Cascade Health"),
    connector=Contact(name="Maya Chen", title="Product Manager", organisation="Northwind"),
    they_will=("introduce me to Ravi Patel",),
    i_will=("send you the nonprofit analytics survey",),
    learned=("your advice to volunteer on a data project first",),
    about_learned=("what you said about privacy know-how in health data",),
    meeting_minutes=20,
    last_subject="Your path at Acme Analytics",
    met=True,
    joining_them=True,
    led_to=("Ravi Patel",),
    led_on_to=("Mina Okafor",),
)


@dataclass(frozen=True)
class TemplateInfo:
    kind: DraftKind
    source: str
    custom: bool
    updated_at: datetime | None


def templates_for(owner: User) -> dict[str, str]:
    """The user's own templates by kind (kinds without one use the default)."""
    return dict(DraftTemplate.objects.filter(owner=owner).values_list("kind", "source"))


def template_list(owner: User) -> list[TemplateInfo]:
    own = {t.kind: t for t in DraftTemplate.objects.filter(owner=owner)}
    return [
        TemplateInfo(
            kind,
            own[kind].source if kind in own else DEFAULT_TEMPLATES[kind],
            kind in own,
            own[kind].updated_at if kind in own else None,
        )
        for kind in DraftKind
    ]


def save_template(
    *, owner: User, kind: DraftKind, source: str, now: datetime, origin: str
) -> tuple[Finding, ...]:
    """Keep the user's template for `kind` once it renders; returns what the checker finds
    in a sample draft. A broken or unsafe template is refused, naming `origin`'s line."""
    sample = sample_draft(kind=kind, source=source, origin=origin)
    DraftTemplate.objects.update_or_create(
        owner=owner, kind=kind.value, defaults={"source": source, "updated_at": now}
    )
    return tuple(check_message(sample.body))


def sample_draft(*, kind: DraftKind, source: str, origin: str) -> Draft:
    """The template rendered on the sample facts (the settings page's live preview), or the
    refusal that would keep it from being saved."""
    if not source.strip():
        raise UserError(
            f"{origin} is empty: write a template, or restore the default with --reset",
            plain=f"{origin} is empty: write a template, or restore the default", field="source")
    try:
        sample = render_draft(kind, SAMPLE, {kind.value: source})
    except DraftTemplateError as error:
        where = f"{origin}, line {error.line}" if error.line else origin
        raise UserError(f"{where}: {_plain(error.reason)}") from None
    refusal = template_refusal(sample)
    if refusal:
        terminal, words = refusal
        raise UserError(f"{origin}: {terminal}", plain=f"{origin}: {words}", field="source")
    return sample


def template_refusal(sample: Draft) -> tuple[str, str] | None:
    """Why a template rendered on the sample facts cannot be kept (it printed a fact the
    sample leaves out, or left a placeholder), for the terminal and in words; or None."""
    terminal = ([m for m in sample.missing if "the default was used" in m]
                or [m for m in sample.missing if m.startswith("a placeholder")])
    words = ([m for m in sample.said if "the default was used" in m]
             or [m for m in sample.said if m.startswith("a placeholder")])
    return (terminal[0], words[0]) if terminal and words else None


_NO_ATTRIBUTE = re.compile(r"has no attribute '(\w+)'")


def _plain(reason: str) -> str:
    """Jinja's words for an unknown fact, in the user's: what exists instead."""
    found = _NO_ATTRIBUTE.search(reason)
    if not found:
        return reason
    return (
        f"there is no fact called {found.group(1)!r}; person, about and connector have "
        + ", ".join(CONTACT_WORDS)
        + "; me has "
        + ", ".join(ME_WORDS)
    )


def reset_template(*, owner: User, kind: DraftKind | None) -> int:
    """Restore the default for `kind`, or for every kind when None; how many were reset."""
    found = DraftTemplate.objects.filter(owner=owner)
    if kind is not None:
        found = found.filter(kind=kind.value)
    deleted, _ = found.delete()
    return deleted
