"""A force's size, unit and side, read from the dependency parse.

Given the word that made a place a troop position (see ``roles``), this says
how many ("Nearly 100,000", "tens of thousands", "two battalions"), of what
(a unit a map can symbolise: troops, battalion, tanks), whose (an ISO 3166-1
alpha-2 code, or a group's gazetteer name such as "NATO") and whether they
stand at a border with the place.  The words are in ``lexicon``; so is
``parse_strength``, whose docstring gives the conventions for vague counts.

The force is a chain of nouns joined by "of": "tens of **thousands** of
Russian **troops**", "a **brigade** of Ukrainian **troops**", "**5,000** of its
**troops**".  Its count, unit and side may sit on any link of the chain.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .model import TroopCount
from .roles import CLAUSE_DEPS, RoleContext, is_force_noun, is_word, phrase_ending, speaker_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Modifiers that may name whose a force is: "Russian troops", "NATO
#: battlegroups", "Russia's troops", "troops of the Russian army".
_OWNER_DEPS = ("amod", "compound", "nmod", "poss")

#: Possessive pronouns that point at the subject of the clause: "its troops".
_CLAUSE_POSSESSIVES = frozenset({"its", "their"})

#: Verbs and nouns that say how strong a force is: "troops numbering 100,000".
_NUMBERING = frozenset({"number", "total", "count"})

_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth")

#: How many links a force's chain of "of" nouns may have.
_MAX_CHAIN = 4

#: How far up from a word the clause subject or an elided count is looked for.
_MAX_HOPS = 6


@dataclass(frozen=True)
class ForceDescription:
    """How many, of what, whose, and at whose border.

    ``count`` is one figure or a ``(low, high)`` range; ``unit`` a key of
    ``lexicon.FORCE_UNITS`` or ``FORCE_UNIT_PHRASES`` ("troops", "battalion",
    "tanks", "carrier strike group"); ``side`` an ISO 3166-1 alpha-2 code or a
    group's gazetteer name ("NATO", "CSTO"), as ``side_type`` ("country" or
    "group") says; ``border_with`` the country at whose border with the side
    the force stands.
    """

    count: TroopCount | None = None
    unit: str | None = None
    side: str | None = None
    side_type: str | None = None
    border_with: str | None = None
    #: Every side named for the force when there are several, ``side`` first:
    #: "Iraqi and American forces" is ("IQ", "US"); empty for one side or none.
    sides: tuple[str, ...] = ()

    @property
    def figure(self) -> int | None:
        """The count as one figure, None for a range: a mention's count is one (DESIGN §2)."""
        return self.count if isinstance(self.count, int) else None

    @property
    def side_country(self) -> str | None:
        """The side when it is a country, not a group."""
        return self.side if self.side_type == "country" else None


def describe_force(trigger: Token, place_root: Token, context: RoleContext) -> ForceDescription:
    """The force that ``trigger`` (the word that made the place a troop position)
    places at the place whose words have the root ``place_root``."""
    noun, commander = _force_noun(trigger, context)
    if noun is not None:
        noun = _headline_force(noun, context)
    chain = _chain(noun, context) if noun is not None else []
    count, counted = _count(chain, place_root, trigger)
    side, side_type, named_by = _side(chain, trigger, commander, context)
    border_with = _border_with(place_root, context)
    joint = _joint_sides(named_by, side, context) if named_by is not None and side is not None else ()
    return ForceDescription(
        count=count,
        unit=_unit(chain, counted),
        side=side,
        side_type=side_type,
        border_with=border_with if border_with != side else None,
        sides=(side, *joint) if joint else (),
    )


def strongest(forces: Iterable[ForceDescription | None]) -> ForceDescription:
    """The force an item reports when several mentions describe one: the one
    with the largest count (a range by its high end), else the first with a
    unit.  Counts in different units do not compare; the largest figure is
    most often the headline number of troops ("3,000 troops and 40 tanks")."""
    described = [f for f in forces if f is not None]
    counted = [(_high(f.count), f) for f in described if f.count is not None]
    if counted:
        return max(counted, key=lambda pair: pair[0])[1]
    return next((f for f in described if f.unit is not None), ForceDescription())


def _high(count: TroopCount) -> int:
    return count[1] if isinstance(count, tuple) else count


