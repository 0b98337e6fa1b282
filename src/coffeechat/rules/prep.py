"""The one-page prep sheet: who they are, my goal, my questions with time marks, my asks,
what I can offer them, logistics and the reminders worth having in hand [PRODUCT step 6].

Pure: the facts come in as a `PrepFacts`, the sheet goes out as Markdown or as a
standalone printable HTML page. A fact not recorded never prints as a hole: the sheet says
what is missing and the command that records it. Long notes and long plans are cut so the
printed sheet stays on one page (the full notes are a `coffeechat show` away).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, Template

from coffeechat.rules.question_bank import ASKS, Category
from coffeechat.rules.questions import (
    CLOSING,
    OPENING,
    Plan,
    PlanItem,
    Source,
    category_label,
    clock,
)
from coffeechat.rules.wording import count, first_name

__all__ = ["PrepFacts", "Sheet", "build_sheet", "render_html", "render_markdown"]

# What fits one printed page (A4 and US Letter) next to everything else on the sheet.
MAX_RESEARCH_CHARS = 520  # about 85 words
MAX_ORGANISATION_CHARS = 250
MAX_TEXT_CHARS = 140  # the goal, one question
MAX_NAME_CHARS = 60  # a name, a title, an organisation, a place
MAX_ROLE_CHARS = 110  # title, organisation and place under the name
MAX_ITEM_CHARS = 80  # one offer, one thing left open, a link, where we meet
MAX_SPOKEN_CHARS = 300  # the opening, the closing
MAX_SAID_NAME_CHARS = 40  # a name inside a question, the opening or the closing
MAX_QUESTIONS = 10
MAX_LIST_ITEMS = 3

SOURCE_WORDS: dict[str, str] = {
    Source.FRIEND: "A friend", Source.FAMILY: "Family", Source.ALUMNI: "A fellow alum",
    Source.COLLEAGUE: "A former colleague", Source.LINKEDIN: "Through LinkedIn",
    Source.REFERRAL: "A referral",
}
# Service orientation [seed 003] when I have not written down what I can offer.
OFFER_PROMPTS = (
    "Something useful from my own work: an article, a tool, a data point",
    "An introduction to someone in my network they would like to meet",
    "A user's view of their product, service or event",
)


@dataclass(frozen=True)
class PrepFacts:
    person_name: str
    plan: Plan
    prepared_on: date
    title: str = ""
    organisation: str = ""
    email: str = ""
    linkedin: str = ""
    location: str = ""
    source: str = Source.OTHER
    connector: str = ""  # who referred or introduced me, if anyone
    goal: str = ""  # my goal statement
    research_notes: str = ""
    organisation_notes: str = ""
    offers: tuple[str, ...] = ()  # my skills, things I offered, what I can do for them
    meeting_at: datetime | None = None
    where: str = ""  # place, phone or video link
    agreed_minutes: int | None = None  # None: not agreed yet (the plan assumes its own)
    open_items: tuple[str, ...] = ()  # what earlier interviews left open
    thank_you_hours: int = 24  # the user's setting


@dataclass(frozen=True)
class Note:
    """A fact on the sheet, or (hint) what is missing and the command that records it."""

    text: str
    command: str = ""
    hint: bool = False


NO_OFFERS = Note("Nothing written down yet; think of one thing before you go.", hint=True)


@dataclass(frozen=True)
class Row:
    clock: str
    label: str
    text: str
    kind: str  # opening, question, asks, closing, end, gap


@dataclass(frozen=True)
class Sheet:
    name: str
    role: Note
    contact: tuple[tuple[str, str], ...]
    prepared: str
    how: Note
    research: Note
    organisation_heading: str
    organisation: Note
    full_notes: str  # the command that shows notes cut short here, or ""
    goal: Note
    open_items: tuple[str, ...]
    when: Note
    where: Note
    minutes: Note
    planned: str
    rows: tuple[Row, ...]
    asks: tuple[Row, ...]
    offers: tuple[str, ...]
    offers_hint: Note | None
    reminders: tuple[str, ...]


def _arg(value: str) -> str:
    """A value as it is typed on the command line: quoted when it holds a space."""
    if re.fullmatch(r"[\w.@+:/-]+", value):
        return value
    return '"' + re.sub(r'(["\\$`])', r"\\\1", value) + '"'


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def _cut(text: str, limit: int) -> tuple[str, bool]:
    """At most `limit` characters, cut at a word and ended with an ellipsis."""
    text = _one_line(text)
    if len(text) <= limit:
        return text, False
    head = text[: limit + 1].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    # A part already cut ("Partners…") inside a longer text cut again ends in one "…".
    return head[: limit - 1].rstrip(" ,;:.-…") + "…", True


def _long_date(moment: date) -> str:
    return f"{moment:%A} {moment.day} {moment:%B %Y}"


def _short(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}, {moment:%H:%M}"


def build_sheet(facts: PrepFacts) -> Sheet:
    """Everything the sheet shows, as text, in the order it is read."""
    name = _one_line(facts.person_name) or "Someone without a name"
    who = _arg(name)
    name = _name(name)
    return Sheet(
        name=name,
        role=_role(facts, who),
        contact=tuple(
            (label, _cut(value, MAX_ITEM_CHARS)[0])
            for label, value in (("E-mail", facts.email), ("LinkedIn", _bare(facts.linkedin)))
            if value.strip()
        ),
        prepared=f"Prepared {_long_date(facts.prepared_on)}",
        how=_how(facts, who),
        research=_notes(facts.research_notes, MAX_RESEARCH_CHARS, who, "--notes",
                        "No research notes yet"),
        organisation_heading=_name(facts.organisation) or "Their organisation",
        organisation=_organisation(facts, who),
        full_notes=f"coffeechat show {who}" if _notes_cut(facts) else "",
        goal=_goal(facts),
        open_items=_items(facts.open_items),
        when=_when(facts, who),
        where=_where(facts, who),
        minutes=_minutes(facts, who),
        planned=f"{facts.plan.total_minutes:g} of the {facts.plan.agreed_minutes} agreed minutes "
        "planned",
        rows=_rows(facts),
        asks=_asks(facts.plan),
        offers=_items(facts.offers) or OFFER_PROMPTS,
        offers_hint=None if _items(facts.offers) else NO_OFFERS,
        reminders=_reminders(facts),
    )


def _name(text: str) -> str:
    return _cut(text, MAX_NAME_CHARS)[0]


def _bare(url: str) -> str:
    """A link as people read it: "linkedin.com/in/dana", not "https://www.linkedin..."."""
    return re.sub(r"^\s*(?:https?://)?(?:www\.)?", "", url).rstrip("/")


def _role(facts: PrepFacts, who: str) -> Note:
    role = ", ".join(part for part in (_name(facts.title), _name(facts.organisation)) if part)
    if role:
        where = _name(facts.location)
        return Note(_cut(f"{role} · {where}" if where else role, MAX_ROLE_CHARS)[0])
    return Note("Title and organisation not recorded:",
                f'coffeechat edit {who} --title "..." --org "..."', hint=True)


def _how(facts: PrepFacts, who: str) -> Note:
    connector, source = _name(facts.connector), str(facts.source)
    if connector and source == Source.REFERRAL:
        return Note(f"Referred by {connector}")
    if connector:
        known = SOURCE_WORDS.get(source)
        return Note(f"{known}; introduced by {connector}" if known else
                    f"Introduced by {connector}")
    if source in SOURCE_WORDS:
        return Note(SOURCE_WORDS[source])
    return Note("How I know them is not recorded:",
                f"coffeechat edit {who} --source friend|family|alumni|colleague|linkedin|referral",
                hint=True)


def _notes(text: str, limit: int, who: str, option: str, missing: str) -> Note:
    if not text.strip():
        return Note(f"{missing}:", f'coffeechat edit {who} {option} "..."', hint=True)
    return Note(_cut(text, limit)[0])


def _notes_cut(facts: PrepFacts) -> bool:
    return (_cut(facts.research_notes, MAX_RESEARCH_CHARS)[1]
            or bool(facts.organisation.strip())
            and _cut(facts.organisation_notes, MAX_ORGANISATION_CHARS)[1])


def _organisation(facts: PrepFacts, who: str) -> Note:
    if not facts.organisation.strip():
        return Note("Organisation not recorded:", f'coffeechat edit {who} --org "..."',
                    hint=True)
    return _notes(facts.organisation_notes, MAX_ORGANISATION_CHARS, who, "--org-notes",
                  f"No notes on {_name(facts.organisation)} yet")


def _goal(facts: PrepFacts) -> Note:
    if not facts.goal.strip():
        return Note("No goal statement yet:", "coffeechat goal \"I'm exploring ...\"", hint=True)
    return Note(_cut(facts.goal, MAX_TEXT_CHARS)[0])


def _items(texts: tuple[str, ...]) -> tuple[str, ...]:
    kept = [_cut(t, MAX_ITEM_CHARS)[0] for t in texts if t and t.strip()]
    if len(kept) > MAX_LIST_ITEMS:
        kept = [*kept[: MAX_LIST_ITEMS - 1], f"and {len(kept) - MAX_LIST_ITEMS + 1} more"]
    return tuple(kept)


def _schedule(who: str, facts: PrepFacts, option: str) -> str:
    at = f"{facts.meeting_at:%Y-%m-%d %H:%M}" if facts.meeting_at else "YYYY-MM-DD HH:MM"
    return f'coffeechat log {who} scheduled --at "{at}" {option}'


def _when(facts: PrepFacts, who: str) -> Note:
    if facts.meeting_at is None:
        option = f'--minutes {_agreed(facts)} --where "..."'
        return Note("Not scheduled yet:", _schedule(who, facts, option), hint=True)
    start = facts.meeting_at
    end = start + timedelta(minutes=_agreed(facts))
    return Note(f"{_long_date(start)}, {start:%H:%M}–{end:%H:%M}")


def _where(facts: PrepFacts, who: str) -> Note:
    if facts.where.strip():
        return Note(_cut(facts.where, MAX_ITEM_CHARS)[0])
    if facts.meeting_at is None:
        return Note("Wherever and whenever suits them best.")
    return Note("Place or link not recorded:", _schedule(who, facts, '--where "..."'), hint=True)


def _agreed(facts: PrepFacts) -> int:
    return facts.agreed_minutes or facts.plan.agreed_minutes


def _minutes(facts: PrepFacts, who: str) -> Note:
    if facts.agreed_minutes and facts.plan.note:  # agreed longer or shorter than any plan
        return Note(facts.plan.note)
    if facts.agreed_minutes:
        return Note(f"{facts.agreed_minutes} minutes agreed")
    planned = f"Not agreed yet; planned for {facts.plan.agreed_minutes} minutes"
    if facts.meeting_at is None:  # the When line already says how to schedule
        return Note(f"{planned}.", hint=True)
    option = f"--minutes {facts.plan.agreed_minutes}"
    return Note(f"{planned}:", _schedule(who, facts, option), hint=True)


def _kept_questions(questions: list[PlanItem]) -> set[int]:
    """Which questions the page has room for: the first of every category, then the
    second of every category, and so on, so a long plan keeps its whole arc."""
    seen: Counter[str] = Counter()
    rank: list[tuple[int, int]] = []
    for index, item in enumerate(questions):
        rank.append((seen[item.category], index))
        seen[item.category] += 1
    return {index for _, index in sorted(rank)[:MAX_QUESTIONS]}


def _rows(facts: PrepFacts) -> tuple[Row, ...]:
    plan = facts.plan
    questions = [i for i in plan.items if i.question_id and i.category != Category.ASKS]
    kept = _kept_questions(questions)
    rows: list[Row] = []
    left_off = [item for index, item in enumerate(questions) if index not in kept]
    for item in plan.items:
        if item.category == Category.ASKS:
            if not rows or rows[-1].kind != "asks":
                rows += [_gap(left_off)] if left_off else []
                rows.append(Row(clock(item.start_minute), Category.ASKS.label,
                                "My asks (below). Never ask for a job.", "asks"))
        elif item not in left_off:
            kind = item.category if item.category in (OPENING, CLOSING) else "question"
            limit = MAX_TEXT_CHARS if kind == "question" else MAX_SPOKEN_CHARS
            text = _said(item.text, facts, limit)
            rows.append(Row(clock(item.start_minute), category_label(item.category), text, kind))
    rows.append(Row(clock(plan.total_minutes), "End", "Thank them and stop on time.", "end"))
    return tuple(rows)


def _said(text: str, facts: PrepFacts, limit: int) -> str:
    """A line to say, as the sheet prints it: the long names in it shortened (the plan
    names them in full), then the whole cut to what the page has room for."""
    text = _one_line(text)
    for name in (facts.organisation, facts.connector, facts.title, facts.person_name,
                 first_name(facts.person_name)):
        name = _one_line(name)
        if len(name) > MAX_SAID_NAME_CHARS:
            text = text.replace(name, _cut(name, MAX_SAID_NAME_CHARS)[0])
    return _cut(text, limit)[0]


def _gap(left_off: list[PlanItem]) -> Row:
    minutes = sum(item.minutes for item in left_off)
    return Row("", "", f"{len(left_off)} more questions ({minutes:g} min) left off this page.",
               "gap")


def _asks(plan: Plan) -> tuple[Row, ...]:
    asks = [i for i in plan.items if i.category == Category.ASKS]
    if asks:
        return tuple(Row(clock(i.start_minute), "", _cut(i.text, MAX_TEXT_CHARS)[0], "asks")
                     for i in asks)
    return tuple(Row("", "", q.text, "asks") for q in ASKS)


def _reminders(facts: PrepFacts) -> tuple[str, ...]:
    asks = [i for i in facts.plan.items if i.category == Category.ASKS]
    keep_time = f"Keep to the agreed {_agreed(facts)} minutes"
    keep_time += f"; the asks by {clock(asks[0].start_minute)}." if asks else "."
    hours = facts.thank_you_hours
    by = f" (by {_short(facts.meeting_at + timedelta(hours=hours))})" if facts.meeting_at else ""
    return (
        "Resume: only if asked.",
        keep_time,
        "Never ask for a job: I am here to learn.",
        f"Thank-you within {count(hours, 'hour')}{by}, naming what they agreed to do.",
        "Give as much as I take.",
    )


def render_markdown(facts: PrepFacts) -> str:
    sheet = build_sheet(facts)
    contact = " · ".join(f"{label}: {value}" for label, value in sheet.contact)
    lines = [f"# Prep sheet: {sheet.name}", "", _md(sheet.role), ""]
    lines += [contact, ""] if contact else []
    lines += [sheet.prepared, "", "## Who they are", "", _md(sheet.how) if sheet.how.hint
              else f"How I know them: {sheet.how.text}", "",
              "### Research notes", "", _md(sheet.research), "",
              f"### {sheet.organisation_heading}", "", _md(sheet.organisation), ""]
    lines += [f"Full notes: {_code(sheet.full_notes)}", ""] if sheet.full_notes else []
    lines += ["## My goal", "", _md(sheet.goal), ""]
    lines += _md_list("Left open from earlier conversations", sheet.open_items)
    lines += _md_list("Logistics", (f"When: {_md(sheet.when)}", f"Where: {_md(sheet.where)}",
                                    f"Time: {_md(sheet.minutes)}"))
    lines += _md_list(f"Questions ({sheet.planned})", [
        f"{_mark(row)}**{row.label}** — {row.text}" if row.clock else f"*{row.text}*"
        for row in sheet.rows
    ])
    lines += ["## My asks", ""] + [f"{n}. {_mark(row)}{row.text}"
                                    for n, row in enumerate(sheet.asks, 1)] + [""]
    lines += ["## What I can offer them", ""]
    lines += [_md(sheet.offers_hint), ""] if sheet.offers_hint else []
    lines += _md_list("", sheet.offers) + _md_list("Reminders", sheet.reminders)
    return "\n".join(lines).rstrip() + "\n"


def _md_list(heading: str, items: Sequence[str]) -> list[str]:
    """A heading and its bullet list; nothing at all when there is nothing to list."""
    if not items:
        return []
    return ([f"## {heading}", ""] if heading else []) + [f"- {item}" for item in items] + [""]


def _mark(row: Row) -> str:
    return f"`{row.clock}` " if row.clock else ""


def _md(note: Note) -> str:
    return f"{note.text} {_code(note.command)}" if note.command else note.text


def _code(command: str) -> str:
    fence = "``" if "`" in command else "`"
    return f"{fence}{command}{fence}"


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


def render_html(facts: PrepFacts) -> str:
    """A standalone page (inline print CSS, no scripts, nothing fetched) for one sheet."""
    return _template().render(sheet=build_sheet(facts))
