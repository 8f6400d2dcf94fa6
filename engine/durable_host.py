"""The one durable-rules host of a process, used synchronously under a lock.

Why a single, locked, timer-less host (see ../shared/durable-rules.md):
- the engine is not thread-safe (8 threads on one host segfaulted), so every call holds `LOCK`;
- every `Host()` starts two timer threads that never stop; we only assert and retract facts
  synchronously, so `_run` is overridden to start none;
- ruleset names cannot be registered twice, so callers namespace them (`next_namespace`);
- a ruleset no longer used is deleted from the C core (`retire`, then the next `register`), so a long-lived
  server that loads packs again, or validates them, does not keep every ruleset it ever made.
"""

from __future__ import annotations

import copy
import itertools
import re
import threading
from collections.abc import Callable
from typing import Any

import durable_rules_engine
from durable import engine as durable_engine

from crossguard.engine import engine_json

LOCK = threading.RLock()
# Result codes of the C core's assert/retract (durable/engine.py Ruleset._handle_result).
_OK, _NOT_HANDLED = 0, 1
_namespaces = itertools.count(1)
_start_action_for_state = durable_rules_engine.start_action_for_state
_complete_and_start_action = durable_rules_engine.complete_and_start_action


#: What the C core's numeric error codes mean (durable-rules src/rules/rules.h), for messages a
#: pack author can act on.
ERROR_CODES = {
    106: "too many rules in one ruleset", 113: "too many tests in one expression",
    201: "unreadable value", 202: "unreadable string", 203: "unreadable number", 204: "unreadable object",
    302: "too many properties in one fact", 303: "more than 64 tests true at one level",
    501: "regular expression outside durable-rules' dialect", 502: "regular expression too complex (transitions)",
    503: "regular expression too complex (states)", 504: "regular expression too complex (queue)",
    505: "regular expression too complex (list)", 506: "regular expression too complex (set)",
    507: "regular expression with conflicting branches", 508: "regular expression that matches nothing",
}
_CODE = re.compile(r"error code: (\d+)")


class EngineError(RuntimeError):
    """durable-rules reported a failure we must not swallow (an action raised, registration failed)."""


def explain(error: BaseException) -> str:
    """The engine's message with the meaning of its numeric code, when it has one."""
    text = str(error)
    match = _CODE.search(text)
    meaning = ERROR_CODES.get(int(match.group(1))) if match else None
    return f"{text} ({meaning})" if meaning else text


class _Ruleset(durable_engine.Ruleset):
    """durable's Ruleset, its definition written by `engine_json` (positional numbers) instead of json.dumps."""

    def __init__(self, name: str, host: SyncHost, definition: dict[str, Any]):
        self._actions = {}
        self._name, self._host = name, host
        for rule_name, rule in definition.items():
            self._actions[rule_name] = durable_engine.Promise(host.get_action(rule.pop("run")))
        self._handle = durable_rules_engine.create_ruleset(name, engine_json.dumps(definition))
        self._definition = definition


