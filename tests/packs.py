"""Helpers for tests that need small rule packs written to disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def rule(rule_id: str, when: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"id": rule_id, "title": f"title of {rule_id}", "severity": "high", "when": when,
            "message": f"{rule_id} fired on {{sku}}", "remediation": "fix it", "references": ["test ref"], **extra}


def write_pack(folder: Path, pack_id: str, rules: list[dict[str, Any]], jurisdiction: str = "GLOBAL",
               name: str | None = None) -> Path:
    path = folder / (name or f"{pack_id}.yaml")
    path.write_text(yaml.safe_dump({"id": pack_id, "version": "1.0", "title": pack_id, "jurisdiction": jurisdiction,
                                    "rules": rules}, sort_keys=False))
    return path
