"""Every page of the web UI in Chromium, on the demo: axe-core finds nothing serious,
nothing scrolls sideways at phone width, every tap target is big enough, and each page
is photographed at phone and laptop width (screenshots/)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.audit import audit

pytestmark = [pytest.mark.browser, pytest.mark.clock("2026-11-25 09:00")]


def test_every_page_passes_axe_at_phone_and_laptop_width(site: Any, page: Any) -> None:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(site.url + "/")
    audit(page, "first steps")
    page.get_by_role("button", name="Load the demo").click()
    page.wait_for_url("**/?done=*")
    pages = {"today": "/", "people": "/people/", "board": "/board/", "checker": "/check/",
             "insights": "/insights/", "settings": "/settings/", "import": "/import/",
             "export": "/export/", "search": "/search/?q=an"}
    for name, path in pages.items():
        page.goto(site.url + path)
        audit(page, name)
    page.goto(site.url + "/people/")
    page.locator("td a").first.click()
    person = page.url.removeprefix(site.url).rstrip("/")
    for name, path in {"person": "/", "draft": "/draft/", "log": "/log/",
                       "debrief": "/log/?event=met", "questions": "/questions/"}.items():
        page.goto(site.url + person + path)
        audit(page, name)
    page.goto(site.url + person + "/prep/")
    page.screenshot(path="screenshots/prep-sheet.png", full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors
