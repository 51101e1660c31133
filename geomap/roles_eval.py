"""Measuring place roles (issue 4): the hand-annotated role set and event locations.

Two instruments, both running the real pipeline (``pipeline.map_articles``):

- the role set (``tests/roles/roles.jsonl``, see its GUIDELINES.md): each gold
  mention is matched to the mention geomap found on the same span, and the
  roles are scored per role (precision, recall, F1), macro-averaged over the
  five roles, with a confusion matrix.  A gold mention geomap did not find is a
  recognition miss: it is counted apart, and the role scores are given both
  over the found mentions and with the misses counted as wrong;
- event locations (``../shared/eval/event_location.jsonl``): given a sentence and
  its event trigger, ``event_location`` picks the place mention the event is
  attached to, from the dependency parse; the pick is right when it overlaps a
  gold toponym, or when there is none and nothing is picked.

The metric functions are pure, so they can be checked on hand-made cases.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import lexicon
from .errors import InputError
from .evaluate import f1_score, ratio, spans_overlap
from .learned import LinearModel
from .model import ROLES, Article, Mention, Place
from .nlp import lemma_of
from .paths import DATA_DIR
from .roles import RoleContext, is_police_source, is_word, only_locates

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer

#: The confusion matrix's extra column: a gold mention geomap did not find.
NOT_FOUND = "not found"


# --------------------------------------------------------------------------- span matching


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> list[int | None]:
    """For each gold span, the index of the predicted span it is matched to, or None.

    One to one: exact matches first, then overlaps, the largest overlap first
    (ties to the earlier span), so "Garland, Tex." predicted as one span matches
    gold "Garland" and leaves gold "Tex." unmatched rather than counting one
    prediction twice.
    """
    matched: list[int | None] = [None] * len(gold)
    used: set[int] = set()
    for g, span in enumerate(gold):
        for p, candidate in enumerate(predicted):
            if p not in used and candidate == span:
                matched[g] = p
                used.add(p)
                break
    pairs = []
    for g, span in enumerate(gold):
        if matched[g] is not None:
            continue
        for p, candidate in enumerate(predicted):
            if p not in used and spans_overlap(span, candidate):
                overlap = min(span[1], candidate[1]) - max(span[0], candidate[0])
                pairs.append((-overlap, g, p))
    for _, g, p in sorted(pairs):
        if matched[g] is None and p not in used:
            matched[g] = p
            used.add(p)
    return matched


# --------------------------------------------------------------------------- role scores


@dataclass(frozen=True)
class RoleScores:
    """Per-role precision, recall and F1 from (gold role, predicted role) pairs.

    ``confusion[gold][predicted]`` counts pairs; a predicted role of
    ``NOT_FOUND`` (a recognition miss) is a false negative for the gold role
    and a false positive for none.  Macro-F1 is the unweighted mean of the
    five roles' F1 (a role with no gold and no prediction has none and is left
    out of the mean).
    """

    confusion: dict[str, dict[str, int]]

    def _column(self, role: str) -> int:
        return sum(row.get(role, 0) for row in self.confusion.values())

    def support(self, role: str) -> int:
        """Gold mentions of ``role``."""
        return sum(self.confusion.get(role, {}).values())

    def predicted(self, role: str) -> int:
        return self._column(role)

    def correct(self, role: str) -> int:
        return self.confusion.get(role, {}).get(role, 0)

    def precision(self, role: str) -> float | None:
        return ratio(self.correct(role), self.predicted(role))

    def recall(self, role: str) -> float | None:
        return ratio(self.correct(role), self.support(role))

    def f1(self, role: str) -> float | None:
        if self.support(role) == 0 and self.predicted(role) == 0:
            return None
        return f1_score(self.precision(role) or 0.0, self.recall(role) or 0.0)

    @property
    def total(self) -> int:
        return sum(self.support(role) for role in ROLES)

    @property
    def accuracy(self) -> float | None:
        return ratio(sum(self.correct(role) for role in ROLES), self.total)

    @property
    def macro_f1(self) -> float | None:
        scores = [f for f in (self.f1(role) for role in ROLES) if f is not None]
        return sum(scores) / len(scores) if scores else None

    def to_json(self) -> dict[str, Any]:
        return {
            "roles": {
                role: {
                    "support": self.support(role),
                    "predicted": self.predicted(role),
                    "precision": self.precision(role),
                    "recall": self.recall(role),
                    "f1": self.f1(role),
                }
                for role in ROLES
            },
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "confusion": self.confusion,
        }


def score_roles(pairs: Iterable[tuple[str, str]]) -> RoleScores:
    """Role scores from (gold role, predicted role or ``NOT_FOUND``) pairs."""
    confusion: dict[str, dict[str, int]] = {role: {} for role in ROLES}
    for gold, predicted in pairs:
        if gold not in ROLES:
            raise ValueError(f"unknown gold role {gold!r}")
        if predicted not in ROLES and predicted != NOT_FOUND:
            raise ValueError(f"unknown predicted role {predicted!r}")
        row = confusion[gold]
        row[predicted] = row.get(predicted, 0) + 1
    return RoleScores(confusion=confusion)


# --------------------------------------------------------------------------- the role set


@dataclass(frozen=True)
class GoldRole:
    """One annotated mention of the role set: where it is and what it is in the story."""

    id: str
    doc_id: str
    corpus: str
    sentence: str
    sentence_start: int
    start: int
    end: int
    text: str
    role: str
    note: str = ""

    @property
    def span(self) -> tuple[int, int]:
        """Offsets in the sentence, which is what geomap is run on."""
        return (self.start, self.end)

    @property
    def doc_span(self) -> tuple[int, int]:
        """Offsets in the corpus document."""
        return (self.sentence_start + self.start, self.sentence_start + self.end)


def _jsonl_lines(source: Path, what: str) -> Iterator[tuple[str, str]]:
    """The non-blank lines of a JSONL file, each with its "file:line" for messages.
    Only "\n" ends a record: str.splitlines() would also split on U+2028 inside texts."""
    try:
        lines = source.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {what}{source}: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if line.strip():
            yield f"{source}:{number}", line


def read_role_set(path: str | Path) -> list[GoldRole]:
    """The role set's mentions, checked: offsets give the text, roles are known, ids unique."""
    source = Path(path)
    mentions: list[GoldRole] = []
    seen: set[str] = set()
    for where, line in _jsonl_lines(source, "role set "):
        try:
            record = json.loads(line)
            mention = GoldRole(
                id=str(record["id"]),
                doc_id=str(record["doc_id"]),
                corpus=str(record["corpus"]),
                sentence=record["sentence"],
                sentence_start=int(record["sentence_start"]),
                start=int(record["start"]),
                end=int(record["end"]),
                text=record["text"],
                role=record["role"],
                note=str(record.get("note", "")),
            )
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{where}: not a role-set record ({type(exc).__name__}: {exc})") from None
        if mention.sentence[mention.start : mention.end] != mention.text:
            raise InputError(f"{where}: sentence[{mention.start}:{mention.end}] is not {mention.text!r}")
        if (record.get("doc_start"), record.get("doc_end")) != mention.doc_span:
            raise InputError(f"{where}: doc_start/doc_end disagree with sentence_start + start/end")
        if mention.role not in ROLES:
            raise InputError(f"{where}: unknown role {mention.role!r}")
        if mention.id in seen:
            raise InputError(f"{where}: duplicate id {mention.id!r}")
        seen.add(mention.id)
        mentions.append(mention)
    if not mentions:
        raise InputError(f"role set has no mentions: {source}")
    return mentions


@dataclass(frozen=True)
class RoleOutcome:
    """A gold mention and the mention geomap found on its span (None: not found)."""

    gold: GoldRole
    predicted: Mention | None

    @property
    def predicted_role(self) -> str:
        return self.predicted.role if self.predicted is not None else NOT_FOUND

    @property
    def exact(self) -> bool:
        return self.predicted is not None and (self.predicted.start, self.predicted.end) == self.gold.span


@dataclass(frozen=True)
class UnannotatedMention:
    """A mention geomap found in a role-set sentence where no gold mention is."""

    sentence: str
    mention: Mention


@dataclass(frozen=True)
class RoleReport:
    """Outcomes on the role set and their scores.

    ``found`` scores the roles of the mentions geomap found (the role rules
    alone); ``end_to_end`` also counts every recognition miss as a wrong answer.
    """

    outcomes: tuple[RoleOutcome, ...]
    unannotated: tuple[UnannotatedMention, ...]
    sentences: int

    @property
    def found(self) -> RoleScores:
        return score_roles((o.gold.role, o.predicted_role) for o in self.outcomes if o.predicted is not None)

    @property
    def end_to_end(self) -> RoleScores:
        return score_roles((o.gold.role, o.predicted_role) for o in self.outcomes)

    @property
    def misses(self) -> tuple[RoleOutcome, ...]:
        return tuple(o for o in self.outcomes if o.predicted is None)


def _sentence_key(mention: GoldRole) -> tuple[str, int, str]:
    return (mention.doc_id, mention.sentence_start, mention.sentence)


#: The two halves of the role set: rules are developed reading errors on the
#: dev half only; the held-out half measures how well they carry over.
HALVES = ("dev", "held-out")


def split_outcomes(outcomes: Sequence[RoleOutcome]) -> dict[str, list[RoleOutcome]]:
    """Outcomes by half (``dev``, ``held-out``), by the gold mentions' sentence order."""
    gold = [o.gold for o in outcomes]
    order: dict[tuple[str, int, str], int] = {}
    for item in gold:
        order.setdefault(_sentence_key(item), len(order))
    halves: dict[str, list[RoleOutcome]] = {half: [] for half in HALVES}
    for outcome in outcomes:
        halves[HALVES[order[_sentence_key(outcome.gold)] % 2]].append(outcome)
    return halves


def found_scores(outcomes: Iterable[RoleOutcome]) -> RoleScores:
    """Role scores over the outcomes whose gold mention geomap found."""
    return score_roles((o.gold.role, o.predicted_role) for o in outcomes if o.predicted is not None)


def evaluate_role_set(
    gold: Sequence[GoldRole], *, gazetteer: Gazetteer | None = None, workers: int = 1
) -> RoleReport:
    """Run geomap on each annotated sentence alone and match its mentions to the gold ones."""
    from .pipeline import map_articles

    by_sentence: dict[tuple[str, int, str], list[GoldRole]] = defaultdict(list)
    for mention in gold:
        by_sentence[_sentence_key(mention)].append(mention)
    keys = list(by_sentence)
    articles = [Article(text=sentence, id=f"{doc_id}@{start}") for doc_id, start, sentence in keys]
    outcomes: dict[str, RoleOutcome] = {}
    unannotated: list[UnannotatedMention] = []
    for key, situation in zip(keys, map_articles(articles, gazetteer=gazetteer, workers=workers), strict=True):
        golds = by_sentence[key]
        predicted = situation.mentions
        matched = match_spans([g.span for g in golds], [(m.start, m.end) for m in predicted])
        for mention, index in zip(golds, matched, strict=True):
            outcomes[mention.id] = RoleOutcome(mention, predicted[index] if index is not None else None)
        used = {index for index in matched if index is not None}
        unannotated += [UnannotatedMention(key[2], m) for i, m in enumerate(predicted) if i not in used]
    return RoleReport(
        outcomes=tuple(outcomes[m.id] for m in gold),
        unannotated=tuple(unannotated),
        sentences=len(keys),
    )


