"""Shared fixtures: one classifier for the whole session (building the automaton takes ~1 s).

It is the type classifier of the engine's process-wide default (``crossguard.engine.classify.Classifier.default()``,
the one `check`, `classify` and the in-process CLI tests use): the shipped files, built once per test process. A
test that needs the shipped vocabulary takes this fixture (or ``Classifier.default()``) rather than building its
own; a test that reads a vocabulary of its own builds that one.
"""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText, TypeResult
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
