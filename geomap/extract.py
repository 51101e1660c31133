"""Find the spans of an article that name places: spaCy NER plus the gazetteer.

NER proposes spans and a label; the gazetteer decides whether a span can be a
place at all, rescues places NER mislabels ("Kiev" as a person, "Crimea" as an
organisation), and finds names NER misses (all-caps datelines).  Demonyms
("Russian troops") become mentions of kind ``demonym``.  Places are not
chosen here; ``resolve`` does that.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .dates import names_a_month_or_weekday
from .gazetteer.normalize import normalize
from .lexicon import (
    ARABIC_ARTICLE,
    ARABIC_PLACE_WORDS,
    ARABIC_PLACE_WORDS_ALSO_NAMES,
    CLAIM_VERBS,
    CONTROL_TAKING_VERBS,
    DIRECTION_NOUNS,
    EPONYMOUS_DISEASES,
    FORCE_NOUNS,
    GOVERNMENT_NOUNS,
    HARM_VERBS,
    IRREGULAR_FIGHTERS,
    NEWS_AGENCIES,
    PARTY_STATE,
    PLACE_OBJECT_VERBS,
    PLACE_ONLY_VERBS,
    POLICE_WORDS,
    PUSH_NOUNS,
    SETTLEMENT_NOUNS,
    STATE_ABBREVIATION,
    TRAVEL_VERBS,
)
from .model import Mention
from .nlp import lemma_of
from .patterns import pattern_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer import Gazetteer, GazetteerRecord

#: NER labels whose spans name places.
_PLACE_LABELS = {"GPE", "LOC"}

#: Place types an ORG- or PERSON-labelled span may still be: names that are
#: rarely borne by firms or people.  A mere town is not enough ("Sherman").
_STRONG_TYPES = {"country", "admin1", "region", "water", "group", "landmark"}

#: A city big enough that a lone capitalised word naming it is the city.
_BIG_CITY = 500_000

#: How alike two spellings of one name are (``difflib`` ratio), and how long a name must be
#: for likeness to count: "Avdiivka"/"Avdiyivka" 0.94, "Kupiansk"/"Kupyansk" 0.88.
_SPELLING_LIKENESS = 0.85
_SPELLING_LENGTH = 5

#: A city named by a word NER did not tag as a place must be this big to count.
_MATCHED_CITY_POPULATION = 100_000

#: A town inside an organisation's name, or named where a modifier goes,
#: must be this big ("Gainesville Police"; not "Ford Motor").
_EMBEDDED_TOWN_POPULATION = 10_000

#: An organisation's head words that only a town, county or state has: after them any
#: known place is the body's place, however small ("Chiefland Police Chief Robert Douglas").
_TOWN_SERVICE_WORDS = {"police", "fire", "sheriff", "sheriff's", "council", "town", "township", "borough"}

#: A public service named after its place, which NER may take into the place's span:
#: "Coles County Police", "Henrico County Sheriff".  Only the words of _TOWN_SERVICE_WORDS
#: that never end a place's own name ("Cheltenham Township", "Groton Town" do).
_SERVICE_ENDINGS = {"police", "sheriff", "fire"}

#: Words that end the place part of an organisation's name.
_ORG_HEAD_WORDS = {
    "police", "council", "university", "college", "school", "high", "hospital",
    "department", "sheriff", "fire", "board", "club", "airport", "station", "center", "centre",
    "bank", "church", "court", "district", "museum", "times", "post", "news", "herald",
}

#: Words that start names but, alone, describe rather than name: a town
#: called "Central" or "Metro" exists, yet "Central High" is no mention of it.
_DESCRIPTIVE_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "metro", "federal", "national", "united", "new", "old", "royal",
}

#: Words that name a kind of place, not a place, when they stand alone:
#: "Region 8", "the Consumer Act" (ACT), "the Danube Delta", "Western powers".
_GENERIC_WORDS = _DESCRIPTIVE_WORDS | {
    "region", "act", "delta", "island", "islands", "union", "state", "province", "district", "valley",
    "bay", "lake", "river", "park", "coast", "county", "city", "mountain", "plateau", "territory", "capital",
    # ranks of courts: "Superior Court" is no court of Superior, Wisconsin
    "superior", "supreme", "circuit", "appellate", "municipal", "probate", "chancery",
    # fields of government departments: "the Justice Department" is no department of Justice, Illinois
    "justice", "defense", "defence", "treasury", "energy", "commerce", "labor", "labour", "interior",
    "education", "agriculture", "transportation", "homeland", "veterans", "housing",
}

#: Last words of names that only borrow a place's name: a street ("Washington
#: Street", "Paris Road") is not the town, and a newspaper ("The New York
#: Times", "China Daily") says where it is printed, not where the story is.
_BORROWED_NAME_ENDS = {
    "street", "st", "road", "rd", "drive", "avenue", "ave", "boulevard", "blvd", "lane", "pike",
    "parkway", "trail", "terrace",
    "times", "post", "daily", "news", "herald", "tribune", "journal", "gazette", "chronicle",
    "telegraph", "observer", "courier", "inquirer", "register", "broadcasting",
}

#: Words that may close a place's own name inside an organisation's name.
_PLACE_WORDS = {"city", "county", "parish", "township", "borough"}

#: Words before a name that make it a person's: "Ms Sherman", "Gen. Milley".
_HONORIFICS = {
    "mr", "ms", "mrs", "miss", "dr", "sir", "dame", "lord", "lady", "gen", "general",
    "col", "colonel", "lt", "capt", "captain", "sgt", "adm", "admiral", "president",
    "minister", "secretary", "senator", "sen", "rep", "gov", "governor", "mayor",
    "judge", "justice", "prof", "professor", "rev", "father", "sister", "king", "queen",
    "prince", "princess", "pope", "chancellor", "premier", "ambassador", "envoy",
}

#: Prepositions whose object is a place rather than a person or firm. "to"
#: and "with" are left out: "spoke to Sherman", "met with Lyon's owners".
_PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "into", "across", "around", "towards", "toward"}

#: Trailing possessive and leading article are not part of a place's name.
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)

#: A dateline: capitals at the start of a line, then a comma, bracket or dash
#: ("GENEVA (REUTERS) –", "KYIV, Ukraine —").
_DATELINE = re.compile(r"^[ \t]*([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})(?=[ \t]*[,(–—:-])", re.MULTILINE)

#: Rounds of taking names listed with a place, each from the names the last one took.
_LIST_STEPS = 3

#: Datelines sit in the opening lines.
_DATELINE_WINDOW = 600


def extract_mentions(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """All place and demonym mentions in a parsed article, sorted by offset."""
    text = doc.text
    people = _person_name_tokens(doc)
    # A dateline comes first so that it wins over NER's mention of the same span: it is
    # where the story was filed ("SEVIERVILLE, Tenn. (AP) Police in Sevierville say"), not
    # a place in it, whatever the parser hangs the word on.
    found: list[Mention] = list(_dateline_mentions(text, gazetteer))
    for ent in doc.ents:
        mention = _mention_from_entity(ent, text, gazetteer, people)
        if mention is not None:
            found.append(mention)
    found.extend(_party_state_mentions(text, gazetteer))
    found.extend(_treaty_places(doc, gazetteer, people))
    found.extend(_gazetteer_mentions(doc, gazetteer))
    unique = _joined(_drop_overlaps(found), text, gazetteer)
    unique = _drop_overlaps(unique + list(pattern_mentions(doc, unique, gazetteer)))
    unique = _drop_overlaps(unique + list(_repeated_mentions(doc, text, unique, gazetteer)))
    for _ in range(_LIST_STEPS):  # a list grows from the place it starts at: "Marion, Prospect and Waldo"
        listed = list(_coordinated_with_a_place(doc, unique, gazetteer, people))
        if not listed:
            break
        unique = _drop_overlaps(unique + listed)
    unique = _drop_overlaps(unique + list(_demonyms_in_a_pair(doc, unique, gazetteer)))
    unique = _drop_overlaps(unique + list(_untagged_demonyms(doc, unique, gazetteer)))
    unique = _drop_overlaps(unique + list(_based_in_a_place(doc, unique, gazetteer)))
    unique = _drop_overlaps(unique + list(_described_as_a_place(doc, unique, gazetteer, people)))
    unique = [_without_direction(_with_hyphenated_whole(m, text, gazetteer), text, gazetteer) for m in unique]
    unique = [m for m in unique if not _inside_a_group_name(doc, m, gazetteer)]
    placed = [_with_sentence(m, doc) for m in unique]
    return [
        m
        for m in placed
        if not (
            _names_a_disease(text, m) or _names_a_currency(text, m) or _lends_its_name(text, m)
            or _names_a_club(text, m, gazetteer) or _WINDS.match(text, m.end) is not None
        )
    ]


#: The capitalised word after a name: "Denver St.", "Palm Springs Drive".
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][a-z]*)\.?(?![\w-])")


def _lends_its_name(text: str, mention: Mention) -> bool:
    """A name that a street or a newspaper borrows, outside the entity NER
    gave it: "of 512 Denver St.", "the Springfield Daily News"."""
    following = _NEXT_WORD.match(text, mention.end)
    return following is not None and following.group(1).lower() in _BORROWED_NAME_ENDS


def _inside_a_group_name(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A place's name that only helps name a group or a person: no place mention of its own."""
    return _ends_a_longer_arabic_name(doc, mention, gazetteer) or _continues_an_organisation(doc, mention)


#: The Arabic article opening a name: "al-Sham", "el-Arish", "Al Quds".
_ARABIC_ARTICLE = re.compile(r"^(?:al|el)[- ]", re.IGNORECASE)


