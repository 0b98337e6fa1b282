from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime

from coffeechat.rules.prep import (
    MAX_QUESTIONS,
    MAX_RESEARCH_CHARS,
    MAX_SAID_NAME_CHARS,
    MAX_SPOKEN_CHARS,
    PrepFacts,
    build_sheet,
    to_fill,
)
from coffeechat.rules.prep_page import render_html, render_markdown
from coffeechat.rules.question_bank import Category
from coffeechat.rules.questions import ConversationFacts, plan_conversation

GOAL = "I'm exploring entry-level opportunities with digital marketing firms here in Oregon."
ALICE_TALK = ConversationFacts(
    person_name="Alice Moreno", title="Marketing Manager", organisation="Fernleaf Digital",
    source="alumni", goal=GOAL,
)
ALICE = PrepFacts(
    person_name="Alice Moreno",
    plan=plan_conversation(ALICE_TALK, 30),
    prepared_on=date(2025, 10, 13),
    title="Marketing Manager",
    organisation="Fernleaf Digital",
    email="alice@fernleaf.example",
    linkedin="https://www.linkedin.com/in/alice-moreno/",
    location="Portland, OR",
    source="alumni",
    connector="Sam Ortiz",
    goal=GOAL,
    research_notes="Leads a team of six; spoke at a Portland meetup on SEO.",
    organisation_notes="About 40 people; mostly nonprofit clients.",
    offers=("Share my notes from the SEO meetup",),
    meeting_at=datetime(2025, 10, 15, 10, 30),
    where="Case Study Coffee",
    agreed_minutes=30,
    open_items=("How Fernleaf hires analysts",),
)
BOB = PrepFacts(
    person_name="Bob Lee",
    plan=plan_conversation(ConversationFacts(person_name="Bob Lee"), 20),
    prepared_on=date(2025, 10, 13),
)
SECTIONS = ("Research notes", "Fernleaf Digital", "My goal", "Logistics", "Questions",
            "My asks", "What I can offer them", "Left open from earlier conversations")


def test_it_shows_every_section_in_markdown() -> None:
    text = render_markdown(ALICE)

    assert text.startswith("# Prep sheet: Alice Moreno\n")
    assert all(f" {section}" in text for section in SECTIONS)
    assert "Marketing Manager, Fernleaf Digital · Portland, OR" in text
    assert "How I know them: A fellow alum; introduced by Sam Ortiz" in text
    assert "LinkedIn: linkedin.com/in/alice-moreno" in text
    assert "Wednesday 15 October 2025, 10:30–11:00" in text
    assert "Prepared Monday 13 October 2025" in text


def test_it_shows_every_section_in_html() -> None:
    page = render_html(ALICE)

    assert all(f">{section}</h" in page for section in SECTIONS if section != "Questions")
    assert ">Questions · 30 minutes agreed</h2>" in page
    assert "Case Study Coffee" in page and "Share my notes from the SEO meetup" in page


def test_it_marks_every_planned_question_with_its_time_in_whole_minutes() -> None:
    text = render_markdown(ALICE)
    questions = [i for i in ALICE.plan.questions if i.category != Category.ASKS]

    assert "- `0 min` **Opening** — Thank you for making the time today, Alice." in text
    assert all(item.text in text for item in questions)
    marks = [int(m) for m in re.findall(r"^- `(\d+) min` \*\*", text, re.M)]
    assert marks == sorted(set(marks)) and marks[-1] == 30
    assert "- `30 min` **End**" in text and not re.search(r"\d\.\d|\d:\d\d` ", text)


def test_it_lists_the_asks_once_at_the_times_the_plan_gives_them() -> None:
    text = render_markdown(ALICE)
    asks = [i for i in ALICE.plan.items if i.category == Category.ASKS]

    assert len(asks) == 2
    for n, ask in enumerate(asks, 1):
        assert text.count(ask.text) == 1
        assert re.search(rf"^{n}\. `\d+ min` {re.escape(ask.text)}$", text, re.M)
    assert "**The asks** — My asks (below). Never ask for a job." in text


def test_it_always_reminds_of_the_rules_worth_having_in_hand() -> None:
    text = render_markdown(ALICE)

    assert "- Resume: only if asked." in text
    assert "- Keep to the agreed 30 minutes; the asks by " in text
    assert "Never ask for a job" in text
    assert "- Thank-you within 24 hours (by Thu 16 Oct, 10:30)" in text


