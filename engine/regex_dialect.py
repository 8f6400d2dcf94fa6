"""durable-rules' regular-expression dialect: which patterns `matches`/`imatches` accept, and what
they mean, evaluated in linear time.

durable-rules 2.0.28 has its own small regex language (src/rules/regex.c), not Python's: `%`
escapes (`%.` a literal dot, `%d` a digit), `[...]` and `[^...]` classes, `.`, `|`, groups, `* + ?`
and `{n}`/`{n,}`/`{n,m}` up to 100. A pattern is always matched against the whole value, and
`imatches` folds ASCII letters only. Python syntax it lacks is not an error to the engine: `\\d`
is a literal backslash and `d`, `(?i)x` a group, `^abc$` literal carets and dollars, so such a rule
registered fine and silently never fired. `parse` accepts exactly the subset whose meaning we know
and names anything else with a hint; `Matcher` is that meaning, a lazily built DFA over code
points, so evidence and the contract tests never run a backtracking regex on untrusted text.

Refused although the engine takes them: a repeat of something that can match the empty string
(`(a|b*)+` hung the engine's compiler), an empty alternative or group, `{0}` (which the engine
reads as "once"), a backslash anywhere, `^`/`$` outside classes, and the Latin-1 classes (`%a`...).
Whether the engine then really matches as `Matcher` does is checked against samples by
`engine.regex_probe`: its DFA construction mishandles some overlapping alternatives.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

MAX_PATTERN = 200
MAX_REPEAT = 100  # the engine's MAX_INTERVAL
MAX_POSITIONS = 2000  # NFA states after expanding {n,m}; the engine stops at 4096
MAX_GROUP_DEPTH = 16
METACHARS = frozenset(".|?*+()[]{}%")
CLASS_ESCAPES = {
    "d": frozenset("0123456789"),
    "w": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    "s": frozenset("\t\n\v\f\r "),
    "x": frozenset("0123456789ABCDEFabcdef"),
}
PYTHON_HINTS = {
    "d": "a digit is %d or [0-9]", "w": "a letter or digit is %w or [A-Za-z0-9]", "s": "a space is %s",
    "b": "there are no word boundaries; the pattern matches the whole value", ".": "a literal dot is %.",
}


class DialectError(ValueError):
    """A pattern outside the dialect; `position` is the 0-based index of the offending character."""

    def __init__(self, position: int, message: str):
        super().__init__(f"at character {position + 1}: {message}")
        self.position, self.message = position, message


@dataclass(frozen=True)
class Chars:
    """One character from `chars` (None: any character), or not from it when `negated`."""

    chars: frozenset[str] | None
    negated: bool = False

    def accepts(self, char: str) -> bool:
        if self.chars is None:
            return True
        return (char in self.chars) != self.negated


@dataclass(frozen=True)
class Concat:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Alt:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Repeat:
    item: Node
    low: int
    high: int | None  # None: unbounded


Node = Chars | Concat | Alt | Repeat


def nullable(node: Node) -> bool:
    if isinstance(node, Chars):
        return False
    if isinstance(node, Concat):
        return all(nullable(item) for item in node.items)
    if isinstance(node, Alt):
        return any(nullable(item) for item in node.items)
    return node.low == 0 or nullable(node.item)


class _Parser:
    def __init__(self, pattern: str):
        self.text, self.at, self.depth = pattern, 0, 0

    def peek(self) -> str | None:
        return self.text[self.at] if self.at < len(self.text) else None

    def fail(self, message: str, at: int | None = None) -> DialectError:
        return DialectError(self.at if at is None else at, message)

    def alternation(self) -> Node:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.at += 1
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else Alt(tuple(branches))

    def sequence(self) -> Node:
        start = self.at
        items: list[Node] = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.piece())
        if not items:
            raise self.fail("empty alternative: use ? for an optional part" if self.peek() == "|" or start
                            else "empty pattern", start)
        return items[0] if len(items) == 1 else Concat(tuple(items))

    def piece(self) -> Node:
        start = self.at
        atom = self.atom()
        quantifier = self.quantifier()
        if quantifier is None:
            return atom
        if nullable(atom):
            raise self.fail("durable-rules cannot repeat something that matches the empty string "
                            "(its compiler hangs): make the repeated part non-empty", start)
        if self.peek() in ("*", "+", "?", "{"):
            raise self.fail("a quantifier cannot follow a quantifier (lazy *? and +? are not supported)")
        return Repeat(atom, *quantifier)

    def atom(self) -> Node:
        char = self.peek()
        assert char is not None
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "%":
            return Chars(self.escape())
        if char in "*+?{":
            raise self.fail(f"nothing before {char!r} to repeat (a literal {char} is %{char})")
        if char in ")]}":
            raise self.fail(f"unmatched {char!r} (a literal {char} is %{char})")
        self.at += 1
        if char == ".":
            return Chars(None)
        return Chars(frozenset(self.literal(char)))

    def literal(self, char: str) -> str:
        at = self.at - 1
        if char == "\\":
            hint = PYTHON_HINTS.get(self.peek() or "", "durable-rules escapes with %, not \\ (%. is a literal dot)")
            raise self.fail(f"\\ is not an escape in durable-rules' dialect: {hint}", at)
        if char in "^$":
            literal = "[$]" if char == "$" else "a class, not first: [x^]"
            raise self.fail(f"{char} is not an anchor here: a pattern always matches the whole value; "
                            f"drop it (a literal {char} goes in {literal})", at)
        if not char.isprintable():
            raise self.fail(f"control character {char!r} in a pattern", at)
        return char

    def group(self) -> Node:
        start = self.at
        self.at += 1
        if self.peek() == "?":
            raise self.fail("(?...) groups (flags such as (?i), lookahead, non-capturing groups) are not in "
                            "durable-rules' dialect; for case-insensitive matching use imatches", start)
        if self.peek() == ")":
            raise self.fail("empty group ()", start)
        self.depth += 1
        if self.depth > MAX_GROUP_DEPTH:
            raise self.fail(f"groups nested deeper than {MAX_GROUP_DEPTH}", start)
        inner = self.alternation()
        self.depth -= 1
        if self.peek() != ")":
            raise self.fail("unclosed group: ( without )", start)
        self.at += 1
        return inner

    def escape(self) -> frozenset[str]:
        start = self.at
        self.at += 1
        char = self.peek()
        if char is None:
            raise self.fail("% at the end: a literal % is %%", start)
        self.at += 1
        if char in METACHARS:
            return frozenset(char)
        if char in CLASS_ESCAPES:
            return CLASS_ESCAPES[char]
        raise self.fail(f"%{char} is not supported: use %d %w %s %x, or % before one of {''.join(sorted(METACHARS))}",
                        start)

    def char_class(self) -> Node:
        start = self.at
        self.at += 1
        negated = self.peek() == "^"
        if negated:
            self.at += 1
        chars: set[str] = set()
        while self.peek() != "]":
            char = self.peek()
            if char is None:
                raise self.fail("unclosed class: [ without ]", start)
            if char == "%":
                chars |= self.escape()
                continue
            self.at += 1
            if char == "-":
                if self.peek() != "]":
                    raise self.fail("a literal - goes last in a class ([a-z-])", self.at - 1)
                chars.add("-")
                continue
            char = self._class_char(char, self.at - 1)
            if self.peek() == "-" and self.at + 1 < len(self.text) and self.text[self.at + 1] != "]":
                end = self._class_char(self.text[self.at + 1], self.at + 1)
                if end == "%" or ord(end) <= ord(char):
                    raise self.fail(f"range {char}-{end} is not in increasing order", self.at - 1)
                chars |= {chr(code) for code in range(ord(char), ord(end) + 1)}
                self.at += 2
            else:
                chars.add(char)
        if not chars:
            raise self.fail("empty class []", start)
        self.at += 1
        return Chars(frozenset(chars), negated)

    def _class_char(self, char: str, at: int) -> str:
        if char == "\\":
            raise self.fail("\\ is not an escape in durable-rules' dialect: use % (%] is a literal ])", at)
        if not char.isprintable():
            raise self.fail(f"control character {char!r} in a pattern", at)
        return char

    def quantifier(self) -> tuple[int, int | None] | None:
        char = self.peek()
        simple = {"*": (0, None), "+": (1, None), "?": (0, 1)}
        if char in simple:
            self.at += 1
            return simple[char]
        if char != "{":
            return None
        start = self.at
        end = self.text.find("}", start)
        body = self.text[start + 1 : end] if end > start else ""
        low_text, comma, high_text = body.partition(",")
        if end < 0 or not low_text.isdigit() or (high_text and not high_text.isdigit()):
            raise self.fail("a repeat is {n}, {n,} or {n,m} with whole numbers (a literal { is %{)", start)
        low = int(low_text)
        high = low if not comma else int(high_text) if high_text else None
        if high is not None and (high < max(low, 1) or high > MAX_REPEAT):
            raise self.fail(f"{{{body}}}: needs 1 <= m <= {MAX_REPEAT} and n <= m", start)
        if low > MAX_REPEAT:
            raise self.fail(f"{{{body}}}: at most {MAX_REPEAT} repeats", start)
        self.at = end + 1
        return low, high


@functools.lru_cache(maxsize=1024)
def parse(pattern: str) -> Node:
    """The pattern's meaning, or DialectError saying what is outside the dialect and where."""
    if not pattern:
        raise DialectError(0, "empty pattern")
    if len(pattern) > MAX_PATTERN:
        raise DialectError(MAX_PATTERN, f"longer than {MAX_PATTERN} characters")
    parser = _Parser(pattern)
    node = parser.alternation()
    if parser.peek() == ")":
        raise parser.fail("unmatched ')' (a literal ) is %))")
    if _positions(node) > MAX_POSITIONS:
        raise DialectError(0, f"too large once its repeats are expanded (over {MAX_POSITIONS} states)")
    return node


