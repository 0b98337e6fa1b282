"""One matching for `add`, `--referral`, `--via` and `--knows`: the same name ignoring
case, accents and spacing is that person; a near miss adds nobody without --duplicate."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

REFUSED = "did you mean 'Aisha Bello'? To add someone new anyway: --duplicate"


def _people() -> list[str]:
    return sorted(p["name"] for p in run_json("people"))


def test_the_same_name_written_differently_is_that_person_everywhere() -> None:
    run("add", "Aïsha Bello")
    run("add", "Dana Whitfield")
    assert "already here" in run("add", "aisha  BELLO", code=2)
    run("log", "Dana Whitfield", "met", "--on", "2026-11-20 10:00", "--referral", "AISHA bello")
    run("log", "Lee Chen", "intro-requested", "--via", " aisha bello ", code=2)  # no Lee Chen
    run("add", "Lee Chen", "--knows", "aisha bello")
    run("log", "Lee Chen", "intro-requested", "--via", "Aisha  Bello", "--on", "2026-11-21")
    assert _people() == ["Aïsha Bello", "Dana Whitfield", "Lee Chen"]
    page = run_json("show", "aisha bello")
    assert page["referred_by"] == "Dana Whitfield"
    assert run_json("show", "Lee Chen")["knows"] == ["Aïsha Bello"]


@pytest.mark.parametrize(
    "args",
    [
        ("add", "Aisha Belo"),
        ("log", "Dana Whitfield", "met", "--on", "2026-11-20 10:00", "--referral", "Aisha Belo"),
        ("log", "Dana Whitfield", "intro-requested", "--via", "Aisha Belo"),
    ],
)
def test_a_near_miss_adds_nobody_and_says_whom_it_meant(args: tuple[str, ...]) -> None:
    run("add", "Aisha Bello")
    run("add", "Dana Whitfield")
    output = run(*args, code=2)
    assert REFUSED in output and output.count("\n") == 1
    assert _people() == ["Aisha Bello", "Dana Whitfield"]
    assert run_json("show", "Dana Whitfield")["timeline"] == []
    run(*args, "--duplicate")
    assert _people() == ["Aisha Bello", "Aisha Belo", "Dana Whitfield"]


def test_part_of_a_name_is_a_near_miss_too() -> None:
    run("add", "Jordan Blake")
    run("add", "Dana Whitfield")
    said = run("log", "Dana Whitfield", "met", "--referral", "Jordan", code=2)
    assert "did you mean 'Jordan Blake'?" in said
    assert "did you mean 'Jordan Blake'?" in run("add", "jordan", code=2)


def test_a_new_connector_is_added_and_a_refused_event_adds_nobody() -> None:
    run("add", "Dana Whitfield")
    run("log", "Dana Whitfield", "contacted", "--via", "Sam Ortiz", code=2)  # --via: intros only
    assert _people() == ["Dana Whitfield"]
    said = run("log", "Dana Whitfield", "intro-requested", "--via", "Sam Ortiz")
    assert "Added Sam Ortiz" in said
    assert _people() == ["Dana Whitfield", "Sam Ortiz"]


def test_suggestions_prefer_the_whole_name_then_the_first_name() -> None:
    run("add", "Esme Patel")
    run("add", "Pat Lee")
    assert "did you mean 'Pat Lee'?" in run("show", "Pat", code=2)
    assert "did you mean 'Pat Lee'?" in run("draft", "Pat", "outreach", code=2)