# --------------------------------------------------------------------------- event location

#: Prepositions that put an event somewhere: geomap's locative ones and a few
#: more that name where something happened or passed ("throughout the region",
#: "off the coast", "airstrikes over Aleppo", "marched through Cairo").  "from"
#: is left out: it names an origin more often ("refugees from Syria").
EVENT_PREPOSITIONS = lexicon.LOCATIVE_PREPOSITIONS | frozenset(
    {"throughout", "off", "outside", "near", "inside", "over", "through", "above", "toward", "towards"}
)

#: Dependencies by which a place word modifies the noun it belongs to, so
#: that it is located where that noun is: "a Mogadishu cafe", "Nablus, a city",
#: "Brussels and Vienna".
_MODIFIER_DEPS = {"compound", "appos", "conj", "nmod"}

#: Direct arguments that make a place the thing the event happens to:
#: "captured Das", "Das was seized".
_PATIENT_DEPS = {"dobj", "nsubjpass", "attr", "oprd"}

#: Links by which the parser hangs a name it did not see naming the noun before it:
#: "in the capital Tamarind Sunday" (Tamarind as an adverbial of the verb).
_STRAY_NAME_DEPS = {"npadvmod", "advmod", "appos", "dep", "dobj", "conj"}

#: Place types that are never where an event happens (alliances, bodies).
_NOT_LOCATIONS = {"group"}

#: Links that open a new clause, as ``situation`` counts them: a place in
#: another clause is usually where another event happened ("killed ...
#: after the air force struck positions in Idlib").
_CLAUSE_DEPS = {"relcl", "ccomp", "advcl", "pcomp", "xcomp", "acl", "csubj", "parataxis"}

#: Clause openers that describe the same event as the word they hang on:
#: "killed when fighters attacked a centre in Piranshahr".
_SAME_EVENT_MARKERS = {"when", "while", "as"}

#: Nouns for a violent event: a relative clause on one says where it happened ("in a
#: blast that tore through a market in X").
_EVENT_NOUN_WORDS = lexicon.ATTACK_NOUNS | lexicon.STRIKE_NOUNS | lexicon.FORCE_EVENTS | frozenset(
    "explosion blast ambush bombing assault clash".split()
)

#: Nouns for a long, wide conflict: a place it is "in" ("the war in X") says where the
#: whole war is, not where one event of it happened, so it is no event location.
_WAR_NOUNS = frozenset("war conflict crisis".split())

#: Verbs whose object is a place or a person alike: "captured the town", "captured the rebel chief".
_CAPTURE_VERBS = frozenset({"capture"})

#: What is "captured" without being seized anywhere: a prize won ("captured the title"), a
#: mood or attention drawn ("captured the public's imagination"), or pictures and headlines
#: ("captured pictures of the flood", "captured the headlines").
_PRIZE_NOUNS = frozenset(
    "title crown medal trophy cup prize award championship pulitzer wicket race match game gold silver bronze"
    " nomination mood imagination attention heart spirit essence coverage prix image images footage picture pictures"
    " photo photos photograph photographs page pages headline headlines".split()
)

#: Verbs of protest and of judging: what they are against or judge is a grievance, with its
#: own places ("protested against the strikes on X", "condemned the massacre in X").
_PROTEST_VERBS = frozenset(
    "protest demonstrate rally condemn denounce criticize criticise deplore accuse blame praise welcome".split()
)

#: How a protest or a judgement names its grievance: "protested against X", "protested over
#: X", "protested X", "accused them of X", "blamed them for X".
_GRIEVANCE_DEPS = {"dobj"}
_GRIEVANCE_PREPOSITIONS = frozenset("against over of for".split())

#: Prepositions of place that may hang on the grievance or on the protest alike.
_AMBIGUOUS_PREPOSITIONS = frozenset("in at around near outside inside".split())

#: Words that name some of the things a noun stands for: "three towns, including X".
_EXAMPLE_PREPOSITIONS = frozenset({"including", "like"})

#: Nouns of winning: what they are "over" is the opponent, not a place below ("airstrikes over X").
_WIN_NOUNS = frozenset("victory win triumph decision".split())

#: Prepositions before a gerund that tells how or amid what the event happened.
_GERUND_PREPOSITIONS = frozenset("by during in amid".split())

#: Prepositions before a gerund that tells what was done just before the event, where it found
#: them ("shot after leaving a cafe in X", "captured after being wounded near X", "upon
#: entering X, troops ..."), short of a span of time between ("two days after crossing into X").
_JUST_BEFORE_PREPOSITIONS = frozenset("after upon".split())

#: Verbs of driving someone out: what they are driven "from" is where they were, and where
#: the event happened ("ousted the garrison from X"); not "captured it from Syria" (whose).
_EXPEL_VERBS = frozenset("drive oust expel evict flush dislodge".split())

#: Verbs of a march setting out: where it sets out "from" is on its route ("marched from X").
_SETTING_OUT_VERBS = frozenset("march infiltrate".split())

#: Verbs of belief and report: a clause under them ("is believed to be held in Gaza") is
#: what is believed, not part of the event.
_BELIEF_VERBS = frozenset("believe think expect say report allege know consider suspect fear understand".split())

#: Prepositions that put an event only near a place: a place under one gives way
#: to a place the event is in ("in Yathrib" over "north of Baghdad").
_APPROXIMATE_PREPOSITIONS = {"near", "outside", "around", "off", "beyond"}

#: Prepositions of place also written with "of": "inside of X", "outside of X".
_OF_PLACES = frozenset("inside outside".split())

#: How a place is used when it is only near the event: by an approximate preposition
#: ("near Kandahar") or by a bearing from it ("40 km north of Baghdad").
_APPROXIMATE = {"near", "bearing"}

#: Prepositions of a path or destination: in a clause of purpose or manner below
#: the event ("trying to flee to Switzerland") they name where someone was going.
_PATH_PREPOSITIONS = {"to", "into", "toward", "towards", "through", "across", "over", "along"}

#: Prepositions of a destination: where someone or something was taken or went.
_DESTINATION_PREPOSITIONS = {"to", "into", "toward", "towards"}

#: A verb coordinated with the trigger's clause ranks just after the clause itself:
#: "burned a shop in Tamarind and looted a depot in Oduya" (looted), unless
#: the two share their arguments ("shot and wounded two guards in X").
_CONJUNCT = 0.5

#: How small a kind of place is: an approximate place ("near Kandahar") still wins
#: over a larger one the event is "in" ("in southern Afghanistan").
_SIZE = {"country": 0, "group": 0, "admin1": 1, "region": 1, "water": 1, "city": 2, "landmark": 3, "": 3}

#: Nouns a place may own and still be where they are: "Liberia's capital",
#: "along Syria's northern border", "the Homs Governorate's eastern countryside", its
#: quarters ("a raid in the province's south", "riots in the port's east end"), its shores
#: ("boats guard the island's coastline"), and public sites in it ("at Nairobi's main airport",
#: "patrolled Latvia's skies", "a sit-in at the state's parliament", "a fire at the port's
#: refinery").  Not embassies or bases: "Israel's embassy", "Russia's base" say whose, not where.
_OWNED_PLACE_NOUNS = lexicon.PLACE_NOUNS | lexicon.BORDER_NOUNS | lexicon.REGION_PART_NOUNS | frozenset(
    "airport street avenue square park market bazaar station port harbour harbor bridge church mosque cathedral"
    " temple shrine hospital prison court university stadium hotel belt outskirt suburb quarter road highway"
    " thoroughfare slum sky skies airspace waters seawaters coastline end north south east west runway refinery"
    " installation facility parliament".split()
)


def event_location(
    doc: Doc, trigger: tuple[int, int], mentions: Sequence[Mention], *, ranker: LinearModel | str | None = "default"
) -> Mention | None:
    """The place mention an event is located at, or None when no mention is used as its location.

    ``trigger`` is the character span of the event word in ``doc``; ``mentions``
    are geomap's mentions of the same text.  A mention is a candidate when

    - the parse uses it as a location: it (or the noun it modifies: "a
      Mogadishu cafe", "the city of Nablus") is the object of a locative
      preposition ("killed in Donetsk") or a patient ("captured Das").
      Agents ("Israel attacked"), possessors, demonyms and alliances are not
      places where something happens;
    - it belongs to the event's scope: its path up the tree reaches the
      trigger, a verb coordinated with it, or the head of a clause the
      trigger sits in ("Shelling hit a trolleybus in Donetsk, killing 8":
      "killing" happens where "hit" does), without entering another clause,
      except a participle or a "when" clause that describes the same event
      ("a bomb targeting a train in Pakistan killed five").

    The candidate in the innermost scope wins (the trigger's own clause
    first, then verbs coordinated with it, then the clauses above), and in it
    a place hanging directly in the clause over one inside a clause below it,
    and a place the verb puts the event at over one that only describes a person
    or thing that is its subject ("a nurse from a clinic in X was arrested in **Y**");
    then a place that only locates another one ("the **West Bank** city of
    Nablus", "a village in **Lower Shabelle**", "Garland, **Tex.**", and an
    approximate place, "north of **Baghdad**", beside a precise one no larger, and
    a place "in" right after another no larger, "the village of X in northern **Y**")
    gives way to the place it locates (a place a bearing is taken from gives way first,
    to any place no larger in any clause); then the smaller place ("in Kandahar,
    ... killed in Maiwand district"); then the one fewest links below the
    scope, then the nearest in words.  A trigger in a relative clause on a
    place ("Aceh, which was raided") is located at that place.  A place in an
    attribution ("according to a source in Aleppo") is where the source is, and one in a
    phrase put first that sets another event beside this one ("In addition to their raid
    on X, ...", "Following the assault in X, ...") is that event's.
    Names recognition did not keep compete too, where the parse plainly uses
    them as places (``unfound_names``): "killed in the **Bab Sbaa** district".
    Not places of the event: where a whole war is ("the war in X"), an opponent ("a
    win over X"), and a bare unknown name that was captured, the captive, beside a
    place the capture is at, nor where a verb coordinated after the event took someone
    ("captured and shipped to X") or what became of a captive ("captured and held at
    X"), and what a protest is against ("protested against the strikes on X"); a
    capture of a prize or a mood ("captured the title in X") is no event at a place at
    all.  When no place is used in the scope, one in a relative clause on a participant
    says where the event found them ("shot a man who had opened fire in X"); a place
    naming a building the event befalls ("the X opera house burned down") is the last
    resort.  So is a town whose own police or residents do the event ("Tamarind police
    shot a man"), as they act at home.  With no candidate at all, a bare "the town", "this
    village" used as the event's place refers back to the place named before it.

    Which candidate wins: by default a small learned ranker (``data/event_ranker.json``,
    see ``event_candidates`` for what it reads) weighs the rule order above together
    with the parse evidence; ``ranker=None`` keeps the rule order alone, and a
    ``LinearModel`` may be given in place of the shipped one.
    """
    found = event_candidates(doc, trigger, mentions)
    if not found.items:
        return found.fallback
    if ranker is None:
        return found.items[0].mention
    if isinstance(ranker, str):
        if ranker != "default":
            raise ValueError(f"unknown ranker {ranker!r}: 'default', None or a LinearModel")
        ranker = event_ranker()
    return found.pick(ranker)


