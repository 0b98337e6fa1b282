"""Whatever the user types is shown as text: the two classic payloads, stored in every
text field, never reach a page as markup."""

from __future__ import annotations

from datetime import datetime

import pytest
from django.test import Client

from coffeechat.accounts.services import local_owner, set_goal, set_me
from coffeechat.people.models import Person
from coffeechat.people.services import add_person, add_tie
from coffeechat.pipeline.services import Promise, log_event, record_meeting
from coffeechat.rules.kinds import DraftKind
from coffeechat.rules.timeline import Kind
from coffeechat.writing.questions import add_question

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2026-11-25 09:00")]

SCRIPT = "<script>alert(1)</script>"
IMAGE = '"><img src=x onerror=alert(1)>'
BOTH = f"{SCRIPT} {IMAGE}"


def store_everywhere() -> list[Person]:
    owner = local_owner()
    set_goal(owner=owner, text=f"I'm exploring {BOTH}")
    set_me(owner=owner, name=f"Alex {IMAGE}", skills=[SCRIPT, IMAGE],
           background=f"ten years {IMAGE}", school=f"School {SCRIPT}")
    connector = add_person(owner=owner, name=f"Sam {SCRIPT}", title=IMAGE, organisation=SCRIPT,
                           notes=BOTH, organisation_notes=BOTH, location=IMAGE, tags=["x" + IMAGE],
                           past_organisations=[IMAGE, f"Initech {SCRIPT}"],
                           now=datetime(2026, 11, 1))
    target = add_person(owner=owner, name=f"Dana {IMAGE}", title=SCRIPT, organisation=IMAGE,
                        notes=BOTH, now=datetime(2026, 11, 1))
    add_tie(owner=owner, person=target, knows=connector, note=BOTH)
    log_event(owner=owner, person=target, kind=Kind.INTRO_REQUESTED, at=datetime(2026, 11, 2),
              via=connector, note=BOTH)
    log_event(owner=owner, person=target, kind=Kind.SCHEDULED, at=datetime(2026, 11, 3),
              meeting_at=datetime(2026, 11, 10, 15), minutes=20, where=IMAGE)
    record_meeting(owner=owner, person=target, at=datetime(2026, 11, 10, 15),
                   referrals=[f"Lee {SCRIPT}"], they_will=[BOTH],
                   i_will=[Promise(BOTH, datetime(2026, 11, 12))],
                   insights=[f"skill:{BOTH}", f"advice:{IMAGE}", f"organisation:{SCRIPT}"],
                   allow_duplicate=True)
    add_question(owner=owner, text=f"How did {IMAGE} shape the way you work?",
                 category="path", minutes=2, now=datetime(2026, 11, 1))
    return list(Person.objects.all())


def test_stored_payloads_stay_text_on_every_page(client: Client) -> None:
    people = store_everywhere()
    paths = ["/", "/people/", "/board/", "/insights/", "/settings/", "/export/",
             "/search/?q=alert", f"/search/?q={IMAGE}", f"/check/?text={BOTH}",
             "/people/?q=" + SCRIPT, "/export/csv/", "/export/json/"]
    for person in people:
        base = f"/people/{person.id}/"
        paths += [base, base + "log/", base + "log/?event=met", base + "questions/",
                  base + "prep/", base + "draft/"]
        paths += [f"{base}draft/?kind={kind.value}" for kind in DraftKind]
    for kind in DraftKind:
        paths.append(f"/settings/?kind={kind.value}")
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 400), path
        if response["Content-Type"].startswith("text/html"):
            html = response.content.decode()
            assert SCRIPT not in html and "<img src=x" not in html, path


def test_the_payload_is_still_shown_as_typed(client: Client) -> None:
    person = [p for p in store_everywhere() if p.name.startswith("Dana")][0]
    html = client.get(f"/people/{person.id}/").content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