class SyncHost(durable_engine.Host):
    def __init__(self) -> None:
        self._named_actions: dict[str, Callable[[Any], None]] = {}
        #: each registered ruleset's C handle by name: one dict read per round trip, not durable's `get_ruleset`
        self._handles: dict[str, int] = {}
        #: rulesets no longer used (`retire`), deleted at the next `register`
        self._retired: list[str] = []
        super().__init__()

    def _run(self) -> None:  # no timer threads: we never use timers or async actions
        return None

    def get_action(self, action_name: str) -> Callable[[Any], None]:
        try:
            return self._named_actions[action_name]
        except KeyError:
            raise EngineError(f"no action registered for {action_name!r}") from None

    def assert_and_collect(self, ruleset_name: str, payload: str, fact_id: int | None = None) -> list[str]:
        """Assert one fact (already JSON), return the names of the rules it fired, retract it.

        Why not `Host.assert_fact`: its Python action loop costs about 25 us per fired rule (a
        Closure, a JSON dump of the session state, a JSON parse of the match) and serialises the
        fact again for the retraction. Our actions would only record the rule name, so we drive
        the C core's action queue directly: start the actions for the fact's state, read each
        action's rule name, complete it. The session state is never updated, so no rule can match
        durable-rules' internal state object either. This relies on the C API of
        durable-rules 2.0.28 (frozen since 2020); tests/test_durable_contract.py and the
        operator contract tests check it against the plain-Python semantics.

        ``fact_id``: the payload carries ``"id":<fact_id>`` (unique in the process). The C core then
        takes it as the fact's identity instead of hashing every property (sorted) for one, and
        the fact is retracted by ``{"id":<fact_id>}`` alone: the core finds a fact to retract by its
        session and id only, so parsing the whole payload again was wasted (a round trip about 20%
        cheaper, docs/performance.md). Retraction queues no action for rules of one fact pattern
        (ours: `compiler.compile_rule`), so its queue is not read (tests/test_durable_contract.py).
        Without ``fact_id`` the whole payload is retracted and the queue read, for any ruleset.
        """
        handle = self._handles.get(ruleset_name)
        if handle is None:
            handle = self.get_ruleset(ruleset_name)._handle
        try:
            code, state_handle = durable_rules_engine.assert_fact(handle, payload)[:2]
        except durable_rules_engine.error as error:  # the C parser refused the fact's JSON
            raise EngineError(f"durable-rules refused a fact in {ruleset_name}: {explain(error)}") from None
        if code == _NOT_HANDLED:
            return []
        if code != _OK:
            raise EngineError(f"durable-rules refused a fact in {ruleset_name} (code {code})")
        try:
            fired = self._drain(handle, state_handle)
        finally:  # retract even when reading the matches failed: no fact may stay in the session
            if fact_id is not None:
                code = durable_rules_engine.retract_fact(handle, f'{{"id":{fact_id}}}')[0]
            else:
                code, retract_handle = durable_rules_engine.retract_fact(handle, payload)[:2]
                if code == _OK:
                    self._drain(handle, retract_handle)
            if code != _OK and code != _NOT_HANDLED:
                raise EngineError(f"durable-rules could not retract a fact in {ruleset_name} (code {code})")
        return fired

    @staticmethod
    def _drain(handle: int, state_handle: int) -> list[str]:
        """Every queued action's rule name read, and the action completed (an action left open would
        block all later facts).

        The C core writes each action as ``{"<rule name>":<matched facts>}`` (state.c serializeResult),
        so the name is the text between the first two quotes: the matched fact, often a kilobyte, is
        never decoded. ``register`` refuses rule names with a quote or a backslash, which keeps that exact.
        """
        names: list[str] = []
        unreadable: str | None = None
        result = _start_action_for_state(handle, state_handle)
        message = result[1] if result else None
        complete_and_start = _complete_and_start_action
        while message:
            end = message.find('":', 2)
            if end > 2 and message.startswith('{"'):
                names.append(message[2:end])
            else:
                unreadable = message[:80]
            message = complete_and_start(handle, state_handle)
        if unreadable is not None:
            raise EngineError(f"durable-rules returned a match that cannot be read: {unreadable!r}")
        return names

    def register(self, name: str, definition: dict[str, Any], actions: dict[str, Callable[[Any], None]]) -> None:
        """Register one ruleset; the definition is deep-copied because the engine mutates it. Rulesets retired
        since the last call are deleted first."""
        with LOCK:
            if self._retired:
                retired, self._retired = self._retired, []
                self.unregister(retired)
            if name in self._ruleset_directory:
                raise EngineError(f"ruleset {name} is already registered")
            unsafe = [rule for rule in definition if '"' in rule or "\\" in rule]
            if unsafe:  # _drain reads rule names from the engine's text without decoding it
                raise EngineError(f"ruleset {name}: rule names with a quote or backslash: {unsafe}")
            self._named_actions.update(actions)
            try:
                ruleset = _Ruleset(name, self, copy.deepcopy(definition))
            except Exception as error:  # the C core raises a bare error with a numeric code
                for action in actions:
                    self._named_actions.pop(action, None)
                raise EngineError(f"durable-rules rejected ruleset {name}: {explain(error)}") from error
            # What Host.register_rulesets does for a plain ruleset (we set none of its callbacks).
            self._ruleset_directory[name] = ruleset
            self._ruleset_list.append(ruleset)
            self._handles[name] = ruleset._handle

    def retire(self, names: list[str]) -> None:
        """Rulesets nobody will assert into again (their evaluator was collected), deleted at the next `register`:
        called from a finalizer, at any moment of any thread, so it only takes note (no lock, no C call)."""
        self._retired.extend(names)

    def unregister(self, names: list[str]) -> None:
        """Delete rulesets from the C core and forget them and their actions (names unknown are skipped)."""
        with LOCK:
            for name in names:
                ruleset = self._ruleset_directory.pop(name, None)
                if ruleset is None:
                    continue
                self._ruleset_list.remove(ruleset)
                del self._handles[name]
                prefix = f"{name}:"
                for action in [action for action in self._named_actions if action.startswith(prefix)]:
                    del self._named_actions[action]
                try:
                    durable_rules_engine.delete_ruleset(ruleset._handle)
                except durable_rules_engine.error:  # forgotten all the same: at worst its memory stays
                    continue


_host: SyncHost | None = None


def host() -> SyncHost:
    global _host
    with LOCK:
        if _host is None:
            _host = SyncHost()
        return _host


def next_namespace() -> str:
    return f"r{next(_namespaces)}"
