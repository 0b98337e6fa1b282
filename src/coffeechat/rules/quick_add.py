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
