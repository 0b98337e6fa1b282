"""Putting a person right from their page: merge a duplicate into them, or remove them.
Both say what they will do and ask before doing it (the services `merge` and `remove`
of the command line)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from coffeechat.errors import plain
from coffeechat.people.merging import merge_people, removal_of, remove_person
from coffeechat.people.services import find_person
from coffeechat.web.owner import owner_of
from coffeechat.web.pages import back, page
from coffeechat.web.views.loop import REFUSED, person_of


def merge(request: HttpRequest, ident: int) -> HttpResponse:
    """Merge another person (named by id or name) into this one, who is kept."""
    owner, keep = owner_of(request), person_of(request, ident)
    typed = (request.POST.get("other") or request.GET.get("other") or "").strip()
    error, other = "", None
    if typed:
        try:
            other = find_person(owner=owner, ref=typed)
            if other.id == keep.id:
                raise ValueError(f"{keep.name} is this person: name the duplicate")
        except (ValueError, *REFUSED) as refused:
            error, other = plain(refused), None
    if request.method == "POST" and other is not None and request.POST.get("confirm"):
        try:
            merged = merge_people(owner=owner, keep=keep, other=other)
        except REFUSED as refused:
            error = plain(refused)
        else:
            kept = f" Kept from them: {', '.join(merged.kept)}." if merged.kept else ""
            return back(request, reverse("person", args=[keep.id]),
                        f"{merged.other} merged into {keep.name}.{kept}")
    return page(request, "web/merge.html", "people", f"Merge into {keep.name}", person=keep,
                other=other, typed=typed, error=error, status=400 if error else 200)


def remove(request: HttpRequest, ident: int) -> HttpResponse:
    person = person_of(request, ident)
    if request.method == "POST" and request.POST.get("confirm"):
        gone = remove_person(person=person)
        return back(request, reverse("people"), "Removed: " + "; ".join(gone.lines()) + ".")
    return page(request, "web/remove.html", "people", f"Remove {person.name}", person=person,
                removal=removal_of(person).lines())
