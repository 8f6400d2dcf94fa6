"""Shared fixtures: one classifier for the whole session (building the automaton takes ~1 s)."""

from __future__ import annotations

import pytest

from crossguard.engine.classification import Classifier, ProductText, TypeResult


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return Classifier.from_files()


@pytest.fixture(scope="session")
def classify(classifier: Classifier):
    """classify(title, **fields) -> TypeResult, for short tests."""

    def run(title: str, **fields: object) -> TypeResult:
        attributes = fields.pop("attributes", None)
        return classifier.classify(ProductText(title, **fields), attributes)  # type: ignore[arg-type]

    return run
