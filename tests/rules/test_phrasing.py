"""What the user typed, said in a draft: a background phrased for the stage, an insight as
a phrase or whole, a research note as an aside or a sentence."""

from __future__ import annotations

import pytest

from coffeechat.rules.background import background_sentence, former_field
from coffeechat.rules.phrasing import learned_phrase, noticed, takeaway

TEACHER = "9 years teaching middle-school science"
HELEN = ("Helen Park", "Helen")


@pytest.mark.parametrize(
    ("stage", "said"),
    [
        ("career-changer", "I'm changing careers after 9 years teaching middle-school science."),
        ("experienced", "I bring 9 years teaching middle-school science."),
        ("student", "I have 9 years teaching middle-school science behind me."),
        ("", "I have 9 years teaching middle-school science behind me."),
    ],
)
def test_it_says_a_span_of_years_as_the_stage_would(stage: str, said: str) -> None:
    assert background_sentence(TEACHER, stage) == said


@pytest.mark.parametrize(
    ("background", "stage", "said"),
    [
        ("middle-school science teacher", "career-changer",
         "I'm a middle-school science teacher, now changing careers."),
        ("third-year design student at PSU", "student", "I'm a third-year design student at PSU."),
        ("Operations manager at a regional hospital", "experienced",
         "I'm an operations manager at a regional hospital."),
        ("teaching middle-school science for 9 years", "career-changer",
         "I'm changing careers after teaching middle-school science for 9 years."),
        ("teaching middle-school science for 9 years", "student",
         "I have been teaching middle-school science for 9 years."),
        ("studying design at PSU", "student", "I'm studying design at PSU."),
        ("taught middle-school science for 9 years", "career-changer",
         "I taught middle-school science for 9 years, and I'm now changing careers."),
        ("hospital operations", "career-changer", "I'm changing careers from hospital operations."),
        ("hospital operations", "experienced", "My background is in hospital operations."),
        ("BA in History from Reed, 2025", "graduate",
         "I'm a recent graduate (BA in History from Reed, 2025)."),
        ("BA in History from Reed, 2025", "", "My background: BA in History from Reed, 2025."),
        ("I taught science for nine years.", "career-changer", "I taught science for nine years."),
    ],
)
def test_it_builds_a_whole_sentence_whatever_the_form_typed(
    background: str, stage: str, said: str
) -> None:
    assert background_sentence(background, stage) == said


def test_it_says_nothing_without_a_background() -> None:
    assert background_sentence("   ", "career-changer") == ""


@pytest.mark.parametrize(
    ("background", "field"),
    [
        (TEACHER, "teaching"),
        ("middle-school science teacher", "teaching"),
        ("taught science for 9 years", "teaching"),
        ("12 years in hospital operations", "hospital operations"),
        ("a decade of retail banking", "retail banking"),
        ("former nurse", "nursing"),
        ("senior sales associate at Macy's", "sales"),
        ("BA in History, 2025", "backgrounds like mine"),
    ],
)
def test_it_reads_the_field_a_background_comes_from(background: str, field: str) -> None:
    assert former_field(background) == field


@pytest.mark.parametrize(
    ("kind", "text", "said"),
    [
        ("advice", "write a public teardown",
         "Your advice to write a public teardown has stayed with me."),
        ("advice", "Always write a teardown first.",
         "Your advice to always write a teardown first has stayed with me."),
        ("advice", "Start with a case study from your classroom",
         "Your advice to start with a case study from my classroom has stayed with me."),
        ("advice", "portfolio reviews before you apply",
         "Your advice on portfolio reviews before I apply has stayed with me."),
        ("advice", "Don't apply blind", "Your advice not to apply blind has stayed with me."),
        ("advice", "networking over applying",
         "Your advice on networking over applying has stayed with me."),
        ("skill", "customer interviews",
         "Your point about customer interviews has stayed with me."),
        ("trend", "utilities buying flexible demand",
         "What you said about utilities buying flexible demand has stayed with me."),
        ("resource", "Volts podcast", "Your tip about the Volts podcast has stayed with me."),
        ("advice", "You should always write a teardown first.",
         "One point from our conversation has stayed with me: “You should always write a "
         "teardown first.”"),
        ("trend", "Utilities are buying flexible demand.",
         "One point from our conversation has stayed with me: Utilities are buying flexible "
         "demand."),
        ("trend", "She thinks heat pumps will go mainstream",
         "One point from our conversation has stayed with me: You think heat pumps will go "
         "mainstream."),
        ("challenge", "I should learn SQL first",
         "One point from our conversation has stayed with me: I should learn SQL first."),
    ],
)
def test_it_says_an_insight_back_to_who_said_it(kind: str, text: str, said: str) -> None:
    assert takeaway(learned_phrase(kind, text), "has stayed with me") == said


def test_it_says_an_insight_to_someone_else_in_the_third_person() -> None:
    phrase = learned_phrase("trend", "She thinks heat pumps will go mainstream", "Ravi")
    assert takeaway(phrase, "was the most useful part") == (
        "One point from my conversation with Ravi was the most useful part: She thinks heat "
        "pumps will go mainstream."
    )
    assert str(learned_phrase("skill", "SQL", "Ravi")) == "Ravi's point about SQL"


def test_it_keeps_a_plain_string_insight_working() -> None:
    assert takeaway("what you said about SQL", "keeps coming back to me") == (
        "What you said about SQL keeps coming back to me."
    )


@pytest.mark.parametrize(
    ("note", "aside", "sentence"),
    [
        ("the customer-story series on the company blog",
         "the customer-story series on the company blog", ""),
        ("Led the rebuild of the churn models last year.", "",
         "I saw that you led the rebuild of the churn models last year."),
        ("Leads a team of six", "", "I saw that you lead a team of six."),
        ("She spoke at the Summit on demand response", "",
         "I saw that you spoke at the Summit on demand response."),
        ("Posted about hiring her first research intern", "",
         "I saw that you posted about hiring your first research intern."),
        ("met her at the PDX meetup", "", "I met you at the PDX meetup."),
        ("saw her talk on accessibility", "", "I saw your talk on accessibility."),
        ("Acme just raised a Series B", "", "I saw that Acme just raised a Series B."),
        ("Figma power user", "Figma power user", ""),
    ],
)
def test_it_says_a_research_note_to_the_person_it_is_about(
    note: str, aside: str, sentence: str
) -> None:
    found = noticed(note, HELEN)
    assert (found.aside, found.sentence) == (aside, sentence)


def test_it_says_an_organisation_note_with_the_organisation_as_subject() -> None:
    found = noticed("Just raised a Series B", subject="Tidewater Energy")
    assert found.sentence == "I saw that Tidewater Energy just raised a Series B."
    assert not noticed("")
