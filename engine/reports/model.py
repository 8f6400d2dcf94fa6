"""What every CI report renders: subjects with their findings, input errors, the rules that ran.

A renderer (SARIF, JUnit, JSON Lines, GitHub annotations) reads an iterable of
:data:`ReportItem` (a :class:`SubjectResult` or an input :class:`RowError`) once, in order, so a
command can feed it while it evaluates: ``check --format jsonl`` never holds every decision. What
the renderer needs besides the items (date, rules, where a subject is written) is a
:class:`ReportContext`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from crossguard.engine.catalog import CatalogFileError, CatalogWarning, RowError, iter_catalog
from crossguard.engine.findings import Decision, Finding, decide
from crossguard.engine.models import CatalogEntry
from crossguard.engine.packs import Pack


@dataclass(frozen=True)
class RuleInfo:
    """One rule as a report describes it (SARIF ``tool.driver.rules``): what it checks and how to fix it."""

    id: str
    title: str
    severity: str
    pack_id: str
    pack_version: str
    subject_kind: str
    remediation: str
    references: tuple[str, ...]
    blocks_listing: bool
    reviews_listing: bool


def rule_infos(packs: Iterable[Pack], kinds: Callable[[str], bool] = lambda kind: True) -> list[RuleInfo]:
    """The rules of ``packs`` whose subject kind ``kinds`` accepts, sorted by id."""
    found = [
        RuleInfo(id=rule.spec.id, title=rule.spec.title, severity=rule.spec.severity.value, pack_id=rule.pack_id,
                 pack_version=rule.pack_version, subject_kind=rule.kind.name, remediation=rule.spec.remediation,
                 references=tuple(rule.spec.references), blocks_listing=rule.spec.blocks_listing,
                 reviews_listing=rule.spec.reviews_listing)
        for pack in packs for rule in pack.rules if kinds(rule.kind.name)
    ]
    return sorted(found, key=lambda info: info.id)


@dataclass(frozen=True)
class SubjectResult:
    """One checked subject: a listing with its decision, or a seller-level subject (decision None).

    ``suppressed`` maps a finding's fingerprint to why it is accepted (a register waiver): it is
    reported, marked as such, and neither decides the listing nor fails the run.
    """

    subject_kind: str
    subject: str
    findings: Sequence[Finding]
    decision: str | None = None
    sku: str | None = None
    marketplace: str | None = None
    market: str | None = None
    suppressed: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of_decision(cls, decision: Decision) -> SubjectResult:
        return cls("listing", decision.subject, decision.findings, decision.decision, decision.sku,
                   decision.marketplace, decision.market)

    def to_decision(self) -> Decision:
        """The check's own model again, for the text and ``crossguard.check/2`` renderers."""
        return Decision(subject=self.subject, sku=self.sku or "", marketplace=self.marketplace or "",
                        market=self.market or "", decision=self.decision or decide(list(self.findings)),
                        findings=list(self.findings))

    @property
    def active(self) -> list[Finding]:
        """The findings that count: every one but the suppressed."""
        return [f for f in self.findings if f.fingerprint not in self.suppressed]


class FileError(RowError):
    """A catalog file that cannot be read at all (missing, syntax, no CSV header): row 0, the whole file.

    The other files are still checked, and the report says this one was not.
    """

    def __str__(self) -> str:
        return self.reason


ReportItem = SubjectResult | RowError


def catalog_items(files: Iterable[Path], warnings: list[CatalogWarning]) -> Iterator[CatalogEntry | RowError]:
    """Entries and row errors in file order, as reports read a catalog: a file that cannot be read at
    all is one :class:`FileError` and the other files are still read."""
    for path in files:
        try:
            yield from iter_catalog([path], warnings)
        except CatalogFileError as error:
            yield FileError(path, 0, "", str(error))


@dataclass(frozen=True)
class Location:
    """Where a subject is written: a file, and its line where the format tells it."""

    file: Path
    line: int | None = None


@dataclass
class ReportContext:
    """What a renderer needs besides the items.

    ``warnings`` may still grow while the items are read (a catalog's ignored columns are known
    once its file is read); renderers that show them do so after the last item.
    """

    command: str
    at: date
    rules: Sequence[RuleInfo] = ()
    locate: Callable[[SubjectResult], Location | None] = lambda result: None
    tool_version: str = "0"
    warnings: list[CatalogWarning] = field(default_factory=list)
    notify: Callable[[str], None] = lambda text: None  # what a renderer warns about its own output
    scope: str = ""  # what part of the input this report covers ("DE", "DE+GB"), when a filter narrowed it

    def rule(self, rule_id: str) -> RuleInfo | None:
        return self._rules_by_id.get(rule_id)

    def __post_init__(self) -> None:
        self._rules_by_id = {info.id: info for info in self.rules}


def group_findings(findings: Iterable[Finding], rules: Sequence[RuleInfo] = (),
                   suppressed: Mapping[str, str] | None = None) -> list[SubjectResult]:
    """Findings (a scan's, from the register) as one result per subject, listings first.

    A listing's decision is recomputed from its findings that are not suppressed; whether a rule
    sends a listing to review comes from ``rules`` (the register keeps only whether it blocks).
    """
    review = {info.id for info in rules if info.reviews_listing}
    suppressed = suppressed or {}
    by_subject: dict[tuple[str, str], list[Finding]] = {}
    for finding in findings:
        if finding.rule_id in review and not finding.reviews_listing:
            finding = finding.model_copy(update={"reviews_listing": True})
        by_subject.setdefault((finding.subject_kind, finding.subject), []).append(finding)
    results = []
    for (kind, subject), found in sorted(by_subject.items(), key=lambda item: (item[0][0] != "listing", item[0])):
        mine = {f.fingerprint: suppressed[f.fingerprint] for f in found if f.fingerprint in suppressed}
        counted = [f for f in found if f.fingerprint not in mine]
        first = found[0]
        results.append(SubjectResult(kind, subject, found, decide(counted) if kind == "listing" else None,
                                     first.sku, first.marketplace, first.market, mine))
    return results


def error_location(error: RowError) -> Location:
    """An input error's file and line: YAML and JSON Lines know the line, a CSV row is its line."""
    line = error.line or (error.row if error.file.suffix.lower() == ".csv" else None)
    return Location(error.file, line or None)
