"""The targets and warm paths page in Chromium, on the demo: a target added from the
page, the paths to it and to a person (reached from the person's page), each audited as
every page is (axe-core, phone width, tap targets), the draft checked live as typed."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.audit import audit

pytestmark = [pytest.mark.browser, pytest.mark.clock("2026-11-25 09:00")]


def test_targets_and_warm_paths_in_the_browser(site: Any, page: Any) -> None:
    page.goto(site.url + "/")
    page.get_by_role("button", name="Load the demo").click()
    page.wait_for_url("**/?done=*")
    page.goto(site.url + "/insights/")
    page.get_by_role("link", name="Targets and warm paths").click()
    expect(page.get_by_role("heading", name="Targets and warm paths", level=1)).to_be_visible()
    adding = page.locator("form", has=page.get_by_role("button", name="Add the target"))
    adding.get_by_label("Organisation").fill("Verdant Grid")
    adding.get_by_label("Role").fill("Data analyst")
    adding.get_by_label("Motivation").select_option("3")
    page.get_by_role("button", name="Add the target").click()
    page.wait_for_url("**/paths/?done=*")
    expect(page.get_by_role("status")).to_contain_text("Verdant Grid is a target.")
    row = page.locator("tbody tr", has_text="Verdant Grid")
    expect(row).to_contain_text("Data analyst")
    audit(page, "targets")
    row.get_by_role("link", name="Verdant Grid").click()
    expect(page.get_by_role("heading", name="Paths to Verdant Grid")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Verdant Grid")  # a path or whom to ask
    audit(page, "paths to an organisation")
    body = page.locator("textarea").first
    body.fill("Dear Sir or Madam, can you get me a job?")
    expect(page.locator(".finding").first).to_be_visible()  # checked live, as typed
    page.goto(site.url + "/people/")
    page.locator("td a").first.click()
    name = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name="Warm paths to them").click()
    expect(page.get_by_role("heading", name=f"Paths to {name}")).to_be_visible()
    audit(page, "paths to a person")
