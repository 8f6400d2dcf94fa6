"""Product-type vocabulary and classifier.

What a product *is* decides which regimes apply to it. `Classifier.classify` reads a product's texts (HS
code, marketplace product type, category path, title, description) against a curated vocabulary of product
types and modifiers (`product_types.yaml`, `hs_codes.yaml`) and returns every regulatory class with the reason.
"""

from .compiled import prefer_current_sources

prefer_current_sources(__name__)  # before the hot modules are imported: never a stale compiled one

from .classifier import DEFAULT_HS, DEFAULT_TYPES, Classifier, ProductText, TypeResult  # noqa: E402
from .matcher import Mention  # noqa: E402
from .normalise import normalise  # noqa: E402
from .vocabulary import Vocabulary, VocabularyError, load_vocabulary  # noqa: E402

__all__ = [
    "DEFAULT_HS",
    "DEFAULT_TYPES",
    "Classifier",
    "Mention",
    "ProductText",
    "TypeResult",
    "Vocabulary",
    "VocabularyError",
    "load_vocabulary",
    "normalise",
]
