"""The maps file (``geomap.toml``): which maps to build, from which articles, with which options.

A file holds ``[[map]]`` tables and an optional ``[defaults]`` table::

    [defaults]
    tiles = "OpenStreetMap"

    [[map]]
    name = "geneva"
    articles = ["seeds/*.txt"]          # files or globs, relative to this file's folder
    output = "output/geneva.html"
    title = "Talks in Geneva"

Every key other than ``name`` and ``articles`` is a ``geomap map`` option,
spelt as its long option without the dashes (``as-of`` or ``as_of``). The keys
are not listed here: they are read off the ``geomap map`` argument parser
handed in, and each value is checked by running it through that parser, so an
option added to ``geomap map`` is at once a key here, with its own type and
choices. An unknown key is an error, never ignored, and every error names the
file, line and field.

This module only reads and checks; ``geomap.manifest`` decides what to rebuild.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .errors import InputError
from .overrides import Override, OverrideFieldError, override_from_table

DEFAULT_FILE = "geomap.toml"

#: ``geomap map`` options whose value is a file the map writes. Their paths are
#: relative to the maps file, two maps may not share one, and the build checks
#: they exist. (Only those the parser actually has, and that take a value, count;
#: an optional-value one set to ``true`` picks its own path, which goes unchecked.)
OUTPUT_OPTIONS = ("output", "png", "geojson", "embed")

#: A map's manifest is its HTML output's path with this added (``x.html.manifest.json``).
MANIFEST_SUFFIX = ".manifest.json"

#: Keys of a ``[[map]]`` table that are not ``geomap map`` options
#: (``override`` holds the map's ``[[map.override]]`` tables).
MAP_KEYS = ("name", "articles", "override")

#: The ``geomap map`` option naming a file of ``[[override]]`` tables: in a maps
#: file its path is relative to the file, and its overrides are read into the
#: map's own (so their content, not the path, decides a rebuild).
OVERRIDES_OPTION = "overrides"

#: Parser actions that print and exit rather than set an option.
_NOT_OPTIONS = (argparse._HelpAction, argparse._VersionAction)


class MapsFileError(InputError):
    """A maps file that cannot be read, parsed or checked; the message names file, line and field."""


@dataclass(frozen=True)
class MapSpec:
    """One declared map, checked and with every path resolved.

    ``options`` are the option values as the file gives them (defaults merged,
    keys spelt as ``geomap map``'s dest names, in file order): they are what
    the manifest records and what decides a rebuild. ``argv`` is the same
    thing as ``geomap map`` arguments, paths resolved against the file's folder.
    ``overrides`` are the analyst's edits (an ``overrides`` file's, then the
    map's ``[[map.override]]`` tables), applied on every build.
    """

    name: str
    articles: tuple[Path, ...]
    options: tuple[tuple[str, Any], ...]
    outputs: tuple[Path, ...]
    argv: tuple[str, ...]
    overrides: tuple[Override, ...] = ()

    @property
    def html(self) -> Path:
        """The HTML output (``output``)."""
        return self.outputs[0]

    @property
    def manifest(self) -> Path:
        """The map's build manifest, beside its HTML output."""
        return manifest_path(self.html)


@dataclass(frozen=True)
class MapsFile:
    """A checked maps file: its folder (paths are relative to it) and its maps, in file order."""

    path: Path
    folder: Path
    maps: tuple[MapSpec, ...]


@dataclass(frozen=True)
class OptionSpec:
    """A ``geomap map`` option as the maps file sees it."""

    key: str
    action: argparse.Action

    @property
    def flag(self) -> str:
        return next(s for s in self.action.option_strings if s.startswith("--"))

    @property
    def is_output(self) -> bool:
        return self.key in OUTPUT_OPTIONS and self.action.nargs != 0


def manifest_path(html: Path) -> Path:
    """Where the manifest of the map writing ``html`` lives."""
    return html.with_name(html.name + MANIFEST_SUFFIX)


def map_options(map_parser: argparse.ArgumentParser) -> dict[str, OptionSpec]:
    """The maps-file keys ``geomap map`` accepts, by dest name, in the parser's order."""
    options = {}
    for action in map_parser._actions:
        if isinstance(action, _NOT_OPTIONS) or not any(s.startswith("--") for s in action.option_strings):
            continue
        options[action.dest] = OptionSpec(action.dest, action)
    return options


def load_maps_file(path: str | os.PathLike[str], map_parser: argparse.ArgumentParser) -> MapsFile:
    """Read, parse and check the maps file at ``path`` against ``map_parser`` (``geomap map``'s)."""
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        hint = " (`geomap init` writes an example)" if Path(path).name == DEFAULT_FILE else ""
        raise MapsFileError(f"{shown}: no such file{hint}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise MapsFileError(f"{shown}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    return parse_maps_file(text, Path(path), map_parser)


def parse_maps_file(text: str, path: Path, map_parser: argparse.ArgumentParser) -> MapsFile:
    """Check the maps file ``text`` (read from ``path``, whose folder paths are relative to)."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MapsFileError(_syntax_message(str(path), exc)) from None
    check = _Checker(str(path), path.resolve().parent, _KeyLines(text), map_parser)
    top = ("", 0)
    for key in document:
        if key not in ("map", "defaults"):
            raise check.fail(top, key, f"unknown key {key!r} (a maps file has a [defaults] table and [[map]] tables)")
    defaults = document.get("defaults", {})
    if not isinstance(defaults, dict):
        raise check.fail(top, "defaults", "'defaults' must be a table: [defaults]")
    declared = document.get("map", [])
    if not isinstance(declared, list) or not all(isinstance(t, dict) for t in declared):
        raise check.fail(top, "map", "'map' must be tables: [[map]]")
    if not declared:
        raise MapsFileError(f"{path}: declares no map (add a [[map]] table)")
    default_options = check.options(defaults, ("defaults", 0), "[defaults]")
    maps = tuple(check.map_spec(index, table, default_options) for index, table in enumerate(declared))
    return MapsFile(path=path, folder=check.folder, maps=maps)


class _Checker:
    """Checks the tables of one maps file, remembering names and outputs already declared."""

    def __init__(self, shown: str, folder: Path, lines: _KeyLines, map_parser: argparse.ArgumentParser) -> None:
        self.shown, self.folder, self.lines, self.parser = shown, folder, lines, map_parser
        self.specs = map_options(map_parser)
        self.names: set[str] = set()
        self.writers: dict[Path, str] = {}  # every output (and manifest) path, and the map writing it
        self.overrides_seen = 0  # [[map.override]] tables of the maps above (their headers count on)

    def fail(self, table: tuple[str, int], key: str | None, message: str) -> MapsFileError:
        """An error at ``key``'s line in ``table`` (the table's header line when key is None or absent)."""
        return MapsFileError(f"{self.shown}:{self.lines.line(table, key)}: {message}")

    def map_spec(self, index: int, table: dict[str, Any], defaults: dict[str, Any]) -> MapSpec:
        where = ("map", index)
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            raise self.fail(where, "name", f"map #{index + 1}: 'name' must be a non-empty string")
        if name in self.names:
            raise self.fail(where, "name", f"map {name!r}: a map of that name is declared above")
        self.names.add(name)
        label = f"map {name!r}"
        own = self.options({k: v for k, v in table.items() if k not in MAP_KEYS}, where, label)
        merged = {**defaults, **own}
        if "output" not in merged:
            raise self.fail(where, None, f"{label}: no 'output' (the HTML file to write)")
        try:
            articles = _articles(table.get("articles"), self.folder)
        except ValueError as exc:
            raise self.fail(where, "articles", f"{label}: {exc}") from None
        # The HTML output first: the manifest goes beside it.
        written = sorted(
            (
                (key, _resolve(self.folder, merged[key]))
                for key, spec in self.specs.items()
                if spec.is_output and isinstance(merged.get(key), str)
            ),
            key=lambda pair: pair[0] != "output",
        )
        outputs = tuple(output for _, output in written)
        for key, output in (*written, ("output", manifest_path(outputs[0]))):
            if output in self.writers:
                shown = os.path.relpath(output, self.folder)
                raise self.fail(where, key, f"{label} writes {shown}, as does map {self.writers[output]!r}")
            self.writers[output] = name
        overrides = self.overrides_file(merged.get(OVERRIDES_OPTION), where, label)
        overrides += self.override_tables(table.get("override", []), where, label)
        argv = _argv(articles, {k: v for k, v in merged.items() if k != OVERRIDES_OPTION}, self.specs, self.folder)
        try:
            self.parser.parse_args(argv)  # options that clash with each other
        except InputError as exc:
            raise self.fail(where, None, f"{label}: {_parser_message(exc)}") from None
        return MapSpec(name, articles, tuple(merged.items()), outputs, tuple(argv), overrides)

    def override_tables(self, tables: Any, where: tuple[str, int], label: str) -> tuple[Override, ...]:
        """The map's ``[[map.override]]`` tables, checked; errors name the override's line and key."""
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise self.fail(where, "override", f"{label}: 'override' must be tables: [[map.override]]")
        first = self.overrides_seen
        self.overrides_seen += len(tables)
        return _overrides(tables, self.shown, self.lines, "map.override", first, f"{label}: ")

    def overrides_file(self, value: Any, where: tuple[str, int], label: str) -> tuple[Override, ...]:
        """The overrides of the file an ``overrides`` key names (relative to the maps file)."""
        if value is None:
            return ()
        path = _resolve(self.folder, value)
        try:
            return load_overrides_file(path)
        except FileNotFoundError:
            raise self.fail(where, OVERRIDES_OPTION, f"{label}: overrides file {value!r} not found") from None

    def options(self, table: dict[str, Any], where: tuple[str, int], label: str) -> dict[str, Any]:
        """The table's ``geomap map`` options by dest name, each value checked by that command's parser."""
        checked: dict[str, Any] = {}
        for key, value in table.items():
            dest = key.replace("-", "_")
            if dest not in self.specs:
                known = ", ".join([*MAP_KEYS, *self.specs] if where[0] == "map" else self.specs)
                raise self.fail(where, key, f"{label}: unknown key {key!r} (known: {known})")
            if dest in checked:
                raise self.fail(where, key, f"{label}: {key!r} is given twice")
            try:
                fragment = _option_argv(self.specs[dest], value)
            except ValueError as exc:
                raise self.fail(where, key, f"{label}: {key}: {exc}") from None
            # ``geomap map``'s own parser decides: its types and choices.
            placeholder = [] if dest == "output" else ["--output", "placeholder.html"]
            try:
                self.parser.parse_args(["placeholder.txt", *placeholder, *fragment])
            except InputError as exc:
                raise self.fail(where, key, f"{label}: {key}: {_parser_message(exc)}") from None
            checked[dest] = value
        return checked


def load_overrides_file(path: str | os.PathLike[str]) -> tuple[Override, ...]:
    """The ``[[override]]`` tables of a ``geomap map --overrides`` file, checked.

    FileNotFoundError when it is missing; MapsFileError naming the line and
    key for anything else wrong with it.
    """
    shown = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise MapsFileError(f"{shown}: cannot read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MapsFileError(_syntax_message(shown, exc)) from None
    lines = _KeyLines(text)
    for key in document:
        if key != "override":
            where = f"{shown}:{lines.line(('', 0), key)}"
            raise MapsFileError(f"{where}: unknown key {key!r} (an overrides file has [[override]] tables)")
    tables = document.get("override", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise MapsFileError(f"{shown}:{lines.line(('', 0), 'override')}: 'override' must be tables: [[override]]")
    return _overrides(tables, shown, lines, "override", 0, "")


def _overrides(
    tables: Sequence[dict[str, Any]], shown: str, lines: _KeyLines, header: str, first: int, label: str
) -> tuple[Override, ...]:
    """Check override ``tables``, the ``first``-th onwards ``[[header]]`` of the file."""
    found = []
    for number, table in enumerate(tables, start=first):
        where = (header, number)
        try:
            found.append(override_from_table(table, origin=f"{shown}:{lines.line(where, None)}"))
        except OverrideFieldError as exc:
            position = f"{shown}:{lines.line(where, exc.key)}"
            raise MapsFileError(f"{position}: {label}override #{number - first + 1}: {exc}") from None
    return tuple(found)


def _option_argv(spec: OptionSpec, value: Any) -> list[str]:
    """``value`` from the file as command-line arguments for ``spec``; ValueError if its type cannot be."""
    action = spec.action
    if action.nargs == 0:  # a flag: store_true, store_const, --x/--no-x
        if not isinstance(value, bool):
            raise ValueError(f"expects true or false, not {_shown(value)}")
        if isinstance(action, argparse.BooleanOptionalAction):
            return [spec.flag if value else next(s for s in action.option_strings if s.startswith("--no-"))]
        wanted = not (isinstance(action, argparse._StoreFalseAction))
        return [spec.flag] if value == wanted else []
    if action.nargs == "?" and isinstance(value, bool):  # ``--png`` alone: its own default value
        return [spec.flag] if value else []
    if isinstance(value, bool):
        raise ValueError(f"expects a value, not {_shown(value)}")
    if isinstance(value, dict):
        raise ValueError("expects a value, not a table")
    if action.type is None and isinstance(value, (int, float)):
        raise ValueError(f"expects text in quotes, not {value!r}")
    if isinstance(value, list):
        items = [_scalar(v) for v in value]
        if isinstance(action, argparse._AppendAction):
            return [arg for item in items for arg in (spec.flag, item)]
        if action.nargs in ("+", "*") or isinstance(action.nargs, int):
            return [spec.flag, *items]
        raise ValueError(f"expects one value, not a list of {len(items)}")
    return [spec.flag, _scalar(value)]


def _scalar(value: Any) -> str:
    if isinstance(value, (dict, list, bool)):
        raise ValueError(f"expects a plain value, not {_shown(value)}")
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    return str(value)


def _shown(value: Any) -> str:
    return {True: "true", False: "false"}.get(value, repr(value)) if isinstance(value, bool) else repr(value)


def _articles(given: Any, folder: Path) -> tuple[Path, ...]:
    """The article files: each entry a file or a glob relative to ``folder``, in order, once each.

    ValueError when there are none, a file is missing or a glob matches nothing.
    """
    if given is None:
        raise ValueError("no 'articles' (a file, a glob, or a list of them)")
    patterns = [given] if isinstance(given, str) else given
    if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) and p for p in patterns):
        raise ValueError("'articles' must be a file or glob, or a non-empty list of them")
    found: dict[Path, None] = {}
    for pattern in patterns:
        if glob.has_magic(pattern):
            matches = sorted(glob.glob(pattern, root_dir=folder, recursive=True))
            files = [_resolve(folder, m) for m in matches if (folder / m).is_file()]
            if not files:
                raise ValueError(f"{pattern!r} matches no file in {folder}")
        else:
            files = [_resolve(folder, pattern)]
            if not files[0].is_file():
                raise ValueError(f"article {pattern!r} not found in {folder}")
        found.update(dict.fromkeys(files))
    return tuple(found)


def _argv(
    articles: Sequence[Path], options: Mapping[str, Any], specs: Mapping[str, OptionSpec], folder: Path
) -> list[str]:
    """The ``geomap map`` arguments for a map, paths resolved against the maps file's folder."""
    argv = [_for_command_line(a) for a in articles]
    for key, value in options.items():
        spec = specs[key]
        is_path = spec.is_output and isinstance(value, str)
        argv += _option_argv(spec, _for_command_line(_resolve(folder, value)) if is_path else value)
    return argv


def _for_command_line(path: Path) -> str:
    """``path`` relative to the working folder when inside it (shorter messages), else absolute."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _resolve(folder: Path, value: Any) -> Path:
    return Path(os.path.normpath(folder / os.path.expanduser(str(value))))


def _parser_message(exc: InputError) -> str:
    """argparse's complaint without its ``geomap map:`` prefix."""
    return re.sub(r"^geomap map: ", "", str(exc))


_SYNTAX_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _syntax_message(shown: str, exc: tomllib.TOMLDecodeError) -> str:
    """tomllib's message as ``file:line: message (column n)``."""
    message = str(exc)
    found = _SYNTAX_AT.search(message)
    if not found:
        return f"{shown}: {message}"
    line, column = found.groups()
    return f"{shown}:{line}: {message[: found.start()]} (column {column})"


class _KeyLines:
    """Where each table header and key is in the file, for error messages.

    tomllib gives values without positions, so the text is scanned once: table
    headers (``[defaults]``, the n-th ``[[map]]``) and ``key =`` lines under
    them. Lines inside multi-line strings are skipped.
    """

    _HEADER = re.compile(r"^\s*(\[\[|\[)\s*([^\]]+?)\s*\]\]?")
    _KEY = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_-]+))\s*=""")

    def __init__(self, text: str) -> None:
        self._lines: dict[tuple[str, int], dict[str | None, int]] = {("", 0): {None: 1}}
        table = ("", 0)
        counts: dict[str, int] = {}
        for number, line in self._outside_strings(text):
            header = self._HEADER.match(line)
            if header:
                name = header.group(2).strip("\"'")
                if header.group(1) == "[[":
                    counts[name] = counts.get(name, -1) + 1
                table = (name, counts.get(name, 0))
                self._lines.setdefault(table, {None: number})
                continue
            key = self._KEY.match(line)
            if key:
                name = next(group for group in key.groups() if group is not None)
                self._lines.setdefault(table, {None: number}).setdefault(name, number)

    @staticmethod
    def _outside_strings(text: str) -> Iterator[tuple[int, str]]:
        inside = None
        for number, line in enumerate(text.splitlines(), start=1):
            if inside is None:
                yield number, line
            for quote in ('"""', "'''"):
                if line.count(quote) % 2 and inside in (None, quote):
                    inside = quote if inside is None else None
                    break

    def line(self, table: tuple[str, int], key: str | None) -> int:
        """The line of ``key`` in ``table`` (its header when the key is absent or None)."""
        lines = self._lines.get(table, self._lines[("", 0)])
        return lines.get(key, lines.get(None, 1))


