"""A headless Chromium for the browser tests: Debian's own, driven by Playwright.

No browser is downloaded: set CHROMIUM to a binary, or have `chromium` on PATH. Without
one the tests skip, except in CI (CI=true), where a missing browser is a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI needs the browser tests to run: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed: pip install -e '.[test]'")
    executable = os.environ.get("CHROMIUM") or shutil.which("chromium")
    if not executable:
        _unavailable("no Chromium: apt-get install chromium, or set CHROMIUM to its path")
    # Playwright's sync API keeps an event loop running in this thread for the whole
    # session; Django would then refuse every query as "async". The tests are synchronous,
    # so tell Django so (its documented switch for exactly this case).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def databases(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from tests.browser.site import Databases

    made = Databases(tmp_path_factory.mktemp("web"))
    made.prepare()
    yield made
    made.drop_all()


@pytest.fixture
def site(request: pytest.FixtureRequest, databases: Any, browser: Browser) -> Iterator[Any]:
    """A fresh database served by `coffeechat serve` at the test's clock (its `clock`
    marker, else 2026-11-25 09:00)."""
    from tests.browser.site import serving

    marker = request.node.get_closest_marker("clock")
    yield from serving(databases, marker.args[0] if marker else "2026-11-25 09:00")
