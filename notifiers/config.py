"""The ``notifiers:`` section of config.yaml: where alerts go and how hard we try.

Secrets are never part of this model: it names the environment variables that hold them
(``bot_token_env``, ``webhook_url_env``) so a config file can be committed and printed safely.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import Field, field_validator, model_validator

from crossguard.engine.findings import Severity
from crossguard.engine.strict import StrictModel, country_codes, require_unique
from crossguard.notifiers.alert import FEEDS_PACK, Alert, AlertKind
from crossguard.notifiers.slack.settings import SlackSettings


class Route(StrictModel):
    """Alerts matching every non-empty filter go to ``channel`` via ``notifier``.

    Alerts below ``min_severity`` are dropped from this route; alerts at or above ``min_severity``
    but below ``digest_below`` are batched into a periodic digest instead of posted one by one.
    """

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    notifier: str = Field("slack-bot", description="Key of notifiers.registry.NOTIFIERS")
    channel: str = Field("", description="Slack channel id (preferred) or name; ignored by webhook and console")
    secret_env: str | None = Field(
        None, description="Environment variable with this route's own bot token or webhook URL (default: slack.*_env)"
    )
    min_severity: Severity = Severity.info
    digest_below: Severity | None = Field(None, description="Severities below this go to the digest")
    packs: list[str] = Field(default_factory=list)
    markets: list[str] = Field(default_factory=list)
    kinds: list[AlertKind] = Field(default_factory=list)

    @field_validator("markets", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return country_codes(value)

    @model_validator(mode="after")
    def _digest_above_min(self) -> Route:
        if self.digest_below is not None and self.digest_below.rank <= self.min_severity.rank:
            raise ValueError(
                f"route {self.name}: digest_below ({self.digest_below.value}) must be above "
                f"min_severity ({self.min_severity.value}) or nothing would reach the digest"
            )
        return self

    def accepts(self, alert: Alert) -> bool:
        """Filters other than severity: pack, market and kind (empty list = any)."""
        if self.packs and (alert.pack or "") not in self.packs:
            return False
        if self.markets and (alert.market or "").upper() not in self.markets:
            return False
        return not (self.kinds and alert.kind not in self.kinds)


class DigestSettings(StrictModel):
    interval: float = Field(24 * 3600, gt=0, description="Flush a route's digest when its oldest item is this old")
    max_items: int = Field(50, gt=0, description="Items listed in one digest message (the rest are counted)")


class OutboxSettings(StrictModel):
    max_attempts: int = Field(20, gt=0, description="Transient failures before a delivery is marked failed")
    backoff_base: float = Field(5, gt=0)
    backoff_cap: float = Field(1800, gt=0)
    lease: float = Field(
        120, gt=0, description="Seconds a claimed delivery stays ours; must exceed the Slack timeout"
    )
    verify_window: float = Field(
        7 * 24 * 3600, gt=0, description="How far back conversations.history is searched for a lost post"
    )
    on_unverifiable: str = Field(
        "hold", pattern="^(hold|resend)$",
        description="After an ambiguous send we cannot check (webhook, missing history scope): hold = mark "
        "failed for a human, resend = accept a possible duplicate",
    )


class SourceSettings(StrictModel):
    enabled: bool = True
    days: int = Field(14, ge=0, description="waivers_expiring: how far ahead to look")
    max_per_feed: int = Field(
        20, ge=1, description="feed_items: alerts per feed per collection; the rest become one summary alert")
    options: dict[str, Any] = Field(default_factory=dict)


class NotifyConfig(StrictModel):
    slack: SlackSettings = Field(default_factory=SlackSettings)
    register_link: str | None = Field(
        None, description="URL of a finding in your register viewer, with {fingerprint}: finding and waiver "
        "alerts link there (none by default: a rule's references are citations, not URLs)")
    routes: list[Route] = Field(default_factory=list)
    digest: DigestSettings = Field(default_factory=DigestSettings)
    outbox: OutboxSettings = Field(default_factory=OutboxSettings)
    sources: dict[str, SourceSettings] = Field(default_factory=dict)

    @field_validator("register_link")
    @classmethod
    def _link_template(cls, value: str | None) -> str | None:
        if value is not None and (not value.startswith(("https://", "http://")) or "{fingerprint}" not in value):
            raise ValueError("register_link must be an http(s) URL containing {fingerprint}")
        return value

    def finding_link(self, fingerprint: str) -> str | None:
        """Where a reader of an alert can open the finding, if a register viewer is configured."""
        return self.register_link.replace("{fingerprint}", fingerprint) if self.register_link else None

    @field_validator("routes")
    @classmethod
    def _unique(cls, routes: list[Route]) -> list[Route]:
        require_unique([r.name for r in routes], "route")
        return routes

    @model_validator(mode="after")
    def _lease_covers_requests(self) -> NotifyConfig:
        if self.outbox.lease < 3 * self.slack.timeout:
            raise ValueError(
                f"outbox.lease ({self.outbox.lease:g}s) must be at least 3 x slack.timeout ({self.slack.timeout:g}s): "
                "a worker must never lose its claim while a request to Slack can still complete"
            )
        return self

    def route_pack_problems(self, pack_ids: Iterable[str]) -> list[str]:
        """Routes filtering on a pack no alert can carry: such a route silently receives nothing
        (the shipped `fx` route once said `fx` for pack `seller-fx`). ``pack_ids``: the rule packs."""
        known = {*pack_ids, FEEDS_PACK}
        return [f"notifiers.routes[{index}] ({route.name}): packs: {pack!r} is not a pack id; "
                f"known: {', '.join(sorted(known))}"
                for index, route in enumerate(self.routes) for pack in route.packs if pack not in known]

    def route(self, name: str) -> Route | None:
        return next((r for r in self.routes if r.name == name), None)

    def source_enabled(self, name: str) -> bool:
        settings = self.sources.get(name)
        return True if settings is None else settings.enabled
