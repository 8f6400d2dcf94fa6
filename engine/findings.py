"""What an evaluation produces: findings, and the allow/block decision for a listing.

A finding is the explainable unit everything downstream consumes (register, notifiers, API): it
names the rule and pack version that fired, the subject it fired on, the field values that made
it fire (evidence) and what to do about it.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Severity(StrEnum):
    critical = "critical"
    high = "high"
    medium = "medium"
    low = "low"
    info = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious; used for routing thresholds and sorting."""
        return SEVERITY_RANK[self]


SEVERITY_RANK = {
    Severity.critical: 4,
    Severity.high: 3,
    Severity.medium: 2,
    Severity.low: 1,
    Severity.info: 0,
}


class Evidence(BaseModel):
    """One field the rule read, with the value it had and, for derived fields, how it was derived.

    Frozen: the check shares one instance among the findings of every listing whose payload says the same
    (product facts cache, match memo plans), so a change to one would show in all of them.
    """

    model_config = ConfigDict(frozen=True)

    field: str
    value: Any = None
    basis: str | None = None


class Finding(BaseModel):
    """One rule firing on one subject."""

    rule_id: str
    rule_title: str
    pack_id: str
    pack_version: str
    subject_kind: str = Field(description="listing, entity, account_cluster, fx_position...")
    subject: str = Field(description="Stable subject key, e.g. 'SKU-1@amazon:DE'")
    sku: str | None = None
    market: str | None = None
    marketplace: str | None = None
    severity: Severity
    message: str
    remediation: str
    references: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    blocks_listing: bool = False
    reviews_listing: bool = False

    @property
    def fingerprint(self) -> str:
        """Identity of a finding across scans: the same rule on the same subject is the same finding."""
        return hashlib.sha256(f"{self.rule_id}\x1f{self.subject}".encode()).hexdigest()[:32]


ALLOW, REVIEW, BLOCK = "allow", "review", "block"


def decide(findings: list[Finding]) -> str:
    """block if any finding blocks the listing; else review if any sends it to review; else allow."""
    if any(f.blocks_listing for f in findings):
        return BLOCK
    return REVIEW if any(f.reviews_listing for f in findings) else ALLOW


class Decision(BaseModel):
    """Pre-listing verdict for one listing: allow, review (a person must look first) or block."""

    subject: str
    sku: str
    marketplace: str
    market: str
    decision: str = Field(description="allow, review or block")
    findings: list[Finding] = Field(default_factory=list)

    @property
    def blocked(self) -> bool:
        return self.decision == BLOCK

    @property
    def in_review(self) -> bool:
        return self.decision == REVIEW
