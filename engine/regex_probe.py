"""Does durable-rules match a pattern the way its meaning (`regex_dialect.Matcher`) says?

The engine's matcher is a DFA built by its own construction, which gets some patterns wrong
(`(b*|c*)|a+` matched "bc", `[ab]+|.{0,2}` matched "abc") and refuses others at registration
(error 507, conflicting states). A rule with such a pattern would fire on the wrong listings or
never. So each pattern a pack uses is registered once, alone, in a probe ruleset and tried on
samples: strings the pattern describes, near misses, and random strings over its characters. A
refusal or any disagreement is a pack error; the verdict is kept for the life of the process.
The samples are drawn from a generator seeded by the pattern, so a verdict never varies by run.
"""

from __future__ import annotations

import random
import zlib
from typing import Any

from crossguard.engine import engine_json
from crossguard.engine.durable_host import LOCK, EngineError, host, next_namespace
from crossguard.engine.regex_dialect import Alt, Chars, Concat, Node, matcher, parse

RANDOM_SAMPLES = 150
MEMBERS = 60
MAX_EXTRA_REPEATS = 3
#: Characters outside most patterns: the probe must see how the engine treats them too.
OUTSIDERS = ("~", " ", "é", "日")

_verdicts: dict[tuple[str, bool], str | None] = {}


def _noop(c: Any) -> None:  # one parameter: a two-parameter action would run asynchronously
    return None


def engine_disagreement(pattern: str, ignore_case: bool = False) -> str | None:
    """None when durable-rules matches like the pattern's meaning on every sample; else why not."""
    key = (pattern, ignore_case)
    if key not in _verdicts:
        _verdicts[key] = _probe(pattern, ignore_case)
    return _verdicts[key]


def _probe(pattern: str, ignore_case: bool) -> str | None:
    reference = matcher(pattern, ignore_case)
    name = f"{next_namespace()}_regex_probe"
    action = f"{name}:r"
    test = {"$imt" if ignore_case else "$mt": {"v": pattern}}
    try:
        host().register(name, {"r": {"all": [{"m": {"$and": [{"t": "probe"}, test]}}], "run": action}},
                        {action: _noop})
    except EngineError as error:
        return f"durable-rules cannot compile it: {str(error).split(': ', 1)[-1]}"
    # Shortest first: the first disagreement found is the clearest example to show.
    for index, text in enumerate(sorted(samples(parse(pattern), pattern, ignore_case), key=lambda t: (len(t), t))):
        with LOCK:
            fired = bool(host().assert_and_collect(name, engine_json.dumps({"t": "probe", "ref": index, "v": text})))
        if fired != reference.fullmatch(text):
            verdict = ("matches", "does not describe") if fired else ("does not match", "describes")
            return (f"durable-rules {verdict[0]} {text!r}, which the pattern {verdict[1]}; its matcher mishandles "
                    "overlapping alternatives and repeats: simplify the pattern")
    return None


def samples(node: Node, pattern: str, ignore_case: bool) -> list[str]:
    """Strings to try: members of the pattern's language, one-character mutations of them, random strings."""
    rng = random.Random(zlib.crc32(pattern.encode()))
    alphabet = sorted(_alphabet(node, rng)) + list(OUTSIDERS)
    if ignore_case:
        alphabet += [char.swapcase() for char in alphabet if char.isascii() and char.isalpha()]
    members = [_member(node, rng, alphabet) for _ in range(MEMBERS)]
    mutated = [_mutate(text, rng, alphabet) for text in members]
    randoms = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(RANDOM_SAMPLES)]
    if ignore_case:
        members += [text.swapcase() for text in members]
    return list(dict.fromkeys(["", *members, *mutated, *randoms]))


def _alphabet(node: Node, rng: random.Random) -> set[str]:
    if isinstance(node, Chars):
        if node.chars is None:
            return {"a"}
        chars = sorted(node.chars)
        return {chars[0], chars[-1], rng.choice(chars)}
    if isinstance(node, Concat | Alt):
        return set().union(*(_alphabet(item, rng) for item in node.items))
    return _alphabet(node.item, rng)


def _member(node: Node, rng: random.Random, alphabet: list[str]) -> str:
    if isinstance(node, Chars):
        choices = [c for c in alphabet if node.accepts(c)] if node.negated or node.chars is None else sorted(node.chars)
        return rng.choice(choices) if choices else ""
    if isinstance(node, Concat):
        return "".join(_member(item, rng, alphabet) for item in node.items)
    if isinstance(node, Alt):
        return _member(rng.choice(node.items), rng, alphabet)
    high = node.low + MAX_EXTRA_REPEATS if node.high is None else min(node.high, node.low + MAX_EXTRA_REPEATS)
    return "".join(_member(node.item, rng, alphabet) for _ in range(rng.randint(node.low, high)))


def _mutate(text: str, rng: random.Random, alphabet: list[str]) -> str:
    at = rng.randint(0, len(text))
    kind = rng.choice(("insert", "delete", "replace")) if text else "insert"
    if kind == "insert":
        return text[:at] + rng.choice(alphabet) + text[at:]
    at = min(at, len(text) - 1)
    return text[:at] + (rng.choice(alphabet) if kind == "replace" else "") + text[at + 1 :]