def unit_of(token: Token) -> str | None:
    """The unit a force word names: "troops" for "soldiers", "battalion",
    "carrier strike group" for the "group" of "a carrier strike group"."""
    phrase = phrase_ending(token, lexicon.FORCE_UNIT_PHRASES)
    if phrase is not None:
        return lexicon.FORCE_UNIT_PHRASES[phrase]
    return next((unit for unit, words in lexicon.FORCE_UNITS.items() if is_word(token, words)), None)


# --- the force's nouns ------------------------------------------------------------


def _is_force(token: Token, context: RoleContext) -> bool:
    """A force, its equipment or irregular fighters, not part of a place's name.
    A word that also names other things ("company", "division") counts only
    when ``is_force_noun`` says it is military."""
    if token.i in context.token_to_mention:
        return False
    if is_force_noun(token):
        return True
    return not is_word(token, lexicon.AMBIGUOUS_FORCE_NOUNS) and unit_of(token) is not None


def _is_quantity(token: Token) -> bool:
    """A number standing for a noun: "**5,000** of its troops", "**dozens** of tanks"."""
    if _is_ordinal(token):
        return False
    word = token.lower_
    return token.like_num or token.pos_ == "NUM" or word in lexicon.VAGUE_MAGNITUDES or word in lexicon.VAGUE_MULTIPLES


def _is_ordinal(token: Token) -> bool:
    """"the **4th** Armored Division" names a unit; it does not count it."""
    return token.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(token.lower_) is not None


def _force_noun(trigger: Token, context: RoleContext) -> tuple[Token | None, Token | None]:
    """The force the trigger is about, and who sent it when that is another force.

    "troops" itself; the troops of "Russia's deployment of troops"; the group
    that "the US Navy sent a carrier strike group" sends (the Navy commands it).
    """
    if _is_force(trigger, context):
        if trigger.dep_ == "nsubj" and is_word(trigger.head, lexicon.FORCE_COMMAND_VERBS):
            for argument in trigger.head.children:
                sent = _force_argument(argument, context) if argument.dep_ == "dobj" else None
                if sent is not None:
                    return sent, trigger
        return trigger, None
    if trigger.dep_ == "relcl" and _is_force(trigger.head, context):
        return trigger.head, None  # "troops who fought in Afghanistan"
    # The nearest force word among the trigger's own words, not in a clause of its own.
    queue = deque(c for c in trigger.children if c.dep_ not in CLAUSE_DEPS)
    while queue:
        token = queue.popleft()
        if _is_force(token, context):
            return token, None
        queue.extend(c for c in token.children if c.dep_ not in CLAUSE_DEPS)
    return None, None


def _headline_force(noun: Token, context: RoleContext) -> Token:
    """The first of forces listed together: "40,000 troops and 300 tanks near X",
    where the parser hangs "near X" on the last, is the 40,000 troops (the
    headline figure, and the words that say whose)."""
    outer = _chain(noun, context)[0]
    if outer.dep_ != "conj":
        return noun
    first = outer.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return _force_argument(first, context) or noun


def _force_argument(argument: Token, context: RoleContext) -> Token | None:
    """A force as a verb's argument: "two brigades", or "5,000 of its troops"."""
    if _is_force(argument, context):
        return argument
    if _is_quantity(argument):
        return next((n for n in _of_objects(argument) if _is_force(n, context)), None)
    return None


