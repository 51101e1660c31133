"""The model's attribute rules (tag -> part of speech and morphology), applied by lookup.

en_core_web_sm's ``attribute_ruler`` turns the tagger's fine-grained tags into
coarse parts of speech and morphology with some 180 token patterns.  spaCy's
Matcher tries every pattern at every token, which costs about as much as the
dependency parse.  Those patterns are simple: one or two tokens, each testing
TAG, LOWER, ORTH, DEP or IS_SPACE against a value, a set or a regex.  So they
are compiled here into rules looked up by the token's word and tag, and the
same attributes are written with the same precedence (a later rule overrides
an earlier one).  A model whose patterns use anything else keeps spaCy's own
component (``compile_ruler`` raises ``UnsupportedPattern``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

#: Token attributes a pattern may test: all but DEP are properties of the word
#: and its tag, so their outcome is cached per (word, tag).
_WORD_ATTRIBUTES: dict[str, Callable[[Token], Any]] = {
    "ORTH": lambda token: token.orth_,
    "LOWER": lambda token: token.lower_,
    "TAG": lambda token: token.tag_,
    "IS_SPACE": lambda token: token.is_space,
}

#: Attributes a rule may write: plain token fields, which spaCy's ruler and
#: ``Doc.from_array`` set alike (no lexeme or extension attributes).
_WRITABLE = ("TAG", "POS", "MORPH", "LEMMA", "DEP")

#: Distinct (word, tag) pairs remembered before the cache starts afresh: the
#: common words of news fit many times over, and a corpus run's workers do not
#: grow by the tail of rare words (200,000 pairs held ~35 MiB a worker).
_CACHE_SIZE = 32_768


class UnsupportedPattern(ValueError):
    """A pattern this compiler does not handle: keep spaCy's own component."""


Test = Callable[[Any], bool]


@dataclass(frozen=True)
class _TokenSpec:
    """One token of a pattern: tests on the word and tag, and on the dependency label."""

    word_tests: tuple[tuple[str, Test], ...]
    dep_tests: tuple[Test, ...]
    #: The dependency labels the tests let through, when they name them.
    deps: frozenset[str] | None
    #: An attribute whose value must be one of a few ("LOWER" in {"is", "'s"}),
    #: by which the rule is indexed; None when no test pins one down.
    index: tuple[str, frozenset[str]] | None = None

    def word_matches(self, token: Token) -> bool:
        return all(test(_WORD_ATTRIBUTES[attr](token)) for attr, test in self.word_tests)

    def dep_matches(self, dep: str) -> bool:
        return all(test(dep) for test in self.dep_tests)


@dataclass(frozen=True)
class _Rule:
    """One pattern of the ruler, with its precedence and the token it writes."""

    order: int  # the ruler's key: matches are applied in this order
    position: int  # among all patterns, for trying them in the ruler's order
    tokens: tuple[_TokenSpec, ...]
    target: int  # offset of the written token from the match start
    #: Hashes of the dependency labels the first token may have (None: any),
    #: checked before the rule's own tests: most words fail here.
    first_deps: frozenset[int] | None


