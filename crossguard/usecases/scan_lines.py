"""JSON Lines products as a scan's second pass reads them: validated only if they are evaluated.

Why: an unchanged re-scan evaluates nothing, yet validating every product again (pydantic, about
100 µs a product) was a third of its time. A scan's pass 2 therefore reads each line as a
:class:`LineEntry`: the SKU (as ``Product`` reads it), the listing count and a digest of the line's
exact text. The scan decides reuse from the digest (``register.scan.reuse.evaluation_key``) and
only the entries it evaluates are validated (:meth:`LineEntry.entry`).

Why reuse without validating is safe: the digest covers the line's exact text and the override in
force, and the evaluation key adds the scan date, the packs and a hash of the engine's code; an
equal key means this very line was validated, evaluated and committed by an earlier scan with the
same code. A line that changed since is evaluated, so validated, as before.

Pass 1 (``scan.check_catalog``) validates every line before the register is touched, except the lines
:func:`known_lines` recognises: the same key, computed from the same digest, is among the keys the last
scan left, so this exact line was validated by a scan with the same code (the key's salt hashes the
engine's code, where the catalog models live) and committed without a row error. Such a line is parsed the
cheap way (``safe_json.loads_known``), its ignored fields are still named, and its product fields are
validated only if its SKU is given again with other text (``SkuLedger.add_pending``: the duplicate-SKU
check compares products as validated). A bad line is never known (a scan with bad rows commits nothing),
so it is reported on every scan, as before. Pass 2 does not parse a known line again: pass 1 keeps its SKU,
listing count and digest (:class:`KnownLineMemo`), used while the line's text and override are unchanged.
"""

from __future__ import annotations

import hashlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from crossguard.engine import safe_json
from crossguard.engine.catalog import KnownRow, entry_and_problems, expand_markets, row_sku
from crossguard.engine.catalog_lines import row_entry
from crossguard.engine.models import CatalogEntry
from crossguard.register.errors import ScanInputError
from crossguard.register.scan.reuse import line_key

CHANGED = "the catalog changed during the scan (nothing was written)"


@dataclass(frozen=True)
class SkuOnly:
    """What the scan reads of a product it may not evaluate: its SKU."""

    sku: str


class LineWork(NamedTuple):
    """A line as a worker process gets it to validate and evaluate: plain values, cheap to send (a validated
    entry's pydantic models cost the main process more to pickle than the worker spends validating)."""

    text: str
    override: Any
    file: str
    number: int
    sku: str


def validated_line(work: LineWork) -> CatalogEntry:
    """The validated entry of a line (with its override); a line that no longer validates fails the scan.
    An ordinary line is validated from its text (``engine.catalog_lines.row_entry``, about half the cost); any
    other, or one whose SKU is not the one pass 2 read, the usual way, which says what is wrong."""
    entry = row_entry(work.text)
    if entry is None or entry.product.sku != work.sku:
        entry = _validated_usual(work)
    entry.override = work.override
    return entry


def _validated_usual(work: LineWork) -> CatalogEntry:
    try:  # pass 2 parsed this text already, but a worker may be the first to parse it in its process
        raw = safe_json.loads(work.text)
    except ValueError as error:
        raise ScanInputError(f"{CHANGED}: {work.file}: row {work.number}: JSON syntax: {error}") from None
    entry, problems = entry_and_problems(raw)
    if problems or entry is None or entry.product.sku != work.sku:
        where = "; ".join(f"{'.'.join(map(str, p['loc'])) or '(row)'}: {p['msg']}" for p in problems)
        raise ScanInputError(f"{CHANGED}: {work.file}: row {work.number}: {where or 'product changed'}")
    return entry


@dataclass
class LineEntry:
    """One product line of a JSON Lines catalog, validated on demand (here, or by a worker: :meth:`work`)."""

    file: Path
    number: int
    text: str
    product: SkuOnly
    listing_count: int
    content_digest: str
    override: Any = None
    _entry: CatalogEntry | None = field(default=None, repr=False)

    def entry(self) -> CatalogEntry:
        """The validated entry (with the override); a line that no longer validates fails the scan."""
        if self._entry is None:
            self._entry, self.text = validated_line(self.work()), ""
        return self._entry

    def work(self) -> LineWork:
        """What a worker needs to validate and evaluate this line itself."""
        return LineWork(self.text, self.override, str(self.file), self.number, self.product.sku)


