"""What the audit tools (`signal_audit.py`, `shelf_audit.py`) share: reading the labelled sets one may read, a count
option that must be positive, and loading the material with a one-line message and exit code instead of a traceback.
One place, so a new audit reads the material the same way and refuses the same bad input."""

from __future__ import annotations

import csv
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench import material

LABELS_DIR = Path(__file__).resolve().parent / "labels"


def labelled(root: Path, sets: Sequence[str]) -> list[dict[str, str]]:
    """The rows of the named label sets ("" = the development labels), each tagged with its set; never a blind set,
    which the caller must not name (issue 9)."""
    rows: list[dict[str, str]] = []
    for name in sets:
        folder = LABELS_DIR / name if name else None
        for row in material.labels(root, folder):
            rows.append({**row, "set": name or "dev"})
    return rows


def label_folders(labels: Path = LABELS_DIR) -> list[Path]:
    """Every folder under `labels` that holds a label file, second opinions included: a product labelled anywhere is
    out of every sample (the one list `labelled_ids`, `review_sample.py` and the audited-list test read)."""
    return sorted(folder for folder in labels.rglob("*") if folder.is_dir() and material.label_files(folder))


def labelled_ids(root: Path) -> set[str]:
    """The source ids of every labelled product, blind sets included (`unlabelled` leaves them out of a sample).
    s78: every label folder (`label_folders`), where it once globbed only "heldout-*" and "recalls-*" and so missed
    the blind sets of the fetched catalogs and the taxonomy sets its docstring promised."""
    return material.labelled_source_ids(label_folders(), root)


def unlabelled(members: Sequence[tuple[dict[str, Any], ...]], labelled: set[str]) -> list[tuple[dict[str, Any], ...]]:
    """The members (a catalog product first) not in `labelled` (`labelled_ids`): a sample printed for reading must
    never show a blind product, and one already labelled teaches nothing new (stop 51 found 145 blind rows in audit
    samples that compared prefixed skus with the label files' bare ids)."""
    return [member for member in members if material.source_id(member[0]["sku"]) not in labelled]


def positive_count(text: str) -> int:
    """An argparse type for `--sample` and `--min`: argparse turns the ValueError into exit 2 with a usage line."""
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


def read_material(root: Path, sets: Sequence[str]) -> tuple[list[dict[str, Any]], list[dict[str, str]]] | None:
    """The real catalogs and the readable labelled rows, or None after a one-line message on stderr when the material
    is absent or not as saved (the caller exits 2)."""
    if not (root / "labels").is_dir():
        print(f"no material at {root}", file=sys.stderr)
        return None
    try:
        return material.real_catalogs(root=root), labelled(root, sets)
    except (OSError, KeyError, ValueError, csv.Error) as error:  # a missing file, a catalog or labels file not as saved
        print(f"cannot read the material at {root}: {error}", file=sys.stderr)
        return None