def event_candidates(doc: Doc, trigger: tuple[int, int], mentions: Sequence[Mention]) -> EventCandidates:
    """The places ``event_location`` chooses among, in rule order, each with what a ranker reads.

    The rules (``event_location``'s docstring) give each candidate a sort key; the first
    in key order is the rules' pick.  Each candidate also carries named features: the
    key's parts, its place in the rule order, and parse evidence (how it is used as a
    place, its preposition and dependency label, the trigger's lemma with that
    preposition, the place's type).  ``none_features`` describe the group as a whole,
    for a ranker that may also pick nothing.  With no candidate, ``fallback`` is the
    place a bare "the town" refers back to, if any.
    """
    span = doc.char_span(trigger[0], trigger[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return EventCandidates((), None, frozenset())
    if _capture_of_a_prize(span.root) or _shows_something(span.root):
        return EventCandidates((), None, frozenset())
    scope = _event_scope(span.root)
    mentions = [*mentions, *unfound_names(doc, mentions)]
    spans = [_without_trailing_stop(doc.char_span(m.start, m.end, alignment_mode="expand")) for m in mentions]
    context = _role_context(mentions, spans)
    mentioned = {token.i for words in spans if words is not None for token in words}
    antecedent = _relative_antecedent(span.root, mentioned)
    if antecedent is not None:
        antecedent = _named_place_before(antecedent, mentioned)
    candidates = []
    captives: set[int] = set()
    described: set[int] = set()
    anchors: dict[int, Token] = {}
    evidence: dict[int, tuple[Token, Token | None, str]] = {}
    for index, (mention, words) in enumerate(zip(mentions, spans, strict=True)):
        if mention.kind != "toponym" or (mention.place is not None and mention.place.type in _NOT_LOCATIONS):
            continue
        if words is None or len(words) == 0 or spans_overlap((words.start, words.end), (span.start, span.end)):
            continue
        if all(is_word(t, _FAITH_WORDS) for t in words):
            continue  # "a Shia quarter": a faith, whatever recognition took it for
        if mention.source == "embedded" and _in_a_body_name(words.root):
            continue  # "struck the Islamic State of Iraq": the body, wherever it was struck
        if not any(t.text[:1].isupper() for t in words):
            continue  # "the island's west coast", "the highland city of X": common words name no place
        country = mention.place is not None and mention.place.type == "country"
        anchor = _location_anchor(words.root, country=country)
        local = None if country else _local_people_level(words.root, scope)
        if mention.metonym and local is None and (
            anchor is None or anchor[1] == "patient" or anchor[0].i == words.root.i
        ) and not _police_source_in(words.root):
            continue  # "Washington asked Hanoi": a government, not a place; but "outside a Karachi court", and
            # "a police source in Ramadi said", which says where the source is, as any source's place
        if antecedent is not None and words.start <= antecedent.i < words.end:
            level: tuple[float, int, bool, bool] | None = (0, 1, False, False)  # "Aceh Province, which ... was raided"
            how = "at"
        elif local is not None:
            level, how = (local, 1, False, False), "at"  # "Tamarind police shot a man": at home, failing a place
            described.add(index)
        elif anchor is None:
            continue
        else:
            level = _scope_level(words.root, scope)
            how = anchor[1]
            if level is None and how in _PARTICIPANT_PLACE_KINDS:
                level = _participant_clause_level(words.root, scope)  # "shot a man who fired in X"
                if level is not None:
                    described.add(index)
        if level is None or (level[2] and how == "toward"):
            continue
        if how == "toward" and _taken_on_afterwards(anchor, level[0], span.root):
            continue
        if level[0] % 1 and _done_to_the_captive(words.root, scope, span.root):
            continue
        if _in_the_grievance(words.root, span.root):
            continue
        if mention.source == UNFOUND_SOURCE or mention.place is None:
            size = _size_by_place_word(words.root)  # unknown to the gazetteer: sized by its place word
        else:
            size = _SIZE.get(mention.place.type if mention.place is not None else "", 3)
            if _size_by_place_word(words.root) == 1:
                size = min(size, 1)  # "Aleppo province" is the province, whatever the gazetteer took
        below = level[3]
        if anchor is not None and _captive(mention, words.root, anchor):
            captives.add(index)
        locates = only_locates(words, index, context) or (
            mention.source == UNFOUND_SOURCE and _names_a_building(words.root)
        )
        if anchor is not None:
            anchors[index] = anchor[0]
        evidence[index] = (words.root, anchor[0] if anchor is not None else None, how)
        candidates.append((level[0], below, locates, how, size, level[1], abs(span.root.i - words.root.i), index))
    if not candidates:
        # "... Oduya; troops entered the town"
        return EventCandidates((), _place_referred_back_to(doc, scope, mentions, spans), frozenset())
    candidates = _quarters_named_after(candidates, spans, mentions)
    ranked = []
    aside = {c[7] for c in candidates if _in_the_subject(spans[c[7]].root, scope)}
    for level, below, locates, how, size, links, distance, index in candidates:
        if not locates and how == "at" and index in anchors:
            # "stormed the village of X in northern Y", "attacks on the X area in Y": Y says
            # where X is, though the parser hung it on the verb beside X (not "captured <a
            # captive> in Y")
            locates = any(
                _in_right_after(anchors[index], anchors[c[7]]) and c[4] >= size and not c[2]
                for c in candidates
                if c[7] in anchors and c[7] not in captives and c[3] in _PLACED_KINDS
            )
        if how in _APPROXIMATE and not locates:
            # "killed in Yathrib", not "north of Baghdad", whatever their sizes (short of a
            # country: "in Iraq, 40 km north of Baghdad" is by Baghdad); but "near Kandahar"
            # over "in Afghanistan"
            locates = any(
                c[0] == level and not c[2] and c[3] not in _APPROXIMATE
                and (c[4] > _SIZE["country"] if how == "bearing" else c[4] >= size)
                for c in candidates
            )
        if index in captives and not locates:
            # "captured X in Kenya": X, unknown as a place, is the captive; Kenya is where
            locates = any(c[0] == level and not c[2] and c[3] == "at" for c in candidates)
        reference = how == "bearing" and _measured_from(size, candidates)
        last_resort = 2 if how == "subject" else 1 if index in described else 0
        # "<someone> from a family in X was held in Y": X only describes the subject; Y is where
        by_subject = index in aside and any(c[0] == level and c[7] not in aside for c in candidates)
        ranked.append((last_resort, reference, level, below, by_subject, locates, -size, links, distance, index))
    ranked.sort()
    return _with_features(span.root, ranked, mentions, evidence)


def _police_source_in(place: Token) -> bool:
    """A place "in" which a police source speaks: "a police source in Ramadi said" (the roles
    read the city's police speaking; for the event, it is where the source is)."""
    return place.dep_ == "pobj" and place.head.lower_ == "in" and is_police_source(place.head.head)


#: The shipped event-location ranker (built by ``data/build_event_ranker.py``, see data/README.md).
EVENT_RANKER_PATH = DATA_DIR / "event_ranker.json"


@dataclass(frozen=True)
class EventCandidate:
    """A place an event may be located at: the mention, its rule sort key and its features."""

    mention: Mention
    key: tuple[Any, ...]
    features: frozenset[str]


@dataclass(frozen=True)
class EventCandidates:
    """``event_candidates``' answer: the candidates in rule order, and what stands in for none."""

    items: tuple[EventCandidate, ...]
    #: With no candidate, the place a bare "the town" refers back to (the rules' answer).
    fallback: Mention | None
    #: Features of picking nothing, for a ranker trained to abstain.
    none_features: frozenset[str]

    def pick(self, model: LinearModel) -> Mention | None:
        """The candidate the model scores highest (the earlier in rule order on a tie); None
        when the model abstains (``about["abstain"]``) and the group's none scores higher."""
        if not self.items:
            return self.fallback
        best, top = None, None
        for item in self.items:
            score = model.scores(item.features)[0]
            if top is None or score > top:
                best, top = item.mention, score
        if model.about.get("abstain") and model.scores(self.none_features)[0] > top:
            return None
        return best


@lru_cache(maxsize=1)
def event_ranker() -> LinearModel:
    """The shipped event-location ranker, read once."""
    return LinearModel.load(EVENT_RANKER_PATH)


#: Features of the rules' first candidate that the "none" item also reads, as "none:best_...".
_BEST_CANDIDATE_FEATURES = frozenset({"how", "level", "last_resort", "type", "prep", "locates"})


def _count(n: int, top: int) -> str:
    return str(n) if n < top else f">={top}"


def _distance(n: int) -> str:
    return "1" if n <= 1 else "2" if n == 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else ">10"


_MODAL_WORDS = frozenset("will would could may might should can shall must".split())


def _event_features(event: Token) -> set[str]:
    """What the event word says of the event itself: its tag and clause, whether it is
    planned, denied or dated ("captured in 1999" tells of an old event)."""
    features = {f"tag={event.tag_}", f"event_dep={event.dep_}"}
    children = list(event.children)
    if any(c.dep_ == "neg" for c in children):
        features.add("negated")
    if any(c.dep_ == "aux" and c.lower_ in _MODAL_WORDS for c in children):
        features.add("modal")
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in children):
        features.add("pluperfect")
    dates = [t for t in event.subtree if t.ent_type_ == "DATE"]
    if any(t.like_num and len(t.text) == 4 for t in dates):
        features.add("year")
    elif dates:
        features.add("dated")
    return features


def _with_features(
    event: Token,
    ranked: list[tuple[Any, ...]],
    mentions: Sequence[Mention],
    evidence: dict[int, tuple[Token, Token | None, str]],
) -> EventCandidates:
    """The ranked candidates (in rule order) with the features a ranker reads."""
    trigger = lemma_of(event).lower()
    many = _count(len(ranked), 4)
    items = []
    for rank, key in enumerate(ranked, start=1):
        last_resort, reference, level, below, by_subject, locates, size, links, distance, index = key
        mention = mentions[index]
        root, anchor, how = evidence[index]
        if how == "patient":
            preposition = "-"
        elif anchor is not None and anchor.dep_ == "pobj":
            preposition = anchor.head.lower_
        else:
            preposition = "?"
        place_type = mention.place.type if mention.place is not None else "-"
        features = {
            f"last_resort={last_resort}",
            f"level={level:g}",
            f"size={-size}",
            f"links={_count(links, 3)}",
            f"distance={_distance(distance)}",
            f"rule_rank={_count(rank, 3)}",
            f"how={how}",
            f"prep={preposition}",
            f"dep={root.dep_}",
            f"anchor_dep={anchor.dep_ if anchor is not None else '-'}",
            f"trigger_prep={trigger}|{preposition}",
            f"type={place_type}",
            f"candidates={many}",
            f"rank_of={_count(rank, 3)}/{many}",
            f"source={mention.source}",
        }
        for name, on in (
            ("reference", reference),
            ("below", below),
            ("by_subject", by_subject),
            ("locates", locates),
            ("country", place_type == "country"),
            ("unresolved", mention.place is None),
            ("unfound", mention.source == UNFOUND_SOURCE),
            ("metonym", mention.metonym),
            ("after_trigger", root.i > event.i),
        ):
            if on:
                features.add(name)
        items.append(EventCandidate(mention, key, frozenset(features)))
    none = {"none", f"none:candidates={many}", f"none:trigger={trigger}"}
    # what the rules' own pick is like: "none" weighs against it
    none.update(f"none:best_{f}" for f in items[0].features if f.split("=")[0] in _BEST_CANDIDATE_FEATURES)
    none.update(f"none:{feature}" for feature in _event_features(event))
    return EventCandidates(tuple(items), None, frozenset(none))


def _without_trailing_stop(words: Span | None) -> Span | None:
    """A mention's words less a full stop or line break recognition took in at its end
    ("... near the village of Oduya.\n"): the stop hangs on the sentence's verb, and would
    pass for the name's head."""
    if words is None:
        return None
    end = words.end
    while end - words.start > 1 and (words.doc[end - 1].is_space or words.doc[end - 1].text in (".", ",", ";")):
        end -= 1
    return words.doc[words.start : end]


#: Nouns that refer back to a place named before ("entered this town", "moved into the
#: village"), with the smallest kind of place each may stand for (``_SIZE``).
_REFERRING_PLACE_NOUNS = {
    **dict.fromkeys(
        "town village city hamlet settlement suburb neighbourhood neighborhood community locality capital".split(),
        _SIZE["city"],
    ),
    **dict.fromkeys("district province governorate".split(), _SIZE["admin1"]),
}

#: Words that make such a noun another place than the one named before: "the nearby town".
_OTHER_PLACE_WORDS = frozenset("neighbouring neighboring nearby adjacent other another surrounding next".split())


def _place_referred_back_to(doc: Doc, scope: dict[int, int], mentions: Sequence[Mention],
                            spans: Sequence[Span | None]) -> Mention | None:
    """The place a bare "the town", "this village", "the provincial capital" used as the
    event's place refers back to, when no name is: the nearest place named before it of a
    kind the noun may stand for ("... Tal Oduya; troops are expected to enter this village",
    "a bomb in Oduya ...; a car bomb in the city killed ...").  Only when no name is used as
    the event's place.  Not a state for a town, nor a government acting, nor a name of a
    body or thing ("the Oduya operations room said troops entered the town"), nor for "the
    nearby town", another one."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in _REFERRING_PLACE_NOUNS:
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) or any(
            (c.dep_ in ("compound", "nmod", "amod") and (c.text[:1].isupper() or c.lower_ in _OTHER_PLACE_WORDS))
            or (c.dep_ == "prep" and c.lower_ == "of")
            for c in noun.children
        ):
            continue  # "the Oduya district", "the village of Oduya", "the nearby town"
        anchor = _location_anchor(noun)
        if anchor is None or anchor[1] in ("subject", "bearing") or _scope_level(noun, scope) is None:
            continue
        smallest = _REFERRING_PLACE_NOUNS[noun.lower_]
        if noun.lower_ == "capital" and any(c.dep_ == "amod" and c.lower_ == "provincial" for c in noun.children):
            smallest = _SIZE["admin1"]  # "the provincial capital": by the name of the province named before
        before = [
            (words.end, mention) for mention, words in zip(mentions, spans, strict=True)
            if words is not None and words.end <= noun.i and mention.kind == "toponym" and not mention.metonym
            and (mention.place is None or _SIZE.get(mention.place.type, 3) >= smallest)
            and not _names_a_thing(words.root)
        ]
        if before:
            return max(before, key=lambda pair: pair[0])[1]
    return None


def _names_a_thing(name: Token) -> bool:
    """A name modifying a noun that is neither a place nor its people: a body or a thing
    named after a place ("the Oduya judicial office", "the Oduya operations room", "a UK-based
    group"), not the place itself ("the Oduya district", "an Oduya resident")."""
    if name.dep_ not in ("compound", "nmod", "npadvmod") and not (name.dep_ == "amod" and name.tag_ in ("NNP", "NNPS")):
        return False
    head = name.head
    return not (is_word(head, _SITE_WORDS) or is_word(head, _LOCAL_PEOPLE_NOUNS))


#: Nouns for a part of a town or of a district: "the Tamarind neighbourhood of Oduya"
#: names the part Oduya, "Oduya and Bel villages of Tamarind County" the parts Oduya and Bel.
_TOWN_PART_NOUNS = frozenset("neighbourhood neighborhood quarter suburb district area village".split())


def _quarters_named_after(candidates: list[tuple[Any, ...]], spans: Sequence[Any],
                          mentions: Sequence[Mention]) -> list[tuple[Any, ...]]:
    """Which of two names around a part noun names the part, and which only says where it is.

    "The Tamarind neighbourhood of **Oduya**", "**Oduya** and **Bel** villages of Tamarind
    County" and "the Punjab province of Pakistan" all read "A noun of B".  For parts of towns
    and districts, B names the part when A is known as a town or larger and B, a bare name,
    is not (or is known as smaller); A (with the names "and"-ed to it) names it when B is
    wider: it ends in a kind word ("Y County", "Y LGA"), or it is known and A is not, or
    it is known as larger.  The part's name wins over the wider one; other cases stay."""
    by_token = {t.i: c[7] for c in candidates for t in spans[c[7]]}
    sizes = {c[7]: c[4] for c in candidates}
    named, containers = set(), set()
    for candidate in candidates:
        inner = candidate[7]
        root = spans[inner].root
        if root.dep_ != "pobj" or root.head.lower_ != "of" or not is_word(root.head.head, _TOWN_PART_NOUNS):
            continue
        noun = root.head.head
        bare = not any(c.dep_ in ("det", "amod") for c in root.children)
        wide = root.is_upper or is_word(root, _KIND_WORDS)  # "Y LGA", "Y County", "Y Local Government Area"
        for child in noun.children:
            outer = by_token.get(child.i) if child.dep_ in ("compound", "nmod") else None
            if outer is None or outer == inner:
                continue
            inner_place, outer_place = mentions[inner].place, mentions[outer].place
            if (
                bare and not wide and outer_place is not None and sizes[outer] <= _SIZE["city"]
                and (inner_place is None or sizes[outer] < sizes[inner])
            ):
                named.add(inner)  # "the Tamarind neighbourhood of Oduya"
                containers.add(outer)
            elif (wide or (inner_place is not None and (outer_place is None or sizes[inner] < sizes[outer]))) and not (
                noun.dep_ == "pobj" and _names_around(noun.head.head, by_token)
            ):  # (not "the village of Oduya in the Bel district of Y County": Oduya is the place)
                parts = [child, *child.conjuncts]  # "Oduya and Bel villages of Tamarind County"
                named.update(by_token[t.i] for t in parts if t.i in by_token and by_token[t.i] != inner)
                containers.add(inner)
    if not named:
        return candidates
    return [
        (*c[:2], False if c[7] in named else True if c[7] in containers else c[2], *c[3:]) for c in candidates
    ]


def _in_the_subject(place: Token, scope: dict[int, int]) -> bool:
    """Whether a place only describes the subject of a scope verb: "a teacher from a village
    in X was ...", "the prisoners at X were ...", "Tamar, a clerk in X, was ..." (not the
    subject itself, nor a place the subject is named by: "the X bomb" says where it went off)."""
    current = place
    for _ in range(12):
        head = current.head
        if head.i == current.i or current.i in scope:
            return False
        if current.dep_ in ("nsubj", "nsubjpass") and head.i in scope:
            if current.ent_type_ in ("GPE", "LOC", "FAC") or is_word(current, _HAPPENING_OR_SITE_WORDS):
                return False  # "the landslide in a mine in X occurred", "the village of X was shelled"
            return current.i != place.i and any(
                t.dep_ in ("prep", "appos", "relcl", "acl") for t in _path_between(place, current)
            )
        current = head
    return False


def _path_between(low: Token, high: Token) -> list[Token]:
    """The words from ``low`` up to (not including) its ancestor ``high``."""
    path, current = [], low
    while current.i != high.i and current.head.i != current.i:
        path.append(current)
        current = current.head
    return path


def _names_around(noun: Token, named: dict[int, int]) -> bool:
    """Whether a noun has a name among ``named`` tokens: "the Oduya village", "the village of Oduya"."""
    return any(
        (c.dep_ in ("compound", "nmod") and c.i in named)
        or (c.dep_ == "prep" and c.lower_ == "of" and any(o.i in named for o in c.children if o.dep_ == "pobj"))
        for c in noun.children
    )


#: How a place in a relative clause on a participant may place the event: where the
#: participant was, not where it went ("gunmen who fled to X").
_PARTICIPANT_PLACE_KINDS = {"at", "near"}

#: Verbs of being and having: a relative clause on one says who or what a participant is, not
#: where they were.  (Forms too: the copula, an auxiliary to the tagger, keeps its form as
#: its lemma.)
_STATE_VERBS = frozenset("be is are was were been have has had bear born".split())

#: Dependencies of the event's participants: its object, subject or agent.
_PARTICIPANT_DEPS = {"dobj", "nsubj", "nsubjpass"}


#: How a place is used when it is where the event is, or by it: a place "in" Y right
#: after it is located by Y.
_PLACED_KINDS = {"at", "near", "patient"}


def _in_right_after(word: Token, other: Token) -> bool:
    """Whether a place's "in" comes right after the phrase of another place used by the same
    word ("stormed <the village of X> in Y", "attacks <on the X area> in Y"): news names a
    small place, then where it is, and the parser often hangs both on the verb."""
    prep = word.head
    if word.dep_ != "pobj" or prep.lower_ != "in":
        return False
    other_link = other.head if other.dep_ == "pobj" else other  # its preposition, or the object itself
    if other_link.i >= prep.i or other_link.head.i != prep.head.i:
        return False
    return prep.i == max(t.i for t in other.subtree) + 1


def _participant_clause_level(place: Token, scope: dict[int, int]) -> tuple[float, int, bool, bool] | None:
    """The scope level of a place in a relative clause on one of the event's participants,
    or None: "shot a suspect who had opened fire on shoppers in X", "killed by raiders who
    stormed a depot near X". The clause says where the participant was when the event
    befell them, so it places the event when nothing else does."""
    clause = next((t for t in place.ancestors if t.dep_ == "relcl"), None)
    if clause is None or _scope_level(place, {clause.i: 0}) is None:
        return None
    if clause.lower_ in _STATE_VERBS or lemma_of(clause) in _STATE_VERBS or _set_off_by_comma(clause):
        # "a man who was the mayor of X", "forces who have bases in X", "Okafor, who led the
        # raid on X, ...": who the participant is, not where the event found them
        return None
    participant = clause.head
    if participant.dep_ == "pobj" and participant.head.dep_ == "agent":
        participant = participant.head
    elif participant.dep_ not in _PARTICIPANT_DEPS:
        return None
    if participant.head.i not in scope:
        return None
    return scope[participant.head.i], 1, False, True


#: People of a place, that act where they live: its police, residents, protesters.
_LOCAL_PEOPLE_NOUNS = lexicon.CIVILIAN_CROWD_NOUNS | frozenset("police policeman policemen protestor".split())


def _local_people_level(name: Token, scope: dict[int, int]) -> float | None:
    """The scope level (0) of a town or province naming local people who do the event
    itself ("Tamarind police shot a man", "a man shot by Tamarind police", "Tamarind
    residents marched"), or None: such people act at home."""
    people = name.head
    if name.dep_ not in ("compound", "nmod") or not is_word(people, _LOCAL_PEOPLE_NOUNS):
        return None
    if people.dep_ == "pobj" and people.head.dep_ == "agent":
        people = people.head
    elif people.dep_ != "nsubj":
        return None
    level = scope.get(people.head.i)
    return level if level == 0 else None  # not "Tamarind police said that rebels shot ..."


def _set_off_by_comma(clause: Token) -> bool:
    """A relative clause after a comma ("Okafor, who ..."): an aside about who someone is."""
    first = min(t.i for t in clause.subtree)
    return first > 0 and clause.doc[first - 1].text == ","


def _done_to_the_captive(place: Token, scope: dict[int, int], event: Token) -> bool:
    """Whether a place hangs on a verb coordinated after a capture that tells what became of
    the captive ("was captured in 2001 and held at X", "was captured and died later in X"):
    a capture takes someone away, so what follows happened elsewhere.  Not more harm done
    in the same incident ("captured, tortured and killed near X")."""
    if lemma_of(event) not in _CAPTURE_VERBS:
        return False
    verb = place
    while verb.i not in scope:
        verb = verb.head
    return verb.i > event.i and lemma_of(verb) not in lexicon.HARM_VERBS


def _taken_on_afterwards(anchor: tuple[Token, str] | None, level: float, event: Token) -> bool:
    """Whether a place is a destination of a verb coordinated after the event ("was captured
    and shipped to X", "was shot and evacuated to X"): where someone was taken next, not
    where the event was.  (A destination before it, "returned to X and attacked", is where
    the later event happened.)"""
    if anchor is None or level % 1 == 0:
        return False
    word = anchor[0]
    return word.dep_ == "pobj" and word.head.lower_ in _DESTINATION_PREPOSITIONS and word.i > event.i


def _in_the_grievance(place: Token, event: Token) -> bool:
    """Whether a place lies inside what a protest is against or a judgement is about
    ("protested against the air strikes on X", "condemned the shelling of a market in X"):
    where the grievance happened, not the protest."""
    if lemma_of(event) not in _PROTEST_VERBS:
        return False
    path = [place]  # the place and the words above it, up to the one hanging on the event
    while path[-1].head.i not in (path[-1].i, event.i):
        path.append(path[-1].head)
    link = path[-1]
    if link.head.i != event.i or len(path) < 2:
        return False
    if link.dep_ in _GRIEVANCE_DEPS:
        grievance = len(path) - 1  # "protested <the visit>"
    elif link.dep_ == "prep" and link.lower_ in _GRIEVANCE_PREPOSITIONS:
        grievance = len(path) - 2  # "protested against <the visit>"
    else:
        return False
    below = path[grievance - 1] if grievance > 0 else None
    # "protested against the new tax in X": the parser cannot tell whether "in X" is where
    # the tax or the protest is, and it mostly is the protest's (but "the strikes in X" are there)
    return not (
        below is not None
        and below.dep_ == "prep"
        and below.lower_ in _AMBIGUOUS_PREPOSITIONS
        and not is_word(path[grievance], _EVENT_NOUN_WORDS | _WAR_NOUNS)
    )


def _capture_of_a_prize(event: Token) -> bool:
    """Whether the event is a capture of a prize or a mood ("captured her second title",
    "the trial captured the nation's attention"): a win or a hold on minds, which is no
    event at a place."""
    return lemma_of(event) in _CAPTURE_VERBS and any(
        child.dep_ in ("dobj", "nsubjpass") and is_word(child, _PRIZE_NOUNS) for child in event.children
    )


def _shows_something(event: Token) -> bool:
    """Whether "demonstrate" means to show: it has an object or a "that" clause ("the rescue
    demonstrated the skill of the crew", "the study demonstrated that ..."), where a protest
    has none, short of a feeling shown by marching ("demonstrated their support for X")."""
    if lemma_of(event) != "demonstrate":
        return False
    places = [c.i for c in event.children if c.dep_ == "prep" and c.i > event.i]
    return any(
        # an object right after the verb, not one the parser strayed to past a place ("demonstrated
        # outside the hospital, singing songs")
        (c.dep_ == "dobj" and not is_word(c, _FEELING_NOUNS) and not any(p < c.i for p in places))
        or (c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children))
        for c in event.children
    )


#: What a protest shows by marching: "demonstrated their support for X" is still a protest.
_FEELING_NOUNS = frozenset("support solidarity opposition anger outrage grief defiance".split())


def _captive(mention: Mention, name: Token, anchor: tuple[Token, str]) -> bool:
    """Whether a bare name is what was captured and unknown as a place: "captured" takes
    towns and people alike, and a name the gazetteer does not know is mostly the person
    (but "captured the village of X" names a place)."""
    word, how = anchor
    return (
        how == "patient" and word.i == name.i and mention.place is None and lemma_of(word.head) in _CAPTURE_VERBS
    )


def _measured_from(size: int, candidates: Sequence[tuple[Any, ...]]) -> bool:
    """Whether a place a bearing is taken from ("40 km north of X") only serves to find
    another place the sentence names, no larger than it, in whatever clause: "shot in
    Tamarind, 30 km east of X", "a convoy hit near the village of Tamarind, west of X".
    The parser often hangs the bearing on the verb, beside or above the place it measures."""
    return any(c[3] != "bearing" and c[4] >= size for c in candidates)


#: Entity types that never name where an event happened.
_NOT_PLACE_ENTITIES = {"DATE", "TIME", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE",
                       "LAW", "EVENT", "WORK_OF_ART"}

#: Where an unknown name comes from: the parse, not recognition.
UNFOUND_SOURCE = "parse"

#: Kinds of place, for how small an unknown name is: "the X governorate", "the village of X".
#: "The X countryside" is the rural land around a town, a region, wider than the villages in it.
_REGION_KINDS = frozenset("province governorate state region oblast prefecture countryside".split())
_QUARTER_KINDS = frozenset("village neighbourhood neighborhood quarter suburb hamlet district".split())

#: Common words for places and sites: capitalised in a name they make it a place's ("the
#: Al-Assad Suburb", "the T-4 Military Airport"), but alone they name no place.
_SITE_WORDS = lexicon.PLACE_NOUNS | lexicon.MILITARY_SITE_NOUNS | frozenset(
    "school hospital mosque church market square airport road street highway bridge station prison hotel"
    " university college stadium dam field farm tower hill mount crossing checkpoint suburb court bazaar"
    " tomb shrine commune township islet sector axis colony shantytown slum quarter junction subdistrict"
    " sub-district yard corridor depot residence waterway desert constituency park".split()
)


#: Nouns for places or sites, that a place after "including" or "like" is one of ("cities
#: like X", "communities including X"); not "killed in the raid, including <a person>".
_PLACES_PLURAL = _SITE_WORDS | frozenset({"community", "place"})

#: Units of distance: "within 11 km of X" puts the event by X.
_DISTANCE_UNITS = frozenset("km kilometre kilometer kilometres kilometers mile miles metre meter yard".split())

#: Buildings: "City Hall", "the Ershad Mosque", "RAF Fairford air base".
_BUILDING_WORDS = frozenset(
    "hall university school college hospital mosque church temple cathedral market bazaar hotel prison court"
    " station stadium base airbase palace embassy consulate tower building".split()
)

#: Sites and parts a place "of" a name is in: "the farms of X", "the mountaintop of X", "the
#: provincial seat of X", "the slums of X", "the rebel heartland of X".  Not buildings or bases:
#: "the Church of X", "the base of the X Tigers" name a dedication or an owner.
_SITES_OF = (_SITE_WORDS - _BUILDING_WORDS - lexicon.MILITARY_SITE_NOUNS) | frozenset(
    "mountaintop seat heartland slum alleyway alley troublespot outpost".split()
)

#: Buildings and structures: a place naming one that is the subject of the event ("the X
#: opera house burned down", "the X gallery was raided after it ...") says where the event
#: was, when no other place does.
_STRUCTURE_WORDS = _BUILDING_WORDS | frozenset("theater theatre house home gallery plant factory bridge".split())

#: Words that make a capitalised name a body or a force, not a place: "the Free Syrian Army".
_BODY_WORDS = lexicon.FORCE_NOUNS | lexicon.AMBIGUOUS_FORCE_NOUNS | lexicon.GOVERNMENT_NOUNS | frozenset(
    "front group party movement brigade organisation organization committee union coalition".split()
)


#: Titles of rulers and holy men, that begin names of places as well as of people.
_TITLE_WORDS = frozenset("sheikh shaikh sheik shah emir amir sultan prince king queen".split())


def unfound_names(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """Capitalised names recognition did not keep that the parse uses as a place: "killed
    in **Al-Zarzour**", "the **Al-Hussiniyah** district", "stormed **Tal Bizam**".

    Small places (villages, quarters, hills, airports) are often typed as people or
    organisations by NER, or unknown to the gazetteer; the event still happened there.
    A name counts only where a place is plain from the words: the object of "in",
    "at", "near" ..., a name of a place noun ("the village of X", "the X district"),
    a site a bearing is taken from ("positions northeast of the X Airport"), or what
    forces enter, storm or capture.
    """
    taken = {t.i for m in mentions for t in doc if t.idx < m.end and m.start < t.idx + len(t)}
    in_bodies = {
        t.i for m in mentions if m.source == "embedded" for t in doc if t.idx < m.end and m.start < t.idx + len(t)
    }
    found = []
    for token in doc:
        if token.tag_ not in ("NNP", "NNPS") or token.i in taken or _not_a_place_entity(token, token):
            continue
        if _part_of_a_body_name(token, in_bodies):
            continue  # "the Islamic State of Iraq and Al-Sham": the body's name, not two places
        if token.dep_ in ("compound", "flat") and token.head.tag_ in ("NNP", "NNPS") and token.head.i > token.i:
            continue  # not the head of its name
        parts = {t.i for t in token.subtree if t.tag_ in ("NNP", "NNPS", "HYPH")}
        start = token.i
        while start - 1 in parts:
            start -= 1  # "Tal Bizam", "Al-Zarzour": the proper nouns just before the head
        name = doc[start : token.i + 1]
        if any(t.i in taken or _not_a_place_entity(t, token) for t in name):
            continue
        if not is_word(token, _SITE_WORDS) and any(is_word(t, _BODY_WORDS) for t in _past_a_title(name)):
            continue  # "the Mountain Lions Brigade" (but "the T-4 Military Airport" is a site)
        words = [t for t in name if any(c.isalpha() for c in t.text) and t.text != "-"]
        if not words or all(t.is_upper for t in words) or all(is_word(t, _SITE_WORDS) for t in words):
            continue  # an acronym ("CRPF") is mostly a body; "the secondary School" names no place
        if _used_as_place(token):
            found.append(Mention(text=name.text, start=name.start_char, end=name.end_char, source=UNFOUND_SOURCE))
    return found


def _in_a_body_name(place: Token) -> bool:
    """Whether a place recognition found inside a body's name is its "of" part: "the
    Islamic State of Iraq", "a University of Tamarind student" (not "the town of X")."""
    if place.dep_ != "pobj" or place.head.lower_ != "of":
        return False
    body = place.head.head
    return body.tag_ in ("NNP", "NNPS") and body.ent_type_ == "ORG"


def _part_of_a_body_name(name: Token, in_bodies: set[int]) -> bool:
    """Whether a name is a body's, whose own name holds a place recognition found inside it
    (``in_bodies``): "the Islamic **State** of Iraq", and a name "and"-ed to that place or to
    the body's head word, "the Islamic State of Iraq and **Al-Sham**" (not a site's name:
    "the State of X and the Y Airport")."""
    head = name.head if name.dep_ == "conj" and not is_word(name, _SITE_WORDS) else name
    if head.i in in_bodies:
        return head.i != name.i
    return any(
        o.i in in_bodies
        for of in head.children if of.dep_ == "prep" and of.lower_ == "of"
        for o in of.children if o.dep_ == "pobj"
    )


#: Words for a town or a part of one, which a people's name does not name.
_AREA_WORDS = lexicon.REGION_PART_NOUNS | _QUARTER_KINDS | frozenset(
    "town township village locality commune constituency suburb sector".split()
)

#: Words for a kind of place that end the name of a wider one: "Y County", "the Y region".
_KIND_WORDS = _REGION_KINDS | _AREA_WORDS | frozenset("county area delta valley".split())


#: Subjects a place in which says where the event is: happenings ("the blast in X killed",
#: "the win in X came after ...") and sites ("the village of X was shelled").
_HAPPENING_OR_SITE_WORDS = _EVENT_NOUN_WORDS | _WIN_NOUNS | _WAR_NOUNS | _SITE_WORDS | lexicon.PLACE_NOUNS | frozenset(
    "landslide fire flood quake earthquake storm accident crash collision incident violence fighting battle"
    " match game race shooting protest demonstration rally march riot unrest".split()
)


#: Religious communities: NER types them as a nation's people too ("a Sunni district").
_FAITH_WORDS = frozenset(
    "sunni sunnis shia shiite shiites shi'ite shi'i alawite alawites druze christian muslim jewish catholic"
    " protestant hindu sikh".split()
)


def _not_a_place_entity(word: Token, head: Token) -> bool:
    """Whether NER typed a word of a name (``head`` its last word) as no place: a date, a
    number, a people ... but a name NER took for a people's that names a town or a part of
    one is a place ("the Tamar area", "Tamar locality", "the Tamar district"), short of a
    faith's name ("a Sunni district")."""
    if word.ent_type_ == "NORP" and head.dep_ in ("compound", "nmod") and is_word(head.head, _AREA_WORDS):
        return is_word(word, _FAITH_WORDS)
    return word.ent_type_ in _NOT_PLACE_ENTITIES


def _past_a_title(name: Span) -> Span:
    """A name short of a ruler's or holy man's title it begins with: many towns and quarters
    are named after one ("Sheikh Tamar", "Shah Oduya Kot", "Prince Tamarind"), and a title
    there makes the name no body (a body's word comes last: "the Tamarind Army")."""
    return name[1:] if len(name) > 1 and is_word(name[0], _TITLE_WORDS) else name


def _names_a_building(name: Token) -> bool:
    """An unknown name of a building ("City Hall", "the Ershad Mosque", "Ball State
    University"): news gives the town it is in as the event's place, so the building
    gives way to a known place in the same clause."""
    return is_word(name, _BUILDING_WORDS) or (
        name.dep_ in ("compound", "nmod") and is_word(name.head, _BUILDING_WORDS)
    )


def _size_by_place_word(name: Token) -> int:
    """How small a named place is by the place word that names its kind ("the X
    governorate" 1, "the village of X" 3); a town's (2) when no word says."""
    kinds = [name]
    if name.dep_ in ("compound", "nmod"):  # (not "appos": "Kapho district, Pattani" is not a district)
        kinds.append(name.head)
    elif name.dep_ == "pobj" and name.head.lower_ == "of" and not any(
        c.dep_ in ("compound", "nmod") and c.tag_ in ("NNP", "NNPS") for c in name.head.head.children
    ):
        kinds.append(name.head.head)  # "the village of X"; not "the Rim district of X", named already
    kinds += [t for t in name.lefts if t.dep_ == "compound"]
    for word in kinds:
        if is_word(word, _REGION_KINDS):
            return 1
        if is_word(word, _QUARTER_KINDS):
            return 3
    return 2


def _used_as_place(name: Token) -> bool:
    """Whether the parse plainly uses an unknown name as a place (see ``unfound_names``)."""
    token = _coordination_head(name)  # "Sibaya and Chiri villages"
    site = is_word(token, _SITE_WORDS)  # "the Al-Assad Suburb", "the Tabaqa Dam"
    holder = _of_holder(token)
    if holder is not None and is_word(holder, lexicon.SEIZE_NOUNS | lexicon.CONTROL_NOUNS):
        return site or _looks_like_place(name)  # "seized control of Azaz"; but "the capture of <a person>"
    if holder is not None and is_word(holder, lexicon.DIRECTION_NOUNS):
        return site or _looks_like_place(name)  # "positions northeast of the X Airport", "the area east of X"
    noun = _place_noun_naming(token, holder)
    if noun is not None:
        token, site = _coordination_head(noun), True
    if token.dep_ == "pobj":
        return _place_by_preposition(token, site, name)
    if token.dep_ in ("dobj", "nsubjpass"):
        # "stormed Tal Bizam", "patrolled X" whatever NER typed it (what is stormed, entered or
        # patrolled is hardly ever a person); but whoever is "captured" is mostly a person
        return (
            site
            or lemma_of(token.head) in lexicon.PLACE_ONLY_VERBS
            or (_looks_like_place(name) and is_word(token.head, lexicon.PLACE_OBJECT_VERBS))
        )
    return False


def _coordination_head(token: Token) -> Token:
    """The first of coordinated words: "Sibaya" in "Sibaya and Chiri villages"."""
    while token.dep_ == "conj":
        token = token.head
    return token


def _of_holder(token: Token) -> Token | None:
    """The noun a name hangs on through "of": "control" in "control of Azaz"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        return token.head.head
    return None


def _place_noun_naming(token: Token, holder: Token | None) -> Token | None:
    """The place noun a name names or lies in: "the Al-Hussiniyah district", "the village
    of Ahmadiya", "the outskirts of al-Rai", "within 11 km of X". Not an apposition:
    "in Kapho district, Pattani" names where the district is."""
    if token.dep_ in ("compound", "nmod") and is_word(token.head, _SITE_WORDS):
        return token.head
    if holder is not None and (
        is_word(holder, lexicon.PARTITIVE_NOUNS) or is_word(holder, _DISTANCE_UNITS) or is_word(holder, _SITES_OF)
    ):
        return holder  # (and "the farms of X", "the provincial seat of X", "the streets of X")
    return None


def _place_by_preposition(token: Token, site: bool, name: Token) -> bool:
    """Whether a name (or the place noun naming it) after a preposition is a place."""
    word = token.head.lower_
    if word == "on":  # mostly a topic or a day, but "on the outskirts of X", "an offensive on X"
        # but "strikes on <a group>"; a push ("an offensive on X", "their assault on X") is on a place
        return site or _is_push(token.head.head) or (_looks_like_place(name) and _is_attack(token.head.head))
    if word == "between":
        return _sites_between(token.head.head, False)
    if word == "to" and token.head.head.lower_ in ("close", "next", "entrance"):
        return True  # "close to X", "at the entrance to X": by it, not bound for it
    # not "to"/"into": a destination ("delivering aid to X")
    return word in EVENT_PREPOSITIONS and word not in ("to", "into")


def _is_attack(holder: Token) -> bool:
    """An attack, or a verb launching one: "an offensive on X", "launched an offensive on X"."""
    attacks = [holder, *(c for c in holder.children if c.dep_ == "dobj")]
    return any(
        is_word(attack, words)
        for attack in attacks
        for words in (lexicon.ATTACK_NOUNS, lexicon.STRIKE_NOUNS, lexicon.FORCE_EVENTS)
    )


def _sites_between(holder: Token, country: bool) -> bool:
    """Whether places "between" which something is ("villages between X and Y", "positions
    between X and Y", "the area between X and Y") say where it is: by them.  Not countries,
    whose zones and borders between them are no place of their own ("the zone between X and Y")."""
    return not country and (is_word(holder, _SITES_OF) or is_word(holder, _POSITION_WORDS))


#: Words for the positions of forces and targets: "positions between X and Y".
_POSITION_WORDS = frozenset("position target defense defence line".split())


def _is_push(holder: Token) -> bool:
    """A military push, or a verb launching one: "an offensive on X", "launched an assault on X"."""
    return any(is_word(push, lexicon.PUSH_NOUNS) for push in (holder, *_children_of(holder, "dobj")))


def _looks_like_place(name: Token) -> bool:
    """A name whose own words say it is a place: a place entity, a compass word ("eastern
    Ghouta") or a place noun in apposition ("Azaz, a strategic city")."""
    return name.ent_type_ in ("GPE", "LOC", "FAC") or any(
        (c.dep_ == "amod" and is_word(c, lexicon.COMPASS_ADJECTIVES))
        or (c.dep_ == "appos" and is_word(c, lexicon.PLACE_NOUNS))
        for c in name.children
    )


def _role_context(mentions: Sequence[Mention], spans: Sequence[Any]) -> RoleContext:
    """What ``geomap.roles`` needs to tell containers and reference points, without a gazetteer."""
    index = {token.i: number for number, words in enumerate(spans) if words is not None for token in words}
    return RoleContext(mentions, index, is_capital=lambda mention: False, qualifies=_never)


def _never(text: str, place: Place) -> bool:
    return False


def _relative_antecedent(event: Token, mentioned: set[int]) -> Token | None:
    """The place word a relative clause containing the event hangs on: "Aceh, which was
    raided", "the town where the bomb exploded", "Kirkuk, which has seen attacks".
    ``mentioned`` holds the indices of the tokens of place mentions."""
    current = event
    for _ in range(6):
        if current.dep_ == "relcl":
            if any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in current.children) and any(
                c.dep_ == "dobj" and _names_a_mention(c, mentioned) for c in current.children
            ):
                return None  # "the bases, which protected the city": the antecedent acts on a place, it is not where
            return current.head
        if current.dep_ in _CLAUSE_DEPS or current.head.i == current.i:
            return None
        current = current.head
    return None


def _named_place_before(antecedent: Token, mentioned: set[int]) -> Token:
    """The place a relative clause is on when the parser hung it on the place that only
    locates it, the last name before the comma: "the town of Oduya in central Tamarind,
    which has been besieged", "the Oduya suburb of Tamarind, where ... were killed" are
    about Oduya.  Else the antecedent itself."""
    preposition = antecedent.head
    if antecedent.dep_ != "pobj" or preposition.lower_ not in ("in", "of"):
        return antecedent
    noun = preposition.head
    if not is_word(noun, _TOWN_PART_NOUNS | lexicon.PLACE_NOUNS) or noun.i in mentioned:
        return antecedent
    if preposition.lower_ == "of" and not is_word(noun, _TOWN_PART_NOUNS):
        return antecedent  # "the province of Tamarind, which": the province is Tamarind
    names = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i in mentioned] + [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i != preposition.i
        for o in c.children if o.dep_ == "pobj" and o.i in mentioned
    ]
    return names[0] if names else antecedent


def _names_a_mention(noun: Token, mentioned: set[int]) -> bool:
    """A mention, or a place noun naming one: "Hue", "the old capital of Hue"."""
    if noun.i in mentioned:
        return True
    if not is_word(noun, lexicon.PLACE_NOUNS):
        return False
    names = [c for c in noun.children if c.dep_ in ("compound", "appos")]
    names += [p for prep in _children_of(noun, "prep") if prep.lower_ == "of" for p in _children_of(prep, "pobj")]
    return any(name.i in mentioned for name in names)


def _children_of(token: Token, dep: str) -> list[Token]:
    return [c for c in token.children if c.dep_ == dep]


def _location_anchor(token: Token, *, country: bool = False) -> tuple[Token, str] | None:
    """The word through which a place is used as a location, and how; None when it is not.

    Climbs from the place word through the nouns it modifies ("Mogadishu" ->
    "cafe", "Nablus" -> "city" in "the city of Nablus") to a locative
    preposition's object or a patient; stops at a subject or a possessor.  A
    country modifying a thing that is not a place names whose it is, not where
    ("the US military base", "five US soldiers").  How: ``"at"`` (in, at, on ...),
    ``"subject"`` (naming a building the event's subject is: the last resort),
    ``"toward"`` (a destination or path: to, into, through ...), ``"near"`` (an
    approximate place: near, outside ...), ``"bearing"`` (a direction from it: north of
    ...) or ``"patient"``.
    (Tokens are compared by index: spaCy makes a new Token object on every access.)
    """
    current = _place_noun_before(token) or token
    for step in range(6):
        dep, head = current.dep_, current.head
        if step == 0 and _glued_to_date(current):
            if head.dep_ == "pobj":
                current = head  # "outside X Sunday": outside X, even a country (not "X's soldiers")
                continue
            verb = head.head  # "patrolled X Saturday": X is what was patrolled, unless a person was harmed
            return (current, "patient") if _object_missing(verb) and lemma_of(verb) not in lexicon.HARM_VERBS else None
        if dep in _MODIFIER_DEPS and head.i != current.i:
            if country and step == 0 and dep != "conj" and not is_word(head, lexicon.PLACE_NOUNS):
                return None
            if head.lower_ == "time":
                return None  # "8:30 A.M. (Damascus Time)": a clock, not a place
            current = head
        elif dep == "amod" and (step == 0 or current.tag_ in ("NNP", "NNPS")) and is_word(head, lexicon.PLACE_NOUNS):
            current = head  # "the West Ghouta region", "the Aleppo city": a name tagged as an adjective
        elif dep == "poss" and is_word(head, _OWNED_PLACE_NOUNS):
            current = head  # "Liberia's capital", "Syria's northern border"
        elif dep == "pobj" and head.lower_ == "of" and head.i - 1 == head.head.i and head.head.lower_ in _OF_PLACES:
            # "inside of X", "outside of X": one preposition in two words, whatever the parser
            # made of the first
            return current, "near" if head.head.lower_ in _APPROXIMATE_PREPOSITIONS else "at"
        elif dep == "pobj" and head.lower_ == "of" and head.head.i != head.i:
            current = head.head  # "the city of Nablus": where the city is
            if is_word(current, lexicon.DIRECTION_NOUNS) and (
                current.dep_ in ("advmod", "npadvmod", "appos") or current.tag_ == "RB"
            ):
                return current, "bearing"  # "discovered east of Sinjar", "..., 100 km south of Baghdad"
        elif dep == "pobj" and head.lower_ in _EXAMPLE_PREPOSITIONS and is_word(head.head, _PLACES_PLURAL):
            current = head.head  # "patrolled the big cities, including X": X is one of them
        elif dep == "pobj" and head.lower_ == "between" and _sites_between(head.head, country):
            return current, "near"  # "positions between X and Y", "villages between X and Y": by both
        elif dep == "pobj" and head.lower_ == "from" and lemma_of(head.head) in _EXPEL_VERBS:
            return current, "at"  # "drove the rebels from X": they were in X, and fought there
        elif dep == "pobj" and head.lower_ == "from" and lemma_of(head.head) in _SETTING_OUT_VERBS:
            return current, "toward"  # "marched from X to Y": the march's route begins in X
        elif dep == "pobj" and head.lower_ in EVENT_PREPOSITIONS:
            word = head.lower_
            if word == "over" and is_word(head.head, _WIN_NOUNS):
                return None  # "a win over X": X is the one beaten, a team or a player
            if word == "in" and lemma_of(head.head) in _WAR_NOUNS:
                return None  # "lives lost over the years of war in X": where the war is, not this event
            if word == "to" and head.head.lower_ in ("close", "next"):
                return current, "near"  # "close to the village of Zermatt": by it, not bound for it
            if word in _APPROXIMATE_PREPOSITIONS:
                return current, "near"
            if word == "over" and _brought_down(head.head):
                return current, "at"  # "shot down over X": the aircraft fell where it was, in X's sky
            return current, "toward" if word in _PATH_PREPOSITIONS else "at"
        elif dep == "nsubj" and step >= 1 and token.dep_ in ("compound", "nmod") and is_word(current, _STRUCTURE_WORDS):
            return current, "subject"  # "the X theatre burned down": where the building stands
        elif dep in _PATIENT_DEPS:
            if lemma_of(head) in lexicon.HARM_VERBS:
                return None  # "Chelsea was stabbed": who is harmed is a person, not a place
            return current, "patient"
        else:
            return None
    return None


def _brought_down(verb: Token) -> bool:
    """An aircraft brought down: "shot down", "was brought down", "downed"."""
    return lemma_of(verb) == "down" or verb.lower_ == "downed" or any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "down" for c in verb.children
    )


def _glued_to_date(name: Token) -> bool:
    """A name the parser glued to the day after it, as if it qualified the date: "patrolled
    Tamarind Saturday", "outside the Tamarind Stadium Friday". It stands where the date does."""
    head = name.head
    return _on_a_date(name) and (head.dep_ == "pobj" or (head.dep_ == "npadvmod" and head.head.pos_ == "VERB"))


def _on_a_date(name: Token) -> bool:
    return name.dep_ == "compound" and name.head.ent_type_ in ("DATE", "TIME")


def _object_missing(verb: Token) -> bool:
    return not any(c.dep_ == "dobj" for c in verb.children)


def _place_noun_before(name: Token) -> Token | None:
    """The place noun a name directly follows, which it names, when the parser hung the
    name elsewhere: "marched in the capital Tamarind Sunday" (on the verb, or glued to the
    date), "in the port, Tamarind, on Monday". Not a subject: "... the capital, X said"."""
    if name.i < 1 or not (_on_a_date(name) or name.dep_ in _STRAY_NAME_DEPS):
        return None
    before = name.doc[name.i - 1]
    if before.text == "," and name.i > 1:
        before = name.doc[name.i - 2]
    if not is_word(before, lexicon.PLACE_NOUNS):
        return None
    if any(t.i == name.i for t in before.subtree) or any(t.i == before.i for t in name.subtree):
        return None  # the parse links them already
    return before


def _event_scope(event: Token) -> dict[int, int]:
    """Token index -> scope level of the words an event's place may hang on.

    Level 0: the trigger, the words up to the head of its clause, and the verbs
    coordinated with them; level 1: the same for the clause that one is
    embedded in, and so on up, short of a relative clause on a person.
    """
    scope: dict[int, int] = {}
    current, level = event, 0
    for _ in range(8):
        while True:
            scope.setdefault(current.i, level)
            for word in current.conjuncts:
                scope.setdefault(word.i, level if _shares_arguments(current, word) else level + _CONJUNCT)
            if current.dep_ in _CLAUSE_DEPS or current.head.i == current.i:
                break
            current = current.head
        if current.head.i == current.i or _about_a_person(current):
            break
        current, level = current.head, level + 1
    return scope


def _about_a_person(clause: Token) -> bool:
    """A relative clause on a person ("a student who had marched in the parade"): it tells
    what the person did at another time, so the sentence around it is about another event."""
    return clause.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in clause.children)


