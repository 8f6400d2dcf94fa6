"""Rule packs: the YAML schema, loading with file:line errors, and cross-pack validation.

A pack is policy written by compliance people; everything in it is checked before it can reach
the engine: schema (pydantic), conditions against the subject kind's declared fields, operators,
regexes, message placeholders, and rule ids unique across all packs loaded together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import Field, TypeAdapter, ValidationError, field_validator, model_validator

from crossguard.engine.conditions import ConditionError, Node, parse
from crossguard.engine.findings import Severity
from crossguard.engine.markets import JURISDICTIONS, KNOWN_MARKETS, country_code, region_of
from crossguard.engine.strict import StrictModel
from crossguard.engine.subjects import SubjectKind, subject_kinds
from crossguard.engine.yaml_lines import LocatedYaml, Location, YamlError, load_located
from crossguard.rules import RULES_DIR

DEFAULT_RULES_DIR = RULES_DIR
#: Files in rules/ that are not packs.
NON_PACK_FILES = frozenset({"product_types.yaml", "hs_codes.yaml", "google_product_categories.yaml",
                            "shopify_product_categories.yaml", "product_groups.yaml", "topics.yaml"})
PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w.]*)\}")
RULE_ID = r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$"
CONFIG_KEY = r"^[a-z][a-z0-9_]*$"
#: The configuration section with dates that depend on acts not yet adopted (`effective_from_config`).
LAW_DATES = "law_dates"
LawDates = Mapping[str, date | None]
#: A further check of each built rule (`crossguard validate` asks durable-rules): a problem text or None.
RuleCheck = Callable[["Rule"], str | None]


class AppliesTo(StrictModel):
    """What a rule is about, and optionally which markets/marketplaces it is limited to."""

    subject: str = "listing"
    markets: list[str] | None = None
    marketplaces: list[str] | None = None

    @field_validator("markets", mode="before")
    @classmethod
    def _markets(cls, value: object) -> object:
        return [country_code(item) for item in value] if isinstance(value, list) else value

    @field_validator("markets")
    @classmethod
    def _known_markets(cls, value: list[str] | None) -> list[str] | None:
        unknown = [market for market in value or [] if market not in KNOWN_MARKETS]
        if unknown:
            raise ValueError(f"unknown market(s) {unknown}: use ISO 3166 country codes")
        return value

    @field_validator("subject")
    @classmethod
    def _known_subject(cls, value: str) -> str:
        kinds = subject_kinds()
        if value not in kinds:
            raise ValueError(f"unknown subject {value!r}; known: {', '.join(sorted(kinds))}")
        return value


class RuleSpec(StrictModel):
    id: str = Field(pattern=RULE_ID, description="e.g. EU-RED-001")
    title: str = Field(min_length=1)
    severity: Severity
    applies_to: AppliesTo = Field(default_factory=AppliesTo)
    when: dict[str, Any]
    message: str = Field(min_length=1, description="Template; {field.path} placeholders come from the fact")
    remediation: str = Field(min_length=1)
    references: list[str] = Field(min_length=1)
    effective_from: date | None = None
    effective_until: date | None = None
    effective_from_config: str | None = Field(
        None, pattern=CONFIG_KEY,
        description="Key of the configuration's law_dates: the rule is silent until that date is set, then effective "
        "from the later of it and effective_from (e.g. a date that runs from an act not yet adopted)",
    )
    blocks_listing: bool = False
    reviews_listing: bool = Field(
        False, description="The pre-listing check sends the listing to review (unless another finding blocks it)")


class PackSpec(StrictModel):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    jurisdiction: str = Field(description="EU, GB, US, ... or GLOBAL: facts of that region are evaluated")
    references: list[str] = Field(default_factory=list)
    rules: list[RuleSpec] = Field(min_length=1)

    @field_validator("jurisdiction", mode="before")
    @classmethod
    def _jurisdiction(cls, value: object) -> object:
        value = country_code(value)
        if isinstance(value, str) and value not in JURISDICTIONS:
            hint = f" (facts of {value} are routed to region {region_of(value)})" if value in KNOWN_MARKETS else ""
            raise ValueError(f"jurisdiction {value!r} routes no facts{hint}: use GLOBAL, EU, GB, US or another region")
        return value

    @model_validator(mode="after")
    def _markets_inside_jurisdiction(self) -> PackSpec:
        for rule in self.rules:
            outside = [m for m in rule.applies_to.markets or []
                       if self.jurisdiction != "GLOBAL" and region_of(m) != self.jurisdiction]
            if outside:
                raise ValueError(f"rule {rule.id}: markets {outside} are outside the pack's jurisdiction "
                                 f"{self.jurisdiction}, so the rule could never fire")
        return self


@dataclass(frozen=True)
class Rule:
    """A validated rule with its parsed condition, ready for the compiler."""

    spec: RuleSpec
    pack_id: str
    pack_version: str
    kind: SubjectKind
    condition: Node
    file: Path
    line: int | None
    #: The law_dates value an `effective_from_config` rule waits for; None leaves such a rule dormant.
    config_from: date | None = None

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def dormant(self) -> bool:
        """A rule waiting for a configured date that is not set: it never fires."""
        return self.spec.effective_from_config is not None and self.config_from is None

    @property
    def effective_from(self) -> date | None:
        """The later of the pack's effective_from and the configured date, if any."""
        dates = [d for d in (self.spec.effective_from, self.config_from) if d is not None]
        return max(dates) if dates else None