def _of_objects(token: Token) -> list[Token]:
    return [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def _chain(noun: Token, context: RoleContext) -> list[Token]:
    """The force's nouns joined by "of" (or "from" between two forces),
    outermost first: [thousands, troops] for "tens of thousands of troops",
    [brigade, troops] for "a brigade of troops", [soldiers, battalions] for
    "500 soldiers from three battalions"."""
    chain = [noun]
    while len(chain) < _MAX_CHAIN and chain[0].dep_ == "pobj" and chain[0].head.lower_ in ("of", "from"):
        outer = chain[0].head.head
        if not (_is_force(outer, context) or (_is_quantity(outer) and chain[0].head.lower_ == "of")):
            break
        chain.insert(0, outer)
    while len(chain) < _MAX_CHAIN:
        inner = next((o for o in _of_objects(chain[-1]) if _is_force(o, context)), None)
        if inner is None:
            inner = next((o for o in _objects(chain[-1], "from") if _is_force(o, context)), None)
        if inner is None:
            break
        chain.append(inner)
    return chain


# --- how many ---------------------------------------------------------------------


def _count(chain: Sequence[Token], place_root: Token, trigger: Token) -> tuple[TroopCount | None, Token | None]:
    """The force's size and the word it counts.

    A number on the force's own nouns comes first: a count of people over a
    count of units ("a brigade of 3,000 troops", "500 soldiers from three
    battalions" give troops), else the innermost; then a number the chain
    hangs from ("5,000 of its troops"); then "a" before a singular unit or
    person ("a brigade", "a soldier"), not before a collective ("a force").
    """
    elided = _elided_count(place_root, chain, trigger)
    if elided is not None:
        return elided
    counted: list[tuple[TroopCount, Token]] = []
    for node in chain:
        value = lexicon.parse_strength(_count_phrase(node)) if not _is_quantity(node) else None
        if value is not None:
            counted.append((value, node))
    if counted:
        people = [(v, n) for v, n in counted if unit_of(n) in lexicon.PEOPLE_UNITS]
        return (people or counted)[-1]
    for node in chain:
        if _is_quantity(node):
            value = lexicon.parse_strength(_left_phrase(node))
            if value is not None:
                return value, node
    units = [n for n in chain if not _is_quantity(n)]
    if (
        units
        and units[0].tag_ in ("NN", "NNP")
        and not is_word(units[0], lexicon.COLLECTIVE_FORCE_NOUNS)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in units[0].children)
    ):
        return 1, units[0]
    return None, None


def _elided_count(place_root: Token, chain: Sequence[Token], trigger: Token) -> tuple[TroopCount, Token] | None:
    """A number between the place and its force that stands for the force's noun:
    for Belarus, 30,000 in "100,000 troops near Ukraine and 30,000 in Belarus"."""
    stops = {t.i for t in chain} | {trigger.i}
    token = place_root
    for _ in range(_MAX_HOPS):
        if token.head.i == token.i or token.head.i in stops:
            return None
        token = token.head
        if _is_quantity(token) and token.dep_ in ("conj", "appos") and not _of_objects(token):
            # (not "hundreds of tanks near X", which counts its own noun)
            value = lexicon.parse_strength(_left_phrase(token))
            return (value, token) if value is not None else None
    return None


def _count_phrase(noun: Token) -> str:
    """The words counting a force noun: "Nearly 100,000" in "Nearly 100,000
    Russian troops", "Between 3,000 and 5,000", "several", "3,000" in "a
    3,000-strong force", "a force of 3,000", "troops numbering 3,000", and
    "100" in "100 battalion tactical groups" (the count hangs on a word of the
    unit's name)."""
    phrase = phrase_ending(noun, lexicon.FORCE_UNIT_PHRASES)
    members = list(noun.doc[noun.i - len(phrase) + 1 : noun.i + 1]) if phrase else [noun]
    inside = {m.i for m in members}
    parts: list[Token] = []
    for member in members:
        for child in member.children:
            if child.i in inside:
                continue
            if _counts(child):
                parts.append(child)
            elif child.dep_ == "amod" and child.lower_ == "strong":
                parts.extend(c for c in child.children if _is_quantity(c))
            elif child.dep_ == "prep" and child.lower_ == "of":
                parts.extend(c for c in child.children if c.dep_ == "pobj" and _is_quantity(c))
            elif child.dep_ == "acl" and is_word(child, _NUMBERING):
                parts.extend(c for c in child.children if c.dep_ == "dobj" and _is_quantity(c))
    tokens = sorted({t.i: t for part in parts for t in part.subtree}.values(), key=lambda t: t.i)
    return " ".join(t.text for t in tokens)


def _counts(child: Token) -> bool:
    """A modifier that counts its noun: a number, "several", "a few"."""
    if _is_ordinal(child):
        return False
    if child.dep_ in ("nummod", "quantmod"):
        return True
    vague = child.lower_ in lexicon.VAGUE_MULTIPLES or child.lower_ in lexicon.VAGUE_MAGNITUDES
    return vague and child.dep_ in ("amod", "advmod", "det")


