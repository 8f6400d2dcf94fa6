"""The one configuration loader: every command that reads configuration goes through it.

Where the file comes from, first match wins: ``--config FILE``, ``$CROSSGUARD_CONFIG``,
``./config.yaml``, none. Whatever the user's file says is laid over the packaged defaults
(``crossguard/defaults.yaml``): mappings merge key by key, any other value (a list of feeds, a
number) replaces the default. Each section is validated by the model its package owns (watchers,
notifiers, fx), so a typo fails at start-up naming the file and the key. Relative paths in the
user's file are relative to that file's folder, so the configuration does not move with the
working directory. Secrets never come from here: the file names the environment variables.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from crossguard.accounts.config import AccessConfig
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.strict import StrictModel
from crossguard.engine.yaml_lines import YamlError, load_located
from crossguard.notifiers.config import NotifyConfig
from crossguard.register.config import RegisterConfig
from crossguard.usecases.scheduler_config import SchedulerConfig
from crossguard.watchers.config import WatchConfig

ENV_CONFIG = "CROSSGUARD_CONFIG"
DEFAULTS_FILE = Path(__file__).resolve().parent / "defaults.yaml"


class SettingsError(ValueError):
    """A configuration file that cannot be read or does not validate; the message names file and key."""


class DatabaseSettings(StrictModel):
    url: str | None = None


class ApiConfig(StrictModel):
    """The ``api:`` section: what one HTTP request may ask of ``crossguard serve`` (limits, timeouts).

    Its model sits here rather than in ``crossguard.service`` because the service is above the
    settings; the service reads it and the serve command hands the timeouts to uvicorn.
    """

    max_body_bytes: int = Field(10 * 1024 * 1024, ge=1024, description="largest request body; larger: 413")
    max_listings: int = Field(
        10_000, ge=1, description="listings one check request may hold (after `markets:` expansion); more: 413")
    slice_listings: int = Field(
        200, ge=1, description="listings evaluated per turn of the rules engine; requests take turns between slices")
    body_timeout_seconds: float = Field(30.0, gt=0, description="the whole request body must arrive within this")
    header_timeout_seconds: float = Field(
        10.0, gt=0, description="a connection must send a complete request head within this (also between requests)")
    keep_alive_seconds: int = Field(5, ge=1, description="an idle connection is closed after this")


class Settings(StrictModel):
    """The whole configuration; each section's model belongs to the package that uses it."""

    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    watchers: WatchConfig = Field(default_factory=WatchConfig)
    notifiers: NotifyConfig = Field(default_factory=NotifyConfig)
    fx: FxConfig = Field(default_factory=FxConfig)
    # "register" would shadow BaseModel.register (ABCMeta), hence the alias
    register_: RegisterConfig = Field(default_factory=RegisterConfig, alias="register")
    access: AccessConfig = Field(default_factory=AccessConfig)
    api: ApiConfig = Field(default_factory=ApiConfig)
    scheduler: SchedulerConfig = Field(default_factory=SchedulerConfig)
    law_dates: dict[str, date | None] = Field(
        default_factory=dict, description="Dates that wait for an act not yet adopted (rules' effective_from_config)"
    )


@dataclass(frozen=True)
class LoadedSettings:
    """Settings plus where they came from (None: the packaged defaults only)."""

    settings: Settings
    file: Path | None

    @property
    def base(self) -> Path:
        """The folder relative paths in the configuration are relative to."""
        return self.file.resolve().parent if self.file is not None else Path.cwd()

    def database_url(self, cli_url: str | None = None, env: Mapping[str, str] | None = None) -> str:
        """``--db`` > ``$CROSSGUARD_DB`` > ``database.url`` > ``./var/crossguard.db``."""
        from crossguard.store.db import resolve_db_url  # here: SQLAlchemy only for a command that opens a database

        return resolve_db_url(cli_url, config_url=self.settings.database.url, config_base=self.base, env=env)

    @property
    def watchers(self) -> WatchConfig:
        return self.settings.watchers

    @property
    def notifiers(self) -> NotifyConfig:
        return self.settings.notifiers

    @property
    def fx(self) -> FxConfig:
        return self.settings.fx

    @property
    def register(self) -> RegisterConfig:
        return self.settings.register_

    @property
    def scheduler(self) -> SchedulerConfig:
        return self.settings.scheduler

    @property
    def access(self) -> AccessConfig:
        return self.settings.access

    @property
    def api(self) -> ApiConfig:
        return self.settings.api

    @property
    def law_dates(self) -> dict[str, date | None]:
        return self.settings.law_dates


def find_config_file(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> Path | None:
    """``--config``, else ``$CROSSGUARD_CONFIG``, else ``./config.yaml`` if there is one."""
    env = os.environ if env is None else env
    if explicit is not None:
        return explicit
    if env.get(ENV_CONFIG):
        return Path(env[ENV_CONFIG])
    here = Path("config.yaml")
    return here if here.is_file() else None


def _read(path: Path) -> dict[str, Any]:
    try:
        document = load_located(path).data  # aliases and nesting bounded, errors with the line
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except YamlError as exc:
        raise SettingsError(f"not valid YAML: {exc}") from None
    if document is None:
        return {}
    if not isinstance(document, dict):
        raise SettingsError(f"{path}: the top level must be a mapping of sections")
    return document


def merged(defaults: Mapping[str, Any], overrides: Mapping[str, Any]) -> dict[str, Any]:
    """``overrides`` laid over ``defaults``: nested mappings merge, everything else replaces."""
    out = dict(defaults)
    for key, value in overrides.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def _problems(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        lines.append(f"{where}: {item['msg']}")
    return "; ".join(lines)


def load_settings(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> LoadedSettings:
    """Find, read, merge and validate the configuration; :class:`SettingsError` says what is wrong."""
    file = find_config_file(explicit, env)
    document = merged(_read(DEFAULTS_FILE), _read(file) if file is not None else {})
    try:
        settings = Settings.model_validate(document)
    except ValidationError as exc:
        raise SettingsError(f"{file or DEFAULTS_FILE}: {_problems(exc)}") from None
    loaded = LoadedSettings(settings, file)
    settings.watchers = settings.watchers.resolved(loaded.base)
    settings.scheduler = settings.scheduler.resolved(loaded.base)
    return loaded
