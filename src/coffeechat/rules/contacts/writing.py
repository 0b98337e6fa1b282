"""People written out as files other programs read: CSV (one row per person) and vCard
3.0 (what Google Contacts, Outlook and phones import, and this importer reads back)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from typing import Any

from coffeechat.rules.contacts.plan import FIELDS
from coffeechat.rules.contacts.vcard import CONNECTED_PROPERTY, PAST_PROPERTY, SOURCE_PROPERTY

# The CSV's columns, in order: the keys of `people --json`.
CSV_COLUMNS = ("name", *FIELDS, "stage", "last", "check_in_days", "added", "id", "uid")
LIST_SEPARATOR = "; "


def csv_text(people: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for person in people:
        writer.writerow([_cell(person.get(column)) for column in CSV_COLUMNS])
    return out.getvalue()


def _cell(value: Any) -> str:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(v) for v in value)
    return "" if value is None else str(value)


def vcards(people: Iterable[Mapping[str, Any]]) -> str:
    return "".join(vcard(person) for person in people)


def vcard(person: Mapping[str, Any]) -> str:
    """One card, 3.0, folded and escaped by vobject."""
    import vobject
    from nameparser import HumanName

    card = vobject.vCard()
    card.add("uid").value = f"urn:uuid:{person['uid']}"
    card.add("fn").value = person["name"]
    parsed = HumanName(person["name"])
    card.add("n").value = vobject.vcard.Name(
        family=parsed.last, given=parsed.first, additional=parsed.middle,
        prefix=parsed.title, suffix=parsed.suffix,
    )
    if person.get("organisation"):
        card.add("org").value = [person["organisation"]]
    for past in person.get("past_organisations", []):
        card.add(PAST_PROPERTY.lower()).value = past
    if person.get("title"):
        card.add("title").value = person["title"]
    for number, address in enumerate([person.get("email"), *person.get("other_emails", [])]):
        if address:
            line = card.add("email")
            line.value = address
            line.type_param = ["INTERNET", "PREF"] if number == 0 else ["INTERNET"]
    if person.get("phone"):
        card.add("tel").value = person["phone"]
    if person.get("linkedin_url"):
        card.add("url").value = person["linkedin_url"]
    if person.get("location"):
        card.add("adr").value = vobject.vcard.Address(city=person["location"])
    if person.get("notes"):
        card.add("note").value = person["notes"]
    if person.get("tags"):
        card.add("categories").value = list(person["tags"])
    if person.get("source"):
        card.add(SOURCE_PROPERTY.lower()).value = person["source"]
    if person.get("connected_on"):
        card.add(CONNECTED_PROPERTY.lower()).value = person["connected_on"]
    text: str = card.serialize()
    return text
