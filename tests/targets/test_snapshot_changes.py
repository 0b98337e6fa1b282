"""The kept snapshot of the graph is rebuilt after every write that changes a path, and
only then (`targets/changes.py`: triggers move one number): on SQLite (beside the file)
and on PostgreSQL (in the user's data folder, one file a database)."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from coffeechat.targets import engine, snapshot
from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """A snapshot file as a real database has (the tests' SQLite one is in memory), and
    how many times the graph was built."""
    if connection.vendor == "sqlite":
        monkeypatch.setattr(engine, "snapshot_file", lambda: tmp_path / "db.paths.npz")
    builds = {"n": 0}
    build = snapshot.build

    def counted(*args: object, **kwargs: object) -> snapshot.Snapshot:
        builds["n"] += 1
        return build(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(snapshot, "build", counted)
    return builds


def world() -> None:
    """Sam (friend) knows Dana at Verdant Grid; Lee (alumni) knows Ola there."""
    run("add", "Sam Ortiz", "--source", "friend")
    run("add", "Dana Whitfield", "--org", "Verdant Grid", "--knows", "Sam Ortiz")
    run("add", "Lee Park", "--source", "alumni")
    run("add", "Ola Berg", "--org", "Verdant Grid", "--knows", "Lee Park")
    run("add", "Kai Moss", "--org", "Harbor Labs")


def chains(kept: dict[str, int], *, rebuilt: bool, org: str = "Verdant Grid"
           ) -> list[list[str]]:
    before = kept["n"]
    found = [p["chain"] for p in run_json("path", "--org", org)["paths"]]
    assert kept["n"] == before + rebuilt, "rebuilt" if not rebuilt else "not rebuilt"
    return found


SAM = ["Sam Ortiz", "Dana Whitfield"]
LEE = ["Lee Park", "Ola Berg"]
MIA = ["Mia Chen", "Ola Berg"]


def test_the_snapshot_is_kept_and_every_change_to_a_path_rebuilds_it(
        kept: dict[str, int]) -> None:
    world()
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    assert chains(kept, rebuilt=False) == [SAM, LEE]
    file = engine.snapshot_file()
    assert file is not None and file.exists()
    if connection.vendor != "sqlite":  # in the data folder, named by the URL's hash
        assert file.parent.name == "snapshots" and "data-folder" in str(file)
    # Words that are not a link keep it.
    run("edit", "Dana Whitfield", "--notes", "Leads the grid analytics team.",
        "--title", "Analyst")
    assert chains(kept, rebuilt=False) == [SAM, LEE]
    # do-not-contact, added and removed.
    run("edit", "Sam Ortiz", "--tag", "do-not-contact")
    assert chains(kept, rebuilt=True) == [LEE]
    run("edit", "Sam Ortiz", "--untag", "do-not-contact")
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    # Someone's organisation edited away from the target, and back.
    run("edit", "Dana Whitfield", "--org", "Harbor Labs")  # Verdant Grid: her past
    assert chains(kept, rebuilt=True) == [LEE, ["Sam Ortiz", "Dana Whitfield", "Ola Berg"]]
    run("edit", "Dana Whitfield", "--no-past-org", "Verdant Grid")
    assert chains(kept, rebuilt=True) == [LEE]
    run("edit", "Dana Whitfield", "--org", "Verdant Grid")
    run("edit", "Dana Whitfield", "--no-past-org", "Harbor Labs")
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    # How I know someone.
    run("edit", "Lee Park", "--source", "other")
    assert chains(kept, rebuilt=True) == [SAM]
    run("edit", "Lee Park", "--source", "alumni")
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    # A --knows link makes a new path.
    run("add", "Mia Chen", "--source", "colleague")
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    run("knows", "Mia Chen", "Ola Berg")
    assert chains(kept, rebuilt=True) == [SAM, MIA, LEE]  # a colleague before an alumna
    # A declined event blocks whoever declined.
    run("log", "Sam Ortiz", "declined", "--on", "2026-11-20 10:00")
    assert chains(kept, rebuilt=True) == [MIA, LEE]
    # Meeting someone makes my link to them the strongest.
    run("log", "Lee Park", "met", "--on", "2026-11-21 10:00")
    assert chains(kept, rebuilt=True) == [LEE, MIA]
    # A past organisation links to whoever is there now (weakly), and back.
    assert chains(kept, rebuilt=False, org="Harbor Labs") == []
    run("edit", "Mia Chen", "--past-org", "Harbor Labs")
    assert chains(kept, rebuilt=True, org="Harbor Labs")[0] == ["Mia Chen", "Kai Moss"]
    run("edit", "Mia Chen", "--no-past-org", "Harbor Labs")
    assert chains(kept, rebuilt=True, org="Harbor Labs") == []
    # Removing someone removes their paths.
    run("remove", "Ola Berg", "--yes")
    assert chains(kept, rebuilt=True) == []
    assert chains(kept, rebuilt=False) == []


def test_a_new_day_or_a_snapshot_of_another_database_is_not_reused(
        kept: dict[str, int], tmp_path: Path) -> None:
    world()
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    file = engine.snapshot_file()
    assert file is not None
    kept_bytes = file.read_bytes()
    with connection.cursor() as cursor:  # the tables emptied behind its back
        cursor.execute("DELETE FROM targets_graphchange")
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    assert chains(kept, rebuilt=True) == [SAM, LEE]  # no number: never trusted
    run("add", "Zoe Hart")  # the next write makes the number again, somewhere new
    assert chains(kept, rebuilt=True) == [SAM, LEE]
    assert chains(kept, rebuilt=False) == [SAM, LEE]
    assert file.read_bytes() != kept_bytes


@pytest.mark.clock("2026-11-26 09:00")
def test_the_day_is_part_of_the_fingerprint(kept: dict[str, int]) -> None:
    world()
    chains(kept, rebuilt=True)
    file = engine.snapshot_file()
    assert file is not None
    from coffeechat.targets import arrays

    plain = arrays.read(file)
    assert plain is not None and plain.fingerprint[1] == 739946  # 2026-11-26