def _shares_arguments(verb: Token, conjunct: Token) -> bool:
    """Whether a verb with no object of its own, followed at once by "and" and another verb,
    shares what follows that verb: "shot and wounded two guards in X", "was beaten and
    robbed near X" happened both in X, so X is the first verb's place as much as the second's."""
    return conjunct.i == verb.i + 2 and verb.doc[verb.i + 1].dep_ == "cc" and _object_missing(verb)


def _scope_level(place: Token, scope: dict[int, int]) -> tuple[float, int, bool, bool] | None:
    """(scope level, links up, whether a clause of purpose or manner was crossed, whether
    any clause below the scope was) of the first scope word above a place; None across
    another clause, out of an attribution ("according to a source in Aleppo") or out of
    a "since" phrase, which dates the event from an earlier one ("since the raids in X")."""
    current, hops, crossed, below = place, 0, False, False
    for _ in range(len(place.doc)):
        holder = _holder_before(current)
        if holder is not None:
            current, hops = holder, hops + 1  # "targeting the army held village of X": X is the target
            continue
        if current.i in scope:
            return scope[current.i], hops, crossed, below
        if current.head.i == current.i or (current.dep_ in _CLAUSE_DEPS and not _same_event(current)):
            return None
        if current.dep_ == "prep" and current.lower_ == "according":
            return None
        if current.dep_ == "prep" and current.lower_ == "since" and hops > 0:
            return None  # "the first title since the games in X": an earlier event's place
        if current.dep_ == "prep" and hops > 0 and _another_event_before(current):
            return None  # "In addition to their raid on X, troops shelled Y": the raid's place
        if current.dep_ in _CLAUSE_DEPS:
            below = True
            if current.dep_ != "acl" and not _marked_same_event(current):
                crossed = True
        current, hops = current.head, hops + 1
    return None


