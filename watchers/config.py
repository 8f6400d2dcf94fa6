"""The ``watchers:`` section of config.yaml, as pydantic models.

Validated up front so a typo in a feed definition fails at start-up with a clear message rather
than as a silent "feed never polled". Relative paths are resolved against the config file's folder.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator, model_validator

from crossguard.engine.strict import StrictModel, country_codes, require_unique
from crossguard.rules import TOPICS_FILE


class FeedDefaults(StrictModel):
    """Polling policy shared by all feeds unless a feed overrides it."""

    interval: float = Field(3600, gt=0, description="Seconds between successful polls")
    timeout: float = Field(20, gt=0, description="Total seconds allowed for one fetch (connect + read)")
    max_bytes: int = Field(10_000_000, gt=0, description="Larger bodies are refused (and recorded)")
    backoff_base: float = Field(60, gt=0, description="First retry delay after a failure")
    backoff_cap: float = Field(6 * 3600, gt=0, description="Longest delay between retries of a failing feed")


class FeedConfig(StrictModel):
    """One feed to poll."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    url: str
    kind: str = Field("rss", description="Parser from watchers.parsers.FEED_KINDS: rss, atom, ecb-daily, ecb-rss")
    enabled: bool = True
    markets: list[str] = Field(
        default_factory=list,
        description="Store countries/regions the feed speaks for (US, GB, EU...); empty = any market",
    )
    topics: list[str] = Field(default_factory=list, description="Restrict tagging to these topics; empty = all")
    interval: float | None = Field(None, gt=0)
    timeout: float | None = Field(None, gt=0)
    max_bytes: int | None = Field(None, gt=0)
    sku_focus: str = Field(
        "best", pattern="^(best|all)$",
        description="best: name only the SKUs an item touches most closely (recalls are about particular "
        "products); all: every SKU in the touched groups (regulation changes apply to whole groups)",
    )
    alert_on_first_poll: bool = Field(
        False, description="Alert on items found by the very first poll (default: store them as a silent baseline)"
    )
    max_age_days: float | None = Field(None, gt=0, description="Items published longer ago than this never alert")

    @model_validator(mode="before")
    @classmethod
    def _moved_options(cls, value: object) -> object:
        if isinstance(value, dict) and "fx_move_pct" in value:
            raise ValueError("fx_move_pct moved to notifiers.sources.fx_moves.options.move_pct "
                             "(the watcher stores rates; the fx_moves alert source alerts on moves)")
        return value

    @field_validator("markets", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return country_codes(value)

    @field_validator("url")
    @classmethod
    def _http_only(cls, value: str) -> str:
        """urllib would also open file:// and ftp:// URLs; a feed is always fetched over HTTP(S)."""
        if not value.lower().startswith(("http://", "https://")):
            raise ValueError("feed url must start with http:// or https://")
        return value


class WatchConfig(StrictModel):
    """Everything ``crossguard watch`` needs."""

    catalog: list[Path] = Field(default_factory=list, description="Catalog files matched against feed items")
    topics: Path = TOPICS_FILE
    user_agent: str = "crossguard-watch/0.1 (+https://github.com/crossguard)"
    defaults: FeedDefaults = Field(default_factory=FeedDefaults)
    feeds: list[FeedConfig] = Field(default_factory=list)

    @field_validator("catalog", mode="before")
    @classmethod
    def _listify(cls, value: object) -> object:
        return [value] if isinstance(value, str | Path) else value

    @field_validator("feeds")
    @classmethod
    def _unique_names(cls, feeds: list[FeedConfig]) -> list[FeedConfig]:
        require_unique([f.name for f in feeds], "feed")
        return feeds

    def resolved(self, base: Path) -> WatchConfig:
        """Copy with relative paths made absolute against ``base`` (the config file's folder)."""
        return self.model_copy(
            update={
                "catalog": [p if p.is_absolute() else base / p for p in self.catalog],
                "topics": self.topics if self.topics.is_absolute() else base / self.topics,
            }
        )

    def interval(self, feed: FeedConfig) -> float:
        return feed.interval or self.defaults.interval

    def timeout(self, feed: FeedConfig) -> float:
        return feed.timeout or self.defaults.timeout

    def max_bytes(self, feed: FeedConfig) -> int:
        return feed.max_bytes or self.defaults.max_bytes
