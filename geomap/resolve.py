"""Choose one real place per mention, with a confidence.

A candidate's score is the gazetteer's prior (what kind of place it is, how
many people live there, whether it is a capital) plus context from the article:
the countries it names, its dateline, an "X, Y" qualifier or a describing
phrase ("a city in Saint Louis County, Minnesota"), and the other places it
names nearby.
One name keeps one sense within an article, so every "Georgia" in a story
resolves alike.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .gazetteer.store import ALT_NAME_PENALTY
from .lexicon import STATE_ABBREVIATION
from .model import Article, Mention

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, GazetteerRecord

#: A candidate in a country the article names is likelier (the article's focus).
_FOCUS_BONUS = 3.0
#: ... and more so in the dateline's country.
_DATELINE_BONUS = 1.0
#: "Paris, Texas": the qualifier all but decides.
_QUALIFIER_BONUS = 6.0

#: ", Texas" / ", Ga." straight after a name.
_QUALIFIER = re.compile(r"\s*,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


#: Another name in the article resolved into the same country / the same
#: admin-1 region: "Gainesville" beside "Hall County, Ga." is Gainesville, Georgia.
_COUNTRY_COHERENCE_BONUS = 1.0
#: A country whose towns the article names, against another place of its name.
_NAMESAKE_COUNTRY_BONUS = 2.5
_REGION_COHERENCE_BONUS = 3.0
#: ... and another name's place within a short drive: "Paris" beside "Henry
#: County" is Paris, Tennessee, the county seat; "Jordan" beside "Shakopee"
#: is the Minnesota town, not the kingdom.
_NEARBY_BONUS = 2.0
#: The share of those two bonuses an alternate spelling gets.
_ALTERNATE_LOCAL_WEIGHT = 0.5
#: Full weight within this distance, none beyond twice it.
_NEARBY_KM = 40.0


@dataclass(frozen=True)
class _Context:
    """Countries the article names outright, with how often, and its dateline's country."""

    named: dict[tuple[str, str], tuple[str, int]]
    dateline: str | None

    @property
    def focus(self) -> frozenset[str]:
        return frozenset(country for country, _ in self.named.values())

    def share(self, country: str | None) -> float:
        """The country's share of the article's country mentions: a local story
        names one country throughout, a world story several."""
        total = sum(count for _, count in self.named.values())
        mine = sum(count for code, count in self.named.values() if code == country)
        return mine / total if total else 0.0

    def for_name(self, key: tuple[str, str]) -> _Context:
        """The context a name sees: "Mexico" must not make Mexico City likelier
        just because "Mexico" names a country."""
        return _Context({k: v for k, v in self.named.items() if k != key}, self.dateline)


@dataclass(frozen=True)
class _Geography:
    """Where the other names in the article point: weight per country and per
    admin-1 region, from a first pass that resolves each name alone."""

    countries: dict[str, float]
    regions: dict[str, float]
    points: _PointVotes | None = None
    #: The name whose candidates are being ranked: its own point votes do not count.
    name: tuple[str, str] | None = None

    def without(self, key: tuple[str, str], picks: Sequence[tuple[GazetteerRecord, float]]) -> _Geography:
        """The same, less one name's own votes (a name must not vouch for itself)."""
        countries, regions = dict(self.countries), dict(self.regions)
        for record, weight in picks:
            if record.country:
                countries[record.country] = countries.get(record.country, 0.0) - weight
            if record.admin1:
                regions[record.admin1] = regions.get(record.admin1, 0.0) - weight
        return _Geography(countries, regions, self.points, key)

    def nearby(self, record: GazetteerRecord) -> float:
        """How strongly other names vouch for a place within a short drive of this one."""
        if self.points is None:
            return 0.0
        return self.points.near(record.lat, record.lon, exclude=self.name)


