"""A CSV file's records, a bad one reported as such instead of ending the file or passing silently.

Catalogs and seller data are read with a strict ``csv.reader``: without it a quote that is never closed takes the
rest of the file into one cell, and the rows after it vanish with no word (the row that holds them fails on some
other field, or not at all).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record the csv module could not read; its row is reported, the rows after it are still read."""

    reason: str


def records(reader: Any) -> Iterator[list[str] | BadRecord]:
    """The reader's records (a strict reader), a bad one as :class:`BadRecord`.

    A quote that is never closed would otherwise take the rest of the file into one cell silently (later rows
    vanish, and the row that holds them fails on some other field): it is named by the line where it opened. A
    stray character after a closing quote (``"ok"x``) spoils that record alone. Any other csv error (a field past
    the csv module's limit) leaves the file unreadable, as before."""
    while True:
        opened = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            reason = str(error)
            if reason == "unexpected end of data":
                yield BadRecord(f"a quote opened on line {opened} is never closed: lines {opened}-{reader.line_num} "
                                "(the end of the file) were read as one cell, and the row is not read")
                return
            if "expected after" not in reason:
                raise
            yield BadRecord(f"line {reader.line_num}: {reason} (a cell's closing quote must end the cell)")
            continue
        yield cells


def header(reader: Any) -> list[str] | BadRecord | None:
    """The first record (the header row) read as :func:`records` reads rows, or None for an empty file.

    Read with a bare ``next(reader)``, a header the strict reader refuses ended the load with a csv.Error and no
    line (seller data: a traceback), where a lenient reader had read it as some other column name."""
    return next(records(reader), None)
