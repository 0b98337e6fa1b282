"""One line typed to add someone: "Name, Title at Organisation" (each part after the
name may be left out)."""

from __future__ import annotations

import re
from typing import NamedTuple


class QuickPerson(NamedTuple):
    name: str
    title: str = ""
    organisation: str = ""


_AT = re.compile(r"\s+(?:at|@)\s+|^\s*(?:at|@)\s+", re.IGNORECASE)


def read_line(line: str) -> QuickPerson:
    """"Dana Whitfield, Product Marketing Manager at Verdant Grid" → its three parts. The
    last " at " splits title from organisation ("Head of Data at Scale at Acme": the
    organisation is Acme); "Dana, at Acme" has no title."""
    name, _, rest = (" ".join(line.split())).partition(",")
    rest = rest.strip()
    found = list(_AT.finditer(rest))
    if not found:
        return QuickPerson(name.strip(), rest)
    last = found[-1]
    return QuickPerson(name.strip(), rest[: last.start()].strip(), rest[last.end() :].strip())


def read_command_line(text: str) -> QuickPerson | None:
    """The name given to `coffeechat add`, when it is the one-line form with an
    organisation ("Dana Whitfield, Product Marketing Manager at Verdant Grid"); None for a
    plain name, "Whitfield, Dana" or "Ray Lee, Jr." included (no organisation named)."""
    if "," not in text:
        return None
    found = read_line(text)
    return found if found.name and found.organisation else None
