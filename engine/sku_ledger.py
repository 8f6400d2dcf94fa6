"""Which SKUs a catalog gives more than once with different product fields, in bounded memory.

The register keeps one product per SKU: a scan merges two products that share a SKU, so one's
findings hide the other's. Two mappings of the same SKU with the same product fields (a product's
listings split over two rows) are harmless; different fields are almost always two products under
one SKU, and are said once per SKU. Each product's SKU, position and a digest of its fields go
through a :class:`~crossguard.engine.spool.Spool` (on disk past its budget), so a catalog of any
size is checked; the conflicts are known once the last file is read.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from crossguard.engine.models import Product
from crossguard.engine.spool import Spool

#: SKUs named one by one per run; the rest are counted.
SHOWN = 20
#: Positions named per SKU.
PLACES = 5
#: Marks a digest not worked out yet (:meth:`SkuLedger.add_pending`); real digests are hexadecimal.
PENDING = "~"


def product_digest(product: Product) -> str:
    """A digest of the product's fields as validated (so `UK` and `GB`, `230` and `230.0` agree)."""
    return hashlib.blake2b(product.model_dump_json().encode(), digest_size=8).hexdigest()


#: Conflicting records held (in order) before their pending digests are worked out in one read per file.
RESOLVE_BATCH = 20_000

#: ``resolve(file, rows)``: the :func:`product_digest` of each of ``rows`` of ``file``, read again (a row that no
#: longer gives a product is left out).
Resolver = Callable[[Path, set[int]], dict[int, str]]


class SkuLedger:
    """Add every product read (file, row); then :meth:`conflicts` names the SKUs with different fields.

    A product an earlier scan validated (a JSON Lines row a re-scan knows) may be added before it is validated
    (:meth:`add_pending`): its digest is worked out only if its SKU is given again with other text, by ``resolve``
    reading the row again (in one read per file for a batch of such SKUs). Validating every known row's product
    fields for this check was a sixth of an unchanged re-scan, and nearly every SKU is given once.
    """

    def __init__(self, resolve: Resolver | None = None) -> None:
        self.files: list[Path] = []
        self.resolve = resolve
        self._spool = Spool(key=lambda record: (record[0], record[2], record[3]))

    def add(self, product: Product, file: Path, row: int) -> None:
        self.add_digest(product.sku, product_digest(product), file, row)

    def add_digest(self, sku: str, digest: str, file: Path, row: int) -> None:
        """:meth:`add` of a product whose :func:`product_digest` was taken elsewhere (a worker process)."""
        if not self.files or self.files[-1] != file:
            self.files.append(file)
        self._spool.add([sku, digest, len(self.files) - 1, row], 300 + len(sku))

    def add_pending(self, sku: str, token: str, file: Path, row: int) -> None:
        """A product whose digest is worked out only if needed (needs ``resolve``): ``token`` names its row's
        exact content, so rows with equal tokens have equal product fields."""
        self.add_digest(sku, PENDING + token, file, row)

    def conflicts(self) -> Iterator[tuple[Path, str]]:
        """(file of the SKU's first product, message) for the first :data:`SHOWN` SKUs, then a count."""
        more = 0
        shown = 0
        for sku, records in self._differing():
            if shown == SHOWN:
                more += 1
                continue
            shown += 1
            places = ", ".join(f"{self.files[f].name} row {row}" for _, _, f, row in records[:PLACES])
            places += f" and {len(records) - PLACES} more" if len(records) > PLACES else ""
            yield self.files[records[0][2]], (
                f"SKU {sku!r} is given {len(records)} times with different product fields ({places}): "
                "the register keeps one product per SKU, so a scan merges them; give each product its own SKU")
        if more:
            yield self.files[0], f"{more} more SKU(s) are given more than once with different product fields"

    def _differing(self) -> Iterator[tuple[str, list[Any]]]:
        """The SKUs whose products differ, in order, each with its records (pending digests worked out)."""
        held: list[tuple[str, list[Any]]] = []
        size = 0
        for sku, group in itertools.groupby(self._spool, key=lambda record: record[0]):
            records = list(group)
            if len({record[1] for record in records}) < 2:
                continue
            if not held and not any(record[1].startswith(PENDING) for record in records):
                yield sku, records
                continue
            held.append((sku, records))
            size += len(records)
            if size >= RESOLVE_BATCH:
                yield from self._resolved(held)
                held, size = [], 0
        yield from self._resolved(held)

    def _resolved(self, held: list[tuple[str, list[Any]]]) -> Iterator[tuple[str, list[Any]]]:
        wanted: dict[int, set[int]] = {}
        for _, records in held:
            for record in records:
                if record[1].startswith(PENDING):
                    wanted.setdefault(record[2], set()).add(record[3])
        digests: dict[tuple[int, int], str] = {}
        for index, rows in wanted.items():
            assert self.resolve is not None, "a pending product needs a resolver"
            digests.update(((index, row), digest) for row, digest in self.resolve(self.files[index], rows).items())
        for sku, records in held:
            for record in records:
                record[1] = digests.get((record[2], record[3]), record[1])
            # a row still pending no longer gives a product: the file changed since it was read (the scan's second
            # pass reports that row); its token is no digest, so it must not count as different product fields
            records = [record for record in records if not record[1].startswith(PENDING)]
            if len({record[1] for record in records}) >= 2:
                yield sku, records
