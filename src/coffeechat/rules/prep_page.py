"""The prep sheet as a page: Markdown for the terminal, a standalone HTML page (inline
print CSS, no scripts, nothing fetched) for the browser and the printer."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from coffeechat.rules.prep import PrepFacts, Row, Sheet, build_sheet

__all__ = ["render_html", "render_markdown"]


def render_markdown(facts: PrepFacts | Sheet) -> str:
    sheet = facts if isinstance(facts, Sheet) else build_sheet(facts)
    contact = " · ".join(f"{label}: {value}" for label, value in sheet.contact)
    lines = [f"# Prep sheet: {sheet.name}", "", sheet.role.text, ""]
    lines += [contact, ""] if contact else []
    lines += [sheet.prepared, "", "## Who they are", "", sheet.how.text if sheet.how.hint
              else f"How I know them: {sheet.how.text}", "",
              "### Research notes", "", sheet.research.text, "",
              f"### {sheet.organisation_heading}", "", sheet.organisation.text, ""]
    lines += ["## My goal", "", sheet.goal.text, ""]
    lines += _md_list("Left open from earlier conversations", sheet.open_items)
    lines += _md_list("Logistics", (f"When: {sheet.when.text}", f"Where: {sheet.where.text}",
                                    f"Time: {sheet.minutes.text}"))
    lines += _md_list(f"Questions ({sheet.planned})", [
        f"{_mark(row)}**{row.label}** — {row.text}" for row in sheet.rows
    ])
    lines += ["## My asks", ""] + [f"{n}. {_mark(row)}{row.text}"
                                    for n, row in enumerate(sheet.asks, 1)] + [""]
    lines += ["## What I can offer them", ""]
    lines += [sheet.offers_hint.text, ""] if sheet.offers_hint else []
    lines += _md_list("", sheet.offers) + _md_list("Reminders", sheet.reminders)
    return "\n".join(lines).rstrip() + "\n"


def _md_list(heading: str, items: Sequence[str]) -> list[str]:
    """A heading and its bullet list; nothing at all when there is nothing to list."""
    if not items:
        return []
    return ([f"## {heading}", ""] if heading else []) + [f"- {item}" for item in items] + [""]


def _mark(row: Row) -> str:
    return f"`{row.clock}` " if row.clock else ""


@cache
def _template() -> Template:
    env = Environment(
        loader=PackageLoader("coffeechat.rules", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("prep.html")


def render_html(facts: PrepFacts | Sheet) -> str:
    """A standalone page (inline print CSS, no scripts, nothing fetched) for one sheet."""
    return _template().render(sheet=facts if isinstance(facts, Sheet) else build_sheet(facts))
