"""Place names found by the words around them, where NER missed them.

The patterns that news uses to introduce places:

- a unit word and "of": "the village of Kampungu", "the town of Pulawy" says
  "this is a place" whatever the name and whatever NER thought, so a name the
  gazetteer lacks is still found (it stays unresolved, but the reader sees it
  was named);
- a name and a lower-case unit word after it: "an attack on Khan Tuman
  village", "Baghdad's western Amriya district", "the Shijaia neighborhood"
  (the same reasoning; the unit word is not part of the name, and a name
  that is a common word or a unit word that starts a compound, "Trump town
  hall", does not count);
- a name and a site word that takes its name from the place: "the Dorvani
  airbase", "the Kesh border crossing";
- an Arabic name and a capitalised unit word, as war reporting from the region
  writes them: "the Al-Manishiyah District", "the Deir Ezzor Governorate";
- names listed before a plural unit word: "Cook and DuPage counties", "the
  Idlib and Hama provinces";
- a list whose other items are places: "Kisumu, Bondo, Nyando and Wajir"
  (known names only: a list may mix places and other things);
- a known place as the subject of seeing an event: "Bakhmut saw heavy
  fighting", "Kharkiv has witnessed shelling" (NER often gives such a
  subject no label, or calls it an organisation).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .dates import names_a_month_or_weekday
from .lexicon import ARABIC_ARTICLE, ARABIC_PLACE_WORDS, ARABIC_PLACE_WORDS_ALSO_NAMES, FALLING_TO_SIDES
from .model import Mention
from .nlp import lemma_of, scene_event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .gazetteer import Gazetteer

#: One capitalised word of a name, with an apostrophe inside it ("Ta’ra"), and
#: perhaps the Arabic article written lower case before it ("al-Nasriya", "el-Karim").
#: A possessive ("Aleppo's") ends the word.
_WORD = r"(?:(?:al|el)-)?[A-Z][\w-]*(?:['’](?!s\b)\w[\w-]*)*"

#: A side's word fused to a name by a hyphen: "FSA-held", "Russian-occupied", "Turkish-backed".
_SIDE_PREFIX = re.compile(r"[\w.]+-(?:held|controlled|occupied|administered|backed|led|run)\s+")

#: One capitalised name of up to four words ("Ceamurlia de Jos", "Homa Bay", "Hay al-Ward").
_NAME = rf"{_WORD}(?:\s+(?:(?:de|del|da|do|la|le|el|al)\s+)?{_WORD}){{0,3}}"

_UNIT_OF = re.compile(
    rf"(?<![\w-])(?:village|town|city|district|municipality|hamlet|township|province|suburb|island|settlement"
    rf"|region|neighbou?rhood|quarter|governorate|countryside|outskirt)s?"
    rf"\s+of\s+({_NAME})"
)

_NAME_UNIT = re.compile(
    rf"(?<![\w'’-])({_NAME})\s+(?:(?:village|town|district|neighbou?rhood|suburb|quarter|township|municipality)s?"
    rf"|(?P<wide>(?:area|region|valley|commune|sector|subdistrict|sub-district|tehsil|taluka?|upazila)s?))\b"
)

#: A name and a lower-case word for a site that takes its name from the place it is
#: at: "the Dorvani airbase", "the Kesh border crossing", "the Taravel prison".  Power
#: plants and dams are left out: firms and people name those ("the firm's Ridgeback
#: power plant", "the Hoover dam"); a name NER calls an organisation must be one the
#: gazetteer knows.
_NAME_SITE = re.compile(
    rf"(?<![\w'’-])({_NAME})\s+(?:air\s*base|air\s*field|air\s*strip|(?:military|naval|army)\s+base"
    rf"|(?:border\s+)?crossing(?:\s+point)?|prison|pumping\s+station)s?\b"
)

#: A name and a capitalised unit word, as Middle East war reporting writes them:
#: "the Al-Manishiyah District", "the Deir Ezzor Governorate", "the Al-Assad
#: Suburb". English news has many "School District"s and "Lake District"s, so
#: only names that read as Arabic count (:func:`_reads_as_arabic`), and any name
#: before "Governorate", a unit only Arab states and Egypt's neighbours have.
_NAME_TITLED_UNIT = re.compile(
    rf"(?<![\w'’-])({_NAME})\s+(District|Governorate|Suburb|Quarter|Neighbou?rhood|Mountains?|Plains?|Hills?|Camp)\b"
)

#: Nouns that make "<name> <unit word>" a compound about something else:
#: "a town hall", "the district attorney", "a village council".
_UNIT_COMPOUND_HEADS = {
    "hall", "halls", "council", "councils", "attorney", "attorneys", "court", "courts", "office", "offices",
    "official", "officials", "police", "chief", "manager", "board", "school", "schools", "meeting", "meetings",
    "elder", "elders", "head", "heads", "leader", "leaders", "administration", "governor", "committee",
}

#: Names listed before a plural unit word: "Boone, Cabell and Putnam counties", "the Idlib and
#: Hama provinces": each is a unit of that kind.
_NAMES_UNITS = re.compile(
    rf"(?<![\w'’-])({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|or)\s+{_NAME})\s+"
    rf"(?:counties|parishes|provinces|districts|governorates|oblasts|prefectures|regions|villages|towns)\b"
)

#: A comma list of names, closed by "and" / "or": "Suba, Migori, Homa Bay and Rongo".
_LIST = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})+(?:\s*,?\s+(?:and|or)\s+{_NAME})?")
_LIST_ITEM = re.compile(_NAME)

#: Entity labels that make a name something other than a place.
_NOT_PLACE_LABELS = {"PERSON", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME"}

#: Entity labels of days and times.
_TIME_LABELS = {"DATE", "TIME"}

#: Items a list of places must have before the rest are taken as places too.
_MIN_PLACES_IN_LIST = 2

#: A known town this big or a region, country or sea is the place a scene verb's subject
#: names ("Bakhmut saw heavy fighting"); a village's name is as often a surname.
_SCENE_TOWN_POPULATION = 10_000
_SCENE_STRONG_TYPES = {"country", "admin1", "region", "water", "group"}


def pattern_mentions(doc: Doc, found: Sequence[Mention], gazetteer: Gazetteer) -> Iterable[Mention]:
    """Mentions the patterns add to those already ``found``."""
    text = doc.text
    taken = {(m.start, m.end) for m in found}
    places = {(m.start, m.end): m for m in found if m.kind == "toponym"}
    candidates: list[tuple[int, int, str]] = []
    for match in _UNIT_OF.finditer(text):
        candidates.append((match.start(1), match.end(1), "unit-of"))
    for match in _NAME_UNIT.finditer(text):
        if _names_before_unit(doc, match.start(1), match.end(1), match.end(), gazetteer, wide=bool(match["wide"])):
            candidates.append((match.start(1), match.end(1), "name-unit"))
    for match in _NAME_SITE.finditer(text):
        start, end = match.start(1), match.end(1)
        if _names_before_unit(doc, start, end, match.end(), gazetteer, wide=True) and _names_a_site_place(
            doc, start, end, gazetteer
        ):
            candidates.append((start, end, "name-site"))
    for match in _NAME_TITLED_UNIT.finditer(text):
        start, end = match.start(1), match.end(1)
        if text[start:end].startswith("The "):
            start += len("The ")  # "The Al-Balad District" at the start of a sentence
        # NER's whole "X District" stays; a piece of the name ("Bani" of "Bani Harun") gives way.
        covered = any(m.start <= start and end <= m.end for m in found)
        if start < end and not covered and (match.group(2) == "Governorate" or _reads_as_arabic(text[start:end])):
            candidates.append((start, end, "name-unit"))
    for match in _NAMES_UNITS.finditer(text):
        for item in _LIST_ITEM.finditer(match.group(1)):
            start, end = match.start(1) + item.start(), match.start(1) + item.end()
            if text[start:end].startswith("The "):
                start += len("The ")  # "The Idlib and Hama provinces" at the start of a sentence
            if start < end and text[start:end] not in ("and", "or") and _names_before_unit(
                doc, start, end, end, gazetteer, wide=False
            ):
                candidates.append((start, end, "name-unit"))
    for match in _LIST.finditer(text):
        items = [(match.start() + i.start(), match.start() + i.end()) for i in _LIST_ITEM.finditer(match.group())]
        items = [(s, e) for s, e in items if text[s:e] not in ("and", "or")]
        if sum(1 for item in items if item in places) >= _MIN_PLACES_IN_LIST:
            candidates.extend((s, e, "list") for s, e in items if (s, e) not in places)
    candidates.extend((start, end, "scene") for start, end in _scene_subjects(doc))
    candidates.extend((start, end, "fallen") for start, end in _fallen_subjects(doc))
    candidates.extend((start, end, "held") for start, end in _held_names(doc))
    for start, end, source in candidates:
        held = _SIDE_PREFIX.match(text, start, end)
        if held is not None:
            start = held.end()  # "the FSA-held Wadi al-Deif Camp": the side is no part of the name
        if start >= end or (start, end) in taken or _is_time(doc, start, end):
            continue
        name = text[start:end]
        if source == "list" and not (gazetteer.is_name(name) and _free(doc, start, end)):
            continue
        if source in ("scene", "fallen") and not _known_scene(doc, start, end, gazetteer):
            continue
        if source == "held" and not _known_town(doc.text[start:end], gazetteer):
            continue
        taken.add((start, end))
        yield Mention(text=name, start=start, end=end, confidence=0.5, source=source)


def _scene_subjects(doc: Doc) -> Iterable[tuple[int, int]]:
    """Proper-noun subjects of seeing an event or being its scene: "Bakhmut saw heavy
    fighting", "Jonglei was the scene of clashes"."""
    for token in doc:
        mistagged = token.tag_ == "NN" and token.is_sent_start  # "Kharkiv was the site of ..."
        if not token.is_title or not (token.tag_ in ("NNP", "RB") or mistagged) or scene_event(token) is None:
            continue
        first = token
        while first.i > 0 and doc[first.i - 1].tag_ == "NNP" and doc[first.i - 1].head.i == token.i:
            first = doc[first.i - 1]  # "Deir Ezzor saw ...": the whole name
        yield first.idx, token.idx + len(token.text)


