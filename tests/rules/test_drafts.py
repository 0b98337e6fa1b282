"""Drafts for Alex, who is exploring marketing analytics: Maya introduces Alex to Dana,
Dana refers Alex to Ravi, and Alex eventually lands at Cascade Health."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import pytest

from coffeechat.rules.drafts import (
    DEFAULT_TEMPLATES,
    SHORT_KINDS,
    Contact,
    Draft,
    DraftFacts,
    DraftKind,
    DraftTemplateError,
    Me,
    first_name,
    gist,
    leftovers,
    render_draft,
)

ALEX = Me(
    name="Alex Kim",
    goal="I'm exploring marketing analytics work with Oregon nonprofits",
    email="alex@example.com",
    new_role="Data Analyst",
    new_organisation="Cascade Health",
    new_email="alex.kim@cascadehealth.example",
    new_phone="503-555-0142",
)
DANA = Contact(
    name="Dana Lee",
    title="Head of Customer Analytics",
    organisation="Acme Analytics",
    source="alumni",
    research="Led the rebuild of Acme's churn models last year.",
    organisation_notes="a 40-person B-corp in Portland",
)
MAYA = Contact(name="Maya Chen", title="Product Manager", organisation="Northwind")
RAVI = Contact(name="Ravi Patel", title="Data Scientist", organisation="Cascade Health")
INSIGHT = "your advice to learn SQL before fancy models"

FACTS = {
    DraftKind.INTRO_REQUEST: DraftFacts(me=ALEX, person=MAYA, about=DANA),
    DraftKind.OUTREACH: DraftFacts(me=ALEX, person=DANA),
    DraftKind.FOLLOW_UP: DraftFacts(me=ALEX, person=DANA, last_subject="Your path at Acme"),
    DraftKind.THANK_YOU: DraftFacts(
        me=ALEX,
        person=DANA,
        they_will=("Introduce me to Ravi Patel", "send me the PDX Data Week schedule"),
        i_will=("send you the nonprofit analytics survey",),
        learned=(INSIGHT, "what you said about volunteering as the way into nonprofit analytics"),
        meeting_minutes=20,
    ),
    DraftKind.REFERRAL_OUTREACH: DraftFacts(me=ALEX, person=RAVI, connector=DANA),
    DraftKind.UPDATE_REFERRER: DraftFacts(
        me=ALEX,
        person=DANA,
        about=RAVI,
        about_learned=("what Ravi said about privacy know-how in health data",),
    ),
    DraftKind.REPLY_TO_INTRO: DraftFacts(me=ALEX, person=DANA, connector=MAYA, introduced=True),
    DraftKind.RECONNECT: DraftFacts(
        me=ALEX,
        person=DANA,
        their_words="Swamped with the launch until December, write again then.",
        asked_until="Tue 1 Dec 2026",
    ),
    DraftKind.CHECK_IN: DraftFacts(
        me=ALEX, person=DANA, learned=(INSIGHT,), i_will=("send you the analytics survey",)
    ),
    DraftKind.LANDING: DraftFacts(me=ALEX, person=DANA, met=True),
}
NEVER = re.compile(r"\b(jobs?|openings?|hiring|hire|resumes?|résumés?|positions?|vacanc)", re.I)
HOLES = ("{{", "}}", "{%", "[NAME]", "None", "TBD", "undefined", " .", " ,", "at .")


def draft(kind: DraftKind, **changes: Any) -> Draft:
    return render_draft(kind, replace(FACTS[kind], **changes))


def my_words(body: str) -> int:
    return sum(len(line.split()) for line in body.splitlines() if not line.startswith(">"))


@pytest.mark.parametrize("kind", list(DraftKind))
def test_it_renders_every_kind_with_no_hole_and_nothing_missing(kind: DraftKind) -> None:
    made = draft(kind)
    text = f"{made.subject}\n{made.body}"
    assert [hole for hole in HOLES if hole in text] == []
    assert made.missing == ()
    assert made.kind is kind


@pytest.mark.parametrize("kind", list(DraftKind))
def test_it_never_mentions_jobs_openings_hiring_or_resumes(kind: DraftKind) -> None:
    made = draft(kind)
    assert NEVER.findall(f"{made.subject}\n{made.body}") == []


@pytest.mark.parametrize("kind", list(DraftKind))
def test_it_phrases_the_request_as_a_question(kind: DraftKind) -> None:
    assert "?" in draft(kind).body


@pytest.mark.parametrize("kind", list(DraftKind))
def test_it_greets_by_first_name_and_signs_with_mine(kind: DraftKind) -> None:
    made = draft(kind)
    greeted = FACTS[kind].person.name.split()[0]
    assert made.body.startswith(f"Hi {greeted},")
    assert made.body.endswith("\nAlex")


@pytest.mark.parametrize("kind", sorted(SHORT_KINDS))
def test_it_keeps_outreach_type_bodies_under_100_words(kind: DraftKind) -> None:
    assert my_words(draft(kind).body) < 100


def test_it_opens_outreach_with_the_connection_then_their_work() -> None:
    body = draft(DraftKind.OUTREACH).body
    opening = body.split("\n\n")[1]
    assert opening.startswith("Our alumni network pointed me your way.")
    assert ("I saw that you led the rebuild of Acme's churn models last year, and I would love "
            "to learn how you became Head of Customer Analytics at Acme Analytics") in opening


def test_it_asks_for_a_small_slice_of_time_wherever_suits_them() -> None:
    body = draft(DraftKind.OUTREACH).body
    assert "10–20 minutes" in body
    assert "wherever and whenever suits you?" in body
    assert "A bit of context: I'm exploring marketing analytics work" in body


def test_it_uses_the_agreed_minutes_in_the_time_ask() -> None:
    body = draft(DraftKind.OUTREACH, meeting_minutes=15).body
    assert "Would you have 15 minutes" in body
    assert "10–20" not in body


def test_it_asks_the_connector_for_an_introduction_with_a_forwardable_note() -> None:
    made = draft(DraftKind.INTRO_REQUEST)
    blurb = "\n".join(line for line in made.body.splitlines() if line.startswith(">"))
    assert made.subject == "Would you introduce me to Dana Lee?"
    assert "Would you be comfortable introducing us?" in made.body
    assert blurb.startswith("> Hi Dana,")
    assert "Maya suggested we talk." in blurb and "10–20 minutes" in blurb
    assert "alex@example.com" in blurb


def test_it_follows_up_in_the_same_thread() -> None:
    assert draft(DraftKind.FOLLOW_UP).subject == "Re: Your path at Acme"
    again = draft(DraftKind.FOLLOW_UP, last_subject="RE: Your path at Acme")
    assert again.subject == "RE: Your path at Acme"


@pytest.mark.parametrize(
    "note",
    [
        "Would a 20-minute call next week work for you?",
        "Hi Dana, I loved your talk on research ops. Could we talk for 15 minutes?",
        "Thanks Sam! Dana, would a quick call work?",
    ],
)
def test_the_follow_up_quotes_the_words_i_sent(note: str) -> None:
    body = draft(DraftKind.FOLLOW_UP, sent=note).body
    assert f'I wrote: "{note}"' in body


@pytest.mark.parametrize(
    "note",
    [
        "sent via LinkedIn",
        "Asked about her move from teaching to product",
        "Emailed her about the PM role; mentioned Sam",
        "LinkedIn InMail, short version of the template",
        "Would you " + "please " * 60 + "talk?",  # a whole e-mail is in the thread already
    ],
)
def test_the_follow_up_never_quotes_a_note_that_only_tells_what_i_did(note: str) -> None:
    body = draft(DraftKind.FOLLOW_UP, sent=note).body
    assert "I wrote" not in body and note[:20] not in body
    assert "Following up on my note from last week" in body


def test_it_nudges_the_connector_when_the_follow_up_is_about_an_introduction() -> None:
    made = render_draft(
        DraftKind.FOLLOW_UP, DraftFacts(me=ALEX, person=MAYA, about=DANA, last_subject="Intro?")
    )
    assert "my note about Dana Lee" in made.body
    assert "Would you still be comfortable introducing us?" in made.body


def test_it_thanks_with_each_action_step_an_insight_and_my_offer() -> None:
    body = draft(DraftKind.THANK_YOU).body
    assert "the 20 minutes you gave me" in body
    assert "offering to introduce me to Ravi Patel and send me the PDX Data Week" in body
    assert "Your advice to learn SQL before fancy models has stayed with me." in body
    assert "As promised, I will send you the nonprofit analytics survey." in body


def test_it_names_the_referrer_in_the_first_sentence() -> None:
    made = draft(DraftKind.REFERRAL_OUTREACH)
    first_sentence = made.body.split("\n\n")[1].split(". ")[0]
    assert first_sentence == "Dana Lee suggested I contact you"
    assert made.subject == "Dana Lee suggested I get in touch"


def test_it_tells_the_referrer_how_it_went() -> None:
    made = draft(DraftKind.UPDATE_REFERRER)
    assert made.subject == "Thank you for the introduction to Ravi Patel"
    assert "pointing me to Ravi Patel at Cascade Health" in made.body
    assert "What Ravi said about privacy know-how in health data was the most useful" in made.body


def test_it_offers_something_useful_in_a_check_in() -> None:
    body = draft(DraftKind.CHECK_IN).body
    assert "send you the analytics survey. Would that be useful to you?" in body
    assert "spoke. Your advice to learn SQL before fancy models keeps coming back to me." in body


def test_it_announces_where_i_landed_with_new_details() -> None:
    body = draft(DraftKind.LANDING).body
    assert "I am starting as a Data Analyst at Cascade Health." in body
    assert "alex.kim@cascadehealth.example or 503-555-0142" in body
    assert "grateful for your help" in body


def test_it_reports_a_missing_goal_and_leaves_the_sentence_out() -> None:
    made = render_draft(DraftKind.OUTREACH, DraftFacts(me=Me(name="Alex Kim"), person=DANA))
    assert made.missing == ('the goal statement (coffeechat goal "...")',)
    assert "context" not in made.body
    assert leftovers(made.body) == ()


def test_it_reports_facts_about_the_person_by_their_first_name() -> None:
    bare = Contact(name="Dr. Dana Lee")
    made = render_draft(DraftKind.OUTREACH, DraftFacts(me=ALEX, person=bare))
    assert "Dana's organisation" in made.missing
    assert made.body.startswith("Hi Dana,\n\nI would love to learn how you got into your work")
    assert [hole for hole in HOLES if hole in made.body] == []


def test_it_reports_a_missing_thank_you_insight_and_new_contact_details() -> None:
    thanks = render_draft(DraftKind.THANK_YOU, DraftFacts(me=ALEX, person=DANA))
    landing = render_draft(DraftKind.LANDING, DraftFacts(me=Me(name="Alex"), person=DANA))
    assert thanks.missing == ("something specific you learned from Dana",)
    assert "your new email address" in landing.missing
    assert "my search is over." in landing.body


def test_it_says_who_is_missing_when_there_is_nobody_to_introduce() -> None:
    made = render_draft(DraftKind.INTRO_REQUEST, DraftFacts(me=ALEX, person=MAYA))
    assert made.missing == ("who you want Maya to introduce you to",)
    assert "Is there someone in your network" in made.body
    assert ">" not in made.body


def test_it_uses_the_users_own_template() -> None:
    mine = {"outreach": "Subject: Coffee, {{ person.first_name }}?\n\nHello {{ person.name }}!"}
    made = render_draft(DraftKind.OUTREACH, FACTS[DraftKind.OUTREACH], mine)
    assert made.subject == "Coffee, Dana?"
    assert made.body == "Hello Dana Lee!"


def test_it_refuses_a_template_reaching_into_python() -> None:
    evil = {"thank_you": "Subject: Hi\n\n{{ ''.__class__.__mro__ }}"}
    with pytest.raises(DraftTemplateError) as caught:
        render_draft(DraftKind.THANK_YOU, FACTS[DraftKind.THANK_YOU], evil)
    assert "the thank_you template, line 3" in str(caught.value)
    assert "unsafe" in str(caught.value)


def test_it_names_the_line_of_a_syntax_error() -> None:
    broken = {"check_in": "Subject: Hi\n\nHi {{ person.first_name }},\n{% if %}"}
    with pytest.raises(DraftTemplateError) as caught:
        render_draft(DraftKind.CHECK_IN, FACTS[DraftKind.CHECK_IN], broken)
    assert caught.value.kind == "check_in"
    assert caught.value.line == 4


@pytest.mark.parametrize("source", ["Subject: x\n\n{{ persn.name }}", "Subject: x\n\n{{ none }}"])
def test_it_refuses_a_template_that_would_print_a_hole(source: str) -> None:
    with pytest.raises(DraftTemplateError, match="the landing template, line 3"):
        render_draft(DraftKind.LANDING, FACTS[DraftKind.LANDING], {"landing": source})


def test_it_refuses_a_template_without_a_subject_line() -> None:
    with pytest.raises(DraftTemplateError, match='line 1: the first line must be "Subject'):
        render_draft(DraftKind.LANDING, FACTS[DraftKind.LANDING], {"landing": "Hi there"})


def test_it_falls_back_to_the_default_when_my_template_prints_a_missing_fact() -> None:
    mine = {"outreach": "Subject: Hi\n\nI love {{ person.organisation }}."}
    made = render_draft(DraftKind.OUTREACH, DraftFacts(me=ALEX, person=Contact(name="Sam")), mine)
    assert "Sam's organisation (your outreach template prints it; the default was used)" in (
        made.missing
    )
    assert made.subject == "Your path"


def test_it_reports_a_placeholder_left_in_my_template() -> None:
    mine = {"landing": "Subject: News\n\nHi [NAME], see you TBD?"}
    made = render_draft(DraftKind.LANDING, FACTS[DraftKind.LANDING], mine)
    assert 'a placeholder left in the text: "[NAME]"' in made.missing
    assert 'a placeholder left in the text: "TBD"' in made.missing


def test_it_greets_by_the_first_name_without_honorifics() -> None:
    assert first_name("Dr. Dana Lee") == "Dana"
    assert first_name("Prof Ravi Patel") == "Ravi"
    assert first_name("Cher") == "Cher"


def test_it_has_one_default_template_per_kind() -> None:
    assert set(DEFAULT_TEMPLATES) == {kind.value for kind in DraftKind}
    assert all(t.startswith("Subject: ") for t in DEFAULT_TEMPLATES.values())


def test_it_uses_the_default_when_my_template_was_emptied() -> None:
    made = render_draft(DraftKind.OUTREACH, FACTS[DraftKind.OUTREACH], {"outreach": "  \n"})
    assert made.subject == "Your path at Acme Analytics"
    assert made.missing == ()


def test_it_falls_back_when_my_template_lists_commitments_nobody_made() -> None:
    mine = {"thank_you": "Subject: Thanks\n\nThanks for offering to {{ they_will | and_list }}."}
    facts = replace(FACTS[DraftKind.THANK_YOU], they_will=())
    made = render_draft(DraftKind.THANK_YOU, facts, mine)
    assert made.subject == "Thank you, Dana"
    assert made.missing == (
        "what Dana agreed to do (your thank_you template prints it; the default was used)",
    )


def test_it_keeps_a_name_capitalised_where_a_note_is_embedded() -> None:
    noted = replace(DANA, research="Dana rebuilt the churn models")
    made = draft(DraftKind.OUTREACH, person=noted)
    assert "I saw that you rebuilt the churn models, and I would love to learn" in made.body


@pytest.mark.parametrize("kind", list(DraftKind))
def test_it_passes_the_mistake_checker_for_every_default_draft(kind: DraftKind) -> None:
    checker = pytest.importorskip("coffeechat.rules.checker")
    made = draft(kind)
    assert checker.check_message(made.body) == []


@pytest.mark.parametrize("source", ["alumni", "linkedin", "colleague", "friend", "other"])
def test_it_passes_the_mistake_checker_however_i_know_them(source: str) -> None:
    checker = pytest.importorskip("coffeechat.rules.checker")
    dana = replace(DANA, source=source, research="")
    made = draft(DraftKind.OUTREACH, person=dana, me=replace(ALEX, goal=""))
    assert checker.check_message(made.body) == []


def test_it_reports_only_the_placeholders_the_template_left() -> None:
    noted = replace(DANA, research="Launch date TBD; None of it public yet")
    mine = {"outreach": "Subject: Hi\n\nHi {{ person.first_name }} ({{ person.research }}), "
                        "see you [WHEN]?"}

    assert draft(DraftKind.OUTREACH, person=noted).missing == ()
    made = render_draft(DraftKind.OUTREACH, replace(FACTS[DraftKind.OUTREACH], person=noted), mine)
    assert made.missing == ('a placeholder left in the text: "[WHEN]"',)


def test_it_quotes_the_gist_of_a_note() -> None:
    long = ("Nora rebuilt the onboarding flow at Pixel Co last year and wrote a long case study "
            "about it, covering research with forty customers")

    assert gist("Leads a team of six; spoke at a Portland meetup on SEO.") == "Leads a team of six"
    assert gist("Dr. Lee moved to Acme. She writes.") == "Dr. Lee moved to Acme"
    assert gist(long) == "Nora rebuilt the onboarding flow at Pixel Co last year"
    assert len(gist("word " * 80)) <= 90
    assert gist("") == ""


def test_the_reconnect_draft_reminds_them_of_their_own_words() -> None:
    body = " ".join(draft(DraftKind.RECONNECT).body.split())
    assert ('you said: "Swamped with the launch until December, write again then." So here I '
            "am, writing again as you asked.") in body
    bare = " ".join(draft(DraftKind.RECONNECT, their_words="").body.split())
    assert "You asked me to write again around Tue 1 Dec 2026, so here I am." in bare


def test_the_reconnect_draft_keeps_its_paragraphs_with_or_without_an_organisation() -> None:
    with_org = draft(DraftKind.RECONNECT).body
    assert "have eased a little.\n\nI would still love" in with_org
    alone = replace(FACTS[DraftKind.RECONNECT].person, organisation="")
    bare = draft(DraftKind.RECONNECT, person=alone).body
    assert "eased" not in bare
    assert 'as you asked.\n\nI would still love' in bare
