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
import orjson
from durable import engine as durable_engine

LOCK = threading.RLock()
# Result codes of the C core's assert/retract (durable/engine.py Ruleset._handle_result).
_OK, _NOT_HANDLED = 0, 1
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

    def assert_and_collect(self, ruleset_name: str, payload: str) -> list[str]:
        """Assert one fact (already JSON), return the names of the rules it fired, retract it.

        Why not `Host.assert_fact`: its Python action loop costs about 25 us per fired rule (a
        Closure, a JSON dump of the session state, a JSON parse of the match) and serialises the
        fact again for the retraction. Our actions would only record the rule name, so we drive
        the C core's action queue directly: start the actions for the fact's state, read each
        action's rule name, complete it. The session state is never updated, so no rule can match
        durable-rules' internal state object either. This relies on the C API of
        durable-rules 2.0.28 (frozen since 2020); tests/test_durable_contract.py and the
        operator contract tests check it against the plain-Python semantics.
        """
        handle = self.get_ruleset(ruleset_name)._handle
        code, state_handle = durable_rules_engine.assert_fact(handle, payload)[:2]
        if code == _NOT_HANDLED:
            return []
        if code != _OK:
            raise EngineError(f"durable-rules refused a fact in {ruleset_name} (code {code})")
        fired = self._drain(handle, state_handle)
        code, retract_handle = durable_rules_engine.retract_fact(handle, payload)[:2]
        if code == _OK:
            self._drain(handle, retract_handle)
        elif code != _NOT_HANDLED:
            raise EngineError(f"durable-rules could not retract a fact in {ruleset_name} (code {code})")
        return fired

    @staticmethod
    def _drain(handle: int, state_handle: int) -> list[str]:
        names: list[str] = []
        result = durable_rules_engine.start_action_for_state(handle, state_handle)
        message = result[1] if result else None
        while message:
            names.extend(orjson.loads(message))  # {rule name: matched fact}
            message = durable_rules_engine.complete_and_start_action(handle, state_handle)
        return names

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