def _fallen_subjects(doc: Doc) -> Iterable[tuple[int, int]]:
    """Proper-noun subjects of falling to a side: "Bakhmut fell to Russian forces", "Kabul fell
    to the Taliban" (a first word the tagger may take for an adverb)."""
    for token in doc:
        verb = token.head
        if not token.is_title or token.i > verb.i or lemma_of(verb) != "fall" or token.dep_ not in ("nsubj", "advmod"):
            continue
        if token.dep_ == "advmod" and not token.is_sent_start:
            continue
        sides = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
        if not any(o.ent_type_ in ("NORP", "ORG") or o.lower_ in FALLING_TO_SIDES for o in sides):
            continue  # (not "prices fell to a low")
        first = token
        while first.i > 0 and doc[first.i - 1].tag_ == "NNP" and doc[first.i - 1].head.i == token.i:
            first = doc[first.i - 1]
        yield first.idx, token.idx + len(token.text)


def _held_names(doc: Doc) -> Iterable[tuple[int, int]]:
    """A name right after a side's hyphenated hold: "Russian-occupied Melitopol", "rebel-held
    Idlib" (NER may call the name a person; a place is what a side holds)."""
    for token in doc[2:]:
        held, dash = doc[token.i - 1], doc[token.i - 2]
        if not token.is_title or held.lower_ not in _HELD_PARTICIPLES or dash.text not in ("-", "–"):
            continue
        end = token
        while end.i + 1 < len(doc) and doc[end.i + 1].tag_ == "NNP" and doc[end.i + 1].is_title:
            end = doc[end.i + 1]
        yield token.idx, end.idx + len(end.text)


