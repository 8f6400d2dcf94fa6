"""Safe YAML loading that remembers where each value came from, for errors that name a line.

Only `yaml.SafeLoader` constructs values: rule text is data, never code.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

Location = tuple[str | int, ...]


class YamlError(ValueError):
    def __init__(self, file: Path, line: int | None, message: str):
        where = f"{file}:{line}" if line else str(file)
        super().__init__(f"{where}: {message}")
        self.file, self.line, self.message = file, line, message


class LocatedYaml:
    """Parsed data plus a map from each key path to its 1-based line number."""

    def __init__(self, file: Path, data: Any, lines: dict[Location, int]):
        self.file, self.data, self.lines = file, data, lines

    def line_of(self, path: Location) -> int | None:
        """The line of the deepest known prefix of path (a missing key points at its parent)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None

    def within(self, path: Location) -> LocatedYaml:
        """The value at ``path`` as a document of its own, lines kept (a catalog product inside a pack test)."""
        data = self.data
        for part in path:
            data = data[part]
        depth = len(path)
        return LocatedYaml(self.file, data, {key[depth:]: line for key, line in self.lines.items()
                                             if key[:depth] == tuple(path)})


def load_located(file: Path) -> LocatedYaml:
    """Parse one file; every way it can be unreadable becomes a YamlError naming file and line."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise YamlError(file, None, f"not UTF-8 text (byte {error.start}): save the file as UTF-8") from None
    try:
        loader = yaml.SafeLoader(text)
    except yaml.YAMLError as error:  # the reader rejects control characters up front
        raise YamlError(file, None, f"YAML: {error}") from None
    try:
        root = loader.get_single_node()
        lines: dict[Location, int] = {}
        data = _construct(file, loader, root, (), lines) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlError(file, mark.line + 1 if mark else None, f"YAML syntax: {error.problem}") from None
    except yaml.YAMLError as error:
        raise YamlError(file, None, f"YAML: {error}") from None
    finally:
        loader.dispose()
    return LocatedYaml(file, data, lines)


def _construct(file: Path, loader: yaml.SafeLoader, node: yaml.Node, path: Location, lines: dict[Location, int]) -> Any:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise YamlError(file, key_node.start_mark.line + 1, f"a mapping key must be a plain value, not {key!r}")
            if key in result:
                raise YamlError(file, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _construct(file, loader, value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1  # the key's line, not its value's
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(file, loader, item, (*path, i), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
