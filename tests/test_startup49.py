"""A pipeline's `crossguard check` starts fast (branch startup49, docs/startup.md): the command loads no database,
HTTP or Slack code; the vocabulary comes from a per-user cache that is never stale and never hides an error; rule
packs are read with libyaml's parser and every YAML error is still worded by the pure-Python one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest
import typer

from crossguard import cli
from crossguard.engine import yaml_lines
from crossguard.engine.classification import (
    DEFAULT_GOOGLE,
    DEFAULT_HS,
    DEFAULT_SHOPIFY,
    DEFAULT_TYPES,
    Classifier,
    VocabularyError,
    load_vocabulary,
    vocab_cache,
    vocabulary,
)
from crossguard.engine.yaml_lines import YamlError, load_located

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [DEFAULT_TYPES, DEFAULT_HS, DEFAULT_GOOGLE, DEFAULT_SHOPIFY]
TITLES = [  # (title, category): a few kinds, both languages, a shelf
    ("Tidewave Pulse 20 Bluetooth Speaker, 20 W, IPX7 waterproof", None),
    ("Kids Remote Control Car 2.4GHz with Rechargeable Battery", "Toys & Games > Remote Control Toys"),
    ("Cotton Baby Romper Short Sleeve 6-12 Months", None),
    ("无线蓝牙耳机 降噪 长续航", None),
    ("USB-C Charger 65W GaN Wall Plug", "Electronics > Power > Chargers"),
    ("Wooden Stacking Blocks for Toddlers", None),
]
HEAVY = ("sqlalchemy", "alembic", "slack_sdk", "apscheduler", "uvicorn", "starlette", "fastapi", "httpx")


def same(a: Any, b: Any, where: str = "vocabulary") -> None:
    """Equal, with the same types, dict orders and sequences all the way down."""
    assert type(a) is type(b), where
    if is_dataclass(a):
        for field in fields(a):
            same(getattr(a, field.name), getattr(b, field.name), f"{where}.{field.name}")
    elif isinstance(a, dict):
        assert list(a) == list(b), where
        for key in a:
            same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, tuple | list):
        assert len(a) == len(b), where
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{index}]")
    else:
        assert a == b, where


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(vocab_cache.ENV_CACHE_DIR, str(folder))
    monkeypatch.delenv(vocab_cache.ENV_CACHE, raising=False)
    return folder


@pytest.fixture(scope="module")
def from_sources() -> vocabulary.Vocabulary:
    return vocabulary.load_vocabulary_from_sources(*SOURCES)


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{vocab_cache.PREFIX}*{vocab_cache.SUFFIX}")) if folder.is_dir() else []


def no_sources(*_args: object) -> vocabulary.Vocabulary:
    raise AssertionError("the sources were read: the cache was not used")


class CountedSources:
    """In place of `load_vocabulary_from_sources` where a test asks whether the cache read the sources, not what they
    hold (that is `test_the_cache_is_used_...`'s): `vocabulary` every time, the calls counted. A whole load from the
    sources took about a second of CPU, and these tests made thirteen (ci52)."""

    def __init__(self, vocabulary: vocabulary.Vocabulary) -> None:
        self.vocabulary, self.calls = vocabulary, 0

    def __call__(self, *_args: object) -> vocabulary.Vocabulary:
        self.calls += 1
        return self.vocabulary


@pytest.fixture(scope="module")
def cache_file(from_sources, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache file `load_vocabulary(*SOURCES)` writes (its name and bytes), made once for the module."""
    folder = tmp_path_factory.mktemp("made-once")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(vocab_cache.ENV_CACHE_DIR, str(folder))
        patch.delenv(vocab_cache.ENV_CACHE, raising=False)
        patch.setattr(vocabulary, "load_vocabulary_from_sources", CountedSources(from_sources))
        assert load_vocabulary(*SOURCES) is from_sources
    (path,) = cache_files(folder)
    return path


# --- the vocabulary cache -----------------------------------------------------------------------------------------


def test_the_cache_is_used_and_gives_the_same_vocabulary_and_readings(cache: Path, from_sources, monkeypatch) -> None:
    first = load_vocabulary(*SOURCES)
    assert len(cache_files(cache)) == 1
    monkeypatch.setattr(vocabulary, "load_vocabulary_from_sources", no_sources)
    cached = load_vocabulary(*SOURCES)
    same(from_sources, first)
    same(from_sources, cached)
    # branches listed under their path, their id and their Chinese path stay one object each, as loaded
    assert all(cached.categories[info.segments] is info for info in cached.category_ids.values())
    assert all(cached.categories[info.segments] is info for info in cached.categories_zh.values())
    assert cached.hs_lookup("8518.22") == from_sources.hs_lookup("8518.22")
    built, read = Classifier(from_sources), Classifier(cached)
    for title, category in TITLES:
        a, b = built.shared_result(title, category), read.shared_result(title, category)
        assert (a.product_type, a.established, a.classes, a.basis) == (b.product_type, b.established, b.classes,
                                                                       b.basis), title


def test_changing_a_source_file_is_a_miss(tmp_path: Path, cache: Path, monkeypatch) -> None:
    types = tmp_path / "product_types.yaml"
    shutil.copy(DEFAULT_TYPES, types)
    before = load_vocabulary(types)
    assert "lighted_mirror" in before.types
    text = types.read_text(encoding="utf-8")
    types.write_text(text.replace("\n  - id: lighted_mirror\n", "\n  - id: vanity_mirror\n", 1), encoding="utf-8")
    after = load_vocabulary(types)
    assert "vanity_mirror" in after.types and "lighted_mirror" not in after.types
    assert len(cache_files(cache)) == 2
    types.write_text(text, encoding="utf-8")  # the first bytes again: the first file
    monkeypatch.setattr(vocabulary, "load_vocabulary_from_sources", no_sources)
    same(before, load_vocabulary(types))


def test_the_loaders_own_code_is_part_of_the_key(monkeypatch, tmp_path: Path) -> None:
    key = vocab_cache.cache_key(SOURCES)
    assert vocab_cache.cache_key(SOURCES) == key
    assert vocab_cache.cache_key([*SOURCES[:3], None]) != key  # a table not read
    fake = tmp_path / "classification"
    fake.mkdir()
    here = Path(vocab_cache.__file__).resolve().parent
    for name in vocab_cache.LOADER_SOURCES:
        shutil.copy(here / name, fake / name)
    (fake / "normalise.py").write_text((here / "normalise.py").read_text(encoding="utf-8") + "\n# edited\n")
    monkeypatch.setattr(vocab_cache, "__file__", str(fake / "vocab_cache.py"))
    assert vocab_cache.cache_key(SOURCES) != key


@pytest.mark.parametrize("damage", ["garbage", "truncated", "flipped", "empty", "other key"])
def test_a_damaged_cache_file_is_ignored_and_rewritten(cache: Path, cache_file: Path, from_sources, monkeypatch,
                                                       damage: str) -> None:
    cache.mkdir()
    path = cache / cache_file.name  # the file a load of the sources wrote, as it wrote it
    data = cache_file.read_bytes()
    path.write_bytes({"garbage": b"\x00\xff not a cache" * 100, "truncated": data[:len(data) // 2],
                      "flipped": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:], "empty": b"",
                      "other key": data.replace(vocab_cache.cache_key(SOURCES).encode(), b"0" * 64, 1)}[damage])
    sources = CountedSources(from_sources)
    monkeypatch.setattr(vocabulary, "load_vocabulary_from_sources", sources)
    assert load_vocabulary(*SOURCES) is from_sources and sources.calls == 1  # the damaged file was not read
    assert cache_files(cache) == [path] and vocab_cache.read(path, vocab_cache.cache_key(SOURCES)) is not None  # whole


def test_a_cache_folder_that_cannot_be_written_leaves_the_cache_off(tmp_path: Path, from_sources, monkeypatch) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(vocab_cache.ENV_CACHE_DIR, str(blocked / "cache"))
    sources = CountedSources(from_sources)
    monkeypatch.setattr(vocabulary, "load_vocabulary_from_sources", sources)
    for calls in (1, 2):
        assert load_vocabulary(*SOURCES) is from_sources and sources.calls == calls
    assert blocked.read_text() == "not a folder"


@pytest.mark.parametrize("value", ["off", "0", "false", "no", "OFF"])
def test_the_environment_turns_the_cache_off(cache: Path, from_sources, monkeypatch, value: str) -> None:
    monkeypatch.setenv(vocab_cache.ENV_CACHE, value)
    assert vocab_cache.cache_dir() is None
    sources = CountedSources(from_sources)
    monkeypatch.setattr(vocabulary, "load_vocabulary_from_sources", sources)
    for calls in (1, 2):
        assert load_vocabulary(DEFAULT_TYPES) is from_sources and sources.calls == calls
    assert cache_files(cache) == []


def test_where_the_cache_lives(tmp_path: Path) -> None:
    assert vocab_cache.cache_dir({"CROSSGUARD_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert vocab_cache.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "crossguard"
    assert vocab_cache.cache_dir({"XDG_CACHE_HOME": "relative/ignored"}) == Path.home() / ".cache" / "crossguard"
    assert vocab_cache.cache_dir({"CROSSGUARD_CACHE": "off", "CROSSGUARD_CACHE_DIR": str(tmp_path)}) is None


def test_only_the_newest_files_are_kept(cache: Path, tmp_path: Path) -> None:
    types = tmp_path / "types.yaml"  # a small vocabulary: what is kept does not depend on what a file holds
    types.write_text("version: t\nclasses: {eee: x}\ntypes:\n  - {id: lamp, synonyms: {en: [lamp]}}\n")
    small = vocabulary.load_vocabulary_from_sources(types)
    for index in range(vocab_cache.KEEP + 3):
        assert vocab_cache.write(cache / f"{vocab_cache.PREFIX}{index:032d}{vocab_cache.SUFFIX}", "k", small)
        os.utime(cache_files(cache)[-1], (index, index))
    assert [path.name[len(vocab_cache.PREFIX):][:32] for path in cache_files(cache)] == [
        f"{index:032d}" for index in range(3, vocab_cache.KEEP + 3)]  # the newest


def test_an_invalid_vocabulary_reports_its_errors_and_is_never_cached(tmp_path: Path, cache: Path) -> None:
    types = tmp_path / "product_types.yaml"
    good = DEFAULT_TYPES.read_text(encoding="utf-8")
    types.write_text(good, encoding="utf-8")
    load_vocabulary(types)  # a warm cache for this very path
    types.write_text(good.replace("en: [lego,", "en: ['wow! stuff', lego,", 1), encoding="utf-8")
    with pytest.raises(VocabularyError) as uncached:
        vocabulary.load_vocabulary_from_sources(types)
    for _ in range(2):
        with pytest.raises(VocabularyError) as cached:
            load_vocabulary(types)
        assert str(cached.value) == str(uncached.value) and "'wow! stuff'" in str(cached.value)
    assert len(cache_files(cache)) == 1  # only the good one
    types.write_text(good.replace("\nclasses:", "\nclasses: [\n", 1), encoding="utf-8")  # a YAML syntax error
    with pytest.raises(VocabularyError) as syntax:
        load_vocabulary(types)
    assert str(syntax.value).startswith(f"{types}: not valid YAML") and "line" in str(syntax.value)
    types.unlink()
    with pytest.raises(VocabularyError, match="cannot read"):
        load_vocabulary(types)


# --- what `crossguard check` imports --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["check", "examples/catalog.yaml", "--at", "2026-11-25"],
                                     ["classify", "examples/catalog.yaml"], ["validate"]])
def test_check_and_classify_load_no_database_http_or_slack_code(command: list[str], tmp_path: Path) -> None:
    script = ("import runpy, sys\n"
              f"sys.argv = ['crossguard', *{command!r}]\n"
              "try:\n    runpy.run_module('crossguard', run_name='__main__')\nexcept SystemExit:\n    pass\n"
              f"print(sorted(name for name in {HEAVY!r} if name in sys.modules), file=sys.stderr)\n")
    env = {**os.environ, vocab_cache.ENV_CACHE_DIR: str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.stderr.strip().splitlines()[-1] == "[]", done.stderr[-2000:]
    assert "TW-BTS-200" in done.stdout or "ok:" in done.stdout


def test_every_command_is_named_once_in_the_registry() -> None:
    modules = set(cli.COMMANDS.values())
    for module in modules:
        app = typer.Typer()
        __import__(f"crossguard.commands.{module}", fromlist=["register"]).register(app)
        names = set(typer.main.get_group(app).commands)
        assert names == {name for name, owner in cli.COMMANDS.items() if owner == module}, module
    listed = typer.main.get_command(cli.app)
    assert list(listed.list_commands(None)) == list(cli.COMMANDS)  # type: ignore[attr-defined, arg-type]


def test_the_cli_exits_with_the_commands_input_error_code() -> None:
    # cli.py keeps its own copy of EXIT_INPUT (importing _register would load SQLAlchemy): the two must not drift
    from crossguard.commands._register import EXIT_INPUT

    assert cli.EXIT_INPUT == EXIT_INPUT


# --- YAML read with libyaml's parser ---------------------------------------------------------------------------------


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    out = []
    for loader in (yaml_lines._FastLoader, None):
        monkeypatch.setattr(yaml_lines, "_FastLoader", loader)
        try:
            read = load_located(path)
            out.append(("ok", repr(read.data), read.lines))
        except YamlError as error:
            out.append(("error", str(error)))
    return out[0], out[1]


def test_every_shipped_yaml_reads_the_same_with_libyaml(monkeypatch) -> None:
    assert yaml_lines._FastLoader is not None or not hasattr(__import__("yaml"), "CSafeLoader")
    files = sorted(p for folder in ("rules", "examples") for p in (ROOT / folder).rglob("*.y*ml"))
    assert len(files) > 20
    for path in files:
        fast, pure = _both(path, monkeypatch)
        assert fast == pure, path


@pytest.mark.parametrize("text", [
    "rules:\n  - id: A\n    fires: [US?-DEMIN-001]\n",  # libyaml reads on past a `?` in a flow scalar
    "rules:\n  - {field: business_n?eed, eq: false}\n",
    "rules:\n\t- id: A\n",  # libyaml takes some tabs PyYAML refuses
    "a: |\t\n  text\n",
    "a: [1, 2\nb: 3\n",
    "a: &x [*x]\n",
    "a: 1\na: 2\n",
    "a: b: c\n",
    "a: \x07\n",
    "[" * 80 + "]" * 80 + "\n",
])
def test_yaml_errors_are_worded_as_the_pure_python_parser_words_them(text: str, tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "pack.yaml"
    path.write_text(text, encoding="utf-8")
    fast, pure = _both(path, monkeypatch)
    assert fast == pure
    assert pure[0] == "error"
