"""The one-page prep sheet: who they are, my goal, my questions with time marks, my asks,
what I can offer them, logistics and the reminders worth having in hand [PRODUCT step 6].

Pure: the facts come in as a `PrepFacts`, the sheet goes out as text (`prep_page` makes
it Markdown or a standalone printable HTML page). The page is for paper: a fact not
recorded never prints as a hole, the sheet says in words what is missing; the commands
that record it are `to_fill`, for the terminal. Long notes are cut and a long plan keeps
fewer questions with more time each (`prep_timing`), so the sheet stays on one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coffeechat.rules.prep_timing import Slot, timetable
from coffeechat.rules.question_bank import ASKS, Category
from coffeechat.rules.questions import (
    CLOSING,
    OPENING,
    Plan,
    Source,
    category_label,
    within_limits,
)
from coffeechat.rules.wording import count, first_name, shell_word

__all__ = ["PrepFacts", "Sheet", "build_sheet", "to_fill"]

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
    meeting_at: datetime | None = None  # the meeting ahead
    met_at: datetime | None = None  # with none ahead, the meeting that took place last
    where: str = ""  # place, phone or video link (of the meeting ahead, else the one held)
    agreed_minutes: int | None = None  # None: not agreed yet (the plan assumes its own)
    open_items: tuple[str, ...] = ()  # what earlier interviews left open
    thank_you_hours: int = 24  # the user's setting


@dataclass(frozen=True)
class Note:
    """A fact on the sheet, or (hint) what is missing, said in words; `command` records
    it, for the terminal (`to_fill`), never printed on the page."""

    text: str
    command: str = ""
    hint: bool = False


NO_OFFERS = Note("Nothing written down yet; think of one thing before you go.", hint=True)


@dataclass(frozen=True)
class Row:
    clock: str
    label: str
    text: str
    kind: str  # opening, question, asks, closing, end


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


def _minute(start: int) -> str:
    return f"{start} min"


def build_sheet(facts: PrepFacts) -> Sheet:
    """Everything the sheet shows, as text, in the order it is read."""
    name = _one_line(facts.person_name) or "Someone without a name"
    who = shell_word(name)
    name = _name(name)
    slots = timetable(facts.plan, _planned(facts), MAX_QUESTIONS)
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
        planned=_planned_text(facts),
        rows=_rows(facts, slots),
        asks=_asks(slots),
        offers=_items(facts.offers) or OFFER_PROMPTS,
        offers_hint=None if _items(facts.offers) else NO_OFFERS,
        reminders=_reminders(facts, slots),
    )


def to_fill(sheet: Sheet) -> tuple[str, ...]:
    """What the sheet says is missing, each with the command that records it: for the
    terminal, since the printed page carries no commands."""
    notes = (sheet.role, sheet.how, sheet.research, sheet.organisation, sheet.goal,
             sheet.when, sheet.where, sheet.minutes)
    found = [f"{note.text.rstrip('.')}: {note.command}" for note in notes if note.command]
    if sheet.full_notes:
        found.append(f"Notes shortened to fit the page: {sheet.full_notes}")
    return tuple(dict.fromkeys(found))


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
    return Note("Title and organisation not recorded.",
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
    return Note("How I know them is not recorded.",
                f"coffeechat edit {who} --source friend|family|alumni|colleague|linkedin|referral",
                hint=True)


def _notes(text: str, limit: int, who: str, option: str, missing: str) -> Note:
    if not text.strip():
        return Note(f"{missing}.", f'coffeechat edit {who} {option} "..."', hint=True)
    return Note(_cut(text, limit)[0])


def _notes_cut(facts: PrepFacts) -> bool:
    return (_cut(facts.research_notes, MAX_RESEARCH_CHARS)[1]
            or bool(facts.organisation.strip())
            and _cut(facts.organisation_notes, MAX_ORGANISATION_CHARS)[1])


def _organisation(facts: PrepFacts, who: str) -> Note:
    if not facts.organisation.strip():
        return Note("Organisation not recorded.", f'coffeechat edit {who} --org "..."',
                    hint=True)
    return _notes(facts.organisation_notes, MAX_ORGANISATION_CHARS, who, "--org-notes",
                  f"No notes on {_name(facts.organisation)} yet")


def _goal(facts: PrepFacts) -> Note:
    if not facts.goal.strip():
        return Note("No goal statement yet.", "coffeechat goal \"I'm exploring ...\"", hint=True)
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
    start = facts.meeting_at or facts.met_at
    if start is None:
        option = f'--minutes {_agreed(facts)} --where "..."'
        return Note("Not scheduled yet.", _schedule(who, facts, option), hint=True)
    end = start + timedelta(minutes=_agreed(facts))
    held = "Met " if facts.meeting_at is None else ""
    return Note(f"{held}{_long_date(start)}, {start:%H:%M}–{end:%H:%M}")


def _where(facts: PrepFacts, who: str) -> Note:
    if facts.where.strip():
        return Note(_cut(facts.where, MAX_ITEM_CHARS)[0])
    if facts.meeting_at is not None:
        return Note("Place or link not recorded.", _schedule(who, facts, '--where "..."'),
                    hint=True)
    if facts.met_at is not None:
        return Note("Not recorded.", hint=True)
    return Note("Wherever and whenever suits them best.")


def _agreed(facts: PrepFacts) -> int:
    return facts.agreed_minutes or facts.plan.agreed_minutes


def _planned(facts: PrepFacts) -> int:
    """The minutes the sheet's timetable fills: the plan's, within what any plan takes."""
    return within_limits(facts.plan.agreed_minutes)


def _planned_text(facts: PrepFacts) -> str:
    planned, agreed = _planned(facts), _agreed(facts)
    if facts.agreed_minutes is None:
        return f"planned for {planned} minutes"
    if planned < agreed:
        return f"the first {planned} of the {agreed} agreed minutes"
    return f"{planned} minutes" + (" agreed" if planned == agreed else "")


def _minutes(facts: PrepFacts, who: str) -> Note:
    planned = _planned(facts)
    if facts.agreed_minutes and facts.plan.note:  # agreed longer or shorter than any plan
        return Note(facts.plan.note)
    if facts.agreed_minutes:
        also = f"; this sheet plans {planned}" if planned != facts.agreed_minutes else ""
        return Note(f"{facts.agreed_minutes} minutes agreed{also}")
    text = f"Not agreed yet; planned for {planned} minutes."
    if facts.meeting_at is None:  # the When line already says how to schedule
        return Note(text, hint=True)
    return Note(text, _schedule(who, facts, f"--minutes {planned}"), hint=True)


def _rows(facts: PrepFacts, slots: list[Slot]) -> tuple[Row, ...]:
    rows: list[Row] = []
    for slot in slots:
        item = slot.item
        if item.category == Category.ASKS:
            if not rows or rows[-1].kind != "asks":
                rows.append(Row(_minute(slot.start), Category.ASKS.label,
                                "My asks (below). Never ask for a job.", "asks"))
            continue
        kind = item.category if item.category in (OPENING, CLOSING) else "question"
        limit = MAX_TEXT_CHARS if kind == "question" else MAX_SPOKEN_CHARS
        rows.append(Row(_minute(slot.start), category_label(item.category),
                        _said(item.text, facts, limit), kind))
    end = slots[-1].start + slots[-1].minutes if slots else _planned(facts)
    rows.append(Row(_minute(end), "End", "Thank them and stop on time.", "end"))
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


def _asks(slots: list[Slot]) -> tuple[Row, ...]:
    asks = [s for s in slots if s.item.category == Category.ASKS]
    if asks:
        return tuple(Row(_minute(s.start), "", _cut(s.item.text, MAX_TEXT_CHARS)[0], "asks")
                     for s in asks)
    return tuple(Row("", "", q.text, "asks") for q in ASKS)


def _reminders(facts: PrepFacts, slots: list[Slot]) -> tuple[str, ...]:
    asks = [s for s in slots if s.item.category == Category.ASKS]
    if facts.agreed_minutes:
        keep_time = f"Keep to the agreed {facts.agreed_minutes} minutes"
    else:
        keep_time = f"Keep to the planned {_planned(facts)} minutes"
    keep_time += f"; the asks by minute {asks[0].start}." if asks else "."
    hours = facts.thank_you_hours
    meeting = facts.meeting_at or facts.met_at
    by = f" (by {_short(meeting + timedelta(hours=hours))})" if meeting else ""
    return (
        "Resume: only if asked.",
        keep_time,
        "Never ask for a job: I am here to learn.",
        f"Thank-you within {count(hours, 'hour')}{by}, naming what they agreed to do.",
        "Give as much as I take.",
    )
