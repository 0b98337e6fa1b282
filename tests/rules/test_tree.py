from __future__ import annotations

from coffeechat.rules.tree import parents, tree, tree_data

NAMES = {1: "Ana", 2: "Bo", 3: "Cy", 4: "Di", 5: "Ed", 6: "Fa", 7: "Gu"}


def test_the_first_contact_who_led_to_most_meetings_comes_first() -> None:
    # Ana -> Bo -> Cy -> Di (three generations); Ed -> Fa, Ed -> Gu
    pairs = [(1, 2), (2, 3), (3, 4), (5, 6), (5, 7)]
    branches = tree(pairs, NAMES, met={2, 3, 6, 7, 4})
    assert [(b.name, b.meetings, b.depth) for b in branches] == [("Ana", 3, 3), ("Ed", 2, 1)]
    assert tree_data(branches)["generations"] == 4
    assert [c.name for c in branches[0].children] == ["Bo"]


def test_meetings_count_only_those_met() -> None:
    [ana] = tree([(1, 2), (1, 3)], NAMES, met={3})
    assert ana.meetings == 1


def test_someone_led_to_twice_keeps_the_first_and_a_cycle_is_cut() -> None:
    assert parents([(1, 3), (2, 3)]) == {3: 1}
    assert parents([(1, 2), (2, 1), (3, 3)]) == {2: 1}
    branches = tree([(1, 2), (2, 3), (3, 1)], NAMES, met={1, 2, 3})
    assert [(b.name, b.meetings) for b in branches] == [("Ana", 2)]


def test_no_referrals_no_tree() -> None:
    assert tree_data(tree([], NAMES, met=set())) == {
        "generations": 0, "first_contacts": [], "branches": []}
