"""The board in Chromium: a card dragged with the mouse onto another column logs the
event that leads there (today, or the day chosen above the board), the person's timeline
shows it and the card sits in its new column; a drop no event can make is refused at the
card and logs nothing; a drop that needs the meeting's time opens the log form."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.site import SCREENSHOTS, run

pytestmark = [pytest.mark.browser, pytest.mark.clock("2026-11-25 09:00")]
TALL = {"width": 1280, "height": 1800}  # every column on screen at once


def column(page: Any, stage: str) -> Any:
    heading = page.get_by_role("heading", name=re.compile(f"^{stage} \\("))
    return page.locator("section.column", has=heading)


def in_column(page: Any, stage: str, name: str) -> Any:
    return column(page, stage).locator("li.card", has_text=name)


def card(page: Any, name: str) -> Any:
    return page.locator("li.card", has_text=name)


def drag(page: Any, name: str, stage: str) -> None:
    """Hold the card by its name with the mouse, move it over the column, let go."""
    start = card(page, name).locator("a").first.bounding_box()
    end = column(page, stage).bounding_box()
    page.mouse.move(start["x"] + 5, start["y"] + start["height"] / 2)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] / 2, end["y"] + end["height"] / 2, steps=12)
    page.mouse.up()


def timeline(page: Any, site: Any, name: str) -> str:
    page.goto(site.url + "/people/")
    page.get_by_role("link", name=name).click()
    return str(page.locator("section", has=page.get_by_role("heading", name="Timeline"))
               .inner_text())


def test_a_card_dragged_onto_a_column_logs_its_event(site: Any, page: Any) -> None:
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security" in m.text else None)
    run("add", "Dana Whitfield", db=site.db)
    run("add", "Lee Chen", db=site.db)
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-18", db=site.db)
    page.set_viewport_size(TALL)
    page.goto(site.url + "/board/")
    expect(page.get_by_label("Drops are logged on")).to_have_value("2026-11-25")

    drag(page, "Dana Whitfield", "Followed up")
    page.wait_for_url("**done=*")
    expect(page.get_by_role("status")).to_have_text("Dana Whitfield: followed up.")
    expect(in_column(page, "Followed up", "Dana Whitfield")).to_have_count(1)
    expect(column(page, "Contacted").locator("li.card")).to_have_count(0)

    # A thank-you needs a meeting first: refused at the card, nothing sent.
    drag(page, "Lee Chen", "Thanked")
    said = card(page, "Lee Chen").get_by_role("alert")
    expect(said).to_contain_text("Lee Chen: a card moves to “thanked” only from “met”")
    expect(said).to_contain_text("nothing was logged")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "board-drop-refused.png"))
    expect(in_column(page, "Identified", "Lee Chen")).to_have_count(1)

    # Another day chosen above the board: the drop is logged on it.
    page.get_by_label("Drops are logged on").fill("2026-11-24")
    drag(page, "Lee Chen", "Contacted")
    page.wait_for_url("**done=*")
    expect(in_column(page, "Contacted", "Lee Chen")).to_have_count(1)

    # A meeting agreed needs its time: the drop opens the log form, nothing logged yet.
    drag(page, "Lee Chen", "Scheduled")
    page.wait_for_url(re.compile(r"/log/\?event=scheduled$"))
    expect(page.get_by_label("Event")).to_have_value("scheduled")

    dana = timeline(page, site, "Dana Whitfield")
    assert "Wed 18 Nov 2026 you reached out" in dana
    assert "Wed 25 Nov 2026 you followed up" in dana
    lee = timeline(page, site, "Lee Chen")
    assert "Tue 24 Nov 2026 you reached out" in lee
    assert "thank" not in lee and "agreed to meet" not in lee
    assert errors == []


def touch_drag(page: Any, name: str, stage: str, hold_ms: int) -> None:
    """A finger on the card's name, held `hold_ms`, then moved over the column."""
    cdp = page.context.new_cdp_session(page)
    card(page, name).scroll_into_view_if_needed()
    start = card(page, name).locator("a").first.bounding_box()
    x, y = start["x"] + 5, start["y"] + start["height"] / 2
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    page.wait_for_timeout(hold_ms)
    end = column(page, stage).bounding_box()
    tx, ty = end["x"] + end["width"] / 2, end["y"] + min(end["height"] / 2, 30)
    for n in range(1, 11):
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [
            {"x": x + (tx - x) * n / 10, "y": y + (ty - y) * n / 10}]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_a_finger_holds_a_card_then_drops_it_at_phone_width(site: Any, browser: Any) -> None:
    run("add", "Dana Whitfield", db=site.db)
    run("log", "Dana Whitfield", "contacted", "--on", "2026-11-18", db=site.db)
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True,
                                  is_mobile=True)
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if "Content Security" in m.text else None)
    page.goto(site.url + "/board/")
    # A quick swipe scrolls the page: no drag, nothing sent.
    touch_drag(page, "Dana Whitfield", "Followed up", hold_ms=0)
    expect(in_column(page, "Contacted", "Dana Whitfield")).to_have_count(1)
    assert "done=" not in page.url
    # Held a moment first, the card follows the finger and drops on the column below.
    touch_drag(page, "Dana Whitfield", "Followed up", hold_ms=600)
    page.wait_for_url("**done=*")
    expect(in_column(page, "Followed up", "Dana Whitfield")).to_have_count(1)
    assert errors == []
    context.close()