@dataclass
class Pack:
    spec: PackSpec
    file: Path
    rules: list[Rule] = field(default_factory=list)


@dataclass(frozen=True)
class PackIssue:
    file: Path
    line: int | None
    field: str
    message: str

    @property
    def sort_key(self) -> tuple[str, int, str, str]:
        """File, then line, then field: how `crossguard validate` lists every problem it found."""
        return str(self.file), self.line or 0, self.field, self.message

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else str(self.file)
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PackLoadError(Exception):
    def __init__(self, issues: list[PackIssue]):
        super().__init__("\n".join(str(issue) for issue in issues))
        self.issues = issues


def _dotted(path: tuple[str | int, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def pack_files(paths: list[Path] | None = None) -> list[Path]:
    """YAML pack files under the given files/folders (default: rules/), vocabulary and topics excluded."""
    files: list[Path] = []
    for path in paths or [DEFAULT_RULES_DIR]:
        if path.is_dir():
            files.extend(p for p in sorted(path.glob("*.y*ml")) if p.name not in NON_PACK_FILES)
        else:
            files.append(path)
    return files


def read_located(file: Path) -> tuple[LocatedYaml | None, list[PackIssue]]:
    """A YAML file with the line of every value, or the issue saying why it cannot be read."""
    try:
        return load_located(file), []
    except YamlError as error:
        return None, [PackIssue(file, error.line, "", error.message)]
    except OSError as error:
        return None, [PackIssue(file, None, "", f"cannot read: {error.strerror}")]


def _load_one(file: Path, law_dates: LawDates | None, rule_check: RuleCheck | None = None
              ) -> tuple[LocatedYaml | None, Pack | None, list[PackIssue]]:
    located, issues = read_located(file)
    if located is None:
        return None, None, issues
    try:
        spec = PackSpec.model_validate(located.data)
    except ValidationError as error:
        issues = [PackIssue(file, located.line_of(tuple(e["loc"])), _issue_field(located.data, tuple(e["loc"])),
                            e["msg"]) for e in error.errors()]
        return located, None, issues + _rule_issues_of_invalid_pack(located, law_dates, rule_check)
    pack = Pack(spec, file)
    issues = []
    for index, rule_spec in enumerate(spec.rules):
        rule, problems = _checked(_build_rule(located, pack.spec.id, pack.spec.version, index, rule_spec, law_dates),
                                  rule_check)
        issues.extend(problems)
        if rule is not None:
            pack.rules.append(rule)
    return located, pack, issues


def _checked(built: tuple[Rule | None, list[PackIssue]], rule_check: RuleCheck | None
             ) -> tuple[Rule | None, list[PackIssue]]:
    rule, issues = built
    problem = rule_check(rule) if rule is not None and rule_check is not None else None
    if rule is None or problem is None:
        return rule, issues
    return None, [*issues, PackIssue(rule.file, rule.line, rule.id, problem)]


def _text(data: object, key: str) -> str | None:
    """A mapping's string value, trimmed as the schema trims it; None when absent or not a string."""
    value = data.get(key) if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) else None


def _raw_rules(located: LocatedYaml) -> list[Any]:
    rules = located.data.get("rules") if isinstance(located.data, dict) else None
    return rules if isinstance(rules, list) else []


def _issue_field(data: Any, loc: Location) -> str:
    """A problem's field; inside a rule, named by the rule's id (`EU-RED-001.severity`) when it has a valid one."""
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int) and isinstance(data, dict):
        rules = data.get("rules")
        rule_id = _text(rules[loc[1]], "id") if isinstance(rules, list) and loc[1] < len(rules) else None
        if rule_id is not None and re.fullmatch(RULE_ID, rule_id):
            return _dotted((rule_id, *loc[2:]))
    return _dotted(loc)


