"""Ask durable-rules about each rule on its own, so `crossguard validate` names every rule it refuses.

A pack can pass our schema and still be refused by the engine: its regex dialect rejects some
patterns Python accepts (`a{101}`, `.{0,300}`: error 501), and its C core has size limits. Loading
all rules into one ruleset reports only the first refusal, without naming the rule; registering
each rule in a ruleset of its own names all of them in one run. The ruleset is deleted again at once
(`SyncHost.unregister`); it is for `validate`, not for every evaluation.
"""

from __future__ import annotations

from crossguard.engine.compiler import compile_rule
from crossguard.engine.durable_host import EngineError, host, next_namespace
from crossguard.engine.packs import Rule


def _never_runs(c: object) -> None:  # one parameter: durable-rules runs two-parameter actions asynchronously
    return None


def durable_refusal(rule: Rule) -> str | None:
    """Register the rule alone in a ruleset of its own; why durable-rules refused it, or None.

    Passed to `validate_packs(rule_check=...)`, so each refused rule is named with its file and line."""
    name = f"{next_namespace()}_check"
    action = f"{name}:{rule.id}"
    engine_host = host()
    try:
        engine_host.register(name, {rule.id: compile_rule(rule, action)}, {action: _never_runs})
    except EngineError as error:  # register() has already put the code's meaning in the message
        return f"durable-rules cannot compile this rule: {error}"
    engine_host.unregister([name])
    return None
