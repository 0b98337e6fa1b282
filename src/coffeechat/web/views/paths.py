"""Targets and warm paths: where I would like to work, each with its advocacy and next
step, and the best warm paths to an organisation or a person, each link with its reason
and the first person's draft, checked. The same services as `coffeechat target list`
and `coffeechat path` (targets/services.py)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from coffeechat.errors import UserError, plain
from coffeechat.targets.services import add_target, remove_target, target_rows, warm_paths
from coffeechat.web.forms import TargetForm
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page
from coffeechat.web.views.loop import person_of

LIMIT = 3


def mailto(draft: dict[str, Any]) -> str:
    address = draft["to"]["email"] or ""
    return (f"mailto:{quote(address, safe='@')}?subject={quote(draft['subject'])}"
            f"&body={quote(draft['body'])}")


def paths(request: HttpRequest) -> HttpResponse:
    """The targets, the form to add one, and (`org` or `person`) the paths found; a POST
    adds the target, its refusal shown next to the field it is about."""
    owner = owner_of(request)
    form = TargetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            added = add_target(owner=owner, **form.cleaned_data)
        except UserError as not_added:
            form.add_error(not_added.field if not_added.field in form.fields else None,
                           plain(not_added))
        else:
            return back(request, reverse("paths"), f"{added.organisation} is a target.")
    org = " ".join(request.GET.get("org", "").split())
    ident = request.GET.get("person", "")
    person = person_of(request, int(ident)) if ident.isdigit() else None
    found: dict[str, Any] | None = None
    refused = ""
    if person is not None or org:
        try:
            found = warm_paths(owner=owner, person=person,
                               organisation=None if person is not None else org, limit=LIMIT)
        except UserError as error:
            refused = plain(error)
    results: list[dict[str, Any]] = []
    asked: list[dict[str, Any]] = []
    if found is not None:
        drafts = found["drafts"]
        for number, (way, draft) in enumerate(zip(found["paths"], drafts, strict=False), 1):
            results.append({"number": number, "people": list(zip(way["ids"], way["chain"],
                                                                 strict=True)),
                            "strength": way["strength"], "why": way["why"],
                            "draft": draft, "mailto": mailto(draft)})
        for number, draft in enumerate(drafts[len(found["paths"]):], len(results) + 1):
            asked.append({"number": number, "draft": draft, "mailto": mailto(draft)})
    return page(request, "web/paths.html", "paths", "Targets and warm paths",
                rows=target_rows(owner=owner), org=org, person=person, found=found,
                results=results, asked=asked, refused=refused, form=form,
                status=400 if request.method == "POST" else 200)


@require_POST
def remove(request: HttpRequest) -> HttpResponse:
    try:
        gone = remove_target(owner=owner_of(request),
                             organisation=request.POST.get("organisation", ""))
    except UserError as not_removed:
        return back(request, reverse("paths"), plain(not_removed))
    return back(request, reverse("paths"), f"{gone} is no longer a target.")
