"""What ``crossguard serve`` hands to every worker process: plain values, JSON in one variable.

With ``--workers N`` uvicorn starts N processes that each import the app by name, so the options
travel in ``$CROSSGUARD_SERVE_OPTIONS`` rather than as Python objects.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

ENV_OPTIONS = "CROSSGUARD_SERVE_OPTIONS"


@dataclass(frozen=True)
class ServiceOptions:
    db_url: str
    config: str | None = None  # configuration file (None: $CROSSGUARD_CONFIG, ./config.yaml, defaults)
    rules: list[str] = field(default_factory=list)  # rule pack files or folders (empty: the packaged packs)
    scheduler: bool = False  # run the scheduler in this process (one holds the lease and runs the jobs)

    @property
    def rule_paths(self) -> list[Path] | None:
        return [Path(p) for p in self.rules] or None

    def to_env(self) -> None:
        os.environ[ENV_OPTIONS] = json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServiceOptions:
        raw = os.environ.get(ENV_OPTIONS)
        if not raw:
            raise RuntimeError(f"${ENV_OPTIONS} is not set: start the service with `crossguard serve`")
        return cls(**json.loads(raw))
