"""No rules file repeats a mapping key (stop 63's review).

YAML keeps the last of two equal keys and says nothing: a second `fr:` list under one type's synonyms dropped the
first list's words, and an entry of the Google table with `default_classes` twice lost its first default. The loaders
use PyYAML's safe loaders, which accept this; this test reads every rules file with a safe loader that refuses it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

RULES = Path(__file__).resolve().parents[1] / "rules"


class _NoRepeatLoader(yaml.SafeLoader):
    """The safe loader, refusing a mapping that names one key twice."""


def _mapping(loader: _NoRepeatLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[object, int] = {}
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        line = key_node.start_mark.line + 1
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} repeated (first at line {seen[key]})", key_node.start_mark)
        seen[key] = line
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_NoRepeatLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _read(text: str) -> object:
    loader = _NoRepeatLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@pytest.mark.parametrize("path", sorted(RULES.glob("*.yaml")), ids=lambda p: p.name)
def test_no_rules_file_repeats_a_key(path):
    _read(path.read_text(encoding="utf-8"))


def test_the_check_refuses_a_repeated_key():
    with pytest.raises(yaml.constructor.ConstructorError, match="repeated"):
        _read("synonyms:\n  fr: [a]\n  fr: [b]\n")