#: Files ``geomap init`` takes for articles when it looks in ``seeds/``.
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json")


def example_maps_file(folder: Path, map_parser: argparse.ArgumentParser) -> str:
    """A commented maps file with one map per article in ``folder/seeds`` (``geomap init``).

    The options it lists are read off ``map_parser``, so they are always the
    ones ``geomap map`` has. With no seeds it declares one map over ``seeds/*.txt``.
    """
    seeds = sorted(p.name for p in (folder / "seeds").glob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
    option_lines = []
    for key, spec in map_options(map_parser).items():
        kind = "true/false" if spec.action.nargs == 0 else "path" if spec.is_output else "value"
        help_text = (spec.action.help or "").replace("%(default)s", str(spec.action.default))
        option_lines.append(f"#   {key:<14} {kind:<10} {help_text}".rstrip())
    parts = [
        "# Maps for `geomap build`: it regenerates every map below, and skips a map",
        "# whose articles, options and geomap/data versions have not changed since",
        "# its last build (`geomap build --force` rebuilds all). Each map's manifest",
        "# is written beside its HTML output (<output>.manifest.json).",
        "#",
        "# Paths are relative to this file's folder; `articles` takes files or globs.",
        "# Any `geomap map` option may be set in a [[map]] table, or in [defaults]",
        "# for every map (a map's own value wins). Spell options as on the command",
        "# line without the dashes (as-of or as_of):",
        *option_lines,
        "",
        "# Analyst corrections that every build applies again go in [[map.override]]",
        "# tables under their [[map]] (see README, Analyst overrides), e.g.:",
        "#   [[map.override]]",
        '#   pin = "Georgia"            # the articles\' word; or name = "...", drop = "...", add = "..."',
        '#   country = "GE"             # or geonameid = 614540, or lat = ... and lon = ...',
        '#   note = "The country, not the US state"',
        "",
        "[defaults]",
        '# tiles = "OpenStreetMap"    # an online tile layer; without it the maps make no network request',
        "",
    ]
    for name in seeds or ["*.txt"]:
        stem = Path(name).stem if seeds else "seeds"
        parts += [
            "[[map]]",
            f'name = "{stem}"',
            f'articles = ["seeds/{name}"]',
            f'output = "output/{stem}.html"',
            '# title = "A title of your own"   # default: the headline of the first article',
            "",
        ]
    return "\n".join(parts)
