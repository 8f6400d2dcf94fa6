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
from collections.abc import Iterator
from pathlib import Path

from crossguard.engine.models import Product
from crossguard.engine.spool import Spool

#: SKUs named one by one per run; the rest are counted.
SHOWN = 20
#: Positions named per SKU.
PLACES = 5


def product_digest(product: Product) -> str:
    """A digest of the product's fields as validated (so `UK` and `GB`, `230` and `230.0` agree)."""
    return hashlib.blake2b(product.model_dump_json().encode(), digest_size=8).hexdigest()


class SkuLedger:
    """Add every product read (file, row); then :meth:`conflicts` names the SKUs with different fields."""

    def __init__(self) -> None:
        self.files: list[Path] = []
        self._spool = Spool(key=lambda record: (record[0], record[2], record[3]))

    def add(self, product: Product, file: Path, row: int) -> None:
        self.add_digest(product.sku, product_digest(product), file, row)

    def add_digest(self, sku: str, digest: str, file: Path, row: int) -> None:
        """:meth:`add` of a product whose :func:`product_digest` was taken elsewhere (a worker process)."""
        if not self.files or self.files[-1] != file:
            self.files.append(file)
        self._spool.add([sku, digest, len(self.files) - 1, row], 300 + len(sku))

    def conflicts(self) -> Iterator[tuple[Path, str]]:
        """(file of the SKU's first product, message) for the first :data:`SHOWN` SKUs, then a count."""
        more = 0
        shown = 0
        for sku, group in itertools.groupby(self._spool, key=lambda record: record[0]):
            records = list(group)
            if len({record[1] for record in records}) < 2:
                continue
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
