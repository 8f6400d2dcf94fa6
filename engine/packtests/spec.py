"""The pack test file format, and loading it with a file:line for every problem.

    pack: eu-ce                  # the pack's id
    at: 2026-11-25               # default evaluation date of the cases
    cases:
      - name: Bluetooth speaker without a RED declaration
        product:                 # a catalog product with its listings (the catalog schema)
          {sku: T-1, title: Speaker, radio: [bluetooth], listings: [{marketplace: amazon, market: DE}]}
        fires: [EU-RED-001]      # must fire (on at least one subject of the case)
        silent: [EU-RED-002]     # must not fire; `silent: others` = every other rule of the pack
      - name: ...
        at: 2016-06-12           # this case's date
        law_dates: {battery_label_from: 2027-02-18}   # configured law dates (default: none set)
        data:                    # seller data instead of a product: the data folder's kinds as lists
          entities: [{name: Acme GmbH, country: DE}]
          sales: [...]
          rates: [{currency: USD, date: 2026-11-20, rate: 1.05}]
        fx: {base_currency: EUR}  # the configuration's fx section (default: packaged limits)
        subject: entity:Acme GmbH/vat-oss   # only this subject's findings and facts count
        fires: [VAT-OSS-001]

A bad case is reported with its line and the other cases still run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from crossguard.engine.packs import PackIssue, read_located
from crossguard.engine.seller.config import FxConfig
from crossguard.engine.seller.data import INPUT_KINDS
from crossguard.engine.strict import StrictModel
from crossguard.engine.yaml_lines import LocatedYaml
from crossguard.rules import RULES_DIR

#: The packaged pack tests, beside the packs they test.
TESTS_DIR = RULES_DIR / "tests"
#: Seller-data inputs a case may give: the data folder's kinds, and exchange rates.
DATA_KEYS = (*INPUT_KINDS, "rates")
OTHERS = "others"


class CaseSpec(StrictModel):
    name: str = Field(min_length=1)
    at: date | None = None
    law_dates: dict[str, date | None] = Field(default_factory=dict)
    product: dict[str, Any] | None = None
    data: dict[str, list[Any]] | None = None
    fx: FxConfig | None = None
    subject: str | None = None
    fires: list[str] = Field(default_factory=list)
    silent: list[str] | Literal["others"] = Field(default_factory=list)

    @field_validator("data")
    @classmethod
    def _data_keys(cls, value: dict[str, list[Any]] | None) -> dict[str, list[Any]] | None:
        unknown = sorted(set(value or {}) - set(DATA_KEYS))
        if unknown:
            raise ValueError(f"unknown seller data {unknown}; known: {', '.join(DATA_KEYS)}")
        return value

    @model_validator(mode="after")
    def _shape(self) -> CaseSpec:
        problems = shape_problems(self.product is not None, self.data is not None, self.fires, self.silent)
        if problems:
            raise ValueError("; ".join(problems))
        return self


def shape_problems(has_product: bool, has_data: bool, fires: object, silent: object) -> list[str]:
    """What is wrong with a case's shape; also run on a case whose fields failed, so all is said at once."""
    problems = []
    if has_product == has_data:
        problems.append("give exactly one input: product (a catalog product with listings) or data (seller data)")
    if not fires and not silent:
        problems.append("say which rules must fire (fires) and/or stay silent (silent)")
    if isinstance(fires, list) and isinstance(silent, list):
        both = sorted({str(r) for r in fires} & {str(r) for r in silent})
        if both:
            problems.append(f"{both} cannot both fire and stay silent")
    return problems


class FileSpec(StrictModel):
    pack: str = Field(min_length=1)
    at: date | None = None
    cases: list[Any] = Field(min_length=1)


@dataclass(frozen=True)
class PackTestCase:
    spec: CaseSpec
    at: date
    #: the case's part of the file, for the lines of its input's problems
    located: LocatedYaml
    line: int | None
    #: its position in the file, from 1 (the "row" of its input's problems)
    number: int

    @property
    def file(self) -> Path:
        return self.located.file

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else str(self.file)


@dataclass
class PackTestFile:
    file: Path
    pack_id: str
    pack_line: int | None
    cases: list[PackTestCase]


def _dotted(path: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in path)


def _issues(located: LocatedYaml, base: tuple[Any, ...], error: ValidationError) -> list[PackIssue]:
    return [PackIssue(located.file, located.line_of((*base, *e["loc"])), _dotted((*base, *e["loc"])), e["msg"])
            for e in error.errors()]


def load_pack_test(file: Path) -> tuple[PackTestFile | None, list[PackIssue]]:
    """The file's cases, and the problems of the file or of single cases (those cases are left out)."""
    located, issues = read_located(file)
    if located is None:
        return None, issues
    try:
        spec = FileSpec.model_validate(located.data)
    except ValidationError as error:
        return None, _issues(located, (), error)
    cases: list[PackTestCase] = []
    for index, raw in enumerate(spec.cases):
        base = ("cases", index)
        try:
            case = CaseSpec.model_validate(raw)
        except ValidationError as error:
            issues.extend(_issues(located, base, error))
            if isinstance(raw, dict) and all(e["loc"] for e in error.errors()):  # the shape was not checked yet
                issues.extend(PackIssue(file, located.line_of(base), _dotted(base), problem) for problem in
                              shape_problems("product" in raw, "data" in raw, raw.get("fires"), raw.get("silent")))
            continue
        at = case.at or spec.at
        if at is None:
            issues.append(PackIssue(file, located.line_of(base), _dotted(base), "needs an `at` date (the case's or "
                                                                                 "the file's): tests must not "
                                                                                 "depend on today"))
            continue
        cases.append(PackTestCase(case, at, located.within(base), located.line_of(base), index + 1))
    return PackTestFile(file, spec.pack, located.line_of(("pack",)), cases), issues


def pack_test_paths(paths: list[Path] | None = None) -> list[Path]:
    """YAML test files under the given files/folders (default: the packaged rules/tests)."""
    files: list[Path] = []
    for path in paths or [TESTS_DIR]:
        files.extend(sorted(path.glob("*.y*ml")) if path.is_dir() else [path])
    return files
