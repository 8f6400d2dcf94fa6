"""Shared fixtures: a database URL for every backend the project supports, and register helpers.

``db_url`` runs a test once on SQLite (a fresh file) and once on PostgreSQL (a fresh database
created for the test and dropped after it). PostgreSQL comes from ``CROSSGUARD_TEST_PG_URL``
(a server URL whose role may create databases; ``.ci/run`` starts one and sets it). Without it the
PostgreSQL runs are skipped locally, and fail under CI (``CI`` set): CI must test both backends.
Select one backend with ``-m sqlite`` or ``-m postgresql``.

Speed (issue 16): creating and dropping a PostgreSQL database costs about two seconds on a server
with fsync on, so each test process keeps a small pool of databases; a test still gets one that is
empty and private to it (the previous user's connections are ended and every schema dropped before
it is handed out again), with ``synchronous_commit`` off (durability across a server crash is not
under test). ``db_engine`` on SQLite starts from a copy of a file migrated once per test process.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, time, timedelta
from time import sleep
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url

from crossguard.engine.findings import Evidence, Finding, Severity
from crossguard.engine.models import CatalogEntry
from crossguard.register.lifecycle import today_utc
from crossguard.store.clock import utcnow
from tests.vocabulary_memo import memoised_reader

PG_ENV = "CROSSGUARD_TEST_PG_URL"

# A test's output must not depend on the terminal that started pytest: the CLI's consoles take their
# width from COLUMNS when they are created (pytest-xdist's workers have COLUMNS=80). Tests that need
# a width pass it to CliRunner.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite: runs against a SQLite file")
    config.addinivalue_line("markers", "postgresql: runs against a real PostgreSQL server")


#: The modules whose tests take longest (a wheel built and installed, real ``crossguard`` processes and servers, a
#: browser, child scans killed on purpose), longest first. They are collected before the rest, so that under
#: ``make test`` (``--dist worksteal``) the worker that takes them starts them at once, each module whole on one
#: worker (its module fixtures built once), while the other works through the short tests; the run then ends on
#: short tests, with no worker left waiting for one long test at the end (they came last in name order).
LONG_FIRST = ("tests/test_packaging.py", "tests/test_scan_worker_death.py", "tests/test_workspace_cli.py",
              "tests/test_workspace_browser.py", "tests/test_compiled.py", "tests/test_simulate.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    rank = {module: place for place, module in enumerate(LONG_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.partition("::")[0], len(LONG_FIRST)))  # stable: else as found


#: Longer than any one test that reads the day takes; a test starting closer than this to midnight UTC waits.
MIDNIGHT_MARGIN = timedelta(seconds=90)


def wait_before_starting(now: datetime) -> float:
    """Seconds a test starting at ``now`` waits so that it starts on the next UTC day: none unless midnight is
    closer than ``MIDNIGHT_MARGIN``, else until half a second past it."""
    midnight = datetime.combine(now.date() + timedelta(days=1), time(), tzinfo=UTC)
    return (midnight - now).total_seconds() + 0.5 if midnight - now < MIDNIGHT_MARGIN else 0.0


@pytest.fixture(autouse=True)
def _one_utc_day_per_test() -> None:
    """No test runs across midnight UTC: a test that takes ``today`` and the code it calls (which asks the
    clock again) then agree on the day. Before this, a run that crossed midnight failed 19 register tests."""
    if wait := wait_before_starting(utcnow()):
        sleep(wait)


@pytest.fixture
def today() -> date:
    """The UTC day the register judges waivers and due dates against, read once the test has started."""
    return today_utc()


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


class _PostgresPool:
    """Empty PostgreSQL databases for this test process, reused after being wiped (see the module doc)."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT")
        self.free: list[str] = []
        self.made: list[str] = []

    def url(self, name: str) -> str:
        return make_url(self.base).set(database=name).render_as_string(hide_password=False)

    def take(self) -> str:
        if self.free:
            return self.free.pop()
        name = f"cg_test_{uuid.uuid4().hex[:16]}"
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
            conn.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
        self.made.append(name)
        return name

    def give_back(self, name: str) -> None:
        """End every connection the test left, drop every schema; a database that resists is dropped."""
        try:
            with self.admin.connect() as conn:
                conn.exec_driver_sql(
                    "SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                    "WHERE datname = %(name)s AND pid <> pg_backend_pid()", {"name": name})
            wipe = create_engine(self.url(name), isolation_level="AUTOCOMMIT")
            try:
                with wipe.connect() as conn, conn.connection.cursor() as cursor:
                    cursor.execute(_WIPE_SQL)  # no parameters: the driver leaves its % signs alone
            finally:
                wipe.dispose()
        except Exception:
            self.drop(name)
            raise
        self.free.append(name)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.made.remove(name)

    def close(self) -> None:
        for name in list(self.made):
            self.drop(name)
        self.admin.dispose()


_WIPE_SQL = """
DO $$
DECLARE s text;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'
    LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
    CREATE SCHEMA public;
END $$;
"""


@pytest.fixture(scope="session")
def _postgres_pool() -> Iterator[_PostgresPool]:
    pool = _PostgresPool(_postgres_base_url())
    try:
        yield pool
    finally:
        pool.close()


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
    pool: _PostgresPool = request.getfixturevalue("_postgres_pool")
    name = pool.take()
    yield pool.url(name)
    pool.give_back(name)


@pytest.fixture(scope="session")
def _migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite file at the newest schema, made once per test process (copied by ``db_engine``)."""
    from crossguard.store.db import make_engine
    from crossguard.store.migrate import upgrade_to_head

    path = tmp_path_factory.mktemp("migrated") / "template.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()
    assert not any(path.parent.glob("template.db-*")), "the migrated template has a journal left over"
    return str(path)


@pytest.fixture
def db_engine(db_url: str, request: pytest.FixtureRequest) -> Iterator[Engine]:
    """An engine on ``db_url`` with the schema migrated to head."""
    from crossguard.store.db import make_engine
    from crossguard.store.migrate import upgrade_to_head

    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        shutil.copy(request.getfixturevalue("_migrated_sqlite"), url.database)  # keeps the file's mode
    engine = make_engine(db_url)
    upgrade_to_head(engine)  # a no-op on the copy; migrates PostgreSQL
    try:
        yield engine
    finally:
        engine.dispose()


# --- the vocabulary cache in the run's own folder -----------------------------------------------------
# `load_vocabulary` keeps the checked vocabulary in a per-user cache (engine/classification/vocab_cache.py,
# ~/.cache/crossguard by default). The suite must not write into the home of whoever runs it: every test process,
# and the `crossguard` processes it starts (they inherit the environment), use a folder under pytest's base temp.
@pytest.fixture(scope="session", autouse=True)
def _vocabulary_cache_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    from crossguard.engine.classification import vocab_cache

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(vocab_cache.ENV_CACHE_DIR, str(tmp_path_factory.mktemp("vocabulary-cache")))
        yield


# --- parsed YAML, once per content -----------------------------------------------------------------
# Most of the suite's in-process CPU went to parsing the same rule packs again: every `check`, `scan`,
# `validate` run through CliRunner loads them with the line-tracking YAML loader (libyaml parses since stop 49, and
# Python builds the values and their lines; the pure-Python parser took ~0.17 s a time). The modules that read YAML
# get a memo keyed on the file's path and exact bytes: any new content (a test's own files, an edited pack) is parsed
# for real, and the result is a deep copy. Tests of the loader itself import ``crossguard.engine.yaml_lines``
# directly, unmemoised.
_YAML_READERS = ("crossguard.engine.packs", "crossguard.engine.catalog", "crossguard.engine.seller.loaders",
                 "crossguard.engine.reports.locate", "crossguard.settings")


def _memoised_load_located(real: Any) -> Any:
    import copy
    from pathlib import Path

    from crossguard.engine.yaml_lines import LocatedYaml

    parsed: dict[tuple[str, bytes], LocatedYaml] = {}

    def load_located(file: Path) -> LocatedYaml:
        try:
            key = (str(file), Path(file).read_bytes())
        except OSError:
            return real(file)  # the real loader words the error
        if key not in parsed:
            parsed[key] = real(file)  # a YamlError is raised, not kept
        done = parsed[key]
        return LocatedYaml(file, copy.deepcopy(done.data), dict(done.lines))

    return load_located


@pytest.fixture(scope="session", autouse=True)
def _parse_yaml_once() -> Iterator[None]:
    import importlib

    from crossguard.engine.yaml_lines import load_located

    memo = _memoised_load_located(load_located)
    with pytest.MonkeyPatch.context() as patch:
        for name in _YAML_READERS:
            module = importlib.import_module(name)
            assert module.load_located is load_located, f"{name} no longer reads YAML with load_located"
            patch.setattr(module, "load_located", memo)
        yield


# The classifier's vocabulary is parsed with `yaml.safe_load` when the vocabulary cache misses (every test that
# loads a vocabulary of its own): `product_types.yaml` alone (560 KB) took 2-7 s a time depending on the load, three
# quarters of `Classifier.from_files()`. A test process builds
# classifiers many times (the default classifier, the classification tests' session one, module fixtures, tests
# that load a vocabulary with a table of their own). The same memo: keyed on the file's exact bytes (wherever it
# lies: a test's unedited copy is the shipped file), a fresh copy each time (unpickled: every call gets objects of its
# own, as a parse gives), errors never kept. Since ci52 a file not seen before is read from its pieces (each top-level
# block, each item of a list block), each parsed once per process: a test's edited copy parses only what it edited
# (tests/vocabulary_memo.py says when the pieces are not used and the whole file is parsed by the real reader).
def _parse_vocabulary_text(text: str) -> object:
    from crossguard.engine.classification import vocabulary

    return vocabulary.parse_checked(text, "<piece>")  # a key written twice in a piece: the whole text is read


@pytest.fixture(scope="session", autouse=True)
def _parse_vocabulary_once() -> Iterator[None]:
    from crossguard.engine.classification import vocabulary

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vocabulary, "_read_yaml", memoised_reader(vocabulary._read_yaml, _parse_vocabulary_text))
        yield


@pytest.fixture(scope="session", autouse=True)
def _build_each_cli_once() -> Iterator[None]:
    """CliRunner turns the Typer app into a click command on every invoke (~0.06 s, hundreds of times).

    The command is built once per app and its registered commands and groups; no test adds commands.
    """
    import weakref

    import typer.testing

    real = typer.testing._get_command
    built: weakref.WeakKeyDictionary[Any, tuple[tuple[int, int], Any]] = weakref.WeakKeyDictionary()

    def get_command(app: Any) -> Any:
        shape = (len(app.registered_commands), len(app.registered_groups))
        if app not in built or built[app][0] != shape:
            built[app] = (shape, real(app))
        return built[app][1]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(typer.testing, "_get_command", get_command)
        yield


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
