"""Hand-built Situations for the render tests (the pipeline is not needed).

``seed_situation`` is the seed article (US-Russia talks in Geneva) with real
GeoNames coordinates; ``hostile_situation`` carries script-injection payloads
in every text field that reaches the page. Offsets are found in the text, so
``mention.text == article.text[start:end]`` always holds.
"""

from __future__ import annotations

import re
from pathlib import Path

from geomap.model import Article, Item, Mention, Place, Situation

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "us-russia-geneva-talks.txt"

GENEVA = Place("Geneva", "CH", 46.20222, 6.14569, "city", 2660646, 183981)
BRUSSELS = Place("Brussels", "BE", 50.85045, 4.34878, "city", 2800866, 1019022)
VIENNA = Place("Vienna", "AT", 48.20849, 16.37208, "city", 2761369, 1691468)
KYIV = Place("Kyiv", "UA", 50.45466, 30.5238, "city", 703448, 2797553)
WASHINGTON = Place("Washington", "US", 38.89511, -77.03637, "city", 4140963, 601723)
KREMLIN = Place("Kremlin", "RU", 55.75202, 37.61749, "landmark", None)
CRIMEA = Place("Crimea", "UA", 45.0, 34.0, "admin1", 703883)
ALMATY = Place("Almaty", "KZ", 43.25667, 76.92861, "city", 1526384, 2000900)
KHARKIV = Place("Kharkiv", "UA", 49.98081, 36.25272, "city", 706483, 1430885)
UKRAINE = Place("Ukraine", "UA", 49.0, 32.0, "country", 690791)
#: Namesakes the resolver ranked below Geneva, Switzerland (Illinois, New York).
GENEVA_IL = Place("Geneva", "US", 41.88753, -88.30535, "city", 4893591, 21806)
GENEVA_NY = Place("Geneva", "US", 42.86896, -76.97774, "city", 5118398, 13062)

# Russian-Ukrainian border north-east of Kharkiv, (lon, lat), roughly as drawn.
BORDER_LINE = [[35.43, 50.45], [36.2, 50.4], [37.5, 50.28], [38.2, 49.95], [39.2, 49.85], [40.1, 49.6]]

#: Markers the seed map draws: one per item. Washington, Kiev and the Kremlin
#: are metonymic actors: the governments are shaded, no city is marked.
SEED_MARKERS = 6


def _sentences(text: str, pattern: str) -> list[tuple[int, int]]:
    """Rough sentence spans: enough for a fixture (the real ones come from article.py)."""
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _mention(text: str, word: str, occurrence: int = 0, *, by_line: bool = False, **fields: object) -> Mention:
    starts = [m.start() for m in re.finditer(re.escape(word), text)]
    start = starts[occurrence]
    end = start + len(word)
    pattern = r"[^\n]+" if by_line else r"[^.\n]+[.”\"]*"
    sentence = next(s for s in _sentences(text, pattern) if s[0] <= start and end <= s[1])
    return Mention(text=word, start=start, end=end, sentence=sentence, **fields)  # type: ignore[arg-type]


def _point(lon: float, lat: float) -> dict[str, object]:
    return {"type": "Point", "coordinates": [lon, lat]}


