from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Never touch the user's own data folder from a test."""
    monkeypatch.setenv("COFFEECHAT_USER", "me")
