"""Every page of the web UI in Chromium, on the demo: axe-core finds nothing serious,
nothing scrolls sideways at phone width, every tap target is big enough, and each page
is photographed at phone and laptop width (screenshots/)."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.audit import LAPTOP, PHONE, audit
from tests.browser.site import SCREENSHOTS

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
        if name == "today":  # the README's picture (docs/web-today-phone.png)
            page.set_viewport_size(PHONE)
            page.screenshot(path=str(SCREENSHOTS / "readme-today-phone.png"))
    page.goto(site.url + "/people/")
    page.locator("td a").first.click()
    person = page.url.removeprefix(site.url).rstrip("/")
    for name, path in {"person": "/", "draft": "/draft/", "log": "/log/",
                       "debrief": "/log/?event=met", "questions": "/questions/",
                       "merge": "/merge/", "remove": "/remove/"}.items():
        page.goto(site.url + person + path)
        audit(page, name)
        if name == "person":  # the README's picture (docs/web-person-laptop.png)
            page.set_viewport_size(LAPTOP)
            page.screenshot(path=str(SCREENSHOTS / "readme-person-laptop.png"))
    page.goto(site.url + person + "/prep/")
    page.screenshot(path=str(SCREENSHOTS / "prep-sheet.png"), full_page=True)
    assert not [e for e in errors if "Content Security Policy" in e or "Refused" in e], errors


SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'


def test_typed_markup_stays_inert_in_the_browser(site: Any, page: Any) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(site.url + "/settings/")
    page.get_by_label("One sentence your drafts quote").fill(f"I'm exploring {SCRIPT} {IMAGE}")
    page.get_by_role("button", name="Save the goal").click()
    page.goto(site.url + "/people/")
    page.get_by_label("Add someone").fill(f"Dana {IMAGE}, {SCRIPT} at {IMAGE}")
    page.get_by_role("button", name="Add", exact=True).click()
    person = page.url.split("?")[0]
    page.get_by_label("Research notes").fill(f"{SCRIPT} {IMAGE}")
    page.get_by_role("button", name="Save", exact=True).click()
    for path in ("/", "/people/", "/board/", "/insights/", "/settings/", "/search/?q=Dana"):
        page.goto(site.url + path)
    for path in ("", "draft/", "questions/", "prep/", "log/?event=met"):
        page.goto(person + path)
    page.goto(person)
    expect(page.locator("main")).to_contain_text(SCRIPT)  # shown as typed, as text
    assert page.locator("main img").count() == 0
    assert dialogs == []


def test_an_import_shows_its_progress_then_its_report(site: Any, page: Any, tmp_path: Any) -> None:
    rows = "".join(f"Person{n},Example{n},,p{n}@example.org,Org {n % 40},Analyst,12 Mar 2024\n"
                   for n in range(3000))
    csv = tmp_path / "Connections.csv"
    csv.write_text("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   + rows, encoding="utf-8")
    page.goto(site.url + "/import/")
    page.locator("#import-file").set_input_files(str(csv))
    page.get_by_role("button", name="Dry run").click()
    expect(page.get_by_role("heading", name="Dry run of Connections.csv")).to_be_visible(
        timeout=60_000)
    expect(page.locator("main")).to_contain_text("3000 new")
    audit(page, "import report")
    page.get_by_role("button", name="Import it").click()
    expect(page.get_by_role("heading", name="Imported Connections.csv")).to_be_visible(
        timeout=60_000)
    page.goto(site.url + "/people/")
    expect(page.locator("h1")).to_contain_text("(3000)")


def test_the_keyboard_alone_reaches_the_content_with_a_visible_focus(site: Any, page: Any) -> None:
    page.goto(site.url + "/people/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Skip to content")
    outline = skip.evaluate(
        "e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).left")
    assert outline.startswith("solid") and not outline.endswith("-999px")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    page.keyboard.type("Sam Ortiz, Analyst at Northwind")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Sam Ortiz")).to_be_visible()
