"""Incremental, deterministic builds of the maps a maps file declares.

A map is rebuilt only when something that decides its bytes changed: its
articles' contents, its options, geomap's code, its data files, the gazetteer
index version, the NER model or the packages that draw the map, or when an
output is missing. All of that is hashed into the map's ``key``; no clock
time goes in, and none is recorded, so a rebuild writes a byte-identical
manifest.

Each map gets one manifest, beside its HTML output (``x.html.manifest.json``):
its inputs and their hashes, options, versions, the boundary point of view and
the outputs written (with their hashes). It is written last, after every
output, so a map whose build failed keeps its old manifest, whose key no
longer matches, and is tried again next time.

Deciding that nothing changed must stay cheap: this module and what it imports
never load spaCy, geopandas, shapely or folium (tests check).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from . import __version__, paths
from .atomic import write_atomic
from .errors import GeomapError, InputError
from .mapsfile import MapsFile, MapSpec
from .nlp import MODEL_NAMES
from .overrides import Override

#: Bumped when the manifest's layout or the meaning of its key changes (2: overrides).
MANIFEST_FORMAT = 2

#: Installed packages whose version can change a map's bytes (the NER model is
#: looked up separately). The gazetteer's source packages are in its index version.
RENDER_PACKAGES = ("spacy", "geopy", "folium", "branca", "xstatic-leaflet", "geopandas", "shapely", "pyproj")

_PACKAGE_ROOT = Path(__file__).resolve().parent

#: Renders one map from ``geomap map`` arguments (the CLI's own code path) and
#: the map's analyst overrides, and returns its one-line summary.
RenderMap = Callable[[Sequence[str], Sequence[Override]], str]


@dataclass(frozen=True)
class MapOutcome:
    """What the build did with one map: ``built``, ``up to date`` or ``failed``."""

    name: str
    status: Literal["built", "up to date", "failed"]
    detail: str
    error: GeomapError | None = None

    def summary(self) -> str:
        return f"{self.status:<10} {self.name}: {self.detail}"


@cache
def build_versions() -> dict[str, Any]:
    """Versions of everything besides a map's own inputs and options that decides its bytes."""
    from .gazetteer.cache import index_version

    data = paths.data_dir()
    return {
        "geomap": __version__,
        # Sources only: __pycache__ changes whenever Python compiles a module anew.
        "code": _tree_hash(sorted(_PACKAGE_ROOT.rglob("*.py")), _PACKAGE_ROOT),
        "data": _tree_hash(sorted(p for p in data.iterdir() if p.is_file() and not p.name.startswith(".")), data),
        "gazetteer": index_version(),
        "model": _model_version(),
        "packages": {name: _package_version(name) for name in RENDER_PACKAGES},
    }


def map_record(spec: MapSpec, folder: Path, versions: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a map's manifest that decides whether it is rebuilt, with its ``key``.

    Paths are relative to the maps file's folder, so the record is the same in
    any checkout.
    """
    record: dict[str, Any] = {
        "format": MANIFEST_FORMAT,
        "map": spec.name,
        "inputs": [{"path": _relative(a, folder), "sha256": _file_hash(a)} for a in spec.articles],
        "options": {key: _json_value(value) for key, value in spec.options},
        # The analyst's edits by content: changing one rebuilds the map.
        "overrides": [override.to_json() for override in spec.overrides],
        "versions": dict(versions),
    }
    record["key"] = hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    return record


def is_up_to_date(spec: MapSpec, record: Mapping[str, Any]) -> bool:
    """Whether the map's manifest has ``record``'s key and every output is there, at the size written.

    Outputs are only stat'ed, not hashed: a no-op build must stay cheap.
    """
    previous = read_manifest(spec.manifest)
    if previous is None or previous.get("key") != record["key"]:
        return False
    listed = previous.get("outputs")
    if not isinstance(listed, list) or len(listed) != len(spec.outputs):
        return False
    for output, entry in zip(spec.outputs, listed, strict=True):
        try:
            if not isinstance(entry, dict) or output.stat().st_size != entry.get("bytes"):
                return False
        except OSError:
            return False
    return True


def read_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest at ``path``, or None when it is missing or unreadable (then the map is rebuilt)."""
    try:
        loaded = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None
    return loaded if isinstance(loaded, dict) else None


def write_manifest(spec: MapSpec, record: Mapping[str, Any], folder: Path) -> None:
    """Write the map's manifest: ``record`` plus the point of view and the outputs just written."""
    from .shapes import POINT_OF_VIEW  # already loaded: the map was just drawn

    manifest = {
        **record,
        "point_of_view": POINT_OF_VIEW,
        "outputs": [
            {"path": _relative(output, folder), "bytes": output.stat().st_size, "sha256": _file_hash(output)}
            for output in spec.outputs
        ],
    }
    text = json.dumps(manifest, sort_keys=True, ensure_ascii=False, indent=2) + "\n"
    write_atomic(spec.manifest, text)


def build_maps(
    maps_file: MapsFile,
    render: RenderMap,
    *,
    force: bool = False,
    report: Callable[[MapOutcome], None] = lambda outcome: None,
) -> list[MapOutcome]:
    """Build the maps of ``maps_file`` that are out of date (all of them with ``force``).

    ``render`` draws one map from ``geomap map`` arguments and its overrides. A map that fails
    is reported and the others are still built; its old outputs stay as they
    were (every write is atomic). ``report`` is called once per map, as it is done.
    """
    versions = build_versions()
    outcomes = []
    for spec in maps_file.maps:
        outcome = _build_one(spec, maps_file.folder, versions, render, force)
        report(outcome)
        outcomes.append(outcome)
    return outcomes


def _build_one(spec: MapSpec, folder: Path, versions: Mapping[str, Any], render: RenderMap, force: bool) -> MapOutcome:
    shown = _relative(spec.html, Path.cwd())
    try:
        record = map_record(spec, folder, versions)
        if not force and is_up_to_date(spec, record):
            return MapOutcome(spec.name, "up to date", shown)
        for output in spec.outputs:
            output.parent.mkdir(parents=True, exist_ok=True)
        detail = render(spec.argv, spec.overrides)
        write_manifest(spec, record, folder)
    except OSError as exc:
        error = InputError(f"{exc.filename or spec.name}: {exc.strerror or exc}")
        return MapOutcome(spec.name, "failed", str(error), error)
    except GeomapError as exc:
        return MapOutcome(spec.name, "failed", str(exc), exc)
    return MapOutcome(spec.name, "built", detail)


def _tree_hash(files: Iterable[Path], root: Path) -> str:
    """One hash of the files' relative paths and contents (compiled bytecode left out)."""
    digest = hashlib.sha256()
    for path in files:
        if "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def _model_version() -> str:
    """The NER model ``geomap.nlp`` loads (its first installed name), from package metadata, without spaCy."""
    for name in MODEL_NAMES:
        version = _package_version(name)
        if version is not None:
            return f"{name} {version}"
    return "none"


def _package_version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _relative(path: Path, folder: Path) -> str:
    """``path`` relative to ``folder`` when inside it (POSIX separators), else absolute."""
    try:
        return path.relative_to(folder).as_posix()
    except ValueError:
        return os.path.abspath(path)


def _json_value(value: Any) -> Any:
    """A TOML value as JSON (dates and times as ISO text)."""
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
