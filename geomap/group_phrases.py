"""Phrases that name a set of countries, and borders owned by one.

News names groups of countries in ways the mention extractor cannot see as
one place: "NATO members", "EU member states", "the Baltic states", "NATO's
eastern flank", "Central and Eastern European countries that joined it after
1997". A group phrase is a plural noun for countries ("countries", "states",
"members", "allies"...) qualified by groups, read off the dependency parse:

- words before it: a group's name or adjective ("NATO", "Baltic", "Western",
  "Central and Eastern European"), or an owner ("the alliance's");
- a prepositional phrase after it: "members of NATO", "countries in Central
  and Eastern Europe", "countries on NATO's eastern flank";
- a joining clause: "that joined (it | NATO | the bloc) after/since/in/before
  YEAR", "countries admitted to NATO in 2004", "Ten countries joined the EU in
  2004".

"it", "them", "the alliance", "the bloc", "the union" are resolved to the
latest group named before them that fits. A phrase with a word that would
narrow the set in a way not understood ("eastern EU members", "countries that
joined the talks", "joined after the Cold War") is dropped rather than drawn
wrong. Members come from ``geomap.groups`` (dated, so "joined after 1997"
works) or, for groups only the gazetteer knows ("Gulf states"), from its
record.

A group border is a border noun owned by a group ("the European Union's
border", "the EU border", "NATO's border with Russia", "the Belarus-EU
border"); the country on the other side is the one named with it, or else a
country of the same sentence the caller picks (``GroupBorder.nearby``).
This module only reads text: geometry is the caller's (``situation``).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import groups, lexicon
from .model import Mention
from .roles import is_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .gazetteer import Gazetteer

#: Plural nouns that, qualified by a group, name its member countries.
COUNTRY_NOUNS = frozenset("country state nation member ally republic government power economy democracy".split())

#: Head nouns that need a membership group: "Baltic members" says nothing alone.
MEMBER_NOUNS = frozenset({"member"})

#: Verbs of entering a group: "countries that joined NATO after 1997".
JOIN_VERBS = frozenset("join rejoin enter accede admit".split())

#: Prepositions that restrict a set: "members of NATO", "countries in Central Europe".
RESTRICTING_PREPOSITIONS = frozenset("of in on along within among from across".split())

#: Prepositions of time in a joining clause, as they narrow the year of joining.
TIME_PREPOSITIONS = frozenset("after since in before".split())

#: Nouns standing for a group named earlier, and the groups each may stand for.
ANAPHORS = {
    "alliance": ("NATO", "CSTO"),
    "bloc": ("European Union", "NATO", "CSTO"),
    "union": ("European Union",),
    "organisation": ("NATO", "CSTO", "European Union"),
    "organization": ("NATO", "CSTO", "European Union"),
}

#: Pronouns that stand for the latest group with members that join.
PRONOUNS = frozenset({"it", "them"})

#: Adjectives and short names of groups that are not (or not always) found
#: as place mentions: "Central and Eastern European countries", "Baltic states".
ADJECTIVES = {
    "central and eastern european": "Central and Eastern Europe",
    "central eastern european": "Central and Eastern Europe",
    "central european and eastern european": "Central and Eastern Europe",
    "cee": "Central and Eastern Europe",
    "baltic": "Baltic states",
    "western": "the West",
    "former soviet": "former Soviet republics",
    "ex soviet": "former Soviet republics",
    "post soviet": "former Soviet republics",
    "visegrad": "Visegrad Group",
    "visegrád": "Visegrad Group",
    "v4": "Visegrad Group",
    "nato": "NATO",
    "eu": "European Union",
    "e.u.": "European Union",
    "european union": "European Union",
    "csto": "CSTO",
    "g7": "G7",
    "g 7": "G7",
}

#: Names of groups as they stand alone in text, for finding what "it" and "the
#: alliance" point back to when the extractor missed the name.
_STANDALONE_NAMES = {"nato": "NATO", "eu": "European Union", "e.u.": "European Union", "csto": "CSTO"}

#: Modifiers that do not change which countries a phrase names.
NEUTRAL_MODIFIERS = frozenset(
    "other fellow remaining all both member current existing full respective sovereign allied independent".split()
)

#: Words that pick an unnamed part of a group ("some EU members", "several
#: countries in Africa"): drawing the whole group would claim too much.
SUBSET_WORDS = frozenset("some several many few most certain various numerous".split())

#: The flank NATO calls its eastern flank, and the group that stands for it.
EASTERN_FLANK = "NATO eastern flank"

#: Dependency labels of words that only count or point ("the ten countries").
_DETERMINER_DEPS = {"det", "predet", "nummod", "quantmod", "punct", "case", "cc", "prep"}

#: How border words begin ("border", "borders", "frontier", "boundaries").
_BORDER_PREFIXES = ("border", "frontier", "boundar")

#: How far (dependency arcs) a country may be from a group's border word to be
#: the other side of it: "support for Belarus in a migrant crisis on the
#: European Union's border" is 6.
MAX_BORDER_HOPS = 8

_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_DECADE = re.compile(r"^(1[89]\d0|20\d0)s$")


@dataclass(frozen=True)
class Years:
    """When members joined: years strictly after ``after`` and before ``before``.

    ``words`` is the text as the article puts it ("after 1997"), for labels.
    """

    after: int | None
    before: int | None
    words: str


@dataclass(frozen=True)
class GroupPhrase:
    """Words naming a set of countries, and the countries.

    ``start``/``end`` are character offsets of the words; ``head`` the token
    index of the noun ("countries"); ``side`` the group the set is drawn from
    (a ``geomap.groups`` name or the gazetteer's); ``mentions`` the mentions in
    the words (``inside``) and the ones "it"/"the alliance" were resolved to.
    """

    start: int
    end: int
    head: int
    label: str
    side: str
    members: tuple[str, ...]
    mentions: tuple[int, ...]
    inside: tuple[int, ...] = ()
    resolved: bool = False  # an anaphor was resolved: less sure


@dataclass(frozen=True)
class GroupBorder:
    """A border owned by a group: "the European Union's border".

    ``countries`` are countries named with it ("NATO's border with Russia"),
    as (ISO2, mention index); ``nearby`` are the countries of the same
    sentence nearest the border word in the parse, nearest first, for when
    none is named.
    """

    start: int
    end: int
    group: str
    members: tuple[str, ...]
    countries: tuple[tuple[str, int], ...]
    nearby: tuple[tuple[str, int], ...]
    mentions: tuple[int, ...]


@dataclass(frozen=True)
class _Ref:
    """A group the words point at, with the mentions behind them."""

    group: str
    members: tuple[str, ...] | None = None  # only for groups ``geomap.groups`` lacks
    mentions: tuple[int, ...] = ()
    resolved: bool = False
    tokens: tuple[int, ...] = ()

    @property
    def dated(self) -> bool:
        return self.members is None and groups.is_dated(self.group)


@dataclass(frozen=True)
class _Reader:
    """Resolves words to groups within one document (``_Reader.of`` builds one)."""

    doc: Doc
    mentions: Sequence[Mention]
    token_to_mention: dict[int, int]
    gazetteer: Gazetteer
    as_of: datetime.date | None
    #: Group names in text order, (token index, group), for "it" and "the alliance".
    antecedents: tuple[tuple[int, _Ref], ...]

    @classmethod
    def of(
        cls,
        doc: Doc,
        mentions: Sequence[Mention],
        token_to_mention: dict[int, int],
        gazetteer: Gazetteer,
        as_of: datetime.date | None,
        short_names: Iterable[Token] = (),
    ) -> _Reader:
        # The extractor's group mentions, and bare short names ("NATO") it may have missed.
        found: dict[int, _Ref] = {}
        for index, mention in enumerate(mentions):
            place = mention.place
            if place is not None and place.type in ("group", "region") and groups.is_group(place.name):
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is not None:
                    found[span.start] = _Ref(place.name, mentions=(index,), tokens=tuple(range(span.start, span.end)))
        for token in short_names:
            if token.i not in found and token.i not in token_to_mention:
                found[token.i] = _Ref(_STANDALONE_NAMES[token.lower_], tokens=(token.i,))
        return cls(doc, mentions, token_to_mention, gazetteer, as_of, tuple(sorted(found.items())))

    # -- words to groups -----------------------------------------------------

    def resolve(self, tokens: Sequence[Token]) -> _Ref | None:
        """The group a run of words names, if it names exactly one."""
        words = [t for t in tokens if t.dep_ not in ("det", "case", "punct") and t.tag_ != "POS"]
        if not words:
            return None
        text = _normal(" ".join(t.text for t in words))
        indices = tuple(t.i for t in words)
        in_words = self.mentions_in(indices)
        if text in ADJECTIVES:
            return _Ref(ADJECTIVES[text], mentions=in_words, tokens=indices)
        last = words[-1]
        if len(words) == 1 and last.lower_ in PRONOUNS:
            return self._antecedent(last.i, None)
        if len(words) == 1 and last.lower_ in ANAPHORS:
            return self._antecedent(last.i, ANAPHORS[last.lower_])
        if last.lower_ == "flank":
            return self.flank(last)
        mention = self.one_mention(indices)
        if mention is not None:
            place = self.mentions[mention].place
            if place is not None and place.type in ("group", "region"):
                return self._named(place.name, in_words, indices)
        return self._named(" ".join(t.text for t in words), in_words, indices)

    def _named(self, name: str, in_words: tuple[int, ...], indices: tuple[int, ...]) -> _Ref | None:
        """A group by name: one of ``geomap.groups``, else a gazetteer group with members."""
        if groups.is_group(name):
            return _Ref(name, mentions=in_words, tokens=indices)
        for record in self.gazetteer.candidates(name, types=("group", "region"), limit=1):
            if groups.is_group(record.name):
                return _Ref(record.name, mentions=in_words, tokens=indices)
            if record.members:
                return _Ref(record.name, members=record.members, mentions=in_words, tokens=indices)
        return None

    def names_other_place(self, tokens: Sequence[Token]) -> bool:
        """Whether the words name a place that is not a group ("the United States")."""
        text = " ".join(t.text for t in tokens if t.dep_ not in ("det", "case"))
        found = self.gazetteer.candidates(text, limit=1)
        return bool(found) and found[0].type not in ("group", "region")

    def _antecedent(self, before: int, allowed: Iterable[str] | None) -> _Ref | None:
        """The latest group named before token ``before`` that the anaphor may stand for."""
        names = set(allowed) if allowed is not None else None
        for start, ref in reversed(self.antecedents):
            if start >= before:
                continue
            fits = ref.group in names if names is not None else groups.is_dated(ref.group)
            if fits:
                return _Ref(ref.group, mentions=ref.mentions, resolved=True, tokens=(before,))
        return None

    def flank(self, flank: Token) -> _Ref | None:
        """ "NATO's eastern flank", "the eastern flank of the alliance"."""
        if not any(c.dep_ == "amod" and c.lower_ == "eastern" for c in flank.children):
            return None
        owners = [c for c in flank.children if c.dep_ in ("poss", "compound", "nmod")]
        owners += _objects_of(flank, ("of",))
        for owner in owners:
            ref = self.resolve(sorted(owner.subtree, key=lambda t: t.i))
            if ref is not None and ref.group == "NATO":
                tokens = tuple(sorted({*ref.tokens, flank.i, *(c.i for c in flank.children if c.dep_ == "amod")}))
                return _Ref(EASTERN_FLANK, mentions=ref.mentions, resolved=ref.resolved, tokens=tokens)
        return None

    def one_mention(self, indices: Sequence[int]) -> int | None:
        found = {self.token_to_mention.get(i) for i in indices}
        return found.pop() if len(found) == 1 else None

    def mentions_in(self, indices: Iterable[int]) -> tuple[int, ...]:
        return tuple(sorted({self.token_to_mention[i] for i in indices if i in self.token_to_mention}))

    def place_mention(self, token: Token) -> Mention | None:
        index = self.token_to_mention.get(token.i)
        return self.mentions[index] if index is not None else None

    def members_of(self, ref: _Ref, years: Sequence[Years] = ()) -> set[str]:
        if ref.members is not None:
            return set(ref.members)
        if not years:
            return set(groups.members(ref.group, as_of=self.as_of))
        found: set[str] = set()
        for window in years:
            found |= set(
                groups.members(ref.group, as_of=self.as_of, joined_after=window.after, joined_before=window.before)
            )
        return found


# --- group phrases ------------------------------------------------------------------


@dataclass(frozen=True)
class GroupWords:
    """What ``find_groups`` found in a document, each in text order."""

    phrases: tuple[GroupPhrase, ...] = ()
    borders: tuple[GroupBorder, ...] = ()


def find_groups(
    doc: Doc,
    mentions: Sequence[Mention],
    token_to_mention: dict[int, int],
    gazetteer: Gazetteer,
    *,
    as_of: datetime.date | None = None,
) -> GroupWords:
    """Every phrase of ``doc`` that names a set of countries, and every border
    word owned by a group ("the EU border").

    ``as_of`` (the article's date) decides who counted as a member; None
    means today. A phrase inside a longer one ("NATO's eastern flank" in
    "countries on NATO's eastern flank") gives way to it.
    """
    short_names, heads, border_words = [], [], []
    # One pass over the tokens: walking a Doc costs more than all the rules.
    for token in doc:
        lower = token.lower_
        if lower in _STANDALONE_NAMES:
            short_names.append(token)
        elif lower == "flank" or token.tag_ in ("NNS", "NNPS"):
            heads.append(token)
        elif lower.startswith(_BORDER_PREFIXES):
            border_words.append(token)
    reader = _Reader.of(doc, mentions, token_to_mention, gazetteer, as_of, short_names)
    found: list[tuple[int, int, GroupPhrase]] = []
    for token in heads:
        phrase = _flank_phrase(reader, token) if token.lower_ == "flank" else None
        if phrase is None and _is_country_noun(token):
            phrase = _country_phrase(reader, token)
        if phrase is not None:
            found.append(phrase)
    outer = [p for p in found if not any(o is not p and o[0] <= p[0] and p[1] <= o[1] for o in found)]
    borders = []
    for token in border_words:
        if token.pos_ in ("NOUN", "PROPN") and is_word(token, lexicon.BORDER_NOUNS):
            border = _group_border(reader, token)
            if border is not None:
                borders.append(border)
    return GroupWords(tuple(p[2] for p in sorted(outer, key=lambda p: p[0])), tuple(borders))


def _is_country_noun(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") and token.dep_ != "compound" and is_word(token, COUNTRY_NOUNS)


def _flank_phrase(reader: _Reader, flank: Token) -> tuple[int, int, GroupPhrase] | None:
    ref = reader.flank(flank)
    if ref is None:
        return None
    tokens = {flank.i, *ref.tokens, *(t.i for t in flank.subtree)}
    return _phrase(reader, flank, tokens, groups.short_name(EASTERN_FLANK), ref.group, reader.members_of(ref), [ref])


def _country_phrase(reader: _Reader, head: Token) -> tuple[int, int, GroupPhrase] | None:
    """The group phrase headed by a plural noun for countries, if it is one."""
    if any(c.lower_ in SUBSET_WORDS for c in head.lefts):
        return None
    modifiers = [c for c in head.lefts if c.dep_ not in _DETERMINER_DEPS]
    modifier_tokens = sorted({t for c in modifiers for t in c.subtree}, key=lambda t: t.i)
    if modifier_tokens and reader.names_other_place([*modifier_tokens, head]):
        return None  # "the United States"
    refs = _modifier_refs(reader, head, modifiers, modifier_tokens)
    if refs is None:
        return None
    used = {head.i, *(t.i for t in modifier_tokens)}
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in RESTRICTING_PREPOSITIONS):
        qualifier = _prepositional_ref(reader, prep)
        if qualifier is False:
            return None
        if qualifier is not None:
            refs.append(qualifier)
            used.update(t.i for t in prep.subtree)
    joining = _joining_clause(reader, head)
    if joining is False:
        return None
    joined: _Ref | None = None
    years: list[Years] = []
    if joining is not None:
        joined, years, clause_tokens = joining
        used.update(clause_tokens)
    dated = [r for r in refs if r.dated]
    noun_group = dated[0] if dated else joined  # whose members they are
    places = [r for r in refs if r is not noun_group]
    if joined is None and years:
        joined = noun_group  # "NATO members that joined after 1997"
        if joined is None:
            return None  # "countries that joined after 1997": joined what?
    if noun_group is None:
        if not places or is_word(head, MEMBER_NOUNS):
            return None  # "Baltic members": members of what?
        members = reader.members_of(places[0])
        places_left = places[1:]
    else:
        same = joined is not None and joined.group == noun_group.group
        members = reader.members_of(noun_group, years if same else ())
        if joined is not None and not same:
            members &= reader.members_of(joined, years)
        places_left = places
    for place in places_left:
        members &= reader.members_of(place)
    if not members or not _count_fits(head, len(members)):
        return None
    label = _label(noun_group, places, joined, years)
    side = (noun_group or places[0]).group
    all_refs = [r for r in (noun_group, *places, joined) if r is not None]
    return _phrase(reader, head, used, label, side, members, all_refs)


def _count_fits(head: Token, members: int) -> bool:
    """Whether a number before the noun counts the members: "the ten countries that
    joined the EU in 2004" does, "eleven countries across Asia" picks some."""
    for child in head.lefts:
        if child.dep_ == "nummod":
            count = lexicon.parse_count(" ".join(t.text for t in child.subtree))
            others = any(c.lower_ == "other" for c in head.lefts)
            return count is None or count == members or (others and count == members - 1)
    return True


def _modifier_refs(reader: _Reader, head: Token, modifiers: list[Token], tokens: list[Token]) -> list[_Ref] | None:
    """Groups the words before the noun name; None if a word narrows the set unknowably."""
    if not tokens:
        return []
    whole = reader.resolve([*tokens, head])  # "Baltic states", "Gulf states", "Western countries"
    if whole is not None:
        return [whole]
    whole = reader.resolve(tokens)  # "Central and Eastern European", "former Soviet"
    if whole is not None:
        return [whole]
    refs: list[_Ref] = []
    for modifier in modifiers:
        found = _refs_in(reader, modifier)
        if found is None:
            return None
        refs.extend(found)
    return refs


def _refs_in(reader: _Reader, word: Token) -> list[_Ref] | None:
    """Groups a modifier names ("EU" in "EU member states"), word by word if need be."""
    ref = reader.resolve(sorted(word.subtree, key=lambda t: t.i))
    if ref is not None:
        return [ref]
    refs: list[_Ref] = []
    for child in word.children:
        if child.dep_ in _DETERMINER_DEPS:
            continue
        found = _refs_in(reader, child)
        if found is None:
            return None
        refs.extend(found)
    own = reader.resolve([word])
    if own is not None:
        refs.append(own)
    elif word.lower_ not in NEUTRAL_MODIFIERS and not is_word(word, NEUTRAL_MODIFIERS):
        return None
    return refs


def _prepositional_ref(reader: _Reader, prep: Token) -> _Ref | None | bool:
    """The group after "of"/"in"/"on"...; None to ignore the phrase (a city where
    they meet), False if it narrows the set in a way not understood."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return None
    obj = objects[0]
    ref = reader.resolve(sorted(obj.subtree, key=lambda t: t.i))
    if ref is None and not any(c.dep_ in ("conj", "cc") for c in obj.children):
        # The noun and its own name words, without what follows ("the alliance that ...").
        ref = reader.resolve(sorted([*obj.lefts, obj], key=lambda t: t.i))
    if ref is not None:
        return ref
    mention = reader.place_mention(obj)
    if mention is not None and mention.place is not None and mention.place.type not in ("group", "region"):
        return None  # "EU members in Brussels": where they are, not which
    return False


def _joining_clause(reader: _Reader, head: Token) -> tuple[_Ref | None, list[Years], set[int]] | None | bool:
    """What the countries joined and when: (group, years, tokens); None without a
    joining clause; False if a clause that picks the countries is not understood."""
    found = _join_verb(head)
    if found is None:
        return None
    verb, restrictive = found
    # "countries that joined the talks" are some countries, unknown; but "NATO
    # members joined the talks" are still NATO's members.
    unknown: bool | None = False if restrictive else None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += _objects_of(verb, ("to", "into"))
    joined = None
    if objects:
        joined = reader.resolve(sorted(objects[0].subtree, key=lambda t: t.i))
        if joined is None or not joined.dated:
            return unknown
    years: list[Years] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in TIME_PREPOSITIONS):
        windows = _years(prep)
        if windows is None:
            return unknown  # "joined after the Cold War"
        years.extend(windows)
    if any(_is_time_clause(c) for c in verb.children):
        return unknown  # "joined the EU after the Cold War ended", parsed as a clause
    if joined is None and not years:
        return None
    tokens = {t.i for t in verb.subtree}
    return joined, years, tokens


def _is_time_clause(word: Token) -> bool:
    return word.dep_ == "advcl" and any(
        c.dep_ in ("mark", "prep") and c.lower_ in TIME_PREPOSITIONS - {"in"} for c in word.children
    )


def _join_verb(head: Token) -> tuple[Token, bool] | None:
    """The joining verb of the countries, and whether it picks them: in a relative
    clause on them (or, as the small model often hangs it, on the noun before)
    it does; with them as its subject ("Ten countries joined the EU") it says
    what they did."""
    for child in head.children:
        if child.dep_ in ("relcl", "acl") and is_word(child, JOIN_VERBS):
            return child, True
    doc = head.doc
    if head.i + 1 < len(doc):
        relativizer = doc[head.i + 1]
        verb = relativizer.head
        if relativizer.lower_ in ("that", "which", "who") and verb.dep_ == "relcl" and is_word(verb, JOIN_VERBS):
            return verb, True
    if head.dep_ in ("nsubj", "nsubjpass") and is_word(head.head, JOIN_VERBS):
        return head.head, False
    return None


def _years(prep: Token) -> list[Years] | None:
    """ "after 1997" -> after 1997; "in 2004 and 2007" -> two years; None if not years."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    doc = prep.doc
    if not objects or not _year_like(objects[0]):
        following = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
        objects = [following] if following is not None and _year_like(following) else []
    if not objects:
        return None
    tokens = [objects[0], *(c for c in objects[0].conjuncts if _year_like(c))]
    out = []
    for token in tokens:
        decade = _DECADE.match(token.text)
        if decade:
            start = int(decade.group(1))
            out.append(Years(start - 1, start + 10, f"{prep.lower_} the {token.text}"))
            continue
        words = f"{prep.lower_} {token.text}"
        year = int(token.text)
        window = {
            "after": Years(year, None, words),
            "since": Years(year - 1, None, words),
            "in": Years(year - 1, year + 1, words),
            "before": Years(None, year, words),
        }[prep.lower_]
        out.append(window)
    return out


def _year_like(token: Token) -> bool:
    return bool(_YEAR.match(token.text) or _DECADE.match(token.text))


def _label(noun_group: _Ref | None, places: list[_Ref], joined: _Ref | None, years: list[Years]) -> str:
    """ "NATO members in Central and Eastern Europe that joined after 1997"."""
    if noun_group is not None:
        label = f"{groups.short_name(noun_group.group)} members"
        rest = places
    else:
        label = _display(places[0].group)
        rest = places[1:]
    for place in rest:
        label += " " + _where(place.group)
    other = joined is not None and (noun_group is None or joined.group != noun_group.group)
    if other or years:
        label += " that joined"
        if other and joined is not None:
            label += " " + groups.short_name(joined.group)
        if years:
            label += " " + _when(years)
    return label


def _when(years: Sequence[Years]) -> str:
    """ "after 1997"; "in 2004 or 2007" for two years with one preposition."""
    prepositions = {y.words.split(" ", 1)[0] for y in years}
    if len(prepositions) == 1 and len(years) > 1:
        return f"{prepositions.pop()} " + " or ".join(y.words.split(" ", 1)[1] for y in years)
    return " or ".join(y.words for y in years)


def _display(group: str) -> str:
    return groups.short_name(group) if groups.is_group(group) else group


def _where(group: str) -> str:
    """How a label places members in a region: "in Central and Eastern Europe",
    "among the Baltic states", "on NATO's eastern flank"."""
    if group == EASTERN_FLANK:
        return "on " + groups.short_name(group)
    last = group.rsplit(" ", 1)[-1].lower()
    if last in ("states", "republics", "countries", "nations"):
        return f"among {group}" if group.startswith("the ") else f"among the {group}"
    return f"in {group}"


def _phrase(
    reader: _Reader,
    head: Token,
    used: Iterable[int],
    label: str,
    side: str,
    members: Iterable[str],
    refs: Iterable[_Ref],
) -> tuple[int, int, GroupPhrase]:
    indices = sorted(set(used))
    first, last = reader.doc[indices[0]], reader.doc[indices[-1]]
    refs = list(refs)
    inside = reader.mentions_in(indices)
    mentions = set(inside)
    for ref in refs:
        mentions.update(ref.mentions)
    phrase = GroupPhrase(
        start=first.idx,
        end=last.idx + len(last.text),
        head=head.i,
        label=label,
        side=side,
        members=tuple(sorted(members)),
        mentions=tuple(sorted(mentions)),
        inside=inside,
        resolved=any(r.resolved for r in refs),
    )
    return indices[0], indices[-1], phrase


# --- group borders -------------------------------------------------------------------


def _group_border(reader: _Reader, border: Token) -> GroupBorder | None:
    owners = [c for c in border.lefts if c.dep_ in ("poss", "compound", "nmod", "amod")]
    others = [g for p in _border_preps(border) for g in _objects(p)]
    owners += _objects_of(border, ("of",))
    group_refs: list[_Ref] = []
    countries: list[tuple[str, int]] = []
    used = {border.i}
    for word in [*owners, *others]:
        words = sorted(word.subtree, key=lambda t: t.i)
        used.update(t.i for t in words)
        for ref, country in _border_sides(reader, words):
            if ref is not None:
                group_refs.append(ref)
            if country is not None:
                countries.append(country)
    names = {r.group for r in group_refs}
    if len(names) != 1:
        return None
    ref = group_refs[0]
    members = tuple(sorted(reader.members_of(ref)))
    countries = [c for c in countries if c[0] not in members]
    nearby = () if countries else _nearby_countries(reader, border, members)
    indices = sorted(used)
    mentions = set(reader.mentions_in(indices))
    for r in group_refs:
        mentions.update(r.mentions)
    first, last = reader.doc[indices[0]], reader.doc[indices[-1]]
    return GroupBorder(
        start=first.idx,
        end=last.idx + len(last.text),
        group=ref.group,
        members=members,
        countries=tuple(dict.fromkeys(countries)),
        nearby=nearby,
        mentions=tuple(sorted(mentions)),
    )


def _border_preps(border: Token) -> list[Token]:
    """ "with"/"between" after the border word, even where the parse hangs it on the verb."""
    preps = [c for c in border.rights if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    following = border.doc[border.i + 1] if border.i + 1 < len(border.doc) else None
    if following is not None and following.lower_ in ("with", "between") and following not in preps:
        preps.append(following)
    return preps


def _objects_of(word: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the word's prepositions among ``prepositions``: NATO in "flank of NATO"."""
    return [o for p in word.children if p.dep_ == "prep" and p.lower_ in prepositions for o in _objects(p)]


def _objects(prep: Token) -> list[Token]:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return [o for obj in objects for o in (obj, *obj.conjuncts)]


def _border_sides(reader: _Reader, words: list[Token]) -> list[tuple[_Ref | None, tuple[str, int] | None]]:
    """The group or country each part of an owner names ("Belarus-EU": both)."""
    ref = reader.resolve(words)
    if ref is not None:
        return [(ref, None)]
    index = reader.one_mention([t.i for t in words if t.dep_ not in ("det", "case", "punct")])
    country = _country_of(reader, index)
    if country is not None:
        return [(None, country)]
    found = []
    for word in words:
        country = _country_of(reader, reader.token_to_mention.get(word.i))
        if country is not None:
            found.append((None, country))
        else:
            single = reader.resolve([word])
            if single is not None:
                found.append((single, None))
    return found


def _country_of(reader: _Reader, index: int | None) -> tuple[str, int] | None:
    if index is None:
        return None
    place = reader.mentions[index].place
    if place is None or place.type != "country" or not place.country:
        return None
    return (place.country, index)


def _nearby_countries(reader: _Reader, border: Token, members: Sequence[str]) -> tuple[tuple[str, int], ...]:
    """Countries named in the border's sentence, nearest in the parse first."""
    sentence = border.sent
    ranked = []
    for token in sentence:
        index = reader.token_to_mention.get(token.i)
        country = _country_of(reader, index)
        if country is None or country[0] in members or reader.mentions[index].metonym:
            continue
        hops = _tree_distance(border, token)
        if hops is not None and hops <= MAX_BORDER_HOPS:
            ranked.append((hops, abs(token.i - border.i), country))
    ranked.sort()
    return tuple(dict.fromkeys(c for _, _, c in ranked))


def _tree_distance(one: Token, other: Token) -> int | None:
    """Arcs between two tokens through their lowest common ancestor."""
    up = {one.i: 0}
    token, hops = one, 0
    while token.head.i != token.i:
        token, hops = token.head, hops + 1
        up[token.i] = hops
    token, hops = other, 0
    while token.i not in up:
        if token.head.i == token.i:
            return None
        token, hops = token.head, hops + 1
    return hops + up[token.i]


def _normal(text: str) -> str:
    return re.sub(r"[\s\-–]+", " ", text.lower()).strip()


def article_day(date: str | None) -> datetime.date | None:
    """The article's date as a ``date`` (its first ten characters), or None."""
    if not date:
        return None
    try:
        return datetime.date.fromisoformat(date[:10])
    except ValueError:
        return None
