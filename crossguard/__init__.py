"""crossguard: rules-driven compliance and risk monitoring for cross-border e-commerce sellers."""

__version__ = "0.2.0"
