"""The test processes' memo of the vocabulary's YAML (tests/conftest.py, ``_parse_vocabulary_once``), by piece.

Many tests load an edited copy of ``product_types.yaml`` (a word removed, an entry renamed, a type added, an error
put in) to see what the loader or the classifier makes of it; each such copy missed the whole-file memo, and libyaml
parsed all 900 KB again (about 0.4 s of CPU a time) for a one-line edit. Here a text is cut into pieces, each parsed
once per process and kept (pickled): each top-level key's block, and, where a block is a list (``types:``,
``modifiers:``), each of its items. An edited copy then parses only the pieces its edit touched.

The pieces give exactly what the whole text gives, or they are not used:

* a piece starts only at a line a parse of the whole text also starts a key or an item at: a simple key at column 0
  (``types:``), or ``- `` at the indentation of the block's first item. Such a line cannot continue a block scalar,
  a plain scalar or a nested block (each needs more indentation). Inside a quoted scalar or a flow collection (which
  may run across lines at any indentation) it can, but then the piece before ends with that scalar or collection
  open, which libyaml refuses;
* anything else at column 0 (a merge key ``<<``, a complex key ``?``, an anchor, a list item, a directive, a
  document marker, a tab, a byte-order mark) and the whole text is parsed as one;
* an anchor (``&name``) and the aliases naming it (``*name``) are parsed in one piece: the items from the anchor's to
  the last alias's are one piece (:func:`_with_their_anchors`); a text naming an anchor twice (an error in one
  document, not in two) is parsed whole;
* any error in any piece (an unclosed quote or bracket, an alias whose anchor is in another piece, a piece that is
  not a mapping or not a list) and the whole text is parsed by the real reader, so errors are the real ones, worded
  and located as always.

Merging the blocks' mappings in order gives what PyYAML's constructor gives for the whole mapping; a top-level key
written twice (which the vocabulary's reader refuses, cd68) makes the text be read whole. The items of a block are
the list its pieces' lists make.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: a top-level simple key and nothing else at column 0 may start a block
_TOP_KEY = re.compile(r"[A-Za-z_][\w-]*:(?:[ \t]|\r?$)")
#: a block whose value is on the following lines: `key:` and at most a comment
_OPEN_KEY = re.compile(r"([A-Za-z_][\w-]*):[ \t]*(?:#.*)?$")
_ITEM = re.compile(r"( +)-(?: |$)")
_LINES = re.compile(r"[^\n]*\n|[^\n]+$")


def _is_blank(line: str) -> bool:
    stripped = line.strip()
    return not stripped or stripped.startswith("#")


def split_blocks(text: str) -> list[list[str]] | None:
    """The lines of each top-level block, or None when the text is not one plain block mapping."""
    if not text or text[0] in "%\ufeff":
        return None
    blocks: list[list[str]] = []
    for line in _LINES.findall(text):
        first = line[0]
        if first in " \n" or first == "#":
            if not blocks:
                if not _is_blank(line):
                    return None  # indented text before the first key
                continue  # comments and blank lines before the first key
            blocks[-1].append(line)
        elif _TOP_KEY.match(line):
            blocks.append([line])
        else:
            return None  # a document marker, a list at column 0, a merge or complex key, a tab, ...
    return blocks or None


def split_items(block: list[str]) -> tuple[str, list[str]] | None:
    """A block ``key:`` whose value is a block sequence: its first line and each item's text; else None."""
    head = _OPEN_KEY.match(block[0].rstrip("\n"))
    if head is None:
        return None
    indent: str | None = None
    items: list[list[str]] = []
    for line in block[1:]:
        item = _ITEM.match(line)
        if indent is None:
            if _is_blank(line):
                continue
            if item is None:
                return None
            indent = item.group(1)
        if item is not None and item.group(1) == indent:
            items.append([line])
        elif line.startswith(indent + " ") or _is_blank(line):
            items[-1].append(line)
        else:
            return None  # a line at the items' indentation (or less) that is not an item
    if not items:
        return None
    return block[0], _with_their_anchors(["".join(lines) for lines in items])


#: an anchor where a node may begin (after a space, a flow indicator or ':'/'?', which PyYAML takes as indicators in
#: flow context): every anchor, and no "R&D" or "D&D" in a text
_ANCHOR = re.compile(r"(?:(?<=[\s\[{,:?])|^)&([^\s,\[\]{}]+)")
_ALIAS = re.compile(r"\*([^\s,\[\]{}]+)")


