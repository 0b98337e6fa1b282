"""What a job seeker tripped on walking the loop in the browser for a month (a teacher
moving into climate tech), each fixed and held here."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from django.test import Client

from coffeechat.accounts.services import local_owner
from coffeechat.people.models import Person
from coffeechat.people.services import add_person
from tests.web.conftest import post

pytestmark = [pytest.mark.django_db, pytest.mark.clock("2027-01-14 11:00")]
CSS = Path(__file__).parents[2] / "src" / "coffeechat" / "web" / "static" / "web" / "app.css"


def dana() -> Person:
    return add_person(owner=local_owner(), name="Dana Whitfield", title="Product Marketing "
                      "Manager", organisation="Verdant Grid", now=datetime(2027, 1, 4))


def test_table_cells_break_between_words_not_inside_them() -> None:
    # The body wraps `anywhere` (long addresses); in a table that let the columns shrink
    # to a letter at 390 px: "Whitfi|eld", "iden|tifie|d", "0|0:|0|0".
    rules = re.findall(r"th, td \{[^}]*\}", CSS.read_text())
    assert any("overflow-wrap: break-word" in rule for rule in rules)


def test_a_referral_typed_as_name_title_at_organisation_is_that_person(client: Client) -> None:
    # The debrief box takes a line as People's quick add does; the whole line had become
    # a person named "Omar Haddad, Data Analyst at Verdant Grid".
    person = dana()
    response = post(client, f"/people/{person.id}/log/", {
        "event": "met", "on": "2027-01-14 10:00",
        "referrals": "Omar Haddad, Data Analyst at Verdant Grid\nRuth Ade",
    })
    assert response.status_code == 302
    omar = Person.objects.get(name="Omar Haddad")
    assert (omar.title, omar.organisation.name) == ("Data Analyst", "Verdant Grid")
    assert omar.conversation.referred_by == person
    assert Person.objects.get(name="Ruth Ade").organisation is None
    assert not Person.objects.filter(name__contains=",").exists()


def test_a_referral_already_known_keeps_their_record(client: Client) -> None:
    person = dana()
    lee = add_person(owner=local_owner(), name="Lee Chen", title="Senior Analyst",
                     organisation="SolarLoop", now=datetime(2027, 1, 4))
    post(client, f"/people/{person.id}/log/", {
        "event": "met", "on": "2027-01-14 10:00", "referrals": "Lee Chen, Analyst at Elsewhere",
    })
    lee.refresh_from_db()
    assert (lee.title, lee.organisation.name) == ("Senior Analyst", "SolarLoop")


def test_menus_and_notices_say_events_and_drafts_in_words_not_keys(client: Client) -> None:
    # "intro-requested", "followed-up", "intro_request", "career-changer", "follow_up_days"
    # are the terminal's keys: a menu or notice showed them as they are.
    person = dana()
    log = client.get(f"/people/{person.id}/log/").content.decode()
    assert ">Introduction requested</option>" in log and ">intro-requested<" not in log
    assert "(intro-requested" not in log
    done = post(client, f"/people/{person.id}/log/", {"event": "followed-up", "on": ""})
    assert "followed+up" in done.url and "followed-up" not in done.url
    draft = client.get(f"/people/{person.id}/draft/").content.decode()
    assert ">Introduction request</option>" in draft and ">intro_request<" not in draft
    settings = client.get("/settings/").content.decode()
    assert ">career changer</option>" in settings and ">career-changer<" not in settings
    assert ">Follow up after (days)</label>" in settings and ">follow_up_days<" not in settings
    assert ">How they got here</option>" in settings
    refused = post(client, "/settings/", {"form": "timings", "follow_up_days": "soon"})
    assert "Follow up after (days): takes a whole number" in refused.content.decode()
    saved = post(client, "/settings/", {"form": "template", "kind": "follow_up",
                                        "source": "Subject: Hi\n\nHello {{ person.first_name }}"})
    assert "Follow-up" in saved.url and "follow_up" not in saved.url.split("#")[0]


def test_every_timing_has_a_name_in_words() -> None:
    from coffeechat.rules.policy import LABELS, SETTINGS

    assert set(LABELS) == set(SETTINGS)


def test_today_reasons_name_no_terminal_command(client: Client) -> None:
    # "move on (log no-response)", "while they are fresh (log met)": the card's own
    # button does it; the words were the terminal's.
    from coffeechat.pipeline.services import log_event
    from coffeechat.rules.timeline import Kind

    owner, person = local_owner(), dana()
    log_event(owner=owner, person=person, kind=Kind.CONTACTED, at=datetime(2026, 12, 28))
    log_event(owner=owner, person=person, kind=Kind.FOLLOWED_UP, at=datetime(2027, 1, 5))
    lee = add_person(owner=owner, name="Lee Chen", now=datetime(2027, 1, 4))
    log_event(owner=owner, person=lee, kind=Kind.CONTACTED, at=datetime(2027, 1, 4))
    log_event(owner=owner, person=lee, kind=Kind.SCHEDULED, at=datetime(2027, 1, 5),
              meeting_at=datetime(2027, 1, 14, 10), minutes=20)
    html = client.get("/").content.decode()
    assert "Move on" in html and "Debrief" in html
    assert "(log " not in html


def test_today_and_a_person_say_days_as_the_reasons_do(client: Client) -> None:
    # "Due 2027-01-14 overdue" on the 14th itself: a date to decode, and "overdue" on the
    # day it is due read as a mistake; it was due at 09:00.
    from coffeechat.pipeline.services import log_event
    from coffeechat.rules.timeline import Kind

    owner, person = local_owner(), dana()
    log_event(owner=owner, person=person, kind=Kind.CONTACTED, at=datetime(2027, 1, 4, 9))
    html = client.get("/").content.decode()
    assert "Due today, 09:00 · <span" in html and "2027-01-14" not in html
    page = client.get(f"/people/{person.id}/").content.decode()
    assert "Mon 04 Jan 2027</span> you reached out" in page


def test_the_follow_up_waits_for_its_week_on_the_person_page(client: Client) -> None:
    # Marked as sent, the page at once offered "has not replied: follow up" with the
    # follow-up ready to copy: a follow-up the same minute is a mistake the seeds warn of.
    from coffeechat.pipeline.services import log_event
    from coffeechat.rules.timeline import Kind

    owner, person = local_owner(), dana()
    tom = add_person(owner=owner, name="Tom Rees", source="colleague", now=datetime(2027, 1, 4))
    ana = add_person(owner=owner, name="Ana Costa", now=datetime(2027, 1, 4))
    log_event(owner=owner, person=person, kind=Kind.CONTACTED, at=datetime(2027, 1, 14, 9))
    log_event(owner=owner, person=ana, kind=Kind.INTRO_REQUESTED, at=datetime(2027, 1, 14, 9),
              via=tom)
    page = client.get(f"/people/{person.id}/").content.decode()
    assert "if Dana has not replied by Thu 21 Jan 2027, follow up once" in page
    assert "Mark as sent" not in page and "?kind=follow_up" in page
    connector = client.get(f"/people/{tom.id}/").content.decode()
    assert "if Ana Costa has not been introduced by Thu 21 Jan 2027, nudge Tom" in connector
    assert f"?kind=follow_up&amp;about={ana.id}" in connector


@pytest.mark.clock("2027-01-21 10:00")
def test_the_follow_up_is_offered_once_its_week_is_up(client: Client) -> None:
    from coffeechat.pipeline.services import log_event
    from coffeechat.rules.timeline import Kind

    person = dana()
    log_event(owner=local_owner(), person=person, kind=Kind.CONTACTED,
              at=datetime(2027, 1, 14, 9))
    page = client.get(f"/people/{person.id}/").content.decode()
    assert "has not replied: follow up in the same thread" in page and "Mark as sent" in page


def test_the_checker_names_each_mistake_in_words(client: Client) -> None:
    # "asks_for_job: This asks for a job..." showed the rule's key to the user.
    html = post(client, "/check/", {"kind": "message", "text": "Hi Dana, do you have any "
                                    "openings? Could we meet for an hour?"}).content.decode()
    assert "Asks for a job, an opening, a referral or an interview</strong>" in html
    assert "asks_for_job" not in html and "too_much_time" not in html
    page = client.get("/check/").content.decode()
    assert "<dt>asks_for_job</dt>" not in page and "<li>Yes/no question</li>" in page


def test_a_draft_chosen_by_name_does_not_say_as_asked(client: Client) -> None:
    person = dana()
    html = client.get(f"/people/{person.id}/draft/?kind=outreach&part=1").content.decode()
    assert "First message</strong> to" in html and "As asked" not in html


def test_today_names_the_people_not_written_to_yet(client: Client) -> None:
    # Ten people added, none contacted: Today said "Nothing due" and named nobody, so
    # the first messages were nowhere to be found from the page a user opens each day.
    from coffeechat.pipeline.services import log_event
    from coffeechat.rules.timeline import Kind

    owner, person = local_owner(), dana()
    tom = add_person(owner=owner, name="Tom Rees", now=datetime(2027, 1, 4))
    ana = add_person(owner=owner, name="Ana Costa", now=datetime(2027, 1, 4))
    log_event(owner=owner, person=ana, kind=Kind.INTRO_REQUESTED, at=datetime(2027, 1, 13),
              via=tom)
    for n in range(6):
        add_person(owner=owner, name=f"Person {n}", now=datetime(2027, 1, 4))
    html = client.get("/").content.decode()
    assert "Not written to yet <span class=\"muted\">(7)</span>" in html
    assert f'href="/people/{person.id}/">Dana Whitfield</a>' in html
    assert ">Tom Rees</a></li>" not in html and ">Ana Costa</a></li>" not in html
    assert "7 in all" in html and "?stage=identified" in html
    log_event(owner=owner, person=person, kind=Kind.CONTACTED, at=datetime(2027, 1, 14, 9))
    assert ">Dana Whitfield</a></li>" not in client.get("/").content.decode()


def test_linkedin_is_spelled_linkedin(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Linkedin" in the source menus, "linkedin" on a person, "(linkedin)" after an import.
    from django.core.files.uploadedfile import SimpleUploadedFile

    person = add_person(owner=local_owner(), name="Dana Whitfield", source="linkedin",
                        now=datetime(2027, 1, 4))
    people = client.get("/people/").content.decode()
    assert ">LinkedIn</option>" in people and ">Linkedin<" not in people
    assert "<dd>LinkedIn</dd>" in client.get(f"/people/{person.id}/").content.decode()
    from coffeechat.web.views import data_import

    monkeypatch.setattr(data_import, "INLINE", True)  # the job runs in the request
    csv = Path(__file__).parents[1] / "contacts" / "files" / "Connections-plain.csv"
    started = post(client, "/import/", {"file": SimpleUploadedFile(
        "Connections.csv", csv.read_bytes(), content_type="text/csv")})
    html = client.get(started["Location"]).content.decode()
    assert "(LinkedIn connections)</h2>" in html and "(linkedin)" not in html


def test_a_midnight_deadline_is_the_day_before_and_today_is_today() -> None:
    from coffeechat.web.templatetags.words import due_day

    assert due_day("2027-01-14T00:00") == "Wed 13 Jan 2027"  # "Due today, 00:00" read oddly
    assert due_day("2027-01-15T00:00") == "today"
    assert due_day("2027-01-14T15:30") == "today, 15:30"
    assert due_day("2027-01-18T09:00") == "Mon 18 Jan 2027"


def test_insights_count_in_words_and_name_the_first_week_as_a_day(client: Client) -> None:
    # "1 meetings, 1 referrals", "Weeks from Nov. 9, 2026": an American date among
    # British ones.
    from coffeechat.pipeline.services import log_event, record_meeting
    from coffeechat.rules.timeline import Kind

    owner, person = local_owner(), dana()
    log_event(owner=owner, person=person, kind=Kind.CONTACTED, at=datetime(2027, 1, 4, 9))
    record_meeting(owner=owner, person=person, at=datetime(2027, 1, 12, 10),
                   referrals=["Omar Haddad"])
    html = client.get("/insights/").content.decode()
    assert "1 meeting, 1 referral." in html
    assert re.search(r"Weeks from [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4} \(left\)", html)


def test_export_names_each_file_in_words(client: Client) -> None:
    # "People as csv", "People as vcard"; and "a file you can restore from" where the
    # web has no restore.
    html = client.get("/export/").content.decode()
    assert "People as a spreadsheet (CSV)</a>" in html and "People as vcard" not in html
    assert "People as contacts for your address book (vCard)</a>" in html
    assert "restore from" not in html


def test_a_referrals_first_message_reads_as_a_phrase_before_their_name(client: Client) -> None:
    # "First message, naming your referrer to Omar Haddad": the referrer read as Omar.
    from coffeechat.pipeline.services import record_meeting

    person = dana()
    record_meeting(owner=local_owner(), person=person, at=datetime(2027, 1, 12, 10),
                   referrals=["Omar Haddad"])
    omar = Person.objects.get(name="Omar Haddad")
    html = client.get(f"/people/{omar.id}/draft/?kind=referral_outreach&part=1").content.decode()
    assert "First message, naming who referred you</strong> to" in html


def test_a_first_message_is_not_announced_twice(client: Client) -> None:
    # "First message to Sam Okafor. Reach out to Sam Okafor."
    sam = add_person(owner=local_owner(), name="Sam Okafor", source="friend",
                     now=datetime(2027, 1, 4))
    html = client.get(f"/people/{sam.id}/").content.decode()
    assert "First message</strong> to" in html and "Reach out to Sam Okafor." not in html


def test_landing_is_recorded_in_the_browser_and_everyone_met_hears_it(client: Client) -> None:
    # The last step of the loop had no page: only the terminal could record a landing.
    from coffeechat.pipeline.models import Landing
    from coffeechat.pipeline.services import log_event, record_meeting
    from coffeechat.rules.timeline import Kind

    owner, person = local_owner(), dana()
    log_event(owner=owner, person=person, kind=Kind.CONTACTED, at=datetime(2027, 1, 4, 9))
    record_meeting(owner=owner, person=person, at=datetime(2027, 1, 8, 10))
    refused = post(client, "/settings/", {"form": "landed", "role": "Data Analyst"})
    assert refused.status_code == 400 and "write your new role and the organisation" in (
        refused.content.decode())
    done = post(client, "/settings/", {"form": "landed", "role": "Data Analyst",
                                       "organisation": "Carbon Ledger", "on": "2027-01-14",
                                       "new_email": "priya@carbonledger.example"})
    assert done.status_code == 302 and "Congratulations" in done.url.replace("+", " ")
    assert str(Landing.objects.get()) == "Data Analyst at Carbon Ledger"
    assert "Recorded: Data Analyst at Carbon Ledger." in client.get("/settings/").content.decode()
    today = client.get("/?more=today").content.decode() + client.get("/").content.decode()
    assert "Dana Whitfield" in today and "announce" in today.lower()


def test_the_debrief_asks_in_words_and_a_due_date_is_a_date(client: Client) -> None:
    # "Insights: skill", "Due (YYYY-MM-DD)" typed by hand on a phone.
    person = dana()
    html = client.get(f"/people/{person.id}/log/?event=met").content.decode()
    assert "Skills that matter in their work" in html and "Insights: skill" not in html
    assert 'type="date" name="due_1"' in html and "Name, Title at Organisation" in html


def test_a_meeting_time_is_picked_not_typed(client: Client) -> None:
    # "Meeting at (scheduled: YYYY-MM-DD HH:MM)": a format to type by hand on a phone.
    from coffeechat.pipeline.models import Event

    person = dana()
    html = client.get(f"/people/{person.id}/log/?event=scheduled").content.decode()
    assert 'type="datetime-local" name="at"' in html and "YYYY-MM-DD HH:MM)" not in html
    assert 'type="date" name="until"' in html
    post(client, f"/people/{person.id}/log/", {"event": "scheduled", "on": "2027-01-14",
                                               "at": "2027-01-20T14:00", "minutes": "20"})
    assert Event.objects.get(kind="scheduled").meeting_at == datetime(2027, 1, 20, 14)


def test_the_landing_draft_reads_as_a_phrase_before_a_name(client: Client) -> None:
    # "Where I landed to Dana Whitfield."
    html = client.get(f"/people/{dana().id}/draft/").content.decode()
    assert ">The news of your new job</option>" in html and "Where I landed" not in html