def _ends_a_longer_arabic_name(doc: Doc, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A name opening with the Arabic article straight after another capitalised
    word is the second half of a construct ("Liwa Fajr al-Sham", "Jaish Tahrir
    al-Sham", "Abu Omar al-Masri": a group or a person "of" the place), not a mention
    of the place; unless the two words together are a place the gazetteer knows."""
    if mention.kind != "toponym" or not _ARABIC_ARTICLE.match(mention.text):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    if not (before.is_title and before.whitespace_ and not before.is_stop and not before.is_sent_start):
        return False
    return not gazetteer.is_name(doc.text[before.idx : mention.end])


def _continues_an_organisation(doc: Doc, mention: Mention) -> bool:
    """A name after "and" that goes on with an organisation's "of X" name ("the
    Islamic State of Iraq and the Levant", where NER stops the name at "Iraq"):
    a part of the group's name, not a place the story is about."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.kind != "toponym":
        return False
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "and":
        return False
    last = doc[i - 1]
    if last.ent_type_ != "ORG" or last.ent_iob_ == "O":
        return False
    organisation = next(e for e in doc.ents if e.start <= last.i < e.end)
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title:
        return False  # "the Bank of England and the Ohio Pension Board": a second body, named by its place
    return organisation.end == i and any(t.lower_ == "of" for t in organisation)


#: Words that make a town's name a sports club's: "Real Madrid", "Inter Milan", "Leeds United"
#: ("X City" only as a whole mention no gazetteer knows: "Paris City Council" is the town's).
_CLUB_AFTER = re.compile(
    r"\s+(?:United|FC|F\.C\.|Rovers|Wanderers|Athletic|Albion|Hotspur|Utd|SC|CF)\b"
)
_CLUB_BEFORE = re.compile(
    r"\b(?:Real|Atletico|Atlético|Inter|AC|FC|Sporting|Dynamo|Dinamo|Olympique|Borussia|Bayern|Eintracht|"
    r"Racing|Deportivo|Red Star|Partizan|Shakhtar|Zenit|Galatasaray)\s+$"
)
#: Words of a match report in the sentence: a score ("4-0") or a football word.
_MATCH_WORDS = re.compile(
    r"\b\d{1,2}-\d{1,2}\b|\b(?:league|cup|semi-final|quarterfinal|striker|midfielder|goalkeeper|"
    r"scored|goals?|derby)\b",
    re.IGNORECASE,
)


def _names_a_club(text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """A town's name inside a sports club's in a match report: "Manchester City beat Real
    Madrid 4-0", "Inter Milan will face Bayern Munich in the final": a team, not a place
    (but "Kansas City" and "Mexico City" are the cities' own names)."""
    if mention.kind != "toponym":
        return False
    start, end = mention.sentence
    if not _MATCH_WORDS.search(text, start, end):
        return False
    if mention.text.endswith((" City", " United")) and not gazetteer.is_name(mention.text):
        return True
    return bool(_CLUB_AFTER.match(text, mention.end)) or bool(
        _CLUB_BEFORE.search(text[max(0, mention.start - 20) : mention.start])
    )


def _names_a_currency(text: str, mention: Mention) -> bool:
    """"$US 15 billion", "US$2.4 million", "A$", "HK$": a dollar, not a place."""
    return text[mention.start - 1 : mention.start] == "$" or text[mention.end : mention.end + 1] == "$"


#: A direction before a name that describes part of the place: "eastern
#: Ukraine", "Northeast Georgia", "Far North Queensland", "Sub-Saharan Africa".
#: A plain capitalised "West" or "Central" is often part of a region's own
#: name ("West Midlands", "Central Plateau"), so only lower-case and compound
#: directions are taken off.
_DIRECTION = re.compile(
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+"
    r"|(?:Far\s+)?(?:North|South)(?:-?(?:[Ee]ast|[Ww]est)(?:ern)?)\s+|Far\s+(?:North|South)\s+|Sub-Saharan\s+)"
)


def _without_direction(mention: Mention, text: str, gazetteer: Gazetteer) -> Mention:
    """Drop a describing direction unless the whole is a name in its own right
    ("South Africa", "West Java", "North Dakota" stay whole)."""
    match = _DIRECTION.match(mention.text)
    if match is None or match.end() >= len(mention.text) or mention.kind != "toponym":
        return mention
    if gazetteer.is_name(mention.text):
        return mention
    rest = mention.text[match.end() :]
    if not gazetteer.is_name(rest):
        return mention
    return mention.with_(text=rest, start=mention.start + match.end())


def _with_hyphenated_whole(mention: Mention, text: str, gazetteer: Gazetteer) -> Mention:
    """The whole of a hyphenated name the mention is part of ("Vest-Agder", "Rhône-Alpes")."""
    before = re.search(r"([A-Z][\w'’]*-)$", text[max(0, mention.start - 30) : mention.start])
    after = re.match(r"-[A-Z][\w'’]*", text[mention.end :])
    start = mention.start - len(before.group(1)) if before else mention.start
    end = mention.end + (after.end() if after else 0)
    if (start, end) != (mention.start, mention.end) and gazetteer.is_name(text[start:end]):
        return mention.with_(text=text[start:end], start=start, end=end)
    return mention


#: Words after a place name that make it the name of a disease or its agent:
#: "West Nile virus", "Marburg virus", "Rift Valley fever", "Reston ebolavirus"
#: say nothing of where.
_DISEASE_WORDS = re.compile(
    r"\s+(?:\w*virus(?:es)?|fever|flu|influenza|disease|syndrome|strain|variant)\b", re.I
)


#: Winds named for a place: "strong Santa Ana winds", "Diablo winds" are weather, not the town.
_WINDS = re.compile(r"\s+winds\b")


def _names_a_disease(text: str, mention: Mention) -> bool:
    """The mention is a disease's name: followed by "virus" and the like, or an
    eponymous disease ("Ebola", "Zika") that is neither the object of "in"/"at"
    nor qualified like a town ("Reston, Virginia")."""
    if mention.kind != "toponym":
        return False
    if _DISEASE_WORDS.match(text, mention.end) is not None or mention.text.lower().endswith(("virus", "viruses")):
        return True  # "Marburg virus", "genus Ebolavirus"
    if mention.text.casefold() not in EPONYMOUS_DISEASES or _QUALIFIED_TOWN.match(text, mention.end):
        return False
    before = text[max(0, mention.start - 12) : mention.start].split()
    return not (before and before[-1].lower() in _PLACE_PREPOSITIONS)


#: ", Virginia" after a name: a town, qualified by its state or country.
_QUALIFIED_TOWN = re.compile(r",\s+[A-Z][a-z]+")


#: Sources whose mentions are sure enough to vouch for other occurrences.
_VOUCHING_SOURCES = {"ner", "ner+gazetteer", "dateline"}


def _repeated_mentions(doc: Doc, text: str, found: list[Mention], gazetteer: Gazetteer) -> Iterable[Mention]:
    """Other occurrences of a name the article already uses as a place.

    One sense per discourse: NER that tags "Edmonton" as a place in one
    sentence and as an organisation in the next is inconsistent, not right
    twice.  Occurrences inside a person's name, or inside an organisation's
    name other than at its start, stay unmarked; so do names the gazetteer
    does not know ("Ebola", which NER also tags as a place).
    """
    names = {
        _as_written_in_the_body(m)
        for m in found
        if m.kind == "toponym" and m.source in _VOUCHING_SOURCES
        and _trusted(gazetteer.candidates(m.text, limit=3))
    }
    taken = [(m.start, m.end) for m in found]
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            span = doc.char_span(start, end)
            if span is None or not _free_to_repeat(span):
                continue
            yield Mention(text=name, start=start, end=end, confidence=0.6, source="repeat")


#: Capitalised words of a local office after a town's name: "Marion Fire Chief Brad Lust",
#: which the small model tags "Marion Fire" as a person.
_LOCAL_OFFICE_WORDS = GOVERNMENT_NOUNS | POLICE_WORDS | frozenset("fire city county town township school".split())


def _office_follows(span: Span) -> bool:
    """A capitalised office word right after the name: the name is the office's town."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return after is not None and after.is_title and after.lower_ in _LOCAL_OFFICE_WORDS


def _as_written_in_the_body(mention: Mention) -> str:
    """A dateline's capitals as the body writes the name: "MARION" is "Marion" there."""
    if mention.source == "dateline" and mention.text.isupper():
        return string.capwords(mention.text.lower())
    return mention.text


def _coordinated_with_a_place(
    doc: Doc, found: list[Mention], gazetteer: Gazetteer, people: _PersonNames
) -> Iterable[Mention]:
    """A name NER called a person or a body, joined by "and" or a comma to a place
    already found ("between Aleppo and X", "annex Decatur and X"): like things are
    listed together, so a name the gazetteer knows is a place too.  Not a person
    the article names in full, one after an honorific, nor a piece of a longer name."""
    places = [m for m in found if m.kind == "toponym"]
    taken = [(m.start, m.end) for m in found]
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or any(ent.start_char < e and s < ent.end_char for s, e in taken):
            continue
        start, end = _trim(doc.text, ent.start_char, ent.end_char)
        name = doc.text[start:end]
        if not name or _PLAIN_NAME.match(name) is None or len(name.split()) > _UNKNOWN_NAME_WORDS:
            continue
        partners = _conjuncts(ent.root) + _route_ends(ent.root)
        if not any(m.start <= p.idx < m.end for p in partners for m in places):
            continue
        if _names_a_known_person(name, people) or _shares_a_word_with_another_person(ent) or _after_honorific(ent):
            continue
        if not _stands_whole(ent) or not _trusted(gazetteer.candidates(name, limit=3)):
            continue
        yield Mention(text=name, start=start, end=end, confidence=0.55, source="coordinated")


def _route_ends(token: Token) -> list[Token]:
    """The other end of a route "from X to Y": "moved a column from Gao to Anefis".  A
    journey runs between places, so a name at one end is a place if the other is."""
    if token.dep_ != "pobj" or token.head.lower_ not in ("from", "to"):
        return []
    other = "to" if token.head.lower_ == "from" else "from"
    holder = token.head.head
    return [
        o for p in holder.children if p.dep_ == "prep" and p.lower_ == other for o in p.children if o.dep_ == "pobj"
    ]


#: Dashes that pair two names: "the Iran-Iraq War", "the Mexican–American War".
_PAIRING_DASHES = {"-", "–", "—"}


def _demonyms_in_a_pair(doc: Doc, found: list[Mention], gazetteer: Gazetteer) -> Iterable[Mention]:
    """A people-word paired by a dash with another people-word or a found place
    ("the Peruvian-Ecuadorian war", "the Latakia-Turkish border"), which NER
    leaves out or mislabels when it reads the pair as one word."""
    taken = [(m.start, m.end) for m in found]
    for token in doc:
        if not token.text[:1].isupper() or token.ent_type_ == "NORP":
            continue
        partners = []
        if token.i >= 2 and doc[token.i - 1].text in _PAIRING_DASHES and not doc[token.i - 2].whitespace_:
            partners.append(doc[token.i - 2])
        if token.i + 2 < len(doc) and doc[token.i + 1].text in _PAIRING_DASHES and not token.whitespace_:
            partners.append(doc[token.i + 2])
        # the cheap checks first: only a word paired by a dash costs gazetteer lookups
        if not partners or any(token.idx < e and s < token.idx + len(token) for s, e in taken):
            continue
        if gazetteer.demonym(token.text) is None or gazetteer.is_name(token.text):
            continue
        if any(
            p.text[:1].isupper() and (gazetteer.demonym(p.text) is not None or any(s <= p.idx < e for s, e in taken))
            for p in partners
        ):
            yield Mention(
                text=token.text, start=token.idx, end=token.idx + len(token), kind="demonym", confidence=0.6,
                source="pair",
            )


def _untagged_demonyms(doc: Doc, found: list[Mention], gazetteer: Gazetteer) -> Iterable[Mention]:
    """A people-word NER left out that modifies forces or a state's officials ("(Reuters) -
    Kenyan opposition leader Raila Odinga", right after a dateline): whose they are."""
    taken = [(m.start, m.end) for m in found]
    for token in doc:
        if token.ent_iob_ != "O" or not token.is_title or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        if token.head.i <= token.i or not _forces_or_officials(token.head.lower_):
            continue
        if any(token.idx < e and s < token.idx + len(token) for s, e in taken):
            continue
        if gazetteer.demonym(token.text) is None or gazetteer.is_name(token.text):
            continue
        yield Mention(
            text=token.text, start=token.idx, end=token.idx + len(token), kind="demonym", confidence=0.6,
            source="modifier",
        )


#: Words glued by a hyphen after the place where something is: "a Leeds-based firm".
_BASED_WORDS = {"based", "headquartered"}


def _based_in_a_place(doc: Doc, found: list[Mention], gazetteer: Gazetteer) -> Iterable[Mention]:
    """The name before "-based" ("a Leeds-based charity", "the New Haven-based
    brigade") is where something is based: a place when the gazetteer trusts the
    whole run of capitalised words (not "York" of "New York-based")."""
    taken = [(m.start, m.end) for m in found]
    for token in doc:
        if token.lower_ not in _BASED_WORDS or token.i < 2 or doc[token.i - 1].text != "-":
            continue
        if doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
            continue
        start = token.i - 2  # the word glued to the hyphen, then the capitalised words before it
        if not (doc[start].is_title and doc[start].is_alpha):
            continue
        while start > 0 and token.i - 1 - start < 3 and doc[start - 1].is_title and doc[start - 1].is_alpha and not (
            doc[start - 1].is_stop
        ):
            start -= 1
        name = doc[start : token.i - 1]
        if any(name.start_char < e and s < name.end_char for s, e in taken):
            continue
        if name.text.lower() in _GENERIC_WORDS or not _trusted(gazetteer.candidates(name.text, limit=3)):
            continue  # "a Delta-based crew"
        yield Mention(text=name.text, start=name.start_char, end=name.end_char, confidence=0.55, source="based")


#: Nouns that, heading what a comma adds after a name, say the name is a place's:
#: "X, a small village near Y", "X, the rebels' last stronghold", "X, a suburb of Y".
_PLACE_KIND_NOUNS = SETTLEMENT_NOUNS | frozenset(
    "stronghold base airbase outpost commune township quarter community area state country republic".split()
)

#: Tags of the words of a short noun phrase after its article: "a popular West Bank shopping town".
_NOUN_PHRASE_TAGS = {"JJ", "JJR", "JJS", "RB", "RBS", "HYPH", "NN", "NNS", "NNP", "NNPS", "VBG"}

#: Words of length, after a number: "X, about 40 km north of Y".
_DISTANCE_UNITS = frozenset("km kms kilometers kilometres kilometer kilometre miles mile".split())

#: Words that may come before a distance: "about", "some", "nearly", "just".
_ROUGHLY = frozenset("about some around nearly roughly approximately almost just only over".split())

#: Labels of spans that name no place whatever follows them: times, numbers, people-words.
_NOT_DESCRIBED_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "LANGUAGE"}


def _described_as_a_place(
    doc: Doc, found: list[Mention], gazetteer: Gazetteer, people: _PersonNames
) -> Iterable[Mention]:
    """A name that a comma goes on to describe as a place ("X, a small village near
    Y", "X, a hill town on the border", "X, a suburb of Y") or to place at a
    distance from another ("X, about 40 km north of Y"), whatever NER made of it and
    whether or not the gazetteer knows it: only places are villages or lie so far
    from somewhere.  Not a person the article names in full ("Smith, a village
    elder" is no village: the phrase's last noun decides), not a piece of a longer name."""
    taken = [(m.start, m.end) for m in found]
    for comma in doc:
        if comma.text != "," or comma.i == 0 or comma.i + 2 >= len(doc):
            continue
        name = _name_before(doc, comma.i)
        if name is None or any(name.start_char < e and s < name.end_char for s, e in taken):
            continue
        located = _location_after(doc, comma.i + 1)
        if not (_place_kind_after(doc, comma.i + 1) or _distance_after(doc, comma.i + 1) or located):
            continue
        text = name.text
        if located and not _place_kind_after(doc, comma.i + 1) and not _names_strong_or_populous(
            text, gazetteer, _EMBEDDED_TOWN_POPULATION
        ):
            continue  # "Acme, located in Dayton": firms are located too; only a known town of some size counts
        if text.lower() in _GENERIC_WORDS or text.lower() in _PLACE_KIND_NOUNS or text.isupper():
            continue  # "the Village, a district of Y": a kind of place, not a name
        if _names_a_known_person(text, people) or gazetteer.demonym(text) is not None:
            continue
        if any(e.label_ == "PERSON" and e.start <= name.start < e.end for e in doc.ents) and (
            _shares_a_word_with_another_person(name)
        ):
            continue
        yield Mention(text=text, start=name.start_char, end=name.end_char, confidence=0.55, source="described")


def _name_before(doc: Doc, comma: int) -> Span | None:
    """The capitalised name of one to four proper nouns that ends just before a comma."""
    start = comma
    while start > 0 and comma - start < 4:
        word = doc[start - 1]
        if word.tag_ in ("NNP", "NNPS") and word.text[:1].isupper() and word.lower_ != "the":
            start -= 1
        elif word.lower_ in ("al", "el", "-") and start - 1 > 0 and not word.whitespace_:
            start -= 1
        else:
            break
    if start == comma or not doc[start].text[:1].isupper():
        return None
    span = doc[start:comma]
    before = doc[start - 1] if start > 0 else None
    if before is not None and (
        not before.whitespace_ or before.tag_ == "POS" or before.text[:1].isupper() and not before.is_sent_start
    ):
        return None  # a piece of a longer name ("Peter's Gate"), or glued to a word
    if any(t.ent_type_ in _NOT_DESCRIBED_LABELS for t in span) or _PLAIN_NAME.match(span.text) is None:
        return None
    if any(t.ent_type_ == "NORP" for t in span):
        return None
    return span


def _place_kind_after(doc: Doc, i: int) -> bool:
    """Whether a short noun phrase opening at ``i`` ends in a place's kind ("a small
    village", "the onetime stronghold"), with no possessive or other noun after it
    ("the town's mayor", "a village elder")."""
    if doc[i].lower_ not in ("a", "an", "the"):
        return False
    end = i + 1
    while end < len(doc) and end - i <= 8 and doc[end].tag_ in _NOUN_PHRASE_TAGS:
        if doc[end].tag_ == "VBG" and doc[end].dep_ not in ("amod", "compound"):
            break  # "a village bordering the river": the phrase ends at "village"
        end += 1
    head = doc[end - 1]
    if end == i + 1 or head.tag_ not in ("NN", "NNS") or (end < len(doc) and doc[end].tag_ == "POS"):
        return False
    return lemma_of(head) in _PLACE_KIND_NOUNS


def _location_after(doc: Doc, i: int) -> bool:
    """Whether a "located in" phrase opens at ``i``: "located more centrally in the county",
    "situated on the river"."""
    if i >= len(doc) or doc[i].lower_ not in ("located", "situated", "nestled", "lying"):
        return False
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].pos_ == "ADV":
        j += 1  # "located more centrally in"
    return j < len(doc) and doc[j].lower_ in ("in", "on", "near", "along", "between", "north", "south", "east", "west")
    # (not "located at": a shop at an address)


def _distance_after(doc: Doc, i: int) -> bool:
    """Whether a distance opens at ``i``: "about 40 km", "200 miles (322 kilometers)"."""
    if doc[i].lower_ in _ROUGHLY:
        i += 1
    return i + 1 < len(doc) and doc[i].like_num and doc[i + 1].lower_ in _DISTANCE_UNITS


def _conjuncts(token: Token) -> list[Token]:
    """The words coordinated with ``token``: its head if it is a conjunct, its own conjuncts."""
    partners = [token.head] if token.dep_ == "conj" and token.head is not token else []
    return partners + [child for child in token.children if child.dep_ == "conj"]


def _free_to_repeat(span: Span) -> bool:
    for token in span:
        if token.ent_type_ == "PERSON" and not _office_follows(span):
            return False
        if token.ent_type_ in ("ORG", "FAC") and token.ent_iob_ != "B" and token.i == span.start:
            return False  # "... of Edmonton Oilers" mid-name: left to the embedded rule
    return True


def _mention_from_entity(ent: Span, text: str, gazetteer: Gazetteer, people: _PersonNames) -> Mention | None:
    # ``text`` is ``doc.text`` passed down: spaCy rebuilds that string on every access.
    label = ent.label_
    if _after_honorific(ent) or _told_of_as_a_person(ent):
        return None  # "Ms Georgia", "President Jordan", "Jordan, 56, was shot": a person, whatever NER says
    if label in ("NORP", "LANGUAGE"):
        # "English" names a language, not England: only NORP spans may be demonyms, and a
        # "language" that modifies forces or officials ("Filipino marines").
        return _demonym_mention(ent, gazetteer, demonyms=label == "NORP" or _modifies_forces_or_officials(ent))
    if label in _TIME_LABELS:
        return _place_before_a_time(ent, gazetteer)
    start, end = _trim(text, ent.start_char, ent.end_char)
    if start >= end:
        return None
    name = text[start:end]
    if name.islower() or name.casefold() in NEWS_AGENCIES:
        return None  # "the swan", "cheddar"; "Xinhua reported"
    if name.isupper() and label not in _PLACE_LABELS and not _names_a_state(name, gazetteer):
        return None  # "a CAT scan", "at UGA": acronyms NER did not call places
    if label in _PLACE_LABELS:
        if len(ent) > 1 and ent[-1].lower_ in _SERVICE_ENDINGS and ent[-1].text[:1].isupper():
            end = ent[-2].idx + len(ent[-2].text)  # "Coles County Police": the county, whose police act
            name = text[start:end]
        if _not_a_name_of_places(name, gazetteer, people) or _a_bare_point_of_the_compass(ent, name, gazetteer):
            return None
        if _travelling_subject(ent) and not gazetteer.is_name(name):
            return None  # "Blinken will travel to Riyadh": places do not travel, people do
        start, end = _with_missed_words(ent, text, start, end, gazetteer)
        name = text[start:end]
        if not gazetteer.is_name(name) and gazetteer.demonym(name) is not None:
            # "Angolan refugees" tagged as a place: the word is a demonym
            return Mention(text=name, start=start, end=end, kind="demonym", confidence=0.7, source="ner")
        return Mention(text=name, start=start, end=end, confidence=0.8, source="ner")
    if name.lower() in _GENERIC_WORDS:
        return None  # "Western powers", "Region 8": a kind of place, not one
    if ent.root.pos_ == "ADJ" or ent.root.dep_ == "amod":
        return None  # "Central" in "Central and Eastern European countries" describes, it does not name
    if _place_where_only_a_place_fits(ent, name, gazetteer, people):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    if _named_by_a_landform_word(ent, name, people):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+name")
    if label in ("PRODUCT", "WORK_OF_ART", "PERSON") and _names_a_strong_place(ent, name, gazetteer):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    if label == "FAC" and gazetteer.candidates(name, limit=1):
        return Mention(text=name, start=start, end=end, confidence=0.7, source="ner+gazetteer")
    if label in ("ORG", "PRODUCT") and _is_place_not_org(ent, name, gazetteer):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    if label == "PERSON" and _looks_like_place_not_person(ent, name, gazetteer, people):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    if label == "PERSON" and len(ent) > 1 and ent[-1].lower_ in _TOWN_SERVICE_WORDS and ent[-1].text[:1].isupper():
        return _embedded_place(ent, text, gazetteer)  # "Kettering Fire Chief Tom Jones": a town's service, no person
    if label in ("ORG", "FAC") and not _names_a_person_named_elsewhere(ent, people):
        return _embedded_place(ent, text, gazetteer) or _embedded_demonym(ent, gazetteer)
    town = _EMBEDDED_TOWN_POPULATION
    if len(ent) == 1 and _object_of_place_verb(ent) and _names_strong_or_populous(name, gazetteer, town):
        return Mention(text=name, start=start, end=end, confidence=0.6, source="ner+gazetteer")
    return None


def _names_a_strong_place(ent: Span, name: str, gazetteer: Gazetteer) -> bool:
    """A country, a state, a region or a sea that NER took for a product, a work or
    a person of several words ("agreements with Cyprus", "Sri Lanka's minister"):
    such names are rarely anything else (the body-labelled ones are rescued in
    ``_is_place_not_org``).  Not a person sharing a word with another of the article."""
    candidates = _trusted(gazetteer.candidates(name, limit=3))
    if not candidates or candidates[0].type not in _STRONG_TYPES or name.isupper():
        return False
    if ent.label_ == "PERSON" and (" " not in name or _shares_a_word_with_another_person(ent)):
        return False  # a one-word "person" is left to ``_looks_like_place_not_person``
    owner = ent.doc[ent.start : ent.end - 1] if len(ent) > 1 and ent[-1].tag_ == "POS" else ent
    return _stands_whole(owner)  # "Sri Lanka's Minister": the name ends at the possessive


def _place_before_a_time(ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """A place NER ran into the time after it: "fired missiles at X overnight",
    "shelled X Monday" tag "X overnight" as a time.  The capitalised words
    before the time words are the place when they name a strong or large one
    (a weekday or a month is the time itself)."""
    words = list(ent)
    cut = 0
    while cut < len(words) and words[cut].is_title and words[cut].pos_ == "PROPN":
        cut += 1
    if cut == len(words) and not names_a_month_or_weekday(ent.text) and _names_a_country(ent.text, gazetteer):
        # "the coups in Niger and Gabon": the small model tagged "Niger" a time
        return Mention(text=ent.text, start=ent.start_char, end=ent.end_char, confidence=0.6, source="ner+gazetteer")
    if cut == 0 or cut == len(words):
        return None
    name_span = ent.doc[ent.start : ent.start + cut]
    if name_span.text.lower() in _GENERIC_WORDS:
        return None  # "Region 8"
    if names_a_month_or_weekday(name_span.text) or not _names_strong_or_populous(
        name_span.text, gazetteer, _MATCHED_CITY_POPULATION
    ):
        return None
    return Mention(
        text=name_span.text, start=name_span.start_char, end=name_span.end_char, confidence=0.6, source="ner+gazetteer"
    )


def _names_a_person_named_elsewhere(ent: Span, people: _PersonNames) -> bool:
    """A body's name made only of words of a person the article names in full:
    "Abu Hamza said" after "Khalid Abu Hamza" is the man, however NER tags it."""
    words = [t.lower_ for t in ent if t.is_alpha]
    return len(words) > 1 and all(word in people for word in words)


def _embedded_place(ent: Span, text: str, gazetteer: Gazetteer) -> Mention | None:
    """The place inside an organisation's or building's name.

    "Gainesville Police", "Dublin City Council", "Gainesville's VFW Post",
    "University of Oxford": the town is a mention in its own right.
    """
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the") and not t.is_punct]
    if len(tokens) < 2 or tokens[-1].lower_.rstrip(".") in _BORROWED_NAME_ENDS or tokens[0].lower_ in NEWS_AGENCIES:
        return None
    lead = []
    for token in tokens:
        if not token.text[:1].isupper() or token.lower_ in _ORG_HEAD_WORDS:
            break
        lead.append(token)
    if lead and len(lead) < len(tokens) and tokens[len(lead)].lower_ == "of":
        lead.pop()  # the body's own head word: "Chamber" of "Chamber of Commerce"
    spans = [lead[:k] for k in range(min(len(lead), len(tokens) - 1), 0, -1)]
    of = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), None)
    after_of = tokens[of + 1 :] if of is not None and of + 1 < len(tokens) else None
    if after_of:
        spans.append(after_of)
    for words in spans:
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        name = text[start:end]
        if len(words) == 1 and words[0].lower_ in _GENERIC_WORDS:
            continue  # "Metro Council", "Federal Reserve": a describing word, not a town
        candidates = _trusted(gazetteer.candidates(name, limit=3)) or _states_abbreviated(name, gazetteer)
        if words[-1].lower_ in _PLACE_WORDS:
            # "Laurel County High School", "Kansas City Police"; but not
            # "Dublin City Council" -> "Dublin City", an alternate spelling.
            candidates = [c for c in candidates if not c.alternate]
        # After "of" a body names its field as often as its town ("Department
        # of Justice", "Court of Appeals"): only a large town is the place there.
        population = _MATCHED_CITY_POPULATION if words is after_of else _EMBEDDED_TOWN_POPULATION
        if words is not after_of and len(words) < len(tokens) and tokens[len(words)].lower_ in _TOWN_SERVICE_WORDS:
            population = 0  # "Chiefland Police", "Groton Town Council": only a town has its own police
        if candidates and _strong_or_populous(candidates[0], population):
            return Mention(text=name, start=start, end=end, confidence=0.5, source="embedded")
    return None


