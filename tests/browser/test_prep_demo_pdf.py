"""The prep sheet of every scheduled demo person prints on one page, in a real Chromium."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.cli.helpers import run, run_json

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_each_demo_prep_sheet_fits_one_printed_page(page) -> None:  # type: ignore[no-untyped-def]
    run("demo")
    scheduled = [p for p in run_json("people") if p["stage"] == "scheduled"]
    assert scheduled
    for person in scheduled:
        for minutes in ("20", "30", "120"):
            page.set_content(
                run("prep", str(person["id"]), "--format", "html", "--minutes", minutes)
            )
            for size in ("A4", "Letter"):
                pages = len(PdfReader(io.BytesIO(page.pdf(format=size))).pages)
                assert pages == 1, (person["name"], minutes, size, pages)