#: Hyphenated participles of a side's hold on a place.
_HELD_PARTICIPLES = {"held", "occupied", "controlled", "besieged", "administered"}


def _known_town(name: str, gazetteer: Gazetteer) -> bool:
    """A name the gazetteer knows as a town of some size or a wider place, by its own name."""
    top = next(iter(gazetteer.candidates(name, limit=1)), None)
    return top is not None and not top.alternate and (
        top.type in _SCENE_STRONG_TYPES or top.population >= _SCENE_TOWN_POPULATION
    )


def _known_scene(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """A subject of seeing an event (or of falling to a side) that names a known town or wider
    place, and that NER did not call a person."""
    if _labelled(doc, start, end, {"PERSON", "NORP", "DATE", "TIME"}) is not False:
        return False
    return _known_town(doc.text[start:end], gazetteer)


def _names_before_unit(doc: Doc, start: int, end: int, unit_end: int, gazetteer: Gazetteer, *, wide: bool) -> bool:
    """Whether "<name> <unit word>" introduces a place: the name is proper nouns
    (not a capitalised common word, "Police district"), and the unit word is
    not the first half of a compound ("town hall").

    The tagger reads many an unknown village's name before its unit word as an
    adjective ("an attack on Tembal village"): a capitalised adjective counts,
    unless it opens the sentence or is a people-word or a direction ("Syrian
    village", "Eastern district").  After the wider unit words (area,
    region, sector, valley, commune) a name must also not be a direction, a kind
    of place or a body ("the Bay area", "the Army area"); no acronym counts."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not all(_name_word(t, gazetteer) for t in span):
        return False
    if any(ch.isdigit() for ch in span.text):
        return False  # "the grade K-8 district": a school district
    if span.text.isupper() or wide and span.text.lower() in _NOT_NAMES_OF_AREAS:
        return False  # "the SEZ districts", "the IT sector": acronyms name programmes and fields
    after = doc.char_span(unit_end, min(len(doc.text), unit_end + 30), alignment_mode="expand")
    following = [t for t in after if not t.is_space][:1] if after is not None else []
    return not (following and following[0].lower_ in _UNIT_COMPOUND_HEADS)


#: Capitalised words before "area", "region" or "sector" that name no place:
#: directions, kinds of places, bodies and fields.
_NOT_NAMES_OF_AREAS = frozenset(
    """
    north south east west northeast northwest southeast southwest northern southern eastern western central
    upper lower greater metro metropolitan downtown inner outer middle far new old capital city county state
    bay lake river valley park coast delta island border frontier mountain desert region district
    army police military security government federal public private national city-state
    democratic republican conservative liberal labour labor socialist communist
    """.split()
)

#: NER labels of people-words and times: "Kurdish village", "Christian district", "Sunday area".
_PEOPLE_LABELS = {"NORP", "LANGUAGE", "DATE", "TIME"}


def _names_a_site_place(doc: Doc, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Whether the name before a site's word is the place's, not its owner's: a
    name NER calls an organisation counts only if the gazetteer knows it ("the
    Acme Corp crossing" says who, not where), and none that is part of a person's
    name the article gives in full ("the Kerrin air base" of Gen. Tom Kerrin)."""
    if _labelled(doc, start, end, {"ORG"}) is not False and not gazetteer.is_name(doc.text[start:end]):
        return False
    words = set(doc.text[start:end].lower().split())
    return not any(
        e.label_ == "PERSON" and len(e) > 1 and words & {t.lower_ for t in e} and not start <= e.start_char < end
        for e in doc.ents
    )


def _name_word(token: Token, gazetteer: Gazetteer) -> bool:
    """A word of a place's name before a unit word: a proper noun, the Arabic
    article or a hyphen inside the name, or a capitalised adjective that NER did not
    call a people-word, that is no describing word and does not open the sentence."""
    if token.tag_ in ("NNP", "NNPS") and not token.like_num:
        return True
    if token.lower_ in ("al", "el", "-") and token.i + 1 < len(token.doc) and not token.whitespace_:
        return True
    return (
        token.tag_ == "JJ"
        and token.text[:1].isupper()
        and token.ent_type_ not in _PEOPLE_LABELS
        and not token.is_sent_start
        and token.lower_ not in _NOT_NAMES_OF_AREAS
        and gazetteer.demonym(token.text) is None
    )


def _reads_as_arabic(name: str) -> bool:
    """Whether a name has the Arabic article in it or begins with a word Arabic
    place names begin with: "Al-Manishiyah", "Bustan Al-Basha", "Bani Zaid"."""
    words = name.split()
    first = words[0].lower()
    return (
        first in ARABIC_PLACE_WORDS
        or first in ARABIC_PLACE_WORDS_ALSO_NAMES  # the unit word after the name says it is a place
        or first in ("al", "el")  # "Al Thawra District", the article standing alone
        or any(ARABIC_ARTICLE.match(word) for word in words)
    )


def _is_time(doc: Doc, start: int, end: int) -> bool:
    """"the neighbourhood of Saturday's gun battle": a day, not a place.  NER also
    calls many a village a time ("the village of X" tagged a date), so a name it
    labels so must have a day, a month, a season, a feast or a number in it."""
    if _labelled(doc, start, end, _TIME_LABELS) is not True:
        return False
    words = re.findall(r"[\w’']+", doc.text[start:end])
    return any(
        names_a_month_or_weekday(word) or word.lower() in _TIME_WORDS or any(c.isdigit() for c in word)
        for word in words
    )


#: Capitalised words of times that are no month or weekday: "the area of Christmas celebrations".
_TIME_WORDS = frozenset(
    """
    christmas easter ramadan eid thanksgiving hanukkah passover diwali halloween lent advent new year years
    day days eve night morning evening spring summer autumn winter fall weekend week month holiday holidays
    """.split()
)


def _free(doc: Doc, start: int, end: int) -> bool:
    """Whether NER left the words alone, or called them a place."""
    return _labelled(doc, start, end, _NOT_PLACE_LABELS) is False


def _labelled(doc: Doc, start: int, end: int, labels: set[str]) -> bool | None:
    """Whether NER gave any word of ``text[start:end]`` one of ``labels``; None
    when the characters do not map onto tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else any(token.ent_type_ in labels for token in span)
