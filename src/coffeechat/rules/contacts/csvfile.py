"""Reading a contacts CSV as exported: its encoding, a preamble before the header (LinkedIn
writes a "Notes:" paragraph of varying length), a byte-order mark, CRLF line ends,
quoted commas and doubled quotes, blank rows, and each row's line number in the file."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from coffeechat.rules.contacts.record import FileError

# How far down a header may be looked for: LinkedIn's preamble is a few lines.
HEADER_WITHIN = 40


def decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 (Outlook's "Unicode" CSV), or
    else Windows-1252, which is what Outlook on Windows writes by default."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@dataclass(frozen=True)
class Row:
    line: int  # where the row starts in the file
    cells: list[str]


@dataclass
class Table:
    header: list[str]
    header_line: int
    rows: Iterator[Row]


def _header_cells(line: str) -> list[str]:
    cells = next(csv.reader([line.lstrip("\ufeff")]), [])
    return [c.strip().lstrip("\ufeff") for c in cells]


def find_table(text: str, is_header: Callable[[list[str]], bool]) -> Table:
    """The header row (the first line `is_header` accepts, within the first lines) and
    an iterator over the rows under it; blank rows are left out."""
    lines = io.StringIO(text, newline="")
    for number, line in enumerate(lines, 1):
        if number > HEADER_WITHIN:
            break
        cells = _header_cells(line)
        if is_header(cells):
            return Table(cells, number, _rows(lines, number))
    raise FileError("no header row of a contacts file in its first lines")


def _rows(lines: io.StringIO, header_line: int) -> Iterator[Row]:
    reader = csv.reader(lines, strict=False)
    last = header_line
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:  # a NUL byte, a field past the size limit
            raise FileError(f"line {last + 1}: {error}") from None
        start, last = last + 1, header_line + reader.line_num
        if cells and any(c.strip() for c in cells):
            yield Row(start, cells)