def line_entries(path: Path, overrides: dict[str, Any], memo: KnownLineMemo | None = None) -> Iterator[LineEntry]:
    """The products of one JSON Lines file (read as ``engine.catalog.iter_jsonl`` reads it), with ``overrides``
    (SKU -> classification override) applied; a line ``memo`` holds (pass 1 knew it) is not parsed again."""
    recall = memo.recall(path) if memo is not None else _nothing
    try:
        with open(path, encoding="utf-8-sig") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                text = line.rstrip("\r\n")
                known = recall(number)
                if known is not None:
                    sku, listings, digest = known
                    override = overrides.get(sku)
                    hashed = _line_hash(text, override)
                    if hashed.digest() == digest:  # the text pass 1 parsed, and the same override
                        yield LineEntry(path, number, text, SkuOnly(sku), listings, hashed.hexdigest(), override)
                        continue
                yield _parsed_line(path, number, text, overrides)
    except (OSError, UnicodeDecodeError) as error:
        raise ScanInputError(f"{CHANGED}: {path}: {error}") from None


def _parsed_line(path: Path, number: int, text: str, overrides: dict[str, Any]) -> LineEntry:
    """A line pass 1 did not know (or that changed since): parsed for its SKU and listing count."""
    try:
        raw = safe_json.loads(text)  # pass 1's parser (orjson reads integers past 64 bits as floats)
    except ValueError as error:
        raise ScanInputError(f"{CHANGED}: {path}: row {number}: JSON syntax: {error}") from None
    sku = row_sku(raw)
    if sku is None:
        raise ScanInputError(f"{CHANGED}: {path}: row {number}: sku: missing or not text")
    listings = expand_markets(raw).get("listings") or []
    override = overrides.get(sku)
    return LineEntry(path, number, text, SkuOnly(sku), len(listings) if isinstance(listings, list) else 0,
                     line_digest(text, override), override)


def line_digest(text: str, override: Any) -> str:
    """A line's ``content_digest``: its exact text (without the line break) and the override in force."""
    return _line_hash(text, override).hexdigest()


def _line_hash(text: str, override: Any) -> Any:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(override.model_dump_json().encode() if override is not None else b"-")
    digest.update(b"\x1e")
    digest.update(text.encode())
    return digest


class KnownLines:
    """Pass 1's ``known`` (``engine.catalog.KnownRows``): a line whose evaluation key, as pass 2 will compute it, is
    among ``keys`` (``register.scan.reuse.registered_keys``) under ``base`` (``evaluation_base``) gives a token:
    its line digest (32 hex digits) and its SKU as pass 2 reads it (``KnownRow.token``, :class:`KnownLineMemo`);
    any other line None."""

    def __init__(self, keys: set[str], overrides: dict[str, Any], base: str) -> None:
        self.keys, self.overrides, self.base = keys, overrides, base
        self._plain: tuple[str | None, str] = (None, "")  # the last text maybe() saw, its digest without an override

    def maybe(self, text: str) -> bool:
        """Whether the text's key without an override is known: this very text was validated by an earlier scan
        (its SKU's override, if any, is checked once it is parsed)."""
        self._plain = (text, line_digest(text, None))
        return line_key(self._plain[1], self.base) in self.keys

    def __call__(self, text: str, raw: Any) -> str | None:
        sku = row_sku(raw)
        if sku is None:
            return None
        override = self.overrides.get(sku)
        plain, self._plain = self._plain, (None, "")
        digest = plain[1] if override is None and plain[0] is text else line_digest(text, override)
        return digest + sku if line_key(digest, self.base) in self.keys else None


