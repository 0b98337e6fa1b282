"""The mistake checker live, and the questions and prep sheet for a conversation."""

from __future__ import annotations

import base64
import hashlib
import re

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from coffeechat import clock
from coffeechat.errors import UserError, plain
from coffeechat.rules.checker import check_message, check_questions, finding_data
from coffeechat.rules.checker_text import CODES
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import page
from coffeechat.web.views.loop import person_of

MAX_CHARS = 20000


def highlighted(text: str, spans: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The text cut into pieces, each marked when a finding is about it."""
    pieces, at = [], 0
    for start, end in sorted(spans):
        start = max(start, at)
        if end <= start:
            continue
        pieces += [(text[at:start], False), (text[start:end], True)]
        at = end
    pieces.append((text[at:], False))
    return [p for p in pieces if p[0]]


def findings_for(text: str, kind: str) -> tuple[list[dict[str, object]], list[tuple[str, bool]]]:
    if kind == "question":
        questions = [line.strip() for line in text.splitlines() if line.strip()]
        found = [finding_data(f, questions[f.line - 1]) for f in check_questions(questions)]
        return found, []
    found = [finding_data(f, text) for f in check_message(text)]
    return found, highlighted(text, [(int(f["start"]), int(f["end"])) for f in found])


def check(request: HttpRequest) -> HttpResponse:
    text = (request.POST.get("text") or request.GET.get("text") or "")[:MAX_CHARS]
    asked = request.POST.get("kind") or request.GET.get("kind")
    kind = "question" if asked == "question" else "outreach"
    findings, pieces = findings_for(text, kind) if text.strip() else ([], [])
    context = {"text": text, "kind": kind, "findings": findings, "pieces": pieces,
               "checked": bool(text.strip())}
    if request.headers.get("HX-Request") == "true":
        return render(request, "web/_findings.html", context)
    return page(request, "web/check.html", "check", "Mistake checker", codes=CODES, **context)


def questions(request: HttpRequest, ident: int) -> HttpResponse:
    from coffeechat.cli.questions import plan_data
    from coffeechat.writing.questions import plan_for

    person = person_of(request, ident)
    minutes_text = request.GET.get("minutes", "")
    error, plan = "", None
    try:
        minutes = int(minutes_text) if minutes_text.strip() else None
        planned = plan_for(owner=owner_of(request), person=person, minutes=minutes, topics=())
        plan = plan_data(planned.plan)
    except ValueError:
        error = f"{minutes_text!r} is not a number of minutes: write e.g. 20"
    except UserError as refused:
        error = plain(refused)
    return page(request, "web/questions.html", "people", f"Questions for {person.name}",
                person=person, plan=plan, error=error, minutes=minutes_text,
                status=400 if error else 200)


STYLE = re.compile(r"<style>(.*?)</style>", re.DOTALL)


def prep(request: HttpRequest, ident: int) -> HttpResponse:
    """The one printable page, exactly `coffeechat prep --format html`. Its print CSS is
    inline, so the policy allows that one style block by its hash (still no script)."""
    from coffeechat.rules.prep import build_sheet
    from coffeechat.rules.prep_page import render_html
    from coffeechat.writing.prep import prep_facts

    person = person_of(request, ident)
    facts = prep_facts(owner=owner_of(request), person=person,
                       now=clock.now().replace(second=0, microsecond=0), minutes=None)
    html = render_html(build_sheet(facts))
    response = HttpResponse(html)
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
        for m in STYLE.findall(html)
    ]
    response._csp_update = {"style-src": hashes}  # type: ignore[attr-defined]
    return response