def test_it_escapes_what_the_user_wrote() -> None:
    facts = replace(ALICE, research_notes="<script>alert('hi')</script> & <b>bold</b>",
                    person_name="Alice <i>Moreno</i>")
    page = render_html(facts)

    assert "<script" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#39;hi&#39;)&lt;/script&gt; &amp; &lt;b&gt;" in page


def test_it_is_a_page_that_stands_alone() -> None:
    page = render_html(ALICE)

    assert page.lstrip().startswith("<!doctype html>") and page.rstrip().endswith("</html>")
    assert "@page { margin: 12mm; }" in page
    assert not re.search(r"<script|<link|\bsrc=|@import|url\(", page)


def test_it_never_prints_a_hole() -> None:
    for text in (render_markdown(BOB), render_html(BOB)):
        assert not re.search(r"\bNone\b|\bnull\b|\{\{|\}\}", text)
    lines = [line for line in render_markdown(BOB).splitlines() if line.strip()]
    empty = [a for a, b in zip(lines, lines[1:], strict=False)
             if a.startswith("#") and b.startswith("#")]
    assert empty == []


def test_it_says_what_is_missing_in_words_and_prints_no_command() -> None:
    for text in (render_markdown(BOB), render_html(BOB)):
        for missing in ("No research notes yet.", "Organisation not recorded.",
                        "No goal statement yet.", "Not scheduled yet.",
                        "How I know them is not recorded.",
                        "Not agreed yet; planned for 20 minutes."):
            assert missing in text, missing
        assert "coffeechat" not in text and "<code" not in text and "`coffeechat" not in text


def test_it_gives_the_terminal_the_commands_that_fill_what_is_missing() -> None:
    missing = to_fill(build_sheet(BOB))

    assert 'No research notes yet: coffeechat edit "Bob Lee" --notes "..."' in missing
    assert ('Not scheduled yet: coffeechat log "Bob Lee" scheduled --at "YYYY-MM-DD HH:MM" '
            '--minutes 20 --where "..."') in missing
    assert to_fill(build_sheet(replace(ALICE, offers=()))) == ()


def test_it_asks_for_the_place_of_a_meeting_already_scheduled() -> None:
    facts = replace(ALICE, where="", agreed_minutes=None)
    text = render_markdown(facts)

    assert "- Where: Place or link not recorded." in text
    assert "- Time: Not agreed yet; planned for 30 minutes." in text
    assert ('Place or link not recorded: coffeechat log "Alice Moreno" scheduled '
            '--at "2025-10-15 10:30" --where "..."') in to_fill(build_sheet(facts))


def test_it_keeps_to_the_planned_minutes_when_none_are_agreed() -> None:
    facts = replace(ALICE, plan=plan_conversation(ALICE_TALK, 120), agreed_minutes=None)
    text = render_markdown(facts)

    assert "- Keep to the planned 120 minutes; the asks by minute " in text
    assert "- Time: Not agreed yet; planned for 120 minutes." in text
    assert "agreed 120" not in text and "120 minutes agreed" not in text


def test_it_asks_about_their_organisation_by_name() -> None:
    text = render_markdown(replace(ALICE, organisation_notes=""))

    assert "### Fernleaf Digital\n\nNo notes on Fernleaf Digital yet.\n" in text


def test_it_quotes_a_name_for_the_shell() -> None:
    sheet = build_sheet(replace(BOB, person_name='Dana "DJ" O$Neil'))

    assert sheet.research.command == 'coffeechat edit "Dana \\"DJ\\" O\\$Neil" --notes "..."'


def test_it_prompts_for_something_to_offer_when_nothing_is_written() -> None:
    text = render_markdown(BOB)

    assert "Nothing written down yet; think of one thing before you go." in text
    assert "- An introduction to someone in my network they would like to meet" in text


def test_it_cuts_long_notes_and_points_the_terminal_to_the_full_ones() -> None:
    facts = replace(ALICE, research_notes=" ".join(f"word{n}" for n in range(400)))
    text = render_markdown(facts)

    shown = text.split("### Research notes\n\n")[1].split("\n")[0]
    assert shown.endswith("…") and len(shown) <= MAX_RESEARCH_CHARS + 1
    assert 'Notes shortened to fit the page: coffeechat show "Alice Moreno"' in to_fill(
        build_sheet(facts))