def seed_situation() -> Situation:
    """The seed article, situated by hand."""
    text = SEED.read_text(encoding="utf-8")
    article = Article(
        text=text,
        id="us-russia-geneva-talks",
        source="seeds/us-russia-geneva-talks.txt",
        title="US and Russian negotiators face off in Geneva over Ukraine",
        date="2022-01-10",
    )
    mentions = (
        _mention(
            text, "Geneva", 2, place=GENEVA, role="meeting_venue", confidence=0.95, alternatives=(GENEVA_IL, GENEVA_NY)
        ),  # 0
        _mention(text, "Geneva", 3, place=GENEVA, role="meeting_venue", confidence=0.93),  # 1
        _mention(text, "Brussels", place=BRUSSELS, role="meeting_venue", confidence=0.9),  # 2
        _mention(text, "Vienna", place=VIENNA, role="meeting_venue", confidence=0.9),  # 3
        _mention(text, "Ukraine", 2, place=UKRAINE, role="troop_position", troop_count=100000, confidence=0.8),  # 4
        _mention(text, "Crimea", place=CRIMEA, role="disputed_territory", confidence=0.85),  # 5
        _mention(text, "Kazakhstan", place=ALMATY, role="troop_position", confidence=0.6),  # 6 (CSTO troops: Almaty)
        _mention(text, "Washington", 0, place=WASHINGTON, role="actor", metonym=True, confidence=0.7),  # 7
        _mention(text, "Kiev", place=KYIV, role="actor", metonym=True, confidence=0.75),  # 8
        _mention(text, "Kremlin", place=KREMLIN, role="actor", metonym=True, confidence=0.7),  # 9
        _mention(text, "Washington", 2, place=WASHINGTON, role="actor", metonym=True, confidence=0.7),  # 10
    )
    items = (
        Item(
            "geneva", "meeting_venue", "Geneva", _point(6.14569, 46.20222), (0, 1), confidence=0.95, date="2022-01-10"
        ),
        Item("brussels", "meeting_venue", "Brussels", _point(4.34878, 50.85045), (2,), confidence=0.9),
        Item("vienna", "meeting_venue", "Vienna", _point(16.37208, 48.20849), (3,), confidence=0.9),
        Item(
            "ru-troops-ua-border",
            "troop_position",
            "Russian troops at the border with Ukraine",
            {"type": "LineString", "coordinates": BORDER_LINE},
            (4,),
            side="RU",
            troop_count=100000,
            confidence=0.8,
        ),
        Item("crimea", "disputed_territory", "Crimea", _point(34.0, 45.0), (5,), confidence=0.85),
        Item("kazakhstan", "troop_position", "Kazakhstan", _point(76.92861, 43.25667), (6,), side="RU", confidence=0.6),
    )
    return Situation(article=article, mentions=mentions, items=items, countries=("US", "RU", "UA", "KZ"))


def protest_situation(
    text: str = "Protesters gathered in Kiev on Tuesday.",
    article_id: str = "protest",
    *,
    url: str | None = None,
    date: str | None = "2022-01-11",
) -> Situation:
    """A one-line article naming Kyiv as a plain place (no Item): an "Other places" dot."""
    start = text.index("Kiev")
    mention = Mention("Kiev", start, start + 4, sentence=(0, len(text)), place=KYIV, role="other", confidence=0.8)
    article = Article(text=text, id=article_id, title=f"Article {article_id}", date=date, url=url)
    return Situation(article=article, mentions=(mention,), countries=("UA",))


def bloc_situation() -> Situation:
    """A set of countries and a border the story names: the "Groups of countries"
    wash and the "Borders" line."""
    text = "NATO members in Central and Eastern Europe watch the Belarus-EU border."
    article = Article(text=text, id="bloc", title="Article bloc", date="2022-01-12")
    square = [[14.1, 49.0], [24.1, 49.0], [24.1, 54.8], [14.1, 54.8], [14.1, 49.0]]
    items = (
        Item(
            "nato-cee", "other", "NATO members in Central and Eastern Europe",
            {"type": "Polygon", "coordinates": [square]}, (), side="NATO", kind="group", confidence=0.8,
        ),
        Item(
            "belarus-eu-border", "other", "Belarus–EU border",
            {"type": "LineString", "coordinates": [[23.6, 51.5], [23.9, 53.1], [25.8, 54.2], [27.7, 55.8]]},
            (), side="European Union", kind="border", confidence=0.8,
        ),
    )
    return Situation(article=article, items=items)


HOSTILE_PAYLOAD = (
    "</script><script>window.__pwned=1;alert(1)</script> `${window.__pwned=2}` "
    '"double" \'single\' \\back\\slash <img src=x onerror="window.__pwned=3;alert(3)"> '
    "<!-- <svg onload=alert(4)> {{ 7*7 }} {% if 1 %}jinja{% endif %} {# comment"
)


#: A source link that would run script if it became an ``href``.
HOSTILE_URL = "javascript:window.__pwned=5;alert(5)//" + HOSTILE_PAYLOAD


