"""Past organisations as links, on small hand-made graphs: a shared past employer is a
weak link (weaker than working at the same place now), its reason says past or present,
and a big organisation links nobody."""

from __future__ import annotations

from datetime import date, datetime

from coffeechat.rules.links import (
    LINK_KINDS,
    ME,
    ORG_LIMIT,
    Known,
    LinkKind,
    build,
    link,
)
from coffeechat.rules.paths import ask_network, best_paths, degrees, mine

NOW = datetime(2026, 11, 25, 9, 0)


def test_a_path_goes_through_a_shared_past_employer_and_says_so() -> None:
    """My friend Ana worked at Acme; Bo works there now: Ana is the way to Bo."""
    people = [
        Known(1, "Ana Ruiz", source="friend", organisation="Globex", past_organisations=("Acme",)),
        Known(2, "Bo Chen", organisation="Acme"),
        Known(3, "Cy Diaz", source="linkedin"),  # knows nobody at Acme
    ]
    g, _, blocked = build(people, [], NOW)
    paths = best_paths(g, {2}, blocked)
    assert [p.ids for p in paths] == [(1, 2)]
    assert [made.why for made in paths[0].links] == [
        "You know Ana Ruiz", "Ana Ruiz and Bo Chen both worked at Acme"]
    assert paths[0].links[1].kind == LinkKind.PAST_ORGANISATION


def test_working_there_now_is_worded_in_the_present_and_is_the_stronger_link() -> None:
    people = [
        Known(1, "Ana", organisation="Acme", past_organisations=("Initech",)),
        Known(2, "Bo", organisation="Acme", past_organisations=("Initech",)),
        Known(3, "Cy", past_organisations=("Acme",)),
        Known(4, "Di", past_organisations=("Acme",)),
    ]
    g, _, _ = build(people, [], NOW)
    assert g[1][2].kind == LinkKind.ORGANISATION  # both at Acme now beats both at Initech
    assert g[1][2].why == "Ana and Bo both work at Acme"
    assert g[3][1].why == "Cy and Ana both worked at Acme"
    assert g[3][4].why == "Cy and Di both worked at Acme"
    assert g[3][4].points == LINK_KINDS[LinkKind.PAST_ORGANISATION].points
    assert g[3][4].points < g[1][2].points < LINK_KINDS[LinkKind.LINKEDIN].points
    # Undated: a past organisation carries no freshness.
    assert link(LinkKind.PAST_ORGANISATION, "A", "B", None, NOW).points == 40


def test_a_current_organisation_listed_as_past_too_counts_as_current() -> None:
    people = [Known(1, "Ana", organisation="Acme", past_organisations=("Acme", "Acme")),
              Known(2, "Bo", organisation="Acme")]
    g, _, _ = build(people, [], NOW)
    assert g[1][2].kind == LinkKind.ORGANISATION and g[1] == {2: g[1][2]}


def test_a_big_organisation_links_nobody_but_its_current_people_keep_their_links() -> None:
    """Acme has 30 people now and 30 who left: 60 is more than ORG_LIMIT, so nobody who
    left is linked through it; the 30 there now stay linked to each other."""
    now_there = [Known(i, f"N{i}", organisation="Acme") for i in range(1, 31)]
    left = [Known(i, f"L{i}", past_organisations=("Acme",)) for i in range(31, 61)]
    assert 30 <= ORG_LIMIT < 60
    g, _, _ = build(now_there + left, [], NOW)
    assert all(g[i] == {} for i in range(31, 61))
    assert len(g[1]) == 29 and all(made.kind == LinkKind.ORGANISATION for made in g[1].values())


def test_the_ask_list_puts_those_who_worked_at_the_target_before_first() -> None:
    """Nobody is at Initech now: whom to ask is the friend who used to work there, then
    the quickest to answer, then the most connected."""
    people = [
        Known(1, "Ana", source="friend"),
        Known(2, "Bo", source="friend", past_organisations=("Initech",)),
        Known(3, "Cy", source="friend"),
        Known(4, "Di", organisation="Globex"),
        Known(5, "Ed", organisation="Globex"),
    ]
    ties = [(3, 4, LinkKind.CLOSE, None), (3, 5, LinkKind.CLOSE, date(2026, 1, 1))]
    g, _, _ = build(people, ties, NOW)
    known, counts = mine(g), degrees(g)
    assert ask_network(known, counts, answers={1: "quick"}) == [1, 3, 2]
    assert ask_network(known, counts, answers={1: "quick"}, former={2}) == [2, 1, 3]
    assert ask_network(known, counts, near={3}, former={2}) == [3, 2, 1]
    assert ME not in ask_network(known, counts, former={2})
