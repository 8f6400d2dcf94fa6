"""bench/orange_catalog.py builds the Home Depot catalog file from the repository's per-product and per-page files:
a product's category is the deepest page that lists it, and a product no page lists has none (stop 87)."""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest

from bench import orange_catalog


def _page(crumbs: list[str], products: list[str]) -> dict:
    return {"breadcrumbs": [{"label": label, "url": "/"} for label in crumbs],
            "products": [{"productId": product} for product in products]}


def _repository(root: Path, broken: str = "") -> str:
    files: dict[str, object] = {
        "production data/products/1/details.json": {"productId": "1", "title": "Corded Drill",
                                                     "brand": {"name": "Milwaukee"}},
        "production data/products/2/details.json": {"productId": "2", "title": "Cabinet in Red",
                                                     "brand": {"name": "Husky"}},
        "production data/products/2/photo.jpg": None,
        "production data/categories/tools.json": _page(["Home", "Tools"], ["1"]),
        "production data/categories/tools/drills.json": _page(["Home", "Tools", "Drills"], ["1"]),
        "production data/categories/tools/_all.json": _page(["Home", "Tools"], ["1"]),
        "_scraped data/other.json": _page(["Home", "Elsewhere", "Deeper", "Deepest"], ["1", "2"]),
    }
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(content) if content is not None else "jpeg", encoding="utf-8")
    if broken:
        (root / "production data/products/2/details.json").write_text(broken, encoding="utf-8")
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "scrape"], check=True)
    return subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()


def test_each_product_gets_the_deepest_page_that_lists_it(tmp_path: Path) -> None:
    commit = _repository(tmp_path / "repo")
    out = tmp_path / "homedepot_us_2026.csv"
    assert orange_catalog.build(tmp_path / "repo" / ".git", out, commit) == 2
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["product_id"], r["title"], r["brand"], r["category"]) for r in rows] == [
        ("1", "Corded Drill", "Milwaukee", "Home > Tools > Drills"),
        ("2", "Cabinet in Red", "Husky", ""),  # listed only outside the category pages
    ]


def test_a_folder_that_is_no_repository_is_named_with_exit_2(tmp_path: Path, capsys) -> None:
    assert orange_catalog.main([str(tmp_path), str(tmp_path / "out.csv")]) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"{tmp_path}: git failed:") and "Traceback" not in error
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize(("content", "said"), [('{"productId": "2", "title": ', "not JSON"),
                                                ('["2", "Cabinet in Red"]', "not a JSON object")])
def test_a_product_file_that_is_not_a_json_object_is_named_with_exit_2(tmp_path: Path, capsys, content: str,
                                                                      said: str) -> None:
    commit = _repository(tmp_path / "repo", broken=content)
    out = tmp_path / "out.csv"
    assert orange_catalog.main([str(tmp_path / "repo" / ".git"), str(out), "--commit", commit]) == 2
    error = capsys.readouterr().err
    assert f"production data/products/2/details.json: {said}" in error and "Traceback" not in error
    assert not out.exists()