def hostile_situation() -> Situation:
    """Payloads in the title, URL, date, sentences, labels, side, place names,
    rejected candidates and item dates."""
    text = (
        f"Talks in Geneva {HOSTILE_PAYLOAD} went on.\n"
        f"Troops near Kharkiv {HOSTILE_PAYLOAD} stayed.\n"
        f"Observers in Evil{HOSTILE_PAYLOAD}town watched.\n"
    )
    evil_name = f"Evil{HOSTILE_PAYLOAD}town"
    evil = Place(evil_name, "UA", 49.5, 30.0, "city", None)
    rejected = Place(f"Rejected{HOSTILE_PAYLOAD}", HOSTILE_PAYLOAD, 1.0, 2.0, HOSTILE_PAYLOAD, None)
    article = Article(
        text=text, id="hostile", title=f"Hostile {HOSTILE_PAYLOAD}", date=HOSTILE_PAYLOAD, url=HOSTILE_URL
    )
    mentions = (
        _mention(
            text, "Geneva", by_line=True, place=GENEVA, role="meeting_venue", confidence=0.9, alternatives=(rejected,)
        ),
        _mention(text, "Kharkiv", by_line=True, place=KHARKIV, role="troop_position"),
        _mention(text, evil_name, by_line=True, place=evil, role="other", confidence=0.5),
    )
    items = (
        Item("g", "meeting_venue", f"Geneva {HOSTILE_PAYLOAD}", _point(6.14569, 46.20222), (0,), date=HOSTILE_PAYLOAD),
        Item(
            "k",
            "troop_position",
            f"Kharkiv {HOSTILE_PAYLOAD}",
            {"type": "MultiLineString", "coordinates": [BORDER_LINE[:3], BORDER_LINE[3:]]},
            (1,),
            side=HOSTILE_PAYLOAD,
            troop_count=5000,
        ),
    )
    return Situation(article=article, mentions=mentions, items=items, countries=("UA", "RU"))


def forces_situation() -> Situation:
    """Forces of four sides (for the four frames under ``viewpoint="US",
    neutral=["KZ"]``) and a disputed area drawn as a polygon (hatched)."""
    text = (
        "About 100,000 Russian troops stand near Kharkiv. "
        "A US armoured brigade with tanks exercised near Rzeszow. "
        "Kazakh peacekeepers, 2,000 of them, stayed in Almaty. "
        "Unidentified fighters were seen near Odesa. "
        "Crimea remains disputed."
    )
    article = Article(text=text, id="forces", title="Article forces", date="2022-01-10")
    crimea = [[32.5, 45.4], [33.6, 46.1], [34.9, 45.8], [36.6, 45.4], [33.5, 44.4], [32.5, 45.4]]
    items = (
        Item("ru", "troop_position", "Kharkiv", _point(36.25272, 49.98081), (), side="RU",
             troop_count=100_000, unit="troops", date="2022-01-10"),
        Item("us", "troop_position", "Rzeszow", _point(22.00, 50.04), (), side="US", unit="brigade",
             date="XXXX-01-11/XXXX-01-16"),
        Item("kz", "troop_position", "Almaty", _point(76.92861, 43.25667), (), side="KZ",
             troop_count=2_000, unit="peacekeepers"),
        Item("odesa", "troop_position", "Odesa", _point(30.73, 46.48), (), unit="fighters"),
        Item("crimea", "disputed_territory", "Crimea", {"type": "Polygon", "coordinates": [crimea]}, (),
             date="2014"),
    )
    return Situation(article=article, items=items, countries=("RU", "US", "KZ", "UA"))