#: Verbs of holding ground, which news glues to their holder without a hyphen: "the army
#: held village of X", "the Syrian Army (SAA) controlled district of X".
_HOLDING_VERBS = frozenset("hold control".split())


def _holder_before(verb: Token) -> Token | None:
    """The holder a verb of holding ground was written right after, without the hyphen of
    "rebel-held", so the parser took it for a verb of its own: "targeting the army held
    village of X", "targeting the Syrian Arab Army (SAA) controlled X".  The verb (past
    form, no auxiliary, no subject but that holder) only qualifies its object: the holder's
    "the" is the whole phrase's, and the object has none of its own.  The word to climb on
    from is the holder, or the verb the holder hangs on when the parser made it the verb's
    subject and the phrase that verb's object clause (short of a verb of saying: "officials
    said the army held X" is a clause).
    None for any other word."""
    if verb.tag_ not in ("VBD", "VBN") or lemma_of(verb) not in _HOLDING_VERBS or verb.i < 1:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if any(c.dep_ in ("det", "poss") for o in objects for c in o.children):
        return None  # "the troops held the town", "... held its ground": a clause of its own
    before = verb.doc[verb.i - 1]
    if before.text == ")":
        before = before.head  # "the Syrian Arab Army (SAA) controlled ..."
    if not (before.tag_ in ("NNP", "NNPS") or (before.tag_ in ("NN", "NNS") and before.head.i == verb.i)):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in before.children):
        return None  # "Rebels held Oduya for a week"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(s.i != before.i for s in subjects):
        return None
    if before.head.i == verb.i:
        # the parser made the holder the subject, and the phrase a clause taking the place of
        # the object of the verb above ("targeting [the army controlled X]")
        head = verb.head
        if verb.dep_ != "ccomp" or lemma_of(head) in _BELIEF_VERBS or not _object_missing(head):
            return None
        return head
    return before


