"""Each draft kind over awkward facts: no organisation, no notes, a colleague or a friend,
an insight written as a sentence, a promise in the first person, a career changer with a
background. Jordan taught middle-school science for nine years and is moving into UX
research."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from coffeechat.rules.draft_text import check_draft
from coffeechat.rules.drafts import Contact, Draft, DraftFacts, DraftKind, Me, render_draft

JORDAN = Me(
    name="Jordan Reyes",
    goal="I'm exploring UX research roles at ed-tech companies in Portland",
    email="jordan@example.org",
    background="9 years teaching middle-school science",
    stage="career-changer",
    school="Portland State University",
    new_role="UX Researcher",
    new_organisation="Brightwheel",
    new_email="jordan@brightwheel.example",
)
PRIYA = Contact(name="Priya Raman", title="Learning Designer", organisation="Khan Academy",
                source="colleague")
DANA = Contact(name="Dana Whitfield", title="UX Researcher", organisation="Brightwheel",
               source="alumni", research="Spoke at the Portland UX meetup about research")
SAM = Contact(name="Sam Ortiz", source="friend")
LEE = Contact(name="Lee Chen", title="Research Manager", source="referral")
NORA = Contact(name="Nora Quist", title="Head of Research", organisation="Canvas",
               source="linkedin")
CLAIMS = re.compile(r"speaks? (?:so )?highly|spoke highly|suggested|recommended|told me", re.I)


def draft(kind: DraftKind, **facts: object) -> Draft:
    return render_draft(kind, DraftFacts(**{"me": JORDAN, "person": NORA, **facts}))


def said(made: Draft) -> str:
    return " ".join(made.body.split())


@pytest.mark.parametrize("kind", list(DraftKind))
@pytest.mark.parametrize("person", [PRIYA, DANA, SAM, LEE, NORA], ids=lambda c: c.source)
def test_nobody_is_told_what_a_third_person_said_unless_they_introduced_us(
    kind: DraftKind, person: Contact
) -> None:
    made = draft(kind, person=person, about=DANA if kind == DraftKind.INTRO_REQUEST else None)
    mine = "\n".join(line for line in made.body.splitlines() if not line.startswith(">"))

    assert CLAIMS.findall(f"{made.subject}\n{mine}") == []


@pytest.mark.parametrize("person", [PRIYA, SAM], ids=["colleague", "friend"])
def test_outreach_to_someone_who_knows_me_is_not_written_as_to_a_stranger(
    person: Contact,
) -> None:
    made = draft(DraftKind.OUTREACH, person=person)

    assert "stands out" not in made.body and "profile" not in made.body
    assert "A bit of context" not in made.body and "9 years teaching" not in made.body
    assert "Some news from me: I'm changing careers. I'm exploring UX research" in said(made)
    assert made.subject.startswith("Could I hear about your work")
    assert "research notes" not in " ".join(made.missing)


def test_outreach_to_a_colleague_picks_up_where_we_left_off() -> None:
    text = said(draft(DraftKind.OUTREACH, person=PRIYA))

    assert text.startswith("Hi Priya, It has been a while since we worked together")
    assert "how things are going at Khan Academy, how you got into your current role" in text


def test_outreach_to_an_alumna_opens_with_the_school_we_share() -> None:
    text = said(draft(DraftKind.OUTREACH, person=DANA))

    assert "As a fellow Portland State University alum, I hope you don't mind my note." in text
    assert ("I saw that you spoke at the Portland UX meetup about research, and I would love "
            "to learn how you became a UX Researcher at Brightwheel") in text
    assert ("A bit of context: I'm changing careers after 9 years teaching middle-school "
            "science. I'm exploring UX research roles") in text


@pytest.mark.parametrize("kind", [DraftKind.OUTREACH, DraftKind.INTRO_REQUEST])
def test_a_goal_that_already_says_my_background_is_not_preceded_by_it(kind: DraftKind) -> None:
    goal = ("I'm moving from nine years of middle-school science teaching into UX research "
            "at ed-tech companies")
    text = said(draft(kind, person=DANA, about=DANA, connector=PRIYA,
                      me=replace(JORDAN, goal=goal)))

    assert goal in text
    assert "changing careers after 9 years" not in text  # said once, in the goal's words


def test_a_goal_about_somewhere_else_keeps_the_background() -> None:
    me = replace(JORDAN, goal="I'm exploring learning design roles", background="12 years nursing")
    assert "I'm changing careers after 12 years nursing." in said(draft(DraftKind.OUTREACH,
                                                                         person=DANA, me=me))


def test_a_student_is_not_called_an_alum_yet() -> None:
    student = replace(JORDAN, stage="student", background="third-year psychology student")
    text = said(draft(DraftKind.OUTREACH, person=DANA, me=student))

    assert "As a current Portland State University student" in text
    assert "A bit of context: I'm a third-year psychology student." in text


def test_outreach_with_no_organisation_and_no_notes_claims_nothing_it_does_not_know() -> None:
    made = draft(DraftKind.OUTREACH, person=Contact(name="Ivy Tran", source="other"))

    assert "I would love to learn how you got into your work and what your days look like" in (
        said(made)
    )
    assert "stands out" not in made.body
    assert "Ivy's organisation" in made.missing


def test_outreach_gives_a_title_its_article_and_a_head_of_none() -> None:
    assert "as a Research Manager stands out" in said(
        draft(DraftKind.OUTREACH, person=LEE, connector=DANA)
    )
    assert "Your work as Head of Research at Canvas stands out" in said(draft(DraftKind.OUTREACH))


def test_a_career_changer_without_a_background_is_told_what_is_missing() -> None:
    made = draft(DraftKind.OUTREACH, me=replace(JORDAN, background=""))

    assert any("coffeechat me --background" in m for m in made.missing)
    assert "A bit of context: I'm exploring UX research roles" in said(made)


def test_the_intro_request_blurb_carries_the_background_and_the_shared_school() -> None:
    made = draft(DraftKind.INTRO_REQUEST, person=SAM, about=DANA)
    blurb = " ".join(line.lstrip("> ") for line in made.body.splitlines() if line[:1] == ">")

    assert said(made).startswith("Hi Sam, I hope you are doing well! Dana Whitfield's work at")
    assert "I saw that Dana spoke at the Portland UX meetup about research." in said(made)
    assert ("Sam suggested we talk. We have Portland State University in common. I'm changing "
            "careers after 9 years teaching middle-school science.") in blurb
    assert check_draft(made.body) == []


def test_an_intro_request_about_someone_unknown_says_so_plainly() -> None:
    made = draft(DraftKind.INTRO_REQUEST, person=SAM, about=Contact(name="Lee Chen"))

    assert "I would love to learn about Lee Chen's work and how Lee got there." in said(made)
    assert "stands out" not in made.body.split(">")[0]


def test_a_follow_up_to_a_colleague_asks_about_their_work_not_their_path() -> None:
    text = said(draft(DraftKind.FOLLOW_UP, person=PRIYA, last_subject="Catching up"))

    assert "I would still love to hear about your work at Khan Academy." in text
    assert "stands out" not in text


def test_a_follow_up_with_no_organisation_still_asks_for_a_little_time() -> None:
    made = draft(DraftKind.FOLLOW_UP, person=Contact(name="Ivy Tran"), last_subject="Hello")

    assert made.subject == "Re: Hello"
    assert said(made).endswith("Would you have 10–20 minutes for a call or a coffee, wherever "
                               "and whenever suits you? Thank you, Jordan")


def test_a_thank_you_turns_her_promises_to_speak_to_her() -> None:
    made = draft(DraftKind.THANK_YOU, person=PRIYA,
                 they_will=("I'll get her to introduce me to her manager",),
                 i_will=("I will send her my lesson plans",),
                 learned=("your advice to shadow a research sprint",))

    assert "Thank you, too, for offering to introduce me to your manager." in said(made)
    assert "As promised, I will send you my lesson plans." in said(made)
    assert "her " not in made.body


def test_a_thank_you_says_a_promise_that_is_no_verb_phrase_after_a_colon() -> None:
    made = draft(DraftKind.THANK_YOU, person=PRIYA, they_will=("coffee with her team in May",),
                 i_will=("the rebate article",), learned=("your advice to read widely",))

    assert "Thank you, too, for what you offered: coffee with your team in May." in said(made)
    assert "As promised, I will follow up on the rebate article." in said(made)


def test_a_thank_you_quotes_an_insight_written_as_their_sentence() -> None:
    from coffeechat.rules.phrasing import learned_phrase

    insight = learned_phrase("advice", "You should run a usability test end to end.")
    made = draft(DraftKind.THANK_YOU, person=NORA, learned=(insight,), meeting_minutes=20)

    assert said(made).startswith(
        "Hi Nora, Thank you for the 20 minutes you gave me and for your inside view of Canvas. "
        "One point from our conversation has stayed with me: “You should run a usability test "
        "end to end.”"
    )


@pytest.mark.parametrize(("introduced", "words"), [(True, "I'm glad Sam put us in touch."),
                                                    (False, "I'm glad Sam pointed me to you.")])
def test_a_thank_you_mentions_who_made_the_meeting_happen_and_claims_nothing(
    introduced: bool, words: str
) -> None:
    made = draft(DraftKind.THANK_YOU, person=DANA, connector=SAM, introduced=introduced,
                 they_will=("introduce me to Lee",), learned=("your advice to read widely",))
    nobody = draft(DraftKind.THANK_YOU, person=DANA, they_will=("introduce me to Lee",))

    assert f"{words} May I keep you posted" in said(made)
    assert CLAIMS.findall(made.body) == [] and check_draft(made.body) == []
    assert "glad" not in nobody.body and "Sam" not in nobody.body


def test_a_referral_outreach_names_the_referrer_and_nobody_when_there_is_none() -> None:
    named = draft(DraftKind.REFERRAL_OUTREACH, person=LEE, connector=DANA)
    nameless = draft(DraftKind.REFERRAL_OUTREACH, person=PRIYA)

    assert named.subject == "Dana Whitfield suggested I get in touch"
    assert said(named).startswith("Hi Lee, Dana Whitfield suggested I contact you.")
    assert nameless.subject == "Your path at Khan Academy"
    assert "who suggested you contact Priya" in nameless.missing


def test_an_update_to_the_referrer_says_a_sentence_insight_whole() -> None:
    from coffeechat.rules.phrasing import learned_phrase

    insight = learned_phrase("trend", "She thinks research ops is the way in", "Lee")
    made = draft(DraftKind.UPDATE_REFERRER, person=DANA, about=LEE, about_learned=(insight,))

    assert "Thank you for pointing me to Lee Chen. We met, and it was a real help." in said(made)
    assert ("One point from my conversation with Lee was the most useful part: She thinks "
            "research ops is the way in.") in said(made)


def test_a_check_in_offers_what_i_promised_in_my_own_first_person_words() -> None:
    made = draft(DraftKind.CHECK_IN, person=PRIYA, i_will=("I'll send her my lesson plans",))

    assert "I would still love to send you my lesson plans. Would that be useful to you?" in (
        said(made)
    )
    assert "It has been a little while since we spoke, and your advice still guides me." in (
        said(made)
    )


def test_a_check_in_with_a_promise_that_is_no_verb_phrase_still_reads() -> None:
    made = draft(DraftKind.CHECK_IN, person=PRIYA, i_will=("my notes from the summit",))

    assert "I have not forgotten what I offered: my notes from the summit." in said(made)


def test_the_landing_note_to_a_future_colleague_says_we_will_work_together() -> None:
    made = draft(DraftKind.LANDING, person=DANA, met=True, joining_them=True,
                 led_to=("Lee Chen",))

    assert made.subject == "Good news: we'll be colleagues"
    assert ("I am joining Brightwheel as a UX Researcher, so we'll be colleagues. Thank you for "
            "the chain you started: you put me in touch with Lee Chen.") in said(made)
    assert "See you at Brightwheel soon!" in made.body and "stay in touch" not in made.body


def test_the_landing_note_thanks_an_introducer_for_the_chain_and_names_it() -> None:
    made = draft(DraftKind.LANDING, person=SAM, led_to=("Marcus Lee",),
                 led_on_to=("Ana Ruiz", "Ben Ito"))

    assert ("Thank you for the chain you started: you put me in touch with Marcus Lee, and "
            "through Marcus I met Ana Ruiz and Ben Ito. It played a real part in getting "
            "here.") in said(made)


def test_the_landing_note_to_someone_who_declined_claims_no_conversation() -> None:
    made = draft(DraftKind.LANDING, person=NORA, declined=True)

    assert "Thank you again for answering when I reached out; I appreciated it." in said(made)
    assert "conversation" not in made.body


def test_the_landing_note_to_someone_met_thanks_them_for_it() -> None:
    made = draft(DraftKind.LANDING, person=NORA, met=True)

    assert ("I am starting as a UX Researcher at Brightwheel. Our conversation played a real "
            "part in getting here") in said(made)


def test_the_landing_note_to_a_colleague_who_never_answered_claims_no_reply() -> None:
    made = draft(DraftKind.LANDING, person=PRIYA)

    assert ("It has been a while since we worked together, and I wanted you to hear the news "
            "from me.") in said(made)
    assert "answer" not in made.body and "conversation" not in made.body


@pytest.mark.parametrize("kind", list(DraftKind))
def test_every_awkward_draft_passes_the_mistake_checker(kind: DraftKind) -> None:
    made = draft(kind, person=PRIYA, about=DANA, connector=None, met=True, last_subject="Hi",
                 i_will=("I will send her my lesson plans",), learned=("your advice to read",),
                 about_learned=("what Dana said about research ops",))

    assert check_draft(made.body) == []


def test_a_note_to_forward_is_checked_as_a_message_of_its_own() -> None:
    mine = "Hi Sam,\n\nWould you introduce me to Dana? " + "She does great work. " * 12
    blurb = "\n\n> Hi Dana,\n>\n> " + "Sam suggested we talk about research. " * 8 + "\n"
    long_note = mine + blurb + "\nThanks,\nJordan"

    assert [f.code for f in check_draft(long_note)] == []
    assert [f.code for f in check_draft(mine * 2)] == ["long"]
