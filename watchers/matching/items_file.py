"""Feed items from a JSON Lines file (``crossguard feeds match``), one object per line.

Only `item_id` (or `id`), `title`, `text` (or `summary`), `link`, `published` and `feed` are read; any
other field is ignored, as a real feed item has nothing else. A line that is not a JSON object, has no
id, or holds something other than text in a read field is reported with the file, line and field, and
the other lines are still matched.
"""

from __future__ import annotations

import json
from pathlib import Path

from crossguard.engine.safe_json import loads

from .item import FeedItem

READ_FIELDS = ("item_id", "id", "title", "text", "summary", "link", "published", "feed")


def read_items(path: Path) -> tuple[list[FeedItem], list[str]]:
    """The file's items and a problem per bad line; OSError/UnicodeDecodeError when it cannot be read."""
    items: list[FeedItem] = []
    problems: list[str] = []
    seen: set[str] = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                raw = loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not JSON: {exc.msg}")
                continue
            problem = _problem(raw)
            if problem:
                problems.append(f"{where}: {problem}")
                continue
            item = FeedItem.from_mapping(raw)
            if item.id in seen:
                problems.append(f"{where}: item_id: {item.id!r} repeats an earlier line")
                continue
            seen.add(item.id)
            items.append(item)
    return items, problems


def _problem(raw: object) -> str | None:
    if not isinstance(raw, dict):
        return "each line must be a JSON object (a feed item)"
    for key in READ_FIELDS:
        value = raw.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            return f"{key}: must be text, not {type(value).__name__}"
    if not (raw.get("item_id") or raw.get("id")):
        return "item_id: missing (or give `id`)"
    if not (raw.get("title") or raw.get("text") or raw.get("summary")):
        return "title: an item needs a title or a text"
    return None
