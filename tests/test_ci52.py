"""The test processes' memo of the vocabulary's YAML by piece (tests/vocabulary_memo.py, ci52): what it gives is what
the real reader gives, for the shipped files, an edited copy and texts where the pieces cannot say; an edited copy
parses only its edited piece."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossguard.engine.classification import (
    DEFAULT_GOOGLE,
    DEFAULT_HS,
    DEFAULT_SHOPIFY,
    DEFAULT_TYPES,
    VocabularyError,
    vocabulary,
)
from tests.conftest import _parse_vocabulary_text
from tests.vocabulary_memo import PieceMemo, memoised_reader, split_blocks

REAL = getattr(vocabulary._read_yaml, "real", vocabulary._read_yaml)  # the loader's own reader, unmemoised


def same(a: Any, b: Any, where: str = "") -> None:
    """Equal, with the same types and dict orders all the way down."""
    assert type(a) is type(b), where
    if isinstance(a, dict):
        assert list(a) == list(b), where
        for key in a:
            same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{index}]")
    else:
        assert a == b, where


def test_the_conftest_reads_the_vocabulary_through_the_memo() -> None:
    assert vocabulary._read_yaml is not REAL and isinstance(vocabulary._read_yaml.memo, PieceMemo)


@pytest.mark.parametrize("path", [DEFAULT_TYPES, DEFAULT_HS, DEFAULT_GOOGLE, DEFAULT_SHOPIFY], ids=lambda p: p.name)
def test_the_shipped_files_read_from_their_pieces_as_the_real_reader_reads_them(path: Path) -> None:
    memo = PieceMemo(_parse_vocabulary_text)
    pieces = memo.load(path.read_text(encoding="utf-8"))
    assert pieces is not None, "the pieces could not say: the memo would parse the whole file every time"
    same(REAL(path), pieces)
    assert memo.parsed > 10


def test_an_edited_copy_parses_only_the_edited_piece(tmp_path: Path) -> None:
    read = memoised_reader(REAL, _parse_vocabulary_text)
    text = DEFAULT_TYPES.read_text(encoding="utf-8")
    first = read(DEFAULT_TYPES)
    parsed = read.memo.parsed
    copy = tmp_path / "product_types.yaml"
    copy.write_text(text, encoding="utf-8")
    same(first, read(copy))  # the same bytes elsewhere: no parse at all
    assert read.memo.parsed == parsed
    assert "\n  - id: lighted_mirror\n" in text
    copy.write_text(text.replace("\n  - id: lighted_mirror\n", "\n  - id: vanity_mirror\n", 1), encoding="utf-8")
    edited = read(copy)
    assert read.memo.parsed == parsed + 1
    same(REAL(copy), edited)
    assert [t["id"] for t in edited["types"]].count("vanity_mirror") == 1
    edited["types"].clear()  # each call gets objects of its own
    assert read(copy)["types"] and read(DEFAULT_TYPES)["types"]


TEXTS = {
    "plain": "version: t\nclasses: {eee: x}\ntypes:\n  - {id: a}\n  - id: b\n    synonyms: {en: [b]}\n",
    "anchors across items": "types:\n  - id: a\n    words: &w [x, y]\n  - id: b\n  - id: c\n    words: *w\n",
    "anchor in another block": "a: &w [x]\nb: *w\n",
    "anchor redefined": "t:\n  - &w [1]\n  - &w [2]\n  - *w\n",
    "flow across a key": "a: [1,\nb: 2]\n",
    "flow across an item": "t:\n  - id: a\n    w: [1,\n  - 2]\n",
    "quote across a key": "a: 'one\nb: two'\n",
    "quote across an item": "t:\n  - id: 'one\n  - two'\n",
    "block scalar": "a: |\n  one\n  two\nb: |-\n    three\nc: >\n  four\n",
    "block scalar in items": "t:\n  - |\n    one\n  - >-\n    two\n",
    "YAML 1.1 keys": "on:\n  - a\noff: 1\nyes:\n  - b\nnull:\n  - c\n",
    "repeated key": "a: 1\nb:\n  - x\na: 2\nb:\n  - y\n",
    # cd68: the real reader refuses a key written twice in one mapping, at any depth
    "repeated key in an item": "t:\n  - id: a\n    w: [1]\n    w: [2]\n  - id: b\n",
    "merge key": "base: &b {x: 1}\n<<: *b\ny: 2\n",
    "complex key": "? a\n: 1\nb: 2\n",
    "list at column 0": "t:\n- a\n- b\nu: 1\n",
    "items at two indents": "t:\n  - a\n    - b\n",
    "nested list": "t:\n  - id: a\n    l:\n    - 1\n    - 2\n  -\n    id: b\n",
    "a key at the items' indent": "t:\n  - a\n  b: 1\n",
    "comments": "# head\n\nt:  # the list\n  # first\n  - a  # one\n# between\n  - b\n\nu: 1 # end\n",
    "directive": "%YAML 1.1\n---\na: 1\n",
    "document end": "a: 1\n...\n",
    "two documents": "a: 1\n---\nb: 2\n",
    "byte-order mark": "\ufeffa: 1\n",
    "tab": "a:\n\t- 1\n",
    "CRLF": "a: 1\r\nt:\r\n  - x\r\n  - y\r\n",
    "CR": "a: 1\rt:\r  - x\r",
    "not a mapping": "- a\n- b\n",
    "a scalar": "just text\n",
    "empty": "",
    "only a comment": "# nothing\n",
    "an error in a piece": "a: 1\nt:\n  - x\n  - [y\n",
    "a python tag": "a: !!python/object/apply:os.system ['true']\n",
    "an undefined alias": "a: *nowhere\n",
    "indented first key": "  a: 1\nb: 2\n",
    "unicode line breaks": "a: x\u2028b: y\nc:\u0085  - z\n",
    "ampersands in words": "t:\n  - {id: a, en: [r&b, D&D]}\n  - {id: b, en: [r&b, '&b']}\n",
    "anchors in flow": "t:\n  - [&x 1, {k:&y 2}]\n  - {a: *x, b: *y}\n",
}


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_a_text_reads_as_the_real_reader_reads_it_or_fails_as_it_fails(tmp_path: Path, text: str) -> None:
    path = tmp_path / "types.yaml"
    path.write_bytes(text.encode("utf-8"))
    try:
        expected: tuple[str, Any] = ("ok", REAL(path))
    except (VocabularyError, UnicodeDecodeError) as error:
        expected = ("error", str(error))
    read = memoised_reader(REAL, _parse_vocabulary_text)
    for _ in range(2):  # parsed, then from the memo
        try:
            got: tuple[str, Any] = ("ok", read(path))
        except (VocabularyError, UnicodeDecodeError) as error:
            got = ("error", str(error))
        assert got[0] == expected[0], got
        same(expected[1], got[1])


def test_the_pieces_are_the_blocks_and_items_a_parse_starts_at() -> None:
    blocks = split_blocks(TEXTS["comments"])
    assert blocks is not None and ["".join(block).split(":")[0] for block in blocks] == ["t", "u"]
    for name in ("list at column 0", "merge key", "complex key", "directive", "byte-order mark", "tab",
                 "indented first key", "not a mapping", "empty"):
        assert split_blocks(TEXTS[name]) is None, name
    memo = PieceMemo(_parse_vocabulary_text)
    assert memo.load(TEXTS["anchors across items"]) == {"types": [{"id": "a", "words": ["x", "y"]}, {"id": "b"},
                                                                  {"id": "c", "words": ["x", "y"]}]}
    assert memo.parsed == 2  # the header, and the three items as one piece (the anchor's to its alias's)
    words = PieceMemo(_parse_vocabulary_text)
    assert words.load(TEXTS["ampersands in words"]) is not None and words.parsed == 3  # the header, two items
    for name in ("anchor in another block", "flow across a key", "flow across an item", "quote across a key",
                 "quote across an item", "an error in a piece", "a key at the items' indent"):
        assert PieceMemo(_parse_vocabulary_text).load(TEXTS[name]) is None, name
