"""What a place is in the story: the role rules over the dependency parse.

A place takes a role from the words about itself (GUIDELINES of the role set,
``tests/roles/GUIDELINES.md``), tried in this order:

1. **Where it only locates another place** it is ``other``: a qualifier
   ("Orlando, **Fla.**"), a container ("the **West Bank** city of Nablus",
   "**Kazakhstan**'s capital, Astana", "a **Georgian** town") or a reference
   point ("a town near **Khan Touman**").
2. **Its own words**: a dispute word ("breakaway", "rebel-held", "seized",
   "control of") makes it ``disputed_territory``; a force placed there
   ("troops stationed in", "fighting continued in", "militants entered")
   ``troop_position``; a meeting held there ("talks in", "the host of the
   summit", "flew to X to meet", "X, where she attended a conference")
   ``meeting_venue``; acting, speaking, owning officials or forces, or taking
   part in a relation ("Moscow is not putting pressure", "Washington asked
   **Hanoi**", "between Washington and Moscow", "the Aleppo mayor") ``actor``.
3. **Otherwise** a country or group that is not merely where something is
   stays an ``actor``; anything else is ``other``.

Each rule hands back the word that decided (``Evidence.trigger``), so a
mention's role can always be traced to its words.  The rules read spaCy's
parse of the small English model, whose slips they tolerate where they can
(a lemma missed, a preposition hung one word too high).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import lexicon
from .model import Mention, Place
from .nlp import lemma_of, scene_event, scene_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Dependency labels that open a new clause: a trigger beyond one governs
#: something else ("... say could be a new invasion, eight years after Russia
#: seized the Crimea peninsula" must not make Crimea a troop position).
CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "pcomp", "xcomp", "acl", "csubj", "parataxis"}

#: How far up the tree a trigger may sit.
_MAX_HOPS = 8

_SUBJECTS = {"nsubj", "nsubjpass"}

#: Subjects: a place inside one only takes its role from the subject's own
#: words ("officials in Ramallah welcomed the failure of the negotiations" does
#: not make Ramallah a venue; "a bomb in central Turkey killed 13 soldiers" does
#: not place soldiers there).  A place inside an object is where the act
#: happens ("stormed the army's defences in the Hama countryside").
_ARGUMENT_DEPS = {"nsubj", "csubj"}

#: Clause openers that describe the same scene as the clause they hang on:
#: "the soldiers were checking for mines when the bomb went off in Wanlaweyn".
_SAME_SCENE_MARKERS = {"when", "while", "as"}

#: Prepositions that date one event by another: a place inside one is where the
#: other event happened ("before the attack in Aleppo, the army shelled Latakia").
_TIME_PREPOSITIONS = {"after", "before", "following", "since", "until", "till"}

#: Words that make a group an armed side: "the terror group", "an armed faction".
_ARMED_WORDS = {"terror", "terrorist", "armed", "jihadi", "extremist", "islamist", "paramilitary"}

#: Prepositions that place an aircraft brought down: "shot down in X", "over X", "near X".
_DOWNED_AT_PREPOSITIONS = lexicon.LOCATIVE_PREPOSITIONS | {"over", "near"}

#: How wide a kind of place is, widest first.
_PLACE_RANK = {"country": 0, "admin1": 1, "region": 1, "water": 2, "city": 3, "landmark": 4}

#: Modifiers of a region that make its owner the state it broke from, a party:
#: "Georgia's breakaway Abkhazia" (but "Libya's rebel-held city of Misrata" is a container).
_POSSESSIVE_ADJUSTERS = {"breakaway", "separatist", "occupied", "annexed", "rebel", "rebellious", "secessionist"}


@dataclass(frozen=True)
class Evidence:
    """A role, the word that decided it (None for a fallback), and how sure."""

    role: str
    trigger: Token | None
    confidence: float
    metonym: bool = False


@dataclass(frozen=True)
class RoleContext:
    """What the rules know beyond the parse: the other mentions, and capitals.

    ``token_to_mention`` maps a token index to the index of the mention it
    belongs to; ``is_capital`` tells whether a mention's place is a national
    capital (a capital that acts is its government: "Moscow is not putting
    pressure"); ``qualifies`` whether a name after a comma names a country or
    state a place is in ("Garland, Tex."); ``is_demonym`` whether a word is a
    country's adjective ("Tajik"), for one recognition did not keep.
    """

    mentions: Sequence[Mention]
    token_to_mention: dict[int, int]
    is_capital: Callable[[Mention], bool]
    qualifies: Callable[[str, Place], bool]
    is_demonym: Callable[[str], bool] = lambda word: False


def assign_role(span: Span, index: int, context: RoleContext) -> Evidence:
    """The role of mention ``index``, whose words are ``span``."""
    mention = context.mentions[index]
    if mention.source in ("dateline", "party-state"):
        return Evidence("other", None, 0.9)  # where the story was filed; a politician's state
    rules = _Rules(span, index, context)
    return rules.demonym() if mention.kind == "demonym" else rules.toponym()


def only_locates(span: Span, index: int, context: RoleContext) -> bool:
    """Whether a mention only says where another place is: a qualifier ("Orlando,
    **Fla.**"), a container ("the **West Bank** city of Nablus") or a reference point
    ("a town north of **Mogadishu**").  An event is where the other place is."""
    if context.mentions[index].kind != "toponym":
        return False
    rules = _Rules(span, index, context)
    root = span.root
    if rules._is_qualifier():
        return True
    container = rules._container(root)
    if container is not None and container.role == "other":
        return True
    return rules._reference(rules._climb(root), rules._group(root), named_only=True)


# --- vocabulary ------------------------------------------------------------------


def is_word(token: Token, vocabulary: frozenset[str]) -> bool:
    """Whether a word belongs to a vocabulary, by lemma or by its own form.

    The small model's lemmatiser slips ("hopes" -> "hop"), so the word's own
    form, less a regular inflection, is tried too.
    """
    word = token.lower_
    if word in vocabulary or lemma_of(token) in vocabulary:
        return True
    forms = {word}
    for suffix, keep in (("s", 1), ("es", 2), ("ies", 3), ("ed", 1), ("ed", 2), ("ing", 3)):
        if word.endswith(suffix) and len(word) > keep + 2:
            forms.add(word[: len(word) - keep])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return not forms.isdisjoint(vocabulary)


def phrase_ending(token: Token, phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...] | None:
    """The first of ``phrases`` (give them longest first) whose words end at
    ``token``: "carrier strike group" for "group" in "a carrier strike group"."""
    for phrase in phrases:
        start = token.i - len(phrase) + 1
        if start < 0 or not is_word(token, frozenset(phrase[-1:])):
            continue
        words = token.doc[start : token.i]
        if all(is_word(word, frozenset({part})) for word, part in zip(words, phrase[:-1], strict=True)):
            return phrase
    return None


def _is_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or token.tag_.startswith("NN")


def _is_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def _capitalised_name(token: Token) -> bool:
    """A proper noun, or a capitalised word the tagger took for a common noun inside a
    sentence ("moved to Udon RTAB, Thailand": "RTAB" tagged as a plural noun)."""
    return token.tag_ == "NNP" or (
        token.tag_ in ("NN", "NNS") and token.text[:1].isupper() and not token.is_sent_start
    )


def _is_compass(token: Token) -> bool:
    """A point of the compass as a modifier: "northern", "northeast"."""
    return is_word(token, lexicon.COMPASS_ADJECTIVES) or is_word(token, lexicon.DIRECTION_NOUNS)


def _is_be(token: Token) -> bool:
    """A form of "be": the attribute ruler lemmatises "is", "was"... (``lemma_``);
    the rule lemmatizer (lemma_of) leaves those auxiliaries as they are but gives
    the base form "be" its own lemma."""
    return token.lemma_ == "be" or lemma_of(token) == "be"


def _is_root(token: Token) -> bool:
    return token.head.i == token.i


def _has_particle(verb: Token, *words: str) -> bool:
    """Whether a verb takes one of these particles: "shot down", "build up", "drove them out"."""
    return any(c.dep_ == "prt" and c.lower_ in words for c in verb.children)


def _first_of_list(token: Token) -> Token:
    """The first name of the list a word ends ("C" in "A, B and C" gives A), whose place in
    the sentence the whole list shares: "from A and B", "the towns of X and Y"."""
    while token.dep_ == "conj" and not _is_root(token):
        token = token.head
    return token


def _same_scene(clause: Token) -> bool:
    """A "when"/"while"/"as" clause: the same scene as the clause it hangs on."""
    return clause.dep_ == "advcl" and any(
        c.dep_ in ("advmod", "mark") and c.lower_ in _SAME_SCENE_MARKERS for c in clause.children
    )


def _attributes(verb: Token) -> list[Token]:
    """What "be" or "become" says its subject is: "X is the venue", "X became the seat of ..."."""
    return _children(verb, "attr") if _is_be(verb) or lemma_of(verb) == "become" else []


def _has_own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children)


def _with_partners(verb: Token) -> list[Token]:
    """A verb and the verbs coordinated with it that share its subject: "X is the shire town
    and is the location of the court house", "X, located ..., was designated as its seat"."""
    return [verb, *(v for v in verb.conjuncts if _is_verb(v) and not _has_own_subject(v))]


def _shares_subject(clause: Token) -> bool:
    """A clause with no subject of its own whose subject is its head's: "attempting to
    enter", "began their operations, targeting the area", "troops stationed in"."""
    if clause.dep_ in ("xcomp", "acl"):
        return True
    return clause.dep_ == "advcl" and not _has_own_subject(clause) and clause.tag_ in ("VBG", "VBN", "VB")


def _inside_of(preposition: Token) -> bool:
    """The "of" of "inside of X" / "outside of X", which the parser hangs on the first word."""
    return preposition.lower_ == "of" and preposition.head.lower_ in ("inside", "outside") and (
        preposition.head.dep_ in ("prep", "advmod")
    )


def _meeting_place(noun: Token) -> bool:
    """"a meeting place", "the meeting hall": a place named as where people meet."""
    return _is_noun(noun) and is_word(noun, lexicon.MEETING_PLACE_NOUNS) and any(
        c.dep_ in ("compound", "amod") and c.lower_ in ("meeting", "meeting-place") for c in noun.children
    )


def _denied(verb: Token) -> bool:
    """A movement or an act of force denied, barred or refused ("denied firing shots in X",
    "prohibited forces from entering X", "refused to enter X"): it places no forces there.
    Not a withdrawal: "refused to leave X" leaves them there.  (A bare "have not entered
    X" is left alone: the forces often stand at it.)"""
    if is_word(verb, lexicon.WITHDRAWAL_VERBS):
        return False
    if verb.dep_ not in ("xcomp", "ccomp", "pcomp") or verb.tag_ not in ("VBG", "VB"):
        return False
    governor = verb.head.head if verb.head.lower_ == "from" and verb.head.dep_ == "prep" else verb.head
    return _is_verb(governor) and is_word(governor, lexicon.DENIAL_VERBS)


def _is_purpose(verb: Token) -> bool:
    """An infinitive clause of purpose: "met **to discuss** the layoffs"."""
    return verb.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _parts_of(noun: Token) -> bool:
    """Parts of a place named after "of": "the outskirts of X", "the southern districts of X"
    (not "the town of X" or "the districts of A and B", which the names name)."""
    if not any(p.lower_ == "of" for p in _children(noun, "prep")):
        return False
    return is_word(noun, lexicon.PART_NOUNS) or noun.lower_ in ("outskirts", "countryside", "edge", "fringes") or (
        noun.tag_ in ("NNS", "NNPS") and any(c.dep_ == "amod" and _is_compass(c) for c in noun.children)
    )


def _parts_attacked(anchor: Token) -> Token | None:
    """Forces or fighters attacking or targeting parts of a place fight there (the guidelines'
    fifth set): "rebels attacked the outskirts of X", "ISIS targeted the southern districts of X"."""
    verb = _verb_object(anchor)
    if verb is None or not _parts_of(anchor):
        return None
    if _ground_attack(verb):
        return verb
    if is_word(verb, lexicon.AIM_VERBS) and any(
        (_armed_side(d) or _names_a_group(d)) and _on_the_ground(d) for d in _doers(verb)
    ):
        return verb  # (but "the Air Force targeted the countryside of X" strikes from afar)
    return None


def _ground_attack(verb: Token) -> bool:
    """Fighters or forces attacking a place itself, an attempt to take it (the guidelines' fifth
    set): "rebels attacked the town", "insurgents launched an offensive, attacking A and B";
    not an attack by gunmen or from the air ("jets attacked X")."""
    if not is_word(verb, lexicon.ATTACK_VERBS) or verb.dep_ == "amod":
        return False
    doers = _doers(verb)
    if not doers and _shares_subject(verb):
        doers = _children(verb.head, "nsubj")  # "insurgents launched an offensive, attacking X"
    doers += [partner for d in doers for partner in d.conjuncts]
    return any((is_force_noun(d) or is_word(d, lexicon.IRREGULAR_FIGHTERS)) and _on_the_ground(d) for d in doers)


def _on_the_ground(doer: Token) -> bool:
    """A doer that is not a strike or an air force ("jets attacked X", "the Air Force targeted")."""
    return not _is_strike(doer) and not _of_the_air(doer)


def _of_the_air(force: Token) -> bool:
    """An air force or an aerial unit: "the Turkish Air Force", "aerial units" (it strikes from afar)."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ("air", "aerial") for c in force.children)


def _verb_object(anchor: Token) -> Token | None:
    """The verb a place is the object of: "captured Palmyra", "Goma was seized".  The
    small model often labels a bare name after a verb as an adverbial ("had liberated
    Mosul", "tried to capture Sirte": npadvmod, advmod); a name right after its verb is
    still the object."""
    if anchor.dep_ in ("dobj", "nsubjpass"):
        return anchor.head
    if anchor.dep_ in ("npadvmod", "advmod") and _is_verb(anchor.head) and anchor.tag_ in ("NNP", "NNPS"):
        if not _children(anchor.head, "dobj") and anchor.head.i < anchor.i:
            return anchor.head
    return None


def _takes_over(verb: Token) -> bool:
    """"took over Kunduz": "take" with the particle "over" is a takeover; so is taking a
    place from a side ("Russia took Crimea from Ukraine")."""
    return lemma_of(verb) == "take" and any(
        (c.dep_ in ("prt", "advmod") and c.lower_ == "over") or (c.dep_ == "prep" and c.lower_ == "from")
        for c in verb.children
    )


def _seized_from(preposition: Token) -> Token | None:
    """The verb of seizing a "from" phrase names the loser of: "captured from Syria", and
    "captured the West Bank from Jordan" with "from" hung on the object."""
    holder = preposition.head
    if is_word(holder, lexicon.SEIZE_VERBS) and _is_verb(holder):
        return holder
    if holder.dep_ in ("dobj", "nsubjpass") and is_word(holder.head, lexicon.SEIZE_VERBS):
        return holder.head
    return None


def _taken_during(verb: Token) -> Token | None:
    """A seizure a verb's patient suffers "in" or "during": "the fort was attacked in a
    siege", "the town was shelled during its occupation" (not "in the fall of 1850", a
    season, nor "on his return", a journey)."""
    if not _is_verb(verb):
        return None
    for prep in _children(verb, "prep"):
        if prep.lower_ not in ("in", "during", "throughout"):
            continue
        for noun in _children(prep, "pobj"):
            if noun.lower_ not in ("fall", "return") and noun.ent_type_ != "DATE" and (
                is_word(noun, lexicon.SEIZE_NOUNS)
            ):
                return noun
    return None


def _settled_border(border: Token) -> Token | None:
    """The word that says a border was settled between states, who are then parties: a
    verb of settling it ("the border between X and Y was demarcated", "agreed the border
    with X"), or an accord that made or fixed it ("was made permanent by a treaty")."""
    verb = border.head if border.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if border.dep_ == "pobj" and border.head.dep_ in ("dobj", "nsubjpass"):
        verb = None
    participles = [c for c in border.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "the border agreed in 1906"
    for word in ([verb] if verb is not None and _is_verb(verb) else []) + participles:
        if is_word(word, lexicon.BORDER_SETTLING_VERBS):
            return word
        for prep in _children(word, "agent", "prep"):
            if prep.lower_ in ("by", "under", "in"):
                for accord in _children(prep, "pobj"):
                    if is_word(accord, lexicon.ACCORD_NOUNS):
                        return accord
    return None


def _held_by_a_state(land: Token) -> bool:
    """A land named as a state's holding: "a Portuguese colony", "a former Soviet republic",
    "a British overseas territory" (but "the Syrian province of Idlib" is where it is)."""
    if is_word(land, lexicon.HELD_LAND_NOUNS):
        return True
    return is_word(land, lexicon.HELD_UNIT_NOUNS) and any(
        c.dep_ == "amod" and c.lower_ in lexicon.HOLDING_MODIFIERS for c in land.children
    )


def _launches_push(verb: Token) -> bool:
    """A verb whose object is a military push ("launched an offensive", "began their
    assault"): whoever does it fights as a unit, whatever they are called ("tribesmen",
    "volunteers"); not "a diplomatic offensive"."""
    return _is_verb(verb) and any(
        is_word(push, lexicon.PUSH_NOUNS) and not any(
            c.dep_ in ("amod", "compound") and is_word(c, lexicon.NON_MILITARY_PUSH_MODIFIERS) for c in push.children
        )
        for push in _children(verb, "dobj")
    )


def _is_war_between(preposition: Token) -> bool:
    """A war or conflict "between", "against" or "with" the places after it, which names
    its parties ("the war between Peru and Bolivia", "a conflict with Georgia"); where it
    is fought takes "in"."""
    war = preposition.head
    return _is_noun(war) and is_word(war, lexicon.WAR_NOUNS) and is_word(war, lexicon.RELATION_NOUNS)


def _war_declared(preposition: Token) -> bool:
    """"declared war on X": the war a state declares, whose "on" names its enemy."""
    war = preposition.head
    return war.dep_ == "dobj" and lemma_of(war.head) == "declare"


def _breaks_away(verb: Token) -> bool:
    """Breaking away from a state: "broke away from Georgia", "seceded from Sudan"."""
    if lemma_of(verb) in ("secede",):
        return True
    return lemma_of(verb) == "break" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in verb.children)


def _is_border(noun: Token) -> bool:
    """A border: "border", "frontier", and a line or a crossing a border word names ("the
    boundary line", "the border crossing with Ukraine")."""
    return is_word(noun, lexicon.BORDER_NOUNS) or (
        noun.lower_ in ("line", "lines", "crossing", "crossings")
        and any(c.dep_ in ("compound", "amod") and is_word(c, lexicon.BORDER_NOUNS) for c in noun.children)
    )


def _reaction_from(preposition: Token) -> Token | None:
    """The reaction a "from" phrase names the source of: "criticism from Beijing", and
    "drawing a sharp rebuke from Pyongyang" with "from" hung on the verb."""
    holder = preposition.head
    if _is_noun(holder) and is_word(holder, lexicon.REACTION_NOUNS):
        return holder
    if _is_verb(holder):
        return next((o for o in _children(holder, "dobj") if is_word(o, lexicon.REACTION_NOUNS)), None)
    return None


def _happens(verb: Token) -> bool:
    """A verb saying an event takes place: "fighting continued", "clashes erupted", and the
    phrase "take place" ("skirmishes took place near the port"), whose "take" alone says
    nothing."""
    if is_word(verb, lexicon.HAPPEN_VERBS):
        return True
    return lemma_of(verb) == "take" and any(o.lower_ == "place" for o in _children(verb, "dobj"))


def _reported(verb: Token) -> bool:
    """A passive verb of reporting: "clashes were reported around Gao" says they happened there."""
    return is_word(verb, lexicon.REPORTED_VERBS) and any(c.dep_ == "auxpass" for c in verb.children)


def _off_duty(noun: Token) -> bool:
    """Forces said to be off duty: "soldiers on leave", "troops on holiday", "a soldier
    home on leave" (the phrase hung on "home"), "retired soldiers", "former fighters"."""
    if any(c.dep_ in ("amod", "compound") and c.lower_ in lexicon.OUT_OF_SERVICE_MODIFIERS for c in noun.children):
        return True
    holders = [noun, *(c for c in noun.children if c.dep_ == "advmod" and c.lower_ in ("home", "back"))]
    return any(
        prep.lower_ == "on" and is_word(obj, lexicon.OFF_DUTY_NOUNS)
        for holder in holders
        for prep in _children(holder, "prep")
        for obj in _children(prep, "pobj")
    )


def _fired_from_afar(noun: Token, verb: Token) -> bool:
    """Weapons fired from afar as the doer of a verb that is not a movement: "missiles slammed
    into", "artillery pounded" (but "missiles arrived in", "artillery moved closer to")."""
    if not is_word(noun, lexicon.PROJECTILE_FORCES) or _is_be(verb):
        return False
    if any(is_word(verb, words) for words in (lexicon.MOVEMENT_VERBS, lexicon.JOURNEY_VERBS, lexicon.SENDING_VERBS)):
        return False
    return noun.dep_ in ("nsubj", "pobj") or any(c.dep_ == "nsubj" and c.i == noun.i for c in verb.children)


def _off_duty_activity(verb: Token) -> bool:
    """What forces do not as forces: a ceremony ("soldiers held a parade in Islamabad",
    "marched in a military parade in Warsaw"), private life ("married his fiancee in Cork",
    "visited his family in Multan"), relief work after a disaster.  The guidelines: soldiers
    on leave or at a market are not a position, nor are army engineers helping a relief effort."""
    if is_word(verb, lexicon.PRIVATE_LIFE_VERBS):
        return True
    objects = _children(verb, "dobj", "attr") + [
        obj for prep in _children(verb, "prep") if prep.lower_ in ("in", "at", "for", "during", "as", "with")
        for obj in _children(prep, "pobj")
    ]
    if any(is_word(obj, lexicon.CEREMONY_NOUNS) for obj in objects):
        return True
    if any(
        is_word(word, lexicon.RELIEF_NOUNS)
        for obj in objects for word in (obj, *(c for c in obj.children if c.dep_ in ("compound", "amod")))
    ):
        return True  # relief work: "the army set up field hospitals in X", "armories opened as warming stations"
    for purpose in (verb, *_children(verb, "xcomp", "advcl")):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children):
            continue
        helped = _children(purpose, "dobj")
        if is_word(purpose, lexicon.RESCUE_VERBS) or (
            is_word(purpose, lexicon.RELIEF_DELIVERY_VERBS)
            and any(is_word(o, lexicon.RELIEF_NOUNS) or is_word(o, lexicon.STRANDED_PEOPLE_NOUNS) for o in helped)
        ):
            return True  # "deployed troops to rescue stranded villagers", "sent soldiers to distribute food"
    return lemma_of(verb) == "visit" and any(is_word(obj, lexicon.KIN_NOUNS) for obj in _children(verb, "dobj"))


def _is_source(token: Token) -> bool:
    """A person a report comes from: "a military source in Daraa", "a resident of Hama"."""
    return token.tag_ in ("NN", "NNS") and is_word(token, lexicon.SOURCE_NOUNS)


def _dates_another_event(noun: Token) -> bool:
    """A noun that only dates the clause it hangs on: "after the attack", "prior to the talks"."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    if preposition.lower_ == "to":
        return preposition.head.lower_ == "prior"
    if preposition.lower_ == "of":
        return preposition.head.lower_ == "ahead"  # "gathered ahead of a possible intervention in Gambia"
    return preposition.lower_ in _TIME_PREPOSITIONS


def _feared(event: Token) -> bool:
    """An event spoken of as a danger or a plan, not as having happened: "the
    danger of a new Russian invasion of Ukraine", "a possible incursion"."""
    if any(c.dep_ == "amod" and c.lower_ in lexicon.UNREAL_EVENT_ADJECTIVES for c in event.children):
        return True
    above = event.head.head if event.dep_ == "pobj" else None
    return above is not None and is_word(above, lexicon.UNREAL_EVENT_NOUNS)


#: Prepositions by which a state's move reaches a place: "withdrew from", "advanced on", "crossed into".
_STATE_MOVE_PREPOSITIONS = frozenset("from into on toward towards to across out".split())


def _harmed_forces(strike: Token) -> Token | None:
    """Regular forces a strike or bombing killed or wounded, from the verb the strike
    hangs on ("soldiers were killed in a bomb attack"): they were where it hit."""
    verb = strike.head.head if strike.dep_ == "pobj" else strike.head
    if not _is_verb(verb) or lemma_of(verb) not in lexicon.HARM_VERBS:
        return None
    for victim in verb.children:
        if victim.dep_ in ("nsubjpass", "dobj") and is_force_noun(victim) and not _off_duty(victim):
            return victim
    return None


def _fires_projectiles(verb: Token) -> bool:
    """"fired rockets", "rockets were launched", "launched drones": projectiles leave from
    where the shooters are."""
    if not is_word(verb, lexicon.FIRING_VERBS):
        return False
    return any(is_word(p, lexicon.PROJECTILE_NOUNS) for p in _children(verb, "dobj", "nsubjpass"))


def _doers(verb: Token) -> list[Token]:
    """Who or what does the verb: its subject, or the agent of a passive ("hit by floods")."""
    return _children(verb, "nsubj") + [o for agent in _children(verb, "agent") for o in _children(agent, "pobj")]


def _by_gunmen(verb: Token) -> bool:
    """Done by gunmen or attackers, whom the guidelines read as a massacre or a crime, not a
    side taking ground: "gunmen stormed the town and shot dead many people"."""
    doers = _doers(verb)
    return bool(doers) and all(is_word(d, lexicon.GUNMEN_NOUNS) for d in doers)


def _hit_by_disaster(verb: Token) -> bool:
    """A verb of a disaster reaching its object: "an earthquake struck", "was hit by floods"."""
    return is_word(verb, lexicon.DISASTER_VERBS) and any(is_word(d, lexicon.DISASTER_NOUNS) for d in _doers(verb))


def _struck_from_afar(verb: Token) -> bool:
    """Strikes reaching a place: "airstrikes pounded southern Lebanon", "was hit by shelling"
    (the guidelines: a place only struck from afar is where, no party)."""
    if not (is_word(verb, lexicon.DISASTER_VERBS) or is_word(verb, lexicon.POUNDING_VERBS)):
        return False
    return any(_is_strike(doer) for doer in _doers(verb))


def _set_off_description(anchor: Token) -> Token | None:
    """The noun of a phrase set off by a comma right after a place, which describes it: "Raqqa,
    the major bastion of ISIS", also where the small model hung the phrase on another word."""
    appositions = _children(anchor, "appos")
    if appositions:
        return appositions[0]
    doc, after = anchor.doc, anchor.right_edge.i + 1
    if after >= len(doc) or doc[after].text != ",":
        return None
    for token in doc[after + 1:after + 6]:
        if token.dep_ == "appos":
            return token if _is_noun(token) else None
        if token.dep_ not in ("det", "amod", "compound", "poss", "nummod", "advmod"):
            return None
    return None


def _scene_subject(anchor: Token) -> Evidence | None:
    """A place that saw or witnessed an event, or was its scene, is where it happened, no
    party: "Bakhmut saw heavy fighting", "Jonglei was the scene of clashes" (forces there),
    "the city has witnessed protests" (the scene), "Khartoum has been devastated by fighting"."""
    if anchor.dep_ == "nsubjpass":
        agents = [
            a for p in _children(anchor.head, "agent", "prep") if p.lower_ == "by"
            for a in _children(p, "pobj", "pcomp")
        ]
        for agent in agents:
            if is_force_event(agent) and not _is_strike(agent):
                return Evidence("troop_position", agent, 0.7)
    described = _set_off_description(anchor)
    event = scene_event(anchor) or (scene_of(described) if described is not None else None)
    if event is None:
        return None  # (also "Aleppo, the main focus of clashes between ...": the same said in apposition)
    if is_force_event(event):
        return Evidence("troop_position", event, 0.7)
    return Evidence("other", event, 0.65)


def _aimed_at_forces(attack: Token) -> Token | None:
    """What an attack is aimed at, when it is forces or their positions: "an attack in X
    that targeted the army's positions", "launched an attack at X, targeting the defensive
    positions of the militia" (fighting there, not terrorism; "targeting a market" is not)."""
    for preposition in _children(attack, "prep"):
        if preposition.lower_ not in ("against", "on"):
            continue
        for target in _children(preposition, "pobj"):
            if _is_policing(target):
                continue
            if is_force_noun(target) or is_word(target, lexicon.IRREGULAR_FIGHTERS) or (
                is_word(target, lexicon.FORCE_SITE_NOUNS) and _military_modifier(target) is not None
            ):
                return target  # "attacks against the militants at X": they were there
    clauses = _children(attack, "relcl", "acl")
    if attack.dep_ == "dobj":
        clauses += [c for c in _children(attack.head, "advcl", "xcomp") if c.tag_ == "VBG" and not _has_own_subject(c)]
    for clause in clauses:
        for target in _children(clause, "dobj"):
            if _is_policing(target):
                continue
            if is_word(target, lexicon.FORCE_SITE_NOUNS) or is_force_noun(target) or (
                _military_modifier(target) is not None
            ):
                return target
    return None


def _device_on_forces(noun: Token) -> bool:
    """A bomb, mine or attack that went off among forces: "a roadside bomb", "an attack";
    not a suicide or car bomb, which the guidelines count as terrorism (`other`)."""
    if not (is_word(noun, lexicon.DEVICE_NOUNS) or is_word(noun, lexicon.ATTACK_NOUNS)):
        return False
    return not any(c.lower_ in ("suicide", "car") for c in noun.subtree if c.i < noun.i)


def _named_before_parenthesis(participle: Token) -> bool:
    """A holder named just before "held"/"controlled" with its acronym in brackets: "the
    National Army (NA) held town of X".  The brackets break the parse, which hangs the holder
    elsewhere and leaves the participle bare."""
    if participle.i < 4 or participle.nbor(-1).text != ")":
        return False
    opening = next((t for t in reversed(participle.doc[max(0, participle.i - 6) : participle.i - 1]) if t.text == "("),
                   None)
    return opening is not None and opening.i > 0 and opening.nbor(-1).tag_ in ("NN", "NNS", "NNP", "NNPS")


def _passive_partners(verb: Token) -> list[Token]:
    """Verbs coordinated with ``verb`` whose patient is its subject: "the port was mined and
    later seized", "the colony prospered but was ceded to ..." (a partner in the
    passive, or any partner of a passive verb, with no subject or object of its own)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [
        partner for partner in verb.conjuncts
        if _is_verb(partner) and not _has_own_subject(partner) and not _children(partner, "dobj")
        and (any(c.dep_ == "auxpass" for c in partner.children) or (passive and partner.tag_ in ("VBN", "VBD", "VBP")))
    ]


def _inhabited(occupied: Token) -> bool:
    """"Occupied" in the sense of lived in: by a people ("a valley occupied by farming
    tribes", "settlers occupied the plain") or over a long time ("first occupied around 900
    AD", "a long occupied site"), not taken in a conflict."""
    if lemma_of(occupied) != "occupy" and occupied.lower_ != "occupied":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in lexicon.DWELLING_ADVERBS for c in occupied.children):
        return True
    occupiers = _children(occupied, "nsubj") + [
        obj for agent in _children(occupied, "agent") for obj in _children(agent, "pobj")
    ]
    occupiers += [p for o in occupiers for p in o.conjuncts]
    return any(
        is_word(o, lexicon.INHABITANT_NOUNS)
        or any(c.dep_ in ("compound", "appos") and is_word(c, lexicon.INHABITANT_NOUNS) for c in o.children)
        for o in occupiers
    )


def _moved_out(force: Token) -> bool:
    """Forces something moves: "the withdrawal of troops from X", "pulled its troops from
    X" say where they were, not whose they are (unlike "troops from X entered")."""
    if force.dep_ == "pobj" and force.head.lower_ == "of":
        return is_word(force.head.head, lexicon.MOVEMENT_NOUNS)
    return force.dep_ == "dobj"


def _only_dates(sibling: Token, verb: Token) -> bool:
    """A war beside a place only dates what happened there ("mills were busy in X during
    the war", "arrested in X during the war"): a war is long and wide.  Only a death or a
    wound in the place puts its fighting there ("killed in X during the war")."""
    return is_word(sibling, lexicon.WAR_NOUNS) and lemma_of(verb) not in lexicon.COMBAT_LOSS_VERBS


def _forces_come_from(preposition: Token) -> bool:
    """"from" naming where forces come from, hung on the forces themselves ("volunteers
    from the valley", "a unit from the county"): an origin (``other``).  But forces moved
    out of a place were there ("the withdrawal of troops from X", "pulled its troops from X")."""
    force = preposition.head
    if preposition.lower_ != "from" or not _is_noun(force) or _moved_out(force):
        return False
    return is_force_noun(force) or is_word(force, lexicon.IRREGULAR_FIGHTERS)


def _under(noun: Token) -> bool:
    """"under the control of X", "under the rule of X": X is who controls, not what is controlled."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under"


def _fallen_in_combat(verb: Token) -> bool:
    """Fighters killed or wounded, not by police: "dozens of rebels were killed in Homs"
    says they were there as fighters ("militants were shot by police" is policing)."""
    if lemma_of(verb) not in lexicon.COMBAT_LOSS_VERBS:
        return False
    # who did it: the agent, whoever a "by" phrase names ("in a sweep by security forces"),
    # and the other side of a "with" ("in a shootout with police")
    doers = [obj for by in verb.subtree if by.lower_ in ("by", "with") for obj in _children(by, "pobj")]
    if any(is_word(a, lexicon.POLICE_WORDS) or _is_policing(a) for a in doers):
        return False
    # killed by their own bomb going off or in a crash: no fighting ("in the accidental blast")
    causes = [word for prep in _children(verb, "prep") for word in prep.subtree if _is_noun(word)]
    return not any(is_word(c, lexicon.MISHAP_NOUNS) for c in causes)


def _tour_of_service(noun: Token) -> bool:
    """A tour of military service: "a tour of duty", or a tour served or done ("served
    two tours in Iraq"); a band's or a minister's tour is none."""
    if not is_word(noun, lexicon.TOUR_NOUNS):
        return False
    if any(c.lower_ == "of" and any(g.lower_ == "duty" for g in c.children) for c in noun.children):
        return True
    return noun.dep_ == "dobj" and is_word(noun.head, lexicon.TOUR_VERBS) and _in_service(noun.head)


def _in_service(verb: Token) -> bool:
    """A verb of serving with military service in its words: a tour served, a force
    served in or with, or a serving soldier ("a Marine who served in Iraq")."""
    if not is_word(verb, lexicon.TOUR_VERBS):
        return False
    for child in verb.children:
        if child.dep_ == "dobj" and is_word(child, lexicon.TOUR_NOUNS):
            return True
        if child.dep_ == "prep" and child.lower_ in ("with", "in") and any(
            is_force_noun(g) for g in child.children
        ) and is_word(verb, lexicon.SERVICE_VERBS):
            return True  # "served in the Army in Germany", "served with the 82nd Airborne"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.dep_ == "relcl" and subject.lower_ in ("who", "that"):
        subject = verb.head  # "a Marine who served in Iraq"
    return subject is not None and is_word(verb, lexicon.SERVICE_VERBS) and is_force_noun(subject)


def _court_session(token: Token) -> bool:
    """A court sitting: "a bond hearing", "his trial", "hearings"; not "a clinical trial"
    or "vaccine trials", and not the gerund "after hearing of the outbreak"."""
    if not _is_noun(token) or not is_word(token, lexicon.COURT_SESSION_NOUNS):
        return False
    if token.dep_ in ("pobj", "pcomp") and not any(c.dep_ in ("det", "poss", "amod") for c in token.children):
        return False  # "after hearing of the outbreak": a gerund the tagger took for a noun
    return not any(
        c.dep_ in ("compound", "amod", "nmod") and is_word(c, lexicon.NON_COURT_TRIAL_WORDS) for c in token.children
    )


def _sitting_body(token: Token) -> bool:
    """A court or assembly as a body that sits: "the General Assembly", "a district court",
    "the Court of the Colony"; not "a basketball court"."""
    if not _is_noun(token) or not is_word(token, lexicon.SITTING_BODY_NOUNS):
        return False
    return token.tag_ in ("NNP", "NNPS") or any(
        c.dep_ in ("compound", "amod") and is_word(c, lexicon.SITTING_BODY_MODIFIERS) for c in token.children
    )


def _passive(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _rules_in_court(verb: Token) -> bool:
    """A court's ruling on someone: "was sentenced in Denver", "a man convicted in Boston"."""
    return is_word(verb, lexicon.COURT_RULING_VERBS) and (
        _passive(verb) or verb.tag_ == "VBD" or (verb.tag_ == "VBN" and verb.dep_ == "acl")
    )


def _sits_in_court(verb: Token) -> bool:
    """A verb that puts someone before a court: "will stand trial in X", "go to trial in
    X", "was tried in X" (passive: "tried to" is an attempt), "was sentenced in X", and a
    judge's "jailed him at the Old Bailey" (but "a reporter jailed in Iran" is where he is held)."""
    if _rules_in_court(verb):
        return True
    if lemma_of(verb) == "try" and _passive(verb):
        return True
    if is_word(verb, lexicon.JAILING_VERBS) and any(
        is_word(word, lexicon.JUDGE_NOUNS) for s in _children(verb, "nsubj") for word in (s, *_children(s, "compound"))
    ):  # "a judge jailed", "Mr Justice Saunders imprisoned"
        return True
    if not is_word(verb, lexicon.STAND_TRIAL_VERBS):
        return False
    objects = _children(verb, "dobj") + [g for c in _children(verb, "prep") if c.lower_ == "to" for g in c.children]
    return any(_court_session(o) for o in objects)


def _ground_changing_hands(anchor: Token) -> Token | None:
    """The verb of a side losing or gaining ground in or around a place: "the group is
    losing ground in Syria", "rebels gained territory around Aleppo"."""
    token = _first_of_list(anchor)  # "in both Syria and Iraq"
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "around", "across", "near", "throughout"):
        return None
    verb = token.head.head
    if verb.dep_ in ("dobj", "conj") and is_word(verb, lexicon.GROUND_NOUNS):
        verb = verb.head if verb.dep_ == "dobj" else verb.head.head  # "losing ground and momentum in X"
    if not _is_verb(verb) or not is_word(verb, lexicon.GROUND_CHANGING_VERBS):
        return None
    if not any(is_word(o, lexicon.GROUND_NOUNS) for o in _children(verb, "dobj")):
        return None
    subjects = _children(verb, "nsubj")
    if verb.dep_ in ("acl", "advcl", "pcomp", "xcomp") and not subjects:
        subjects = [verb.head] if _is_noun(verb.head) else _children(verb.head, "nsubj")
    return verb if any(_armed_side(subject) for subject in subjects) else None  # not "the party lost ground"


def _counts_cases(noun: Token) -> bool:
    """Cases or deaths, or a number of them: "the most cases", "the highest number of deaths"."""
    return is_word(noun, lexicon.CASE_COUNT_NOUNS) or any(
        is_word(counted, lexicon.CASE_COUNT_NOUNS)
        for of in _children(noun, "prep") if of.lower_ == "of" for counted in _children(of, "pobj")
    )


def _a_firm(noun: Token) -> bool:
    """A business ("the largest bank", "a meat processor"), not a state body ("the central bank")."""
    return is_word(noun, lexicon.FIRM_NOUNS) and not any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("central", "state", "state-owned", "state-run")
        for c in noun.children
    )


def _is_courthouse(token: Token) -> bool:
    """"courthouse", "court-house", or "court house" in two words; or the seat of a court
    (`_seat_of_justice`), which the guidelines read alike."""
    if token.lower_ in lexicon.COURTHOUSE_NOUNS or _seat_of_justice(token):
        return True
    return token.lower_ in ("house", "houses") and any(
        c.dep_ == "compound" and c.lower_ == "court" for c in token.children
    )


def _included_in_seized(anchor: Token) -> Token | None:
    """The verb seizing what a place is listed "including" among: "annexed four regions,
    including Zaporizhzhia and Kherson" (the parser hangs "including" on the noun or the verb)."""
    first = _first_of_list(anchor)
    if first.dep_ != "pobj" or first.head.lower_ != "including":
        return None
    holder = first.head.head
    verb = holder if _is_verb(holder) else holder.head if holder.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or not is_word(verb, lexicon.SEIZE_VERBS) or _denied(verb):
        return None
    return verb


def _push_to_enter(verb: Token) -> bool:
    """"Entering" as the aim of an assault or offensive: "launched an assault to enter X",
    "an offensive aimed at entering X" (troops that simply enter, or attempt to, are only
    there: the first set's "attempting to enter the village of X")."""
    if lemma_of(verb) != "enter" or verb.dep_ not in ("acl", "advcl", "xcomp", "pcomp", "relcl"):
        return False
    push = verb.head
    if push.dep_ == "prep":
        push = push.head  # "aimed at entering"
    if _is_verb(push) and push.dep_ == "acl":
        push = push.head  # "an offensive aimed at ..."
    pushes = [push] if _is_noun(push) else _children(push, "dobj")
    return any(is_word(p, lexicon.PUSH_NOUNS) and lemma_of(p) not in ("siege", "battle") for p in pushes)


def _seat_of_justice(noun: Token) -> bool:
    """Where a court sits: "the seat of justice", "its seat for court", "the seat of the county
    court" (the guidelines' twelfth set; a bare "county seat" is only a town's rank)."""
    return lemma_of(noun) == "seat" and _is_noun(noun) and any(
        lemma_of(p) in lexicon.COURT_NOUNS or p.lower_ == "justice"
        for prep in _children(noun, "prep") if prep.lower_ in ("of", "for") for p in _children(prep, "pobj")
    )


def _parts_seized_in(anchor: Token) -> Token | None:
    """The verb seizing points, villages or areas inside a place, which puts the place at
    stake: "seized several villages inside the Daraa Governorate", "captured another point
    from ISIS in the Qalamoun Mountains", "seized all of the farms around X", "continued
    their advance inside X, capturing several neighborhoods" (goods or buildings seized
    there do not)."""
    token = _first_of_list(anchor)
    if token.dep_ != "pobj" or token.head.lower_ not in ("in", "inside", "within", "across", "around"):
        return None
    holder = token.head.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "from":
        holder = holder.head.head  # "seizing points from the army inside X"
    if _is_noun(holder) and is_word(holder, lexicon.TERRITORY_PART_NOUNS) and holder.dep_ == "pobj" and (
        holder.head.lower_ == "of" and holder.head.head.dep_ in ("dobj", "nsubjpass")
    ):
        holder = holder.head.head.head  # "captured dozens of villages in X"
    if _is_noun(holder) and is_word(holder, lexicon.TERRITORY_PART_NOUNS) and holder.dep_ in ("dobj", "nsubjpass"):
        holder = holder.head  # "seized villages in X"
    if _is_noun(holder) and is_word(holder, lexicon.PUSH_NOUNS) and holder.dep_ == "dobj":
        holder = holder.head
    if _is_verb(holder) and any(is_word(o, lexicon.PUSH_NOUNS) for o in _children(holder, "dobj")):
        # "continued their advance in X, capturing several farms": the push takes parts of X
        # (but points seized "inside the Y District" lie in Y: the push is only fought in X)
        return next((
            found for verb in _children(holder, "advcl")
            if (found := _seizing_parts(verb)) and not any(
                t.dep_ == "prep" and t.lower_ in ("in", "inside", "within") for t in verb.subtree
            )
        ), None)
    return _seizing_parts(holder)


def _seizing_parts(verb: Token) -> Token | None:
    """`verb` itself, when it seizes points, villages or a share of them ("captured all of
    the farms"), and is neither denied nor only an aim."""
    if not _is_verb(verb) or not is_word(verb, lexicon.SEIZE_VERBS) or _denied(verb):
        return None
    if lemma_of(verb) == "storm":
        return None  # "storming several points in X": an attack on parts of X, fighting there (fifth set)
    if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not (
        verb.dep_ == "xcomp" and lemma_of(verb.head) in lexicon.SUCCEEDING_VERBS
    ):
        return None  # "an attack to capture points in X": an attempt, fighting there (but "managed to capture")
    seized = []
    for taken in _children(verb, "dobj", "nsubjpass"):
        if taken.tag_ not in ("NNP", "NNPS"):
            taken = next((part for of in _children(taken, "prep") if of.lower_ == "of"
                          for part in _children(of, "pobj")), taken)  # "all of the farms"
        if is_word(taken, lexicon.TERRITORY_PART_NOUNS) and not _part_with_a_name(taken):
            seized.append(taken)
    return verb if seized else None


def _part_with_a_name(noun: Token) -> bool:
    """A part noun that has a name of its own ("the village of Tal Rifaat", "the Bab
    district"): the place "in" which it lies only locates it."""
    return any(c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in noun.children) or any(
        c.lower_ == "of" and any(g.tag_ in ("NNP", "NNPS") for g in c.children) for c in noun.children
    )


def _armed_side(noun: Token) -> bool:
    """Forces, fighters, or a group called armed, militant or terrorist: "the terror group"."""
    if is_force_noun(noun) or is_word(noun, lexicon.IRREGULAR_FIGHTERS):
        return True
    return is_word(noun, lexicon.SIDE_GROUP_NOUNS) and any(
        c.dep_ in ("amod", "compound") and (is_word(c, lexicon.IRREGULAR_FIGHTERS) or c.lower_ in _ARMED_WORDS)
        for c in noun.children
    )


def _force_event_bearing(anchor: Token) -> Token | None:
    """A force event placed by a bearing from the place, which the tagger read as an
    adjective of the bearing: "launched an offensive north of Homs" ("offensive" hangs
    on "north")."""
    bearing = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" else anchor
    if not is_word(bearing, lexicon.DIRECTION_NOUNS):
        return None
    return next((c for c in bearing.children if c.dep_ in ("amod", "compound") and is_force_event(c)), None)


def _in_brackets(token: Token) -> bool:
    """A word whose phrase opens with a bracket: an aside, often another name of what it follows."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in ("(", "[")


def _seat_of_a_body(anchor: Token) -> Token | None:
    """A place where a body sits for good, as a summit's host is a venue (the guidelines'
    permanent seats): "Edinburgh is home to the Scottish Parliament", "Nairobi hosts the
    headquarters of UNEP", "the headquarters of the African Union is located in Addis Ababa",
    "Arusha serves as the seat of the East African Court of Justice" (and a courthouse's site,
    see _Rules._courthouse_site). A firm's head office, the seat of government (a capital) and
    a county seat are no such thing."""
    homes = _children(anchor, "appos", "advmod")  # (the tagger takes "home" for an adverb at times)
    if anchor.dep_ == "nsubj" and _is_be(anchor.head):
        homes += _children(anchor.head, "attr", "advmod", "appos")
        homes += [h for attr in _children(anchor.head, "attr") for h in _children(attr, "appos")]
    for home in homes:
        if home.lower_ == "home":
            for body in (o for p in _children(home, "prep") if p.lower_ == "to" for o in _children(p, "pobj")):
                if _legislature_or_court(body) or _seat_of_an_institution(body):
                    return home
    if anchor.dep_ == "nsubj":
        # "Nairobi hosts the headquarters of UNEP", "Vienna is a capital and hosts ..."
        for host in (anchor.head, *_children(anchor.head, "conj")):
            if is_word(host, lexicon.HOSTING_VERBS) and (host.i == anchor.head.i or not _has_own_subject(host)):
                for body in _children(host, "dobj"):
                    if _legislature_or_court(body) or _seat_of_an_institution(body):
                        return host
    if anchor.dep_ in _SUBJECTS:
        # "X serves as the seat of the court", "X is the headquarters of the League"
        said = [p for prep in _children(anchor.head, "prep") if prep.lower_ == "as" for p in _children(prep, "pobj")]
        said += _children(anchor.head, "attr") if _is_be(anchor.head) else []
        for seat in said:
            if _seat_of_an_institution(seat):
                return seat
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "at") and _is_verb(anchor.head.head):
        holder = anchor.head.head
        for subject in (s for s in _children(holder, "nsubj", "nsubjpass") for s in (s, *s.conjuncts)):
            if is_word(holder, lexicon.SEATED_VERBS) and _seat_of_an_institution(subject):
                return subject  # "the headquarters of the African Union is located in Addis Ababa"
    return None


def _force_sites_off(anchor: Token) -> Token | None:
    """Forces' positions a point of the compass off a place (the guidelines' fifth set: points
    near a village): "their positions southeast of X", "targeting positions southeast of X"
    (the parser may hang the direction on the verb)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "of":
        return None
    bearing = anchor.head.head
    if not is_word(bearing, lexicon.DIRECTION_NOUNS):
        return None
    held = [bearing.head]
    if bearing.dep_ == "advmod" and _is_verb(bearing.head):
        if _direction_of_a_place_before(bearing):
            return None  # "positions near Tal Qarin hill north of X": the hill lies north of X
        held = _children(bearing.head, "dobj")
    return next((h for h in held if is_word(h, lexicon.FORCE_SITE_NOUNS) and _is_noun(h)), None)


