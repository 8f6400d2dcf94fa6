"""Shared fixtures: a database URL for every backend the project supports, and register helpers.

``db_url`` runs a test once on SQLite (a fresh file) and once on PostgreSQL (a fresh database
created for the test and dropped after it). PostgreSQL comes from ``CROSSGUARD_TEST_PG_URL``
(a server URL whose role may create databases; ``.ci/run`` starts one and sets it). Without it the
PostgreSQL runs are skipped locally, and fail under CI (``CI`` set): CI must test both backends.
Select one backend with ``-m sqlite`` or ``-m postgresql``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from crossguard.engine.findings import Evidence, Finding, Severity
from crossguard.engine.models import CatalogEntry

PG_ENV = "CROSSGUARD_TEST_PG_URL"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite: runs against a SQLite file")
    config.addinivalue_line("markers", "postgresql: runs against a real PostgreSQL server")


def _postgres_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI"):
        pytest.fail(
            f"{PG_ENV} is not set under CI: the register's tests must run against PostgreSQL too "
            "(.ci/run starts a server and sets it)",
            pytrace=False,
        )
    pytest.skip(f"PostgreSQL not configured: set {PG_ENV}=postgresql+psycopg2://USER@127.0.0.1:PORT/DB")


@pytest.fixture(
    params=[
        pytest.param("sqlite", marks=pytest.mark.sqlite),
        pytest.param("postgresql", marks=pytest.mark.postgresql),
    ]
)
def db_url(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    """A URL to an empty database of each backend, private to the test."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'crossguard-test.db'}"
        return
    base = _postgres_base_url()
    name = f"cg_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture
def db_engine(db_url: str) -> Iterator[Engine]:
    """An engine on ``db_url`` with the schema migrated to head."""
    from crossguard.store.db import make_engine
    from crossguard.store.migrate import upgrade_to_head

    engine = make_engine(db_url)
    upgrade_to_head(engine)
    try:
        yield engine
    finally:
        engine.dispose()


# --- register helpers (importable: ``from tests.conftest import ...``) -----------------------------

SCAN_DAY = date(2026, 11, 25)


def make_entry(sku: str, markets: Sequence[str] = ("DE", "FR"), **product: Any) -> CatalogEntry:
    """A real catalog entry (engine models) with one listing per market."""
    fields: dict[str, Any] = {"sku": sku, "title": f"Product {sku}", **product}
    listings = [{"sku": sku, "marketplace": "amazon", "market": market, "has_image": True} for market in markets]
    return CatalogEntry.model_validate({"product": fields, "listings": listings})


def toy_findings(entry: CatalogEntry, at: date = SCAN_DAY) -> list[Finding]:
    """A tiny, fully predictable rule set over real entries, so tests can say exactly what a scan sees.

    * ``toy.no_cert`` (critical): a product with no certificate, on each listing;
    * ``toy.no_image`` (medium): a listing without an image;
    * ``toy.battery`` (high or, above 100 Wh, critical): a product with a battery, on each listing.
    """
    out: list[Finding] = []
    product = entry.product
    for listing in entry.listings:
        subject = f"{listing.sku}@{listing.marketplace}:{listing.market}"
        common = {"pack_id": "toy", "pack_version": "1.0", "subject_kind": "listing", "subject": subject,
                  "sku": listing.sku, "market": listing.market, "marketplace": listing.marketplace}  # fmt: skip
        if not product.certificates:
            out.append(Finding(
                rule_id="toy.no_cert", rule_title="No certificate", severity=Severity.critical,
                message=f"{product.sku} has no certificate", remediation="Upload the declaration of conformity",
                references=["Toy ref 1"], evidence=[Evidence(field="certificates", value=[])], **common,
            ))  # fmt: skip
        if listing.has_image is False:
            out.append(Finding(
                rule_id="toy.no_image", rule_title="No image", severity=Severity.medium,
                message=f"{listing.sku} in {listing.market} has no image", remediation="Add a product image",
                evidence=[Evidence(field="has_image", value=False)], **common,
            ))  # fmt: skip
        if product.battery is not None:
            wh = product.battery.capacity_wh or 0
            severity = Severity.critical if wh > 100 else Severity.high
            out.append(Finding(
                rule_id="toy.battery", rule_title="Battery rules", severity=severity,
                message=f"battery of {wh} Wh", remediation="Register with the battery EPR scheme",
                evidence=[Evidence(field="battery.capacity_wh", value=wh, basis="as declared")],
                blocks_listing=wh > 100, **common,
            ))  # fmt: skip
    return out


def toy_evaluate(batch: Sequence[CatalogEntry]) -> list[list[Finding]]:
    return [toy_findings(entry) for entry in batch]


def scan(engine: Engine, entries: Sequence[CatalogEntry], evaluate: Any = toy_evaluate, **kwargs: Any) -> Any:
    """Run a register scan with the toy rules (any keyword of ``run_scan`` may be overridden)."""
    from crossguard.register.scan import run_scan

    kwargs.setdefault("pack_versions", {"toy": "1.0"})
    kwargs.setdefault("scan_date", SCAN_DAY)
    kwargs.setdefault("catalog", ["test-catalog"])
    return run_scan(engine, entries, evaluate, **kwargs)


# --- Hypothesis --------------------------------------------------------------------------------
# Property tests (tests/test_properties.py) run derandomized with no example database, so a run is
# repeatable and `make test` stays fast; HYPOTHESIS_PROFILE=explore draws at random (with
# CROSSGUARD_PROPERTY_SCALE=N for N times as many examples).
from hypothesis import HealthCheck  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

hypothesis_settings.register_profile(
    "crossguard", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
hypothesis_settings.register_profile(
    "explore", deadline=None, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "crossguard"))
