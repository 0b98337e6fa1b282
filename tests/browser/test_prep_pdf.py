"""The prep sheet prints on one page, A4 and US Letter, in a real Chromium."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from coffeechat.rules.prep import MAX_QUESTIONS, PrepFacts, build_sheet
from coffeechat.rules.prep_page import render_html
from coffeechat.rules.questions import ConversationFacts, plan_conversation

pytestmark = pytest.mark.browser

RESEARCH = (
    "Dana leads a team of six at Fernleaf Digital and moved into marketing from local "
    "journalism eight years ago. She spoke at the Portland SEO meetup last spring about "
    "measuring content for small nonprofits, and writes a monthly newsletter on search "
    "trends. Before Fernleaf she ran social media for the Oregon Food Bank. On LinkedIn she "
    "recently shared a post about hiring junior analysts who can write clearly and handle "
    "messy spreadsheets, and about mentoring people who change careers."
)
ORGANISATION = (
    "Fernleaf Digital: about 40 people in Portland and Eugene; clients are mostly regional "
    "nonprofits and outdoor brands. Won an Oregon Ad Federation award in 2024 for a "
    "watershed campaign. Opened a data and analytics practice last year."
)


def dana(minutes: int = 30, research: str = RESEARCH, organisation: str = ORGANISATION,
         offers: tuple[str, ...] | None = None) -> PrepFacts:
    """A realistic, fairly full person: the sheet as a job seeker would print it."""
    goal = "I'm exploring entry-level opportunities with digital marketing firms here in Oregon."
    about = ConversationFacts(
        person_name="Dana Whitfield", title="Marketing Manager", organisation="Fernleaf Digital",
        research_notes=research, source="referral",
        referred_by="Sam Ortiz", goal=goal,
    )
    return PrepFacts(
        person_name="Dana Whitfield",
        plan=plan_conversation(about, minutes),
        prepared_on=date(2025, 10, 13),
        title="Marketing Manager",
        organisation="Fernleaf Digital",
        email="dana.whitfield@fernleaf.example",
        linkedin="https://www.linkedin.com/in/dana-whitfield-example",
        location="Portland, OR",
        source="referral",
        connector="Sam Ortiz",
        goal=goal,
        research_notes=research,
        organisation_notes=organisation,
        offers=offers if offers is not None else (
            "Share my write-up of the Portland SEO meetup talks",
            "Introduce her to Priya at the Oregon Food Bank data team",
            "Spreadsheet and SQL help for the nonprofit reporting she mentioned",
        ),
        meeting_at=datetime(2025, 10, 15, 10, 30),
        where="Case Study Coffee, NE Sandy Blvd",
        agreed_minutes=minutes,
        open_items=("Sam suggested asking how Fernleaf hires analysts",),
    )


def overlong() -> PrepFacts:
    """Every fact far longer than anyone writes it, and the longest plan: the names run
    through the spoken opening and closing too, not only the sheet's own fields."""
    def long(text: str, times: int) -> str:
        return " ".join([text] * times)

    name = "Dana" + "x" * 196  # one 200-character first name, the opening's own word
    title = long("Senior Director of Integrated Marketing Strategy", 4)
    organisation = long("Fernleaf Digital Partners International", 5)
    connector = long("Samantha Ortiz-Villanueva", 8)
    about = ConversationFacts(
        person_name=f"{name} {long('Whitfield', 20)}", title=title, organisation=organisation,
        research_notes=long(RESEARCH, 8), source="referral", referred_by=connector,
    )
    return replace(
        dana(minutes=120, research=long(RESEARCH, 8), organisation=long(ORGANISATION, 6)),
        person_name=about.person_name,
        plan=plan_conversation(about, 120),
        title=title,
        organisation=organisation,
        location=long("Portland, Oregon, United States", 3),
        connector=connector,
        goal=long("I'm exploring entry-level opportunities with digital marketing firms.", 5),
        where=long("Case Study Coffee, 5347 NE Sandy Blvd, Portland, upstairs by the window", 4),
        offers=tuple(long(f"Offer number {n}: something rather long", 6) for n in range(9)),
        open_items=tuple(long(f"Open item {n}: a question left open", 6) for n in range(9)),
    )


def pdf_pages(page, facts: PrepFacts, paper: str) -> int:  # type: ignore[no-untyped-def]
    page.set_content(render_html(facts))
    return len(PdfReader(io.BytesIO(page.pdf(format=paper))).pages)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_it_prints_a_full_sheet_on_one_page(page, paper: str) -> None:  # type: ignore[no-untyped-def]
    assert pdf_pages(page, dana(), paper) == 1


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_it_cuts_an_overlong_sheet_to_one_page(page, paper: str) -> None:  # type: ignore[no-untyped-def]
    assert pdf_pages(page, overlong(), paper) == 1


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_a_120_minute_meeting_prints_on_one_page_with_its_questions_spaced(  # type: ignore[no-untyped-def]
    page, paper: str
) -> None:
    facts = dana(minutes=120)
    questions = [r for r in build_sheet(facts).rows if r.kind == "question"]
    page.set_content(render_html(facts))
    pdf = PdfReader(io.BytesIO(page.pdf(format=paper)))
    printed = " ".join(pdf.pages[0].extract_text().split())

    assert len(pdf.pages) == 1 and len(questions) == MAX_QUESTIONS
    assert all(" ".join(r.text.split()[:5]) in printed for r in questions)
    assert "120 minutes agreed" in printed and "left off" not in printed


def test_it_fetches_nothing_and_runs_no_script(page) -> None:  # type: ignore[no-untyped-def]
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.set_content(render_html(dana()))

    assert requests == []
    assert page.locator("script").count() == 0
    assert page.title() == "Prep sheet: Dana Whitfield"
