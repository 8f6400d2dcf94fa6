"""Safe YAML loading that remembers where each value came from, for errors that name a line.

Only `yaml.SafeLoader` constructs values: rule text is data, never code. The same loader reads
catalogs, seller data, packs and the configuration, so it also refuses what would exhaust memory or
the stack instead of a clear error: nesting deeper than MAX_DEPTH, aliases that expand to more than
MAX_ALIAS_VALUES values beyond the document's own (a 393-byte "billion laughs" file grew to 2.6 GB),
and an alias inside its own anchor (recursion). An impossible date (`2027-02-30`, `0000-00-00`) or
an integer too long to convert stays text, so the model reading it names the field.

Where PyYAML has libyaml, its parser reads the text (events, in C: five times faster on the rule packs every
`crossguard check` reads) and the same Python composer, resolver and constructors make the values and lines. A
text that does not load that way is read again by the pure-Python parser, so every error is worded, and located,
exactly as it always was (docs/startup.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

Location = tuple[str | int, ...]

#: Deeper than any catalog, pack or configuration needs; far below Python's recursion limit.
MAX_DEPTH = 64
#: Values that aliases may add beyond the document's own nodes (or as many as it has, if more).
MAX_ALIAS_VALUES = 100_000


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


class _DepthLimit:
    """A composer that refuses nesting deeper than MAX_DEPTH (it recurses per level)."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nesting deeper than {MAX_DEPTH} levels",
                                              self.peek_event().start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Loader(_DepthLimit, yaml.SafeLoader):  # type: ignore[misc]
    """SafeLoader (pure Python) with the depth limit: reads every text, and words every error."""


try:
    from yaml.cyaml import CParser as _CParser  # libyaml's parser, when PyYAML was built with it
except ImportError:  # pragma: no cover - a PyYAML without libyaml
    _CParser = None
_FastLoader: Any = None
if _CParser is not None:
    class _FastLoader(_DepthLimit, yaml.composer.Composer, _CParser,  # type: ignore[no-redef]
                      yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        """libyaml's events; the same composer (with the depth limit), resolver and constructors as `_Loader`."""

        def __init__(self, stream: str):
            _CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)


def _lenient(construct: Any) -> Any:
    """A scalar constructor whose impossible values (2027-02-30, a 5,000-digit integer) stay text."""

    def build(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, OverflowError):
            return loader.construct_scalar(node)

    return build


for _tag, _method in (("timestamp", "construct_yaml_timestamp"), ("int", "construct_yaml_int"),
                      ("float", "construct_yaml_float")):
    for _loader_class in (_Loader, _FastLoader):
        if _loader_class is not None:
            _loader_class.add_constructor(f"tag:yaml.org,2002:{_tag}", _lenient(getattr(yaml.SafeLoader, _method)))


class _Budget:
    """Guards the expansion of the node graph: aliases share nodes, construction copies them."""

    def __init__(self, file: Path):
        self.file = file
        self.seen: set[int] = set()
        self.active: set[int] = set()
        self.built = 0

    def enter(self, node: yaml.Node, depth: int) -> None:
        line = node.start_mark.line + 1
        if id(node) in self.active:
            raise YamlError(self.file, line, "recursive alias: an anchor's value contains an alias to itself")
        if depth > MAX_DEPTH:
            raise YamlError(self.file, line, f"nesting deeper than {MAX_DEPTH} levels (through aliases)")
        self.seen.add(id(node))
        self.built += 1
        if self.built - len(self.seen) > max(MAX_ALIAS_VALUES, len(self.seen)):
            raise YamlError(self.file, line, f"aliases (*name) expand to more than {MAX_ALIAS_VALUES:,} values: "
                                             "write the values out or use fewer aliases")
        self.active.add(id(node))


def load_located(file: Path) -> LocatedYaml:
    """Parse one file; every way it can be unreadable becomes a YamlError naming file and line."""
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise YamlError(file, None, f"not UTF-8 text (byte {error.start}): save the file as UTF-8") from None
    if _FastLoader is not None and "\t" not in text and not yaml.reader.Reader.NON_PRINTABLE.search(text):
        fast = _FastLoader(text)
        try:
            root = fast.get_single_node()
            if root is not None and _pure_python_refuses(root):
                raise yaml.YAMLError("read by the pure-Python parser")
            lines: dict[Location, int] = {}
            return LocatedYaml(file, _construct(_Budget(file), fast, root, (), lines) if root is not None else None,
                               lines)
        except (YamlError, yaml.YAMLError):
            pass  # read again below: the pure-Python parser words (and locates) the error as it always has
        finally:
            fast.dispose()
    try:
        loader = _Loader(text)
    except yaml.YAMLError as error:  # the reader rejects control characters up front
        raise YamlError(file, None, f"YAML: {error}") from None
    try:
        root = loader.get_single_node()
        lines = {}
        data = _construct(_Budget(file), loader, root, (), lines) if root is not None else None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise YamlError(file, mark.line + 1 if mark else None, f"YAML syntax: {error.problem}") from None
    except yaml.YAMLError as error:
        raise YamlError(file, None, f"YAML: {error}") from None
    finally:
        loader.dispose()
    return LocatedYaml(file, data, lines)


def _pure_python_refuses(root: yaml.Node) -> bool:
    """Whether the pure-Python parser would refuse what libyaml read: a plain scalar with a `?` inside a flow
    collection (`[US?-1]`: PyYAML ends it at the `?`, libyaml 0.2.5 reads on). Tabs are checked on the text. Each
    node is visited once (aliases share nodes, and a recursive one contains itself)."""
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    seen: set[int] = set()
    while stack:
        node, in_flow = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if in_flow and not node.style and "?" in node.value:  # plain: style None (or "" from libyaml)
                return True
            continue
        in_flow = in_flow or bool(node.flow_style)
        items = [part for pair in node.value for part in pair] if isinstance(node, yaml.MappingNode) else node.value
        stack.extend((item, in_flow) for item in items)
    return False


def _construct(budget: _Budget, loader: yaml.SafeLoader, node: yaml.Node, path: Location,
               lines: dict[Location, int]) -> Any:
    budget.enter(node, len(path))
    try:
        return _construct_node(budget, loader, node, path, lines)
    finally:
        budget.active.discard(id(node))


def _construct_node(budget: _Budget, loader: yaml.SafeLoader, node: yaml.Node, path: Location,
                    lines: dict[Location, int]) -> Any:
    file = budget.file
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError(file, key_node.start_mark.line + 1, "a mapping key must be a plain value")
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise YamlError(file, key_node.start_mark.line + 1, f"a mapping key must be a plain value, not {key!r}")
            if key in result:
                raise YamlError(file, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            lines[(*path, key)] = key_node.start_mark.line + 1
            result[key] = _construct(budget, loader, value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1  # the key's line, not its value's
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(budget, loader, item, (*path, i), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)