class _PointVotes:
    """Local places the article's names may be, bucketed by whole degree so
    that "which of them lie near this candidate?" costs a few lookups."""

    def __init__(self, votes: dict[tuple[str, str], list[tuple[GazetteerRecord, float]]]) -> None:
        self._cells: dict[tuple[int, int], list[tuple[tuple[str, str], float, float, float]]] = {}
        for key, picks in votes.items():
            # A sense vouches by its standing against the name's favourite, not
            # by its share: "Henry County" has a dozen senses and the
            # Tennessee one leads none of them, yet Paris, Tennessee is its seat.
            top = max((w for _, w in picks), default=1.0)
            for record, share in picks:
                weight = math.sqrt(share / top)
                if record.type in _POINT_TYPES:
                    cell = (math.floor(record.lat), math.floor(record.lon))
                    self._cells.setdefault(cell, []).append((key, record.lat, record.lon, weight))

    def near(self, lat: float, lon: float, *, exclude: tuple[str, str] | None) -> float:
        if not self._cells:
            return 0.0
        best: dict[tuple[str, str], float] = {}
        row, col = math.floor(lat), math.floor(lon)
        for cell in ((row + dr, col + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1)):
            for key, vlat, vlon, weight in self._cells.get(cell, ()):
                if key == exclude:
                    continue
                km = _km(lat, lon, vlat, vlon)
                closeness = 1.0 if km <= _NEARBY_KM else max(0.0, 2.0 - km / _NEARBY_KM)
                if closeness * weight > best.get(key, 0.0):
                    best[key] = closeness * weight
        return sum(best.values())


#: Places whose point stands for the place itself (a town; a county, by its
#: seat), so nearness means something; a country's point does not.
_POINT_TYPES = frozenset({"city", "admin2", "landmark"})


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; an equirectangular shortcut is exact enough within a degree or two."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


_NO_GEOGRAPHY = _Geography({}, {})

#: Places that gain from other names in their admin-1 region ("Georgia" the
#: state beside "Atlanta"). Countries and wider regions do not.
_LOCAL_TYPES = ("city", "admin2", "landmark", "admin1")

#: Rounds of re-ranking with the geography of the previous round's beliefs.
#: A second round helped TR-News (+0.010) and LGL (+0.003) but cost WikToR
#: 0.035 by reinforcing a wrong majority; one round is kept.
_COHERENCE_ROUNDS = 1

#: A candidate with less of its name's belief than this casts no vote.
_MIN_SHARE = 0.05

#: Votes below this are noise (a single low-confidence guess).
_MIN_VOTE = 0.3