class CompiledAttributes:
    """A pipeline component equal in effect to the ruler it was compiled from."""

    def __init__(self, rules: Sequence[_Rule], attrs: Sequence[dict[int, int]], columns: Sequence[int]) -> None:
        self._rules = tuple(rules)
        self._indexed = _index(self._rules)
        self._attrs = tuple(attrs)
        self._columns = tuple(columns)
        self._column_of = {attr: index for index, attr in enumerate(self._columns)}
        # (orth, tag) -> (orders of rules that match outright, rules that still
        # depend on the dependency label or on the next tokens)
        self._by_word: dict[tuple[int, int], tuple[tuple[int, ...], tuple[_Rule, ...]]] = {}
        # orders of the rules matching one token -> the attribute values they leave
        self._merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, ORTH, TAG

        if not len(doc) or not self._columns:
            return doc
        keys = doc.to_array([ORTH, TAG, DEP]).tolist()
        strings = doc.vocab.strings
        matched: list[tuple[int, ...]] = [()] * len(doc)
        for i, (orth, tag, dep) in enumerate(keys):
            entry = self._by_word.get((orth, tag))
            if entry is None:
                entry = self._rules_for_word(doc[i], (orth, tag))
            outright, conditional = entry
            if outright:
                matched[i] += outright
            for rule in conditional:
                if rule.first_deps is not None and dep not in rule.first_deps:
                    continue
                if self._holds(rule, doc, keys, i, strings):
                    matched[i + rule.target] += (rule.order,)
        values = doc.to_array(list(self._columns))
        for i, orders in enumerate(matched):
            if orders:
                for column, value in self._merge(orders):
                    values[i, column] = value
        doc.from_array(list(self._columns), values)
        return doc

    def _rules_for_word(self, token: Token, key: tuple[int, int]) -> tuple[tuple[int, ...], tuple[_Rule, ...]]:
        outright: list[int] = []
        conditional: list[_Rule] = []
        for rule in self._candidates(token):
            first = rule.tokens[0]
            if not first.word_matches(token):
                continue
            if len(rule.tokens) == 1 and not first.dep_tests and rule.target == 0:
                outright.append(rule.order)
            else:
                conditional.append(rule)
        if len(self._by_word) >= _CACHE_SIZE:
            self._by_word.clear()
        entry = self._by_word[key] = (tuple(outright), tuple(conditional))
        return entry

    def _candidates(self, token: Token) -> list[_Rule]:
        """Rules whose first token may match this word, in their order."""
        found = list(self._indexed.get(None, ()))
        for attr in _INDEXED_ATTRIBUTES:
            found.extend(self._indexed.get((attr, _WORD_ATTRIBUTES[attr](token)), ()))
        return sorted(found, key=lambda rule: rule.position) if len(found) > 1 else found

    @staticmethod
    def _holds(rule: _Rule, doc: Doc, keys: list[list[int]], start: int, strings: Any) -> bool:
        """Whether a rule whose first word matched matches at ``start`` (dependency labels, later tokens)."""
        if start + len(rule.tokens) > len(doc):
            return False
        for offset, spec in enumerate(rule.tokens):
            if offset and not spec.word_matches(doc[start + offset]):
                return False
            if spec.dep_tests and not spec.dep_matches(strings[keys[start + offset][2]]):
                return False
        return True

    def _merge(self, orders: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(column, value) left by applying the matched rules in order: later ones win."""
        merged = self._merged.get(orders)
        if merged is None:
            values: dict[int, int] = {}
            for order in sorted(orders):
                for attr, value in self._attrs[order].items():
                    values[self._column_of[attr]] = value
            merged = self._merged[orders] = tuple(values.items())
        return merged


def compile_ruler(ruler: AttributeRuler) -> CompiledAttributes:
    """The ruler's patterns as lookup rules; ``UnsupportedPattern`` if any can't be."""
    from spacy.attrs import IDS
    from spacy.strings import get_string_id

    writable = {IDS[name] for name in _WRITABLE}
    rules: list[_Rule] = []
    for order, (entry, attrs) in enumerate(zip(ruler.patterns, ruler.attrs, strict=True)):
        if not set(attrs) <= writable:
            raise UnsupportedPattern(f"rule {order} writes {entry['attrs']}")
        for pattern in entry["patterns"]:
            if not isinstance(pattern, list) or not pattern:
                raise UnsupportedPattern(f"rule {order}: {pattern!r} is not a token pattern")
            index = entry["index"]
            target = index if index >= 0 else len(pattern) + index
            if not 0 <= target < len(pattern):
                raise UnsupportedPattern(f"rule {order}: index {index} outside its pattern")
            tokens = tuple(_compile_token(spec) for spec in pattern)
            deps = tokens[0].deps
            first_deps = frozenset(get_string_id(dep) for dep in deps) if deps is not None else None
            rules.append(_Rule(order, len(rules), tokens, target, first_deps))
    columns = sorted({attr for attrs in ruler.attrs for attr in attrs})
    return CompiledAttributes(rules, [dict(attrs) for attrs in ruler.attrs], columns)


def _compile_token(spec: dict[str, Any]) -> _TokenSpec:
    word_tests: list[tuple[str, Test]] = []
    dep_tests: list[Test] = []
    named: dict[str, frozenset[str] | None] = {}  # attribute -> the values its test lets through
    for name, condition in spec.items():
        attr = "ORTH" if name.upper() == "TEXT" else name.upper()
        if attr == "DEP":
            dep_tests.append(_compile_test(condition, str))
        elif attr in _WORD_ATTRIBUTES:
            word_tests.append((attr, _compile_test(condition, bool if attr == "IS_SPACE" else str)))
        else:
            raise UnsupportedPattern(f"token attribute {name!r}")
        named[attr] = _required_values(condition)
    index = next(((attr, named[attr]) for attr in _INDEXED_ATTRIBUTES if named.get(attr) is not None), None)
    return _TokenSpec(tuple(word_tests), tuple(dep_tests), named.get("DEP"), index)  # type: ignore[arg-type]


#: Attributes rules are indexed by, most selective first.
_INDEXED_ATTRIBUTES = ("LOWER", "ORTH", "TAG")


def _required_values(condition: Any) -> frozenset[str] | None:
    """The values a test lets through, when it names them (a value or an IN list)."""
    if isinstance(condition, str):
        return frozenset([condition])
    if isinstance(condition, dict) and isinstance(condition.get("IN"), list):
        return frozenset(condition["IN"])
    return None


def _index(rules: Sequence[_Rule]) -> dict[tuple[str, str] | None, list[_Rule]]:
    """Rules by (attribute, value) their first token requires; None: rules to try on every word."""
    index: dict[tuple[str, str] | None, list[_Rule]] = {}
    for rule in rules:
        pinned = rule.tokens[0].index
        if pinned is None:
            index.setdefault(None, []).append(rule)
            continue
        attr, values = pinned
        for value in values:
            index.setdefault((attr, value), []).append(rule)
    return index


def _compile_test(condition: Any, kind: type) -> Test:
    """A value, or a dict of IN / NOT_IN / REGEX predicates (all must hold)."""
    if not isinstance(condition, dict):
        if not isinstance(condition, kind):
            raise UnsupportedPattern(f"value {condition!r}")
        return lambda value: value == condition
    tests = [_compile_predicate(predicate, argument, kind) for predicate, argument in condition.items()]
    return lambda value: all(test(value) for test in tests)


def _compile_predicate(predicate: str, argument: Any, kind: type) -> Test:
    if predicate in ("IN", "NOT_IN") and isinstance(argument, list) and all(isinstance(a, kind) for a in argument):
        members = frozenset(argument)
        if predicate == "IN":
            return lambda value: value in members
        return lambda value: value not in members
    if predicate == "REGEX" and kind is str and isinstance(argument, str):
        search = re.compile(argument).search
        return lambda value: search(value) is not None
    raise UnsupportedPattern(f"predicate {predicate}: {argument!r}")
