"""Shared fixtures: one classifier for the whole session (building the automaton takes ~1 s).

It is the type classifier of the engine's process-wide default (``crossguard.engine.classify.Classifier.default()``,
the one `check`, `classify` and the in-process CLI tests use): the shipped files, built once per test process. A
test that needs the shipped vocabulary takes this fixture (or ``Classifier.default()``) rather than building its
own; a test that reads a vocabulary of its own builds that one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from crossguard.engine.classification import DEFAULT_TYPES, Classifier, ProductText, TypeResult
from crossguard.engine.classify import Classifier as EngineClassifier


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return EngineClassifier.default().types


@pytest.fixture(scope="session")
def classify(classifier: Classifier):
    """classify(title, **fields) -> TypeResult, for short tests."""

    def run(title: str, **fields: object) -> TypeResult:
        attributes = fields.pop("attributes", None)
        return classifier.classify(ProductText(title, **fields), attributes)  # type: ignore[arg-type]

    return run


@pytest.fixture
def edited_types(tmp_path: Path):
    """edited_types((old, new), ...) -> a copy of the shipped product_types.yaml with each `old` (found exactly once)
    replaced by `new`: a test that shows what a vocabulary entry does reads the file without it."""

    def edit(*edits: tuple[str, str]) -> Path:
        text = DEFAULT_TYPES.read_text(encoding="utf-8")
        for old, new in edits:
            assert text.count(old) == 1, old
            text = text.replace(old, new)
        path = tmp_path / "product_types.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return edit
