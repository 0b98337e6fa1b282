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
