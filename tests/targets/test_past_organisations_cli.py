"""Past organisations through the CLI: given with --past-org, a path through a shared past
employer, someone who left the target asked first, an organisation left behind by
`edit --org`, and a merge keeping both rows' past organisations."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json
from tests.cli.test_merge_remove import dangling

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

# The keys `people --json` had before past organisations: none of them changes.
PEOPLE_KEYS = {
    "id", "name", "title", "organisation", "source", "email", "other_emails", "phone",
    "linkedin_url", "location", "tags", "connected_on", "notes", "check_in_days", "stage",
    "last", "added", "uid", "referred_by", "introduced_by",
}


def world() -> None:
    """Sam (my friend) worked at Verdant Grid, where Dana works now; Lee (alumni) knows
    the most people, and answers quickly."""
    run("me", "--name", "Alex Kim", "--email", "alex@example.org")
    run("add", "Sam Ortiz", "--source", "friend", "--org", "Harbor Labs",
        "--past-org", "Verdant Grid", "--past-org", "Helio Homes")
    run("add", "Dana Whitfield", "--org", "Verdant Grid")
    run("add", "Lee Park", "--source", "alumni")
    run("add", "Kai Moss", "--knows", "Lee Park")
    run("add", "Ola Berg", "--knows", "Lee Park")
    run("log", "Lee Park", "contacted", "--on", "2026-11-01 10:00")
    run("log", "Lee Park", "replied", "--on", "2026-11-01 12:00")


def test_add_with_past_org_shows_in_people_and_show_json() -> None:
    world()
    sam = next(p for p in run_json("people") if p["name"] == "Sam Ortiz")
    assert set(sam) == PEOPLE_KEYS | {"past_organisations"}
    assert sam["past_organisations"] == ["Helio Homes", "Verdant Grid"]
    assert sam["organisation"] == "Harbor Labs"
    assert run_json("show", "Sam Ortiz")["past_organisations"] == ["Helio Homes", "Verdant Grid"]
    assert "worked at before: Helio Homes, Verdant Grid" in run("show", "Sam Ortiz")
    assert next(p for p in run_json("people")
                if p["name"] == "Lee Park")["past_organisations"] == []


def test_a_path_goes_through_a_shared_past_employer_with_its_reason() -> None:
    world()
    found = run_json("path", "--org", "Verdant Grid")
    assert set(found) == {"target", "paths", "ask"}
    (path,) = found["paths"]
    assert set(path) == {"chain", "ids", "strength", "why"}
    assert path["chain"] == ["Sam Ortiz", "Dana Whitfield"]
    assert path["why"] == [
        "You know Sam Ortiz", "Sam Ortiz and Dana Whitfield both worked at Verdant Grid"]
    assert found["ask"] == []
    out = run("path", "Dana Whitfield")
    assert "you → Sam Ortiz → Dana Whitfield" in out and "both worked at Verdant Grid" in out


def test_someone_who_left_the_target_is_asked_first_and_edit_org_moves_the_old_one() -> None:
    world()
    run("edit", "Dana Whitfield", "--org", "Ampere")  # Verdant Grid is now nobody's
    assert run_json("show", "Dana Whitfield")["past_organisations"] == ["Verdant Grid"]
    found = run_json("path", "--org", "Verdant Grid")
    assert found["paths"] == []  # people who left are not "at" the target
    assert found["ask"][0] == "Sam Ortiz"  # before Lee, the quickest and most connected
    run("edit", "Sam Ortiz", "--no-past-org", "verdant  grid")
    assert run_json("path", "--org", "Verdant Grid")["ask"][0] == "Lee Park"
    # Back at Verdant Grid: Ampere is the past one now (the current one never is).
    run("edit", "Dana Whitfield", "--org", "Verdant Grid")
    assert run_json("show", "Dana Whitfield")["past_organisations"] == ["Ampere"]


def test_past_org_mistakes_are_one_line_with_what_they_have() -> None:
    world()
    said = run("edit", "Sam Ortiz", "--no-past-org", "Initech", code=2)
    assert said.startswith("Error: --no-past-org: Sam Ortiz has no past organisation 'Initech' "
                           "(theirs: Helio Homes, Verdant Grid)")
    assert "--past-org is 201 characters long" in run(
        "edit", "Sam Ortiz", "--past-org", "x" * 201, code=2)
    run("edit", "Sam Ortiz", "--past-org", "Harbor Labs")  # where Sam is now: nothing to add
    assert run_json("show", "Sam Ortiz")["past_organisations"] == ["Helio Homes", "Verdant Grid"]


def test_a_merge_keeps_the_union_of_past_organisations() -> None:
    run("add", "Aisha Bello", "--org", "Verdant Grid", "--past-org", "Helio Homes")
    run("add", "Aisha Belo", "--org", "Harbor Labs", "--past-org", "Helio Homes",
        "--past-org", "SolarLoop", "--past-org", "Verdant Grid", "--duplicate")
    merged = run_json("merge", "Aisha Bello", "Aisha Belo")
    assert merged["moved"]["past organisations"] == 2  # Harbor Labs and SolarLoop
    kept = " | ".join(merged["kept"])
    assert "organisation 'Verdant Grid' (Aisha Belo's 'Harbor Labs' kept as a past " in kept
    page = run_json("show", "Aisha Bello")
    assert page["organisation"] == "Verdant Grid"
    assert page["past_organisations"] == ["Harbor Labs", "Helio Homes", "SolarLoop"]
    assert dangling() == []
