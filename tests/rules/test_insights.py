import json
from datetime import date, datetime

import pytest

from coffeechat.rules.insights import (
    ConversationFacts,
    InsightNote,
    group_labels,
    normalise_label,
    summarise,
)


def note(kind: str, text: str, person: str, day: int = 1) -> InsightNote:
    return InsightNote(kind=kind, text=text, person=person, on=date(2025, 3, day))


def chat(
    person: str,
    contacted: int | None = None,
    replied: int | None = None,
    met: int | None = None,
    thanked: int | None = None,
    referred_by: str | None = None,
) -> ConversationFacts:
    def on(day: int | None) -> datetime | None:
        return None if day is None else datetime(2025, 3, day, 9)

    return ConversationFacts(
        person=person,
        contacted_on=on(contacted),
        replied_on=on(replied),
        met_on=on(met),
        thanked_on=on(thanked),
        referred_by=referred_by,
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("SQL", "sql"),
        ("SQL queries", "sql"),
        ("knowledge of SQL", "sql"),
        ("Strong communication skills", "communication"),
        ("public-speaking", "public speaking"),
        ("Data Visualisations", "data visualization"),
        ("behaviour", "behavior"),
        ("Skills", "skill"),
    ],
)
def test_it_normalises_labels(text: str, key: str) -> None:
    assert normalise_label(text) == key


def test_it_counts_every_way_of_writing_sql_once() -> None:
    spellings = ["SQL", "sql", "SQL queries", "SQL skills", "knowledge of SQL"]
    notes = [note("skill", text, person) for text, person in zip(spellings, "ABCDE", strict=True)]

    summary = summarise(notes, [], [])

    assert [s.label for s in summary.skills] == ["SQL"]
    assert summary.skills[0].people == ("A", "B", "C", "D", "E")
    assert summary.skills[0].mentions == 5


def test_it_folds_spelling_and_hyphens() -> None:
    labels = ["data visualisation", "Data visualization", "Public speaking", "public-speaking"]

    groups = group_labels(labels)

    assert [(g.label, g.count) for g in groups] == [
        ("data visualisation", 2),
        ("Public speaking", 2),
    ]


def test_it_keeps_labels_that_only_look_alike_apart() -> None:
    labels = ["SQL", "SQL Server", "Project management", "Product management"]

    groups = group_labels(labels)

    assert [g.label for g in groups] == labels


def test_it_merges_near_duplicates_and_shows_the_most_common_spelling() -> None:
    groups = group_labels(["Javascript", "JavaScript", "JavaScript", "java script", "Java"])

    assert [(g.label, g.count) for g in groups] == [("JavaScript", 4), ("Java", 1)]


def test_it_ranks_skills_by_people_before_mentions() -> None:
    notes = [note("skill", "Excel", "Alice", day) for day in (1, 2, 3)]
    notes += [note("skill", "Python", "Bob"), note("skill", "python", "Carol")]

    summary = summarise(notes, [], [])

    assert [(s.label, s.mentions) for s in summary.skills] == [("Python", 2), ("Excel", 3)]
    assert summary.skills[1].people == ("Alice",)


def test_it_splits_skills_into_gap_and_strengths() -> None:
    notes = [
        note("skill", "SQL", "Alice"),
        note("skill", "Tableau", "Alice"),
        note("skill", "tableau", "Bob"),
        note("skill", "Python", "Bob"),
    ]

    summary = summarise(notes, [], ["SQL skills", "python"])

    assert [s.label for s in summary.gap] == ["Tableau"]
    assert [s.label for s in summary.strengths] == ["SQL", "Python"]
    assert [s.have for s in summary.skills] == [False, True, True]


def test_it_lists_who_recommended_each_organisation_and_event() -> None:
    notes = [
        note("organisation", "Code for Good", "Alice"),
        note("organisation", "code for good", "Bob"),
        note("organisation", "Data Guild", "Bob"),
        note("event", "PyCon", "Carol"),
    ]

    summary = summarise(notes, [], [])

    assert [(o.label, o.people) for o in summary.organisations] == [
        ("Code for Good", ("Alice", "Bob")),
        ("Data Guild", ("Bob",)),
    ]
    assert [e.label for e in summary.events] == ["PyCon"]


def test_it_keeps_each_kind_of_insight_in_its_own_list() -> None:
    notes = [
        note("trend", "AI tools", "Alice"),
        note("challenge", "Hiring freeze", "Bob"),
        note("culture", "Remote first", "Carol"),
        note("advice", "Learn dbt", "Dan"),
        note("resource", "Storytelling with Data", "Alice"),
    ]

    summary = summarise(notes, [], [])

    assert [t.label for t in summary.trends] == ["AI tools"]
    assert summary.challenges[0].people == ("Bob",)
    assert (summary.culture[0].label, summary.advice[0].label) == ("Remote first", "Learn dbt")
    assert summary.resources[0].label == "Storytelling with Data" and summary.skills == ()


