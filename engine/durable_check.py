"""Ask durable-rules about each rule on its own, so `crossguard validate` names every rule it refuses.

A pack can pass our schema and still be refused by the engine: its regex dialect rejects some
patterns Python accepts (`a{101}`, `.{0,300}`: error 501), and its C core has size limits. Loading
all rules into one ruleset reports only the first refusal, without naming the rule; registering
each rule in a ruleset of its own names all of them in one run. Rulesets cannot be unregistered,
so this costs a little memory per call: it is for `validate`, not for every evaluation.
"""

from __future__ import annotations

import re

from crossguard.engine.compiler import compile_rule
from crossguard.engine.durable_host import EngineError, host, next_namespace
from crossguard.engine.packs import Rule

#: What durable-rules' numeric error codes mean for a pack author (durable-rules' rules.h).
ERROR_HINTS = {
    "501": "its regex dialect cannot parse the pattern (e.g. a counted repeat over 100)",
    "502": "the regular expression is too complex for its regex engine",
    "503": "the regular expression is too complex for its regex engine",
    "508": "its regex dialect cannot parse the pattern",
    "113": "the condition has too many expressions",
    "106": "the condition is too large",
    "202": "a string in the condition cannot be parsed",
}


def _never_runs(c: object) -> None:  # one parameter: durable-rules runs two-parameter actions asynchronously
    return None


def _reason(error: EngineError) -> str:
    code = re.search(r"error code:? (\d+)", str(error))
    hint = ERROR_HINTS.get(code.group(1)) if code else None
    detail = f"error code {code.group(1)}" if code else str(error)
    return f"durable-rules refuses this rule ({detail}{': ' + hint if hint else ''})"


def durable_refusal(rule: Rule) -> str | None:
    """Register the rule alone in a ruleset of its own; why durable-rules refused it, or None.

    Passed to `validate_packs(rule_check=...)`, so each refused rule is named with its file and line."""
    name = f"{next_namespace()}_check"
    action = f"{name}:{rule.id}"
    try:
        host().register(name, {rule.id: compile_rule(rule, action)}, {action: _never_runs})
    except EngineError as error:
        return _reason(error)
    return None