def _voters_deciding(root: Token) -> Token | None:
    """A place's voters deciding at the polls are the place acting: "Kanawha County voters
    approved table gaming", "voters in Arizona will decide" (not "Ohio voters are older than
    average")."""
    voters = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "in":
        voters = root.head.head  # "voters in Arizona will decide the measure"
    elif root.dep_ not in ("compound", "nmod"):
        return None
    if not is_word(voters, lexicon.ELECTORATE_NOUNS):
        return None
    verb = voters.head if voters.dep_ == "nsubj" else None
    if verb is None or lemma_of(verb) not in lexicon.BALLOT_VERBS:
        return None
    if any(is_word(o, lexicon.SEIZE_NOUNS) for o in _children(verb, "dobj")):
        return None  # "Brooklyn voters approved their city's annexation by Oakland": the city is at stake
    return verb


def _unfound_place_name(word: Token) -> bool:
    """A capitalised name ending a phrase of place: "at Al-Qarassi", "the fringes of Taybat
    Al-Ism" (the last word of the name; NER calls such villages people and firms)."""
    if word.tag_ not in ("NNP", "NNPS") or not word.text[:1].isupper() or word.ent_type_ in _NOT_PLACE_ENTITIES:
        return False
    head = word
    while head.dep_ in ("compound", "flat") and head.head.i > head.i:
        head = head.head
    if any(acts_for_state(t) or is_word(t, lexicon.IRREGULAR_FIGHTERS) for t in (word, head)):
        return False  # "the Free Syrian Army in Dara'a", "the People's Protection Units (YPG) in X"
    return head.dep_ == "pobj" and head.head.lower_ in lexicon.LOCATIVE_PREPOSITIONS | {"of", "near"}


#: Entity labels of names that are no place (NER's people, firms and products often are villages).
_NOT_PLACE_ENTITIES = frozenset({"NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _direction_of_a_place_before(bearing: Token) -> bool:
    """A bearing the parser hung on the verb right after a place in a prepositional phrase:
    "captured positions near Tal Qarin hill north of X" (the hill lies north of X)."""
    before = bearing.doc[bearing.i - 1] if bearing.i > 0 else None
    return before is not None and before.dep_ == "pobj" and _is_noun(before) and before.head.lower_ != "of"


def _military_site_at(anchor: Token, *, wide: bool = False) -> Token | None:
    """A military site named by where it is: "the North Vietnamese airfields at Kep", "the
    garrison at Dawei", "a naval base in Tartus", "an army camp in Kashmir", "a weapons depot
    at X": forces are based there. In a ``wide`` place (a state, a region, a country) only a
    site with no name of its own: "Vandenberg Air Force Base in California" only lies in it."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("at", "in", "near", "outside"):
        return None
    site = anchor.head.head
    if _is_verb(site) and anchor.head.i > 0 and anchor.head.nbor(-1).dep_ == "dobj" and (
        anchor.head.nbor(-1).head.i == site.i
    ):
        site = anchor.head.nbor(-1)  # "maintains a naval facility at Tartus": the parser hung "at" on the verb
    if anchor.head.lower_ in ("in", "inside") and _named_military_site(site):
        return None  # "the military base of Karasur in the Makhmour region": the base has its own name
    if wide and (site.text[:1].isupper() or anchor.head.lower_ not in ("in", "at")):
        return None  # (a capitalised site word names the site, whatever the tagger made of it)
    return site if _is_noun(site) and (_military_base(site) or _military_site(site)) else None


def _court_building_town(anchor: Token) -> Token | None:
    """The town of a named court building a court acts at: "jailed him at the Old Bailey in
    London", "was sentenced at Snaresbrook Crown Court in London" (the court sits there)."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "in":
        return None
    building = anchor.head.head
    if building.tag_ not in ("NNP", "NNPS") or building.dep_ != "pobj" or building.head.lower_ != "at":
        return None
    verb = building.head.head
    for _ in range(3):  # "jailed him for six years at the Old Bailey": the parser may hang it on "years"
        if _is_verb(verb) or _is_root(verb):
            break
        verb = verb.head
    return verb if _is_verb(verb) and _sits_in_court(verb) else None


def _title_of(person: Token) -> Token | None:
    """The capitalised office before a person's name: "Mayor" in "Mayor John Smith"."""
    return next(
        (c for c in person.children if c.dep_ == "compound" and c.i < person.i
         and is_word(c, lexicon.GOVERNMENT_NOUNS) and c.text[:1].isupper()),
        None,
    )


def _town_hall(noun: Token) -> bool:
    """ "Town Hall", "City Hall", "Village Hall": a place's own hall, where its bodies meet."""
    return noun.lower_ == "hall" and any(
        c.dep_ == "compound" and c.lower_ in ("town", "city", "village", "county") for c in noun.children
    )


def _legislature_or_court(body: Token) -> bool:
    """A legislature, or a court or assembly as a body: "the Scottish Parliament", "the Supreme Court"."""
    return is_word(body, lexicon.LEGISLATURE_NOUNS) or _sitting_body(body)


def _seat_of_an_institution(seat: Token) -> bool:
    """ "The headquarters of the World Health Organization", "the seat of the Tobago House of
    Assembly", "the United Nations Headquarters": where a public body of states or of a people
    sits, not a firm's or an army's."""
    if seat.lower_ not in lexicon.SEAT_OF_BODY_NOUNS:
        return False
    owners = [o for p in _children(seat, "prep") if p.lower_ == "of" for o in _children(p, "pobj")]
    owners += [c for c in seat.children if c.dep_ in ("compound", "poss") and c.tag_ in ("NNP", "NNPS")]
    for owner in owners:
        words = [t for t in owner.subtree if t.i != seat.i]
        if is_force_noun(owner):
            return False  # "the headquarters of the 3rd Army": a troop position (see _based)
        if _legislature_or_court(owner) or any(
            t.lower_ in lexicon.INSTITUTION_WORDS and t.tag_ in ("NNP", "NNPS") for t in words
        ):
            return True
    return False


def _used_as_a_base(anchor: Token) -> Token | None:
    """Forces or fighters using a place as their base are based there: "the militia used
    Salem as its base" (a firm using a town as a base is not)."""
    verb = anchor.head
    if anchor.dep_ != "dobj" or lemma_of(verb) != "use":
        return None
    users = [u for u in _children(verb, "nsubj") for u in (u, *u.conjuncts)]
    if not any(is_force_noun(u) or is_word(u, lexicon.IRREGULAR_FIGHTERS) for u in users):
        return None
    return next(
        (b for prep in _children(verb, "prep") if prep.lower_ == "as" for b in _children(prep, "pobj")
         if is_word(b, lexicon.MILITARY_SITE_NOUNS) or lemma_of(b) == "stronghold"),
        None,
    )


def _base_of_forces(anchor: Token) -> Token | None:
    """A place said to be, or to serve as, the base of forces is where they are: "Kursk was the
    base of the 5th Guards Army", "X served as General Loring's headquarters" (an army's or a
    commander's headquarters is a troop position too)."""
    if anchor.dep_ != "nsubj":
        return None
    verb = anchor.head
    bases = _attributes(verb)
    bases += [b for p in _children(verb, "prep") if p.lower_ == "as" for b in _children(p, "pobj")]
    for base in bases:
        if not (is_word(base, lexicon.MILITARY_SITE_NOUNS) or lemma_of(base) == "headquarters"):
            continue
        owners = [o for p in _children(base, "prep") if p.lower_ in ("of", "for", "to") for o in _children(p, "pobj")]
        owners += _children(base, "poss")
        if any(_armed_side(o) or _commander(o) for o in owners):
            return base
    return None


def _negotiators_in(anchor: Token) -> Token | None:
    """Delegates or negotiators "in" a place are at talks there: "delegates in Geneva failed
    to agree", "US negotiators in Doha said"."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "in":
        return None
    holder = anchor.head.head
    return holder if _is_noun(holder) and is_word(holder, lexicon.NEGOTIATOR_NOUNS) else None


def _named_armed_group(noun: Token) -> bool:
    """A fighting side named by its own name: "the Taliban", "ISIS", "Jaysh Al-Fateh", "the YPG
    and SDF", "the People's Protection Units (YPG)" (words and acronyms of armed groups' names,
    also in an apposition; not any organisation: "the NFL")."""
    for side in (noun, *noun.conjuncts, *_children(noun, "appos")):
        words = [t for t in side.subtree if t.i == side.i or (t.i < side.i and t.dep_ in ("compound", "amod", "nmod"))]
        if any(w.lower_ in lexicon.ARMED_GROUP_NAME_WORDS for w in words):
            return True
        if side.lower_ == "state" and any(w.lower_ == "islamic" for w in words):
            return True  # "Islamic State", whose words alone name no group
    return False


def _named_military_site(site: Token) -> bool:
    """A military site named or pointed at, which a wider place after "in" only contains:
    "the military base of Karasur", "this strategic military installation", "the Fort
    MacDowall" (but forces at "a military base in X" are in X)."""
    if site.tag_ in ("NNP", "NNPS"):
        return any(c.dep_ == "compound" and c.lower_ in ("fort", "camp") for c in site.children)
    if site.dep_ == "pobj" and site.head.lower_ == "of" and site.head.head.lower_ == "one":
        return True  # "one of the three main army camps in the province": the site the sentence names
    if not (is_word(site, lexicon.MILITARY_SITE_NOUNS) or lemma_of(site) == "installation"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("this", "that") for c in site.children):
        return True
    return any(
        n.tag_ in ("NNP", "NNPS") for p in _children(site, "prep") if p.lower_ == "of" for n in _children(p, "pobj")
    )


def _commander(person: Token) -> bool:
    """A person named with a military rank: "Major General Loring"."""
    return any(c.dep_ == "compound" and is_word(c, lexicon.MILITARY_RANKS) for c in person.children)


def _stronghold(anchor: Token) -> Evidence | None:
    """A fighting side's stronghold is where its forces are based (the guidelines' third set:
    with no word about control, not a place at stake): "the rebel stronghold of Kinsibba",
    "Raqqa, the group's stronghold", "withdrew towards its strongholds in Mosul"."""
    nouns = [anchor, *filter(None, [_set_off_description(anchor)])]
    holder = anchor.head.head
    if anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "inside") and not any(
        (c.dep_ == "prep" and c.lower_ == "of") or c.lower_ in ("this", "that") for c in holder.children
    ):
        nouns.append(holder)  # but "the stronghold of Zamalka in the East Ghouta", "this stronghold in X": a container
    for noun in nouns:
        if is_word(noun, lexicon.STRONGHOLD_NOUNS) and any(
            c.dep_ in ("compound", "amod", "nmod", "poss") or (c.dep_ == "prep" and c.lower_ == "of")
            for c in noun.children
        ):
            return Evidence("troop_position", noun, 0.75)
        if lemma_of(noun) == "headquarters" and noun.i != anchor.i and any(
            c.dep_ == "poss" and _armed_side(c) for c in noun.children
        ):
            return Evidence("troop_position", noun, 0.7)  # "the extremist group's headquarters in X"
    return None


def _fires_on_protesters(verb: Token) -> bool:
    """Force used on a protest: "soldiers fired on demonstrators", "guards opened fire against
    Kurdish protesters", "killed six during protests" (the guidelines' policing, whoever does it)."""
    targets = _children(verb, "dobj") + [
        o for p in _children(verb, "prep") if p.lower_ in ("on", "at", "against", "upon", "into")
        for o in _children(p, "pobj")
    ]
    if is_word(verb, lexicon.HARM_VERBS) and any(
        lemma_of(o) in ("protest", "demonstration", "riot")
        for p in _children(verb, "prep") if p.lower_ in ("during", "at", "in") for o in _children(p, "pobj")
    ):
        return True  # "soldiers killed six during protests" (eighth set: policing)
    return any(is_word(t, lexicon.PROTEST_CROWD_NOUNS) for t in targets)