def _left_phrase(quantity: Token) -> str:
    """A number used as a noun, with its own words before it: "Tens of thousands"."""
    return " ".join(t.text for t in quantity.subtree if t.i <= quantity.i)


# --- of what ----------------------------------------------------------------------


def _unit(chain: Sequence[Token], counted: Token | None) -> str | None:
    """The unit the count counts ("two **battalions**"), or the outermost unit
    named ("a **brigade** of troops"); a bare number counts the unit after it
    ("5,000 of its **troops**")."""
    nouns = [n for n in chain if not _is_quantity(n)]
    if counted is not None and any(n.i == counted.i for n in nouns):
        nouns = [counted, *(n for n in nouns if n.i != counted.i)]
    elif counted is not None:
        nouns = [n for n in nouns if n.i > counted.i] or nouns
    for noun in nouns:
        unit = unit_of(noun)
        if unit is not None:
            numbered = (counted is not None and noun.i == counted.i) or any(_is_ordinal(c) for c in noun.children)
            echelon = next((e for w, e in lexicon.NUMBERED_ECHELONS.items() if is_word(noun, frozenset({w}))), None)
            return echelon if echelon is not None and numbered else unit
    return None


# --- whose ------------------------------------------------------------------------


def _side(
    chain: Sequence[Token], trigger: Token, commander: Token | None, context: RoleContext
) -> tuple[str | None, str | None, Token | None]:
    """Whose force it is, nearest evidence first: a country or group modifying
    it ("Russian troops", "NATO battlegroups", "Russia's troops"), "troops from
    Belarus", the owner of the deployment ("Russia's deployment of troops",
    "the deployment of troops by Russia"), the clause's subject for "its
    troops", the subject of the verb that sends or holds it ("Russia
    deployed troops", "were sent by France"), and of one that launches the
    fighting when no force is named ("Turkey launched an offensive in Syria"),
    and the state itself when it is what moves ("Ethiopia entered Somalia").

    Irregular fighters take no side from a country naming them: "Syrian rebels"
    are not Syria's forces.  Also returns the word that named the side when it
    modifies the force, so the sides listed with it can be found.
    """
    inner_first = list(reversed(chain))
    irregular = any(is_word(n, lexicon.IRREGULAR_FIGHTERS) for n in chain)
    candidates: list[tuple[Token, bool]] = []
    if not irregular:
        candidates += [(c, c.dep_ == "poss") for n in inner_first for c in n.children if c.dep_ in _OWNER_DEPS]
        candidates += [(leader, False) for n in inner_first for leader in _leaders(n)]
        candidates += [(o, False) for n in inner_first for o in _objects(n, "from")]
        for owner in (trigger, commander):
            if owner is not None and owner not in chain:
                candidates += [(c, True) for c in owner.children if c.dep_ in _OWNER_DEPS]
                candidates += [(o, True) for o in _objects(owner, "by")]
    for token, capital in candidates:
        found = _party(token, context, capital=capital)
        if found is not None:
            return (*found, token)
    for noun in [*inner_first, *(n.head for n in inner_first if n.dep_ == "compound")]:  # "the destroyer USS Milius"
        prefix = next((t for t in noun.subtree if t.text in lexicon.SHIP_PREFIXES), None)
        if prefix is not None:
            return lexicon.SHIP_PREFIXES[prefix.text], "country", None  # "the USS Gerald Ford carrier strike group"
    if chain and any(c.lower_ in _CLAUSE_POSSESSIVES for n in chain for c in n.children if c.dep_ == "poss"):
        found = _clause_subject(chain[0], context)
        if found is not None:
            return (*found, None)
    found = None
    if chain:
        found = _commanding(chain[0], lexicon.FORCE_COMMAND_VERBS, context)
    elif is_word(trigger, lexicon.FORCE_EVENTS):
        found = _commanding(trigger, lexicon.HAPPEN_VERBS | lexicon.FORCE_COMMAND_VERBS, context)
    else:
        # the trigger is the state itself moving in or out: "Ethiopia entered Somalia"
        found = _party(trigger, context, capital=True)
    return (*found, None) if found else (None, None, None)


def _joint_sides(named_by: Token, side: str, context: RoleContext) -> tuple[str, ...]:
    """The other sides listed with the one that named a force: "American" in
    "Iraqi and American forces", "Uganda" in "troops from Kenya and Uganda"."""
    joint: list[str] = []
    for other in named_by.conjuncts:
        found = _party(other, context)
        if found is not None and found[0] != side and found[0] not in joint:
            joint.append(found[0])
    return tuple(joint)


