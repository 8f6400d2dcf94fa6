"""The one durable-rules host of a process, used synchronously under a lock.

Why a single, locked, timer-less host (see ../shared/durable-rules.md):
- the engine is not thread-safe (8 threads on one host segfaulted), so every call holds `LOCK`;
- every `Host()` starts two timer threads that never stop; we only assert and retract facts
  synchronously, so `_run` is overridden to start none;
- ruleset names cannot be registered twice, so callers namespace them (`next_namespace`).
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable
from typing import Any

import durable_rules_engine
from durable import engine as durable_engine

LOCK = threading.RLock()
_namespaces = itertools.count(1)


class EngineError(RuntimeError):
    """durable-rules reported a failure we must not swallow (an action raised, registration failed)."""


class SyncHost(durable_engine.Host):
    def __init__(self) -> None:
        self._named_actions: dict[str, Callable[[Any], None]] = {}
        super().__init__()

    def _run(self) -> None:  # no timer threads: we never use timers or async actions
        return None

    def get_action(self, action_name: str) -> Callable[[Any], None]:
        try:
            return self._named_actions[action_name]
        except KeyError:
            raise EngineError(f"no action registered for {action_name!r}") from None

    def assert_json(self, ruleset_name: str, payload: str) -> Any:
        """Assert a fact already serialised to JSON and run its actions synchronously.

        `Host.assert_fact` serialises the fact itself, and retracting serialises it again; the
        fact is the same, so we encode once (orjson) and call the C core with the string. This
        uses `Ruleset._handle` and `Host._handle_function`, which durable-rules 2.0.28 (frozen
        since 2020) keeps stable; tests/test_durable_contract.py covers the path.
        Raises MessageNotHandledException when no rule matched.
        """
        ruleset = self.get_ruleset(ruleset_name)
        return self._handle_function(
            ruleset,
            lambda text: ruleset._handle_result(durable_rules_engine.assert_fact(ruleset._handle, text), text),
            payload,
            None,
        )

    def retract_json(self, ruleset_name: str, payload: str) -> Any:
        ruleset = self.get_ruleset(ruleset_name)
        return self._handle_function(
            ruleset,
            lambda text: ruleset._handle_result(durable_rules_engine.retract_fact(ruleset._handle, text), text),
            payload,
            None,
        )

    def register(self, name: str, definition: dict[str, Any], actions: dict[str, Callable[[Any], None]]) -> None:
        """Register one ruleset; the definition is deep-copied because the engine mutates it."""
        with LOCK:
            self._named_actions.update(actions)
            try:
                self.register_rulesets({name: copy.deepcopy(definition)})
            except Exception as error:  # the C core raises a bare error with a numeric code
                raise EngineError(f"durable-rules rejected ruleset {name}: {error}") from error


_host: SyncHost | None = None


def host() -> SyncHost:
    global _host
    with LOCK:
        if _host is None:
            _host = SyncHost()
        return _host


def next_namespace() -> str:
    return f"r{next(_namespaces)}"
