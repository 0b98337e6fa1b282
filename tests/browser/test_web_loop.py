"""The whole loop in the browser, as a new user walks it: start empty, set a goal, add a
person, send outreach, see the follow-up a week later, schedule, prepare, debrief with a
referral and a promise, thank, see the referral's outreach on Today, move a card on the
board, run the live checker, open insights."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.clock("2026-11-02 09:00")]


def card(page: Any, text: str) -> Any:
    return page.locator("li.card", has_text=text)


def test_a_new_user_walks_the_whole_loop(site: Any, page: Any) -> None:
    page.set_default_timeout(10_000)
    page.goto(site.url + "/")
    expect(page.get_by_role("heading", name="Where to start")).to_be_visible()

    page.get_by_role("link", name="Set your goal").click()
    page.get_by_label("One sentence your drafts quote").fill(
        "I'm exploring product marketing roles at climate-tech firms in Oregon")
    page.get_by_role("button", name="Save the goal").click()
    expect(page.get_by_text("Goal saved.")).to_be_visible()

    page.get_by_role("link", name="People").first.click()
    page.get_by_label("Add someone").fill(
        "Dana Whitfield, Product Marketing Manager at Verdant Grid")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("heading", name="Dana Whitfield")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Verdant Grid")

    # The next step is the outreach, drafted with the goal; sent today.
    body = page.locator("textarea.body").input_value()
    assert "Dana" in body and "climate-tech" in body
    assert page.get_by_role("link", name=re.compile("Open in e-mail")).get_attribute(
        "href").startswith("mailto:")
    # Edited, the draft is checked again as it is typed.
    page.locator("textarea.body").press("End")
    page.locator("textarea.body").press_sequentially(" Do you have any job openings?")
    page.locator(".draft .finding", has_text="Asks for a job").wait_for()
    page.get_by_role("button", name="Mark as sent").click()
    expect(page.locator("main")).to_contain_text("Dana Whitfield: contacted.")

    # A week later with no reply, the follow-up is on Today.
    site.restart("2026-11-10 09:00")
    page.goto(site.url + "/")
    assert card(page, "Dana Whitfield").filter(has_text="Follow up").count() == 1

    # She replies and agrees to meet.
    page.get_by_role("link", name="Dana Whitfield").first.click()
    page.get_by_role("link", name="Log an event").click()
    page.get_by_label("Event").select_option("scheduled")
    page.get_by_label("Meeting at").fill("2026-11-12T15:00")
    page.get_by_label("Agreed minutes").fill("20")
    page.get_by_label("Where").fill("video call")
    page.get_by_role("button", name="Log it").click()
    expect(page.locator("main")).to_contain_text("Dana Whitfield: scheduled.")

    # Prepare: the questions and the printable sheet.
    page.get_by_role("link", name="Questions and prep sheet").click()
    assert page.locator("table tbody tr").count() > 3
    page.get_by_role("link", name="The printable prep sheet").click()
    assert "Dana Whitfield" in page.content()
    page.go_back()

    # After the meeting: the debrief, with a referral and promises both ways.
    site.restart("2026-11-12 16:00")
    page.goto(site.url + "/")
    card(page, "Dana Whitfield").get_by_role("link", name="Debrief").click()
    page.get_by_label("Referrals").fill("Lee Chen")
    page.get_by_label("They will").fill("introduce me to her team lead")
    page.locator("#id_i_will_1").fill("send the rebate article")
    page.locator("#id_due_1").fill("2026-11-14")
    page.get_by_label("Skills that matter in their work").fill("SQL")
    page.get_by_role("button", name="Save the debrief").click()
    page.wait_for_url("**/?done=*")
    expect(page.locator("main")).to_contain_text("Lee Chen")  # the referral, at once

    # Thank her: the thank-you draft, marked as sent from Today.
    thanks = card(page, "Dana Whitfield").filter(has_text="Thank-you")
    thanks.locator("summary").click()
    thanks.get_by_role("button", name="Mark as sent").click()
    page.wait_for_url("**/?done=*")
    expect(page.locator("main")).to_contain_text("Dana Whitfield: thanked.")
    expect(page.locator("main")).to_contain_text("Lee Chen")

    # Move Lee's card on the board: contacted, today.
    page.get_by_role("link", name="Board").click()
    lee = page.locator("li.card", has_text="Lee Chen")
    lee.locator("summary").click()
    lee.get_by_label("Event").select_option("contacted")
    lee.get_by_role("button", name="Move").click()
    page.wait_for_url("**done=*")
    heading = page.get_by_role("heading", name=re.compile("^Contacted"))
    contacted = page.locator("section.column", has=heading)
    assert contacted.locator("li.card", has_text="Lee Chen").count() == 1

    # The live checker, as the user types.
    page.get_by_role("link", name="Checker").click()
    page.get_by_label("Text").press_sequentially("Hi, do you have any job openings for me?")
    page.locator(".finding", has_text="Asks for a job").wait_for()
    assert page.locator("#findings mark").count() >= 1

    # Insights: the funnel and the tree of who led to whom.
    page.get_by_role("link", name="Insights").click()
    assert page.locator("svg").count() >= 3
    assert "Dana Whitfield led to Lee Chen" in page.content()