def _positions(node: Node) -> int:
    if isinstance(node, Chars):
        return 1
    if isinstance(node, Concat | Alt):
        return sum(_positions(item) for item in node.items)
    return _positions(node.item) * max(node.low, node.high or 1, 1)


# -- matching: Thompson NFA, determinised lazily ------------------------------------------------


def fold(text: str) -> str:
    """What imatches compares: ASCII letters lower-cased (the engine's C tolower), nothing else."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_CACHE_LIMIT = 20_000


class Matcher:
    """Whole-value matching in time linear in the text, whatever the pattern."""

    def __init__(self, node: Node, ignore_case: bool = False):
        self.ignore_case = ignore_case
        self.tests: list[Chars | None] = []  # None: an epsilon-only state
        self.edges: list[list[int]] = []  # epsilon edges
        self.next: list[int] = []  # where a consumed character leads
        start, self.accept = self._build(node)
        self.start = self._closure({start})
        self._steps: dict[tuple[frozenset[int], str], frozenset[int]] = {}

    def _state(self, test: Chars | None = None) -> int:
        if test is not None and self.ignore_case and test.chars is not None:
            test = Chars(frozenset(fold("".join(test.chars))), test.negated)
        self.tests.append(test)
        self.edges.append([])
        self.next.append(-1)
        return len(self.tests) - 1

    def _build(self, node: Node) -> tuple[int, int]:
        """A fragment (entry, exit) for the node."""
        if isinstance(node, Chars):
            entry, exit_ = self._state(node), self._state()
            self.next[entry] = exit_
            return entry, exit_
        if isinstance(node, Concat):
            entry, exit_ = self._build(node.items[0])
            for item in node.items[1:]:
                head, tail = self._build(item)
                self.edges[exit_].append(head)
                exit_ = tail
            return entry, exit_
        if isinstance(node, Alt):
            entry, exit_ = self._state(), self._state()
            for item in node.items:
                head, tail = self._build(item)
                self.edges[entry].append(head)
                self.edges[tail].append(exit_)
            return entry, exit_
        return self._repeat(node)

    def _repeat(self, node: Repeat) -> tuple[int, int]:
        entry = exit_ = self._state()
        for index in range(max(node.low, node.high or 0)):
            head, tail = self._build(node.item)
            self.edges[exit_].append(head)
            if index >= node.low:
                self.edges[exit_].append(tail)  # skip this optional copy...
            exit_ = tail
        if node.high is None:  # ...or loop: the last copy (or a first one when low is 0) repeats
            head, tail = self._build(node.item)
            self.edges[exit_].append(head)
            self.edges[tail].append(head)
            end = self._state()
            self.edges[exit_].append(end)
            self.edges[tail].append(end)
            exit_ = end
        return entry, exit_

    def _closure(self, states: set[int]) -> frozenset[int]:
        stack, seen = list(states), set(states)
        while stack:
            for target in self.edges[stack.pop()]:
                if target not in seen:
                    seen.add(target)
                    stack.append(target)
        return frozenset(seen)

    def _step(self, states: frozenset[int], char: str) -> frozenset[int]:
        key = (states, char)
        found = self._steps.get(key)
        if found is None:
            moved = {self.next[s] for s in states if (test := self.tests[s]) is not None and test.accepts(char)}
            found = self._closure(moved)
            if len(self._steps) < _CACHE_LIMIT:
                self._steps[key] = found
        return found

    def fullmatch(self, text: str) -> bool:
        states = self.start
        for char in fold(text) if self.ignore_case else text:
            states = self._step(states, char)
            if not states:
                return False
        return self.accept in states


@functools.lru_cache(maxsize=1024)
def matcher(pattern: str, ignore_case: bool = False) -> Matcher:
    return Matcher(parse(pattern), ignore_case)
