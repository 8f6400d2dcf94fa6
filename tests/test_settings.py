"""The one configuration loader: discovery order, defaults underneath, errors naming file and key,
and every command reading through it (the FX limits of `scan --data` included)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crossguard.cli import app
from crossguard.settings import DEFAULTS_FILE, SettingsError, find_config_file, load_settings, merged

ROOT = Path(__file__).resolve().parents[1]
AT = "2026-11-25"


def test_discovery_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    explicit, from_env = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert find_config_file(None, env={}) is None  # nothing: packaged defaults only
    (tmp_path / "config.yaml").write_text("{}")
    assert find_config_file(None, env={}) == Path("config.yaml")
    assert find_config_file(None, env={"CROSSGUARD_CONFIG": str(from_env)}) == from_env
    assert find_config_file(explicit, env={"CROSSGUARD_CONFIG": str(from_env)}) == explicit


def test_a_file_says_only_what_differs(tmp_path: Path) -> None:
    file = tmp_path / "config.yaml"
    file.write_text("watchers:\n  catalog: [cat.yaml]\nfx:\n  currencies: {USD: {max_unhedged: 1}}\n")
    loaded = load_settings(file, env={})
    assert loaded.watchers.catalog == [tmp_path / "cat.yaml"]  # relative to the file's folder
    assert loaded.watchers.feeds  # the packaged feeds are still there (mappings merge)
    assert loaded.fx.limits_for("USD").max_unhedged == 1
    assert loaded.fx.limits_for("GBP").max_unhedged is not None  # the default limits stay


def test_lists_replace_and_mappings_merge() -> None:
    assert merged({"a": {"x": 1, "y": 2}, "l": [1, 2]}, {"a": {"y": 3}, "l": [9]}) == {"a": {"x": 1, "y": 3}, "l": [9]}


@pytest.mark.parametrize(("text", "expected"), [
    ("watchers:\n  feeds: [{name: x, url: 'ftp://x'}]\n", "watchers.feeds.0.url"),
    ("fx:\n  max_unhedgd: 5\n", "fx.max_unhedgd"),
    ("notifiers:\n  routes: [{name: a}, {name: a}]\n", "duplicate route names"),
    ("- just a list\n", "top level must be a mapping"),
    ("fx: [unclosed\n", "not valid YAML"),
])
def test_errors_name_the_file_and_the_key(tmp_path: Path, text: str, expected: str) -> None:
    file = tmp_path / "bad.yaml"
    file.write_text(text)
    with pytest.raises(SettingsError) as caught:
        load_settings(file, env={})
    assert str(file) in str(caught.value) and expected in str(caught.value)


def test_the_packaged_defaults_validate() -> None:
    assert DEFAULTS_FILE.is_file()
    loaded = load_settings(DEFAULTS_FILE, env={})
    assert {f.name for f in loaded.watchers.feeds} >= {"cpsc-recalls", "ecb-rates"}


def test_scan_takes_fx_limits_from_crossguard_config_anywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run outside the repository: the FX limits come from $CROSSGUARD_CONFIG, not the repository's file."""
    monkeypatch.chdir(tmp_path)
    strict = tmp_path / "strict.yaml"
    strict.write_text("fx:\n  default: {max_unhedged: 1}\n  currencies: {}\n")
    loose = tmp_path / "loose.yaml"
    loose.write_text("fx:\n  default: {max_unhedged: 100000000}\n"  # the packaged USD entry merges in: override it
                     "  currencies: {USD: {max_unhedged: 100000000}}\n")
    counts = {}
    for name, file in (("strict", strict), ("loose", loose)):
        monkeypatch.setenv("CROSSGUARD_CONFIG", str(file))
        db = f"sqlite:///{tmp_path / (name + '.db')}"
        result = CliRunner().invoke(app, ["scan", "-c", str(ROOT / "examples" / "catalog.yaml"),
                                          "-d", str(ROOT / "examples" / "data"), "--db", db, "--at", AT, "-q",
                                          "-w", "1"])
        assert result.exit_code == 0, result.output
        export = CliRunner().invoke(app, ["register", "export", "-f", "json", "--db", db, "--rule", "FX-EXPO-001"])
        counts[name] = len(json.loads(export.output))
    assert counts["strict"] > 0 and counts["loose"] == 0


def test_a_bad_config_is_one_line_and_the_family_exit_code(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("fx:\n  default: {max_unhedged: -1}\n")
    scan = CliRunner().invoke(app, ["scan", "-c", str(ROOT / "examples" / "catalog.yaml"), "--config", str(bad),
                                    "--db", f"sqlite:///{tmp_path / 'x.db'}"])
    assert scan.exit_code == 1 and "fx.default.max_unhedged" in scan.output and "Traceback" not in scan.output
    seller = CliRunner().invoke(app, ["seller-check", "-d", str(ROOT / "examples" / "data"), "--config", str(bad)])
    assert seller.exit_code == 2 and "fx.default.max_unhedged" in seller.output