def resolve_mentions(article: Article, mentions: Sequence[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Give each mention a place (or None) and a confidence in that choice.

    Two passes: each name alone, then again with the geography the other
    names point at.  One name keeps one sense per article; a qualified
    occurrence ("Springfield, Illinois") decides for the bare ones.
    """
    context = _article_context(article, mentions, gazetteer)
    qualifiers = [_qualifier_after(article.text, m.end, m.start) for m in mentions]
    designators = [_designator(article.text, m.end) for m in mentions]
    candidates = [
        _designated(_candidates(m, gazetteer, d), d) for m, d in zip(mentions, designators, strict=True)
    ]
    codes = [
        _qualifier_codes(q, gazetteer) if q and c and c[0].type not in ("country", "group", "region") else set()
        for q, c in zip(qualifiers, candidates, strict=True)
    ]
    codes = [
        code or (_described_codes(article.text, m, gazetteer) if c and c[0].type not in _WIDE_TYPES else set())
        for code, m, c in zip(codes, mentions, candidates, strict=True)
    ]
    codes = [
        code or (_introduced_codes(article.text, m, gazetteer) if c and c[0].type not in _WIDE_TYPES else set())
        for code, m, c in zip(codes, mentions, candidates, strict=True)
    ]
    candidates = [
        # the designator again: the local candidates must not bring back the town of a
        # province's name ("the Kharkiv region" is the oblast)
        _designated(
            _with_local_candidates(m, c, context.focus | {code[:2] for code in q}, gazetteer)
            or _spelling_candidates(m, context.focus | {code[:2] for code in q}, gazetteer),
            d,
        )
        for m, c, q, d in zip(mentions, candidates, codes, designators, strict=True)
    ]
    candidates = [_without_other_spellings_of_a_country(c) for c in candidates]
    keys = [(m.kind, m.text.casefold()) for m in mentions]

    ranked = [
        _rank(c, context.for_name(k), q, _NO_GEOGRAPHY) for c, q, k in zip(candidates, codes, keys, strict=True)
    ]
    for _ in range(_COHERENCE_ROUNDS):
        votes: dict[tuple[str, str], list[tuple[GazetteerRecord, float]]] = {}
        for key, ranking in zip(keys, ranked, strict=True):
            votes.setdefault(key, []).extend(_votes(ranking))
        geography = _geography(votes)
        ranked = [
            _rank(c, context.for_name(k), q, geography.without(k, votes[k]))
            for c, q, k in zip(candidates, codes, keys, strict=True)
        ]

    leaders: dict[tuple[str, str], int] = {}
    for index in sorted(range(len(mentions)), key=lambda i: not codes[i]):
        leaders.setdefault(keys[index], index)

    resolved: dict[int, Mention] = {}
    for index in sorted(range(len(mentions)), key=lambda i: i != leaders[keys[i]]):
        mention, key = mentions[index], keys[index]
        leader = leaders[key]
        if index != leader and not codes[index]:
            chosen = resolved[leader]
            resolved[index] = mention.with_(
                place=chosen.place, alternatives=chosen.alternatives, confidence=chosen.confidence
            )
            continue
        resolved[index] = _choose(mention, ranked[index])
    return [resolved[i] for i in range(len(mentions))]


def _without_other_spellings_of_a_country(candidates: list[GazetteerRecord]) -> list[GazetteerRecord]:
    """A country's own name names the country, not a place that also goes by it:
    "Mexico" is Mexico, even in a story that names Mexico City, whose alternate name
    "Mexico" would otherwise gather the city's neighbours' votes ("Kuwait", "Panama").
    Places of that name in their own right still compete ("Georgia", the US state)."""
    if not any(c.type == "country" and not c.alternate for c in candidates):
        return candidates
    return [c for c in candidates if not c.alternate]


def _candidates(mention: Mention, gazetteer: Gazetteer, designator: str | None = None) -> list[GazetteerRecord]:
    """The name's places; counties are known by their full names ("Kanawha County"), so a
    name the word "county" or "counties" follows apart ("Kanawha county", "Boone and
    Kanawha counties") is looked up with it too."""
    if mention.kind == "demonym":
        record = gazetteer.demonym(mention.text)
        return [record] if record is not None else []
    if STATE_ABBREVIATION.match(mention.text):
        states = [r for r in gazetteer.qualifier(mention.text) if r.type in ("admin1", "country")]
        if states:
            return states
    found = list(gazetteer.candidates(_lookup_name(mention), limit=_GLOBAL_CANDIDATES))
    if designator == "county":
        named = gazetteer.candidates(f"{_lookup_name(mention)} County", limit=_GLOBAL_CANDIDATES)
        found += [c for c in named if c not in found]
    return found


#: A lower-case word after the name that says what kind of unit it is:
#: "Washington state" is the state, "Henan province" the province. Words that
#: only ever name a unit count capitalised too ("the Deir Ezzor Governorate",
#: "Helmand Province"); "Washington State" may be a university, "Lake District"
#: a name.
_DESIGNATOR = re.compile(
    r"\s+(province|region|district|prefecture|governorate|oblast|county|state|municipality|territory"
    r"|Province|Prefecture|Governorate|Oblast)\b"
)
#: The same word in the plural after a list the name is in: "Boone, Cabell and Putnam
#: counties", "the Idlib and Hama provinces" (each name is one of them).
_LIST_DESIGNATOR = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*\s*,?"
    r"(?:\s+(?:and|or)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
    r"\s+(provinces|regions|districts|prefectures|governorates|oblasts|counties|municipalities|territories|states)\b"
)
_PLURAL_DESIGNATORS = {"counties": "county", "municipalities": "municipality", "territories": "territory"}
_DESIGNATED_TYPES = {"county": ("admin2",)}
_ADMIN_TYPES = ("admin1", "admin2", "region")


def _designator(text: str, end: int) -> str | None:
    """The unit word after a name, singular ("county" for "Boone and Kanawha counties"), or None."""
    match = _DESIGNATOR.match(text, end) or _LIST_DESIGNATOR.match(text, end)
    if match is None:
        return None
    word = match.group(1).lower()
    return _PLURAL_DESIGNATORS.get(word, word.removesuffix("s"))


def _designated(candidates: list[GazetteerRecord], designator: str | None) -> list[GazetteerRecord]:
    """Keep the candidates of the kind a following designator names, if any are."""
    if designator is None:
        return candidates
    kinds = _DESIGNATED_TYPES.get(designator, _ADMIN_TYPES)
    return [c for c in candidates if c.type in kinds] or candidates


#: Candidates fetched per name worldwide, and again within the article's countries.
_GLOBAL_CANDIDATES = 25
_LOCAL_CANDIDATES = 50


def _with_local_candidates(
    mention: Mention, candidates: list[GazetteerRecord], countries: frozenset[str] | set[str], gazetteer: Gazetteer
) -> list[GazetteerRecord]:
    """Add the name's places inside the article's countries.

    A worldwide top 25 by prior can miss the right town: there are hundreds
    of Santa Rosas, and the one in New Mexico ranks far down the list.
    """
    if mention.kind == "demonym" or not candidates or not countries:
        return candidates
    local = gazetteer.candidates(_lookup_name(mention), country_codes=sorted(countries), limit=_LOCAL_CANDIDATES)
    seen = set(candidates)
    return candidates + [record for record in local if record not in seen]


#: Unit words a name may end with that the gazetteer's names lack: "Aleppo
#: City", "Quang Tri Province". The kinds of place each allows.
_UNIT_SUFFIX = re.compile(
    r"^(?P<name>.+?)\s+(?P<unit>city|town|village|province|governorate|region|district|oblast|prefecture)$",
    re.IGNORECASE,
)
_SETTLEMENT_UNITS = frozenset({"city", "town", "village"})

#: Kinds of place a spelling match anywhere in the world may be without being large.
_WIDE_SPELLING_TYPES = frozenset({"admin1", "region", "water"})

#: A spelling match outside the article's countries must be a place this large
#: and match its preferred name: small places share folded keys worldwide.
_SPELLING_MIN_POPULATION = 100_000


def _spelling_candidates(
    mention: Mention, countries: frozenset[str] | set[str], gazetteer: Gazetteer
) -> list[GazetteerRecord]:
    """Places for a name that matches none exactly, written another way.

    First the name without a unit word the gazetteer leaves out ("Aleppo
    City" is Aleppo); then the name up to transliteration ("Deir Ezzor" is
    Deir ez-Zor, "Al-Shadadi" is Ash Shaddadah), inside the article's
    countries, or anywhere when it is a large place's own name.
    """
    if mention.kind != "toponym":
        return []
    name = _lookup_name(mention)
    unit = _UNIT_SUFFIX.match(name)
    if unit is not None:
        settlement = unit.group("unit").casefold() in _SETTLEMENT_UNITS
        kinds = ("city",) if settlement else _ADMIN_TYPES
        found = gazetteer.candidates(unit.group("name"), limit=_GLOBAL_CANDIDATES, types=kinds)
        if found:
            return found
        name = unit.group("name")
    if countries:
        local = gazetteer.spelling_candidates(name, country_codes=countries, limit=_LOCAL_CANDIDATES)
        if local:
            return local
    return [
        record
        for record in gazetteer.spelling_candidates(name, limit=_GLOBAL_CANDIDATES)
        if not record.alternate
        and (record.population >= _SPELLING_MIN_POPULATION or record.type in _WIDE_SPELLING_TYPES)
    ]


def _rank(
    candidates: list[GazetteerRecord], context: _Context, qualifier_codes: set[str], geography: _Geography
) -> list[tuple[float, GazetteerRecord]]:
    scored = [(_score(c, context, qualifier_codes, geography), i, c) for i, c in enumerate(candidates)]
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [(score, record) for score, _, record in scored]


def _votes(ranked: list[tuple[float, GazetteerRecord]]) -> list[tuple[GazetteerRecord, float]]:
    """Each candidate's share of one name's belief, from the first pass.

    A name votes for every place it may be, in proportion: "Walton County"
    is most likely Florida's, but it still says something for Georgia.
    """
    if not ranked:
        return []
    best = ranked[0][0]
    weights = [math.exp(score - best) for score, _ in ranked]
    total = sum(weights)
    return [(record, w / total) for (_, record), w in zip(ranked, weights, strict=True) if w / total >= _MIN_SHARE]


def _geography(votes: dict[tuple[str, str], list[tuple[GazetteerRecord, float]]]) -> _Geography:
    countries: dict[str, float] = {}
    regions: dict[str, float] = {}
    for picks in votes.values():
        for record, weight in picks:
            if record.country:
                countries[record.country] = countries.get(record.country, 0.0) + weight
            if record.admin1:
                regions[record.admin1] = regions.get(record.admin1, 0.0) + weight
    return _Geography(countries, regions, _PointVotes(votes))


def _choose(mention: Mention, ranked: list[tuple[float, GazetteerRecord]]) -> Mention:
    if not ranked:
        return mention.with_(place=None, confidence=0.0)
    best_score, best = ranked[0]
    confidence = _softmax_share(best_score, [s for s, _ in ranked]) * mention.confidence
    alternatives = tuple(record.to_place() for _, record in ranked[1:4])
    return mention.with_(place=best.to_place(), confidence=confidence, alternatives=alternatives)


def _lookup_name(mention: Mention) -> str:
    """Datelines are in capitals; the gazetteer matches case-insensitively,
    but title case also reads right in messages."""
    return mention.text.title() if mention.text.isupper() and len(mention.text) > 3 else mention.text


def _score(
    record: GazetteerRecord, context: _Context, qualifier_codes: set[str], geography: _Geography
) -> float:
    score = record.prior - (ALT_NAME_PENALTY if record.alternate else 0.0)
    share = context.share(record.country) if record.type != "country" else 0.0
    if share > 0.0:
        score += _FOCUS_BONUS * share
    elif geography.countries.get(record.country or "", 0.0) >= _MIN_VOTE:
        # a country too, and more: "Congo" beside Brazzaville is the Republic of the Congo, beside Goma the DRC
        bonus = _NAMESAKE_COUNTRY_BONUS if record.type == "country" else _COUNTRY_COHERENCE_BONUS
        score += bonus * min(1.0, geography.countries[record.country or ""])
    # A name that is only an old or local spelling of a place ("Delaware" for
    # West Point, Virginia) gains less from its neighbours.
    local = _ALTERNATE_LOCAL_WEIGHT if record.alternate else 1.0
    if record.type in _LOCAL_TYPES and geography.regions.get(record.admin1 or "", 0.0) >= _MIN_VOTE:
        score += local * _REGION_COHERENCE_BONUS * min(1.0, geography.regions[record.admin1 or ""])
    if record.type in _POINT_TYPES:
        nearby = geography.nearby(record)
        if nearby >= _MIN_VOTE:
            score += local * _NEARBY_BONUS * min(1.0, nearby)
    if record.country and record.country == context.dateline:
        score += _DATELINE_BONUS
    if qualifier_codes and (record.country in qualifier_codes or record.admin1 in qualifier_codes):
        score += _QUALIFIER_BONUS
    return score


def _softmax_share(best: float, scores: list[float]) -> float:
    """The best candidate's share of probability mass, scores as log-odds."""
    total = sum(math.exp(s - best) for s in scores)
    return 1.0 / total


def _article_context(article: Article, mentions: Sequence[Mention], gazetteer: Gazetteer) -> _Context:
    """Countries the article names outright, and its dateline's country."""
    named: dict[tuple[str, str], tuple[str, int]] = {}
    dateline: str | None = None
    for mention in mentions:
        if mention.kind == "demonym":
            record = gazetteer.demonym(mention.text)
        else:
            countries = [c for c in gazetteer.candidates(_lookup_name(mention), limit=3) if c.type == "country"]
            record = countries[0] if countries else None
        if record is not None and record.country:
            key = (mention.kind, mention.text.casefold())
            named[key] = (record.country, named.get(key, (record.country, 0))[1] + 1)
        if mention.source == "dateline" and dateline is None:
            top = gazetteer.candidates(_lookup_name(mention), limit=1)
            dateline = top[0].country if top else None
    return _Context(named=named, dateline=dateline)


def _qualifier_after(text: str, end: int, start: int | None = None) -> str | None:
    """The larger place after a comma that says where the name is: "Paris, Texas"; not
    the next clause's opening words after a place put first ("In Kabul, US officials said")."""
    match = _QUALIFIER.match(text, end)
    if match is None:
        return None
    opening = start is not None and _OPENING_PLACE_PHRASE.search(text, max(0, start - _OPENING_WINDOW), start)
    if opening and _NOUN_AFTER.match(text, match.end()):
        return None
    return match.group(1)


#: A sentence that opens with a place phrase, up to the place: "In ", "At the ".
_OPENING_PLACE_PHRASE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:In|At|From|Near|Outside|Inside|Across|Throughout)\s+(?:the\s+)?$"
)