def _rule_issue(located: LocatedYaml, index: int, path: Location, message: str) -> PackIssue:
    loc = ("rules", index, *path)
    return PackIssue(located.file, located.line_of(loc), _issue_field(located.data, loc), message)


def _rule_issues_of_invalid_pack(located: LocatedYaml, law_dates: LawDates | None,
                                 rule_check: RuleCheck | None) -> list[PackIssue]:
    """The other problems of each rule of a pack whose schema failed, so one `validate` run names every
    problem instead of one stage at a time: a schema-valid rule is built and checked in full; a rule
    whose own schema failed (already reported with the pack's) gets the checks its raw mapping allows."""
    issues: list[PackIssue] = []
    for index, raw in enumerate(_raw_rules(located)):
        try:
            spec = RuleSpec.model_validate(raw)
        except ValidationError:
            kind, condition, problems = _rule_checks(located, index, RuleParts.of_raw(raw), law_dates)
            issues.extend(problems)
            if kind is not None and condition is not None and rule_check is not None:
                issues.extend(_probe(located, index, kind, condition, rule_check))
            continue
        issues.extend(_checked(_build_rule(located, "", "", index, spec, law_dates), rule_check)[1])
    return issues


def _probe(located: LocatedYaml, index: int, kind: SubjectKind, condition: Node, rule_check: RuleCheck
           ) -> list[PackIssue]:
    """rule_check's verdict (durable-rules') on the condition of a rule whose schema failed, so a refusal
    is not left for the run after the schema is fixed. The rule is tried without its markets and dates
    (the schema may have refused them): a refusal that only their extra tests cause still waits."""
    spec = RuleSpec.model_construct(id=f"PROBE-{index + 1}", applies_to=AppliesTo(subject=kind.name))
    loc = ("rules", index)
    problem = rule_check(Rule(spec, "", "", kind, condition, located.file, located.line_of(loc)))
    return [] if problem is None else [PackIssue(located.file, located.line_of(loc), _issue_field(located.data, loc),
                                                 problem)]


_DATE = TypeAdapter(date)


def _date_or_none(value: object) -> date | None:
    try:
        return _DATE.validate_python(value) if value is not None else None
    except ValidationError:
        return None  # the schema names it


@dataclass(frozen=True)
class RuleParts:
    """What a rule's own checks read: from its spec, or from its raw mapping when its schema failed, so a
    missing `remediation` does not hide an unknown field. A part the schema refuses is None (not checked)."""

    subject: str | None
    message: str | None
    when: dict[str, Any] | None
    config_key: str | None
    effective_from: date | None
    effective_until: date | None

    @classmethod
    def of_spec(cls, spec: RuleSpec) -> RuleParts:
        return cls(spec.applies_to.subject, spec.message, spec.when, spec.effective_from_config,
                   spec.effective_from, spec.effective_until)

    @classmethod
    def of_raw(cls, raw: object) -> RuleParts:
        data = raw if isinstance(raw, dict) else {}
        applies = data.get("applies_to", {})
        subject = applies.get("subject", "listing") if isinstance(applies, dict) else None
        key = _text(data, "effective_from_config")
        when = data.get("when")
        return cls(subject=subject.strip() if isinstance(subject, str) else None, message=_text(data, "message"),
                   when=when if isinstance(when, dict) else None,
                   config_key=key if key is not None and re.fullmatch(CONFIG_KEY, key) else None,
                   effective_from=_date_or_none(data.get("effective_from")),
                   effective_until=_date_or_none(data.get("effective_until")))


