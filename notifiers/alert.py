"""The alert: what every source produces and every notifier renders.

An alert is a self-contained record (it is stored as JSON in the outbox), so a delivery retried a
day later after a restart renders exactly what was enqueued, even if the finding or feed item it
came from has changed since. Its ``key`` is the idempotency key: the same event must always yield
the same key, which is what makes enqueueing and sending exactly-once.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from crossguard.engine.findings import Evidence, Severity
from crossguard.store.clock import utcnow


class AlertKind(StrEnum):
    """What happened. Routes can filter on it."""

    finding_new = "finding_new"
    finding_reopened = "finding_reopened"
    waiver_expiring = "waiver_expiring"
    feed_item = "feed_item"
    fx_move = "fx_move"
    digest = "digest"


#: How each kind is named to a reader, whatever the transport.
KIND_LABEL = {
    AlertKind.finding_new: "New finding",
    AlertKind.finding_reopened: "Finding reopened",
    AlertKind.waiver_expiring: "Waiver expiring",
    AlertKind.feed_item: "Policy / recall feed",
    AlertKind.fx_move: "Exchange rate move",
    AlertKind.digest: "Digest",
}


#: The pack name feed-item alerts carry (they come from no rule pack); routes may filter on it.
FEEDS_PACK = "feeds"
#: SKUs an alert lists (strongest first); the rest are counted, with the command that lists them all.
MAX_PRODUCTS = 20


def ref_marker(key: str) -> str:
    """Short form of the idempotency key shown in a message (a transport may search for it)."""
    return f"cg:{key[:16]}"


def alert_key(*parts: object) -> str:
    """Stable idempotency key from the parts that identify one event (not its wording).

    Parts are joined with a unit separator so ("ab", "c") and ("a", "bc") differ.
    """
    raw = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]



class AlertProduct(BaseModel):
    """A SKU an alert concerns: its title, how sure the match is and why it matched."""

    sku: str
    title: str = ""
    strength: str | None = Field(None, description="exact, strong or possible (feed matches)")
    score: float | None = None
    reason: str = ""


class Alert(BaseModel):
    """One thing a human should hear about once."""

    key: str = Field(min_length=8, description="Idempotency key; see alert_key()")
    kind: AlertKind
    source: str = Field(description="Name of the alert source that produced it")
    severity: Severity
    title: str
    subject: str = Field(description="What it is about: a finding subject, a waiver, a feed item id")
    rule: str | None = Field(None, description="Rule id (and title) or feed topic that produced it")
    pack: str | None = None
    market: str | None = None
    skus: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    remediation: str | None = None
    link: str | None = None
    created_at: datetime = Field(default_factory=utcnow)
    children: list[Alert] = Field(default_factory=list, description="Members of a digest")
    products: list[AlertProduct] = Field(
        default_factory=list, description=f"SKUs with title and reason, strongest first (at most {MAX_PRODUCTS})")
    products_total: int = Field(0, description="SKUs concerned in all; those past `products` are listed by "
                                               "`crossguard alerts show ID --all`")
    digest: bool = Field(False, description="Send in the digest of a route that has one, whatever the severity "
                                            "(feed items whose matches are all `possible`)")

    @property
    def more_products(self) -> int:
        return max(self.products_total - len(self.products), 0)

    def more_command(self) -> str:
        """The command that lists every SKU of this alert."""
        return f"crossguard alerts show {ref_marker(self.key)} --all"

    def text(self) -> str:
        """One-line plain text: Slack's notification fallback and the console's headline."""
        bits = [f"[{self.severity.value.upper()}]", self.title]
        if self.skus:
            total = max(len(self.skus), self.products_total)
            shown = ", ".join(self.skus[:5]) + (f" (+{total - 5})" if total > 5 else "")
            bits.append(f"- SKUs: {shown}")
        return " ".join(bits)
