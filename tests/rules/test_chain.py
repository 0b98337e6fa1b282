"""Whom someone led me to: those they referred or introduced whom I met, then onwards."""

from __future__ import annotations

from coffeechat.rules.chain import led_to, names_of


def test_it_follows_the_chain_through_people_met_only() -> None:
    edges = [(1, 2), (2, 3), (3, 4), (1, 5), (2, 6)]

    assert led_to(1, edges, met={2, 3, 4, 6}) == ([2], [3, 6, 4])
    assert led_to(1, edges, met={3, 4}) == ([], [])


def test_it_names_nobody_twice_and_never_the_start() -> None:
    edges = [(1, 2), (2, 1), (2, 3), (1, 3)]

    assert led_to(1, edges, met={1, 2, 3}) == ([2, 3], [])
    assert names_of([2, 9], {2: "Marcus Lee"}) == ("Marcus Lee",)