def _military_aircraft_downed(verb: Token) -> Token | None:
    """A military aircraft shot or brought down by the verb: "a Syrian fighter jet was shot
    down", "rebels shot down a government warplane" (not a passenger plane)."""
    if lemma_of(verb) not in ("shoot", "bring", "down") or (
        lemma_of(verb) != "down" and not _has_particle(verb, "down")
    ):
        return None
    crafts = _children(verb, "nsubjpass", "dobj")
    if verb.dep_ == "relcl":
        crafts.append(verb.head)  # "the helicopter which was shot down near X"
    for craft in crafts:
        model = _AIRCRAFT_MODEL.match(craft.text) is not None  # "a Su-22", "a MiG-21": a warplane's designation
        if not is_word(craft, lexicon.AIRCRAFT_NOUNS) and not model:
            continue
        modifiers = [c for c in craft.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        if any(is_word(c, lexicon.CIVILIAN_CRAFT_MODIFIERS) for c in modifiers):
            continue
        if model or lemma_of(craft) in ("warplane", "bomber", "gunship") or any(
            c.ent_type_ in ("NORP", "GPE") or c.lower_ in ("fighter", "military", "government", "army", "regime")
            or is_word(c, lexicon.MILITARY_MODIFIERS) or (c.text.istitle() and is_force_noun(c))
            for c in modifiers
        ):  # ("a Syrian Air Force jet")
            return craft
    return None


#: Determiners that point back to a thing named before: "this West Ghouta village".
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

#: A military aircraft's type designation: "Su-22", "MiG-21", "F-16", "Mi-8", "AH-64".
_AIRCRAFT_MODEL = re.compile(r"^(?:Su|MiG|Mig|F|A|B|Tu|Mi|Ka|AH|UH|CH|MH|Yak|L|C|E|EA|KC|MQ|RQ)-\d{1,3}[A-Z]?$")


def _is_strike(noun: Token) -> bool:
    """A strike from afar: "an airstrike", "barrel bomb attacks", "rocket fire"."""
    if is_word(noun, lexicon.STRIKE_NOUNS):
        return True
    return is_word(noun, lexicon.ATTACK_NOUNS) and any(
        c.dep_ in ("compound", "amod", "nmod") and is_word(c, lexicon.STRIKE_MODIFIERS) for c in noun.children
    )


def _travels_along(verb: Token) -> bool:
    """A journey up or down a way ("sailed up the Nile", "marched down the valley"); not
    any verb with the particle ("locked down the city")."""
    return (is_word(verb, lexicon.JOURNEY_VERBS) or is_word(verb, lexicon.MOVEMENT_VERBS)) and _has_particle(
        verb, "up", "down"
    )


def _talks_from_afar(verb: Token) -> bool:
    """Talking by phone or video ("spoke with Putin by phone", "in a video call"): the
    speakers are not in one place."""
    return any(
        is_word(noun, lexicon.REMOTE_TALK_WORDS) or any(
            c.dep_ in ("compound", "amod", "nmod") and is_word(c, lexicon.REMOTE_TALK_WORDS) for c in noun.children
        )
        for prep in _children(verb, "prep")
        for noun in _children(prep, "pobj")
    ) or any(c.dep_ == "npadvmod" and is_word(c, lexicon.REMOTE_TALK_WORDS) for c in verb.children)


def _is_person(token: Token) -> bool:
    """A named person: a place phrase hung on one usually belongs to the verb
    ("met Lavrov in Brussels")."""
    return token.ent_type_ == "PERSON" or (token.tag_ == "NNP" and any(
        c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in token.children
    ))


def _completing(verb: Token) -> list[Token]:
    """The verbs that complete a raising or control word: "is set to host", "is expected to
    meet", "is due to hold" (through the adjective)."""
    return _children(verb, "xcomp") + [x for due in _children(verb, "acomp") for x in _children(due, "xcomp")]


def _officials_gathering(verb: Token) -> bool:
    """Officials coming together: "the ministers will gather in Oslo", "the two presidents will
    sit down in Helsinki"; not protesters, crowds or troops gathering."""
    sits_down = lemma_of(verb) == "sit" and _has_particle(verb, "down")
    if not (is_word(verb, lexicon.GATHERING_VERBS) or sits_down):
        return False
    return any(
        (is_word(subject, lexicon.GOVERNMENT_NOUNS) or is_word(subject, lexicon.MEETING_NOUNS))
        and not any(
            is_word(word, lexicon.FORCE_NOUNS) or is_word(word, lexicon.POLICE_WORDS)
            for word in (subject, *_children(subject, "compound", "amod"))
        )
        for subject in _children(verb, "nsubj")
    )  # (also a body named for its meeting: "the Virginia Convention assembled at Richmond")


def _signing_ceremony(token: Token) -> bool:
    """"the signing ceremony", "the ceremony for the signing of the accord": where an accord is signed."""
    if lemma_of(token) != "ceremony":
        return False
    return any(c.lower_ == "signing" for c in token.children) or any(
        w.lower_ == "signing" for prep in _children(token, "prep") for w in prep.subtree
    )


def _is_press_conference(token: Token) -> bool:
    """A news or press conference is one side talking to reporters, not a meeting."""
    return token.lower_.startswith("conference") and any(
        c.dep_ in ("compound", "amod") and c.lower_ in lexicon.PRESS_WORDS for c in token.children
    )


def _is_policing(token: Token) -> bool:
    """"a police raid", "security operations": policing, not an armed force."""
    return any(c.dep_ in ("compound", "amod") and is_word(c, lexicon.POLICE_WORDS) for c in token.children)


def is_police_source(noun: Token) -> bool:
    """"a police source": the police speaking, not a witness (shared with the event rules,
    for which its place is where the source is)."""
    return is_word(noun, lexicon.SOURCE_NOUNS) and any(
        c.dep_ in ("compound", "amod") and c.lower_ == "police" for c in noun.children
    )


def _examples_of(preposition: Token) -> bool:
    """"such as" or "like" after a plural noun, whose object is an example of what the noun
    names: "neighbouring countries such as Ethiopia", "nations like Malaysia"."""
    noun = preposition.head
    if not (_is_noun(noun) and noun.tag_ in ("NNS", "NNPS")):
        return False
    if preposition.lower_ == "like":
        return True
    return preposition.lower_ == "as" and any(c.lower_ == "such" for c in (*preposition.children, *noun.children))


def _military_site(noun: Token) -> bool:
    """A camp or post of forces, or a store of arms: "an Indian military camp", "a large weapons
    depot" (not a refugee camp, nor a former base)."""
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if any(c.lower_ in ("former", "abandoned", "disused", "old") for c in modifiers):
        return False
    if is_word(noun, lexicon.ARMS_STORE_NOUNS):
        return any(is_word(c, lexicon.ARMS_WORDS) for c in modifiers)
    return (is_word(noun, lexicon.MILITARY_SITE_NOUNS) or lemma_of(noun) == "facility") and any(
        is_word(c, lexicon.MILITARY_MODIFIERS) or is_word(c, lexicon.FORCE_NOUNS) or c.lower_ == "naval"
        for c in modifiers
    )  # ("a naval facility at Tartus")


def _military_modifier(token: Token) -> Token | None:
    """A modifier that makes a noun military: "army patrol", "military operations",
    "Russian peacekeeper officer"."""
    if not is_word(token, lexicon.MILITARY_HEADS):
        return None
    for child in token.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss") and (
            is_word(child, lexicon.MILITARY_MODIFIERS)
            or is_word(child, lexicon.FORCE_NOUNS)
            or is_word(child, lexicon.IRREGULAR_FIGHTERS)
        ):
            return child  # "military operations", "rebel positions", "the army's positions"
        if child.dep_ in ("poss", "compound") and _names_a_group(child) and is_word(token, lexicon.POSITION_NOUNS) and (
            _struck(token)
        ):
            return child  # a named group's lines under attack: "jets bombed Hezbollah's positions near X"
    if is_word(token, lexicon.POSITION_NOUNS):
        for prep in _children(token, "prep"):
            if prep.lower_ == "of":
                for holder in _children(prep, "pobj"):
                    if is_force_noun(holder) or is_word(holder, lexicon.IRREGULAR_FIGHTERS):
                        return holder  # "positions of government troops in X"
    return None


def speaker_of(pronoun: Token) -> Token | None:
    """Who a pronoun subject of a reported clause is: the speaker, speaking of itself
    ("Ukrainian troops said **they** had advanced", "Poland said **it** would station a brigade")."""
    verb = pronoun.head
    if pronoun.lower_ not in ("they", "it", "we") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if verb.dep_ != "ccomp" or not is_word(verb.head, lexicon.CLAIM_VERBS):
        return None
    return next(iter(_children(verb.head, "nsubj")), None)


def _speakers_of_a_pronoun(verb: Token) -> list[Token]:
    """The speakers a pronoun subject stands for, when the reported clause moves, fights
    or holds forces.  (Not any verb: a military media unit "said it was suspending a
    ceasefire in X" puts no forces in X.)"""
    speakers = [speaker for c in verb.children if (speaker := speaker_of(c)) is not None]
    if not speakers:
        return []  # (first: most verbs have no pronoun subject, and this runs for every verb's arguments)
    moves = any(
        is_word(verb, words) for words in (lexicon.MOVEMENT_VERBS, lexicon.FIGHT_VERBS, lexicon.FORCE_COMMAND_VERBS)
    )
    return speakers if moves else []


def _discussed(anchor: Token) -> Token | None:
    """The verb whose topic a place is, as its object or passive subject: "the ministers
    discussed **Ukraine**", "where **Taiwan** is expected to be discussed"."""
    if anchor.dep_ not in ("dobj", "nsubjpass"):
        return None
    verbs = [anchor.head]
    if anchor.dep_ == "nsubjpass":
        verbs += [c for c in anchor.head.children if c.dep_ == "xcomp"]  # raised: "is expected to be discussed"
    return next((verb for verb in verbs if is_word(verb, lexicon.DISCUSSION_VERBS)), None)


def _military_base(noun: Token) -> bool:
    """A base of armed forces: "an airbase", "the barracks", "a naval base", "the North
    Vietnamese airfields"; not a customer base, a company's base or a town's airfield."""
    if is_word(noun, lexicon.STATE_MILITARY_SITES) and noun.lower_ not in ("base", "bases"):
        return True
    if noun.lower_ in ("airfield", "airfields"):  # a state's or a military one: "the North Vietnamese airfields"
        return any(
            c.dep_ in ("compound", "amod") and (is_word(c, lexicon.BASE_MODIFIERS) or c.ent_type_ == "NORP")
            for c in noun.children
        )
    return noun.lower_ in ("base", "bases") and any(
        c.dep_ in ("compound", "amod") and is_word(c, lexicon.BASE_MODIFIERS) for c in noun.children
    )


def _names_a_group(owner: Token) -> bool:
    """An owner that names a side: a proper noun ("Hezbollah's", "the Hezbollah positions"),
    the government, or a group a people-word or a name describes ("the jihadist group's
    positions")."""
    if owner.tag_ in ("NNP", "NNPS") or owner.lower_ == "government" or (owner.ent_type_ == "ORG" and owner.is_upper):
        return True  # "government positions" under attack: the army's lines; "ISIS positions" (tagged NN)
    return owner.dep_ == "poss" and is_word(owner, lexicon.SIDE_GROUP_NOUNS) and any(
        c.dep_ in ("compound", "amod") and (
            c.tag_ in ("NNP", "NNPS") or c.ent_type_ in ("NORP", "ORG") or is_word(c, lexicon.IRREGULAR_FIGHTERS)
        )
        for c in owner.children
    )


def _under_attack(noun: Token) -> bool:
    """A noun that is what an attack, a strike or an assault hits: "struck the Front's
    positions", "an assault on the Front's defences" (not "the party's positions on tax")."""
    attack = noun.head if noun.dep_ in ("dobj", "nsubjpass") else None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("on", "against"):
        attack = noun.head.head
    return attack is not None and any(
        is_word(attack, words)
        for words in (lexicon.PLACE_OBJECT_VERBS, lexicon.ATTACK_NOUNS, lexicon.STRIKE_NOUNS, lexicon.FORCE_EVENTS)
    )


def _struck(noun: Token) -> bool:
    """What an attack hits or aims at: `_under_attack`, or the object of "target"."""
    return _under_attack(noun) or (noun.dep_ == "dobj" and is_word(noun.head, lexicon.AIM_VERBS))