def _with_their_anchors(items: list[str]) -> list[str]:
    """The items, those from an anchor's item to the last item naming it (``*name``) joined into one piece, so that
    each alias is parsed with its anchor. A ``&`` or ``*`` in a text only joins pieces that need not be; an alias
    missed here is an error in its piece, and then the whole text is parsed."""
    defined: dict[str, int] = {}
    reach = list(range(len(items)))  # the last item each item's anchors are named in
    for index, text in enumerate(items):
        for name in _ALIAS.findall(text):
            if name in defined:
                reach[defined[name]] = max(reach[defined[name]], index)
        for name in _ANCHOR.findall(text):
            defined[name] = index
    pieces: list[str] = []
    start = 0
    while start < len(items):
        end = start
        index = start
        while index <= end:
            end = max(end, reach[index])
            index += 1
        pieces.append("".join(items[start:end + 1]))
        start = end + 1
    return pieces


class PieceMemo:
    """Parsed pieces, pickled, by their exact text; ``load`` parses a text from its pieces (see the module doc)."""

    def __init__(self, parse: Callable[[str], object]) -> None:
        self.parse = parse
        self.pieces: dict[str, bytes] = {}
        self.parsed = 0  # pieces parsed (not taken from the memo), for the tests

    def _piece(self, text: str) -> object:
        kept = self.pieces.get(text)
        if kept is None:
            kept = self.pieces[text] = pickle.dumps(self.parse(text), protocol=pickle.HIGHEST_PROTOCOL)
            self.parsed += 1
        return pickle.loads(kept)

    def load(self, text: str) -> dict[str, Any] | None:
        """The mapping the whole text parses to, from its pieces; None when the pieces cannot say (see the module
        doc: the caller then parses the whole text)."""
        blocks = split_blocks(text)
        if blocks is None:
            return None
        anchors = _ANCHOR.findall(text)
        if len(set(anchors)) != len(anchors):
            return None  # an anchor named twice is an error in one document, not in two pieces
        out: dict[str, Any] = {}
        try:
            for block in blocks:
                listed = split_items(block)
                if listed is None:
                    value = self._piece("".join(block))
                    if not isinstance(value, dict):
                        return None
                    for key, item in value.items():
                        if key in out:
                            return None  # a top-level key written twice: the real reader refuses the text
                        out[key] = item
                    continue
                head, items = listed
                keyed = self._piece(head)  # the key as the parser resolves it ("on:" is True in YAML 1.1)
                if not isinstance(keyed, dict) or len(keyed) != 1 or None not in keyed.values():
                    return None
                (key,) = keyed
                if key in out:
                    return None  # a top-level key written twice: the real reader refuses the text
                whole: list[Any] = []
                for item_text in items:
                    value = self._piece(item_text)
                    if not isinstance(value, list):
                        return None
                    whole.extend(value)
                out[key] = whole
        except Exception:  # noqa: BLE001 - any piece the parser refuses: the whole text is parsed, its error real
            return None
        return out


def memoised_reader(real: Callable[[Path], object], parse: Callable[[str], object]) -> Callable[[Path], object]:
    """``real`` (the vocabulary's ``_read_yaml``) with a memo: a file's exact bytes seen before give a copy of what
    they gave (unpickled: objects of its own, as a parse gives); new bytes are read from their pieces
    (:class:`PieceMemo`), or by ``real`` when the pieces cannot say. Errors are never kept: ``real`` raises them."""
    whole: dict[bytes, bytes] = {}
    memo = PieceMemo(parse)

    def read_yaml(path: Path) -> object:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return real(path)  # the real reader words the error
        kept = whole.get(data)
        if kept is None:
            try:
                # as the real reader reads it: UTF-8, universal newlines (open() in text mode)
                text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
            except UnicodeDecodeError:
                text = None
            value = memo.load(text) if text is not None else None
            if value is None:
                value = real(path)  # a VocabularyError is raised
            kept = whole[data] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return pickle.loads(kept)

    read_yaml.real = real  # type: ignore[attr-defined]
    read_yaml.memo = memo  # type: ignore[attr-defined]
    return read_yaml