#: How far back a sentence's opening place phrase is looked for (a phrase is short).
_OPENING_WINDOW = 40

#: A lower-case word next: the capitalised word before it modifies it ("US officials").
_NOUN_AFTER = re.compile(r"\s+[a-z]")


#: Places too wide to be described as lying in another.
_WIDE_TYPES = ("country", "group", "region")

#: "Elmwood is a city in Lake County, Ohio", "Lima, a village in
#: the town of Lima, Oklahoma": what the sentence says the place lies in.
_DESCRIBED_AS = re.compile(
    r"(?:\s*,|\s+(?:is|was))\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:city|town|village|community|municipality|hamlet|borough|township|suburb|neighbou?rhood|port|settlement"
    r"|place|county|district|province|parish)\s+(?:located\s+)?(?:in|of|within)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+of\s+)?"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*){0,4})"
)


def _described_codes(text: str, mention: Mention, gazetteer: Gazetteer) -> set[str]:
    """Codes of the states and countries a describing phrase puts the place in,
    the narrowest only: "..., Minnesota, United States" gives US-MN, not US."""
    match = _DESCRIBED_AS.match(text, mention.end)
    if match is None:
        return set()
    # The chain may run on into the next sentence: "..., Philippines. According"
    chain = re.split(r"(?<=\w{4})\.(?:\s|$)", match.group(1))[0]
    codes: set[str] = set()
    for part in (p.strip() for p in chain.split(",")):
        if part.casefold() != mention.text.casefold():  # "a village in the town of Lima, Ohio"
            codes |= _qualifier_codes(part, gazetteer) or _county_state(part, gazetteer)
    states = {code[:2] for code in codes if len(code) > 2}
    return {code for code in codes if len(code) > 2 or code not in states}


