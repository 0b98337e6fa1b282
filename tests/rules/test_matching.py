"""The same person, decided over plain data: e-mail, LinkedIn profile, name and organisation."""

from __future__ import annotations

from datetime import date

import pytest

from coffeechat.rules.contacts.plan import Known, fill_in, plan_import
from coffeechat.rules.contacts.record import Contact
from coffeechat.rules.matching import (
    Identity,
    MatchedBy,
    find_same,
    index_of,
    linkedin_key,
    name_key,
    organisation_key,
)

DANA = Identity(
    1, "Dana Whitfield", "Verdant Grid", ("dana@verdant.example",), "https://linkedin.com/in/dana"
)


def match(incoming: Identity, *known: Identity) -> tuple[int | str, MatchedBy] | None:
    return find_same(index_of(known or (DANA,)), incoming)


def test_the_same_email_is_the_same_person_whatever_the_name() -> None:
    assert match(Identity("x", "D. Whitfield", emails=("DANA@verdant.example",))) == (
        1,
        MatchedBy.EMAIL,
    )


def test_the_same_linkedin_profile_is_the_same_person() -> None:
    found = match(Identity("x", "Dana W.", linkedin_url="http://www.linkedin.com/in/Dana/?trk=1"))
    assert found == (1, MatchedBy.LINKEDIN)


@pytest.mark.parametrize("org", ["Verdant Grid", "verdant grid, Inc.", "VERDANT GRID LLC"])
def test_the_same_name_at_the_same_organisation_is_the_same_person(org: str) -> None:
    assert match(Identity("x", "dana  WHITFIELD", org)) == (1, MatchedBy.NAME_AND_ORGANISATION)


def test_the_same_name_matches_when_either_side_has_no_organisation() -> None:
    assert match(Identity("x", "Dana Whitfield")) == (1, MatchedBy.NAME)
    loner = Identity(2, "Lee Chen")
    assert match(Identity("x", "Lee Chen", "SolarLoop"), loner) == (2, MatchedBy.NAME)


def test_the_same_name_elsewhere_is_someone_else() -> None:
    assert match(Identity("x", "Dana Whitfield", "SolarLoop")) is None


def test_accents_titles_middle_names_and_letters_after_the_name_are_ignored() -> None:
    assert name_key("Dr. Dana M. Whitfield, PhD") == name_key("dana whitfield")
    assert name_key("Aïsha Bello") == name_key("AISHA BELLO")
    assert name_key("Lee Chen, CPA") == "lee chen"
    assert name_key("Aisha Bello") != name_key("Aisha Belo")


def test_namesakes_prefer_the_one_at_the_same_organisation() -> None:
    first = Identity(5, "Sam Lee", "Helio Homes")
    second = Identity(6, "Sam Lee", "SolarLoop")
    assert match(Identity("x", "Sam Lee", "SolarLoop"), first, second) == (
        6,
        MatchedBy.NAME_AND_ORGANISATION,
    )


def test_keys_drop_what_does_not_tell_people_apart() -> None:
    assert organisation_key("SolarLoop, Inc.") == organisation_key("solarloop")
    assert organisation_key("Inc") == "inc"  # a name that is only a legal form stays
    assert linkedin_key("https://uk.linkedin.com/in/dana/") == "linkedin.com/in/dana"


def test_a_merge_fills_empty_fields_and_never_overwrites() -> None:
    mine = {"title": "PMM", "phone": "", "source": "other", "tags": ["mentor"], "email": ""}
    theirs = {"title": "Director", "phone": "+1 503", "source": "linkedin", "tags": ["alumni"],
              "email": "dana@x.example", "other_emails": ["d@y.example"]}
    assert fill_in(mine, theirs) == {
        "phone": "+1 503",
        "source": "linkedin",
        "tags": ["mentor", "alumni"],
        "email": "dana@x.example",
        "other_emails": ["d@y.example"],
    }


def test_an_address_the_person_lacks_is_kept_beside_theirs() -> None:
    mine = {"email": "dana@x.example", "other_emails": []}
    theirs = {"email": "DANA@x.example", "other_emails": ["d@home.example"]}
    assert fill_in(mine, theirs) == {"other_emails": ["d@home.example"]}


def contact(line: int, name: str, **fields: object) -> Contact:
    return Contact(line, name, **fields)  # type: ignore[arg-type]


def test_a_plan_adds_the_new_merges_the_known_and_counts_the_unchanged() -> None:
    known = [Known(1, "Dana Whitfield", {"organisation": "Verdant Grid", "email": "",
                                         "title": "PMM", "tags": [], "source": "friend"})]
    plan = plan_import(known, [
        contact(2, "Dana Whitfield", organisation="Verdant Grid", connected_on=date(2024, 3, 12)),
        contact(3, "Lee Chen"),
        contact(4, "lee chen", emails=["lee@solarloop.example"]),
        contact(5, "Dana Whitfield", organisation="Verdant Grid"),
    ])
    assert [row["name"] for row in plan.new] == ["Lee Chen"]
    assert plan.new[0]["email"] == "lee@solarloop.example"  # the file's second Lee row
    assert [(c.person_id, sorted(c.changes)) for c in plan.changes] == [
        (1, ["connected_on"]),
        (None, ["email"]),
    ]
    assert [c.contact.line for c in plan.unchanged] == [5]
