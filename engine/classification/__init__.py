"""Product-type vocabulary and classifier.

What a product *is* decides which regimes apply to it. `Classifier.classify` reads a product's texts (HS
code, marketplace product type, category path, title, description) against a curated vocabulary of product
types and modifiers (`product_types.yaml`, `hs_codes.yaml`, `google_product_categories.yaml`,
`shopify_product_categories.yaml`) and returns every regulatory class with the reason.
"""

from .classifier import (
    DEFAULT_GOOGLE,
    DEFAULT_HS,
    DEFAULT_SHOPIFY,
    DEFAULT_TYPES,
    Classifier,
    ProductText,
    TypeResult,
)
from .matcher import Mention
from .normalise import normalise
from .vocabulary import Vocabulary, VocabularyError, load_vocabulary

__all__ = [
    "DEFAULT_GOOGLE",
    "DEFAULT_SHOPIFY",
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
