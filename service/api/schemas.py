"""Response and request models of the register API: what the OpenAPI schema shows clients."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, RootModel

from crossguard.register.queries import AuditEvent, RegisterFinding, ScanRunInfo
from crossguard.register.work import Comment


class EvidenceOut(BaseModel):
    field: str
    value: Any = None
    basis: str | None = Field(None, description="how a derived value was derived")


class FindingOut(BaseModel):
    id: int
    fingerprint: str
    status: str
    severity: str
    rule_id: str
    title: str
    pack: str
    pack_version: str
    subject_kind: str
    subject: str
    sku: str | None
    market: str | None
    marketplace: str | None
    message: str
    blocks_listing: bool
    owner: str | None
    due_date: date | None
    overdue: bool
    first_seen_at: datetime
    status_changed_at: datetime
    status_by: str
    waived_until: date | None
    waived_by: str | None
    waiver_reason: str | None

    @classmethod
    def of(cls, f: RegisterFinding, today: date) -> FindingOut:
        return cls(
            id=f.id, fingerprint=f.fingerprint, status=f.status, severity=f.severity, rule_id=f.rule_id,
            title=f.rule_title, pack=f.pack_id, pack_version=f.pack_version, subject_kind=f.subject_kind,
            subject=f.subject, sku=f.sku, market=f.market, marketplace=f.marketplace, message=f.message,
            blocks_listing=f.blocks_listing, owner=f.owner, due_date=f.due_date, overdue=f.overdue(today),
            first_seen_at=f.first_seen_at, status_changed_at=f.status_changed_at, status_by=f.status_by,
            waived_until=f.waived_until, waived_by=f.waived_by, waiver_reason=f.waiver_reason,
        )  # fmt: skip


class AuditEventOut(BaseModel):
    at: datetime
    actor: str
    action: str
    from_status: str | None
    to_status: str | None
    note: str | None
    scan_id: int | None

    @classmethod
    def of(cls, e: AuditEvent) -> AuditEventOut:
        return cls(at=e.at, actor=e.actor, action=e.action, from_status=e.from_status, to_status=e.to_status,
                   note=e.note, scan_id=e.scan_id)


class CommentOut(BaseModel):
    id: int
    at: datetime
    author: str
    body: str

    @classmethod
    def of(cls, c: Comment) -> CommentOut:
        return cls(id=c.id, at=c.at, author=c.author, body=c.body)


class FindingDetail(FindingOut):
    remediation: str
    references: list[str]
    evidence: list[EvidenceOut]
    history: list[AuditEventOut]
    comments: list[CommentOut]


class FindingPage(BaseModel):
    items: list[FindingOut]
    total: int = Field(description="findings matching the filter, over all pages")
    page: int
    per_page: int


class ScanOut(BaseModel):
    id: int
    started_at: datetime
    finished_at: datetime
    duration_s: float
    actor: str
    scan_date: date
    pack_versions: dict[str, str]
    entries: int
    listings: int
    evaluated: int
    produced: int
    new: int
    reopened: int
    resolved: int
    updated: int
    expired: int

    @classmethod
    def of(cls, r: ScanRunInfo) -> ScanOut:
        return cls(id=r.id, started_at=r.started_at, finished_at=r.finished_at, duration_s=r.duration_s,
                   actor=r.actor, scan_date=r.scan_date, pack_versions=r.pack_versions, entries=r.entries,
                   listings=r.listings, evaluated=r.evaluated, produced=r.produced, new=r.new, reopened=r.reopened,
                   resolved=r.resolved, updated=r.updated, expired=r.expired)


class SummaryOut(BaseModel):
    by_severity_status: dict[str, dict[str, int]] = Field(description="severity -> status -> findings")
    to_fix_by_market: dict[str, dict[str, int]] = Field(description="open or acknowledged: market -> severity -> n")
    to_fix_by_pack: dict[str, dict[str, int]] = Field(description="open or acknowledged: pack -> severity -> n")
    overdue: int
    latest_scan: ScanOut | None


# --- requests -------------------------------------------------------------------------------------


class NoteIn(BaseModel):
    note: str | None = None


class ResolveIn(BaseModel):
    note: str = Field(min_length=1, description="what was done")


class WaiveIn(BaseModel):
    reason: str = Field(min_length=1)
    until: date = Field(description="last day the waiver holds (inclusive, UTC)")


class AssignIn(BaseModel):
    owner: str | None = Field(None, description="empty or null clears the owner")
    due: date | None = Field(None, description="move the due date")


class CommentIn(BaseModel):
    text: str = Field(min_length=1, max_length=10_000)


# --- the pre-listing check's lines (POST /v1/check:batch, crossguard.jsonl/1) ----------------------


class RuleOut(BaseModel):
    """The rule a finding or an explanation is about."""

    rule_id: str
    title: str
    pack: str
    pack_version: str
    severity: str
    blocks_listing: bool


class CheckFindingOut(RuleOut):
    """A finding of the pre-listing check (``crossguard.check/2``), with the register's waiver."""

    subject_kind: str
    subject: str
    sku: str | None
    market: str | None
    marketplace: str | None
    reviews_listing: bool
    message: str
    remediation: str
    references: list[str]
    evidence: list[EvidenceOut]
    fingerprint: str
    waived: bool = Field(description="the register waives it: it does not decide the listing")
    waived_until: date | None = None
    waived_by: str | None = None
    waiver_reason: str | None = None


