"""s93: fewer instructions a cold classification, with what every product reads as unchanged.

The reader's rules are a plain class that the compiled build makes an extension type with typed C fields
(classifier.pxd), set by name from `_reader_rules`: its annotations, the names `_reader_rules` gives and the fields
the ``.pxd`` declares must be one list (compiled, the class keeps no annotations to check them by, and a field the
``.pxd`` lacks would fail only there). These tests read the sources (no compiler needed) and hold both ways.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from crossguard.engine.classification import Classifier

SOURCE = Path(__file__).resolve().parents[2] / "engine" / "classification" / "classifier.py"


def _rule_annotations(tree: ast.Module) -> list[str]:
    rules = next(node for node in tree.body if isinstance(node, ast.ClassDef) and node.name == "_ReaderRules")
    return [node.target.id for node in rules.body if isinstance(node, ast.AnnAssign)]


def _rule_arguments(tree: ast.Module) -> list[str]:
    reader = next(node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "_reader_rules")
    made = next(node for node in ast.walk(reader) if isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name) and node.func.id == "_ReaderRules")
    return [keyword.arg for keyword in made.keywords]


def _pxd_fields() -> list[str]:
    pxd = SOURCE.with_suffix(".pxd").read_text(encoding="utf-8")
    block = pxd[pxd.index("cdef class _ReaderRules:"):pxd.index("cdef class Classifier:")]
    return [name.strip() for line in re.findall(r"cdef public \w+ ([^#\n]+)", block) for name in line.split(",")]


def test_the_reader_rules_are_one_list_of_names() -> None:
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    annotated = _rule_annotations(tree)
    assert len(annotated) == len(set(annotated)) > 40
    assert sorted(_rule_arguments(tree)) == sorted(annotated)
    assert sorted(_pxd_fields()) == sorted(annotated)


def test_the_classifier_reads_its_rules_by_name(classifier: Classifier) -> None:
    rules = classifier._rules
    for name in _rule_annotations(ast.parse(SOURCE.read_text(encoding="utf-8"))):
        getattr(rules, name)  # set, as Python and compiled
    assert isinstance(rules.machines, frozenset) and isinstance(rules.kinds, dict)
