"""GitHub Actions workflow commands: one annotation per finding on the catalog file and line.

``::error file=catalog.csv,line=3,title=EU-RED-001 ...::message``; critical and high findings are
``error``, medium ``warning``, low and info ``notice``; input errors are errors on their row.
Values are escaped as the Actions toolkit does (``%``, CR and LF in the message; also ``:`` and
``,`` in properties), so catalog text cannot end the command or start another. GitHub shows at
most 10 errors and 10 warnings per step in its summary, so annotations are written most severe
first (the whole list is kept to sort it), then one plain summary line. Waived findings are
not annotated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from crossguard.engine.catalog import RowError
from crossguard.engine.reports.model import Location, ReportContext, ReportItem, error_location

COMMANDS = {"critical": "error", "high": "error", "medium": "warning", "low": "notice", "info": "notice"}
INPUT_RANK = 5  # input errors first: the check did not see those rows


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(command: str, message: str, place: Location | None, title: str) -> str:
    properties = []
    if place is not None:
        properties.append(f"file={escape_property(place.file.as_posix())}")
        if place.line:
            properties.append(f"line={place.line}")
    properties.append(f"title={escape_property(title)}")
    return f"::{command} {','.join(properties)}::{escape_data(message)}"


def render_github(context: ReportContext, items: Iterable[ReportItem]) -> Iterator[str]:
    lines: list[tuple[int, int, str]] = []
    subjects = findings = errors = 0
    for item in items:
        if isinstance(item, RowError):
            errors += 1
            lines.append((INPUT_RANK, len(lines), annotation(
                "error", str(item), error_location(item), "crossguard: input error")))
            continue
        subjects += 1
        place = context.locate(item) if item.findings else None
        for finding in item.active:
            findings += 1
            message = f"{item.subject}: {finding.message}\nfix: {finding.remediation}"
            title = f"{finding.rule_id} {finding.rule_title}"
            lines.append((finding.severity.rank, len(lines), annotation(
                COMMANDS[finding.severity.value], message, place, title)))
    for _, _, text in sorted(lines, key=lambda line: (-line[0], line[1])):
        yield text + "\n"
    yield (f"crossguard {context.command} as of {context.at.isoformat()}: {subjects} subject(s) checked, "
           f"{findings} finding(s), {errors} input error(s)\n")