#: Nouns of answering another event: "in response to", "in retaliation for".
_RESPONSE_NOUNS = frozenset("response reply retaliation reprisal".split())

#: Happenings another event is told beside: "in addition to their attack on X".
_BESIDE_EVENT_NOUNS = _EVENT_NOUN_WORDS | lexicon.PUSH_NOUNS


def _another_event_before(preposition: Token) -> bool:
    """Whether a phrase put before its verb names another event than the verb's: "In addition
    to their attack at X, the militia launched ...", "In response to the siege of X, ...",
    "Following the failed offensive in X, the army continued ...", "Besides the raid on X,
    ..."; its places are that event's."""
    word, holder = preposition.lower_, preposition.head
    first = holder.head if word in ("to", "for") and holder.head.lower_ == "in" else preposition
    if first.i > first.head.i:
        return False  # only a phrase put first: "died following an attack in X" is the attack's toll
    if word == "following" or (first is not preposition and is_word(holder, _RESPONSE_NOUNS)):
        return True
    apart = preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ == "apart"
    beside = word == "besides" or (word == "from" and apart) or (
        word == "to" and first is not preposition and holder.lower_ == "addition"
    )
    # only beside another happening: "in addition to the troops posted in X, boats patrolled ..." is one scene
    return beside and any(is_word(o, _BESIDE_EVENT_NOUNS) for o in preposition.children if o.dep_ == "pobj")