def _embedded_demonym(ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """The people-word that opens an organisation's name: "the Georgian
    Interior Ministry", "the Turkish Armed Forces" are that state's bodies."""
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in ("the", "a", "an") or tokens[0].is_space):
        tokens.pop(0)  # "a Syrian Army counter-offensive", "the the Turkish Army" (a typo)
    if len(tokens) < 2 or not tokens[1].text[:1].isupper():
        return None
    first = tokens[0]
    if not first.text[:1].isupper() or gazetteer.is_name(first.text) or gazetteer.demonym(first.text) is None:
        return None
    end = first.idx + len(first.text)
    return Mention(text=first.text, start=first.idx, end=end, kind="demonym", confidence=0.6, source="embedded")


def _party_state_mentions(text: str, gazetteer: Gazetteer) -> Iterable[Mention]:
    """The state in a US politician's party tag: "James Clyburn, D-S.C.," names South Carolina."""
    for match in PARTY_STATE.finditer(text):
        name = match.group(1)
        if _states_abbreviated(name, gazetteer) or any(
            c.type == "admin1" for c in gazetteer.candidates(name, limit=3)
        ):
            yield Mention(text=name, start=match.start(1), end=match.end(1), confidence=0.7, source="party-state")


#: "Treaty of X": where the treaty was signed, a capitalised name of up to four
#: words ("the Treaty of Ghent", "the treaty of Big Tree Creek").
_TREATY_OF = re.compile(
    r"(?<![\w-])[Tt]reat(?:y|ies) of\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?![\w'’-])"
)