def corpus_situation(count: int = 1000) -> Situation:
    """``count`` places in Europe with rotating roles, one article naming them all.

    Spread on a fixed grid with a deterministic jitter: no randomness, so the
    figure compares across runs.
    """
    roles = ("meeting_venue", "troop_position", "disputed_territory", "other")
    sentences, mentions, items = [], [], []
    offset = 0
    for i in range(count):
        name = f"Place{i}"
        sentence = f"Forces were reported near {name}. "
        start = offset + sentence.index(name)
        lat = 42.0 + (i // 40) * 0.5 + (i * 7 % 11) * 0.03
        lon = -5.0 + (i % 40) * 1.0 + (i * 13 % 17) * 0.03
        place = Place(name, "FR", lat, lon, "city", None)
        mentions.append(
            Mention(
                name,
                start,
                start + len(name),
                sentence=(offset, offset + len(sentence) - 1),
                place=place,
                role=roles[i % len(roles)],
                confidence=0.8,
            )
        )
        items.append(
            Item(
                f"item-{i}",
                roles[i % len(roles)],
                name,
                {"type": "Point", "coordinates": [lon, lat]},
                (i,),
                side="RU" if i % 4 == 1 else None,
                troop_count=1000 + i if i % 4 == 1 else None,
                confidence=0.8,
            )
        )
        sentences.append(sentence)
        offset += len(sentence)
    article = Article("".join(sentences), id="corpus", title=f"{count} places", date="2022-01-10")
    return Situation(article=article, mentions=tuple(mentions), items=tuple(items), countries=("FR",))


ODESA = Place("Odesa", "UA", 46.47747, 30.73262, "city", 698740, 1015826)

#: Markers on the two-wire map (:func:`wire_situations`): Kharkiv and Geneva
#: are in both articles and drawn once; Crimea, Brussels and Odesa once each.
WIRE_MARKERS = 5


def wire_situations() -> list[Situation]:
    """Two made-up wire stories two days apart that name Kharkiv and Geneva.

    They disagree on the force at Kharkiv (100,000 against "tens of
    thousands"); B adds talks in Brussels on 12 Jan and fighting near Odesa
    13-16 Jan; A's Crimea is undated (always on the map).
    """
    text_a = (
        "About 100,000 Russian troops are massed near Kharkiv, officials said. "
        "Talks opened in Geneva on Monday. Crimea remains disputed."
    )
    a = Article(text=text_a, id="wire-a", title="Wire A: troops mass", date="2022-01-10",
                url="https://news.example/wire-a")
    mentions_a = (
        _mention(text_a, "Kharkiv", place=KHARKIV, role="troop_position", troop_count=100_000, confidence=0.8),
        _mention(text_a, "Geneva", place=GENEVA, role="meeting_venue", confidence=0.9),
        _mention(text_a, "Crimea", place=CRIMEA, role="disputed_territory", confidence=0.85),
    )
    items_a = (
        Item("kharkiv", "troop_position", "Kharkiv", _point(36.25272, 49.98081), (0,), side="RU",
             troop_count=100_000, unit="troops", confidence=0.8, date="2022-01-10"),
        Item("geneva", "meeting_venue", "Geneva", _point(6.14569, 46.20222), (1,), confidence=0.9, date="2022-01-10"),
        Item("crimea", "disputed_territory", "Crimea", _point(34.0, 45.0), (2,), confidence=0.85),
    )
    text_b = (
        "Tens of thousands of Russian troops remain near Kharkiv. "
        "Diplomats who met in Geneva moved to Brussels on Wednesday. "
        "Fighting near Odesa is expected later this week."
    )
    b = Article(text=text_b, id="wire-b", title="Wire B: talks move on", date="2022-01-12")
    mentions_b = (
        _mention(text_b, "Kharkiv", place=KHARKIV, role="troop_position", confidence=0.7),
        _mention(text_b, "Geneva", place=GENEVA, role="meeting_venue", confidence=0.8),
        _mention(text_b, "Brussels", place=BRUSSELS, role="meeting_venue", confidence=0.8),
        _mention(text_b, "Odesa", place=ODESA, role="troop_position", confidence=0.6),
    )
    items_b = (
        Item("kharkiv", "troop_position", "Kharkiv", _point(36.25272, 49.98081), (0,), side="RU",
             troop_count=(10_000, 99_999), unit="troops", confidence=0.7, date="2022-01-12"),
        Item("geneva", "meeting_venue", "Geneva", _point(6.14569, 46.20222), (1,), confidence=0.8),
        Item("brussels", "meeting_venue", "Brussels", _point(4.34878, 50.85045), (2,), confidence=0.8,
             date="2022-01-12"),
        Item("odesa", "troop_position", "Odesa", _point(30.73262, 46.47747), (3,), unit="fighters",
             confidence=0.6, date="2022-01-13/2022-01-16"),
    )
    return [
        Situation(article=a, mentions=mentions_a, items=items_a, countries=("RU", "UA", "CH")),
        Situation(article=b, mentions=mentions_b, items=items_b, countries=("RU", "UA", "BE")),
    ]


def yearless_wire_situations() -> list[Situation]:
    """The two wires with no year anywhere (datelines like "Jan 10 (Reuters) -"):
    A's items on XXXX-01-10, B's on XXXX-01-12, so the slider has no year to show."""
    from dataclasses import replace

    out = []
    for situation, day in zip(wire_situations(), ("XXXX-01-10", "XXXX-01-12"), strict=True):
        article = replace(situation.article, date=situation.article.date.replace("2022", "XXXX"))
        out.append(replace(situation, article=article, items=tuple(replace(i, date=day) for i in situation.items)))
    return out


def wire_series(count: int) -> list[Situation]:
    """``count`` articles: the two wires re-filed day after day (A on day k, B two days later),
    with their dated items moved along; still :data:`WIRE_MARKERS` things to draw."""
    from dataclasses import replace

    out: list[Situation] = []
    for k in range(count):
        situation = wire_situations()[k % 2]
        article = situation.article
        day = f"2022-01-{10 + k // 2 + (2 if k % 2 else 0):02d}"
        out.append(
            replace(
                situation,
                article=replace(article, id=f"{article.id}-{k // 2}", title=f"{article.title} ({k // 2})", date=day),
                items=tuple(replace(i, date=day if i.date and "/" not in i.date else i.date) for i in situation.items),
            )
        )
    return out