def _marked_same_event(clause: Token) -> bool:
    # a "when" clause the parser hung on a date as a relative clause is still the
    # event's own ("evacuated Monday when a depot was bombed outside Aden")
    markers = [c.lower_ for c in clause.children if c.dep_ in ("advmod", "mark") and c.lower_ in _SAME_EVENT_MARKERS]
    if markers == ["as"] and clause.i < clause.head.i and _has_subject(clause) and not _pronoun_subject(clause.head):
        # "As ministers met in X, police clashed with ...": what others did meanwhile, elsewhere
        # (but "as troops advanced on X, they came under fire" is what befell the same people)
        return False
    return clause.dep_ in ("advcl", "relcl") and bool(markers)


def _has_subject(clause: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in clause.children)


def _pronoun_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "PRP" for child in verb.children)


def _same_event(clause: Token) -> bool:
    """Whether a clause describes the event it hangs on: a participle modifying a
    noun ("a bomb targeting a train") or the verb ("launched an offensive,
    targeting X"), what the event was for or how it was done ("launched an
    assault to recapture X", "began the offensive by striking X"), or a
    "when"/"while"/"as" clause."""
    if clause.dep_ == "acl":
        return True
    if clause.dep_ == "xcomp":
        # what the subject tried, began or managed to do ("arrested as they tried to cross the
        # river near Gao"); not what somebody is believed or said to be ("thought to be held in X")
        return lemma_of(clause.head) not in _BELIEF_VERBS
    if clause.dep_ == "pcomp":
        # how it was done ("by striking X") or amid what ("killed during shelling in X",
        # "captured in fighting outside X", "succeeded in capturing X"), or what was done just
        # before it ("shot after leaving a cafe in X"; not "in good condition after spending a
        # night in X", a state since)
        if clause.head.lower_ in _JUST_BEFORE_PREPOSITIONS and _gerund(clause):
            return not _time_between(clause, clause.head) and lemma_of(clause.head.head) not in _STATE_VERBS
        return clause.head.lower_ in _GERUND_PREPOSITIONS and clause.tag_ == "VBG"
    if clause.dep_ == "relcl":
        if is_word(clause.head, _EVENT_NOUN_WORDS) and not any(
            c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in clause.children
        ):
            return True  # "wounded in an assault that began at dawn in X": where the assault was
        # an infinitive on a noun: "launched an operation to recapture Ramadi"
        return _marked_same_event(clause) or (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        )
    if clause.dep_ != "advcl":
        return False
    if _marked_same_event(clause):
        return True
    after = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"]
    if after and not _time_between(clause, after[0]):
        # what happened just before, with no time between: "wounded after smugglers rammed a
        # patrol car in X" (but "a day after the air force struck Idlib" is another event)
        return True
    has_subject = any(child.dep_ in ("nsubj", "nsubjpass", "expl") for child in clause.children)
    if has_subject or any(child.dep_ == "mark" for child in clause.children):
        return False  # "after the air force struck positions in Idlib": another event
    purpose = any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)
    return clause.tag_ in ("VBG", "VBN") or purpose