def line_token(text: str, sku: str | None) -> str:
    """A first scan's note of a line its check pass validated (``engine.catalog.RowToken``, made in a worker as it
    checks the line): its digest without an override and its SKU as pass 2 reads it (:func:`row_sku`), the form of
    a :class:`KnownLines` token, so that pass 2 need not parse the line again (:class:`KnownLineMemo`); "" without
    a SKU as text. Pass 2 uses it only while the line's digest with the override then in force is equal."""
    return "" if sku is None else line_digest(text, None) + sku


def known_lines(keys: set[str] | None, overrides: dict[str, Any], base: str) -> KnownLines | None:
    """For pass 1 (``engine.catalog.iter_catalog``'s ``known``): :class:`KnownLines`, or None when there are no
    keys (every line is validated)."""
    return KnownLines(keys, overrides, base) if keys else None


class KnownLineMemo:
    """What pass 2 needs of each line pass 1 knew (``engine.catalog.KnownRow``: SKU, listing count, line digest),
    so that it does not parse that line again: a third of an unchanged re-scan was parsing every line twice.
    A first scan's check pass in the workers notes its good lines the same way (``engine.catalog.KnownRow``
    with a :func:`line_token`): its pass 2 parsed each line in the main process, the scan's busier one.

    Pass 2 still reads the line and takes its digest with the override in force then; only an equal digest (the
    very text pass 1 parsed, and the same override) uses the memo, so a line that changed between the passes is
    parsed as before. Kept compactly, per file in row order (about 40 bytes and the SKU per line): pass 2 reads
    the rows in the same order, so a cursor finds each.
    """

    def __init__(self) -> None:
        self._files: dict[str, _FileMemo] = {}

    def add(self, row: KnownRow) -> None:
        memo = self._files.get(str(row.file))
        if memo is None:
            memo = self._files[str(row.file)] = _FileMemo()
        memo.add(row)

    def recall(self, path: Path) -> Callable[[int], tuple[str, int, bytes] | None]:
        """For pass 2 over ``path``, rows in increasing order: a row's (SKU, listing count, digest), or None."""
        memo = self._files.pop(str(path), None)
        return memo.cursor() if memo is not None else _nothing


def _nothing(row: int) -> None:
    return None


class _FileMemo:
    """One file's known rows: row numbers, listing counts, 16-byte digests and SKUs (UTF-8) side by side."""

    def __init__(self) -> None:
        self.rows = array("q")
        self.listings = array("q")
        self.digests = bytearray()
        self.skus = bytearray()
        self.sku_ends = array("q")

    def add(self, row: KnownRow) -> None:
        self.rows.append(row.row)
        self.listings.append(row.listings)
        self.digests += bytes.fromhex(row.token[:32])
        self.skus += row.token[32:].encode("utf-8", "surrogatepass")  # JSON may hold a lone surrogate
        self.sku_ends.append(len(self.skus))

    def cursor(self) -> Callable[[int], tuple[str, int, bytes] | None]:
        rows, at = self.rows, 0

        def recall(row: int) -> tuple[str, int, bytes] | None:
            nonlocal at
            while at < len(rows) and rows[at] < row:
                at += 1
            if at == len(rows) or rows[at] != row:
                return None
            start = self.sku_ends[at - 1] if at else 0
            sku = self.skus[start:self.sku_ends[at]].decode("utf-8", "surrogatepass")
            return sku, self.listings[at], bytes(self.digests[16 * at:16 * at + 16])

        return recall


def catalog_entry(entry: Any) -> Any:
    """The entry an evaluator takes: a :class:`LineEntry` validated, anything else as it is."""
    return entry.entry() if isinstance(entry, LineEntry) else entry


def worker_item(entry: Any) -> Any:
    """What a worker process gets for an entry: a :class:`LineEntry` as its :class:`LineWork` (validated there),
    anything else as it is."""
    return entry.work() if isinstance(entry, LineEntry) else entry


def worker_entry(item: Any) -> Any:
    """In a worker: the entry of what :func:`worker_item` sent."""
    return validated_line(item) if isinstance(item, LineWork) else item
