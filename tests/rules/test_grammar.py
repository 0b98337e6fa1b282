"""The English around what the user typed: articles before titles, a promise turned to
speak to the person it is about, a phrase told from a sentence."""

from __future__ import annotations

import pytest

from coffeechat.rules.grammar import article, is_sentence, to_me, to_you, with_article
from coffeechat.rules.phrasing import is_verb_phrase, promise

DANA = ("Dana Lee", "Dana")


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("UX Researcher", "a UX Researcher"),
        ("Engineer", "an Engineer"),
        ("Editor", "an Editor"),
        ("Data Scientist", "a Data Scientist"),
        ("SEO specialist", "an SEO specialist"),
        ("MBA student", "an MBA student"),
        ("HR manager", "an HR manager"),
        ("FBI agent", "an FBI agent"),
        ("NASA engineer", "a NASA engineer"),
        ("user researcher", "a user researcher"),
        ("utility analyst", "a utility analyst"),
        ("Urban planner", "an Urban planner"),
        ("Uber driver", "an Uber driver"),
        ("unusual hire", "an unusual hire"),
        ("union organiser", "a union organiser"),
        ("one-person agency", "a one-person agency"),
        ("honest broker", "an honest broker"),
        ("hour-long show host", "an hour-long show host"),
        ("European analyst", "a European analyst"),
        ("X-ray technician", "an X-ray technician"),
        ("8-person team lead", "an 8-person team lead"),
        ("11-person team lead", "an 11-person team lead"),
        ("Account Executive", "an Account Executive"),
        ("Product Marketing Manager", "a Product Marketing Manager"),
    ],
)
def test_it_gives_a_title_the_article_it_is_said_with(title: str, said: str) -> None:
    assert with_article(title) == said


@pytest.mark.parametrize(
    "title",
    ["Head of Design", "Director of Marketing", "Chief of Staff", "VP Marketing", "CEO",
     "Founder", "Co-founder", "the Editor", "Dean of Students", "Vice President, Sales"],
)
def test_it_gives_the_one_post_of_its_kind_no_article(title: str) -> None:
    assert with_article(title) == title


def test_it_says_an_acronym_letter_by_letter() -> None:
    assert article("SQL analyst") == "an"
    assert article("UX lead") == "a"
    assert article("NGO") == "an"


@pytest.mark.parametrize(
    ("typed", "turned"),
    [
        ("introduce me to her team lead", "introduce me to your team lead"),
        ("I will send her my sample", "I will send you my sample"),
        ("send him the deck", "send you the deck"),
        ("ask her about the PDX meetup", "ask you about the PDX meetup"),
        ("thank her", "thank you"),
        ("call her first", "call you first"),
        ("introduce me to her first hire", "introduce me to your first hire"),
        ("forward my resume to his manager", "forward my resume to your manager"),
        ("She will introduce me to Lee", "You will introduce me to Lee"),
        ("she sends the newsletter every week", "you send the newsletter every week"),
        ("she always sends updates", "you always send updates"),
        ("she is on the panel", "you are on the panel"),
        ("he has a spare ticket", "you have a spare ticket"),
        ("he's been kind enough to share his notes", "you've been kind enough to share your notes"),
        ("she'll loop me in", "you'll loop me in"),
        ("the talk was hers", "the talk was yours"),
        ("introduce me to Dana's team lead", "introduce me to your team lead"),
        ("Dana will send me the agenda", "You will send me the agenda"),
        ("send Dana the deck", "send you the deck"),
        ("Dana Lee's notes on churn", "Your notes on churn"),
    ],
)
def test_it_turns_a_text_about_the_reader_to_speak_to_them(typed: str, turned: str) -> None:
    assert to_you(typed, DANA) == turned


def test_it_leaves_they_and_other_names_as_typed() -> None:
    assert to_you("ask them about the team") == "ask them about the team"
    assert to_you("introduce me to Lee's manager", DANA) == "introduce me to Lee's manager"
    will = ("Will Tanaka", "Will")
    assert to_you("I will send Will the deck", will) == "I will send you the deck"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("introduce me to her team lead", "introduce me to your team lead"),
        ("I will send her my sample", "send you my sample"),
        ("I'll send Dana the deck", "send you the deck"),
        ("She will introduce me to Lee", "introduce me to Lee"),
        ("she offered to review my case study", "review my case study"),
        ("Dana said she'd share the research plan", "share the research plan"),
        ("to forward my portfolio to her manager", "forward my portfolio to your manager"),
        ("Send the rebate article.", "send the rebate article"),
    ],
)
def test_it_says_a_promise_as_it_follows_to_or_i_will(typed: str, said: str) -> None:
    assert promise(typed, DANA) == said
    assert is_verb_phrase(typed, DANA)


@pytest.mark.parametrize("typed", ["coffee in January", "an intro to Lee", "always happy to help"])
def test_it_knows_a_promise_that_is_no_verb_phrase(typed: str) -> None:
    assert not is_verb_phrase(typed, DANA)


@pytest.mark.parametrize(
    "text",
    ["The best way in is volunteering", "She hires from teaching", "You should learn SQL first",
     "Utilities are buying flexible demand", "AI changes everything.", "I should learn SQL"],
)
def test_it_knows_a_sentence_of_its_own(text: str) -> None:
    assert is_sentence(text)


@pytest.mark.parametrize(
    "text", ["heat pumps going mainstream", "write a public teardown", "customer interviews",
             "utilities buying flexible demand", "SQL"],
)
def test_it_knows_a_phrase_to_embed(text: str) -> None:
    assert not is_sentence(text)


@pytest.mark.parametrize(
    ("given", "mine"),
    [
        ("start with your own classroom", "start with my own classroom"),
        ("portfolio reviews before you apply", "portfolio reviews before I apply"),
        ("let them tell you what matters", "let them tell me what matters"),
        ("ask yourself why", "ask myself why"),
    ],
)
def test_it_says_advice_given_to_me_in_my_own_words(given: str, mine: str) -> None:
    assert to_me(given) == mine