class DecisionLine(BaseModel):
    type: Literal["decision"]
    subject: str = Field(description="SKU@marketplace:MARKET")
    sku: str
    marketplace: str
    market: str
    decision: Literal["allow", "review", "block"]
    findings: list[CheckFindingOut]
    decision_without_waivers: Literal["allow", "review", "block"] | None = Field(
        None, description="present when the register's waivers changed the decision")


class InputErrorLine(BaseModel):
    type: Literal["input_error"]
    file: str = Field(description='"<request>"')
    row: int = Field(description="the item's position in the request, from 1")
    line: int | None = Field(description="its line in a JSON Lines body")
    field: str = Field(description="the field the problem is about; empty: the item as a whole")
    reason: str


class SummaryLine(BaseModel):
    type: Literal["summary"]
    schema_: Literal["crossguard.jsonl/1"] = Field(alias="schema")
    command: Literal["check:batch"]
    at: date
    subjects: int
    allowed: int
    review: int
    blocked: int
    findings: int
    input_errors: int
    warnings: list[str]


class BatchLine(RootModel[Annotated[DecisionLine | InputErrorLine | SummaryLine, Field(discriminator="type")]]):
    """One line of the answer: a decision per listing, an input error per unusable item or field, a summary last."""


# --- why a rule fired or not (GET /v1/explain, crossguard.explain/1) -----------------------------------


class LeafNode(BaseModel):
    type: Literal["leaf"]
    path: str
    outcome: bool
    field: str
    operator: str
    operand: Any = None
    present: bool
    value: Any = None
    basis: str | None = None


class GroupNode(BaseModel):
    type: Literal["all", "any"]
    path: str
    outcome: bool
    items: list[ConditionNode]


class NotNode(BaseModel):
    type: Literal["not"]
    path: str
    outcome: bool
    item: ConditionNode


ConditionNode = Annotated[LeafNode | GroupNode | NotNode, Field(discriminator="type")]


class GuardOut(BaseModel):
    guard: str = Field(description="subject, jurisdiction, a market or marketplace scope, a date bound")
    expected: Any = None
    value: Any = None
    passed: bool


class ExplanationOut(RuleOut):
    subject_kind: str
    fired: bool = Field(description="durable-rules' verdict")
    reason: str = Field(description="why it fired, or the first guard or leaf that kept it silent")
    guards: list[GuardOut]
    condition: ConditionNode | None = Field(description="null when a guard already failed")


class ExplainDocument(BaseModel):
    schema_: Literal["crossguard.explain/1"] = Field(alias="schema")
    at: date
    subject: str
    explanations: list[ExplanationOut]


GroupNode.model_rebuild()
NotNode.model_rebuild()


class CheckRequest(BaseModel):
    """One product with its listings, exactly as in a catalog file (listings may omit `sku` and
    may use `markets: [...]`); validated by the catalog's own path so there is one schema."""

    product: dict[str, Any]
    listings: list[dict[str, Any]] = Field(min_length=1)


#: The request body's schema in the OpenAPI document (the body itself is validated by the catalog loader).
CHECK_REQUEST_SCHEMA = CheckRequest.model_json_schema()
