"""JUnit XML, the test report every CI system shows (Jenkins, GitLab, Azure DevOps, CircleCI...).

One test case per checked subject: a listing is ``classname`` marketplace:market, ``name`` its
subject (SKU@marketplace:MARKET); a seller-level subject is ``classname`` its kind. Outcomes:

* a blocked listing is a ``<failure type="block">``;
* a listing in review is a ``<failure type="review">``, not an ``<error>``: it was checked and
  may not go live until a person has looked, which is a failed check; JUnit's ``error`` means a
  test that could not run, and that is what an input error is;
* a seller-level subject with findings is a ``<failure type="findings">`` (``seller-check`` fails
  on any finding);
* a bad catalog row or unreadable file is a test case ``classname="input"`` with an ``<error>``;
* an allowed listing passes; its non-blocking findings are in ``<system-out>``.

The failure message names the deciding rules; the body has every finding with its file and line.
Suppressed (waived) findings are listed but decide nothing. The suite needs its counts before its
cases, so each case is written to a temporary file as it comes and the document is written at the
end: memory does not grow with the catalog (a scan reports every listing). Characters XML 1.0 cannot carry
(control characters from a catalog cell) are replaced with U+FFFD.
"""

from __future__ import annotations

import re
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import quoteattr

from crossguard.engine.catalog import RowError
from crossguard.engine.findings import BLOCK, REVIEW, Finding
from crossguard.engine.reports.model import ReportContext, ReportItem, SubjectResult

NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: object) -> str:
    return NOT_XML.sub("\ufffd", str(text))


def finding_text(finding: Finding, result: SubjectResult, where: str | None) -> str:
    marker = "blocks" if finding.blocks_listing else ("review" if finding.reviews_listing else "warns")
    lines = [f"[{finding.severity.value}] {finding.rule_id} ({marker}) {finding.rule_title}", f"  {finding.message}"]
    if finding.fingerprint in result.suppressed:
        lines.append(f"  waived: {result.suppressed[finding.fingerprint]}")
    lines.append(f"  fix: {finding.remediation}")
    lines.append(f"  see: {'; '.join(finding.references)}")
    if where:
        lines.append(f"  at: {where}")
    return "\n".join(lines)


def _outcome(result: SubjectResult) -> tuple[str, list[Finding]] | None:
    """The failure type and the findings that decide it, or None for a pass."""
    active = result.active
    if result.decision == BLOCK:
        return "block", [f for f in active if f.blocks_listing]
    if result.decision == REVIEW:
        return "review", [f for f in active if f.reviews_listing]
    if result.decision is None and active:
        return "findings", active
    return None


def testcase(result: SubjectResult, context: ReportContext) -> tuple[ET.Element, bool]:
    classname = f"{result.marketplace}:{result.market}" if result.subject_kind == "listing" else result.subject_kind
    case = ET.Element("testcase", {"classname": xml_text(classname), "name": xml_text(result.subject)})
    place = context.locate(result) if result.findings else None
    where = f"{place.file}:{place.line}" if place and place.line else (str(place.file) if place else None)
    body = "\n\n".join(finding_text(f, result, where) for f in result.findings)
    outcome = _outcome(result)
    if outcome is not None:
        kind, deciding = outcome
        rules = ", ".join(sorted({f.rule_id for f in deciding}))
        verb = {"block": "blocked by", "review": "sent to review by", "findings": "findings:"}[kind]
        message = xml_text(f"{result.subject} {verb} {rules}")
        ET.SubElement(case, "failure", {"type": kind, "message": message}).text = xml_text(body)
    elif body:
        ET.SubElement(case, "system-out").text = xml_text(body)
    return case, outcome is not None


def error_case(error: RowError) -> ET.Element:
    where = f"{error.file}:{error.line}" if error.line else f"{error.file}: row {error.row}"
    case = ET.Element("testcase", {"classname": "input", "name": xml_text(where)})
    ET.SubElement(case, "error", {"type": "input_error", "message": xml_text(str(error))}).text = xml_text(str(error))
    return case


def _start_tag(tag: str, attributes: dict[str, str]) -> str:
    return f"<{tag}" + "".join(f" {name}={quoteattr(xml_text(value))}" for name, value in attributes.items()) + ">"


def _indented(element: ET.Element, level: int) -> str:
    ET.indent(element, level=level)
    return "  " * level + ET.tostring(element, encoding="unicode") + "\n"


def render_junit(context: ReportContext, items: Iterable[ReportItem]) -> Iterator[str]:
    name = f"crossguard {context.command}"
    properties = ET.Element("properties")
    ET.SubElement(properties, "property", {"name": "at", "value": context.at.isoformat()})
    ET.SubElement(properties, "property", {"name": "crossguard_version", "value": context.tool_version})
    tests = failures = errors = 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as spool:
        for item in items:
            tests += 1
            if isinstance(item, RowError):
                spool.write(_indented(error_case(item), 2))
                errors += 1
                continue
            case, failed = testcase(item, context)
            spool.write(_indented(case, 2))
            failures += failed
        counts = {"tests": str(tests), "failures": str(failures), "errors": str(errors)}
        yield '<?xml version="1.0" encoding="UTF-8"?>\n'
        yield _start_tag("testsuites", {"name": name, **counts}) + "\n"
        yield "  " + _start_tag("testsuite", {"name": name, **counts, "skipped": "0"}) + "\n"
        yield _indented(properties, 2)
        spool.seek(0)
        while chunk := spool.read(1 << 16):
            yield chunk
    if context.warnings:
        warnings = ET.Element("system-err")
        warnings.text = xml_text("\n".join(f"warning: {w}" for w in context.warnings))
        yield _indented(warnings, 2)
    yield "  </testsuite>\n</testsuites>\n"
