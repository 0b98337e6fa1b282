from __future__ import annotations

from typing import Any

import pytest
from django.test import Client


@pytest.fixture(autouse=True)
def serving(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages read as `coffeechat serve` reads them: from the world it keeps (`pipeline.live`)."""
    from coffeechat.pipeline import live

    monkeypatch.setattr(live, "SERVING", True)


@pytest.fixture
def client() -> Client:
    return Client(enforce_csrf_checks=True)


def csrf(client: Client, path: str = "/people/") -> str:
    """The CSRF token a page hands the browser (every POST must carry it)."""
    client.get(path)
    return str(client.cookies["csrftoken"].value)


def post(client: Client, path: str, data: dict[str, Any], **extra: Any) -> Any:
    token = csrf(client)
    return client.post(path, {**data, "csrfmiddlewaretoken": token}, **extra)