def _gerund(verb: Token) -> bool:
    """A gerund, active or passive: "after leaving X", "after being wounded near X"."""
    return verb.tag_ == "VBG" or (
        verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    )


def _time_between(clause: Token, after: Token) -> bool:
    """Whether a span of time separates a clause opened by "after" from the event ("a day
    after", "two months after", however parsed)."""
    return any(c.dep_ == "npadvmod" for c in (*clause.children, *after.children)) or (
        after.i > 0 and clause.doc[after.i - 1].dep_ == "npadvmod"
    )


@dataclass(frozen=True)
class EventRecord:
    """One event_location record: a sentence, its event trigger and where the event happened."""

    id: str
    text: str
    subset: str
    trigger: tuple[int, int] | None
    gold: tuple[tuple[int, int], ...]


def read_event_records(path: str | Path) -> list[EventRecord]:
    """All records of ``event_location.jsonl`` (checked: spans inside the text)."""
    records = []
    for where, line in _jsonl_lines(Path(path), ""):
        try:
            raw = json.loads(line)
            text = raw["text"]
            trigger = raw.get("event_trigger")
            span = (int(trigger["start"]), int(trigger["end"])) if trigger else None
            gold = tuple((int(t["start"]), int(t["end"])) for t in raw["toponyms"])
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{where}: not an event_location record ({exc})") from None
        if any(not 0 <= s < e <= len(text) for s, e in (*gold, *([span] if span else []))):
            raise InputError(f"{where}: a span lies outside the text")
        records.append(EventRecord(str(raw["id"]), text, str(raw.get("subset") or ""), span, gold))
    return records


@dataclass(frozen=True)
class EventOutcome:
    """What geomap picked for one record, and whether it is right.

    ``reachable``: some mention geomap found overlaps a gold toponym (with no
    gold toponym: always), so a perfect pick was possible.
    """

    record: EventRecord
    chosen: tuple[int, int] | None
    chosen_text: str | None
    correct: bool
    reachable: bool


def judge_event(record: EventRecord, chosen: tuple[int, int] | None, found: Sequence[tuple[int, int]]) -> EventOutcome:
    """Right when the pick overlaps a gold toponym, or when there is none and nothing is picked."""
    if record.gold:
        correct = chosen is not None and any(spans_overlap(chosen, g) for g in record.gold)
        reachable = any(spans_overlap(f, g) for f in found for g in record.gold)
    else:
        correct, reachable = chosen is None, True
    text = record.text[chosen[0] : chosen[1]] if chosen else None
    return EventOutcome(record, chosen, text, correct, reachable)


def evaluate_event_locations(
    records: Sequence[EventRecord], *, gazetteer: Gazetteer | None = None, workers: int = 1
) -> list[EventOutcome]:
    """Run geomap on each record with a trigger and judge ``event_location``'s pick."""
    outcomes = []
    for record, doc, mentions in parse_event_records(records, gazetteer=gazetteer, workers=workers):
        assert record.trigger is not None
        chosen = event_location(doc, record.trigger, mentions)
        found = [(m.start, m.end) for m in mentions]
        outcomes.append(judge_event(record, (chosen.start, chosen.end) if chosen else None, found))
    return outcomes


def parse_event_records(
    records: Sequence[EventRecord], *, gazetteer: Gazetteer | None = None, workers: int = 1
) -> Iterator[tuple[EventRecord, Doc, Sequence[Mention]]]:
    """Each record with a trigger, its parse and geomap's mentions of its text, in order.

    The mentions come from ``pipeline.map_articles`` as for any user; the parse
    ``event_location`` reads is the same model's parse of the same text.
    """
    from .nlp import for_the_parser, load_nlp
    from .pipeline import map_articles

    usable = [r for r in records if r.trigger is not None]
    articles = [Article(text=r.text, id=r.id, source="event_location") for r in usable]
    situations = map_articles(articles, gazetteer=gazetteer, workers=workers)
    docs = load_nlp().pipe((for_the_parser(r.text) for r in usable), batch_size=64)
    for record, situation, doc in zip(usable, situations, docs, strict=True):
        yield record, doc, situation.mentions


def event_accuracy(outcomes: Iterable[EventOutcome]) -> tuple[int, int]:
    """(correct, total) over some outcomes."""
    tally = Counter(o.correct for o in outcomes)
    return tally[True], tally[True] + tally[False]