def _objects(token: Token, preposition: str) -> list[Token]:
    return [
        o for p in token.children if p.dep_ in ("prep", "agent") and p.lower_ == preposition
        for o in p.children if o.dep_ == "pobj"
    ]


def _party(token: Token, context: RoleContext, *, capital: bool = False) -> tuple[str, str] | None:
    """The side a word names: a country (or a demonym of one), a group, or
    where ``capital`` allows, a national capital standing for its state
    ("Moscow deployed troops")."""
    index = context.token_to_mention.get(token.i)
    if index is None:
        return None
    mention = context.mentions[index]
    place = mention.place
    if place is None:
        return None
    if place.type == "country" and place.country:
        return place.country, "country"
    if place.type == "group":
        return place.name, "group"
    if capital and place.country and context.is_capital(mention):
        return place.country, "country"
    return None


def _owner(token: Token, context: RoleContext) -> tuple[str, str] | None:
    """A subject as a side: the place itself ("Russia"), or the place owning
    or naming it ("the Russian military", "Russia's defence ministry"); for a
    relative pronoun, what it stands for ("Britain, which has 7,000 troops")."""
    if token.tag_ in ("WDT", "WP") and token.head.dep_ == "relcl":
        token = token.head.head
    speaker = speaker_of(token)
    if speaker is not None:
        token = speaker  # "Poland said it would station a brigade"
    found = _party(token, context, capital=True)
    if found is not None:
        return found
    for child in [*(c for c in token.children if c.dep_ in _OWNER_DEPS), *_leaders(token)]:
        found = _party(child, context, capital=True)
        if found is not None:
            return found
    return None


def _leaders(noun: Token) -> list[Token]:
    """The side a force is led by: "the **British**-led battlegroup"."""
    return [
        leader for led in noun.children if led.dep_ == "amod" and led.lower_ == "led"
        for leader in led.children if leader.dep_ in ("npadvmod", "compound", "amod")
    ]


def _clause_subject(top: Token, context: RoleContext) -> tuple[str, str] | None:
    """Whose "its troops" are: the subject of the nearest clause above that has
    one other than the force ("Russia said its troops would stay")."""
    token = top
    for _ in range(_MAX_HOPS):
        if token.head.i == token.i:
            return None
        below, token = token, token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if below.dep_ == "xcomp":
            # "urged Eritrea to withdraw its forces": the object is who withdraws
            controllers = [c for c in token.children if c.dep_ == "dobj" and c.i != top.i]
            if controllers:
                return _owner(controllers[0], context)
        subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != top.i]
        if subjects:
            return _owner(subjects[0], context)
    return None


def _commanding(top: Token, verbs: frozenset[str], context: RoleContext) -> tuple[str, str] | None:
    """The side that sends or holds the force, with one of ``verbs``: the
    subject of "Russia deployed troops" (or of the verb it shares a subject
    with: "Russia has begun moving troops"), the agent of "troops were sent by
    France"."""
    verb = top.head
    if top.dep_ == "nsubjpass" and is_word(verb, verbs):
        agent = next((o for o in _objects(verb, "by")), None)
        return _owner(agent, context) if agent is not None else None
    if top.dep_ != "dobj" or not is_word(verb, verbs):
        return None
    for _ in range(_MAX_HOPS):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return _owner(subject, context)
        if verb.dep_ not in ("xcomp", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


# --- where ------------------------------------------------------------------------


def _border_with(place_root: Token, context: RoleContext) -> str | None:
    """The country a force stands at the border with: Ukraine in "gathered within
    reach of the border with Ukraine"."""
    anchor = place_root
    while anchor.dep_ in ("conj", "compound", "appos") and anchor.head.i != anchor.i:
        anchor = anchor.head  # "the border with Belarus and Ukraine"
    if not (anchor.dep_ == "pobj" and is_word(anchor.head.head, lexicon.BORDER_NOUNS)):
        return None
    index = context.token_to_mention.get(place_root.i)
    target = context.mentions[index].place if index is not None else None
    return target.country if target is not None and target.type == "country" else None