def test_a_long_meeting_gets_fewer_questions_with_more_time_each() -> None:
    talk = plan_conversation(ALICE_TALK, 120)
    sheet = build_sheet(replace(ALICE, plan=talk, agreed_minutes=120))
    questions = [r for r in sheet.rows if r.kind == "question"]
    planned = {i.category for i in talk.questions if i.category != Category.ASKS}
    starts = [int(r.clock.removesuffix(" min")) for r in sheet.rows]

    assert len(talk.questions) - 2 > MAX_QUESTIONS == len(questions)
    assert {r.label for r in questions} == {Category(c).label for c in planned}
    assert starts[0] == 0 and starts[-1] == 120 and starts == sorted(set(starts))
    assert min(b - a for a, b in zip(starts[1:], starts[2:-3], strict=False)) >= 8
    assert all(r.kind != "gap" and "left off" not in r.text for r in sheet.rows)


def test_it_keeps_at_most_three_offers() -> None:
    offers = tuple(f"Offer {n}" for n in range(6))
    text = render_markdown(replace(ALICE, offers=offers))

    assert "- Offer 0\n- Offer 1\n- and 4 more\n" in text


def test_it_imports_nothing_from_django() -> None:
    code = ("import sys, coffeechat.rules.prep_page; "
            "print([m for m in sys.modules if 'django' in m])")
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert ran.stdout.strip() == "[]"


def test_it_never_ends_the_role_in_a_double_ellipsis() -> None:
    roles = [
        build_sheet(replace(ALICE, title="Director" + " x" * pad,
                            organisation="Fernleaf Digital Partners International " * 3,
                            location="Portland, Oregon, United States " * 3)).role.text
        for pad in range(40)
    ]

    assert [role for role in roles if "……" in role] == []


def test_it_shortens_long_names_in_the_opening_and_the_closing() -> None:
    long = "Fernleaf Digital Partners International " * 5
    talk = replace(ALICE_TALK, person_name="Dana" + "x" * 196, organisation=long,
                   referred_by="Samantha Ortiz-Villanueva " * 8, source="referral")
    facts = replace(ALICE, person_name=talk.person_name, organisation=long,
                    connector=talk.referred_by or "", plan=plan_conversation(talk, 120))
    said = {r.kind: r.text for r in build_sheet(facts).rows}

    assert len(said["opening"]) <= MAX_SPOKEN_CHARS and len(said["closing"]) <= MAX_SPOKEN_CHARS
    assert "for putting us in touch" in said["opening"]
    assert "this has been really helpful" in said["closing"]
    longest = max(len(w) for text in said.values() for w in text.split())
    assert longest <= MAX_SAID_NAME_CHARS + 2  # "Danaxx…" and its full stop


def test_it_says_why_the_plan_is_shorter_than_the_meeting_agreed() -> None:
    talk = plan_conversation(ALICE_TALK, 120, agreed=180)
    text = render_markdown(replace(ALICE, plan=talk, agreed_minutes=180))

    assert "- Time: You agreed 180 minutes; this plans the first 120" in text
    assert "## Questions (the first 120 of the 180 agreed minutes)" in text
    assert "- Keep to the agreed 180 minutes" in text


def test_a_meeting_held_shows_when_it_took_place() -> None:
    facts = replace(ALICE, meeting_at=None, met_at=datetime(2025, 10, 15, 10, 30))
    text = render_markdown(facts)

    assert "- When: Met Wednesday 15 October 2025, 10:30–11:00" in text
    assert "Not scheduled" not in text and "- Where: Case Study Coffee" in text
    assert "(by Thu 16 Oct, 10:30)" in text


def test_it_times_every_plan_in_whole_minutes_that_add_up() -> None:
    from coffeechat.rules.prep_timing import timetable

    for minutes in range(10, 121):
        slots = timetable(plan_conversation(ALICE_TALK, minutes), minutes, MAX_QUESTIONS)
        assert sum(s.minutes for s in slots) == minutes and min(s.minutes for s in slots) >= 1
        assert [s.start for s in slots] == sorted({s.start for s in slots})
