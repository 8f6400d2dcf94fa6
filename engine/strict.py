"""The one base for every input model: unknown fields are errors, strings are trimmed.

Catalogs, seller data, rule packs and configuration are all written by people; a misspelt key
(``categroy``, ``max_unhedgd``) must fail loudly instead of being ignored.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
