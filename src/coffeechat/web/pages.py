"""What every page shares: rendering with its section, the next address after a POST,
and a service's refusal shown next to the field it is about."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from coffeechat import clock


def page(
    request: HttpRequest, template: str, section: str, title: str, **context: Any
) -> HttpResponse:
    status = context.pop("status", 200)
    context.update(section=section, title=title, notice=request.GET.get("done", ""))
    return render(request, template, context, status=status)


def back(request: HttpRequest, default: str, notice: str = "") -> HttpResponseRedirect:
    """Redirect to the page the form came from (this site only), saying what was done."""
    target = request.POST.get("next") or default
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = default
    if notice:
        from urllib.parse import urlencode

        target, hash_sign, fragment = target.partition("#")
        target = target.split("?done=")[0].split("&done=")[0]
        target += ("&" if "?" in target else "?") + urlencode({"done": notice})
        target += hash_sign + fragment
    return HttpResponseRedirect(target)


def today_text() -> str:
    return clock.now().date().isoformat()


class DayField(forms.CharField):
    """A date as the user types it (YYYY-MM-DD, or with HH:MM); the services parse it."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 16)
        kwargs.setdefault("widget", forms.DateInput(attrs={"type": "date"}))
        super().__init__(**kwargs)
