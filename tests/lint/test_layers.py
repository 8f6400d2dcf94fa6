"""The layers point one way: every module's imports are read (ast) and checked against the order.

    rules (data) <- engine <- store <- register | watchers | accounts <- notifiers
        <- jobs (settings, usecases, migrations, feedserver) <- service <- commands, cli

A module may import its own layer and the layers below it; register, watchers and accounts are
peers that never import each other. The engine is pure: no database, no network, no HTTP framework.
import-linter cannot analyse the package_dir-mapped layout, hence this small reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {"crossguard": "crossguard", "crossguard.engine": "engine", "crossguard.register": "register",
           "crossguard.watchers": "watchers", "crossguard.accounts": "accounts",
           "crossguard.notifiers": "notifiers", "crossguard.service": "service",
           "crossguard.rules": "rules"}

#: Layers from the bottom up; a module belongs to the layer of its longest matching prefix.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("rules", ("crossguard.rules",)),
    ("engine", ("crossguard.engine",)),
    ("store", ("crossguard.store",)),
    ("register", ("crossguard.register",)),
    ("watchers", ("crossguard.watchers",)),
    ("accounts", ("crossguard.accounts",)),
    ("notifiers", ("crossguard.notifiers",)),
    ("jobs", ("crossguard.settings", "crossguard.usecases", "crossguard.store.migrations", "crossguard.feedserver")),
    ("service", ("crossguard.service",)),
    ("cli", ("crossguard.commands", "crossguard.cli", "crossguard.__main__", "crossguard")),
]
RANK = {name: index for index, (name, _) in enumerate(LAYERS)}
PEER_LAYERS = ("register", "watchers", "accounts")  # same height, and none may import another
PEERS = {frozenset({a, b}) for a in PEER_LAYERS for b in PEER_LAYERS if a != b}
PURE_FORBIDDEN = ("sqlalchemy", "alembic", "feedparser", "slack_sdk", "fastapi", "uvicorn", "starlette", "httpx",
                  "requests", "urllib.request", "http.client", "socket", "psycopg2")
TOP_LEVEL_NAMES = ("engine", "register", "watchers", "accounts", "notifiers", "service", "rules", "store")


def layer_of(module: str) -> str:
    best, best_len = "cli", -1
    for name, prefixes in LAYERS:
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best_len:
                best, best_len = name, len(prefix)
    return best


def height(layer: str) -> int:
    """The peers share the register's height; everything above sits one higher than the last of them."""
    if layer in PEER_LAYERS:
        return RANK["register"]
    return RANK[layer] - (len(PEER_LAYERS) - 1 if RANK[layer] > RANK["register"] else 0)


def modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package, folder in FOLDERS.items():
        for path in sorted((ROOT / folder).rglob("*.py")):
            parts = path.relative_to(ROOT / folder).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            name = ".".join((package, *parts))
            if package == "crossguard" and parts and parts[0] in FOLDERS.values():
                continue
            found[name] = path
    return found


def imports_of(module: str, path: Path) -> list[tuple[int, str]]:
    """(line, module) for every import, relative ones resolved, import_module("...") strings included."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            out.append((node.lineno, base))
            out.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names if alias.name != "*")
        elif isinstance(node, ast.Call) and _is_import_module(node):
            out.append((node.lineno, node.args[0].value))
    return out


def _is_import_module(call: ast.Call) -> bool:
    name = getattr(call.func, "attr", getattr(call.func, "id", None))
    first = call.args[0] if call.args else None
    return name == "import_module" and isinstance(first, ast.Constant) and isinstance(first.value, str)


def known(name: str, all_modules: dict[str, Path]) -> str | None:
    """The crossguard module an imported name refers to (a `from x import y` may name a function)."""
    while name and name not in all_modules:
        name = name.rpartition(".")[0]
    return name or None


def violations() -> list[str]:
    all_modules = modules()
    problems = []
    for module, path in all_modules.items():
        mine = layer_of(module)
        where = path.relative_to(ROOT)
        for line, imported in sorted(set(imports_of(module, path))):
            top = imported.split(".")[0]
            if top in TOP_LEVEL_NAMES:
                problems.append(f"{where}:{line}: imports top-level {imported!r}; use crossguard.{imported}")
                continue
            if mine == "engine" and any(imported == f or imported.startswith(f + ".") for f in PURE_FORBIDDEN):
                problems.append(f"{where}:{line}: the engine is pure but imports {imported}")
            target = known(imported, all_modules) if top == "crossguard" else None
            if target is None:
                continue
            theirs = layer_of(target)
            if frozenset({mine, theirs}) in PEERS or height(theirs) > height(mine):
                problems.append(f"{where}:{line}: {mine} imports {theirs} ({target})")
    return sorted(set(problems))


def test_layers_point_one_way() -> None:
    problems = violations()
    assert not problems, "backward imports:\n" + "\n".join(problems)


@pytest.mark.parametrize(("module", "expected"), [
    ("crossguard.engine.packs", "engine"), ("crossguard.store.db", "store"),
    ("crossguard.store.migrations.env", "jobs"), ("crossguard.register.scan.apply", "register"),
    ("crossguard.commands.scan", "cli"), ("crossguard.rules", "rules"), ("crossguard.settings", "jobs"),
])
def test_modules_are_placed_in_their_layer(module: str, expected: str) -> None:
    assert layer_of(module) == expected


def test_the_reader_sees_a_backward_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The checker itself can fail: an engine module importing the register is reported."""
    fake = tmp_path / "engine"
    fake.mkdir()
    (fake / "__init__.py").write_text("")
    (fake / "bad.py").write_text("from crossguard.register.models import FindingRow\nimport sqlalchemy\n")
    for folder in FOLDERS.values():
        if folder != "engine":
            (tmp_path / folder).mkdir(exist_ok=True)
    (tmp_path / "register").joinpath("models.py").write_text("")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    problems = violations()
    assert any("engine imports register" in p for p in problems)
    assert any("pure but imports sqlalchemy" in p for p in problems)
