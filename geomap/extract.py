"""Find the spans of an article that name places: spaCy NER plus the gazetteer.

NER proposes spans and a label; the gazetteer decides whether a span can be a
place at all, rescues places NER mislabels ("Kiev" as a person, "Crimea" as an
organisation), and finds names NER misses (all-caps datelines).  Demonyms
("Russian troops") become mentions of kind ``demonym``.  Places are not
chosen here; ``resolve`` does that.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .gazetteer import Gazetteer, GazetteerRecord

#: NER labels whose spans may name places.
_PLACE_LABELS = {"GPE", "LOC", "FAC"}

#: Place types an ORG- or PERSON-labelled span may still be: names that are
#: rarely borne by firms or people.  A mere town is not enough ("Sherman").
_STRONG_TYPES = {"country", "admin1", "region", "water", "group", "landmark"}

#: A city big enough that a lone capitalised word naming it is the city.
_BIG_CITY = 500_000

#: Words before a name that make it a person's: "Ms Sherman", "Gen. Milley".
_HONORIFICS = {
    "mr", "ms", "mrs", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "general",
    "col", "colonel", "lt", "capt", "captain", "sgt", "adm", "admiral", "president",
    "minister", "secretary", "senator", "sen", "rep", "gov", "governor", "mayor",
    "judge", "justice", "prof", "professor", "rev", "father", "sister", "king", "queen",
    "prince", "princess", "pope", "chancellor", "premier", "ambassador", "envoy",
}

#: Trailing possessive and leading article are not part of a place's name.
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)

#: A dateline: capitals at the start of a line, then a comma, bracket or dash
#: ("GENEVA (REUTERS) –", "KYIV, Ukraine —").
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?=[ \t]*[,(–—:-])", re.MULTILINE)

#: Datelines sit in the opening lines.
_DATELINE_WINDOW = 600


def extract_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """All place and demonym mentions in a parsed article, sorted by offset."""
    text = doc.text
    people = _person_name_tokens(doc)
    found: list[Mention] = []
    for ent in doc.ents:
        mention = _mention_from_entity(ent, gazetteer, people)
        if mention is not None:
            found.append(mention)
    found.extend(_dateline_mentions(text, gazetteer))
    unique = _drop_overlaps(found)
    return [_with_sentence(m, doc) for m in unique]


def _mention_from_entity(ent: Span, gazetteer: Gazetteer, people: set[str]) -> Mention | None:
    label = ent.label_
    if label == "NORP":
        return _demonym_mention(ent, gazetteer)
    start, end = _trim(ent.doc.text, ent.start_char, ent.end_char)
    if start >= end:
        return None
    name = ent.doc.text[start:end]
    if label in _PLACE_LABELS:
        return Mention(text=name, start=start, end=end, confidence=0.8, source="ner")
    if ent.root.pos_ == "ADJ" or ent.root.dep_ == "amod":
        return None  # "Central" in "Central and Eastern European countries" describes, it does not name
    if label == "ORG" and _best_type(gazetteer.candidates(name, limit=5)) in _STRONG_TYPES:
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    if label == "PERSON" and _looks_like_place_not_person(ent, name, gazetteer, people):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    return None


def _demonym_mention(ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """"Russian" / "Ukrainians" -> a demonym mention of the country."""
    if gazetteer.demonym(ent.text) is None:
        return None
    return Mention(
        text=ent.text, start=ent.start_char, end=ent.end_char, kind="demonym", confidence=0.8, source="ner"
    )


def _looks_like_place_not_person(ent: Span, name: str, gazetteer: Gazetteer, people: set[str]) -> bool:
    """A PERSON span that is really a place: "Washington and Kiev say".

    Only a single word qualifies, never one that follows an honorific or is
    part of a longer person's name elsewhere in the article ("Wendy Sherman"
    ... "Sherman"), and only when it names a strong place or is coordinated
    with a place entity.
    """
    if len(ent) != 1 or name.lower() in people:
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text.rstrip(".").lower() in _HONORIFICS:
        return False
    candidates = gazetteer.candidates(name, limit=5)
    if not candidates:
        return False
    top = candidates[0]
    if top.type in _STRONG_TYPES or top.population >= _BIG_CITY:
        return True
    root = ent.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    return any(p.ent_type_ in _PLACE_LABELS for p in partners)


def _person_name_tokens(doc: Doc) -> set[str]:
    """Lower-cased words of every multi-word PERSON entity in the article."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            words.update(token.text.lower() for token in ent if token.is_alpha)
    return words


def _dateline_mentions(text: str, gazetteer: Gazetteer) -> Iterable[Mention]:
    for match in _DATELINE.finditer(text[:_DATELINE_WINDOW]):
        name = match.group(1)
        candidates = gazetteer.candidates(name.title(), limit=5)
        if candidates and candidates[0].type != "group":
            yield Mention(
                text=name, start=match.start(1), end=match.end(1), confidence=0.7, source="dateline"
            )


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past a leading "the" and a trailing possessive."""
    span = text[start:end]
    lead = _LEADING_THE.match(span)
    if lead:
        start += lead.end()
    tail = _POSSESSIVE.search(text[start:end])
    if tail:
        end = start + tail.start()
    return start, end


def _best_type(candidates: list[GazetteerRecord]) -> str | None:
    return candidates[0].type if candidates else None


def _drop_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping spans (earliest on ties)."""
    kept: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _with_sentence(mention: Mention, doc: Doc) -> Mention:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return mention
    sentence = span.sent
    return mention.with_(sentence=(sentence.start_char, sentence.end_char))
