from __future__ import annotations

import pytest

from coffeechat.rules.names import fold, same


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Aisha Bello", "aisha  BELLO"),
        ("Zoë O'Brien", "zoe o'brien"),
        ("  Émile Durand ", "EMILE DURAND"),
        ("Straße", "STRASSE"),
    ],
)
def test_it_ignores_case_accents_and_spacing(a: str, b: str) -> None:
    assert same(a, b)


def test_different_names_stay_different() -> None:
    assert not same("Aisha Bello", "Aisha Belo")
    assert fold("Jordan Blake") != fold("Jordan")


def test_suggestions_rank_the_whole_name_then_the_first_name() -> None:
    from coffeechat.rules.names import suggestions

    assert suggestions("Pat", ["Esme Patel", "Pat Lee"]) == ["Pat Lee", "Esme Patel"]
    assert suggestions("pat", ["Patrick Lee", "Pat Lee"])[0] == "Pat Lee"
    assert suggestions("Dana Whitfeld", ["Sam Ortiz", "Dana Whitfield"]) == ["Dana Whitfield"]
    assert suggestions("Aisha Bello", ["Aïsha Bello"]) == []  # the same name, not a suggestion
    assert suggestions("Kim Park", ["Sam Lee"]) == []


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Aisha Belo", "Aisha Bello"),
        ("Jordan", "Jordan Blake"),
        ("jordan  blake smith", None),
        ("Sam Leigh", None),
        ("Target 1", None),
        ("Pat", None),  # only inside "Esme Patel": not a slip of it
    ],
)
def test_a_near_miss_is_a_typo_or_part_of_a_name(typed: str, meant: str | None) -> None:
    from coffeechat.rules.names import near_miss

    names = ["Aisha Bello", "Jordan Blake", "Sam Lee", "Target 0", "Esme Patel"]
    assert near_miss(typed, names) == meant
