"""The ``scheduler:`` section of the configuration, apart from the scheduler itself (``crossguard.usecases.scheduler``,
which re-exports it): the settings validate it in every command, and must not import the jobs, the outbox and the
database with it (docs/startup.md)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from crossguard.engine.strict import StrictModel


class SchedulerConfig(StrictModel):
    """The ``scheduler:`` section. Every interval is in seconds; null switches that job off."""

    watch_every: int | None = Field(3600, ge=10, description="poll feeds, collect and deliver alerts")
    scan_every: int | None = Field(86400, ge=60, description="scan `catalog` (and `data`) into the register")
    waiver_reminders_every: int | None = Field(86400, ge=60, description="alert on waivers ending soon")
    digest_every: int | None = Field(3600, ge=60, description="send due digests and pending deliveries")
    catalog: list[Path] = Field(default_factory=list, description="catalog files the scan job reads")
    data: Path | None = Field(None, description="seller data folder the scan job reads")
    lease_seconds: int = Field(60, ge=10, description="a silent holder loses the lease after this long")

    def resolved(self, base: Path) -> SchedulerConfig:
        """Relative paths against the configuration file's folder."""
        return self.model_copy(update={"catalog": [p if p.is_absolute() else base / p for p in self.catalog],
                                       "data": self.data if self.data is None or self.data.is_absolute()
                                       else base / self.data})
