"""Each exporter's file, with its nasty cases, read as plain contacts (no database)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coffeechat.rules.contacts.detect import decode, format_of, read_contacts
from coffeechat.rules.contacts.invitation import read_invitations
from coffeechat.rules.contacts.record import Contact, FileError, Format, Reading, english_date

FILES = Path(__file__).parent / "files"


def read(name: str, wanted: Format | None = None) -> Reading:
    return read_contacts(decode((FILES / name).read_bytes()), name=name, wanted=wanted)


def by_name(reading: Reading) -> dict[str, Contact]:
    return {c.name: c for c in reading.contacts}


def test_it_reads_linkedin_past_its_notes_bom_and_crlf() -> None:
    raw = (FILES / "Connections.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNotes:") and b"\r\n" in raw
    reading = read("Connections.csv")
    assert reading.format == Format.LINKEDIN
    dana = reading.contacts[0]
    assert (dana.name, dana.organisation, dana.connected_on) == (
        "Dana Whitfield",
        "Verdant Grid",
        date(2024, 3, 12),
    )
    assert dana.linkedin_url == "https://www.linkedin.com/in/dana-whitfield-4b2a1"
    assert dana.source == "linkedin" and dana.line == 5


def test_it_keeps_quoted_commas_and_doubled_quotes_and_skips_blank_rows() -> None:
    people = by_name(read("Connections.csv"))
    assert people["Lee Chen, CPA"].organisation == "SolarLoop, Inc."
    assert people["Priya Raman"].title == 'Head of "Growth" Marketing'
    assert [c.line for c in read("Connections.csv").contacts] == [5, 6, 8, 9, 10, 12]


def test_a_row_without_a_name_is_left_out_and_said() -> None:
    reading = read("Connections.csv")
    assert [(e.line, e.reason) for e in reading.nameless] == [
        (11, "no name: the row is left out")
    ]


def test_most_linkedin_rows_have_no_email() -> None:
    emails = [c.emails for c in read("Connections.csv").contacts]
    assert emails.count([]) == 4


@pytest.mark.parametrize(
    ("name", "line", "field", "says"),
    [
        ("Connections-bad-date.csv", 6, "Connected On", "'31 Feb 2023' is not a date"),
        ("Connections-too-many-fields.csv", 3, "", "8 fields where the header has 7"),
        ("Connections-bad-email.csv", 3, "Email Address", "is not an e-mail address"),
        ("contacts-bad-email.vcf", 7, "EMAIL", "'hiro tanaka at northwind' is not an e-mail"),
    ],
)
def test_a_broken_row_names_its_line_and_field(name: str, line: int, field: str, says: str) -> None:
    reading = read(name)
    assert len(reading.errors) == 1
    error = reading.errors[0]
    assert (error.line, error.field) == (line, field) and says in error.reason
    assert error.where(name).startswith(f"{name}, line {line}")


def test_it_reads_google_contacts_with_several_values_in_a_cell() -> None:
    reading = read("google-contacts.csv")
    dana = by_name(reading)["Dana Whitfield"]
    assert reading.format == Format.GOOGLE
    assert dana.emails == [
        "dana.whitfield@verdantgrid.example",
        "dana@whitfield.example",
        "dana.w@gmail.example",
    ]
    assert dana.tags == ["mentors"]
    assert dana.notes == "Spoke at Cleantech Summit.\nPrefers mornings."
    assert dana.location == "Portland, OR, USA"
    assert by_name(reading)["Sam Ortiz"].phone == "+1 971-555-0101"


def test_it_reads_the_older_google_export() -> None:
    reading = read("google-contacts-legacy.csv")
    fatima = by_name(reading)["Fatima Haddad"]
    assert (fatima.organisation, fatima.title) == ("Northwind Storage", "Partnerships Lead")
    assert fatima.tags == ["networking"]
    assert fatima.linkedin_url == "http://linkedin.com/in/fatima-haddad/"


def test_it_reads_outlook_for_windows_in_windows_1252() -> None:
    raw = (FILES / "outlook-desktop.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    reading = read("outlook-desktop.csv")
    renee = reading.contacts[0]
    assert (renee.name, renee.title, renee.organisation) == (
        "Renée Lefèvre",
        "VP, Customer Insights",  # "Title" is Ms., the job is "Job Title"
        "Rainier Analytics",
    )
    assert renee.tags == ["mentors", "conference"]
    assert "“numbers tell stories”" in renee.notes


def test_an_exchange_directory_entry_is_not_an_address() -> None:
    victor = by_name(read("outlook-desktop.csv"))["Victor J. Nakamura"]
    assert victor.emails == []


def test_it_reads_outlook_com() -> None:
    kara = read("outlook-com.csv").contacts[0]
    assert kara.emails == ["kara.lindqvist@outlook.example", "kara@lindqvist.example"]
    assert kara.location == "Bellingham, WA"


def test_it_reads_vcards_3_and_4_folded_quoted_printable_with_photos() -> None:
    reading = read("contacts.vcf")
    people = by_name(reading)
    dana = people["Dana Whitfield"]
    assert dana.notes.endswith("heat-pump campaign; send the rebate article.")
    assert dana.tags == ["mentors", "climate"]
    aisha = people["Aïsha Bello"]
    assert aisha.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert aisha.linkedin_url == "https://www.linkedin.com/in/aisha-bello"
    jurgen = people["Jürgen Müller"]
    assert jurgen.organisation == "Grüne Energie Stiftung für Klima und Zukunft"
    assert [c.line for c in reading.contacts] == [1, 20, 34]
    assert [e.line for e in reading.nameless] == [43]


def test_a_card_cut_short_is_an_error_of_its_own() -> None:
    text = (FILES / "contacts-bad-email.vcf").read_text()
    cut = text + "BEGIN:VCARD\nVERSION:3.0\nFN:Half Card\nEMAIL:half@card.example\n"
    reading = read_contacts(cut, name="cut.vcf")
    assert [c.name for c in reading.contacts] == ["Grace Okafor"]
    assert [e.line for e in reading.errors] == [7, 13]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Connections.csv", Format.LINKEDIN),
        ("google-contacts.csv", Format.GOOGLE),
        ("google-contacts-legacy.csv", Format.GOOGLE),
        ("outlook-desktop.csv", Format.OUTLOOK),
        ("outlook-com.csv", Format.OUTLOOK),
        ("contacts.vcf", Format.VCARD),
    ],
)
def test_it_detects_the_format(name: str, expected: Format) -> None:
    assert read(name).format == expected


def test_a_format_that_does_not_fit_is_refused() -> None:
    with pytest.raises(FileError, match="is not a linkedin contacts export"):
        read("google-contacts.csv", wanted=Format.LINKEDIN)
    with pytest.raises(FileError, match="not a contacts export coffeechat knows"):
        read_contacts("just,some\nwords,here\n", name="notes.csv")


def test_a_calendar_is_told_by_its_first_line() -> None:
    assert format_of((FILES / "invite.ics").read_text(), "invite.txt") == Format.CALENDAR


@pytest.mark.parametrize(
    ("text", "day"),
    [("12 Mar 2024", date(2024, 3, 12)), ("1-Oct-2021", date(2021, 10, 1)),
     ("2024-03-12", date(2024, 3, 12))],
)
def test_it_reads_linkedin_dates(text: str, day: date) -> None:
    assert english_date(text) == day


def test_it_reads_an_invitation_in_local_time() -> None:
    (invitation,) = read_invitations((FILES / "invite.ics").read_text())
    assert invitation.organiser == ("Dana Whitfield", "dana.whitfield@verdantgrid.example")
    assert invitation.minutes == 30
    assert invitation.where == "https://meet.example.com/dana-alex"
    assert invitation.start.tzinfo is None