#: "the Kenyan port city of", "Mali's northern town of", "the Ghanaian capital":
#: what a sentence calls the place just before naming it.  The state opens the
#: phrase, after "the" or with a possessive, so that a subject ("officials in
#: Ohio said the town of") is not taken for it; the words around it describe
#: ("ancient", "port"), they do not join ("the road to Kenya and the town of").
_INTRODUCED_AS = re.compile(
    r"(?:\bthe\s+(?:{describing}\s+){{0,2}}((?:[A-Z][\w'’.-]*\s+){{0,2}}?[A-Z][\w'’.-]*)"
    r"|\b((?:[A-Z][\w'’.-]*\s+){{0,2}}?[A-Z][\w'’.-]*)['’]s)"
    r"\s+(?:{describing}\s+){{0,3}}(?:city|town|village|port|capital|municipality|province|district|region)"
    r"(?:\s+of|,)?\s+$".format(describing=r"(?!(?:in|of|the|and|or|to|at|on|near|from|with|by|for)\s)[a-z][\w-]*")
)

#: Capitalised words that may open such a phrase without naming a state: "the Northern town of".
_DIRECTION_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)

#: How far back an introducing phrase may start.
_INTRODUCTION_WINDOW = 80


def _introduced_codes(text: str, mention: Mention, gazetteer: Gazetteer) -> set[str]:
    """The country or state a phrase before the name puts it in: "the Syrian desert
    town of X", "Mali's northern town of X", "the Texas town of X".  A people-word
    counts as its country; a direction does not count at all."""
    match = _INTRODUCED_AS.search(text[max(0, mention.start - _INTRODUCTION_WINDOW) : mention.start])
    word = match and (match.group(1) or match.group(2))
    if not word or word.lower() in _DIRECTION_WORDS:
        return set()
    record = gazetteer.demonym(word)
    if record is not None and record.country:
        return {record.country}
    return _qualifier_codes(word, gazetteer)


def _county_state(name: str, gazetteer: Gazetteer) -> set[str]:
    """The admin-1 code of a county or province, when its name is unambiguous:
    "Lincolnshire" puts Boston in England, "Negros Oriental" San Jose in Central Visayas."""
    states = {c.admin1 for c in gazetteer.candidates(name, limit=5) if c.type == "admin2" and not c.alternate}
    return {states.pop()} if len(states) == 1 and None not in states else set()


def _qualifier_codes(qualifier: str, gazetteer: Gazetteer) -> set[str]:
    """ISO country and ISO 3166-2 codes a qualifier like "Texas" or "Ga." names."""
    codes: set[str] = set()
    for record in gazetteer.qualifier(qualifier):
        if record.type == "country" and record.country:
            codes.add(record.country)
        elif record.type == "admin1" and record.admin1:
            codes.add(record.admin1)
    return codes
