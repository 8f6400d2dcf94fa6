"""What the CI-report tests share: the official schemas shipped in tests/schemas, and a validator each."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import xmlschema

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SARIF_SCHEMA = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
JUNIT_XSD = xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd"))


def sarif_errors(document: Any) -> list[str]:
    """Every way ``document`` breaks the OASIS SARIF 2.1.0 schema (draft-04), with formats checked."""
    validator = jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(document)]


def junit_errors(text: str) -> list[str]:
    """Every way ``text`` breaks the Jenkins xunit plugin's JUnit schema (junit-10.xsd)."""
    return [str(error) for error in JUNIT_XSD.iter_errors(text)]
