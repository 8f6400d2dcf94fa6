"""A minimal product-types pack written to a temporary file, for loader tests (checks44, review44)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crossguard.engine.classification import Vocabulary, load_vocabulary

BASE = """
version: test
classes: {eee: "electrical"}
profiles:
  plain: {classes: {eee: [false, "not electrical"]}}
"""


def load(tmp_path: Path, text: str) -> tuple[Path, Callable[[], Vocabulary]]:
    """The pack (BASE plus `text`) written under `tmp_path`, and a call that loads it."""
    path = tmp_path / "types.yaml"
    path.write_text(BASE + text, encoding="utf-8")
    return path, lambda: load_vocabulary(path)