#: What a treaty may be "of" that is no place: its subject or its kind.
_TREATY_SUBJECTS = frozenset(
    """
    peace friendship amity commerce alliance union cooperation co-operation navigation guarantee guarantees
    mutual neutrality trade fraternity establishment accession extradition limits boundaries boundary
    cession non-aggression nonaggression good rights protection limitation reduction brotherhood solidarity
    """.split()
)


#: "X Treaty", "the X Peace Accords", "the X Agreement": a capitalised name of up to
#: three words before a treaty's word ("Accord" alone is also a car).
_NAMED_TREATY = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:Treaty|Accords|Agreement|Protocol)(?![\w'’-])"
    r"(?!\s+[A-Z])"
)


def _treaty_places(doc: Doc, gazetteer: Gazetteer, people: _PersonNames) -> Iterable[Mention]:
    """The place a treaty is named after: "the Treaty of Ghent", "under the treaty
    of Fort Wise".  Treaties take the name of where they were signed (subjects,
    "the Treaty of Friendship", are set apart), so the name is a place whether
    the gazetteer knows it or not, and whatever NER made of it."""
    text = doc.text
    for match in _TREATY_OF.finditer(text):
        start, end = match.span(1)
        tail = _POSSESSIVE.search(text[start:end])
        if tail:
            end = start + tail.start()
        name = text[start:end]
        if _not_a_treaty_place(name, people):
            continue
        yield Mention(text=name, start=start, end=end, confidence=0.6, source="treaty")
    for match in _NAMED_TREATY.finditer(text):
        start, end = match.span(1)
        name = text[start:end]
        if name.endswith(" Peace"):
            end -= len(" Peace")  # "the X Peace Accords"
            name = text[start:end]
        if name.startswith("The "):
            start += len("The ")  # "The Oslo Accords" opening a sentence: the article is no part of the name
            name = text[start:end]
        words = name.split()
        if _not_a_treaty_place(name, people) or gazetteer.demonym(name) is not None:
            continue
        # Treaties are also named after people ("the Jay Treaty"): the gazetteer must
        # know the place, and a single word must be a strong place or a town.
        if len(words) == 1 and not _names_strong_or_populous(name, gazetteer, _EMBEDDED_TOWN_POPULATION):
            continue
        if not _trusted(gazetteer.candidates(name, limit=3)):
            continue
        yield Mention(text=name, start=start, end=end, confidence=0.6, source="treaty")


def _not_a_treaty_place(name: str, people: _PersonNames) -> bool:
    """A treaty's name that is no place: its subject ("Friendship"), a date, a person, an acronym."""
    words = name.split()
    return (
        any(word.lower() in _TREATY_SUBJECTS for word in words)
        or names_a_month_or_weekday(words[0])
        or _names_a_known_person(name, people)
        or name.isupper()
    )


def _states_abbreviated(name: str, gazetteer: Gazetteer) -> list[GazetteerRecord]:
    """The states an abbreviation like "S.C." or "Calif." stands for."""
    if not STATE_ABBREVIATION.match(name):
        return []
    return [r for r in gazetteer.qualifier(name) if r.type == "admin1"]


def _trusted(candidates: list[GazetteerRecord], name: str | None = None) -> list[GazetteerRecord]:
    """Candidates good enough to overrule NER's label.

    An alternate name carries that weight only for strong places and big cities
    ("Kiev" for Kyiv); GeoNames also lists old, joke and local names ("Google" for
    Topeka) that must not turn a firm into a town. Given the ``name`` a span is
    written with, where the grammar already puts a place, another spelling of the
    place's own name counts too ("Avdiivka" for Avdiyivka, "Marawi" for Marawi City);
    not inside other names, where a faith's "Ismaili" would become Ismayilli.
    """
    trusted = [c for c in candidates if not c.alternate or _strong_or_populous(c, _BIG_CITY)]
    if name is None:
        return trusted
    return trusted + [c for c in candidates if c not in trusted and _another_spelling(name, c.name)]  # (after
    # the names trusted anyway, whose order stays the gazetteer's)


def _another_spelling(name: str, own: str) -> bool:
    """Whether a name is the place's own name spelled another way: a transliteration a
    letter or two apart inside the word ("Kupiansk", "Kupyansk"), or the name without a
    "City" that GeoNames adds ("Marawi City")."""
    written, listed = normalize(name), normalize(own)
    if len(written) < _SPELLING_LENGTH:
        return False
    if listed == f"{written} city":
        return True
    if listed.startswith(written) or written.startswith(listed):
        return False  # a name cut short or run on is another word: "Ismaili" (a faith) for Ismailia
    return difflib.SequenceMatcher(None, written, listed).ratio() >= _SPELLING_LIKENESS


def _strong_or_populous(record: GazetteerRecord | None, population: int) -> bool:
    """A place name strong enough to overrule NER: a country, region, sea,
    alliance or landmark, or a city of at least ``population``."""
    return record is not None and (record.type in _STRONG_TYPES or record.population >= population)


def _is_modifier_or_locative(ent: Span) -> bool:
    """A name used as a modifier ("Gainesville sewer system", "Oxford's
    schools") or after "in"/"near": positions a place takes."""
    return ent.root.dep_ in ("compound", "poss") or _in_locative_phrase(ent)


def _is_place_not_org(ent: Span, name: str, gazetteer: Gazetteer) -> bool:
    """An ORG span that is a place: "Crimea", "Belarus", or "in Kyiv".

    Names rarely borne by firms (countries, regions, seas, alliances) always
    qualify; a big city only where the grammar puts a place ("officials in
    Kyiv"), since clubs and firms take city names ("Lyon won 2-0").
    """
    candidates = _trusted(gazetteer.candidates(name, limit=5), name)
    if not candidates:
        return False
    top = candidates[0]
    if top.type in _STRONG_TYPES:
        return True
    if len(ent) == 1 and top.population >= _EMBEDDED_TOWN_POPULATION and _is_modifier_or_locative(ent):
        return True
    if len(ent) == 1 and top.population >= _EMBEDDED_TOWN_POPULATION and (
        _object_of_place_verb(ent) or _control_taken_of(ent)
    ):
        return True
    return top.population >= _MATCHED_CITY_POPULATION and _in_locative_phrase(ent, _CITY_PREPOSITIONS)


def _control_taken_of(ent: Span) -> bool:
    """Whether a span is what a side takes, claims or loses control of ("claimed full control
    of Bakhmut"): in war news a town far more often than a firm NER took it for."""
    root = ent.root
    if root.dep_ != "pobj" or root.head.lower_ != "of" or lemma_of(root.head.head) != "control":
        return False
    control = root.head.head
    return control.dep_ == "dobj" and lemma_of(control.head) in CONTROL_TAKING_VERBS


def _object_of_place_verb(ent: Span) -> bool:
    """Whether a span is what troops enter, shell or capture ("entered
    Mariupol"): in war news the object of such a verb is a place far more often
    than a firm or a person NER took it for."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ == "dobj" and lemma_of(root.head) in PLACE_OBJECT_VERBS


#: Prepositions joining a push to the place it aims at: "the assault on X",
#: "the battle for X", "the siege of X", "the advance towards X".
_PUSH_PREPOSITIONS = {"on", "for", "of", "against", "toward", "towards"}


#: Prepositions after "march" whose object is where the march goes: "marched on X", "marched to X".
_MARCH_PREPOSITIONS = {"to", "on", "into", "toward", "towards"}


def _in_place_only_position(span: Span) -> bool:
    """Whether the grammar leaves room for a place only, so that any name the
    gazetteer knows there is one, however small ("the rebels stormed X",
    "X was encircled", "the assault on X", "marched to X", "the town of X",
    "the capital, X", "just north of X").

    NER takes many a village of a war zone for a person or a firm, and the
    population bar that guards other rescues would leave those out.
    """
    if any(c.dep_ == "compound" and c.is_lower and lemma_of(c) in SETTLEMENT_NOUNS for c in span.root.children):
        return True  # "the port city X"
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and lemma_of(head) in PLACE_ONLY_VERBS:
        return True
    if root.dep_ == "appos" and head.is_lower and lemma_of(head) in SETTLEMENT_NOUNS:
        return True  # "the capital, X"; not "Gaza City, its mayor, X"
    if root.dep_ == "nsubj" and head.lower_ in ("is", "was", "remains", "remained", "became", "becomes") and any(
        c.dep_ == "attr" and c.is_lower and lemma_of(c) in SETTLEMENT_NOUNS and lemma_of(c) != "capital"
        for c in head.children
    ):
        return True  # "X is a city in Columbia County", "X is the shire town of the county"
    if root.dep_ == "compound" and head.is_lower and lemma_of(head) in SETTLEMENT_NOUNS:
        return True  # "in X town"
    if root.dep_ != "pobj" or head.head is head:
        return False
    if head.lower_ == "of" and head.head.lower_ in DIRECTION_NOUNS:
        return True  # "advancing south of X", "10 km to the east of X": only a place has a north and a south
    word = lemma_of(head.head)
    if head.lower_ in _MARCH_PREPOSITIONS and word == "march":
        return True  # "protesters marched to X": a crowd marches to a place, not to a person
    if head.lower_ not in _PUSH_PREPOSITIONS:
        return False
    # Not "the capital of": a capital of fashion or of a faith is no town.
    return word in PUSH_NOUNS or (head.lower_ == "of" and word in SETTLEMENT_NOUNS and word != "capital")


#: Words, hyphens and apostrophes only: "Homs (Hims", "5th Brigade" or "Gao,
#: Lt" are a name cut short or something else.
_PLAIN_NAME = re.compile(r"^[^\W\d_]+(?:[ '’-]+[^\W\d_]+)*$")

#: Labels of spans that are times, whatever the gazetteer holds ("the battle on Thursday").
_TIME_LABELS = {"DATE", "TIME"}


def _place_where_only_a_place_fits(ent: Span, name: str, gazetteer: Gazetteer, people: _PersonNames) -> bool:
    """A span NER called something else, in a position only a place takes
    (``_in_place_only_position``), whose whole name the gazetteer knows, or that
    NER took for a person or a firm ("stormed Tell Abu Zunnar", a village no
    gazetteer holds: the mention stays unresolved, but the map knows of it)."""
    if ent.label_ in _TIME_LABELS or _PLAIN_NAME.match(name) is None or not _stands_whole(ent):
        return False
    if _names_a_known_person(name, people) or gazetteer.demonym(name) is not None:  # "the Uzbek capital"
        return False
    if _in_place_only_position(ent):
        return bool(gazetteer.candidates(name, limit=1)) or _bare_name_of_a_person_or_firm(ent, name)
    # People are captured too, firms hardly: a name NER took for a thing, that
    # the gazetteer holds in its own right (not "Taliban", an odd spelling of a
    # village), is the town taken.
    return ent.label_ in _THING_LABELS and bool(_trusted(gazetteer.candidates(name, limit=3))) and _taken_by_force(ent)


#: Labels NER gives such names when it misses the place: a person, a body, a building, a title.
_MISTAKEN_LABELS = {"PERSON", "ORG", "FAC", "WORK_OF_ART", "PRODUCT"}


def _named_by_a_landform_word(ent: Span, name: str, people: _PersonNames) -> bool:
    """A name of two to four words that an Arabic landform word begins ("Tal Jibbin",
    "Kafr Nabl", "Jabal al-Zawiya", "Ras al-Ain"), which NER took for a person,
    a body or a building: it is a place whether the gazetteer knows it or not.

    Not a building or body with such a place in its name ("the X University",
    "the X Military Airport": left to the embedded-place rescue), not a person
    the article names in full elsewhere or treats as one ("Tal Becker said").
    """
    words = name.split()
    if ent.label_ not in _MISTAKEN_LABELS or not 2 <= len(words) <= 4 or _PLAIN_NAME.match(name) is None:
        return False
    first, rest = words[0].lower(), " ".join(words[1:])
    if "-" in first:  # "Tal-Abyad" written joined
        first, rest = first.split("-", 1)[0], words[0].split("-", 1)[1] + " " + rest
    if first in ARABIC_PLACE_WORDS_ALSO_NAMES:
        if not ARABIC_ARTICLE.match(rest):
            return False  # "Ras al-Ain", not "Ras Tessema"
    elif first not in ARABIC_PLACE_WORDS:
        return False
    if any(word.lower() in _ORG_HEAD_WORDS or word.lower() in _FACILITY_WORDS for word in words):
        return False
    if words[-1].lower() in _TITLED_UNIT_WORDS:
        return False  # "the Deir X Governorate": the name before the unit word is found by `patterns`
    if _names_a_known_person(name, people) or _speaks(ent):
        return False
    return _stands_whole(ent)


#: Unit words after a name, written capitalised in some war reporting; not part of the name.
_TITLED_UNIT_WORDS = {"governorate", "province", "suburb", "quarter", "neighborhood", "neighbourhood"}

#: Words that make a name a building's or a base's, not a place's own.
_FACILITY_WORDS = {"military", "air", "base", "camp", "prison", "mosque", "dam", "company", "brigade"}


def _speaks(ent: Span) -> bool:
    """Whether a span is who said something: "Tal Becker said", "Tal Becker told"."""
    root = ent.root
    return root.dep_ == "nsubj" and lemma_of(root.head) in CLAIM_VERBS


#: Labels of things, neither people nor numbers ("four of the men were captured").
_THING_LABELS = {"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}

#: Verbs of taking by force, whose object is a town or a person ("rebels captured X").
_TAKING_VERBS = frozenset({"capture", "seize"})


def _taken_by_force(span: Span) -> bool:
    """Whether a span is what was captured or seized ("rebels captured X", "X was seized")."""
    root = span.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    return root.dep_ in ("dobj", "nsubjpass") and lemma_of(root.head) in _TAKING_VERBS


#: The most words an unknown name found by its position may have: village
#: names are short, bodies' names long ("Board of Water Works").
_UNKNOWN_NAME_WORDS = 3


#: Words that join two names or a body's words: "Kidal and Gao", "Board of Health".
_JOINING_WORDS = {"and", "of", "for", "&"}


def _bare_name_of_a_person_or_firm(ent: Span, name: str) -> bool:
    """A short PERSON or ORG span that names something, not a body or a kind of
    thing: no "the" before it, no institution's word ("the Eye Hospital"), no
    joining word ("Kidal and Gao" is two names).  "X village" is left
    to the name-and-unit pattern (``patterns``), and NER "X training camps"."""
    words = name.split()
    return (
        ent.label_ in ("PERSON", "ORG")
        and ent.root.dep_ != "compound"
        and ent[0].lower_ != "the"
        and len(words) <= _UNKNOWN_NAME_WORDS
        and not any(word.lower() in _ORG_HEAD_WORDS or word in _JOINING_WORDS for word in words)
        and not name.isupper()
    )


def _stands_whole(span: Span) -> bool:
    """Whether a span is a whole name rather than a piece of a longer one: no
    capitalised word, name connector or glued character before it, none after
    it ("Airport" of "Tarbak Military Airport", "Musa" of "Deir Musa", "Al-"
    of "Al-Qusur")."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and (not before.whitespace_ or before.text[:1].isupper()):
        return False
    if before is not None and before.lower_ in _NAME_CONNECTORS - {"and"} and span.start > 1:
        left = doc[span.start - 2]
        if left.is_title and lemma_of(left) not in SETTLEMENT_NOUNS:
            return False  # "Valle de X", "Bank of X": the name goes on to the left ("the Town of X" is X)
    glued = after is not None and not span[-1].whitespace_ and after.is_alpha
    return not glued and not span.text.endswith("-") and not (after is not None and after.text[:1].isupper())


def _names_a_known_person(name: str, people: _PersonNames) -> bool:
    """A lone word the article also gives as part of a person's full name ("Wendy
    Sherman" ... "Sherman"); a longer name would find itself among the people."""
    return " " not in name and name.lower() in people


def _names_strong_or_populous(name: str, gazetteer: Gazetteer, population: int) -> bool:
    """Whether a name's favourite trusted sense is a strong place or a city of at
    least ``population`` (``_strong_or_populous``)."""
    candidates = _trusted(gazetteer.candidates(name, limit=3))
    return bool(candidates) and _strong_or_populous(candidates[0], population)


#: Prepositions after which an unknown name NER calls a person is a place: not
#: "at" ("at Smith's") or "with", where people stand too.
_UNKNOWN_PLACE_PREPOSITIONS = {"in", "near", "outside", "inside", "into", "towards", "toward"}

#: For a big city, "of", "from" and "through" also place it: "most of Harare",
#: "cases from Kisumu", "marched through Bujumbura"; a firm's name after them
#: is rarer than a city's.
_CITY_PREPOSITIONS = _PLACE_PREPOSITIONS | {"of", "from", "through", "throughout"}


#: Parts only a place has: a name after "the streets of" or "the outskirts of" is a place's.
_PART_OF_PLACE_NOUNS = frozenset(
    "street outskirt outskirts suburb suburbs centre center heart countryside periphery environs"
    " neighbourhood neighborhood district mountain hill coast shore beach port harbour harbor".split()
)


#: Verbs of leaving a place under force: "withdrew from", "were driven out of".
_LEAVING_VERBS = frozenset("withdraw retreat pull flee evacuate expel drive oust push".split())


#: Verbs of going whose "to" is where people go: "fled to X", "moved to X", "flew to X".
_GOING_VERBS = frozenset(
    "move relocate redeploy deploy march advance retreat withdraw flee fly travel go head return come evacuate"
    " sail drive roll".split()
)

#: Verbs of sending, whose "to" is a place only when forces are sent ("sent troops to
#: X"): a letter or a gift is sent to a person.
_SENDING_FORCES_VERBS = frozenset("send dispatch transfer ship transport airlift".split())


def _goes_there(verb: Token) -> bool:
    word = lemma_of(verb)
    if word in _GOING_VERBS:
        return True
    sent = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return word in _SENDING_FORCES_VERBS and any(lemma_of(c) in FORCE_NOUNS for c in sent)


#: Nouns whose "of" is territory: "regained control of X", "the siege of X", "the fall of X".
#: Not "capture" or "seizure", whose "of" is as often a person or a cargo.
_TERRITORY_OF_NOUNS = frozenset("control siege fall occupation annexation invasion liberation".split())


def _held_or_taken(ent: Span) -> bool:
    """Whether a span is the "of" of control or its change: "regained control of X"."""
    root = ent.root
    preposition = root.head
    return (
        root.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head is not preposition
        and lemma_of(preposition.head) in _TERRITORY_OF_NOUNS
    )


def _in_locative_phrase(ent: Span, prepositions: set[str] = _PLACE_PREPOSITIONS) -> bool:
    """Whether a span is the object of "in", "at", "near"... ("fighting near Bakhmut")."""
    root = ent.root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ == "of" and preposition.head is not preposition and (
        lemma_of(preposition.head) in _PART_OF_PLACE_NOUNS
    ):
        return True  # "the streets of Cap-Haitien", "the outskirts of Kobani": only a place has those
    if preposition.lower_ == "from" and lemma_of(preposition.head) in _LEAVING_VERBS:
        return True  # "forces withdrew from Kherson": what troops leave is a place
    if preposition.lower_ == "of" and preposition.head.lower_ == "out" and lemma_of(preposition.head.head) in (
        _LEAVING_VERBS
    ):
        return True  # "pulled out of Kherson"
    if preposition.lower_ == "to" and _goes_there(preposition.head):
        return True  # "fled to Mosul", "troops were sent to Kherson": where people go is a place
    return preposition.lower_ in prepositions


def _modifies_forces_or_officials(ent: Span) -> bool:
    """"A contingent of Filipino marines": a one-word span that
    modifies a force or a state's officials (the small model tags "Filipino" as a language)."""
    root = ent.root
    if len(ent) != 1 or root.dep_ not in ("amod", "compound") or root.head.i <= root.i:
        return False
    return _forces_or_officials(root.head.lower_)


def _forces_or_officials(word: str) -> bool:
    """A word for forces or a state's officials, singular or plural ("marines", "leader")."""
    return any(
        form in FORCE_NOUNS or form in GOVERNMENT_NOUNS for form in (word, word[:-1] if word.endswith("s") else word)
    )


def _demonym_mention(ent: Span, gazetteer: Gazetteer, *, demonyms: bool = True) -> Mention | None:
    """"Russian" / "Ukrainians" -> a demonym mention of the country.

    NER also puts cities under this label ("the neighbourhoods of Aleppo"):
    a span that is no demonym but names a strong place or a big city is a
    toponym.
    """
    if not demonyms or gazetteer.demonym(ent.text) is None:
        if ent.text.lower() in _GENERIC_WORDS:
            return None  # "Western powers"
        # Not as a modifier: "the Uzbek capital" is a people-word, whatever the gazetteer holds.
        if _names_strong_or_populous(ent.text, gazetteer, _MATCHED_CITY_POPULATION) or (
            ent.root.dep_ != "compound" and _stands_whole(ent) and _in_place_only_position(ent)
            and gazetteer.is_name(ent.text)
        ) or (
            ent.root.dep_ != "compound" and (_in_locative_phrase(ent) or _object_of_place_verb(ent))
            and _names_strong_or_populous(ent.text, gazetteer, _EMBEDDED_TOWN_POPULATION)
        ):  # ("stationed in Kidal", "seized Kidal": a town of 40,000 where a place goes, no people-word)
            return Mention(
                text=ent.text, start=ent.start_char, end=ent.end_char, confidence=0.6, source="ner+gazetteer"
            )
        return _state_opening_a_group(ent, gazetteer)
    return Mention(
        text=ent.text, start=ent.start_char, end=ent.end_char, kind="demonym", confidence=0.8, source="ner"
    )


def _state_opening_a_group(ent: Span, gazetteer: Gazetteer) -> Mention | None:
    """A state's name opening a people-group NER labelled as such ("U.S. Marines",
    "EU citizens" written "EU Citizens"): the state is a place mention of its own.
    Only a country, a state or a group of countries: "New Yorkers" opens with none."""
    words = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return None
    first = words[0]
    if first.lower_ in _GENERIC_WORDS or not _names_a_state(first.text, gazetteer):
        return None
    if gazetteer.demonym(first.text) is not None and not gazetteer.is_name(first.text):
        return None
    end = first.idx + len(first.text)
    return Mention(text=first.text, start=first.idx, end=end, confidence=0.6, source="embedded")


def _looks_like_place_not_person(ent: Span, name: str, gazetteer: Gazetteer, people: _PersonNames) -> bool:
    """A PERSON span that is really a place: "Washington and Kiev say".

    A single word qualifies when it names a strong place or a big city, stands
    where a place goes, or is coordinated with a place entity; never one that
    is part of a longer person's name elsewhere in the article ("Wendy Sherman"
    ... "Sherman"). A longer name is a person's far more often ("Charles
    Town"), except a known place's where only a place stands ("in Tuz
    Khurmatu") or a real town's after "at" ("the blast at Lashkar Gah").
    """
    candidates = _trusted(gazetteer.candidates(name, limit=5), name)
    if " " in name and not candidates:
        # a longer spelling of a city of 100,000 or more ("Khan Younis" for Khan Yunis) is
        # specific enough, where a one-word alternate ("Google" for Topeka) is not
        candidates = [
            c for c in gazetteer.candidates(name, limit=5) if c.population >= _MATCHED_CITY_POPULATION
        ]
    if " " in name and candidates and not _shares_a_word_with_another_person(ent):
        # A longer name the gazetteer knows, where a person hardly stands
        # ("flown into Luang Namtha", "meetings in Wichita Falls"), or a real
        # town's after "at" ("the blast at Lashkar Gah"); its own words make it
        # no person named elsewhere.
        if _in_locative_phrase(ent, _UNKNOWN_PLACE_PREPOSITIONS) or _held_or_taken(ent):
            return True
        return candidates[0].population >= _EMBEDDED_TOWN_POPULATION and _in_locative_phrase(ent, {"at"})
    if name.lower() in people or any(word.lower() in people for word in name.split()):
        return False
    if not candidates:
        # A name no gazetteer knows, where only a place can stand: "clashes in
        # Maree", "fighting near Kafrun" (NER guesses a person for many an
        # Arabic or African village); it stays unresolved.
        return _in_locative_phrase(ent, _UNKNOWN_PLACE_PREPOSITIONS)
    top = candidates[0]
    if _strong_or_populous(top, _BIG_CITY) or _in_locative_phrase(ent):
        return True
    if top.population >= _EMBEDDED_TOWN_POPULATION and ent.root.dep_ in ("compound", "poss"):
        return True
    if top.population >= _EMBEDDED_TOWN_POPULATION and (_object_of_place_verb(ent) or _control_taken_of(ent)):
        return True
    return any(p.ent_type_ in _PLACE_LABELS for p in _conjuncts(ent.root))


def _shares_a_word_with_another_person(ent: Span) -> bool:
    """Whether another PERSON entity of the article has a word of this span ("Tom
    Weston" ... "Weston Falls" said of him)."""
    words = {t.lower_ for t in ent if t.is_alpha}
    return any(
        other.label_ == "PERSON" and other.start != ent.start and words & {t.lower_ for t in other if t.is_alpha}
        for other in ent.doc.ents
    )


def _names_a_country(name: str, gazetteer: Gazetteer) -> bool:
    """A name whose best reading is a country: "Niger", not "Ramadan" or "Easter"."""
    best = gazetteer.candidates(name, limit=1)
    return bool(best) and best[0].type == "country"


def _names_a_state(name: str, gazetteer: Gazetteer) -> bool:
    """An acronym that names a country, a state, or a group of countries ("UK",
    "UAE", "NSW", "NATO", "CSTO"): the groups are the gazetteer's curated few,
    so "NATO" is as much a mention as "Nato"."""
    return any(c.type in ("country", "admin1", "group") for c in gazetteer.candidates(name, limit=3))


def _with_missed_words(ent: Span, text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int]:
    """NER sometimes cuts a two-word name ("Goz [Beida]", "[the City of Santa] Ana"):
    take the capitalised word next to the span when the two together are a known name."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _loose_name_word(before) and not before.is_sent_start:
        if gazetteer.is_name(text[before.idx : end]):
            return before.idx, end
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and _loose_name_word(after) and gazetteer.is_name(text[start : after.idx + len(after)]):
        return start, after.idx + len(after)
    return start, _hyphenated_end(doc, ent.end, text, start, end, gazetteer)


def _hyphenated_end(doc: Doc, after: int, text: str, start: int, end: int, gazetteer: Gazetteer) -> int:
    """NER stops a hyphenated name at its first hyphen ("[Mazar]-e-Sharif"): take the
    hyphen-joined words that follow, with no space between, when the whole is a known
    name ("Russia-Ukraine border" stays two names: the pair is none)."""
    best, i = end, after
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
        word = doc[i + 1]
        if not word.is_alpha:
            break
        candidate = word.idx + len(word)
        if gazetteer.is_name(text[start:candidate]):
            best = candidate
        i += 2
    return best


def _loose_name_word(token: Token) -> bool:
    return token.is_title and token.pos_ == "PROPN" and not token.ent_type_


def _not_a_name_of_places(name: str, gazetteer: Gazetteer, people: _PersonNames) -> bool:
    """A place label NER got wrong.

    A surname the article gives in full elsewhere ("Maya Harden" ... "Harden")
    is the person unless it names a strong place or a big city.  Of names the
    gazetteer does not know, strain codes ("H5N1") and lower-case words
    ("meth") are not places; an unknown name of another shape (a river, a
    camp) may well be.
    """
    words = name.lower().split()
    surname = all(w in people for w in words)
    if len(words) == 1 and _common_fighters_word(words[0]) and not gazetteer.is_name(name):
        return True  # "Rebels attacked ...": a capitalised common noun at a sentence's start
    if gazetteer.is_name(name):
        return len(words) == 1 and words[0] in people.surnames and not _names_strong_or_populous(
            name, gazetteer, _BIG_CITY
        )
    return any(c.isdigit() for c in name) or name.islower() or surname


#: Words for armed men that are not forces: "Gunmen set cars on fire".
_ARMED_MEN = frozenset("gunman gunmen attacker assailant raider kidnapper sniper bomber".split())


def _a_bare_point_of_the_compass(ent: Span, name: str, gazetteer: Gazetteer) -> bool:
    """"the North's weapons", "fighting in the South": a part of the story's country, not a
    province of that name abroad.  "The West" (a group of countries) stays, and so does a
    qualified one ("the American South")."""
    if len(ent) != 1 or name.lower() not in DIRECTION_NOUNS:
        return False
    if any(c.dep_ in ("amod", "compound", "nmod") for c in ent.root.children):
        return False
    return not any(c.type == "group" or c.country is None for c in gazetteer.candidates(name, limit=3))


def _common_fighters_word(word: str) -> bool:
    """"rebels", "militants", "troops", "gunmen": words for armed men, never a place's name."""
    singular = word[:-1] if word.endswith("s") else word
    return any(
        form in words for form in (word, singular) for words in (FORCE_NOUNS, IRREGULAR_FIGHTERS, _ARMED_MEN)
    )


def _told_of_as_a_person(ent: Span) -> bool:
    """A name the sentence treats as a person's: followed by an age ("Madrid, 52,"), or
    the one shot, murdered or kidnapped ("gunmen shot Medina"; "Jordan was shot").
    Places are not harmed in those words, and NER often tags a lone surname as a place."""
    doc = ent.doc
    after = doc[ent.end : ent.end + 3]
    if (
        len(after) == 3 and after[0].text == "," and after[2].text in (",", "and")
        and after[1].like_num and after[1].text.isdigit() and 0 < int(after[1].text) < 120
    ):
        return True
    root = ent.root
    if ent.label_ in ("NORP", "LANGUAGE"):
        return False  # "two Palestinians were killed": people, but named by their nation
    return root.dep_ in ("nsubjpass", "dobj") and lemma_of(root.head) in HARM_VERBS


def _travelling_subject(ent: Span) -> bool:
    """Whether the span is the subject of a verb of travelling ("X will travel to", "X
    arrived in"): a person's place in a sentence, not a place's."""
    root = ent.root
    return root.dep_ == "nsubj" and lemma_of(root.head) in TRAVEL_VERBS


def _after_honorific(ent: Span) -> bool:
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.text.rstrip(".").lower() in _HONORIFICS


@dataclass(frozen=True)
class _PersonNames:
    """Lower-cased words of the article's multi-word PERSON entities, and which
    of them end a name (surnames). Titles ("Duchess of Cornwall") are no names."""

    words: frozenset[str]
    surnames: frozenset[str]

    def __contains__(self, word: object) -> bool:
        return word in self.words


def _person_name_tokens(doc: Doc) -> _PersonNames:
    words: set[str] = set()
    surnames: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1 and not any(t.lower_ in ("of", "from") for t in ent):
            alpha = [token.text.lower() for token in ent if token.is_alpha]
            words.update(alpha)
            surnames.update(alpha[-1:])
    return _PersonNames(frozenset(words), frozenset(surnames))


def _dateline_mentions(text: str, gazetteer: Gazetteer) -> Iterable[Mention]:
    for match in _DATELINE.finditer(text[:_DATELINE_WINDOW]):
        name = match.group(1)
        candidates = gazetteer.candidates(name.title(), limit=5)
        if candidates and candidates[0].type != "group":
            yield Mention(
                text=name, start=match.start(1), end=match.end(1), confidence=0.7, source="dateline"
            )


#: Lower-case words allowed inside a multi-word name ("Bosnia and Herzegovina").
_NAME_CONNECTORS = {"of", "and", "de", "del", "la", "le", "on", "upon", "the", "-", "al", "el"}

#: The gazetteer matcher looks at names of at most this many words.
_MAX_MATCH_TOKENS = 6


def _gazetteer_mentions(doc: Doc, gazetteer: Gazetteer) -> Iterable[Mention]:
    """Capitalised proper nouns NER left untagged that name a strong place.

    Only gaps between entities are searched: a span NER called a person or a
    firm stays that.  Weak matches (small towns, which share names with
    people and common words) are left out.
    """
    in_entity = {token.i for ent in doc.ents for token in ent}
    longest = min(gazetteer.max_name_tokens, _MAX_MATCH_TOKENS)
    i = 0
    while i < len(doc):
        token = doc[i]
        if (
            i in in_entity
            or token.pos_ != "PROPN"
            or not token.text[:1].isupper()
            or _inside_compound(doc, i, gazetteer)
        ):
            i += 1
            continue
        match = _longest_name_at(doc, i, longest, in_entity, gazetteer)
        if match is None:
            i += 1
            continue
        end = match
        span = doc[i:end]
        if _written_as_a_common_word(span, gazetteer):
            i = end
            continue
        yield Mention(
            text=span.text, start=span.start_char, end=span.end_char, confidence=0.55, source="gazetteer"
        )
        i = end


def _written_as_a_common_word(span: Span, gazetteer: Gazetteer) -> bool:
    """A one-word town's name the article also writes in lower case: a word
    capitalised by a headline or a title ("Man held after crash", "Orange
    juice"), not the town. Countries, regions and seas are kept."""
    if len(span) != 1:
        return False
    word = span[0].lower_
    if word == span[0].text or not any(t.text == word for t in span.doc):
        return False
    top = gazetteer.candidates(span.text, limit=1)
    return not (top and top[0].type in _STRONG_TYPES)


def _inside_compound(doc: Doc, i: int, gazetteer: Gazetteer) -> bool:
    """Whether the token ends a hyphenated name whose capitalised first part is
    no place: "Agder" of "Vest-Agder" (but "Fort Worth" of "Dallas-Fort Worth" is one)."""
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    first = doc[i - 2]
    # "R-Florence", "DFL-Cook" are party tags, "inter-Palestinian" a prefix: no compound name
    return first.is_title and not first.is_upper and not gazetteer.is_name(first.text)


def _longest_name_at(doc: Doc, start: int, longest: int, in_entity: set[int], gazetteer: Gazetteer) -> int | None:
    """End token index of the longest strong place name starting at ``start``."""
    stop = start
    while stop < len(doc) and stop - start < longest and stop not in in_entity:
        word = doc[stop]
        if not (word.text[:1].isupper() or (stop > start and word.lower_ in _NAME_CONNECTORS)):
            break
        stop += 1
    for end in range(stop, start, -1):
        if not doc[end - 1].text[:1].isupper():
            continue
        if end - start == 1 and doc[start].lower_ in _GENERIC_WORDS:
            continue  # "East" of "East Bank", "Central" of "Central High"
        name = doc[start:end].text
        if not gazetteer.is_name(name):
            continue
        if _names_strong_or_populous(name, gazetteer, _MATCHED_CITY_POPULATION):
            return end
        if _stands_whole(doc[start:end]) and _in_place_only_position(doc[start:end]):
            return end  # a small town, where only a place can stand
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past a leading "the" or "City of", a trailing possessive and
    a trailing lower-case designator ("Henan province" names Henan)."""
    number = _TRAILING_COUNT.search(text[start:end])
    if number and number.start() > 0:
        end = start + number.start()  # "Hama province - 4": NER ran on into the count after the name
    span = text[start:end]
    lead = _LEADING_THE.match(span)
    if lead:
        start += lead.end()
    tail = _POSSESSIVE.search(text[start:end])
    if tail:
        end = start + tail.start()
    unit = _LEADING_UNIT.match(text[start:end])
    if unit and unit.end() < end - start:
        start += unit.end()
    elif _LEADING_UNIT.match(text[start:end] + " "):
        return start, start  # NER's "The City of" alone, cut from "Paris": no name at all
    designator = _TRAILING_DESIGNATOR.search(text[start:end])
    if designator and designator.start() > 0:
        end = start + designator.start()
    return start, end


#: A dash and a number after a name, which NER takes into a place's span: "in Hama province - 4 times".
_TRAILING_COUNT = re.compile(r"\s+[-–—]\s*\d[\d,.]*$")

#: The kind of unit before the name: "the City of Santa Ana" names Santa Ana.
_LEADING_UNIT = re.compile(r"(?:City|Town|Village|Borough|Township|Municipality) of\s+")

#: A lower-case word for the kind of unit, after the name: "Sichuan province".
_TRAILING_DESIGNATOR = re.compile(
    r"\s+(?:province|region|district|prefecture|governorate|oblast|county|state|municipality|territory)$"
)


#: What may join two mentions into one name: "Democratic Republic" + "of the"
#: + "Congo", "Guinea" + "-" + "Bissau", "Trinidad" + "and" + "Tobago", "St. Vincent"
#: + "and the" + "Grenadines" (only when the gazetteer knows the whole name).
_NAME_JOINS = {" of the ", " of ", "-", " ", " and ", " and the "}


def _joined(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """Neighbouring mentions that together form one name the gazetteer knows."""
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if (
            previous is not None
            and text[previous.end : mention.start] in _NAME_JOINS
            and gazetteer.is_name(text[previous.start : mention.end])
        ):
            out[-1] = previous.with_(
                text=text[previous.start : mention.end], end=mention.end,
                confidence=max(previous.confidence, mention.confidence),
            )
        else:
            out.append(mention)
    return out


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
