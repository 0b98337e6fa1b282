"""Whose data a request acts on: the one place a view learns its owner.

On a laptop that is the single local user the command line acts as. Accounts for many
users (a hosted instance) change this function, not the views.
"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest

from coffeechat.accounts.services import local_owner


def owner_of(request: HttpRequest) -> User:
    cached = getattr(request, "_coffeechat_owner", None)
    if cached is None:
        cached = local_owner()
        request._coffeechat_owner = cached  # type: ignore[attr-defined]
    return cached
