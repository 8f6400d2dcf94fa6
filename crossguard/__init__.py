"""crossguard: rules-driven compliance and risk monitoring for cross-border e-commerce sellers."""

from crossguard import compiled as _compiled

__version__ = "0.2.0"

_compiled.install()  # before any compiled module is imported: never a stale extension (crossguard/compiled.py)
