"""Reading feed items from JSON Lines: only the fields a feed item has; bad lines named, the rest read."""

from __future__ import annotations

from pathlib import Path

from crossguard.watchers.matching.items_file import read_items


def test_items_are_read_and_bad_lines_are_named(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text("\n".join([
        '{"item_id": "A", "title": "Acme Recalls Kettles", "group": "toys", "record": {"x": 1}}',
        '{"id": "B", "summary": "A text-only record"}',
        'not json',
        '[1, 2]',
        '{"title": "no id"}',
        '{"item_id": "C", "title": ["a list"]}',
        '{"item_id": "A", "title": "repeat"}',
        '{"item_id": "D"}',
        '',
    ]), encoding="utf-8")
    items, problems = read_items(path)
    assert [(i.id, i.title, i.text) for i in items] == [("A", "Acme Recalls Kettles", ""),
                                                         ("B", "", "A text-only record")]
    assert problems == [
        f"{path}:3: not JSON: Expecting value",
        f"{path}:4: each line must be a JSON object (a feed item)",
        f"{path}:5: item_id: missing (or give `id`)",
        f"{path}:6: title: must be text, not list",
        f"{path}:7: item_id: 'A' repeats an earlier line",
        f"{path}:8: title: an item needs a title or a text",
    ]
