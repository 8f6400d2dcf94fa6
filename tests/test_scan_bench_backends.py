"""`make bench` runs `bench/scan_bench.py` with its default `--backend both`: without a PostgreSQL server it
must still measure SQLite (and say what it skipped) instead of stopping `make bench` before the workspace bench."""

from __future__ import annotations

import pytest

from bench.scan_bench import chosen_backends


def test_both_without_a_server_measures_sqlite_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert chosen_backends("both", None) == ["sqlite"]
    assert "postgresql: skipped" in capsys.readouterr().out


def test_both_with_a_server_and_an_explicit_backend_are_unchanged() -> None:
    assert chosen_backends("both", "postgresql+psycopg2://u@h/db") == ["sqlite", "postgresql"]
    assert chosen_backends("postgresql", None) == ["postgresql"]  # asked for explicitly: still refused in main()