def _rule_checks(located: LocatedYaml, index: int, parts: RuleParts, law_dates: LawDates | None
                 ) -> tuple[SubjectKind | None, Node | None, list[PackIssue]]:
    """A rule's checks beyond its schema: date order, the configured date's key, message placeholders and
    the condition tree (fields, operators, value types, regexes). The kind and condition, or None with
    the problems."""
    issue = lambda path, message: _rule_issue(located, index, path, message)  # noqa: E731
    issues: list[PackIssue] = []
    if parts.effective_from and parts.effective_until and parts.effective_until <= parts.effective_from:
        issues.append(issue(("effective_until",), "must be after effective_from"))
    key = parts.config_key
    if key is not None and law_dates is not None and key not in law_dates:
        known = ", ".join(sorted(law_dates)) or "none"
        issues.append(issue(("effective_from_config",), f"{key!r} is not a key of the configuration's {LAW_DATES} "
                                                        f"(known: {known}); add it, null until the date is known"))
    kind = subject_kinds().get(parts.subject) if parts.subject is not None else None
    if kind is None:
        return None, None, issues  # an unknown subject: the schema names it, and no field can be checked
    for name in PLACEHOLDER.findall(parts.message or ""):
        if kind.field_type(name) is None:
            issues.append(issue(("message",), f"placeholder {{{name}}} is not a field of {kind.name} facts"))
    if parts.when is None:
        return kind, None, issues
    try:
        condition = parse(parts.when, kind)
    except ConditionError as error:
        return kind, None, [*issues, *(issue(problem.path, problem.message) for problem in error.problems)]
    return kind, condition, issues


def _build_rule(located: LocatedYaml, pack_id: str, pack_version: str, index: int, spec: RuleSpec,
                law_dates: LawDates | None) -> tuple[Rule | None, list[PackIssue]]:
    kind, condition, issues = _rule_checks(located, index, RuleParts.of_spec(spec), law_dates)
    if kind is None or condition is None or issues:
        return None, issues
    key = spec.effective_from_config
    return Rule(spec, pack_id, pack_version, kind, condition, located.file, located.line_of(("rules", index)),
                law_dates.get(key) if key and law_dates is not None else None), []


def load_packs(paths: list[Path] | None = None, law_dates: LawDates | None = None) -> list[Pack]:
    """Load and validate packs; raise PackLoadError listing every problem found in every file.

    law_dates: the configuration's ``law_dates`` (``crossguard.settings``). Without it, every rule
    waiting for a configured date stays dormant and its key is not checked."""
    packs, issues = validate_packs(paths, law_dates)
    if issues:
        raise PackLoadError(issues)
    return packs


def validate_packs(paths: list[Path] | None = None, law_dates: LawDates | None = None,
                   rule_check: RuleCheck | None = None) -> tuple[list[Pack], list[PackIssue]]:
    """All problems across all files and rules, sorted by file and line: `crossguard validate` shows
    them all in one run. rule_check: a further check of each rule that passed ours (durable-rules')."""
    packs: list[Pack] = []
    documents: list[LocatedYaml] = []
    issues: list[PackIssue] = []
    files = pack_files(paths)
    if not files:
        issues.append(PackIssue(Path(str(paths)), None, "", "no rule pack files found"))
    for file in files:
        located, pack, problems = _load_one(file, law_dates, rule_check)
        issues.extend(problems)
        documents.extend([located] if located is not None else [])
        packs.extend([pack] if pack is not None else [])
    issues.extend(_duplicate_ids(documents))
    return packs, sorted(issues, key=lambda issue: issue.sort_key)


def _duplicate_ids(documents: list[LocatedYaml]) -> list[PackIssue]:
    """Pack and rule ids used twice, read from every file that parsed, whether or not its schema passed:
    a duplicate is named in the same run as the schema problems."""
    issues: list[PackIssue] = []
    seen_rules: dict[str, tuple[Path, int | None]] = {}
    seen_packs: dict[str, Path] = {}
    for located in documents:
        pack_id = _text(located.data, "id")
        if pack_id is not None and pack_id in seen_packs:
            issues.append(PackIssue(located.file, 1, "id", f"pack id {pack_id!r} also in {seen_packs[pack_id]}"))
        elif pack_id is not None:
            seen_packs[pack_id] = located.file
        for index, raw in enumerate(_raw_rules(located)):
            rule_id = _text(raw, "id")
            if rule_id is None:
                continue
            if rule_id in seen_rules:
                file, line = seen_rules[rule_id]
                message = f"duplicate rule id; first defined at {file}:{line}"
                issues.append(_rule_issue(located, index, ("id",), message))
            else:
                seen_rules[rule_id] = (located.file, located.line_of(("rules", index)))
    return issues
