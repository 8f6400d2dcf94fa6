"""crossguard engine: rule packs compiled into durable-rules rulesets and evaluated against facts."""
