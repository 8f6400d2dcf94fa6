"""``evidence_json`` is ``Evidence.model_dump`` written out for plain values: equal for every kind of value,
of the same types (orjson and ``json`` write them alike), and never sharing a list with the evidence, which
is frozen and shared among findings."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

import pytest

from crossguard.engine.findings import Evidence
from crossguard.engine.report import evidence_json


class Kind(StrEnum):
    radio = "radio"


VALUES: list[Any] = [None, 0, 7, 18.5, True, False, "", "lithium-ion", [], ["RED", "ROHS"], ["a", 1, None, 2.5],
                     ("CE",), {"scheme": "CE"}, date(2025, 1, 1), [date(2025, 1, 1)], [["nested"]], Kind.radio,
                     [Kind.radio]]


@pytest.mark.parametrize("value", VALUES, ids=repr)
@pytest.mark.parametrize("basis", [None, "classified: radio"])
def test_evidence_json_is_the_models_dump(value: Any, basis: str | None) -> None:
    item = Evidence(field="product.radio", value=value, basis=basis)
    written, dumped = evidence_json(item), item.model_dump()
    assert written == dumped
    assert list(written) == list(dumped)  # key order: the JSON text is the same
    assert type(written["value"]) is type(dumped["value"])
    if isinstance(value, list) and value:
        assert type(written["value"][0]) is type(dumped["value"][0])


def test_evidence_json_copies_a_list_value() -> None:
    item = Evidence(field="product.radio", value=["bluetooth"])
    evidence_json(item)["value"].append("wifi")
    assert item.value == ["bluetooth"]
