"""What every page must pass in the browser: axe-core with no serious or critical
violation, no sideways scrolling at phone width, tap targets at least 40 px; and a
screenshot at phone and laptop width in screenshots/ (gitignored)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tests.browser.site import SCREENSHOTS

if TYPE_CHECKING:
    from playwright.sync_api import Page

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
# What a finger taps: controls, and links that stand alone (not inside a sentence).
TAPPABLE = (
    "button, input:not([type=hidden]):not([type=checkbox]), select, textarea, summary, "
    "nav a, .actions a, .pager a, td a, ul.links a, .bottom a"
)
TAP = 40


def axe_problems(page: Page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def small_targets(page: Page) -> list[str]:
    return list(page.evaluate(
        """([selector, least]) => [...document.querySelectorAll(selector)]
            .filter(e => e.checkVisibility())
            .filter(e => { const r = e.getBoundingClientRect();
                           return r.width > 0 && (r.height < least || r.width < least / 2); })
            .map(e => e.tagName + ' ' + (e.textContent || e.name || '').trim().slice(0, 30)
                      + ' ' + Math.round(e.getBoundingClientRect().height))""",
        [TAPPABLE, TAP],
    ))


def sideways(page: Page) -> int:
    return int(page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"))


def audit(page: Page, name: str) -> None:
    """Check the page open in `page` at both widths, and photograph it."""
    SCREENSHOTS.mkdir(exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    problems: list[str] = []
    for label, size in (("phone", PHONE), ("laptop", LAPTOP)):
        page.set_viewport_size(size)
        page.screenshot(path=str(SCREENSHOTS / f"{slug}-{label}.png"), full_page=True)
        if label == "phone":
            if (extra := sideways(page)) > 0:
                problems.append(f"{name}: {extra} px of sideways scrolling at 390 px")
            problems += [f"{name}: tap target under {TAP} px: {t}" for t in small_targets(page)]
        problems += [f"{name} ({label}): {p}" for p in axe_problems(page)]
    assert not problems, "\n".join(problems)
