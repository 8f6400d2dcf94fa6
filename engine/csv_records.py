"""A CSV file's records, a bad one reported as such instead of ending the file or passing silently.

Catalogs and seller data are read with a strict ``csv.reader``: without it a quote that is never closed takes the
rest of the file into one cell, and the rows after it vanish with no word (the row that holds them fails on some
other field, or not at all). A record the strict reader refuses is read to its end as a lenient reader reads it
(:class:`StrictReader`), so the rest of it (a quoted cell over several lines after the bad one) is not taken for
rows of its own.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class BadRecord:
    """A record the csv module could not read; its row is reported, the rows after it are still read."""

    reason: str


class StrictReader:
    """A strict ``csv.reader`` over `lines` (``line_num`` and ``next`` as it has them) that can skip the rest of a
    record it refused.

    The strict reader drops a refused record's line at the bad character and starts the next record on the next
    line: a quoted cell after the bad one that goes on over more lines would be read as rows ("with lid",amazon,DE
    a row of SKU 'with lid"'). :meth:`skip_rest` reads on from the record's first line as the lenient reader does
    and stops where it ends the record.
    """

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._record: list[str] = []  # the lines of the record being read
        self._reader = csv.reader(self._tape(), strict=True)
        self._skipped = 0  # lines read past the strict reader (the ends of refused records)

    def _tape(self) -> Iterator[str]:
        record = self._record
        for line in self._lines:
            record.append(line)
            yield line

    @property
    def line_num(self) -> int:
        """Lines read so far."""
        return self._reader.line_num + self._skipped

    def __iter__(self) -> StrictReader:
        return self

    def __next__(self) -> list[str]:
        self._record.clear()
        return next(self._reader)

    def skip_rest(self) -> None:
        """After a refused record: read on to where a lenient reader ends it."""
        def rest() -> Iterator[str]:
            yield from read
            for line in self._lines:
                self._skipped += 1
                yield line

        read = list(self._record)
        next(csv.reader(rest()), None)


def records(reader: StrictReader) -> Iterator[list[str] | BadRecord]:
    """The reader's records, a bad one as :class:`BadRecord`.

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
            bad_line = reader.line_num
            reader.skip_rest()
            span = f"; the row is lines {opened}-{reader.line_num}" if reader.line_num > opened else ""
            yield BadRecord(f"line {bad_line}: {reason} (a cell's closing quote must end the cell{span})")
            continue
        yield cells


def header(reader: StrictReader) -> list[str] | BadRecord | None:
    """The first record (the header row) read as :func:`records` reads rows, or None for an empty file.

    Read with a bare ``next(reader)``, a header the strict reader refuses ended the load with a csv.Error and no
    line (seller data: a traceback), where a lenient reader had read it as some other column name."""
    return next(records(reader), None)