def _side_sites_struck(noun: Token) -> bool:
    """A side's sites under attack: "struck 18 Kurdish sites", "attacking Islamic State
    targets", "hit locations of the group", "targeted command centers and staging points for
    the Front" (fifth set: the side is there). Targets no side owns ("ten targets were to be
    struck") say only where a strike from afar fell."""
    first = _first_of_list(noun)
    sites = [first, *first.conjuncts]
    if not any(is_word(site, lexicon.SIDE_SITE_NOUNS) and _is_noun(site) for site in sites):
        return False
    if not _struck(first):
        return False
    for site in sites:
        owners = [c for c in site.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        owners += [
            p for prep in _children(site, "prep") if prep.lower_ in ("of", "for") for p in _children(prep, "pobj")
        ]
        for owner in owners:
            if owner.ent_type_ == "NORP" or is_word(owner, lexicon.IRREGULAR_FIGHTERS) or is_force_noun(owner):
                return True  # "Kurdish sites", "militant hideouts", "camps of government troops"
            if _names_a_group(owner) or (owner.dep_ == "pobj" and is_word(owner, lexicon.SIDE_GROUP_NOUNS)):
                return True  # "Islamic State targets", "locations of the group"
    return False


def is_force_noun(noun: Token) -> bool:
    """Armed forces: "troops", "the army"; "units" or a "division" only when a
    modifier makes them military ("Army units", "the 4th Armored Division");
    a force named in several words: "a carrier strike group", "armoured vehicles"."""
    if _force_as_power(noun):
        return False
    if is_word(noun, lexicon.FORCE_NOUNS):
        return True
    if phrase_ending(noun, lexicon.FORCE_UNIT_PHRASES) is not None:
        return True
    if noun.tag_ in ("NNP", "NNPS") and any(
        t.i < noun.i and t.text in lexicon.SHIP_PREFIXES for t in noun.subtree
    ):
        return True  # a warship by its name: "the HMS Queen Elizabeth sailed into the Black Sea"
    if not is_word(noun, lexicon.AMBIGUOUS_FORCE_NOUNS):
        return False
    if is_word(noun, lexicon.OFFICE_UNIT_NOUNS):
        return _named_as_unit(noun)
    if noun.tag_ in ("NNP", "NNPS"):
        return True  # a unit's name: "the Republican Guard", "Popular Mobilization Units"
    return any(
        c.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod")
        and (
            is_word(c, lexicon.MILITARY_MODIFIERS)
            or is_word(c, lexicon.FORCE_NOUNS)
            or is_word(c, lexicon.BORDER_NOUNS)
            or c.tag_ in ("NNP", "NNPS")
            or c.ent_type_ in ("NORP", "ORDINAL")
        )
        for c in noun.children
    )


def _force_as_power(noun: Token) -> bool:
    """"force" as power, not armed men: bare ("came in force", "force was used": no
    determiner, possessor, number, modifier or "of" phrase) or of another kind ("a work
    force", "an economic force").  "a force of militia", "the force", "UN forces" stay."""
    if noun.lower_ != "force":
        return False
    modifiers = _children(noun, "det", "poss", "nummod", "amod", "compound", "nmod")
    if not modifiers and not any(prep.lower_ == "of" for prep in _children(noun, "prep")):
        return True
    return any(is_word(m, lexicon.OTHER_FORCE_MODIFIERS) for m in modifiers)


def _named_as_unit(noun: Token) -> bool:
    """A "company" or "division" named as a military unit: by a military word, a force
    noun, or a unit's ordinal or letter anywhere in its phrase ("the 4th Armored Division",
    "D Company", "a company of infantry"); a name alone ("the Zoning Division", "a
    California company") makes it an office or a business, and a count ("three
    companies", "500 companies") counts businesses."""
    phrase = [word for child in noun.children if child.dep_ not in ("det", "acl", "relcl") for word in child.subtree]
    return any(
        is_word(word, lexicon.MILITARY_MODIFIERS)
        or is_word(word, lexicon.FORCE_NOUNS)
        or (word.i < noun.i and (word.ent_type_ == "ORDINAL" or (word.like_num and word.tag_ != "CD")))  # "82nd"
        or (len(word.text) == 1 and word.is_upper and word.dep_ != "det")
        for word in phrase
    )


def is_force_event(noun: Token) -> bool:
    """Fighting, or forces put somewhere, named as a noun: "fighting", "an offensive",
    "a military presence".  A presence or a patrol is forces' only when forces, a state
    or an armed group own it ("a military presence", "the presence of troops", "the UN
    patrol"): a virus's presence, "its growing presence" or the highway patrol is not."""
    if not is_word(noun, lexicon.FORCE_EVENTS):
        return False
    if any(c.dep_ in ("amod", "compound") and is_word(c, lexicon.CRIME_MODIFIERS) for c in noun.children):
        return False  # "sexual assaults", "an aggravated assault": crimes, not fighting
    if not is_word(noun, lexicon.OWNED_FORCE_EVENTS) or _military_modifier(noun) is not None:
        return True
    owners = _children(noun, "poss") + [
        obj for prep in _children(noun, "prep") if prep.lower_ in ("of", "by") for obj in _children(prep, "pobj")
    ]
    owners += [partner for owner in owners for partner in owner.conjuncts]
    if any(is_force_noun(o) or is_word(o, lexicon.IRREGULAR_FIGHTERS) or o.tag_ in ("NNP", "NNPS") for o in owners):
        return True
    return _named_by_one_word(noun)


def _named_by_one_word(noun: Token) -> bool:
    """A noun whose only compound is one name ("the NATO presence", "the UN patrol"): a
    state or group owns it; a longer name is the noun's own ("the State Highway Patrol",
    "a First Nations presence")."""
    compounds = _children(noun, "compound")
    if len(compounds) != 1 or _children(compounds[0], "compound"):
        return False
    return compounds[0].tag_ in ("NNP", "NNPS") or compounds[0].ent_type_ in ("ORG", "GPE", "NORP")


def acts_for_state(noun: Token) -> bool:
    """A noun for a state's people, bodies, forces, means or policies: "officials",
    "the Armed Forces", "warplanes", "proposals".  A place modifying one is the state;
    but not a civilian craft ("a Turkish cargo ship")."""
    if _state_run(noun) or any(c.dep_ == "amod" and is_word(c, lexicon.STATE_VOICE_MODIFIERS) for c in noun.children):
        return True  # "state television", "the official Algerian news agency": the state's own voice
    if any(
        c.dep_ in ("compound", "amod") and is_word(c, lexicon.CIVILIAN_CRAFT_MODIFIERS)
        and not (c.lower_ == "medical" and (is_word(noun, lexicon.GOVERNMENT_NOUNS) or _lower_case_officer(noun)))
        for c in noun.children
    ):  # (but "the county medical examiner" is the county's officer)
        return False
    if is_word(noun, lexicon.OFFICE_UNIT_NOUNS) and not is_force_noun(noun):
        return False  # "a U.S. toy company": a business, not a military unit
    if lemma_of(noun) == "mercenary" or any(c.dep_ == "amod" and c.text == "revolutionary" for c in noun.children):
        return False  # "Liberian mercenaries", "Mexican revolutionary leader Pancho Villa": no state's own
    if lemma_of(noun) == "headquarters" and any(p.lower_ == "of" for p in _children(noun, "prep")):
        return False  # "the Moscow headquarters of a rights group": the group's, which the place only locates
    if (is_force_noun(noun) or is_word(noun, lexicon.AMBIGUOUS_FORCE_NOUNS)) and any(
        c.dep_ in ("compound", "amod") and (
            is_word(c, lexicon.IRREGULAR_FIGHTERS) or c.lower_ in ("opposition", "paramilitary")
        )
        for c in noun.children
    ):
        return False  # "the Syrian opposition forces", "Iraqi paramilitary units": not the state's (second, third sets)
    return _lower_case_officer(noun) or any(
        is_word(noun, vocabulary)
        for vocabulary in (
            lexicon.GOVERNMENT_NOUNS,
            lexicon.FORCE_NOUNS,
            lexicon.AMBIGUOUS_FORCE_NOUNS,
            lexicon.MILITARY_EQUIPMENT,
            lexicon.POSSESSED_BY_GOVERNMENTS,
            lexicon.FORCE_EVENTS,
            lexicon.STATE_MILITARY_SITES,
        )
    ) or any(
        c.dep_ in ("amod", "compound") and is_word(c, lexicon.MILITARY_MODIFIERS) for c in noun.children
    ) or phrase_ending(noun, lexicon.FORCE_UNIT_PHRASES) is not None or _capitalised_title(noun) or (
        _AIRCRAFT_MODEL.match(noun.text) is not None  # "a Russian Su-24": the state's warplane
    ) or (
        is_word(noun, lexicon.MEMBER_NOUNS)
        and any(is_word(o, lexicon.GOVERNMENT_NOUNS) for p in _children(noun, "prep") if p.lower_ == "of"
                for o in _children(p, "pobj"))
    )


def _service_unit(noun: Token) -> bool:
    """A public service's crew or team: "fire crews", "police units"."""
    return is_word(noun, lexicon.SERVICE_UNIT_NOUNS) and any(
        c.dep_ in ("compound", "amod") and is_word(c, lexicon.SERVICE_MODIFIERS) for c in noun.children
    )


def _officer_of_a_field(holder: Token) -> Token | None:
    """The officer of a public field that a place after "for" or "in" belongs to: "director of
    environmental health for X", "Dr. Lee, medical officer of health in X" (the parser hangs
    the place on the officer, the person or the field)."""
    if holder.dep_ == "pobj" and holder.head.lower_ == "of":
        holder = holder.head.head  # "of health in X": the field's officer
    for officer in (holder, *_children(holder, "appos")):
        if not (_is_noun(officer) and (
            is_word(officer, lexicon.GOVERNMENT_NOUNS) or is_word(officer, lexicon.DIRECTOR_NOUNS)
        )):
            continue
        fields = [f for of in _children(officer, "prep") if of.lower_ == "of" for f in _children(of, "pobj")]
        if any(is_word(field, lexicon.BODY_FIELD_WORDS) for field in fields):
            return officer
    return None


def _lower_case_officer(noun: Token) -> bool:
    """"The Dallas County medical examiner" (but "the Washington Examiner" is a newspaper)."""
    return noun.text.islower() and is_word(noun, lexicon.LOWER_CASE_OFFICERS)


def _capitalised_title(noun: Token) -> bool:
    """An office or body written as a name: "U.S. House Speaker X", "the Minnesota House",
    "the Kentucky General Assembly", "the U.S. Census Bureau"; not "the Sydney Opera House"
    (another word names it)."""
    if noun.tag_ not in ("NNP", "NNPS") or not noun.text[:1].isupper():
        return False
    if is_word(noun, lexicon.AGENCY_TITLES):
        return True  # "the U.S. Geological Survey": the state's agency, whatever names its field
    if not is_word(noun, lexicon.CAPITALISED_TITLES):
        return False
    naming = [
        c for c in noun.children
        if c.dep_ in ("compound", "amod") and c.i < noun.i and not is_word(c, lexicon.BODY_NAME_WORDS)
    ]
    return len(naming) <= 1  # the place alone names it


def _state_run(noun: Token) -> bool:
    """"state media", "state television": the state's own voice ("Iranian state media
    reported"), like its officials."""
    return any(c.dep_ == "compound" and c.lower_ == "state" and c.tag_ == "NN" for c in noun.children)


# --- the rules ---------------------------------------------------------------------


class _Rules:
    """The rules applied to one mention; small helpers share the mention's context."""

    def __init__(self, span: Span, index: int, context: RoleContext) -> None:
        self.span = span
        self.index = index
        self.context = context
        self.mention = context.mentions[index]
        self.place = self.mention.place
        self.type = self.place.type if self.place is not None else None
        self.own = {t.i for t in span}

    # -- mentions and place words --------------------------------------------------

    def _mention_at(self, token: Token) -> int | None:
        return self.context.token_to_mention.get(token.i)

    def _other_mention(self, token: Token) -> bool:
        found = self._mention_at(token)
        return found is not None and found != self.index

    def _in_any_mention(self, token: Token) -> bool:
        return token.i in self.context.token_to_mention

    def _place_noun(self, token: Token) -> bool:
        """A common noun for a kind of place: "the town of Gori", "a Georgian town"."""
        if self._in_any_mention(token):
            return False
        if token.tag_ in ("NN", "NNS") or (token.tag_ in ("NNP", "NNPS") and token.text.islower()):
            return is_word(token, lexicon.PLACE_NOUNS)  # (a lowercase word tagged as a name is a tagger slip:
            # "Kherson, the southern city ...")
        return token.i > 0 and self._in_any_mention(token.doc[token.i - 1]) and (
            is_word(token, lexicon.PLACE_NOUNS) or is_word(token, lexicon.REGION_PART_NOUNS)
        )  # a capitalised unit word right after a name is its descriptor: "the Bani Zaid Quarter of Aleppo"

    def _courthouse_site(self, anchor: Token) -> Token | None:
        """Where a courthouse stands, since the county court sits there (the guidelines' eighth
        set): "the county courthouse in Dalton", "the Greene County Courthouse in Bloomfield",
        "a courthouse at 68 Court Street in downtown Buffalo", "a courthouse was built at a
        central location in X", "the courthouse was moved from X to Y", "offices and a
        courthouse are located in X", "the seat was moved to Canton, where a courthouse was
        erected", "the county courthouse, located in X", "X is the location of the county
        court house". Not buildings a town's name already places: "the Littleton and
        Centennial courthouses in Arapahoe County" only lie in the county."""
        for clause in _children(anchor, "relcl"):
            subjects = [s for s in _children(clause, "nsubj", "nsubjpass") for s in (s, *s.conjuncts)]
            if any(c.lower_ == "where" for c in clause.children) and is_word(clause, lexicon.COURTHOUSE_VERBS) and any(
                _is_courthouse(s) for s in subjects
            ):
                return clause
        if anchor.dep_ == "nsubj":
            # "Burton is the shire town of the county and is the location of the court house"
            verbs = _with_partners(anchor.head)
            housed = [
                h for verb in verbs for site in _attributes(verb)
                if is_word(site, lexicon.SITE_NOUNS)
                for of in _children(site, "prep") if of.lower_ == "of" for h in _children(of, "pobj")
            ]  # "X is the location of several offices and the county court house"
            housed += [
                h for verb in verbs if lemma_of(verb) in lexicon.FEATURING_VERBS for h in _children(verb, "dobj")
            ]
            housed += [i for h in housed for prep in _children(h, "prep") if prep.lower_ == "including"
                       for i in _children(prep, "pobj")]  # "features some fine buildings, including the courthouse"
            found = next((h for h in housed for h in (h, *h.conjuncts) if _is_courthouse(h)), None)
            if found is not None:
                return found  # "X also has a court house and a general store"
        token = anchor
        for _ in range(3):
            if token.dep_ != "pobj" or token.head.lower_ not in lexicon.SITE_PREPOSITIONS:
                return None
            holder = token.head.head
            if _is_verb(holder) and holder.dep_ == "acl" and _is_courthouse(holder.head) and is_word(
                holder, lexicon.COURTHOUSE_VERBS
            ):
                holder = holder.head  # "the Benton County courthouse, located in Fowler"
            if _is_courthouse(holder):
                return None if self._named_by_a_town(holder) or self._forces_act_on(holder) else holder
            if _is_verb(holder):
                if not is_word(holder, lexicon.COURTHOUSE_VERBS):
                    return None
                built = [s for s in _children(holder, "nsubj", "nsubjpass", "dobj") for s in (s, *s.conjuncts)]
                return next((b for b in built if _is_courthouse(b)), None)
            if not _is_noun(holder) or self._in_any_mention(holder):
                return None
            token = holder  # "at 68 Court Street in downtown Buffalo", "at a central location in X"
        return None

    def _court_sitting_in(self, anchor: Token) -> Token | None:
        """A court "in" or "at" a place sits there (the decision on courts named by a place): "a
        suicide bomber attacked a court in the city of Mardan", "the Chancery Court at
        Livingston"; not a sports court, and not one that forces act on (tie-break 3)."""
        if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("in", "at"):
            return None
        holder = anchor.head.head
        courts = _children(holder, "dobj", "nsubjpass") if _is_verb(holder) else [holder]  # "attacked a court in X"
        if anchor.head.i > 0:
            before = anchor.head.nbor(-1)
            courts.append(before)  # "the General Assembly in Hartford", the parser hanging "in" elsewhere
            if before.dep_ == "pobj" and before.head.lower_ == "of":
                courts.append(before.head.head)  # "the International Court of Justice in The Hague"
        for court in courts:
            if not _is_noun(court) or self._in_any_mention(court) or not (
                lemma_of(court) in lexicon.COURT_NOUNS
                or (is_word(court, lexicon.LEGISLATURE_NOUNS) and (
                    court.dep_ in ("nsubj", "nsubjpass", "dobj")
                    or (court.dep_ == "pobj" and court.head.lower_ in ("by", "to"))
                ))
            ):  # (a legislature "in" a place that acts or is addressed sits there too: "addressed the European
                # Parliament in Strasbourg", "declared by the General Assembly in Hartford"; but "protest in
                # front of the Parliament in Rabat" is a rally)
                continue
            if any(c.dep_ in ("compound", "amod") and c.lower_ in lexicon.SPORTS_COURT_WORDS for c in court.children):
                continue
            return None if self._forces_act_on(court) else court
        return None

    def _named_by_a_town(self, noun: Token) -> bool:
        """"The Littleton and Centennial courthouses": buildings a name other than a person's
        places (but "the Frank Murphy courthouse" is named for a judge, and "the Benton
        County courthouse" is the county's own, which sits in its seat)."""
        modifiers = [c for c in noun.children if c.dep_ in ("compound", "nmod")]
        if any(is_word(c, lexicon.COUNTY_WORDS) for c in modifiers):
            return False
        return noun.text.islower() and any(
            self._other_mention(c) or (c.tag_ in ("NNP", "NNPS") and c.ent_type_ != "PERSON" and c.i not in self.own)
            for c in modifiers
        )

    def _town_courthouse(self, root: Token) -> Token | None:
        """"The Amherst courthouse": a town's name before a lower-case courthouse places the
        county court in the town (the guidelines' eleventh set); a county's name before it
        names the building's owner, and forces acting on it win (tie-break 3)."""
        if root.dep_ not in ("compound", "nmod") or self.type not in ("city", None):
            return None
        house = root.head
        if not (_is_courthouse(house) and house.text.islower()) or self._forces_act_on(house):
            return None
        return house

    def _forces_act_on(self, noun: Token) -> bool:
        """Forces do something to a building: "the courthouse was burned by Union troops" (the
        guidelines' tie-break 3: forces over a venue)."""
        verb = noun.head
        if noun.dep_ == "pobj":
            verb = noun.head.head
        return _is_verb(verb) and any(is_force_noun(d) or is_word(d, lexicon.IRREGULAR_FIGHTERS) for d in _doers(verb))

    def _after_a_name_word(self) -> bool:
        """The mention follows a capitalised word of no mention, inside a sentence: it is part
        of a longer proper name ("the Generation UK programme")."""
        start = self.span.start
        if start == 0:
            return False
        before = self.span.doc[start - 1]
        return (
            before.tag_.startswith("NN") and before.text[:1].isupper()
            and not before.is_sent_start and not self._in_any_mention(before)
        )

    def _name_part(self, token: Token) -> bool:
        """A capitalised place word that ends a name: "the Al-Bab **Plateau**"."""
        return token.tag_ in ("NNP", "NNPS") and is_word(token, lexicon.PLACE_NOUNS)

    def _is_name(self, token: Token, mine: set[int], *, proper: bool = False) -> bool:
        """Another mention, or a place name geomap did not find; with ``proper``, any
        proper noun (after "the city of", a proper noun is the city's name)."""
        if token.i in mine:
            return False
        if self._other_mention(token):
            return True
        if token.tag_ not in ("NNP", "NNPS"):
            return False
        if is_word(token, lexicon.MEETING_NOUNS) and token.ent_type_ not in ("GPE", "LOC"):
            return False  # "at the World Economic Forum in Davos": a gathering's name, not a place's
        if proper or token.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
        # a name NER left untyped counts when it names a place noun ("the village of
        # Huwaysis") or is where something is ("a checkpoint in Mashrou Dummar")
        if token.ent_type_ not in ("", "ORG") or token.dep_ != "pobj":
            return False
        if token.head.lower_ == "of":
            return self._place_noun(token.head.head)
        return token.head.lower_ in ("in", "at", "near", "inside", "outside")

    def _named_by_another(self, noun: Token, mine: set[int]) -> bool:
        """Whether a place noun is named by a mention outside ``mine``: "the city of
        **Nablus**", "the capital, **Astana**", "**Tamarasheni**, a town"."""
        if self._is_name(noun, mine):
            return True
        names = self._names_of(noun)
        if noun.dep_ == "appos":
            names.append(noun.head)
        for name in names:
            if any(self._is_name(t, mine, proper=True) for t in (name, *name.conjuncts)):
                return True
        return False

    def _names_of(self, noun: Token) -> list[Token]:
        """The words naming a place noun: "the city of **Nablus**", "the capital,
        **Astana**", "the **Maarib** province", "the **East Ghouta** region of rural
        Damascus" (a region "of" a place is a part of it, not its name, once it has one)."""
        named = [
            c for c in _children(noun, "compound", "amod")
            if self._in_any_mention(c) or (c.tag_ in ("NNP", "NNPS") and not self._unfound_adjective(c))
        ]
        # "Hasakah province, northeast Syria": an apposition placed by the compass says
        # where the noun is, it does not name it
        appositions = [a for a in _children(noun, "appos") if not any(
            c.dep_ in ("amod", "compound") and _is_compass(c) for c in a.children
        ) and not _in_brackets(a)]  # (nor does another name in brackets: "Helwaniyah district (Tareeq al-Bab)")
        of_names = [p for prep in _children(noun, "prep") if prep.lower_ == "of" for p in _children(prep, "pobj")]
        if named and is_word(noun, lexicon.NAMED_REGION_NOUNS):
            # "the Donbas region of Luhansk": a region or an area is named by its
            # modifier, whatever the sizes ("the Mosul neighbourhood of Bab Sinjar" is
            # named after "of")
            return named + appositions
        if named and of_names:
            # "the West Bank city of Nablus", "the Huriyah neighbourhood of Baghdad": the
            # smaller place is the name, the larger one its container
            before, after = self._size_rank(named), self._size_rank(of_names)
            if before != after:
                return (named if before > after else of_names) + appositions
        if named and is_word(noun, lexicon.REGION_PART_NOUNS):
            return named + appositions
        return of_names + appositions + [c for c in named if self._in_any_mention(c)]

    def _unfound_adjective(self, word: Token) -> bool:
        """An adjective recognition did not keep, even one the tagger made a proper noun:
        "Kazakh" in "the Kazakh capital of Astana" names no place of its own."""
        return word.dep_ == "amod" or word.tag_ == "JJ" or self.context.is_demonym(word.text)

    def _size_rank(self, words: Sequence[Token]) -> int:
        """How small a named place is: countries 0, regions 1, cities 2, names the
        gazetteer does not know (mostly villages and quarters) 3."""
        for word in words:
            index = self._mention_at(word)
            if index is None:
                continue
            place = self.context.mentions[index].place
            if place is None:
                return 3
            return {"country": 0, "admin1": 1, "region": 1, "water": 1, "group": 0, "city": 2}.get(place.type, 3)
        return 3

    def _group(self, token: Token) -> set[int]:
        """Token indices of this mention and the mentions coordinated with it."""
        mine = set(self.own)
        for partner in token.conjuncts:
            found = self._mention_at(partner)
            if found is not None:
                mine.update(
                    t.i
                    for t in partner.doc[partner.i - 3 : partner.i + 4]
                    if self._mention_at(t) == found
                )
        return mine

    # -- the anchor -----------------------------------------------------------------

    def _named_part(self, noun: Token) -> bool:
        """"the **East Ghouta region** of rural Damascus": a part with a name of its own,
        so the place after "of" only contains it."""
        return is_word(noun, lexicon.REGION_PART_NOUNS) and any(
            c.i not in self.own and (self._in_any_mention(c) or c.tag_ in ("NNP", "NNPS"))
            for c in _children(noun, "compound", "amod")
        )

    def _paired(self, token: Token, head: Token) -> bool:
        """"**US**-Russia relations", "the Russia–Ukraine border": two places joined by a
        dash act together, like "and"."""
        return (
            self._other_mention(head)
            and head.i > token.i + 1
            and all(t.text in ("-", "–", "—", "/") or t.i in self.own for t in token.doc[token.i + 1 : head.i])
            and any(t.text in ("-", "–", "—", "/") for t in token.doc[token.i + 1 : head.i])
        )

    def _contains(self, head: Token) -> bool:
        """Whether this place contains the place of the mention at ``head``: the
        modifier in "the **Gaza Strip** town of Rafah", "**Yemen**'s Maarib"."""
        if self._paired(self.span[-1], head):
            return False
        index = self._mention_at(head)
        inner = self.context.mentions[index].place if index is not None else None
        outer = self.place
        if inner is None or outer is None:
            return True
        if inner.type == "group" or outer.type == "group":
            return False
        if outer.type == "country" and inner.type == "country":
            return False
        return _PLACE_RANK.get(outer.type, 2) <= _PLACE_RANK.get(inner.type, 2) and (
            outer.country is None or inner.country is None or outer.country == inner.country
        )

    def _names_another(self, noun: Token, token: Token) -> bool:
        """Whether a place noun "of" this place has another name: "the Punjab province
        of **Pakistan**" names Punjab, so Pakistan only contains it."""
        if not self._place_noun(noun):
            return False
        mine = {token.i, *(t.i for t in token.conjuncts), *self.own}
        if noun.dep_ == "appos" and self._is_name(noun.head, mine):
            return True  # "Maiduguri, the capital of Borno state": the noun is Maiduguri's, Borno only contains it
        names = self._names_of(noun)
        return bool(names) and not any(t.i in mine for t in names)

    def _climb(self, token: Token) -> Token:
        """The word that carries the mention's grammatical role: "Vienna" in "Brussels
        and Vienna" acts through "Brussels"; "Crimea" in "the Crimea peninsula"
        through "peninsula"; "Gori" in "the town of Gori" through "town"."""
        steps = 0
        while steps < 6:
            dep, head = token.dep_, token.head
            if _is_root(token):
                return token
            if dep == "conj" and _is_noun(head):
                token = head
                continue  # (a list's names are no step: "in A, B, ..., H and I" climbs to A)
            steps += 1
            if dep == "conj" and _is_verb(head) and (partner := self._list_partner(token)) is not None:
                token = partner  # "captured the villages of A, B, and C": the parser hung C on the verb
            elif dep in ("compound", "nmod", "amod", "npadvmod") and self._paired(self.span[-1], head):
                token = head  # "US-Russia relations"
            elif (dep in ("compound", "nmod") or (dep == "amod" and token.i in self.own)) and (
                self._place_noun(head) or self._name_part(head) or self._mention_at(head) == self.index
            ):
                token = head  # "the Homs province", "the East Ghouta region" (a name tagged as an adjective)
            elif dep == "compound" and _town_hall(head):
                token = head  # "meet at Ludlow Town Hall": the town's hall stands for the town
            elif dep == "pobj" and head.lower_ == "with" and head.head.lower_ in ("along", "together") and (
                (patient := self._along_with_patient(head.head)) is not None
            ):
                token = patient  # "the area was claimed along with the valley"
            elif dep == "appos" and (self._place_noun(head) or self._in_any_mention(head)) and not is_word(
                token, lexicon.DIRECTION_NOUNS
            ):
                token = head  # but "Bur Hakaba, 180 km south of Mogadishu": Mogadishu only locates it
            elif dep == "poss" and (
                is_word(head, lexicon.REGION_PART_NOUNS) or head.lower_ in lexicon.STRETCH_NOUNS
            ) and not self._in_any_mention(head):
                token = head  # "the Latakia Governorate's northern countryside", "Garissa's streets": a part of it
            elif dep == "pobj" and head.lower_ == "of" and head.head.lower_ in lexicon.STRETCH_NOUNS:
                token = head.head  # "the waters of the Gulf", "the skies of Bosnia"
            elif dep == "pobj" and head.lower_ == "of" and is_word(head.head, lexicon.QUANTITY_PARTITIVES) and (
                not self._in_any_mention(head.head) and not self._named_part(head.head)
            ):
                token = head.head  # "all of the South China Sea", "80 percent of Western Sahara" (but "the
                # Bani Zaid Quarter of Aleppo" is a named part, which Aleppo only contains)
            elif dep == "pobj" and head.lower_ == "including" and _is_noun(head.head) and not self._in_any_mention(
                head.head
            ):
                token = head.head  # "all territory taken by Russia, including Crimea": one of what it names
            elif dep == "pobj" and _examples_of(head) and not self._in_any_mention(head.head):
                token = head.head  # "countries such as Ethiopia have had cases", "nations like Malaysia": one of them
            elif dep == "pobj" and head.lower_ == "of" and is_word(head.head, lexicon.PARTITIVE_NOUNS) and (
                not self._in_any_mention(head.head)
                and not self._named_part(head.head)
                and not self._names_another(head.head, token)
                and not self._ends_a_name(head.head)
            ):
                token = head.head
            else:
                return token
        return token

    def _list_partner(self, token: Token) -> Token | None:
        """The name before ", and" when the small model hung the last name of a list on the
        verb ("captured the villages of A, B, and C" makes C a partner of "captured"): the
        word of the name before it, if that is another place inside the verb's phrase."""
        first = self.span[0]
        i = first.i - 1
        doc = first.doc
        if i < 1 or doc[i].lower_ not in ("and", "or"):
            return None
        i -= 1
        if doc[i].text == ",":
            i -= 1
        before = doc[i]
        if not self._other_mention(before) or not any(a.i == token.head.i for a in before.ancestors):
            return None
        found = self._mention_at(before)
        while self._mention_at(before.head) == found and before.head.i != before.i:
            before = before.head  # the name's own head word
        return before if before.dep_ in ("pobj", "conj", "dobj", "appos") else None

    def _ends_a_name(self, noun: Token) -> bool:
        """"the Yarmouk Refugee **Camp** of Damascus": a capitalised place word ending a name of
        its own (with a capitalised word before it), so the place after "of" only contains it;
        not a polity ("the Islamic Emirate of Afghanistan" is Afghanistan)."""
        return self._name_part(noun) and not is_word(noun, lexicon.POLITY_NOUNS) and any(
            c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") and c.i not in self.own for c in noun.children
        )

    def _along_with_patient(self, along: Token) -> Token | None:
        """What "along with X" adds X to when that is what a verb acts on: the patient
        the phrase hangs on ("seized the town along with ..."), or the verb's patient before
        the phrase ("the town was seized along with ..."). Not a phrase before the patient,
        which adds to the subject ("Egypt, along with Jordan, blockaded Gaza")."""
        holder = along.head
        if holder.dep_ in ("dobj", "nsubjpass") and _is_verb(holder.head):
            return holder
        patient = self._patient_of(holder)
        return patient if patient is not None and patient.i < along.i else None

    def _patient_of(self, verb: Token) -> Token | None:
        """What a verb acts on: its object, or the subject of its passive."""
        if not _is_verb(verb):
            return None
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)

    # -- toponyms -------------------------------------------------------------------

    def _names_a_war(self) -> Token | None:
        """The war a place names: "the 2008 Russia–Georgia war", "the Iraq war",
        "the French and Indian War" (names of wars are ``other``)."""
        doc = self.span.doc
        i = self.span.end
        named = False  # a capitalised word geomap did not find ("Indian") joins only a war's proper name
        while i < len(doc) and i < self.span.end + 6:
            token = doc[i]
            if is_word(token, lexicon.WAR_NOUNS) and token.tag_ in ("NN", "NNP", "NNS", "NNPS"):  # "the Moro wars"
                return token if token.is_title or not named else None
            if token.text in ("-", "–", "—", "and") or self._in_any_mention(token):
                i += 1
                continue
            if token.is_title and token.tag_ in ("NNP", "NNPS", "JJ"):
                named = True  # "the French and Indian War", "the Mexican–American War"
                i += 1
                continue
            return None
        return None

    def _named_gathering(self, root: Token) -> Token | None:
        """An accord or congress named after where it met: "the Treaty of Paris",
        "the Peace of Westphalia", "the Congress of Vienna" (a capitalised name,
        so "the government of Iraq" is not one)."""
        if root.dep_ != "pobj" or root.head.lower_ != "of" or self.type in ("country", "group"):
            return None
        accord = root.head.head
        if accord.tag_ in ("NNP", "NNPS") and (
            is_word(accord, lexicon.ACCORD_NOUNS) or is_word(accord, lexicon.NAMED_FOR_VENUE_NOUNS)
        ):
            return accord
        return None

    def _whose_capital(self, root: Token) -> Token | None:
        """"declared the town the capital of **Libya**", "the first capital of **Brazil**": the
        country a capital belongs to only contains it (but "the Kazakh capital of Astana" names
        the capital itself, a city)."""
        if self.type not in ("country", "group") or root.dep_ != "pobj" or root.head.lower_ != "of":
            return None
        capital = root.head.head
        return capital if capital.lower_ in ("capital", "capitals") and not self._in_any_mention(capital) else None

    def _named_event(self, root: Token) -> Token | None:
        """A battle, a siege or a raid named after a place: "the Battle of Mora", "the Raid on
        Deerfield" (a capitalised name; "the battle for Mosul" is a fight for the place)."""
        token = _first_of_list(root)  # "the Battles of Lexington and Concord"
        if token.dep_ != "pobj" or token.head.lower_ not in ("of", "on", "at"):
            return None
        event = token.head.head
        if event.tag_ in ("NNP", "NNPS") and event.is_title and is_word(event, lexicon.NAMED_EVENT_NOUNS) and (
            not self._in_any_mention(event)
        ):
            return event
        return None

    def toponym(self) -> Evidence:
        root = self.span.root
        if self._is_qualifier():
            return Evidence("other", None, 0.8)
        war = self._names_a_war()
        if war is not None:
            return Evidence("other", war, 0.6)
        gathering = self._named_gathering(root)
        if gathering is not None:
            return Evidence("meeting_venue", gathering, 0.75)
        event = self._named_event(root)
        if event is not None:
            return Evidence("other", event, 0.6)
        if root.dep_ == "npadvmod" and is_word(root.head, lexicon.MAKING_PARTICIPLES):
            return Evidence("other", root.head, 0.7)  # "a U.S.-made tank": where it was made, no party
        claimed = self._dispute_modifier(root) if self.type not in ("city", "landmark") else None
        if claimed is not None and not _inhabited(claimed):
            # "a minister of the self-declared Donetsk People's Republic": a land at stake, whoever
            # speaks for it (tie-break 3: disputed territory over actor)
            return Evidence("disputed_territory", claimed, 0.8)
        title = self._title_or_force_owner(root)
        if title is not None:
            return title
        side = self._side_of(root)
        if side is not None:
            return side
        container = self._container(root)
        if container is not None:
            return container
        capital = self._whose_capital(root)
        if capital is not None:
            return Evidence("other", capital, 0.6)
        anchor = self._climb(root)
        mine = self._group(root)
        disputed = self._disputed(root, anchor)
        if disputed is not None and not _inhabited(disputed):
            return Evidence("disputed_territory", disputed, 0.8)
        attack = _parts_attacked(anchor)
        if attack is not None:
            return Evidence("troop_position", attack, 0.75)
        based = self._based(root) or _stronghold(anchor)
        if based is not None:
            return based
        base = _used_as_a_base(anchor) or _base_of_forces(anchor)
        if base is not None:
            return Evidence("troop_position", base, 0.7)
        court = (
            _court_building_town(anchor) or self._courthouse_site(anchor) or self._court_sitting_in(anchor)
            or self._town_courthouse(root) or _negotiators_in(anchor)
        )
        if court is not None:
            return Evidence("meeting_venue", court, 0.7)
        sites = _force_sites_off(anchor) or _military_site_at(
            anchor, wide=self.type not in ("city", "landmark", None)
        )
        if sites is not None:
            return Evidence("troop_position", sites, 0.7)
        if self._reference(anchor, mine):
            return Evidence("other", None, 0.7)
        if self._in_right_after_a_place(anchor):
            return Evidence("other", anchor.head, 0.65)
        located = self._located(anchor) or self._located_through_facility(anchor) or self._naming_a_border(anchor)
        if located is not None:
            return located
        scene = _scene_subject(anchor)
        if scene is not None:
            return scene
        venue = self._venue_by_own_words(root, anchor)
        if venue is not None:
            return venue
        seat = _seat_of_a_body(anchor)
        if seat is not None:
            return Evidence("meeting_venue", seat, 0.65)  # a body's permanent seat, as a summit's host
        hosting = self._hosting(anchor)
        if hosting is not None:
            return Evidence("other", hosting, 0.6)  # "Qatar will host the World Cup": where it is held, no party
        if self._topic(anchor):
            return Evidence("other", anchor.head.head, 0.6)
        discussed = _discussed(anchor)
        if discussed is not None:
            return Evidence("other", discussed, 0.6)
        if anchor.dep_ in _SUBJECTS and anchor.i not in mine and anchor.tag_ in ("NN", "NNS") and (
            is_word(anchor, lexicon.PARTITIVE_NOUNS) and not is_word(anchor, lexicon.POLITY_NOUNS)
            and not self._in_any_mention(anchor) and not any(_examples_of(p) for p in _children(anchor, "prep"))
        ):  # (a common noun: "the Islamic State of Iraq" is a name; "the state of Israel" is Israel; but
            # "cities like Paris banned" are the places named)
            return Evidence("other", anchor, 0.6)  # "a region of Belgium objected": the region acts, not the state
        actor = self._actor(anchor)
        if actor is not None:
            return actor
        acting = self._acting_in_its_clause(root) or self._joined_by_a_place(root) or _voters_deciding(root)
        if acting is not None:
            return Evidence("actor", acting, 0.6, metonym=self._capital())  # tie-break 3: a party over where
        if self.type in ("country", "group") and not self._merely_where(anchor):
            return Evidence("actor", None, 0.5)
        return Evidence("other", None, 0.5)

    def _joined_by_a_place(self, root: Token) -> Token | None:
        """The side a named place joins: "until the town of Columbia became part of Houston
        **County**" (the receiving side, third set)."""
        if root.dep_ != "pobj" or root.head.lower_ != "of":
            return None
        part = root.head.head
        if part.lower_ != "part" or part.dep_ != "attr" or lemma_of(part.head) != "become":
            return None
        joined = _children(part.head, "nsubj")
        if any(
            self._other_mention(j) or (self._place_noun(j) and self._named_by_another(j, set(self.own))) for j in joined
        ):
            return part.head
        return None

    def _acting_in_its_clause(self, root: Token) -> Token | None:
        """A state that acts in a relative clause of its own: "travelled from India, which
        recently banned the practice" (where people came from, but also a party); not one
        that only lies, borders or has something ("Nepal, which borders the region")."""
        if self.type not in ("country", "group", "admin1") and not self._capital():
            return None
        for clause in _children(root, "relcl"):
            if not any(s.tag_ in ("WDT", "WP") for s in _children(clause, "nsubj")):
                continue
            if _is_be(clause) or lemma_of(clause) in lexicon.STATIC_RELATIVE_VERBS or is_word(
                clause, lexicon.LYING_VERBS
            ):
                continue
            return clause
        return None

    def _is_qualifier(self) -> bool:
        """"Orlando, **Fla.**", "Santa Ana, **California**", "Union County, New
        Jersey, **United States**": a larger place after a comma naming where the
        place before it is."""
        first = self.span[0]
        while first.i > 0 and first.nbor(-1).dep_ in ("amod", "compound") and _is_compass(first.nbor(-1)):
            first = first.nbor(-1)  # "Kobane, northern Syria", "Hasakah, northeast Syria"
        if first.i < 2 or first.nbor(-1).text != ",":
            return False
        root = self.span.root
        if root.dep_ == "conj" and _children(root.head, "cc") or _children(root, "cc"):
            return False  # a list: "Iraq, Afghanistan or other countries"
        previous = self._mention_at(first.nbor(-2))
        if previous is None and self._place_noun(first.nbor(-2)):
            previous = self._naming_mention(first.nbor(-2))  # "Kunar province, eastern Afghanistan"
        after = self.span.doc[self.span.end] if self.span.end < len(self.span.doc) else None
        closed = after is None or after.text in (",", ".", ";", ")")  # "X, Illinois, on ..."
        if previous is None:
            before = first.nbor(-2)
            return (
                self.type in ("country", "admin1")
                and _capitalised_name(before)
                and (
                    before.ent_type_ in ("GPE", "LOC")
                    or (root.dep_ == "appos" and root.head.i == before.i)
                    or closed  # "met at Bainbridge, Illinois, on August 19"
                )
                and not _children(root, "conj")
            )  # "Kobane, Syria" with Kobane not found
        if previous == self.index:
            return False
        left = first.nbor(-2)
        if left.dep_ == "pobj" and left.head.i == left.sent.start and self.span.end < len(self.span.doc) and (
            self.span.doc[self.span.end].is_lower and self.span.doc[self.span.end].is_alpha
        ):
            return False  # "In Kabul, US officials said": the place put first ends at the comma
        title = root.head
        if root.dep_ in ("compound", "nmod", "amod") and title.i > self.span[-1].i and (
            is_word(title, lexicon.GOVERNMENT_NOUNS) and title.dep_ == "compound" and title.head.ent_type_ == "PERSON"
        ):
            # "in Maywand district, Kandahar provincial spokesman Zalmai Ayobi said": the title of
            # the next clause's speaker (but "the Clark County, Nevada coroner's office" qualifies)
            return False
        if lexicon.STATE_ABBREVIATION.match(self.mention.text):
            return True
        place, before = self.place, self.context.mentions[previous].place
        if before is not None and self.context.qualifies(self.mention.text, before):
            return True
        if closed and self.type in ("country", "admin1") and before is not None and before.type in ("city", "landmark"):
            return True  # "met at Bainbridge, Illinois, on ...", even if the town resolved elsewhere
        if place is None or before is None or place.country is None or place.country != before.country:
            return False
        if place.type == "country":
            return before.type != "country"
        if place.type == "admin1":
            return before.type in ("city", "region", "landmark", "water") and before.admin1 == place.admin1
        return False

    def _naming_mention(self, noun: Token) -> int | None:
        """The mention that names a place noun as its modifier: Kunar in "Kunar province"."""
        for child in _children(noun, "compound", "nmod"):
            found = self._mention_at(child)
            if found is not None and found != self.index:
                return found
        return None

    def _container(self, root: Token) -> Evidence | None:
        """A place that modifies or owns another named place only says where that one is:
        "the **West Bank** city of Nablus", "**Kazakhstan**'s capital, Astana",
        "**Libya**'s rebel-held city of Misrata".  "**Georgia**'s breakaway
        Abkhazia" names the state the region broke from: a party (``actor``)."""
        token = _first_of_list(root)
        mine = self._group(root)
        part = self._named_part_of(token, mine)
        if part is not None:
            return Evidence("other", None, 0.75)  # "in Ramadi city of Anbar province"
        if token.dep_ not in ("compound", "amod", "nmod", "poss"):
            return None
        head = token.head
        named = (self._other_mention(head) and self._contains(head)) or (
            self._place_noun(head) and self._named_by_another(head, mine)
        ) or (
            self._place_noun(head) and any(d.lower_ in _DEMONSTRATIVES for d in _children(head, "det"))
        )  # "inside this West Ghouta village": the village named before
        if token.dep_ in ("compound", "nmod") and self._name_part(head):
            named = False  # "the Al-Bab Plateau": part of the name
        if not named:
            return None
        if token.dep_ == "poss" and any(
            c.dep_ in ("amod", "compound") and is_word(c, frozenset(_POSSESSIVE_ADJUSTERS)) for c in head.children
        ):
            return Evidence("actor", head, 0.7)
        return Evidence("other", None, 0.75)

    def _state_collapsing(self, fall: Token) -> bool:
        """"The fall of the Soviet Union", "the fall of the Ottoman Empire": a state that falls
        with no taker named ("to the rebels") collapses; a town that falls is taken."""
        if any(p.lower_ == "to" for p in _children(fall, "prep")):
            return False
        words = {t.lower_ for t in self.span}
        return self.type == "country" or bool(words & lexicon.POLITY_NOUNS) or bool(words & {"union", "empire"})

    def _named_part_of(self, token: Token, mine: set[int]) -> Token | None:
        """The place noun, named by another mention, that the place is "of": "Ramadi city of
        **Anbar** province" (a part of it, so it only says where).  Both nouns bare, as in
        datelines and wire copy: "the West Bank town of **Jenin**" names the town."""
        if token.dep_ not in ("compound", "amod") or not self._place_noun(token.head):
            return None
        anchor = token.head
        if anchor.dep_ != "pobj" or anchor.head.lower_ != "of" or _children(anchor, "det"):
            return None
        part = anchor.head.head
        if not self._place_noun(part) or _children(part, "det", "poss"):
            return None
        named = [c for c in _children(part, "compound", "amod") if c.i not in mine]
        return part if any(self._other_mention(c) for c in named) else None

    def _title_or_force_owner(self, root: Token) -> Evidence | None:
        """A place naming whose officials, titles or forces they are: "the **Aleppo**
        Mayor", "**California** State Senator", "the Sultan of **Kedah**", "**US**
        soldiers", "a United States military laboratory"."""
        title = self._title_after()
        if title is not None:
            return Evidence("actor", title, 0.75, metonym=self.type not in ("country", "group"))
        token = _first_of_list(root)
        head = token.head
        hops = 0
        while token.dep_ in ("compound", "nmod", "amod") and hops < 3 and not _is_root(token):
            if self._other_mention(head) and self._contains(head):
                return None  # "the Gaza Strip town of Rafah": a container, not an owner
            if head.lower_ == "government" and head.dep_ == "pobj" and any(c.lower_ == "local" for c in head.children):
                return None  # "in Sanga local government": a Nigerian local government area, a place
            if head.lower_ in ("elect", "designate"):
                # "U.S. President-elect", "the Iraqi prime minister-designate": the title before the dash
                head = next((c for c in head.children if c.dep_ == "compound" and c.i > token.i), head)
            if head.lower_ == "congress" and head.tag_ in ("NNP", "NNPS") and self.type in ("city", "landmark", None):
                return Evidence("meeting_venue", head, 0.7)  # "the Malolos Congress": a congress named for its town
            # (but "the Macau Basic Law", "the Generation UK internship programme" are names)
            policy = is_word(head, lexicon.POLICY_NOUNS)
            if policy and (head.is_title or self._after_a_name_word()):
                policy = False
            if (acts_for_state(head) or policy) and not self._in_any_mention(head):
                if self.type not in ("country", "group") and is_force_event(head):
                    return Evidence("troop_position", head, 0.7)  # "the southern Aleppo offensive"
                if self.type not in ("country", "group") and _military_base(head):
                    fought_for = head.head.head
                    if head.dep_ == "pobj" and head.head.lower_ == "for" and is_word(fought_for, lexicon.BATTLE_NOUNS):
                        return Evidence("disputed_territory", fought_for, 0.75)  # "the battle for the X air base"
                    return Evidence("troop_position", head, 0.7)  # "captured at Merowe air base": forces are there
                if self.type not in ("country", "group") and not (
                    is_word(head, lexicon.GOVERNMENT_NOUNS) or is_force_noun(head) or _capitalised_title(head)
                    or is_word(head, lexicon.POLICY_NOUNS) or _lower_case_officer(head)
                ):
                    return None  # "the Mogadishu airstrike" says where, not whose
                return Evidence("actor", head, 0.75, metonym=self.type not in ("country", "group"))
            title = self._title_before_a_name(token, head) or self._office_beside(token, head)
            if title is not None:
                return Evidence("actor", title, 0.75, metonym=self.type not in ("country", "group"))
            token, head, hops = head, head.head, hops + 1
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            owner = root.head.head
            if (
                is_word(owner, lexicon.GOVERNMENT_NOUNS)
                or (is_word(owner, lexicon.POLICY_NOUNS) and owner.tag_ not in ("NNP", "NNPS"))
            ) and not self._in_any_mention(owner):
                # "the governor of X", "the laws of Maryland" (a state's law is the state acting, eighth
                # set; but "Judy Law of Oxford" is a surname)
                return Evidence("actor", owner, 0.75, metonym=self.type not in ("country", "group"))
            title = _title_of(owner)
            if title is None and owner.dep_ == "conj":
                title = _title_of(owner.head)  # "Mayors John Smith of X and Mary Jones of Y"
            if title is not None and owner.ent_type_ == "PERSON" and not is_word(title, lexicon.LEGISLATOR_TITLES):
                # "Mayor X of Y" (but "Sen. X of Montana" is a home state, like a party tag)
                return Evidence("actor", title, 0.7, metonym=self.type not in ("country", "group"))
        for partner in root.conjuncts:
            if partner.i > root.i and is_word(partner, lexicon.GOVERNMENT_NOUNS) and any(
                c.dep_ == "compound" and (self._other_mention(c) or c.text[:1].isupper()) for c in partner.children
            ):  # "Devon and Cornwall police", the parser making "police" a partner of Devon
                return Evidence("actor", partner, 0.7, metonym=self.type not in ("country", "group"))
        listed = _first_of_list(root)  # "troops from Kenya and Uganda"
        if listed.dep_ == "pobj" and listed.head.lower_ == "of" and self._place_noun(listed.head.head):
            listed = listed.head.head  # "officials from the town of X"
        state = self.type in ("country", "group") or self._capital()
        if listed.dep_ == "pobj" and listed.head.lower_ == "from" and not state:
            officers = listed.head.head
            if (is_word(officers, lexicon.GOVERNMENT_NOUNS) or _service_unit(officers)) and _is_noun(officers) and not (
                self._in_any_mention(officers)
            ):  # "law enforcement officers from Boone County", "fire crews from X"
                return Evidence("actor", officers, 0.7, metonym=True)
        if root.dep_ == "pobj" and root.head.lower_ in ("for", "in"):
            officer = _officer_of_a_field(root.head.head)
            if officer is not None:
                return Evidence("actor", officer, 0.7, metonym=self.type not in ("country", "group"))
        if listed.dep_ == "pobj" and listed.head.lower_ == "from" and state:
            force = listed.head.head
            if is_force_noun(force) and not self._in_any_mention(force) and not _moved_out(force):
                return Evidence("actor", force, 0.75, metonym=self._capital())  # "troops from Kenya": whose they are
            if is_word(force, lexicon.ENVOY_NOUNS) and not self._in_any_mention(force) and not _moved_out(force):
                # "envoys from Washington, Seoul and Tokyo will meet": the states they speak for
                return Evidence("actor", force, 0.75, metonym=self._capital())
        if root.dep_ == "pobj" and root.head.lower_ == "in" and self._capital():
            seat = root.head.head
            if _is_noun(seat) and is_word(seat, lexicon.SEAT_NOUNS) and not self._in_any_mention(seat):
                return Evidence("actor", seat, 0.7, metonym=True)  # "the government in Caracas": a capital as its seat
        return None

    def _title_after(self) -> Token | None:
        """A capitalised title right after the place and before a person's name, however
        the parser hung them: "endorsed **Ohio** Senator Jane Doe"."""
        after, doc = self.span.end, self.span.doc
        if after + 1 >= len(doc) or doc[after].tag_ != "NNP" or self._in_any_mention(doc[after]):
            return None
        if not is_word(doc[after], lexicon.GOVERNMENT_NOUNS) or doc[after + 1].ent_type_ != "PERSON":
            return None
        return doc[after]

    def _office_beside(self, token: Token, head: Token) -> Token | None:
        """A public service named right after the place, both modifying one noun: "an
        **Albany** police SWAT team", "a **Hornsey** fire crew" (the place's police's team),
        "the **Newark** police crash report", "a **U.S.** intelligence report", "a **Syrian**
        Air Force jet"."""
        if token.dep_ != "compound" or self.span.end >= len(self.span.doc):
            return None
        listed = _first_of_list(head)
        if is_word(head, lexicon.SERVICE_BUILDINGS) and not (listed.dep_ == "pobj" and listed.head.lower_ == "from"):
            return None  # "near the Boston fire station" is a building (but "crews from X fire stations" are units)
        beside = self.span.doc[self.span.end]
        for word in (beside, beside.head):
            if word.dep_ != "compound" or word.i >= head.i or self._in_any_mention(word):
                return None
            if is_word(word, lexicon.SERVICE_MODIFIERS) or (word.text.istitle() and is_force_noun(word)):
                return word
            if word.head.i == head.i:
                return None
        return None

    def _title_before_a_name(self, token: Token, head: Token) -> Token | None:
        """A title between a place and a person's name, all hung flat on the surname:
        "**Florida** Senator Marco Rubio", "**New York** Gov. Mario Cuomo", "**Butler
        County** Auditor Roger Reynolds": the place is whose office it is."""
        if head.tag_ != "NNP" or token.dep_ != "compound" or head.ent_type_ not in ("PERSON", ""):
            return None
        for word in head.doc[token.i + 1 : head.i]:
            if word.head.i != head.i or word.dep_ != "compound" or self._in_any_mention(word):
                if word.i in self.own:
                    continue
                return None
            if is_word(word, lexicon.GOVERNMENT_NOUNS):
                return word
            if word.tag_ != "NNP":
                return None
        return None

    def _side_of(self, root: Token) -> Evidence | None:
        """"**US**-backed rebels", "the **U.S.** backed SDF", "**Turkey**-led forces": the
        side that backs, leads or controls them."""
        if root.dep_ == "npadvmod" and root.head.lower_ in lexicon.SIDE_PARTICIPLES:
            if root.head.lower_ in ("held", "controlled", "occupied", "administered"):
                return None  # "rebel-held": the place is held, not the holder (see dispute words)
            return Evidence("actor", root.head, 0.8, metonym=self.type not in ("country", "group"))
        following = self.span[-1].nbor(1) if self.span[-1].i + 1 < len(self.span.doc) else None
        hyphen = following is not None and following.text in ("-", "–")
        if hyphen:
            following = following.nbor(1) if following.i + 1 < len(self.span.doc) else None
        if following is not None and (
            following.lower_ in ("backed", "led", "sponsored", "supported", "funded")
            or (hyphen and following.lower_ in ("supplied", "trained", "armed", "financed"))
        ):  # "US-backed rebels", "American-supplied equipment" (but "Darfur armed groups")
            return Evidence("actor", following, 0.75, metonym=self.type not in ("country", "group"))
        return None

    def _based(self, root: Token) -> Evidence | None:
        """"the **Gori**-based brigade" (a troop position), "a **UK**-based group" (other)."""
        if root.dep_ != "npadvmod" or root.head.lower_ != "based":
            return None
        owner = root.head.head
        if is_force_noun(owner) or _military_modifier(owner) is not None:
            return Evidence("troop_position", owner, 0.8)
        return Evidence("other", root.head, 0.7)

    def _reference(self, anchor: Token, mine: set[int], *, named_only: bool = False) -> bool:
        """A place that only locates another place: "a town near **Khan Touman**",
        "the towns of Qarsh and Dimno in the **Idlib** province", "Mexico City,
        the capital of **Mexico**", "a town 30 km north of **Mogadishu**", "a valley
        near **Damascus**", "the Al-Bab Plateau of east **Aleppo**".  With
        ``named_only``, only a place with a name of its own counts as located."""
        token = anchor
        if token.dep_ == "poss" and (self._place_noun(token.head) or is_word(token.head, lexicon.BORDER_NOUNS)):
            token = token.head  # "towns along Congo's eastern border"
        if not named_only and token.i not in self.own and is_word(token, lexicon.DIRECTION_NOUNS) and (
            token.dep_ in ("advmod", "npadvmod") and is_word(token.head, lexicon.LYING_VERBS)
        ):
            return True  # "villages located about 10 km north of Azaz": the climb stopped at "north"
        if not named_only and token.i not in self.own and is_word(token, lexicon.DIRECTION_NOUNS) and (
            token.dep_ == "advmod" and _is_verb(token.head) and _direction_of_a_place_before(token)
        ):
            return True  # "positions near Tal Qarin hill north of X": the parser hung "north" on the verb
        for _ in range(4):
            if token.dep_ != "pobj" or _is_root(token):
                return False
            preposition = token.head
            if _inside_of(preposition):
                preposition = preposition.head  # "a village outside of Mosul": "outside"
            holder = preposition.head
            if preposition.lower_ == "of" and is_word(holder, lexicon.DIRECTION_NOUNS):
                if named_only:
                    return self._is_name(holder.head, mine) or self._named_by_another(holder.head, mine)
                return self._place_noun(holder.head) or self._is_name(holder.head, mine) or (
                    holder.dep_ in ("npadvmod", "advmod", "appos")
                )  # "a town 30 km north of Mogadishu"
            if preposition.lower_ == "of":
                if self._is_name(holder, mine) or (self._name_part(holder) and holder.i not in mine):
                    return True  # "the Al-Bab Plateau of east Aleppo"
                if self._named_part(holder):
                    return True  # "the East Ghouta region of rural Damascus"
                if self._place_noun(holder) and token.i not in {t.i for t in self._names_of(holder)} and any(
                    self._is_name(t, mine, proper=True) for t in self._names_of(holder)
                ):
                    return True  # "the Punjab province of Pakistan": Pakistan only contains it
                if holder.lower_ == "capital" and self._named_by_another(holder, mine):
                    return True  # "Mexico City, the capital of Mexico"
                return False
            if preposition.lower_ in ("in", "inside") and _named_military_site(holder):
                return True  # "the military base of Karasur in the Makhmour region", "this installation in Syria"
            if preposition.lower_ == "between" and is_word(holder, lexicon.WAY_NOUNS) and holder.dep_ == "pobj":
                holder = holder.head.head  # "a town located on the highway between Homs and Palmyra"
            if holder.dep_ == "acl" and is_word(holder, lexicon.LYING_VERBS) and (
                self._is_name(holder.head, mine)
                or (self._place_noun(holder.head) and self._named_by_another(holder.head, mine))
            ):
                return True  # "the villages of A and B, situated in central Somalia's Hiiran region"
            if preposition.lower_ not in lexicon.REFERENCE_PREPOSITIONS:
                return False
            if preposition.lower_ in lexicon.NEAR_PREPOSITIONS and _military_modifier(holder) is not None:
                return False  # "an attack on an army camp near X": forces are there, not a town
            if self._is_name(holder, mine):
                return True  # "Tal Mustawi near the town of Khan Touman"
            if self._place_noun(holder) and self._named_by_another(holder, mine):
                return True  # "clashes in the area of Bab Tellal in the old city of Homs"
            if self._place_noun(holder) and is_word(holder, lexicon.SETTLEMENT_NOUNS):
                return not named_only  # "a valley near Damascus", "villages in the Homs province"
            return False
        return False

    def _in_right_after_a_place(self, anchor: Token) -> bool:
        """A wide place "in" which a smaller place named just before it lies: "near Tel Hamis
        town, in **Hasakah** province", "at Kafr Shams town in **Deraa** countryside".  News
        names a small place, then where it is; the parser often hangs both on the verb."""
        if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("in", "inside", "within"):
            return False
        wide_word = anchor.i not in self.own and is_word(anchor, lexicon.WIDE_PLACE_NOUNS)
        first = self.span[0]
        # "in Hasakah province", "in Deraa countryside", "in southern Gaza": wide, whatever the gazetteer took
        wide_word = wide_word or (first.i > 0 and first.nbor(-1).dep_ == "amod" and _is_compass(first.nbor(-1)))
        if self.place is None and not wide_word:
            return False  # (an unknown name is wide only by its unit word: "inside the Jabal Al-Akrad region")
        if self.place is not None and self.place.type not in ("country", "admin1", "region") and not wide_word:
            return False
        before = anchor.head.i - 1
        doc = self.span.doc
        if before >= 0 and doc[before].text == ",":
            before -= 1
        if before >= 0 and doc[before].text == ")":
            opening = next((t.i for t in reversed(doc[max(0, before - 8) : before]) if t.text == "("), None)
            before = opening - 1 if opening is not None else before  # "near Sere Kaniye (Ras al-Ain) in Syria"
        if before < 0:
            return False
        word = doc[before]
        if self._place_noun(word) and not self._in_any_mention(word):
            word = next((t for t in word.subtree if self._other_mention(t)), word)  # "Tel Hamis town"
        index = self._mention_at(word)
        if index is None and wide_word and _unfound_place_name(word):
            return True  # "at Al-Qarassi in southern Aleppo": a village no gazetteer or model found
        if index is None or index == self.index:
            return False
        inner = self.context.mentions[index].place
        if inner is None:
            return True  # an unknown village, then the province it is in
        rank = _PLACE_RANK["admin1"] if wide_word or self.place is None else _PLACE_RANK.get(self.place.type, 2)
        if _PLACE_RANK.get(inner.type, 2) <= rank:
            return False
        return self.place is None or self.place.country is None or inner.country in (None, self.place.country)

    def _topic(self, anchor: Token) -> bool:
        """What talks or words are about: "the talks on **Syria**", "a meeting about
        Iran", "talks on the political future of **Syria**", and what a post is for:
        "the envoy for **Syria**"."""
        token = anchor
        while token.dep_ == "pobj" and _is_noun(token.head.head) and (
            token.head.lower_ == "of"
            or (token.head.lower_ == "in" and is_word(token.head.head, lexicon.SITUATION_NOUNS))
        ):
            token = token.head.head  # "the future of Syria", "talks on the crisis in Haiti"
        if token.dep_ == "pobj" and token.head.lower_ in ("on", "upon") and is_word(
            token.head.head, lexicon.FOCUS_VERBS
        ):
            # "a meeting expected to focus on Ukraine": what a meeting or a statement is about
            focus = token.head.head
            while focus.dep_ in ("xcomp", "acl") and not _has_own_subject(focus) and not _is_noun(focus):
                focus = focus.head
            holders = [focus] if _is_noun(focus) else _children(focus, "nsubj", "nsubjpass")
            return any(self._is_meeting_word(h) or is_word(h, lexicon.SPEECH_NOUNS) for h in holders)
        if token.dep_ == "pobj" and token.head.lower_ in ("for", "on") and is_word(
            token.head.head, lexicon.PORTFOLIO_TITLES
        ):
            return True  # "the UN envoy for Syria": the post's subject, not a party
        if token.dep_ != "pobj" or token.head.lower_ not in lexicon.TOPIC_PREPOSITIONS:
            return False
        holder = token.head.head
        return self._is_meeting_word(holder) or is_word(holder, lexicon.SPEECH_NOUNS)

    def _merely_where(self, anchor: Token) -> bool:
        """A country used only as where something is: "cases of flu in **Iraq**",
        "refugees into **Turkey**", "a **UK** laboratory", or the target of an attack that
        is only an "if" ("if the United States attacked **Syria**")."""
        if anchor.dep_ == "dobj" and is_word(anchor.head, lexicon.ATTACK_VERBS) and any(
            c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in anchor.head.children
        ):
            return True  # a conditional attack places no one and makes no party (fourth set)
        if anchor.i not in self.own and (
            is_word(anchor, lexicon.DIRECTION_NOUNS) or is_word(anchor, lexicon.QUANTITY_PARTITIVES)
        ):
            return True  # "drills east of **Taiwan**", "two thirds of **Guyana**": where, not a party
        if anchor.dep_ == "pobj":
            preposition = anchor.head
            word = preposition.lower_
            if word in ("with", "of") and _is_border(preposition.head):
                return True  # a border that only locates something
            if word in lexicon.CONTAINER_PREPOSITIONS:
                return not self._relation_word(preposition.head)
            if word in ("with", "to") and self._joined_by_a_way(preposition.head):
                return True  # "ferries connecting Italy with Albania"
            if word == "between" and self._stretch_between(preposition):
                return True  # "events held in border areas and between A and B"
            if word == "between" and is_word(preposition.head, lexicon.SPORTS_EVENT_NOUNS):
                return True  # "the match between France and Argentina": national teams, not states
            if word == "of" and is_word(preposition.head, lexicon.ORIGIN_NOUNS):
                return True  # "a native of Honduras": where a person is from
            if word == "about":
                return True  # "warned the West about Libya", "concerns about Iran": a topic
            if word == "for" and preposition.head.lower_ in ("bound", "headed", "destined"):
                return True  # "a boat bound for Italy": where it was going
            if word == "from" and any(c.lower_ in lexicon.PROPORTION_ADVERBS for c in preposition.children):
                return True  # "hundreds of people on board, mostly from Egypt and Syria": where they came from
            if word == "to" and is_word(preposition.head, lexicon.TRIP_NOUNS):
                return True  # "during their trip to Peru": where they went
            if word == "to" and preposition.head.lower_ in lexicon.NATIVE_ADJECTIVES:
                return True  # "bees not native to the U.S.": where a species lives
            if word == "from" and is_word(preposition.head, lexicon.REACHING_VERBS):
                return True  # "swans migrating from Russia and Ukraine": where they came from
            if word == "following":
                return True  # "the seventh country to suffer the virus, following Austria and Italy": an order
            if word == "to":
                verb = preposition.head.head if preposition.head.lower_ == "back" else preposition.head
                if verb.dep_ == "pobj" and verb.head.lower_ == "by":
                    verb = verb.head.head  # "moved by road to Chad": the parser hung "to" on the road
                return any(
                    is_word(verb, verbs)
                    for verbs in (
                        lexicon.TRAVEL_VERBS, lexicon.MOVEMENT_VERBS, lexicon.REMOVAL_VERBS, lexicon.BRINGING_VERBS,
                        lexicon.JOURNEY_VERBS, lexicon.REACHING_VERBS,
                    )
                )  # "he moved to Canada", "deported to Nigeria", "smuggled to Canada", "fled to Armenia"
            if word == "from" and _is_noun(preposition.head):
                return not acts_for_state(preposition.head)  # "imports from the United States"
            if word == "from" and any(
                is_word(preposition.head, verbs)
                for verbs in (lexicon.JOURNEY_VERBS, lexicon.SENDING_VERBS, lexicon.BRINGING_VERBS)
            ):
                return True  # "goods brought in from China", "fled from Syria": where they came from
            return False
        if anchor.dep_ == "dobj" and self._joined_by_a_way(anchor.head):
            return True  # "a railway connecting Kenya and Uganda": the ends of a way, not parties
        if anchor.dep_ == "dobj" and (
            is_word(anchor.head, lexicon.TRAVEL_VERBS) or is_word(anchor.head, lexicon.PATIENT_MOVEMENT_VERBS)
            or lemma_of(anchor.head) in ("leave", "tour")
        ):
            return True  # "before the luggage left Australia"
        if anchor.dep_ in ("dobj", "nsubjpass") and (_hit_by_disaster(anchor.head) or _struck_from_afar(anchor.head)):
            return True  # "an earthquake struck eastern Turkey", "airstrikes pounded southern Lebanon"
        if anchor.dep_ == "poss" and self._place_noun(anchor.head):
            return True  # "violence in Liberia's capital"
        if anchor.dep_ == "poss" and is_word(anchor.head, lexicon.LAND_FEATURE_NOUNS):
            return True  # "Japan's population shrank", "India's monsoon rains": the land, no party
        if anchor.dep_ == "npadvmod" and anchor.head.lower_ == "wide":
            return True  # "a Canada-wide warrant": how far it reaches
        root = self.span.root
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i == anchor.i and anchor.text.islower() and (
            self._place_noun(anchor) and not is_word(anchor, lexicon.POLITY_NOUNS)
        ):
            return True  # "the 12th fastest-growing U.S. county": a place the country holds, not the country
        if anchor.dep_ == "poss" and self._names_a_body(anchor.head):
            return True  # "Algeria's Salafist Group": a body named with where it is from, not the state's
        if anchor.dep_ in ("compound", "nmod") and anchor.i in self.own and self.type != "group":
            return not acts_for_state(anchor.head) and not self._relation_word(anchor.head)
        return False

    def _joined_by_a_way(self, verb: Token) -> bool:
        """A road, bridge, pipeline or flight that connects or links places: "the highway
        connects Canada and Mexico", "a pipeline linking Russia and Germany" (not "officials
        linked Iran to the attack")."""
        if not _is_verb(verb) or not is_word(verb, lexicon.LINK_VERBS):
            return False
        ways = [verb.head] if verb.dep_ in ("acl", "relcl") else []
        ways += _children(verb, "nsubj")
        if verb.dep_ == "advcl" and not ways:
            ways = _children(verb.head, "nsubj", "nsubjpass", "dobj")  # "..., a major interchange, connecting X and Y"
        if verb.dep_ == "relcl" and any(w.tag_ in ("WDT", "WP") for w in ways):
            ways.append(verb.head)  # "the bridge that links Croatia and Bosnia"
        return any(_is_noun(w) and is_word(w, lexicon.WAY_NOUNS) and not self._in_any_mention(w) for w in ways)

    def _names_a_body(self, head: Token) -> bool:
        """Whether a possessed proper noun names a body the place is only where it is from
        ("Algeria's Salafist Group"), not the state's own person or office ("Russia's
        Vladimir Putin", "Ukraine's President Zelensky") nor, for an alliance, its own body
        ("the United Nations' World Health Organisation")."""
        return (
            head.tag_ in ("NNP", "NNPS")
            and self.type != "group"
            and not acts_for_state(head)
            and not _is_person(head)
            and not any(
                c.dep_ in ("compound", "nmod") and is_word(c, lexicon.GOVERNMENT_NOUNS) for c in head.children
            )
        )

    # -- disputed territory ---------------------------------------------------------

    def _dispute_modifier(self, noun: Token) -> Token | None:
        """"breakaway Abkhazia", "the occupied Golan Heights", "rebel-held city",
        "Georgian-controlled villages", "Indian-controlled Kashmir"."""
        for child in noun.children:
            if child.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
                continue
            if child.lower_ in ("held", "controlled", "administered"):  # ("Pakistan-administered": held)
                if not any(c.dep_ in ("npadvmod", "compound", "amod", "nmod") for c in child.children) and (
                    not _named_before_parenthesis(child)
                ):
                    continue  # "held" alone is too vague; "X-held" says who holds it
                return child
            if child.i not in self.own and is_word(child, lexicon.DISPUTE_ADJECTIVES):
                return child
            if child.lower_ in ("declared", "proclaimed") and any(c.lower_ == "self" for c in child.children):
                return child  # "the self-declared Donetsk People's Republic", split in three by the tokenizer
            if child.lower_ == "divided" and child.dep_ == "amod" and not _children(child, "advmod", "npadvmod"):
                return child  # "the divided city of X": its control split between sides ("a deeply divided" one votes)
        return None

    def _participle_after_comma(self) -> Token | None:
        """"civilians trapped in **X**, besieged by regime forces since 2012, ...": a seizing
        participle set off right after the name describes it, even where the small model hung
        it on a word further up."""
        doc = self.span.doc
        if self.span.end + 1 >= len(doc) or doc[self.span.end].text != ",":
            return None
        participle = doc[self.span.end + 1]
        if participle.tag_ != "VBN" or participle.dep_ not in ("acl", "advcl", "amod", "conj"):
            return None
        if _children(participle, "nsubjpass", "nsubj", "dobj") or not _children(participle, "agent"):
            return None  # "besieged by": what it does is said by its agent
        return participle if is_word(participle, lexicon.SEIZE_VERBS) else None

    def _place_noun_named(self, root: Token) -> Token | None:
        """The place noun a mention names after "of": "the captured town of **X**"."""
        token = _first_of_list(root)  # "the towns of X and Y"
        if token.dep_ == "pobj" and token.head.lower_ == "of" and self._place_noun(token.head.head):
            return token.head.head
        return None

    def _descriptors(self, noun: Token) -> list[Token]:
        """Common nouns that describe a place in its own phrase: the place noun before a name
        ("the Houthi-held capital Sanaa") and an apposition ("north Kosovo, a region under
        the control of ..."; "Western Sahara, a former colony claimed by ...")."""
        return [
            c for c in noun.children
            if (c.dep_ in ("compound", "appos") and self._place_noun(c))
        ]

    def _disputed(self, root: Token, anchor: Token) -> Token | None:
        described = [d for noun in {root, anchor} for d in self._descriptors(noun)]
        named = self._place_noun_named(root)
        if named is not None and named.i != anchor.i:
            described.append(named)  # "south of the recently captured town of X": the anchor climbed past the town
        for noun in {root, anchor, *described}:
            found = self._dispute_modifier(noun)
            if found is not None:
                return found
        listed = [root.head] if root.dep_ == "conj" and _is_noun(root.head) else []  # "A and B, which were seized"
        for noun in (root, anchor, *described, *listed):
            found = self._relative_seizure(noun)
            if found is not None:
                return found
        found = self._participle_after_comma()
        if found is not None:
            return found
        found = _ground_changing_hands(anchor) or _parts_seized_in(anchor) or _parts_seized_in(root)
        if found is not None:
            return found
        head = anchor.head
        if anchor.dep_ == "nsubj" and is_word(head, lexicon.GAINING_VERBS) and any(
            o.lower_ == "independence" for d in _children(head, "dobj", "conj") for o in (d, *d.conjuncts)
        ):  # (also "obtained self-governance in 1958 and independence ...", which the parser hangs on the verb)
            return head  # "Malta gained independence from the United Kingdom": sovereignty changing hands
        if anchor.dep_ == "poss" and is_word(head, lexicon.SEIZE_NOUNS) and not (
            lemma_of(head) == "fall" and self._state_collapsing(head)
        ):
            return head  # "during Kafr Saghir's liberation", "Crimea's annexation"
        if anchor.dep_ == "poss" and head.lower_ == "independence" and (
            any(p.lower_ == "from" for p in _children(head, "prep"))
            or (head.dep_ == "dobj" and lemma_of(head.head) in ("recognise", "recognize", "declare", "proclaim"))
        ):
            return head  # "upon Mexico's independence from Spain", "does not recognise Kosovo's independence"
        included = _included_in_seized(anchor)
        if included is not None:
            return included  # "Russia annexed four regions, including Zaporizhzhia and Kherson"
        taker = _verb_object(anchor)
        if taker is not None and is_word(taker, lexicon.SEIZE_VERBS) and not _denied(taker) and not (
            _by_gunmen(taker)
        ):
            return taker
        if taker is not None and (
            anchor.i in self.own or (self._place_noun(anchor) and not _parts_of(anchor)) or self._other_mention(anchor)
        ) and _ground_attack(taker):
            return taker  # "rebels attacked the town of X", "insurgents ..., attacking A, B and C": to take it
            # (but "attacked the outskirts of X", "the southern districts of X": fighting there, fifth set)
        if taker is not None and is_word(taker, lexicon.AIM_VERBS) and (
            anchor.i in self.own or is_word(anchor, lexicon.SETTLEMENT_NOUNS)
        ):
            aimed = self._located(anchor)
            if aimed is not None and aimed.role == "troop_position":
                return taker  # forces "targeting the town of X" in a push: an attempt to take it
                # (but "targeting the countryside of X" is where they fight)
        if taker is not None and lemma_of(taker) == "lose" and self._lost_to_a_side(taker):
            return taker  # "after losing the town of X to the rebels": the place changed hands
        if taker is not None and _push_to_enter(taker):
            return taker  # "launched their first assault to enter X": an attempt on the place (twelfth set)
        driving = self._side_driven_out(anchor)
        if driving is not None:
            return driving  # "attempting to dislodge ISIS from Al-Bab": to take the place from a side
        if anchor.dep_ in _SUBJECTS:
            for partner in _passive_partners(head):
                if is_word(partner, lexicon.SEIZE_VERBS) or self._handed_over(partner):
                    return partner  # "the port was mined and later seized", "... but was ceded to"
        if taker is not None and (seizure := _taken_during(taker)) is not None:
            return seizure  # "the fort was attacked in a three-day siege"
        if taker is not None and lemma_of(taker) == "take" and (
            self._in_any_mention(anchor) or self._place_noun(anchor)
        ) and not any(p.lower_ in ("to", "into") for p in _children(taker, "prep")):
            return taker  # "the Taliban took Kandahar", "after taking the city of Herat": a place taken is captured
        territory = (
            self._territory_taken_in(anchor) or self._annexing_itself(anchor) or self._taken_as_it(anchor)
            or self._carved_from(anchor)
        )
        if territory is not None:
            return territory
        if anchor.dep_ in ("nsubjpass", "nsubj", "dobj") and _is_verb(head):
            # a place declared, found or left in a state of dispute: "Mosul was declared liberated",
            # "the army declared Tikrit liberated" (the small model makes Tikrit the participle's subject)
            complements = _children(head, "oprd", "acomp", "xcomp", "ccomp") if is_word(
                head, lexicon.DECLARE_VERBS
            ) else []
            if anchor.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp", "oprd") and head.tag_ == "VBN" and (
                is_word(head.head, lexicon.DECLARE_VERBS)
            ):
                complements.append(head)
            for complement in complements:
                if complement.tag_ in ("VBN", "JJ") and is_word(complement, lexicon.DISPUTE_ADJECTIVES) and (
                    not _children(complement, "dobj") and all(c.i == anchor.i for c in _children(complement, "nsubj"))
                ):
                    return complement
        if taker is not None and anchor.dep_ == "dobj":
            under = self._under_control(taker) or next(
                (found for back in _children(taker, "advmod", "prt") if (found := self._under_control(back))), None
            )
            if under is not None:
                return under  # "brought Nagorno-Karabakh back under its control", "put the town in rebel hands"
        if taker is not None and (_takes_over(taker) or self._held_by_fighters(taker)):
            return taker  # "militants took over Kunduz", "separatists hold Donetsk"
        if taker is not None and _is_verb(taker) and is_word(taker, lexicon.CONTEST_VERBS):
            return taker  # "Kashmir is contested by India and Pakistan", "both sides dispute Abyei"
        if anchor.dep_ == "nsubj" and (_is_be(head) or is_word(head, lexicon.RAISING_VERBS)):
            under = self._under_control(head)
            if under is not None:
                return under  # "Kobani remained under Kurdish control": the subject is what is held
        if anchor.dep_ == "nsubj" and _is_be(head):
            for attribute in _children(head, "attr"):
                taken = self._taken_in_turn(attribute)
                if taken is not None:
                    return taken  # "the last district to be handed back", "the first city to fall"
        if anchor.dep_ in ("dobj", "nsubjpass") and self._handed_over(head):
            return head  # "Spain ceded Guam", "the island was returned to Japan", "purchased under the treaty"
        if anchor.dep_ in _SUBJECTS:
            joined = self._joined_to_state(head)
            if joined is not None:
                return joined  # "Guam became part of the United States"
        falls_to = lemma_of(head) == "fall" and any(p.lower_ == "to" for p in _children(head, "prep"))
        if falls_to and (anchor.dep_ == "nsubj" or (anchor.dep_ == "advmod" and anchor.is_sent_start)):
            return head  # "Aleppo fell to the rebels" (a first word the tagger may take for an adverb)
        if anchor.dep_ == "nsubjpass" and head.lower_ in ("held", "controlled") and _children(head, "agent"):
            return head  # "the area was held by a militant group"
        if anchor.dep_ == "nsubjpass" and head.lower_ in ("run", "ruled", "governed") and any(
            is_force_noun(holder) or is_word(holder, lexicon.IRREGULAR_FIGHTERS)
            for agent in _children(head, "agent")
            for holder in _children(agent, "pobj")
        ):
            return head  # "Bur Hakaba is run by militia loyal to ...": armed control, not a town council
        if anchor.dep_ in ("dobj", "nsubjpass") and lemma_of(head) == "claim" and _is_verb(head):
            return head  # "China claims Taiwan", "the valley was claimed by the Iroquois"
        if anchor.dep_ != "pobj":
            return self._coordinated_with_dispute(anchor)
        preposition = head
        word = preposition.lower_
        holder = preposition.head
        if word == "of" and is_word(holder, lexicon.SEIZE_NOUNS):
            if lemma_of(holder) == "fall" and self._state_collapsing(holder):
                return None  # "since the fall of the Soviet Union": a state's collapse, not land taken
            return holder
        if word == "of" and holder.lower_ == "possession" and holder.dep_ == "dobj" and lemma_of(holder.head) in (
            "take", "gain", "obtain"
        ):
            return holder.head  # "the Portuguese took possession of the islands of Bombay"
        if word == "of" and _is_noun(holder):
            for partner in holder.conjuncts:
                if is_word(partner, lexicon.SEIZE_NOUNS):
                    return partner  # "the siege and fall of the fort": coordination shares the "of"
        if word == "over" and is_word(holder, lexicon.DISPUTE_NOUNS):
            return holder  # "the dispute over Crimea"
        if word == "to" and _is_noun(holder) and lemma_of(holder) == "claim":
            return holder  # "its claim to the Essequibo region"
        if word == "to" and _is_verb(holder):
            for claim in _children(holder, "dobj"):
                if _is_noun(claim) and lemma_of(claim) == "claim":
                    return claim  # "renewed its claim to X", "laid claim to X": the parser hangs "to" on the verb
        if word == "on" and _is_noun(holder) and is_word(holder, lexicon.GRIP_NOUNS):
            return holder  # "the militants' hold on Mosul"
        if word in ("in", "of") and _is_noun(holder) and is_word(holder, lexicon.SEPARATIST_NOUNS) and (
            self.type != "country"  # "Kurdish separatists in Turkey" want a part of it, not the country
        ):
            return holder  # "separatists in Chechnya": a separatist region
        if word == "for" and is_word(holder, lexicon.BATTLE_NOUNS):
            return holder  # "the fight for Sharqat": the target of an attempt to take it
        if word in ("on", "at", "against"):
            assault = self._forces_assault(holder, word)
            if assault is not None:
                return assault  # "the army launched an assault on the village of X": an attempt to take it
        if word in lexicon.LOCATIVE_PREPOSITIONS:
            retake = self._push_to_retake(holder, preposition)
            if retake is not None:
                return retake  # "launched an offensive in the hills to win back the ground lost in May"
        if word == "in" and self._place_noun(holder) and not self._named_by_another(holder, set(self.own)):
            found = self._dispute_modifier(holder)
            if found is not None:
                return found  # "rebel-held areas in northern rural Homs"
        if word in lexicon.LOCATIVE_PREPOSITIONS and _is_verb(holder) and any(
            c.dep_ == "advmod" and c.lower_ in lexicon.NARROWING_ADVERBS for c in preposition.children
        ):
            for patient in _children(holder, "dobj", "nsubjpass"):
                found = self._dispute_modifier(patient)
                if found is not None:
                    return found  # "hit the rebel-held districts, especially in X": X is one of them
        if word in ("over", "of") and is_word(holder, lexicon.SEIZE_VERBS) and not _under(holder):
            return holder
        if word in ("at", "in", "near", "outside"):
            seizing = self._site_seized(holder)
            if seizing is not None:
                return seizing  # "captured the airbase at Tabqa": part of the place changed hands
        if word in ("of", "over", "to", "in") and is_word(holder, lexicon.CONTROL_NOUNS):
            verb = holder.head if holder.dep_ in ("dobj", "nsubjpass") else None
            if _under(holder):
                return None  # "under the control of the SDF": the controller
            if word in ("of", "over") and holder.lower_ != "power":
                return holder
            if verb is not None and is_word(verb, lexicon.SEIZE_VERBS | lexicon.CONTROL_VERBS):
                return holder
        if word in ("to", "in", "over") and holder.dep_ != "pobj":
            for obj in _children(holder, "dobj"):
                if is_word(obj, lexicon.CONTROL_NOUNS) and (
                    is_word(holder, lexicon.SEIZE_VERBS)
                    or is_word(holder, lexicon.CONTROL_VERBS)
                ):
                    return obj  # "Hamas seized power in the Gaza Strip", "extend its control to"
        if word in ("for", "of", "over") and is_word(holder, lexicon.STATUS_NOUNS):
            return holder
        if word == "under" and is_word(holder, lexicon.CONTROL_NOUNS) is False:
            for obj in _children(preposition, "pobj"):
                if is_word(obj, lexicon.CONTROL_NOUNS):
                    return obj
        return self._coordinated_with_dispute(anchor)

    def _carved_from(self, anchor: Token) -> Token | None:
        """The verb making a new unit out of this one: "Hale County was created from parts of
        A, B and C counties", "established Taylor County from Bexar County": land passed
        from the old unit to the new (the guidelines' land changing hands in part)."""
        root = _first_of_list(anchor)  # "from parts of A, B and C": the list shares the "from"
        if root.dep_ == "dobj" and is_word(root.head, lexicon.DIVIDING_VERBS) and root.head.dep_ == "pcomp" and (
            root.head.head.lower_ == "by" and self._formed_from(root.head.head.head)
        ):
            return root.head  # "was established by dividing Monroe County"
        if root.dep_ != "pobj":
            return None
        preposition = root.head
        if preposition.lower_ == "of" and is_word(preposition.head, lexicon.PART_NOUNS) and (
            preposition.head.dep_ == "pobj"
        ):
            preposition = preposition.head.head  # "from parts of X"
        if preposition.lower_ == "of" and preposition.head.lower_ == "out":
            preposition = preposition.head  # "created out of parts of X": as "from"
        verb = preposition.head
        return verb if preposition.lower_ in ("from", "out") and self._formed_from(verb) else None

    def _formed_from(self, verb: Token) -> bool:
        """A new county or town formed from a place ("was formed from Brule County", "created
        Lyman County from Brule District"): the land passed from it.  What is formed must
        be a place ("a committee formed from members of X" is not)."""
        if not _is_verb(verb) or not is_word(verb, lexicon.FORMING_VERBS):
            return False
        formed = _children(verb, "nsubjpass") if any(c.dep_ == "nsubjpass" for c in verb.children) else (
            _children(verb, "dobj")
        )
        return any(
            (self._other_mention(noun) or self._place_noun(noun)) and noun.i not in self.own for noun in formed
        )

    @staticmethod
    def _site_seized(holder: Token) -> Token | None:
        """The verb seizing a military site or airfield at the place: "captured the airbase at
        X" (the place on the site, or on the verb as the parser often hangs it), "the
        airport in X was taken"; not goods or people seized there."""
        def seizes(verb: Token) -> bool:
            return is_word(verb, lexicon.SEIZE_VERBS) or lemma_of(verb) == "take"

        if is_word(holder, lexicon.SEIZED_SITE_NOUNS) and holder.dep_ in ("dobj", "nsubjpass") and seizes(holder.head):
            return holder.head
        if _is_verb(holder) and seizes(holder) and any(
            is_word(site, lexicon.SEIZED_SITE_NOUNS) for site in _children(holder, "dobj", "nsubjpass")
        ):
            return holder
        return None

    def _taken_as_it(self, anchor: Token) -> Token | None:
        """"entered X and declared it under their control", "stormed X and captured it": the
        place taken up again by "it" in a clause joined to the one it is the object of."""
        if anchor.dep_ != "dobj" or not _is_verb(anchor.head):
            return None
        for clause in _children(anchor.head, "conj"):
            if _has_own_subject(clause) or not any(o.lower_ == "it" for o in _children(clause, "dobj")):
                continue
            if is_word(clause, lexicon.SEIZE_VERBS):
                return clause
            under = self._under_control(clause)
            if under is not None and is_word(clause, lexicon.DECLARE_VERBS | frozenset({"bring", "put", "place"})):
                return under
        return None

    def _forces_assault(self, holder: Token, preposition: str) -> Token | None:
        """An assault by forces, fighters or a named armed group on a place itself ("the
        army's assault on X", "rebels launched an assault at the village of X", "an
        offensive on the towns of X"), an attempt to take it; not a raid or a massacre by
        gunmen, nor an assault on positions (the place then holds forces).  An offensive or
        attack "at" a place is fighting there (the fourth set's reading)."""
        kinds = lexicon.ASSAULT_NOUNS | (lexicon.PUSH_ON_NOUNS if preposition in ("on", "against") else frozenset())
        if _is_noun(holder) and is_word(holder, kinds):
            assault, verb = holder, holder.head if holder.dep_ == "dobj" else None
        elif _is_verb(holder):
            assault = next((o for o in _children(holder, "dobj") if is_word(o, kinds)), None)
            verb = holder
        else:
            return None
        if assault is None or any(c.lower_ == "sexual" for c in assault.children) or _is_strike(assault):
            return None  # (nor "rocket attacks on the centre of Taiz": struck from afar)
        targets = [t for prep in _children(assault, "prep") if prep.lower_ in ("on", "against")
                   for t in _children(prep, "pobj")]
        if any(is_word(target, lexicon.POSITION_NOUNS) for target in targets):
            return None  # "their assault on ISIS' defenses at Tal Kroum": the place holds the defenders
        owners = _children(assault, "poss") + [
            o for prep in _children(assault, "prep") if prep.lower_ == "by" for o in _children(prep, "pobj")
        ] + (_children(verb, "nsubj") if verb is not None else [])
        owners += [p for o in owners for p in o.conjuncts]
        # fighters and named armed groups storm towns too ("rebels launched an assault on X",
        # "Hezbollah launched an assault on X"); gunmen's attacks are no assault on a place
        return assault if any(
            is_force_noun(o) or is_word(o, lexicon.IRREGULAR_FIGHTERS) or (o.ent_type_ == "ORG" and o.tag_ == "NNP")
            or o.lower_ == "regime"  # "the regime has escalated attacks on Daraya"
            for o in owners
        ) else None

    def _annexing_itself(self, anchor: Token) -> Token | None:
        """"the town voted to annex to Logan", "the village annexed itself to the city": a
        place that joins another changes hands (the receiving side is a party)."""
        if anchor.dep_ != "nsubj":
            return None
        verb = anchor.head
        for annex in (verb, *_children(verb, "xcomp")):
            joins = any(p.lower_ == "to" for p in _children(annex, "prep"))
            if _is_verb(annex) and lemma_of(annex) == "annex" and joins:
                return annex
        return None

    def _push_to_retake(self, holder: Token, preposition: Token) -> Token | None:
        """A push made where the place is, named after the push, in order to take ground that
        names no place of its own: "launched an offensive in X to recapture the territory",
        "an assault on X to retake it".  (A purpose naming another place, "an offensive in X
        to capture Y", makes Y the target and X only where the push starts; a scene set
        before the push, "inside the province, rebels launched ...", is wider than its target.)"""
        pushes = [holder] if _is_noun(holder) else _children(holder, "dobj") if _is_verb(holder) else []
        pushes = [p for p in pushes if p.i < preposition.i]
        if not any(is_word(p, lexicon.PUSH_NOUNS) for p in pushes):
            return None
        purposes = [c for p in pushes for c in _children(p, "acl", "relcl")]
        launcher = holder if _is_verb(holder) else holder.head if holder.dep_ == "dobj" else None
        if launcher is not None:
            purposes += _children(launcher, "advcl", "xcomp")  # "began an assault in X to retake ..."
            purposes += [
                c for prep in _children(launcher, "prep") if prep.lower_ == "in"
                for order in _children(prep, "pobj") if order.lower_ == "order"
                for c in _children(order, "acl")
            ]  # "... in order to recapture the territory they lost"
        for purpose in purposes:
            if not is_word(purpose, lexicon.SEIZE_VERBS) or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in purpose.children
            ):
                continue
            targets = _children(purpose, "dobj")
            if targets and all(is_word(t, lexicon.LOST_GROUND_NOUNS) and not self._in_any_mention(t) for t in targets):
                return purpose
        return None

    def _territory_taken_in(self, anchor: Token) -> Token | None:
        """"lost its last sliver of territory in Baghouz", "the militants hold a pocket of
        territory around Hajin": territory a side takes, loses or holds, placed by the verb's
        own preposition, is the place's territory."""
        if anchor.dep_ != "pobj" or anchor.head.lower_ not in lexicon.LOCATIVE_PREPOSITIONS:
            return None
        holder = anchor.head.head
        if _is_noun(holder) and is_word(holder, lexicon.TERRITORY_NOUNS):
            verb = holder.head if holder.dep_ == "dobj" else None  # "seized territory in Donbas"
            objects = [holder]
        elif _is_verb(holder):
            verb = holder
            objects = _children(verb, "dobj")
            objects += [p for o in objects for prep in _children(o, "prep") if prep.lower_ == "of"
                        for p in _children(prep, "pobj")]  # "a pocket of territory"
        else:
            return None
        if verb is None or not any(is_word(o, lexicon.TERRITORY_NOUNS) for o in objects):
            return None
        if anchor.head.lower_ == "to" and is_word(verb, lexicon.CEDE_VERBS):
            return None  # "France ceded the territory to Britain": the receiving side, a party
        if is_word(verb, lexicon.SEIZE_VERBS) or is_word(verb, lexicon.CONTROL_VERBS) or self._held_by_fighters(verb):
            return verb
        return None

    def _state_operation(self, noun: Token, verb: Token) -> bool:
        """An operation a state or an armed side launches is a military one (seventh set "a
        military operation in X"); police or rescue operations are not."""
        if lemma_of(noun) != "operation" or noun.dep_ != "dobj" or lemma_of(verb) not in ("launch", "begin", "start"):
            return False
        if _is_policing(noun) or any(c.dep_ in ("amod", "compound") for c in noun.children):
            return False  # "a rescue operation", "a police operation", "a joint operation"
        return any(_armed_side(s) or self._state_mention(s) for s in _children(verb, "nsubj"))

    def _lost_to_a_side(self, verb: Token) -> bool:
        """"Lost X to the rebels", "Russia lost X to Ukraine": lost to an armed side or a
        state, or by one (not "lost Denver to injury")."""
        sides = [w for p in _children(verb, "prep") if p.lower_ == "to" for w in _children(p, "pobj")]
        if not sides:
            return False
        subjects = _children(verb, "nsubj")
        if verb.dep_ in ("pcomp", "advcl", "xcomp") and not subjects:
            subjects = _children(verb.head.head if verb.head.dep_ == "prep" else verb.head, "nsubj")
        return any(
            _armed_side(w) or self._state_mention(w) for w in (*sides, *subjects)
        )

    def _side_driven_out(self, anchor: Token) -> Token | None:
        """The verb driving an armed side out of a place, by forces, a state or a push (the
        goal "is to expel" has no doer): "attempting to dislodge ISIS from Al-Bab", "drove the
        militants out of Kobani"; not civilians expelling a group (eleventh set)."""
        token = _first_of_list(anchor)  # "from A and B"
        if token.dep_ != "pobj" or token.head.lower_ not in ("from", "of"):
            return None
        verb, out = token.head.head, token.head.lower_ == "of"
        if out:
            if verb.lower_ != "out":
                return None  # "out of X"
            verb = verb.head
        if verb.dep_ == "dobj" and _is_noun(verb):
            verb = verb.head  # "expel the rebels from X", with "from" hung on the rebels
        if not _is_verb(verb) or not is_word(verb, lexicon.DRIVING_OUT_VERBS):
            return None
        if is_word(verb, lexicon.DRIVING_OUT_NEEDING_OUT) and not out and not _has_particle(verb, "out"):
            return None  # "pushed the rebels from X" may be only a shove; "pushed them out of X" takes it
        if not any(_armed_side(d) or _named_armed_group(d) for d in _children(verb, "dobj")):
            return None  # "expelled the ambassador from X": no side loses ground
        doers = _doers(verb) or (
            _doers(verb.head) if verb.dep_ in ("xcomp", "conj") and not _is_be(verb.head) else []
        )  # ("the goal is to expel": no doer)
        if doers and not any(
            _armed_side(d) or _named_armed_group(d) or is_force_event(d) or self._state_mention(d) for d in doers
        ):
            return None  # "civilians in X expel the group"
        return verb

    def _state_mention(self, token: Token) -> bool:
        """A token inside a country's, an alliance's, a capital's or a people's mention."""
        index = self._mention_at(token)
        if index is None:
            return False
        mention = self.context.mentions[index]
        return mention.kind == "demonym" or (
            mention.place is not None and mention.place.type in ("country", "group")
        ) or self.context.is_capital(mention)

    def _held_by_fighters(self, verb: Token) -> bool:
        """"Separatists hold Donetsk": forces or fighters holding a place control it (a
        party "holding talks" holds no place)."""
        return lemma_of(verb) == "hold" and any(
            is_force_noun(subject) or is_word(subject, lexicon.IRREGULAR_FIGHTERS)
            for subject in _children(verb, "nsubj")
        )

    def _relative_seizure(self, noun: Token) -> Token | None:
        """"the islands, which the navy seized from its neighbour": a relative clause
        whose missing object is the place; "Al-Shadadi, which is under the control
        of the SDF"; "areas under rebel control"."""
        for participle in _children(noun, "acl"):
            passive = participle.tag_ == "VBN" or (participle.tag_ == "VBD" and _children(participle, "agent"))
            if passive and (is_word(participle, lexicon.SEIZE_VERBS) or self._claimed(participle)):
                # "Crimea, annexed by Russia in 2014, ...", "a colony claimed by"; "a city recaptured
                # by Ukraine" (tagged as a past tense, but its "by" makes it a participle)
                return participle
            if participle.tag_ == "VBN" and lemma_of(participle) == "take" and _children(participle, "agent"):
                return participle  # "territory taken by Russia"
        for clause in [c for relative in _children(noun, "relcl") for c in (relative, *_passive_partners(relative))]:
            own_object = any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in clause.children)
            # a passive with a subject of its own holds or takes that, not the place: "Geneva,
            # where the talks were held", "a port where the weapons were seized"
            own_patient = own_object or any(
                c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP") for c in clause.children
            )
            if (is_word(clause, lexicon.SEIZE_VERBS) or self._claimed(clause)) and not own_patient:
                return clause  # "which Israel captured", "islands that are also claimed by Vietnam"
            if _breaks_away(clause):
                return clause  # "two regions that broke away from Georgia": breakaway regions
            if clause.tag_ == "VBN" and clause.lower_ in ("held", "controlled") and not own_patient:
                return clause
            if own_object:
                continue  # "Sweden, which placed the area under its rule": the area is under it
            under = self._under_control(clause)
            if under is not None:
                return under
        return self._under_control(noun)

    def _claimed(self, verb: Token) -> bool:
        """A verb of claiming or contesting a place: "claimed by Vietnam", "which both sides dispute"."""
        return _is_verb(verb) and (lemma_of(verb) == "claim" or is_word(verb, lexicon.CONTEST_VERBS))

    def _under_control(self, word: Token) -> Token | None:
        for prep in _children(word, "prep"):
            if prep.lower_ == "under":
                for noun in _children(prep, "pobj"):
                    if is_word(noun, lexicon.CONTROL_NOUNS) or is_word(noun, frozenset({"occupation", "siege"})):
                        return noun
                    if is_word(noun, lexicon.PUSH_ON_NOUNS | lexicon.ASSAULT_NOUNS) and not _is_strike(noun) and any(
                        is_force_noun(o) or is_word(o, lexicon.IRREGULAR_FIGHTERS) or o.lower_ == "regime"
                        for by in _children(noun, "prep") if by.lower_ == "by" for o in _children(by, "pobj")
                    ):
                        return noun  # "came under attack by regime forces": forces trying to take it
            if prep.lower_ in ("in", "into"):
                for noun in _children(prep, "pobj"):
                    if noun.lower_ == "hands" and self._whose_hands(noun):
                        return noun  # "has been in Russian hands", "fell into rebel hands"
        return None

    def _whose_hands(self, hands: Token) -> bool:
        """"Russian hands", "rebel hands", "the hands of the militants": hands a side is named by."""
        for c in hands.children:
            if c.dep_ in ("poss", "amod", "compound", "nmod") and (
                c.tag_ in ("NNP", "NNPS") or c.ent_type_ == "NORP" or self._in_any_mention(c)
                or is_force_noun(c) or is_word(c, lexicon.IRREGULAR_FIGHTERS) or self.context.is_demonym(c.text)
            ):
                return True
        return any(prep.lower_ == "of" for prep in _children(hands, "prep"))

    def _coordinated_with_dispute(self, anchor: Token) -> Token | None:
        """"in Hebron and the other occupied towns": coordination shares
        the dispute word of a partner."""
        for partner in anchor.conjuncts:
            if self._in_any_mention(partner):
                continue
            for noun in (partner, *(p for prep in _children(partner, "prep") if prep.lower_ == "of"
                                    for p in _children(prep, "pobj"))):
                found = self._dispute_modifier(noun)
                if found is not None:
                    return found
        return None

    # -- forces and meetings --------------------------------------------------------

    def _attachment(self, anchor: Token) -> tuple[Token, str] | None:
        """Where a place hangs in its clause: the preposition that governs it (and
        which), or the verb it is the object of ("entered the city of Azaz")."""
        if anchor.dep_ == "pobj" and not _is_root(anchor):
            preposition = anchor.head
            word = preposition.lower_
            if word in ("with", "of") and _is_border(preposition.head):
                return preposition, "border"  # "the border with Chad", "the boundary line with Kosovo"
            if word in lexicon.LOCATIVE_PREPOSITIONS or word in lexicon.FORCE_PREPOSITIONS:
                return preposition, word
            if word == "of" and preposition.head.lower_ == "out" and preposition.head.dep_ in ("prep", "prt", "advmod"):
                return preposition, "out"  # "pulled out of Gori": withdrawing from it
            if _inside_of(preposition):
                return preposition.head, preposition.head.lower_  # "stationed inside of X": "inside"
            if word == "by" and preposition.dep_ == "agent" and self._place_noun(anchor):
                return preposition, "by"  # "set up by the town of Gori": beside, not the agent
            holder = preposition.head
            if word == "of" and is_word(holder, lexicon.INVASION_NOUNS) and not _feared(holder):
                return preposition, "into"  # "Iraq's invasion of Kuwait": forces went in
            if (
                word == "of"
                and self.type not in ("country", "group")
                and is_word(holder, lexicon.MILITARY_SITE_NOUNS)
                and _military_modifier(holder) is not None
            ):
                return preposition, "at"  # "the army posts of Detroit" (but "the bases of Russia" are its own)
            if word == "of" and holder.dep_ == "dobj" and is_word(holder.head, lexicon.PATIENT_MOVEMENT_VERBS):
                return holder, "patient"  # "stormed the southern farms of Al-Malaah"
            if word == "of" and is_word(holder, lexicon.DISTANCE_NOUNS) and holder.dep_ == "pobj" and (
                holder.head.lower_ == "within"
            ):
                return holder.head, "near"  # "troops are within a few kilometres of Pokrovsk"
            return None
        if anchor.dep_ in ("dobj", "nsubjpass") and is_word(anchor.head, lexicon.PATIENT_MOVEMENT_VERBS):
            return anchor, "patient"  # "entered Kabul"; "Pristina is patrolled by an international force"
        if anchor.dep_ == "attr" and any(
            c.dep_ == "amod" and c.tag_ == "VBG" and c.i < anchor.i and is_word(c, lexicon.PATIENT_MOVEMENT_VERBS)
            for c in anchor.children
        ):
            return anchor, "patient"  # "peacekeepers are patrolling Mogadishu": the tagger made the verb an adjective
        if anchor.dep_ == "dobj" and _travels_along(anchor.head):
            return anchor, "patient"  # "sailed up the Nile": the river is the way they went
        if anchor.dep_ in ("advmod", "npadvmod") and _is_verb(anchor.head) and is_word(anchor, lexicon.DIRECTION_NOUNS):
            # "stationed 30 km south of Belgorod": the action is as near it as the words
            # say; but "a city south of Mosul" only locates the city
            return anchor, "near"
        if anchor.dep_ in ("advmod", "npadvmod") and is_word(anchor, lexicon.DIRECTION_NOUNS) and (
            _is_noun(anchor.head) and is_word(anchor.head, lexicon.FORCE_SITE_NOUNS)
        ):
            return anchor, "near"  # "an attack on their lines south of Kirkuk": the lines are near it
        if anchor.dep_ in ("dobj", "nsubjpass") and is_word(anchor.head, frozenset({"visit", "tour"})):
            return anchor, "visit"
        return None

    def _ancestors(self, start: Token) -> Iterable[tuple[int, Token, Token]]:
        """(hops, word, the child it was reached from) up to the head of the clause,
        continuing into the clause above when the clause below shares its subject or
        ("troops stationed in", "attempting to enter")."""
        current = start
        for hops in range(_MAX_HOPS):
            if _is_root(current):
                return
            parent = current.head
            if _is_source(parent) or (current.dep_ == "prep" and current.lower_ == "according"):
                return  # "according to a military source in Aleppo": where the source is
            yield hops, parent, current
            if parent.dep_ in CLAUSE_DEPS and not _shares_subject(parent):
                if parent.dep_ == "relcl" and current.dep_ == "prep":
                    yield hops + 1, parent.head, parent  # "troops who are stationed in"
                return
            if _is_root(parent):
                return
            current = parent

    def _arguments(self, verb: Token) -> Iterable[tuple[Token, str]]:
        """A verb's subjects, objects and agent, their coordinated partners, and what
        they quantify ("thousands of troops gathered"), with the argument's role."""
        children = list(verb.children) + self._raised_subjects(verb) + _speakers_of_a_pronoun(verb) + [
            subject  # the parser hung the subject on an auxiliary: "soldiers have been patrolling" ("been")
            for aux in verb.children if aux.dep_ in ("aux", "auxpass")
            for subject in aux.children if subject.dep_ == "nsubj"
        ]
        for child in children:
            if child.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
                role = "subject" if child.dep_ == "nsubj" else "object"
                if child.head.i != verb.i:
                    role = "subject"  # raised: "talks are due to resume", "troops are expected to arrive"
                yield child, role
            elif child.dep_ == "agent":
                for pobj in _children(child, "pobj"):
                    yield pobj, "subject"
                continue
            else:
                continue
            for partner in child.conjuncts:
                yield partner, role
            for prep in _children(child, "prep"):
                if prep.lower_ == "of":
                    for pobj in _children(prep, "pobj"):
                        yield pobj, role
            if child.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
                yield verb.head, role  # "soldiers who fought"
                owner = verb.head
                if owner.dep_ == "pobj" and owner.head.lower_ == "of" and _is_noun(owner.head.head):
                    yield owner.head.head, role  # "mercenaries of the Wagner group, who arrived in"

    def _raised_subjects(self, verb: Token) -> list[Token]:
        """The subject of a verb with none of its own after "due to", "expected to", "set
        to", "will try to": the subject of the clause it completes ("negotiations are due to
        resume in Cairo", "the next round is expected to take place in Geneva").  Not past
        an object, whose verb hands the infinitive to the object ("ordered troops to leave")."""
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.tag_ == "VBG" and not _has_own_subject(verb):
            # "the rebels began the assault by capturing the checkpoints outside X": the means
            # has the subject of the verb it serves
            return _children(verb.head.head, "nsubj") if _is_verb(verb.head.head) else []
        current = verb
        for _ in range(3):
            if current.dep_ != "xcomp" or _has_own_subject(current):
                return []
            holder = current.head
            if holder.dep_ == "acomp" and not _is_verb(holder):
                holder = holder.head  # "are due to": the adjective's copula
            if _children(holder, "dobj"):
                return []
            subjects = _children(holder, "nsubj", "nsubjpass")
            if subjects:
                return subjects
            current = holder
        return []

    def _force_in(self, noun: Token, verb: Token | None, role: str) -> Token | None:
        """The force word in an argument, if it makes a troop position: regular forces
        anywhere; irregular fighters only when they move or fight ("militants entered"),
        never for an attack or massacre; fighting itself where it happens ("fighting
        continued in", "launched an offensive in"), but not as the cause of something
        else ("the war in Syria ... sending refugees into Turkey")."""
        if verb is not None and role == "subject" and self._a_people_as_an_army(noun, verb):
            return noun  # "the Americans landed in Asan": a people's forces in a war report
        if self._in_any_mention(noun) or _is_policing(noun):
            return None
        if role == "subject" and verb is not None and _named_armed_group(noun) and (
            is_word(verb, lexicon.MOVEMENT_VERBS) or is_word(verb, lexicon.FIGHT_VERBS)
        ):
            return noun  # "the Taliban entered Kabul", "the YPG and SDF entered X": a fighting side moving
        if role == "object" and self.span.start > noun.i and _side_sites_struck(noun):
            return noun  # "jets struck Kurdish sites in northern Syria": the side's sites are there
        if role == "object" and verb is not None and self._state_operation(noun, verb):
            return noun  # "Russia launched an operation in Syria": a state's (military) operation there
        if verb is not None and is_word(verb, lexicon.ACCORD_SIGNING_VERBS) and any(
            is_word(o, lexicon.ACCORD_NOUNS) for o in _children(verb, "dobj")
        ):
            return None  # "the government and Tigrayan forces signed a truce in Pretoria": a venue, not a front
        if verb is not None and _off_duty_activity(verb) and (
            is_force_noun(noun) or is_word(noun, lexicon.MILITARY_EQUIPMENT)
        ):
            return None  # "held a parade in", "deployed troops and helicopters to rescue villagers in"
        if verb is not None and is_word(verb, lexicon.MAKING_VERBS) and not _has_particle(verb, "up"):
            # (but "building up its forces in X" masses them there)
            if is_word(noun, lexicon.MILITARY_SITE_NOUNS) and _military_modifier(noun) is not None:
                return noun  # "built military bases on reefs in X": forces are based there
            return None  # "the warship was built in Glasgow": where it was made, not where forces are
        if noun.tag_ == "NNS" and is_word(noun, lexicon.REINFORCEMENT_NOUNS):
            return noun  # "reinforcements were flown to Kabul": the troops themselves
        if is_force_noun(noun):
            if _off_duty(noun) or (verb is not None and _off_duty_activity(verb)):
                return None  # "soldiers on leave shopped in Kabul", "held a parade in": people, not a position
            if role == "subject" and verb is not None and _fired_from_afar(noun, verb):
                return None  # "missiles slammed into power stations in Lviv": a strike from afar
            if verb is not None and is_word(noun, lexicon.PROJECTILE_FORCES) and is_word(verb, lexicon.FIRING_VERBS):
                return None  # "fired missiles at Kyiv": what is fired flies, its launchers stay put
            if role == "subject" and verb is not None and is_word(noun, lexicon.WARSHIP_NOUNS) and is_word(
                verb, lexicon.BOMBARD_VERBS
            ):
                return None  # "warplanes and warships struck targets in Yemen": from the sea, not ashore
            if _of_the_air(noun) and not (verb is not None and is_word(verb, lexicon.PATROL_VERBS)):
                return None  # an air force strikes from afar: "the Turkish Air Force struck sites in Syria"
            return noun
        if _military_modifier(noun) is not None and is_word(noun, lexicon.MILITARY_UNIT_HEADS):
            return noun  # "an army column", "a military convoy": forces, whatever they do
        if verb is not None and is_word(noun, lexicon.AIRCRAFT_NOUNS) and (
            is_word(verb, lexicon.ARRIVAL_VERBS) or is_word(verb, lexicon.PATROL_VERBS)
            or (role == "object" and is_word(verb, lexicon.AIRCRAFT_SENDING_VERBS) and any(
                _armed_side(d) or self._state_mention(d) for d in _doers(verb)
            ))
        ) and (
            not any(c.dep_ in ("compound", "amod") and is_word(c, lexicon.CIVILIAN_CRAFT_MODIFIERS)
                    for c in noun.children)
        ):
            return noun  # "two bombers landed in Venezuela", "jets patrolling over Estonia", "NATO is
            # sending more jets to Lithuania": there
        if any(c.dep_ in ("amod", "compound") and is_word(c, lexicon.CIVILIAN_CLASH_MODIFIERS) for c in noun.children):
            return None  # "a communal clash"
        # "the conflict in Aleppo / Darfur / Syria" places fighting there, as "the war in" does;
        # a region across countries ("the conflict in the Middle East") names a war
        local_war = is_word(noun, lexicon.LOCAL_WAR_NOUNS) and (
            self.type in ("city", "admin1", "landmark", "country", None)
            or (self.type == "region" and self.place is not None and self.place.country is not None)
        )
        if verb is not None and is_word(noun, lexicon.OWNED_FORCE_EVENTS) and role == "object" and (
            self._state_doing(verb)
        ):
            return noun  # "NATO will step up patrols in the Baltic Sea": a state's or alliance's own patrols
        if is_force_event(noun) or local_war or _military_modifier(noun) is not None:
            if _is_noun(noun) and self._civil_clash(noun):
                return None  # "clashes with police in Bihar": policing, not forces
            if verb is None or _happens(verb) or _reported(verb):
                return noun  # "fighting continued in", "clashes were reported around"
            if role == "subject" and is_word(noun, lexicon.PUSH_NOUNS) and is_word(
                verb, lexicon.PUSH_PROGRESS_VERBS
            ) and not any(
                c.dep_ in ("amod", "compound") and is_word(c, lexicon.NON_MILITARY_PUSH_MODIFIERS)
                for c in noun.children
            ):  # "the counteroffensive made slow progress near X", "the offensive reached X" (not "a charm
                # offensive")
                return noun
            if _military_modifier(noun) is not None and self._fighting_verb(verb):
                return noun  # "an army convoy entered Tikrit": a military unit moving
            if role == "object" and is_word(noun, lexicon.POSITION_NOUNS) and self.span.start > noun.i and (
                _military_modifier(noun) is not None
            ):  # "jets struck ISIS positions at X": the side's positions are there (third set); but a
                # scene set first, "in the province of X, groups shelled positions of ...", is wider
                return noun
            return None
        for fighters in (noun, *noun.conjuncts):
            if is_word(fighters, lexicon.IRREGULAR_FIGHTERS) and verb is not None and (
                self._fighting_verb(verb) or (role == "object" and (_fallen_in_combat(verb) or _struck(noun)))
            ):  # "jets are bombing the militants in the Idlib countryside" (fifth set)
                return fighters
        return None

    def _a_people_as_an_army(self, noun: Token, verb: Token) -> bool:
        """"The Americans landed", "the Germans marched": a plural people-word with "the"
        doing what only armies do (not "Americans landed in Paris for the Games")."""
        index = self._mention_at(noun)
        if index is None or index == self.index or self.context.mentions[index].kind != "demonym":
            return False
        if noun.tag_ not in ("NNPS", "NNS") or not any(d.lower_ == "the" for d in _children(noun, "det")):
            return False
        return lemma_of(verb) in lexicon.ARMY_VERBS

    def _state_doing(self, verb: Token) -> bool:
        """The verb's subject, or the speaker of its pronoun subject, is a state or an alliance:
        "NATO will step up patrols", "NATO said it would step up patrols"."""
        subjects = _children(verb, "nsubj") + self._raised_subjects(verb) + [
            speaker for c in verb.children if (speaker := speaker_of(c)) is not None
        ]  # ("NATO said it would step up patrols": the speaker of the pronoun)
        for subject in subjects:
            index = self._mention_at(subject)
            if index is None or index == self.index:
                continue
            place = self.context.mentions[index].place
            if place is not None and place.type in ("country", "group"):
                return True
        return False

    def _state_moving(self, argument: Token, verb: Token, role: str, place: Token) -> Token | None:
        """A state that enters, invades, advances on or withdraws from a place does it with its
        forces: "Ethiopia entered Somalia", "Russia withdrew from Kherson". Not when the verb
        moves something else ("withdrew its ambassador from Tehran")."""
        if role != "subject" or lemma_of(verb) not in lexicon.STATE_MOVEMENT_VERBS:
            return None
        if any(obj.i != place.i for obj in _children(verb, "dobj")):
            return None
        index = self._mention_at(argument)
        if index is None or index == self.index:
            return None
        mention = self.context.mentions[index]
        if mention.kind != "toponym" or mention.place is None or mention.place.type != "country":
            return None
        return argument

    def _civil_clash(self, verb: Token) -> bool:
        """A clash of police or civilians, with no force or fighters in it: "protesters clashed
        with police in Nairobi", "clashes with police in Bihar" (guidelines: police in
        policing are not military positions); or a fight against fire or disease."""
        if any(is_word(o, lexicon.NON_COMBAT_FOES) for o in _children(verb, "dobj")):
            return True  # "firefighters battled the blaze near X": no fighting at all
        parties = _children(verb, "nsubj", "nsubjpass") + [
            obj for prep in _children(verb, "prep") if prep.lower_ in ("with", "between", "against")
            for obj in _children(prep, "pobj")
        ]
        parties += [p for party in parties for p in party.conjuncts]
        if not parties or any(
            is_force_noun(p) or is_word(p, lexicon.IRREGULAR_FIGHTERS) or self._in_any_mention(p) for p in parties
        ):
            return False
        return any(
            is_word(p, lexicon.POLICE_WORDS) or is_word(p, lexicon.CIVILIAN_CROWD_NOUNS) or _is_policing(p)
            for p in parties
        )

    def _fighting_verb(self, verb: Token) -> bool:
        """Moving, fighting, or launching an offensive: what irregular fighters do as
        forces ("militants entered", "rebels launched an offensive"), unlike an attack."""
        if any(is_word(verb, words) for words in (lexicon.MOVEMENT_VERBS, lexicon.FIGHT_VERBS, lexicon.MOVEMENT_NOUNS)):
            return True
        if lemma_of(verb) in ("remain", "stay") and any(p.lower_ in ("in", "inside") for p in _children(verb, "prep")):
            return True  # "3,000 fighters remained inside Mosul": holding out there
        if lemma_of(verb) == "attack" and any(
            o.lower_ == "other" and any(d.lower_ == "each" for d in o.children) for o in _children(verb, "dobj")
        ):
            return True  # "factions attacking each other": fighting among themselves
        # "launched an offensive", "took up positions": fighters acting as a fighting unit;
        # "attacked border posts", "ambushed an army column": fighting forces (a hotel or a
        # market attacked is a terrorist attack, not a position)
        objects = _children(verb, "dobj")
        objects += [
            q for o in objects for of in _children(o, "prep") if of.lower_ == "of" for p in _children(of, "pobj")
            for q in (p, *p.conjuncts)
        ]  # "took dozens of hostages", "killed scores of police and soldiers"
        if lemma_of(verb) == "use" and any(o.lower_ == "force" for o in objects):
            return True  # "the militias in Tripoli have used force": armed units acting as such
        return any(
            is_force_event(obj) or is_word(obj, lexicon.POSITION_NOUNS)
            or (not _is_policing(obj) and (
                is_word(obj, lexicon.FORCE_SITE_NOUNS) or is_force_noun(obj) or _military_modifier(obj) is not None
            ))
            or (is_word(obj, lexicon.HOSTAGE_NOUNS) and lemma_of(verb) in ("hold", "take", "seize"))
            for obj in objects
        )  # ("rebels held 250 hostages in Wamba": militias taking hostages use force there, sixth set)

    def _located(self, anchor: Token) -> Evidence | None:
        """A place where forces are or a meeting is held, from its preposition up."""
        bearing = _force_event_bearing(anchor)
        if bearing is not None:
            return Evidence("troop_position", bearing, 0.75)
        attachment = self._attachment(anchor)
        if attachment is None:
            return None
        start, word = attachment
        if word == "visit":
            return self._visit_for_meeting(start)
        if word == "from" and _seized_from(start) is not None:
            return None  # "captured from Syria during the war": the side that lost it, not where forces are
        if word == "from" and _reaction_from(start) is not None:
            return None  # "drawing a sharp rebuke from Pyongyang": who reacted, not where forces are
        if word == "from" and _forces_come_from(start):
            return None  # "fighters from the hill towns joined": where they come from, not where they are
        if (word in ("between", "against", "with") or (word == "on" and _war_declared(start))) and _is_war_between(
            start
        ):  # (and "declared war on France": the enemy named, not where it is fought)
            return None  # "the war between Iran and Iraq", "its war against Iraq": the parties, not where
        force = self._force_trigger(start, word)
        if force is not None:
            return force
        if word in lexicon.MEETING_PREPOSITIONS:
            return self._meeting_trigger(start)
        return None

    def _naming_a_border(self, anchor: Token) -> Evidence | None:
        """A place naming a border where forces stand is a troop position: "pushing along
        the **Latakia**-Turkish border", "massed on the **Ukraine** border"; naming any
        other border it only locates something."""
        token = anchor
        if token.dep_ == "npadvmod" and token.i + 1 < token.head.i and token.nbor(1).text in ("-", "–", "—"):
            token = token.head  # "the Latakia-Turkish border": the pair names the border
        if token.dep_ not in ("compound", "nmod", "amod") or not is_word(token.head, lexicon.BORDER_NOUNS):
            return None
        return self._border_role(token.head)

    def _located_through_facility(self, anchor: Token) -> Evidence | None:
        """A town naming a facility is where the facility is: "clashes in the vicinity of
        the **Deir ez-Zor** military airport", "troops stormed a **Mosul** hospital"."""
        if self.type in ("country", "group") or anchor.dep_ not in ("compound", "nmod") or _is_root(anchor):
            return None
        facility = anchor.head
        if facility.tag_ not in ("NN", "NNS") or self._in_any_mention(facility) or acts_for_state(facility):
            return None
        if is_word(facility, lexicon.BORDER_NOUNS):
            return None  # a border is no facility: see _naming_a_border ("a town near the Idlib border")
        located = self._located(self._climb(facility) if facility.dep_ == "pobj" else facility)
        if located is None:
            located = self._located(facility)
        return located if located is not None and located.role == "troop_position" else None

    def _force_trigger(self, start: Token, word: str) -> Evidence | None:
        if word == "patient":
            verb = start.head
            if _denied(verb):
                return None  # "were barred from entering X"
            if is_word(verb, lexicon.INVADE_VERBS):
                return Evidence("troop_position", verb, 0.8)  # "invaded Iraq": only forces invade
            for argument, role in self._arguments(verb):
                found = self._force_in(argument, verb, role)
                if found is None and argument.i != start.i:
                    found = self._state_moving(argument, verb, role, start)
                if found is not None and argument.i != start.i:
                    return Evidence("troop_position", found, 0.8)
            return self._force_above(verb, start)
        return self._force_above(start, None)

    def _force_above(self, start: Token, skip: Token | None) -> Evidence | None:
        for hops, word, child in self._ancestors(start):
            confidence = 0.85 - 0.03 * hops
            if _is_noun(word) and _is_strike(word):
                # "killed in an airstrike by coalition forces in Mosul": struck from afar; but
                # "five soldiers were killed in a bomb attack in Kandahar": the soldiers were there
                victims = _harmed_forces(word)
                return Evidence("troop_position", victims, confidence) if victims is not None else None
            if _is_noun(word) and child.dep_ == "prep" and self._is_meeting_word(word):
                return None  # "forces agreed to meet for peace talks in South Africa": where the talks are
            if _is_noun(word):
                if child.dep_ == "prep" and child.lower_ == "from" and is_word(word, lexicon.PERSON_NOUNS):
                    return None  # "a young man from Kobane was killed by border guards": where he came from
                if child.dep_ == "prep" and child.lower_ in ("in", "at") and _tour_of_service(word):
                    return Evidence("troop_position", word, confidence)  # "a tour of duty in Vietnam"
                if child.dep_ in ("relcl", "acl") and _off_duty_activity(child):
                    return None  # "the Marine, who grew up in Rome": his life, not where forces are
                found = self._force_in(word, None, "")
                if found is not None and word.dep_ == "nsubj" and any(
                    _fires_on_protesters(v) for v in (word.head, *word.head.conjuncts)
                ):
                    return None  # "soldiers in X killed six during protests": policing (eighth set)
                if found is None and is_word(word, lexicon.MOVEMENT_NOUNS):
                    found = self._mover(word)  # "the army's advance on Sirte"
                if found is None and word.dep_ == "pobj" and word.head.lower_ == "of":
                    found = self._force_in(word, word.head.head, "")  # "evacuation of rebels from"
                if found is None and is_word(word, lexicon.ATTACK_NOUNS):
                    found = _aimed_at_forces(word)  # "an attack in X, targeting the army's positions"
                if found is not None:
                    return Evidence("troop_position", found, confidence)
                if child.dep_ == "prep" and child.lower_ in _DOWNED_AT_PREPOSITIONS and word.dep_ in (
                    "dobj", "nsubjpass"
                ) and _military_aircraft_downed(word.head) == word:
                    return Evidence("troop_position", word, confidence)  # "shot down a gunship on the outskirts of X"
                if is_word(word, lexicon.IRREGULAR_FIGHTERS) and word.dep_ == "dobj" and is_word(
                    word.head, lexicon.FORCE_COMMAND_VERBS
                ):
                    return Evidence("troop_position", word, confidence)  # "the group has 2,500 fighters in X"
                if word.dep_ == "nsubj" and _device_on_forces(word):
                    victims = _harmed_forces(word)
                    if victims is not None:
                        return Evidence("troop_position", victims, confidence)  # "a roadside bomb in X killed soldiers"
                if word.dep_ in _ARGUMENT_DEPS and child.dep_ != "relcl" and not _is_person(word):
                    # the place is inside this argument: "a bomb in central Turkey killed protesters"
                    if _armed_side(word) and self._fighting_verb(word.head):
                        # "jihadists in Aleppo launched", "rebel factions in Libya clashed"
                        return Evidence("troop_position", word, confidence)
                    if word.tag_ == "NNS" and not is_word(word, lexicon.GOVERNMENT_NOUNS) and _launches_push(word.head):
                        return Evidence("troop_position", word, confidence)  # "tribesmen in X began an offensive"
                    return None
                if _dates_another_event(word):
                    return None  # "prior to the attack in Aleppo, the army shelled ...": another event's place
                continue
            if not _is_verb(word):
                continue
            if _denied(word):
                return None  # "denied firing shots in X": no forces placed there
            if _fires_on_protesters(word):
                return None  # "border guards opened fire on protesters in X": policing, not a position
            if is_word(word, lexicon.FIGHT_VERBS) and not self._civil_clash(word):
                return Evidence("troop_position", word, confidence)
            if child.dep_ == "prep" and child.i < word.i:
                for partner in word.conjuncts:
                    if partner.i > word.i and _is_verb(partner) and not _has_own_subject(partner) and is_word(
                        partner, lexicon.FIGHT_VERBS
                    ) and not self._civil_clash(partner):
                        # "In El Fasher, fighters looted a market and clashed with troops": a
                        # place put first sets the scene of every verb that shares the subject
                        return Evidence("troop_position", partner, confidence - 0.05)
            if child.dep_ == "prep" and child.lower_ in ("in", "at") and _in_service(word):
                return Evidence("troop_position", word, confidence)  # "served two tours in Iraq"
            if child.dep_ == "prep" and child.lower_ in _DOWNED_AT_PREPOSITIONS:
                downed = _military_aircraft_downed(word)
                if downed is not None:
                    return Evidence("troop_position", downed, confidence)  # "a fighter jet was shot down near X"
            if child.dep_ == "prep" and child.lower_ == "from" and _fires_projectiles(word):
                return Evidence("troop_position", word, confidence)  # "fired rockets ... from southern Lebanon"
            if any(_is_strike(noun) for noun in self._sibling_objects(word, child, frozenset({"in", "by", "during"}))):
                return None  # "killed in rocket attacks by army units on the market of X"
            if _is_be(word) and child.dep_ in ("prep", "acomp"):
                # "clashes are frequent in Dagestan": the place is the copula's own; reached
                # from a clause below ("the war has been a problem, sending refugees into
                # Turkey") the fighting is only the cause
                for argument in _children(word, "nsubj"):
                    found = self._force_in(argument, None, "")
                    if found is not None:
                        return Evidence("troop_position", found, confidence)
            for argument, role in self._arguments(word):
                if skip is not None and argument.i == skip.i:
                    continue
                found = self._force_in(argument, word, role)
                if found is None and hops == 0 and child.dep_ == "prep" and child.lower_ in _STATE_MOVE_PREPOSITIONS:
                    found = self._state_moving(argument, word, role, child)  # "Russia withdrew from Kherson"
                if found is not None:
                    return Evidence("troop_position", found, confidence)
            for attack in _children(word, "dobj"):
                if is_word(attack, lexicon.ATTACK_NOUNS) and not _is_strike(attack) and not (
                    self._in_any_mention(attack)
                ):
                    aimed = _aimed_at_forces(attack)
                    if aimed is not None:
                        return Evidence("troop_position", aimed, confidence)  # "launched an attack at X, targeting"
            lost = self._lost_subject(word)
            if lost is not None:
                return Evidence("troop_position", lost, confidence - 0.05)
            for sibling in self._sibling_objects(word, child, lexicon.FORCE_SIBLING_PREPOSITIONS):
                if _only_dates(sibling, word):
                    continue
                found = self._force_in(sibling, None, "")
                if found is not None:
                    return Evidence("troop_position", found, confidence - 0.05)  # "killed in X during fighting"
            found = self._fighting_at_the_time(word)
            if found is not None:
                return Evidence("troop_position", found, confidence - 0.1)
            if _same_scene(word) and _has_own_subject(word):
                # "two soldiers were killed when militants fired on their vehicle in X": the
                # scene of the harm is where the soldiers were
                victims = _harmed_forces(word)
                if victims is not None:
                    return Evidence("troop_position", victims, confidence - 0.1)
        return None

    def _fighting_at_the_time(self, verb: Token) -> Token | None:
        """Fighting in a clause of the same scene: "14 people were killed in X when fighting
        erupted between the army and rebels" (the fighting is where the killing is)."""
        for clause in _children(verb, "advcl"):
            if not _same_scene(clause):
                continue
            for subject in _children(clause, "nsubj"):
                if is_force_event(subject) and _happens(clause) and not self._in_any_mention(subject):
                    return subject
        return None

    def _mover(self, movement: Token) -> Token | None:
        """Who makes a movement named as a noun: its possessor or its "of"/"by" object
        ("the army's advance", "the withdrawal of troops", "an advance by rebels")."""
        movers = _children(movement, "poss") + [
            obj
            for prep in _children(movement, "prep")
            if prep.lower_ in ("of", "by")
            for obj in _children(prep, "pobj")
        ]
        for mover in movers:
            found = self._force_in(mover, movement, "subject")
            if found is not None:
                return found
        return None

    def _lost_subject(self, verb: Token) -> Token | None:
        """Fighting the parser hung elsewhere: in "forces evacuated Barentu and fighting
        continued in Maidema" the small model makes "fighting" a partner of Barentu and
        leaves "continued" with no subject; the noun just before such a verb is its subject."""
        if _has_own_subject(verb) or verb.i == 0 or not is_word(verb, lexicon.HAPPEN_VERBS) or _is_be(verb):
            return None
        before = verb.nbor(-1)
        if before.tag_ not in ("NN", "NNS") or before.i in self.own:
            return None
        return self._force_in(before, verb, "subject")

    def _sibling_objects(self, verb: Token, child: Token, prepositions: frozenset[str]) -> Iterable[Token]:
        """Objects of the verb's other prepositions: "speaking in Athens at the meeting"."""
        for prep in _children(verb, "prep"):
            if prep.i != child.i and prep.lower_ in prepositions:
                for noun in _children(prep, "pobj"):
                    yield noun
                    yield from noun.conjuncts

    def _is_meeting_word(self, token: Token) -> bool:
        if self._in_any_mention(token) or _is_press_conference(token) or self._things_meeting(token):
            return False
        return is_word(token, lexicon.MEETING_NOUNS) or (_is_verb(token) and is_word(token, lexicon.MEETING_VERBS)) or (
            _meeting_place(token)
        )

    def _things_meeting(self, token: Token) -> bool:
        """"Meet" said of roads, rivers or borders, not people: "the highways meeting in X",
        "where the two rivers meet", "the borders meet at X"."""
        if lemma_of(token) != "meet" and token.lower_ not in ("meeting", "meets", "met"):
            return False
        subjects = _children(token, "nsubj", "compound") + ([token.head] if token.dep_ in ("acl", "relcl") else [])
        return any(
            _is_noun(s) and not self._in_any_mention(s) and (
                is_word(s, lexicon.WAY_NOUNS) or is_word(s, lexicon.BORDER_NOUNS) or is_word(s, lexicon.WATER_WAY_NOUNS)
            )
            for s in subjects
        )

    def _meeting_trigger(self, start: Token) -> Evidence | None:
        for hops, word, child in self._ancestors(start):
            confidence = 0.85 - 0.03 * hops
            if self._is_meeting_word(word):
                return Evidence("meeting_venue", word, confidence)
            if _is_noun(word):
                if child.dep_ == "prep" and child.lower_ in ("in", "at") and (
                    _court_session(word) or _sitting_body(word)
                ) and not self._in_any_mention(word):
                    return Evidence("meeting_venue", word, confidence - 0.05)  # "a bond hearing in X"
                if child.dep_ == "prep" and child.lower_ in ("in", "inside") and is_word(
                    word, lexicon.SITUATION_NOUNS | lexicon.UPHEAVAL_NOUNS
                ) and not self._is_meeting_word(word):
                    return None  # "a summit, with the coups in Niger on the agenda": where the coups are
                if child.dep_ == "prep" and child.lower_ in ("in", "at") and is_word(word, lexicon.ACCORD_NOUNS) and (
                    word.dep_ in ("dobj", "nsubjpass") and is_word(word.head, lexicon.ACCORD_SIGNING_VERBS)
                ):
                    return Evidence("meeting_venue", word.head, confidence - 0.1)  # "signed an agreement in Barbados"
                if word.dep_ in _ARGUMENT_DEPS and child.dep_ != "relcl" and not _is_person(word):
                    return None  # "officials in Ramallah welcomed ... the negotiations"
                if word.dep_ == "pobj" and word.head.lower_ in lexicon.TOPIC_PREPOSITIONS and self._is_meeting_word(
                    word.head.head
                ):
                    return None  # "a meeting on the crisis in Haiti": the place is in the topic
                if word.dep_ == "dobj" and _is_purpose(word.head) and not self._is_meeting_word(word.head) and not (
                    is_word(word, lexicon.ACCORD_NOUNS)
                ):
                    return None  # "met to discuss layoffs in Detroit": the place is in what they met about
                continue
            if not _is_verb(word):
                continue
            if child.dep_ == "prep" and _sits_in_court(word) and not (
                _rules_in_court(word) and self.type in ("country", "group")
            ):  # ("sentenced in Georgia in absentia": the country's courts, not a sitting)
                return Evidence("meeting_venue", word, confidence - 0.05)  # "will stand trial in X"
            if child.dep_ == "prep" and child.lower_ in ("in", "at") and hops == 0:
                # "asked the Court of Justice in The Hague to rule": the parser hung the court's place on the verb
                bodies = [o for o in _children(word, "dobj") if _sitting_body(o) and not self._in_any_mention(o)]
                if self.type in ("city", None):
                    bodies += [
                        s for s in _children(word, "nsubj")
                        if is_word(s, lexicon.LEGISLATURE_NOUNS) and not self._in_any_mention(s)
                    ]  # "the European Parliament voted in Strasbourg": a legislature acting where it sits
                if bodies:
                    return Evidence("meeting_venue", bodies[0], confidence - 0.05)
            if is_word(word, lexicon.MEETING_HOLD_VERBS) or _is_be(word):
                # "talks began at the mission in Geneva", "held talks in Oslo"; not "the
                # board's meeting will center around a toll increase in Boston"
                arguments = [argument for argument, _ in self._arguments(word)]
                if word.dep_ == "acl":
                    arguments.append(word.head)  # "the trial, held in Springfield": the participle's noun
                for argument in arguments:
                    if self._is_meeting_word(argument):
                        return Evidence("meeting_venue", argument, confidence)
                    if (
                        (lemma_of(word) == "hold" and is_word(argument, lexicon.SESSION_NOUNS))
                        or _court_session(argument)
                    ) and not self._in_any_mention(argument):
                        return Evidence("meeting_venue", argument, confidence - 0.05)  # "court was held in X"
            for sibling in self._sibling_objects(word, child, lexicon.MEETING_SIBLING_PREPOSITIONS):
                if self._is_meeting_word(sibling):
                    return Evidence("meeting_venue", sibling, confidence - 0.05)  # "in Athens at the meeting"
            if child.dep_ == "prep" and lemma_of(word) == "sign" and any(
                is_word(argument, lexicon.ACCORD_NOUNS)
                for argument in [a for a, _ in self._arguments(word)] + ([word.head] if word.dep_ == "acl" else [])
            ):
                # "the treaty was signed in Lisbon"; "the agreement, signed in Belfast in 1998": the
                # participle's noun is what was signed
                return Evidence("meeting_venue", word, confidence - 0.1)
            if child.dep_ == "prep" and child.lower_ in ("in", "at") and is_word(
                word, lexicon.ACCORD_REACHING_VERBS
            ) and any(
                is_word(o, lexicon.ACCORD_NOUNS) and not is_word(o, lexicon.TRUCE_NOUNS)
                for o in _children(word, "dobj")
            ):
                return Evidence("meeting_venue", word, confidence - 0.1)  # "negotiators reached a deal in Paris"
            purpose = self._meeting_purpose(word)
            if purpose is not None:
                return Evidence("meeting_venue", purpose, confidence - 0.1)
            if child.dep_ == "prep" and _is_purpose(word) and _children(word, "dobj") and not any(
                self._is_meeting_word(argument) for argument, _ in self._arguments(word)
            ):
                return None  # "met to plan attacks in Ohio" (the parser hung the place on the verb)
            if is_word(word, lexicon.CONVERSE_VERBS) and not _talks_from_afar(word) and any(
                _is_person(person)
                for prep in _children(word, "prep")
                if prep.lower_ in ("to", "with")
                for person in _children(prep, "pobj")
            ):
                return Evidence("meeting_venue", word, confidence - 0.1)  # "will speak to Lavrov in New York"
            if _officials_gathering(word):
                return Evidence("meeting_venue", word, confidence - 0.1)  # "ministers will gather in Oslo"
        return None

    def _meeting_purpose(self, verb: Token) -> Token | None:
        """"flew to Murmansk to meet officials", "arrived in Doha to attend talks"."""
        if not (is_word(verb, lexicon.TRAVEL_VERBS) or is_word(verb, lexicon.ENVOY_VERBS)):
            return None
        for clause in _children(verb, "advcl", "xcomp"):
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
            if self._is_meeting_word(clause) or is_word(clause, lexicon.MEETING_PURPOSE_VERBS):
                return clause
            for argument, _ in self._arguments(clause):
                if self._is_meeting_word(argument):
                    return argument
        return None

    def _visit_for_meeting(self, place: Token) -> Evidence | None:
        """"met with his wife when he visited Ankara", "toured X and met ...": a visit in a
        clause of meeting, or joined to one."""
        visit = place.head
        if visit.dep_ == "advcl" and _same_scene(visit) and self._is_meeting_word(visit.head):
            return Evidence("meeting_venue", visit.head, 0.7)
        for clause in _children(visit, "advcl", "xcomp"):
            if self._is_meeting_word(clause):
                return Evidence("meeting_venue", clause, 0.7)
        for clause in _children(visit, "conj"):
            if self._is_meeting_word(clause) and not _has_own_subject(clause) and not self._placed_elsewhere(clause):
                return Evidence("meeting_venue", clause, 0.65)  # "toured X and met people there"
        return None

    def _placed_elsewhere(self, clause: Token) -> bool:
        """Whether a clause names its own place: "visited X and met troops at Y" met them at Y
        (the "at" on the verb or on whom it met)."""
        return any(
            self._in_any_mention(obj) or self._place_noun(obj)
            for holder in (clause, *_children(clause, "dobj"))
            for prep in _children(holder, "prep") if prep.lower_ in ("in", "at")
            for obj in _children(prep, "pobj")
        )

    def _for_a_meeting(self, hosting: Token, guests: Token) -> bool:
        """Whether guests were hosted for a meeting: "hosted delegates for a week of talks"."""
        return any(
            self._is_meeting_word(word)
            for holder in (hosting, guests) for prep in _children(holder, "prep") if prep.lower_ == "for"
            for word in prep.subtree
        )

    def _venue_by_own_words(self, root: Token, anchor: Token) -> Evidence | None:
        """Meeting words about the place itself: "X, where she attended a conference",
        "Bali was the host of the summit", "Alexandria, location of a conference",
        "the Khasavyurt ceasefire agreement", "a visit to Prague, where he met"."""
        nouns = [anchor, root]
        if root.dep_ in ("compound", "nmod") and self.type not in ("country", "group"):
            facility = root.head
            if facility.tag_ in ("NN", "NNS") and not self._in_any_mention(facility):
                nouns.append(facility)  # "the Leeds hotel where the talks were held": the town the hotel is in
        for noun in nouns:
            where = self._where_clause(noun)
            if where is not None:
                return where
        hosting = self._hosting(anchor)
        if hosting is not None and self._held_elsewhere(hosting):
            return Evidence("actor", hosting, 0.7)  # "Egypt will host talks in Cairo": the host, Cairo the venue
        if hosting is not None:
            for argument, _ in self._arguments(hosting):
                if self._is_meeting_word(argument) or _signing_ceremony(argument):
                    return Evidence("meeting_venue", argument, 0.8)
                if is_word(argument, lexicon.GOVERNMENT_NOUNS) and self._for_a_meeting(hosting, argument):
                    return Evidence("meeting_venue", argument, 0.7)  # "hosted delegates for talks"
        if anchor.dep_ == "pobj" and anchor.head.dep_ == "agent" and is_word(anchor.head.head, frozenset({"host"})):
            # the passive of "Bangkok hosted the summit": "talks hosted by Beijing", "the summit
            # was hosted by Kenya"; what was hosted is the participle's noun or the passive subject
            hosted = anchor.head.head
            patients = _children(hosted, "nsubjpass") + ([hosted.head] if hosted.dep_ == "acl" else [])
            for patient in patients:
                if self._is_meeting_word(patient):
                    return Evidence("meeting_venue", patient, 0.8)
        holders = _children(anchor, "appos")
        verbs = _with_partners(anchor.head) if anchor.dep_ in _SUBJECTS else []
        if anchor.dep_ == "nsubj":
            # "X is the venue", "X became the seat of the county court"
            holders += [a for verb in verbs for a in _attributes(verb)]
        if anchor.dep_ in _SUBJECTS:
            # "X is known as the site of", "X served as the venue for", "X, located ..., was
            # designated as its seat for court": what it is said to be
            holders += [
                p for verb in verbs for word in (verb, *_children(verb, "acomp", "oprd"))
                for prep in _children(word, "prep") if prep.lower_ == "as" for p in _children(prep, "pobj")
            ]
        holders += [partner for holder in holders for partner in holder.conjuncts]
        for holder in holders:
            if _meeting_place(holder) or _seat_of_justice(holder):
                # "X was the meeting place of the assembly", "X was created as the seat of justice"
                return Evidence("meeting_venue", holder, 0.75)
            if is_word(holder, lexicon.VENUE_NOUNS):
                for prep in _children(holder, "prep"):
                    # "the host of the summit", "the venue for new peace talks", "the site of the signing"
                    if prep.lower_ in ("of", "for") and any(
                        self._is_meeting_word(p) or self._signing(p) for p in _children(prep, "pobj")
                    ):
                        return Evidence("meeting_venue", holder, 0.75)
            if holder.i != anchor.i and (is_word(holder, lexicon.VENUE_NOUNS) or self._place_noun(holder)):
                where = self._where_clause(holder)
                if where is not None and where.role == "meeting_venue":
                    return where  # "X is the city where the accord was signed"
        if root.dep_ in ("compound", "nmod") and self.type not in ("country", "group"):
            named = root.head
            if (is_word(named, lexicon.ACCORD_NOUNS) or self._is_meeting_word(named)) and not self._in_any_mention(
                named
            ) and self.type != "water":  # (a sea names what a deal is about: "the Black Sea grain deal")
                return Evidence("meeting_venue", named, 0.7)  # "the Khasavyurt agreement", "the Astana talks"
            if _town_hall(named) and named.text.islower() and named.dep_ == "compound" and _is_noun(named.head):
                return Evidence("meeting_venue", named.head, 0.7)  # "the Orange County town hall meeting"
            if any(_town_hall(c) and c.text.islower() for c in _children(named, "compound")):
                return Evidence("meeting_venue", named, 0.7)  # "the Denver town hall event"
        return None

    @staticmethod
    def _where_clauses(noun: Token) -> list[Token]:
        """The "where" clauses on a noun, with the verbs they complete: in "Prague, where
        he is scheduled to meet ...", "where" hangs on "meet", below "scheduled" ("where
        he is due to hold talks" through the adjective)."""
        found = []
        for relative in _children(noun, "relcl"):
            chain = [relative]
            while len(chain) < 3 and (completing := _completing(chain[-1])):
                chain.append(completing[0])
            if any(w.lower_ == "where" for verb in chain for w in verb.children):
                found += chain
        return found

    def _signing(self, noun: Token) -> bool:
        """The signing of an accord named as a noun: "the signing of the treaty"."""
        return lemma_of(noun) in ("signing", "sign") and _is_noun(noun) and any(
            is_word(p, lexicon.ACCORD_NOUNS) for prep in _children(noun, "prep") if prep.lower_ == "of"
            for p in _children(prep, "pobj")
        )

    def _held_elsewhere(self, hosting: Token) -> bool:
        """Whether the hosting names its own venue: "will host a new round of talks in Cairo"
        (on the verb or on what is hosted)."""
        hosted = [word for thing in _children(hosting, "dobj") for word in thing.subtree if _is_noun(word)]
        holders = [hosting, *hosted]
        return any(
            self._other_mention(place) or (self._place_noun(place) and self._named_by_another(place, set()))
            for holder in holders
            for prep in _children(holder, "prep") if prep.lower_ in ("in", "at")
            for place in _children(prep, "pobj")
        )  # (also "in the Amazon city of Belem": a place noun another mention names)

    def _hosting(self, anchor: Token) -> Token | None:
        """The verb "host" whose subject the place is: "Bangkok hosted", "Bahrain is set to
        host", "Geneva is expected to host", "was chosen to host" (the raised subject)."""
        hosting = anchor.head if anchor.dep_ == "nsubj" else None
        if anchor.dep_ == "nsubjpass" and _children(anchor.head, "xcomp"):
            hosting = anchor.head  # "Bahrain is set to host": the passive of a raising verb
        for _ in range(3):
            if hosting is None or is_word(hosting, frozenset({"host"})):
                break
            hosting = next(iter(_completing(hosting)), None)
        return hosting if hosting is not None and is_word(hosting, frozenset({"host"})) else None

    def _where_clause(self, noun: Token) -> Evidence | None:
        clauses = self._where_clauses(noun)
        # "a trip to Vilnius on Friday, where she met ...": the clause hangs on the
        # time word; it still says where the place before it is.
        verb = noun
        while not _is_root(verb) and not _is_verb(verb):
            verb = verb.head
        for time in verb.subtree:
            if time.i > noun.i and time.ent_type_ in ("DATE", "TIME") and time.dep_ == "pobj":
                clauses += self._where_clauses(time)
        for clause in clauses:
            if self._is_meeting_word(clause):
                return Evidence("meeting_venue", clause, 0.75)
            if lemma_of(clause) == "sign" and any(is_word(a, lexicon.ACCORD_NOUNS) for a, _ in self._arguments(clause)):
                return Evidence("meeting_venue", clause, 0.7)  # "Lisbon, where the accord was signed"
            if _sits_in_court(clause):
                return Evidence("meeting_venue", clause, 0.7)  # "Virginia, where he will stand trial"
            for argument, role in self._arguments(clause):
                force = self._force_in(argument, clause, role)
                if force is not None:
                    return Evidence("troop_position", force, 0.7)
                if self._is_meeting_word(argument):
                    return Evidence("meeting_venue", argument, 0.75)
            for sibling in self._sibling_objects(clause, clause, lexicon.FORCE_SIBLING_PREPOSITIONS):
                force = self._force_in(sibling, None, "")
                if force is not None:
                    return Evidence("troop_position", force, 0.65)  # "where the group fights in ongoing battles"
            for event in (
                e for part in _children(clause, "dobj") for prep in _children(part, "prep") if prep.lower_ == "in"
                for e in _children(prep, "pobj")
            ):
                if is_force_event(event) and not self._civil_clash(event):
                    return Evidence("troop_position", event, 0.65)  # "where the group played a role in battles"
        return None

    # -- actors ---------------------------------------------------------------------

    def _relation_word(self, token: Token) -> bool:
        return not self._in_any_mention(token) and (
            is_word(token, lexicon.RELATION_NOUNS) or (_is_verb(token) and is_word(token, lexicon.RELATION_VERBS))
        )

    def _handed_over(self, verb: Token) -> bool:
        """A verb that hands territory over: "cede", or another verb of handing with a
        state on the other end ("returned to Egypt") or an accord doing it ("sold under
        the treaty", "bought under the terms of the accord")."""
        if not is_word(verb, lexicon.CEDE_VERBS):
            return False
        if lemma_of(verb) == "cede" or self._state_receiving(verb) is not None:
            return True
        if is_word(verb, lexicon.SWAP_VERBS):
            traders = _children(verb, "nsubj") or (_children(verb.head, "nsubj") if verb.dep_ == "xcomp" else [])
            if any(self._other_mention(t) for trader in traders for t in (trader, *trader.conjuncts)):
                return True  # "Britain and Germany agreed to exchange Heligoland for Zanzibar"
        for prep in _children(verb, "prep", "agent"):
            for noun in _children(prep, "pobj"):
                if noun.lower_ == "part":  # "as part of the treaty"
                    noun = next((p for of in _children(noun, "prep") if of.lower_ == "of"
                                 for p in _children(of, "pobj")), noun)
                if is_word(noun, lexicon.ACCORD_NOUNS):
                    return True
        return False

    def _taken_in_turn(self, noun: Token) -> Token | None:
        """A noun the place is said to be, ranked among places taken or handed over: "the
        last portion to be returned", "the first city to be captured", "the only town to
        fall"; an infinitive with no subject of its own whose patient is the noun."""
        for clause in _children(noun, "relcl", "acl"):
            if _has_own_subject(clause) or _children(clause, "dobj") or not any(
                c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
            ):
                continue
            passive = any(c.dep_ == "auxpass" for c in clause.children)
            if passive and (is_word(clause, lexicon.SEIZE_VERBS) or is_word(clause, lexicon.CEDE_VERBS)):
                return clause
            if not passive and lemma_of(clause) == "fall":
                return clause
        return None

    def _names_a_state(self, token: Token) -> bool:
        """Whether a word is another mention naming a country, a state or province, or an alliance."""
        index = self._mention_at(token)
        if index is None or index == self.index:
            return False
        place = self.context.mentions[index].place
        return place is not None and place.type in ("country", "admin1", "group")

    def _joined_to_state(self, verb: Token) -> Token | None:
        """A place that becomes part of another state changes hands: "Guam became part of
        the United States", "was purchased, thereby becoming part of ..." (a clause with no
        subject of its own shares the place's verb); not a town that becomes part of a
        new county."""
        clauses = [verb, *(c for c in _children(verb, "advcl", "conj") if _is_verb(c) and not _has_own_subject(c))]
        for clause in clauses:
            if lemma_of(clause) != "become":
                continue
            for part in _children(clause, "attr"):
                if part.lower_ != "part":
                    continue
                for of in _children(part, "prep"):
                    if of.lower_ == "of" and any(self._names_a_state(p) for p in _children(of, "pobj")):
                        return clause
        return None

    def _state_receiving(self, verb: Token) -> Token | None:
        """The state a place is handed to or from: "returned to **Egypt**", "handed
        back to **China**" (the parser hangs "to" on "back"), "handed over to the **German**
        administration"."""
        backs = [c for c in verb.children if c.dep_ in ("advmod", "prt") and c.lower_ == "back"]
        for prep in [p for holder in (verb, *backs) for p in _children(holder, "prep", "dative")]:
            if prep.lower_ not in ("to", "from"):
                continue
            for obj in _children(prep, "pobj"):
                index = self._mention_at(obj)
                place = self.context.mentions[index].place if index is not None else None
                if place is not None and place.type == "country":
                    return obj
                if is_word(obj, lexicon.GOVERNMENT_NOUNS) and any(
                    c.dep_ in ("amod", "compound") and self._state_mention(c) for c in obj.children
                ):
                    return obj  # "handed over to the German administration": the state's own body
        return None

    def _actor(self, anchor: Token) -> Evidence | None:
        """A place that acts, speaks, owns, or is a party: "Washington hopes", "the
        Kremlin's demands", "Washington asked Hanoi", "between Washington and Moscow"."""
        head = anchor.head
        dep = anchor.dep_
        metonym = self.type != "country" and self.type != "group"
        if dep in ("dobj", "nsubjpass") and _hit_by_disaster(head):
            return None  # "Pakistan was hit by floods": where it happened, no party
        if dep == "pobj" and head.lower_ == "to" and head.head.lower_ == "according" and (
            self.type in ("country", "group") or self._capital()
        ):
            return Evidence("actor", head.head, 0.75, metonym=metonym)  # "according to Kyiv": it speaks
        if dep == "pobj" and head.dep_ == "agent" and (
            self.type in ("country", "group", "landmark") or self._capital() or is_word(head.head, lexicon.SEIZE_VERBS)
        ):  # "annexed by Cambridge": whoever takes a place is a party, whatever its size
            return Evidence("actor", head.head, 0.75, metonym=metonym)  # "rebuffed by the White House"
        if dep == "pobj" and head.lower_ == "by" and _is_noun(head.head) and is_word(head.head, lexicon.TAKING_NOUNS):
            return Evidence("actor", head.head, 0.7, metonym=metonym)  # "agreed to annexation by Los Angeles"
        if dep == "nsubjpass" and not _is_root(anchor):
            # the subject of a passive is what is acted on ("the fort was attacked",
            # "the town is acknowledged as"); a party when addressed as one ("Hanoi was
            # urged to"), and a country or alliance acted on is still a party, less surely
            # ("Iraq was invaded"), where a town is not
            if is_word(head, lexicon.PARTY_OBJECT_VERBS) and (self.type in ("country", "group") or self._capital()):
                return Evidence("actor", head, 0.7, metonym=metonym)  # "Hanoi was urged to"
            if self.type in ("country", "group"):
                return Evidence("actor", head, 0.55)  # "Iraq was invaded"
        elif dep in _SUBJECTS and not _is_root(anchor):
            verb = head
            if is_word(verb, lexicon.AGENT_VERBS) or (
                is_word(verb, lexicon.RAISING_VERBS) and _children(verb, "xcomp", "oprd", "acomp")
            ):
                return Evidence("actor", verb, 0.85, metonym=metonym or self.mention.kind == "toponym")
            if self.type == "landmark":
                return Evidence("actor", verb, 0.7, metonym=True)
            if dep == "nsubj" and self._capital() and not (_is_be(verb) and _children(verb, "attr")) and not is_word(
                verb, lexicon.LYING_VERBS
            ):  # (but "Georgetown, located in the county" is where it lies)
                return Evidence("actor", verb, 0.7, metonym=True)
            attributes = _children(verb, "attr") if dep == "nsubj" and _is_be(verb) else []
            if attributes and not any(
                is_word(a, lexicon.PARTY_NOUNS) or is_word(a, lexicon.GOVERNMENT_NOUNS) or _children(a, "acl", "relcl")
                for a in attributes
            ):  # (but "Spain was the first country to report a case" says what it did)
                return Evidence("other", verb, 0.55)  # "Chad has been the recipient of refugees": what it is
            if dep == "nsubj" and is_word(verb, lexicon.RECEIVING_VERBS) and any(
                is_word(o, lexicon.DISPLACED_NOUNS) for o in _children(verb, "dobj")
            ):
                return Evidence("other", verb, 0.55)  # "Chad has received 600,000 refugees": where they went
            receiving = [v for v in (verb, *_children(verb, "xcomp")) if lemma_of(v) == "receive"]
            if dep == "nsubj" and any(  # ("Henry County stands to receive $36,000")
                o.ent_type_ == "MONEY" or is_word(o, lexicon.FUNDS_NOUNS)
                for v in receiving for o in _children(v, "dobj")
            ):
                return Evidence("actor", verb, 0.6, metonym=metonym)  # "Ohio received $30 million": the government
            if dep == "nsubj" and lemma_of(verb) == "have" and any(
                (_children(held, "nummod") or _counts_cases(held))
                and not acts_for_state(held) and not is_word(held, lexicon.IRREGULAR_FIGHTERS)
                for held in _children(verb, "dobj")
            ):
                # "Lebanon has 1.5 million refugees", "Argentina has the second-highest number of
                # cases": a count in it
                return Evidence("other", verb, 0.55)
            if self.type in ("country", "group"):
                return Evidence("actor", verb, 0.6)
        if dep == "poss":
            if self.type not in ("country", "group") and is_force_event(head):
                return Evidence("troop_position", head, 0.7)  # "during Darayya's clashes"
            if self.type == "country" and is_word(head, lexicon.LOCAL_WAR_NOUNS) and not self._civil_clash(head):
                return Evidence("troop_position", head, 0.65)  # "killed in Syria's conflict", as "the conflict in"
            if (
                is_word(head, lexicon.POSSESSED_BY_GOVERNMENTS) or is_word(head, lexicon.POLICY_NOUNS)
                or acts_for_state(head) or self._relation_word(head) or is_word(head, lexicon.POLITICIAN_NOUNS)
                or any(c.dep_ == "compound" and is_word(c, lexicon.GOVERNMENT_NOUNS) for c in head.children)
            ):  # "the Kremlin's demands", "South Carolina's cigarette tax", "Kentucky's top politicos",
                # "Saigon's command structure"
                return Evidence("actor", head, 0.75, metonym=self.type not in ("country", "group"))
            if self.type in ("country", "group") and (
                is_word(head, lexicon.IRREGULAR_FIGHTERS) or is_word(head, lexicon.BATTLEGROUND_NOUNS)
                or _counts_cases(head) or is_word(head, lexicon.DIRECTION_NOUNS) or _a_firm(head)
            ):  # "Syria's Islamist rebels", "Syria's bloodiest battlegrounds", "Sweden's first case",
                # "Peru's number of cases", "unrest in India's northeast", "China's largest meat
                # processor": in it, not the state acting
                return Evidence("other", head, 0.6)
            if self.type == "landmark":
                return Evidence("actor", head, 0.7, metonym=True)
        if dep == "dobj" and lemma_of(head) == "sue":
            return Evidence("actor", head, 0.7, metonym=metonym)  # "the administration sued Texas": a party to the suit
        if dep == "dobj" and is_word(head, lexicon.PARTY_OBJECT_VERBS) and (
            self.type in ("country", "group") or self._capital()
        ):
            return Evidence("actor", head, 0.7, metonym=metonym)
        if dep == "pobj":
            preposition = head
            word = preposition.lower_
            holder = preposition.head
            if word in ("to", "from") and self.type == "country" and is_word(holder, lexicon.CEDE_VERBS):
                handed = [a for a in holder.children if a.dep_ in ("dobj", "nsubjpass")]
                handed += [p for a in handed for prep in _children(a, "prep") if prep.lower_ == "of"
                           for p in _children(prep, "pobj")]  # "most of the island was returned"
                if any(self._other_mention(a) for a in handed):
                    return Evidence("actor", holder, 0.7)  # "the island was returned to Japan": a party
            if word == "of" and self._holds_under(holder):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "placed under the jurisdiction of Kent County"
            receiving = self._receiving_side(preposition) if word == "to" or (
                word == "into" and is_word(holder, lexicon.INCORPORATING_VERBS)
            ) else None  # (and "was incorporated into China")
            if receiving is not None:
                return Evidence("actor", receiving, 0.7, metonym=metonym)  # "the villages were added to Kent County"
            if word in ("with", "between", "against", "and") and self._relation_word(holder):
                return Evidence("actor", holder, 0.7, metonym=metonym)
            if word in ("with", "between", "and") and _is_border(holder) and _settled_border(holder) is not None:
                return Evidence("actor", _settled_border(holder), 0.65, metonym=metonym)  # "agreed the border with X"
            pressing = is_word(holder, lexicon.PRESSURE_NOUNS) or (
                _is_verb(holder) and any(is_word(o, lexicon.PRESSURE_NOUNS) for o in _children(holder, "dobj"))
            )  # "put pressure on Hanoi", "applied pressure to Tehran": the parser hangs the preposition on the verb
            if word in ("to", "on", "against", "upon") and pressing and (
                self.type in ("country", "group") or self._capital()
            ):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "pressure on Hanoi", "aid to Kyiv"
            if word == "to" and _is_verb(holder) and is_word(holder, lexicon.SUPPLY_VERBS) and any(
                is_word(o, lexicon.MILITARY_EQUIPMENT) or is_word(o, lexicon.FUNDS_NOUNS)
                for o in _children(holder, "dobj")
            ) and (self.type in ("country", "group") or self._capital()):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "supplying drones to Moscow": the buyer
            if word == "between" and len(anchor.conjuncts) and (self._capital() or self.type == "country") and not (
                self._stretch_between(preposition) or is_word(holder, lexicon.SPORTS_EVENT_NOUNS)
            ):  # (but "the match between France and Argentina" is between teams)
                return Evidence("actor", preposition, 0.6, metonym=metonym)
            if word == "of" and (
                is_word(holder, lexicon.GOVERNMENT_NOUNS) or is_word(holder, frozenset({"ally"}))
                or (is_force_noun(holder) and holder.text.islower())
            ):  # "the government of X", "an officer of the army of Virginia" (but "the National Defense
                # Forces of Latakia City" is a local unit's name)
                return Evidence("actor", holder, 0.7, metonym=metonym)
            if word == "from" and _is_verb(holder) and any(
                prep.lower_ in ("to", "into", "under") and is_word(obj, lexicon.HOLDING_NOUNS)
                for prep in _children(holder, "prep") for obj in _children(prep, "pobj")
            ):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "passed from Spanish into British hands"
            if word == "from" and _seized_from(preposition) is not None:
                return Evidence("actor", _seized_from(preposition), 0.7, metonym=metonym)  # "captured from Syria"
            if word == "from" and _reaction_from(preposition) is not None and (
                self.type in ("country", "group") or self._capital()
            ):
                return Evidence("actor", _reaction_from(preposition), 0.7, metonym=metonym)  # "a rebuke from Pyongyang"
            if word == "from" and (is_word(holder, lexicon.STATUS_NOUNS) or _breaks_away(holder)) and (
                self.type in ("country", "group")
            ):
                return Evidence("actor", holder, 0.7)  # "declared independence from Somalia", "broke away from Georgia"
            if word == "of" and is_word(holder, lexicon.REQUEST_NOUNS) and (
                self.type in ("country", "group") or self._capital()
            ):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "at the request of Maputo": Maputo's request
            if word == "to" and holder.lower_ == "loyal" and (self.type in ("country", "group") or self._capital()):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "leaders loyal to Belgrade": their side
            if word in ("on", "upon") and is_word(holder, frozenset({"call"})):
                return Evidence("actor", holder, 0.7, metonym=metonym)  # "called on Turkey"
            if word == "in" and self._own_body(holder):
                return Evidence("actor", holder, 0.65, metonym=metonym)  # "officials in Ohio say"
            charged = (is_word(holder, lexicon.CHARGE_NOUNS) and _is_noun(holder)) or (
                _is_verb(holder) and any(is_word(o, lexicon.CHARGE_NOUNS) for o in _children(holder, "dobj"))
            )
            if word == "in" and charged and self.type in ("country", "admin1"):
                return Evidence("actor", holder, 0.6, metonym=metonym)  # "facing charges in Florida": it prosecutes
            if word == "in" and _is_verb(holder) and preposition.i < holder.i:
                for subject in _children(holder, "nsubj"):
                    if subject.i > preposition.i and self._own_body(subject):
                        # "In Columbus, city firefighters agreed", "In Minnesota, the state's
                        # Health Department announced": the place put first is whose body it is
                        return Evidence("actor", subject, 0.6, metonym=metonym)
        return None

    def _own_body(self, body: Token) -> bool:
        """A government body in the place that acts and that nothing else in the sentence owns:
        "officials in Ohio say", "the health department in Ontario announced"; not "regime
        officials in Sirte", "US officials in Kabul" or "Taliban leaders in Quetta"."""
        subject = body.head if body.dep_ in ("conj", "appos") else body  # "the mayor and county judge in
        # Dallas", "Colonel Ahmed, a senior policeman in Kirkuk, said"
        speaks = subject.dep_ == "nsubj" or (
            subject.dep_ == "pobj" and subject.head.lower_ == "to" and subject.head.head.lower_ == "according"
        ) or (
            subject.dep_ == "pobj" and subject.head.lower_ == "from" and _reaction_from(subject.head) is not None
        ) or (
            subject.dep_ == "pobj" and subject.head.lower_ == "by" and _is_noun(subject.head.head)
        )  # "officials in Ohio say", "according to health officials in Ohio", "criticism from officials in X",
        # "a crackdown by the traffic police in Chengdu" (but "shot by police in X" says where it happened)
        if not (_is_noun(body) and speaks and (is_word(body, lexicon.LOCAL_BODY_NOUNS) or is_police_source(body))):
            return False
        return not any(
            c.dep_ in ("compound", "amod", "poss", "nmod") and not self._in_dateline(c) and (
                self._in_any_mention(c)
                or (c.tag_ in ("NNP", "NNPS") and not is_word(c, lexicon.BODY_FIELD_WORDS))
                or c.ent_type_ in ("NORP", "GPE")
                or (c.ent_type_ == "ORG" and not is_word(c, lexicon.BODY_FIELD_WORDS))
                or is_word(c, lexicon.MILITARY_MODIFIERS) or is_word(c, lexicon.IRREGULAR_FIGHTERS)
                or c.lower_ in ("regime", "opposition", "foreign")
            )
            for c in body.children
        )

    def _in_dateline(self, token: Token) -> bool:
        """Whether a word is the dateline's place, which the parser may hang on the first
        sentence's words ("SEVIERVILLE, Tenn. (AP) Police in Sevierville say")."""
        index = self._mention_at(token)
        return index is not None and self.context.mentions[index].source == "dateline"

    def _holds_under(self, holder: Token) -> bool:
        """"under the control of Venice", "placed under the jurisdiction of Kent County": the
        side whose control or rule a place is under (the controller, a party)."""
        return (
            (is_word(holder, lexicon.HOLDING_NOUNS) or is_word(holder, lexicon.JURISDICTION_NOUNS))
            and holder.lower_ not in ("hand", "hands")
            and holder.dep_ == "pobj"
            and holder.head.lower_ == "under"
        )

    def _receiving_side(self, preposition: Token) -> Token | None:
        """The verb handing land to the place after "to": "the parish was transferred to
        Cumbria", "the villages were added to Kent County", "ceded it to the Crown", "the
        town voted to annex to Logan".  Not people or things sent there ("the prisoners were
        transferred to Paris")."""
        verb = preposition.head
        if verb.lower_ == "back" and verb.dep_ in ("advmod", "prt"):
            verb = verb.head  # "handed back to China"
        if not _is_verb(verb) or not (
            is_word(verb, lexicon.JOIN_TO_VERBS) or is_word(verb, lexicon.INCORPORATING_VERBS)
        ):
            return None
        handed = _children(verb, "dobj", "nsubjpass")
        if not handed and verb.dep_ == "conj":
            handed = _children(verb.head, "dobj", "nsubjpass")  # "it was placed under ... but was returned to"
        if not handed and verb.dep_ == "acl" and verb.tag_ == "VBN":
            handed = [verb.head]  # "residents of land annexed to the city of Salem"
        if not handed and lemma_of(verb) == "annex":
            # "Oakdale voted to annex to Logan": what annexes itself to another is the subject
            handed = _children(verb, "nsubj") or (_children(verb.head, "nsubj") if verb.dep_ == "xcomp" else [])
        handed += [p for h in handed for prep in _children(h, "prep") if prep.lower_ == "of"
                   for p in _children(prep, "pobj")]  # "most of the valley was returned"
        if any(
            self._other_mention(h) or self._place_noun(h) or is_word(h, lexicon.LAND_NOUNS) or h.lower_ == "it"
            for h in handed
        ):
            return verb
        return None

    def _stretch_between(self, between: Token) -> bool:
        """"between A and B" as a stretch of land or sea: on a place noun, a border or
        waters ("the waters between the two states", "a zone between X and Y"), coordinated
        with a place ("in the villages and between X and Y"), or on a verb placed somewhere
        else too ("events held in border areas, and between X and Y"), not on a relation
        ("talks between", "a deal between", "relations soured between")."""
        if between.dep_ == "conj" and between.head.lower_ in lexicon.LOCATIVE_PREPOSITIONS:
            return True
        holder = between.head
        if _is_noun(holder):
            return self._place_noun(holder) or _is_border(holder) or holder.lower_ in lexicon.STRETCH_NOUNS or (
                is_word(holder, lexicon.WAY_NOUNS) and holder.lower_ != "line"
            )  # "a telecoms cable between Finland and Estonia": the way's ends (but "a hot line between")
        if not _is_verb(holder) or is_word(holder, lexicon.RELATION_VERBS) or any(
            self._relation_word(s) for s in _children(holder, "nsubj", "nsubjpass")
        ):
            return False  # "relations soured between A and B"
        return any(
            prep.lower_ in lexicon.LOCATIVE_PREPOSITIONS and any(
                p.ent_type_ not in ("DATE", "TIME") and not p.like_num for p in _children(prep, "pobj")
            )
            for prep in _children(holder, "prep")
        )

    def _capital(self) -> bool:
        return self.type == "city" and self.context.is_capital(self.mention)

    # -- demonyms -------------------------------------------------------------------

    def demonym(self) -> Evidence:
        """A people-word: the state when it names who acts, rules, fights or takes part
        ("**Russian** troops", "**Georgian** officials", "the **Russians** watch");
        otherwise a nationality or origin ("a **Georgian** town", "**Palestinian**
        families", "**Romanian** fowl")."""
        root = self.span.root
        if root.dep_ == "npadvmod" and root.head.lower_ in lexicon.SIDE_PARTICIPLES:
            return Evidence("actor", root.head, 0.8)
        war = self._names_a_war()
        if war is not None:
            return Evidence("other", war, 0.6)  # "the Spanish–American War"
        token = _first_of_list(root)  # "Romanian and Ukrainian fowl"
        if token.dep_ in ("amod", "compound", "nmod") and not _is_root(token):
            head = token.head
            if (self._paired(self.span[-1], head) or self._paired_people_word(head)) and head.dep_ in (
                "amod", "compound", "nmod"
            ) and not _is_root(head):
                head = head.head  # "the Egyptian-US partnership": the pair modifies what follows
            if is_word(head, lexicon.BORDER_NOUNS):
                return self._border_role(head)
            if _held_by_a_state(head):
                return Evidence("actor", head, 0.7)  # "a former Portuguese province": the state that held it
            if self._place_noun(head) or self._in_any_mention(head):
                return Evidence("other", head, 0.7)  # "a Georgian town", "the Syrian capital"
            if is_word(head, lexicon.STATE_MILITARY_SITES) and any(
                c.dep_ == "amod" and c.i < token.i and _is_compass(c) for c in head.children
            ):
                return Evidence("other", head, 0.6)  # "a northern Dutch airbase": where it is, like a town
            if acts_for_state(head) or (head.dep_ == "compound" and acts_for_state(head.head)):
                return Evidence("actor", head, 0.8)
            title = next(
                (
                    t
                    for t in head.subtree
                    if t.i < head.i and t.dep_ == "compound" and t.i not in self.own
                    and (is_word(t, lexicon.GOVERNMENT_NOUNS) or (t.text.istitle() and is_force_noun(t)))
                ),
                None,
            )
            if title is not None:
                return Evidence("actor", title, 0.75)  # "Iraqi Major General Hussein Mansour", "a Syrian Air Force jet"
            if is_word(head, lexicon.WAR_NOUNS):
                return Evidence("other", head, 0.6)  # "the Syrian conflict": a war's name
            if is_word(head, lexicon.SEIZE_NOUNS) and any(p.lower_ == "of" for p in _children(head, "prep")):
                # "the Israeli occupation of the West Bank", "the Spanish Conquest of the Philippines": the
                # side taking it (but "the Japanese Occupation (1942-1944)" names a period)
                return Evidence("actor", head, 0.7)
            if is_word(head, lexicon.HOLDING_NOUNS):
                return Evidence("actor", head, 0.7)  # "into Russian hands", "under British rule"
            if self._relation_word(head):
                return Evidence("actor", head, 0.6)  # "Russian-Ukrainian talks"
            return Evidence("other", head, 0.55)
        if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in lexicon.PEOPLE_QUANTIFIERS for c in token.children):
            return Evidence("other", None, 0.6)  # "48.7 million Americans", "many Syrians": people, not the state
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
            return Evidence("other", None, 0.6)  # "how can a Lebanese kill a Syrian": one person's nationality
        if token.dep_ in ("nsubj", "poss") or (token.dep_ == "pobj" and token.head.dep_ == "agent"):
            return Evidence("actor", token.head, 0.7)
        if token.dep_ == "pobj" and token.head.lower_ == "by":
            holder = token.head.head
            pushes = [holder] if _is_noun(holder) else _children(holder, "dobj") if _is_verb(holder) else []
            push = next((p for p in pushes if is_force_event(p) or is_word(p, lexicon.PUSH_NOUNS)), None)
            if push is not None:  # (the parser may hang "by" on the verb: "stopped an advance by")
                return Evidence("actor", push, 0.7)  # "an advance by the Japanese": the people's forces
        if token.dep_ == "nsubjpass" and is_word(token.head, lexicon.HARM_VERBS):
            return Evidence("other", token.head, 0.6)  # "the Palestinians were killed at a protest": people harmed
        actor = self._actor(token)
        if actor is not None:
            return actor
        if token.dep_ == "dobj" and is_word(token.head, lexicon.PARTY_OBJECT_VERBS):
            return Evidence("actor", token.head, 0.7)
        return Evidence("other", None, 0.5)

    def _paired_people_word(self, head: Token) -> bool:
        """"Israeli-Egyptian peace" where recognition kept only the first: the word after the
        dash is a people-word too, so the pair modifies what follows."""
        between = self.span.doc[self.span[-1].i + 1 : head.i]
        return (
            head.i > self.span[-1].i
            and len(between) == 1
            and between[0].text in ("-", "–", "—", "/")
            and self.context.is_demonym(head.text)
        )

    def _border_role(self, border: Token) -> Evidence:
        """A place naming a border: a troop position when a force is at the border, else
        it only says where something is ("lived near the Chile-Argentina border")."""
        located = self._located_border(border)
        return located if located is not None else Evidence("other", border, 0.6)

    def _located_border(self, border: Token) -> Evidence | None:
        """"the Turkish border" where forces stand is a troop position; one that only
        locates a place ("a city near the Turkish border") is not."""
        anchor = self._climb(border)
        disputed = None
        if anchor.dep_ in ("dobj", "nsubjpass") and is_word(anchor.head, lexicon.SEIZE_VERBS):
            disputed = anchor.head
        if disputed is not None:
            for argument, role in self._arguments(disputed):
                if self._force_in(argument, disputed, role) is not None:
                    return Evidence("troop_position", argument, 0.7)
        if self._reference(anchor, set(self.own)):
            return None
        located = self._located(anchor)
        if located is not None and located.role == "troop_position":
            return located
        return None