def test_it_counts_the_funnel_on_a_small_pipeline() -> None:
    chats = [
        chat("Alice", 1, 2, 5, 5),
        chat("Bob", 1, 3, 8),
        chat("Carol", 2, 4),
        chat("Dan", 2),
        chat("Erin"),
    ]

    funnel = summarise([], chats, []).funnel

    assert (funnel.contacted, funnel.replied, funnel.met, funnel.thanked) == (4, 3, 2, 1)
    assert funnel.reply_rate == 0.75
    assert funnel.meetings == 2


def test_it_counts_a_meeting_as_a_reply_even_if_none_was_logged() -> None:
    chats = [chat("Alice", contacted=1, met=4), chat("Bob", contacted=1)]

    funnel = summarise([], chats, []).funnel

    assert (funnel.replied, funnel.met) == (1, 1)
    assert funnel.reply_rate == 0.5
    assert funnel.median_days_to_reply is None


def test_it_takes_the_median_days_to_reply() -> None:
    chats = [chat("Alice", 1, 2), chat("Bob", 1, 4), chat("Carol", 1, 11), chat("Dan", 1)]

    funnel = summarise([], chats, []).funnel

    assert funnel.median_days_to_reply == 3.0


def test_it_counts_referrals_from_people_i_met_per_meeting() -> None:
    chats = [
        chat("Alice", 1, 2, 3),
        chat("Bob", 1, 2, 4),
        chat("Carol", 5, referred_by="Alice"),
        chat("Dan", referred_by="Alice"),
        chat("Erin", referred_by="Bob"),
        chat("Frank", referred_by="Zoe"),
    ]

    funnel = summarise([], chats, []).funnel

    assert funnel.referrals == 3
    assert funnel.referrals_per_meeting == 1.5


def test_it_counts_people_per_referral_generation_on_a_three_level_chain() -> None:
    chats = [
        chat("Alice"),
        chat("Bob"),
        chat("Carol", referred_by="Alice"),
        chat("Dan", referred_by="Alice"),
        chat("Erin", referred_by="Dan"),
    ]

    funnel = summarise([], chats, []).funnel

    assert funnel.generations == (2, 2, 1)


def test_it_survives_a_referral_cycle() -> None:
    chats = [
        chat("Alice", referred_by="Bob"),
        chat("Bob", referred_by="Alice"),
        chat("Carol", referred_by="Carol"),
    ]

    funnel = summarise([], chats, []).funnel

    # Carol is her own root; Alice and Bob are cut where their loop closes.
    assert funnel.generations == (1, 2)


def test_it_gives_zeros_and_none_for_no_input() -> None:
    summary = summarise([], [], ["SQL"])
    funnel = summary.funnel

    assert summary.skills == summary.gap == summary.strengths == ()
    assert summary.organisations == summary.trends == ()
    assert (funnel.contacted, funnel.replied, funnel.meetings, funnel.referrals) == (0, 0, 0, 0)
    assert funnel.reply_rate is None and funnel.median_days_to_reply is None
    assert funnel.referrals_per_meeting is None and funnel.generations == ()


def test_it_gives_json_ready_data() -> None:
    notes = [note("skill", "SQL", "Alice")]
    summary = summarise(notes, [chat("Alice", 1, 2, 3, referred_by=None)], [])

    data = json.loads(json.dumps(summary.to_dict()))

    assert data["gap"] == [{"label": "SQL", "people": ["Alice"], "mentions": 1, "have": False}]
    assert data["funnel"]["generations"] == [1] and data["funnel"]["reply_rate"] == 1.0


def test_it_counts_two_people_who_share_a_name_as_two() -> None:
    notes = [
        InsightNote("skill", "SQL", "Sam Lee", date(2025, 3, 1), person_id=1),
        InsightNote("skill", "SQL", "Sam Lee", date(2025, 3, 2), person_id=2),
        InsightNote("skill", "SQL", "Sam Lee", date(2025, 3, 3), person_id=2),
        InsightNote("skill", "Excel", "Dana", date(2025, 3, 1), person_id=3),
    ]

    skills = summarise(notes, [], []).skills

    assert [(s.label, s.people, s.mentions) for s in skills] == [
        ("SQL", ("Sam Lee", "Sam Lee"), 3), ("Excel", ("Dana",), 1)]
