"""The words that decide roles, and the parser for force sizes.

Kept apart from the rules in ``situation`` so the vocabulary can grow (or be
measured) without touching the logic.  All entries are lower-case lemmas.
"""

from __future__ import annotations

import re

#: Verbs whose subject, when a place, stands for its government or people:
#: "Washington hopes", "Moscow denies", "Russia seized".
AGENT_VERBS = frozenset(
    """
    say tell hope deny see want warn accuse claim insist announce demand urge reject accept
    believe fear argue respond threaten refuse agree propose plan try call seek vow pledge
    condemn criticise criticize welcome support oppose back push press ask offer expect
    insist suggest think consider decide declare confirm dismiss blame sign ratify veto
    sanction impose invade attack seize annex occupy launch deploy send mass withdraw
    recognise recognize negotiate present respond retaliate order allow ban block join
    aspire tilt need intend promise acknowledge admit indicate signal note stress add
    """.split()
)

#: Nouns that, owned by a place, make the place its government: "the Kremlin's demands".
POSSESSED_BY_GOVERNMENTS = frozenset(
    """
    demand concern position policy decision proposal plan response claim statement refusal
    support stance offer request warning threat government official leader minister
    ministry president delegation envoy diplomat negotiator deployment invasion annexation
    aggression intention ambition attempt effort use move strategy security interest
    """.split()
)

#: Words for armed forces and their units.
FORCE_NOUNS = frozenset(
    """
    troop soldier force army battalion brigade division regiment unit tank marine
    paratrooper serviceman servicemen personnel militia fighter warship battlegroup
    peacekeeper mercenary corps platoon company squadron fleet navy sailor artillery
    missile jet bomber submarine
    """.split()
)

#: Nouns for putting forces somewhere: "Russia's deployment of troops in Kazakhstan".
FORCE_EVENTS = frozenset("deployment buildup build-up massing incursion offensive garrison".split())

#: Words for talks and where they are held.
MEETING_NOUNS = frozenset(
    """
    talk negotiation meeting summit conference discussion consultation negotiator
    delegation dialogue round session ceasefire-talks peace-talks
    """.split()
)
MEETING_VERBS = frozenset("meet negotiate convene host".split())

#: Prepositions that place a thing somewhere.
LOCATIVE_PREPOSITIONS = frozenset("in at near along inside into on across to within outside around".split())

#: Prepositions a meeting place takes: "talks in Geneva", "move to Brussels".
MEETING_PREPOSITIONS = frozenset("in at to inside".split())

#: Nouns naming a border: "near the border with Ukraine".
BORDER_NOUNS = frozenset("border frontier boundary".split())

#: Taking territory: "Russia seized the Crimea peninsula".
SEIZE_VERBS = frozenset("seize annex occupy capture grab conquer take-over".split())
SEIZE_NOUNS = frozenset("annexation occupation seizure capture".split())
DISPUTE_ADJECTIVES = frozenset("disputed contested occupied annexed breakaway separatist rebel-held".split())

#: Diseases and viruses named after the place they were found, which news
#: uses bare for the disease: "died of Ebola", "imported Marburg", "Zika cases".
EPONYMOUS_DISEASES = frozenset(
    {"ebola", "marburg", "zika", "lassa", "nipah", "hendra", "reston", "norwalk", "lyme", "west nile",
     "hantaan", "coxsackie", "bundibugyo", "tai forest", "sudan virus", "rift valley", "powassan"}
)

#: News agencies named like places ("Xinhua" is also a town): a byline, not a place.
NEWS_AGENCIES = frozenset(
    {"xinhua", "reuters", "interfax", "tass", "itar-tass", "ria novosti", "yonhap", "kyodo", "anadolu",
     "bernama", "antara", "wafa", "irna", "ap", "afp", "upi", "efe", "ansa", "dpa", "pti"}
)

#: "W.Va.", "Calif.", "D.C.", "S.C.": abbreviations that name states, never towns called "Kan".
STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,4}\.){1,3}$")

#: A US politician's party and state: "James Clyburn, D-S.C.," "(R-Texas)".
PARTY_STATE = re.compile(r"(?<![\w-])[DRI]-((?:[A-Z][a-z]{0,4}\.){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,);])")

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
#: Words that multiply what came before them ("two hundred", "a dozen").
_MULTIPLIERS = {"dozen": 12, "hundred": 100}
#: Words that close a group ("two thousand", "1.5 million").
_SCALES = {"thousand": 1_000, "million": 1_000_000, "k": 1_000, "m": 1_000_000}
_DIGITS = re.compile(r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?")


def parse_count(phrase: str) -> int | None:
    """The number in a force-size phrase: "Nearly 100,000" -> 100000.

    Handles grouped digits, decimals with a scale ("1.5 million"), and number
    words ("two thousand", "a dozen").  Vague quantities ("thousands of") give None.
    """
    text = " ".join(phrase.lower().replace("-", " ").split())
    if not text:
        return None
    match = _DIGITS.search(text)
    if match:
        value = float(re.sub(r"[,\u202f\u00a0 ]", "", match.group(0)))
        rest = text[match.end():].split()
        if rest and rest[0] in _SCALES:
            value *= _SCALES[rest[0]]
        return int(value)
    total = current = 0
    seen = False
    for word in text.split():
        if word in ("a", "an"):
            current = current or 1
        elif word in _NUMBER_WORDS:
            current = (0 if current == 1 and not seen else current) + _NUMBER_WORDS[word]
            seen = True
        elif word in _MULTIPLIERS and current:
            current *= _MULTIPLIERS[word]
            seen = True
        elif word in _SCALES and current:
            total += current * _SCALES[word]
            current = 0
            seen = True
    value = total + current
    return value if seen and value > 0 else None
