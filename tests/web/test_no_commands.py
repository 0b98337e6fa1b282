"""The web page says what to do in its own words and buttons: no command line of the
terminal (`coffeechat done 21`, `--insight KIND:TEXT`) reaches the text a user reads."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.test import Client

from coffeechat import clock
from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.pipeline.demo import fill
from tests.web.test_pages import pages_for

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

COMMAND = re.compile(r"\bcoffeechat [a-z]|(?<![\w-])--[a-z]")


class Visible(HTMLParser):
    """The text a user reads: text outside script and style, and the words of buttons,
    fields and pictures (value, placeholder, alt, title, aria-label)."""

    SAID = ("placeholder", "alt", "title", "aria-label")

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        shown = dict(attrs)
        if tag == "input" and shown.get("type") == "hidden":
            return
        self.parts += [v for k, v in attrs if v and (k in self.SAID or k == "value")]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def commands_in(html: str) -> list[str]:
    text = visible(html)
    return [text[max(0, m.start() - 60):m.end() + 40] for m in COMMAND.finditer(text)]


def test_it_finds_a_command_where_one_is_shown() -> None:
    assert commands_in("<p>Do it (coffeechat done 21).</p>")
    assert commands_in('<input value="add --via NAME">')
    assert not commands_in('<script>coffeechat done</script><input type="hidden" value="--x">')
    assert not commands_in("<p>coffeechat, your coffee chats — 2026-11-25</p>")


def test_no_page_of_the_demo_shows_a_command(client: Client) -> None:
    fill(owner=local_owner(), now=clock.now(), size=40)
    people = Person.objects.order_by("id").values_list("id", flat=True)
    paths = list(dict.fromkeys(p for ident in people for p in pages_for(ident)))
    found = {}
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        if said := commands_in(response.content.decode()):
            found[path] = said
    assert found == {}
