from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Never touch the user's own data folder from a test."""
    monkeypatch.setenv("COFFEECHAT_USER", "me")


# Figures a test wants shown at the end of every run (e.g. checker precision/recall).
REPORTS: list[str] = []


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for report in REPORTS:
        terminalreporter.write_sep("-", "figures")
        terminalreporter.write_line(report)
