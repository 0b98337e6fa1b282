"""The contacts CSVs coffeechat reads, declared once as data: the header that tells each
apart and which columns hold what. Adding a variant is adding an entry here."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from coffeechat.rules.contacts.record import Format


@dataclass(frozen=True)
class CsvFormat:
    """One exporter's CSV. Column names are as the exporter writes them; a pattern
    (`re`) names a numbered family of columns ("E-mail 1 - Value", "E-mail 2 - Value")."""

    format: Format
    label: str
    signature: frozenset[str]  # columns that, all present, tell this export apart
    first: str = ""
    middle: str = ""
    last: str = ""
    full: str = ""  # a whole-name column, used when the parts are empty
    emails: str = ""  # a pattern
    organisation: str = ""
    past_organisations: str = ""  # several in one cell, separated by `multi`
    title: str = ""
    websites: str = ""  # a pattern; a LinkedIn address among them is kept
    phones: str = ""  # a pattern
    location: tuple[str, ...] = ()  # joined with ", "
    notes: str = ""
    tags: str = ""
    connected_on: str = ""
    source: str = ""
    multi: str = ""  # how several values share a cell

    def columns(self, header: list[str], pattern: str) -> list[int]:
        if not pattern:
            return []
        wanted = re.compile(pattern)
        return [i for i, name in enumerate(header) if wanted.fullmatch(name)]


LINKEDIN = CsvFormat(
    Format.LINKEDIN,
    "LinkedIn Connections.csv",
    frozenset({"First Name", "Last Name", "URL", "Email Address", "Company", "Connected On"}),
    first="First Name",
    last="Last Name",
    emails="Email Address",
    organisation="Company",
    title="Position",
    websites="URL",
    connected_on="Connected On",
    source="linkedin",
)
GOOGLE = CsvFormat(
    Format.GOOGLE,
    "Google Contacts CSV",
    frozenset({"First Name", "Last Name", "Organization Name", "E-mail 1 - Value"}),
    first="First Name",
    middle="Middle Name",
    last="Last Name",
    full="File As",
    emails=r"E-mail \d+ - Value",
    organisation="Organization Name",
    title="Organization Title",
    websites=r"Website \d+ - Value",
    phones=r"Phone \d+ - Value",
    location=("Address 1 - City", "Address 1 - Region", "Address 1 - Country"),
    notes="Notes",
    tags="Labels",
    multi=" ::: ",
)
GOOGLE_LEGACY = replace(
    GOOGLE,
    label="Google Contacts CSV (the older export)",
    signature=frozenset({"Name", "Given Name", "Family Name", "Group Membership",
                         "E-mail 1 - Value"}),
    first="Given Name",
    middle="Additional Name",
    last="Family Name",
    full="Name",
    organisation="Organization 1 - Name",
    title="Organization 1 - Title",
    tags="Group Membership",
)
# Outlook's "Title" is Mr./Dr., the job is "Job Title".
OUTLOOK_DESKTOP = CsvFormat(
    Format.OUTLOOK,
    "Outlook CSV (Outlook for Windows)",
    frozenset({"First Name", "Last Name", "Company", "Job Title", "E-mail Address", "Categories"}),
    first="First Name",
    middle="Middle Name",
    last="Last Name",
    emails=r"E-mail( \d)? Address",
    organisation="Company",
    title="Job Title",
    websites="Web Page",
    phones=r"(Mobile|Business|Home|Primary|Other) Phone",
    location=("Business City", "Business State", "Business Country/Region"),
    notes="Notes",
    tags="Categories",
    multi=";",
)
OUTLOOK_COM = replace(
    OUTLOOK_DESKTOP,
    label="Outlook CSV (outlook.com)",
    signature=frozenset({"First Name", "Last Name", "Company", "Job Title", "E-mail Address"}),
    websites=r"(Personal )?Web Page",
    tags="",
    multi="",
)
# coffeechat's own columns, as `coffeechat export --format csv` writes them (lower case,
# lists separated by ";"), for a spreadsheet the user keeps: the one way a file gives
# past organisations in a CSV. No exporter writes them: LinkedIn's Connections.csv has
# the current Company only, Google and Outlook one organisation, and vCard has no
# property for a past one (ORG is the current organisation; coffeechat's own vCards carry
# them in X-COFFEECHAT-PAST-ORG lines, see vcard.py).
COFFEECHAT = CsvFormat(
    Format.CSV,
    "coffeechat CSV (columns named as coffeechat export writes them)",
    frozenset({"name"}),
    full="name",
    emails="email|other_emails",
    organisation="organisation",
    past_organisations="past_organisations",
    title="title",
    websites="linkedin_url",
    phones="phone",
    location=("location",),
    notes="notes",
    tags="tags",
    connected_on="connected_on",
    multi=";",
)

# Most particular first: the first whose signature the header holds is the file's.
CSV_FORMATS = (LINKEDIN, GOOGLE_LEGACY, GOOGLE, OUTLOOK_DESKTOP, OUTLOOK_COM, COFFEECHAT)


def csv_format_of(header: list[str], wanted: Format | None = None) -> CsvFormat | None:
    names = set(header)
    for candidate in CSV_FORMATS:
        if (wanted is None or candidate.format == wanted) and candidate.signature <= names:
            return candidate
    return None
