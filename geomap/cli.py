"""The ``geomap`` command: map, build, init, extract, geocode, batch, eval, cache.

Exit codes (DESIGN.md §2): 0 success, 2 usage or input error (one line on
stderr, no traceback), 1 internal error.  Outputs are written atomically.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import __version__
from .errors import GeomapError, InputError
from .mapsfile import DEFAULT_FILE

if TYPE_CHECKING:
    from .geocoders.online import OnlineGeocoding
    from .model import Situation
    from .overrides import Override

EXIT_OK, EXIT_INTERNAL, EXIT_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line and exits 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise InputError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="geomap", description="Turn news articles into offline situation maps.")
    parser.add_argument("--version", action="version", version=f"geomap {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    draw = commands.add_parser("map", help="render articles as one self-contained HTML map")
    draw.add_argument("articles", nargs="*", help=".txt, .html or .json article files")
    draw.add_argument("--from", dest="from_dir", metavar="DIR", help="draw a `geomap batch` folder instead")
    draw.add_argument("-o", "--output", help="the HTML file to write")
    draw.add_argument("--title", help="map title (default: the article's headline)")
    draw.add_argument("--date", help="article date, ISO (overrides what the file says)")
    draw.add_argument("--tiles", help="add an online tile layer, e.g. OpenStreetMap (off by default)")
    draw.add_argument(
        "--viewpoint",
        metavar="SIDE",
        help="frame forces as seen from this side: an ISO country code (US) or a group (NATO); "
        "without it every force is 'unknown'",
    )
    draw.add_argument(
        "--neutral",
        metavar="SIDE,...",
        type=_comma_list,
        default="",
        help="sides to frame as neutral, not hostile (with --viewpoint)",
    )
    draw.add_argument(
        "--hostile",
        metavar="SIDE,...",
        type=_comma_list,
        default="",
        help="sides to frame as hostile (with --viewpoint); others then unknown unless friendly or neutral",
    )
    draw.add_argument("--as-of", metavar="DATE", help="'As of' date under the title (default: latest article date)")
    draw.add_argument("--banner", metavar="TEXT", help="classification banner across the top and bottom")
    draw.add_argument("--banner-color", metavar="COLOR", help="banner colour: #rgb, #rrggbb, green, red, ...")
    draw.add_argument(
        "--hide-panel", action="store_true", help="start with the evidence panel folded (for screenshots)"
    )
    draw.add_argument("--subtitle", metavar="TEXT", help="line under the title, after the as-of date")
    draw.add_argument(
        "--hidden-layers",
        metavar="NAME,...",
        type=_comma_list,
        default="",
        help="overlays that start switched off, e.g. 'Countries involved,Groups of countries'",
    )
    _add_border_band_option(draw)
    draw.add_argument("--png", metavar="FILE", help="also write a screenshot of the map (headless Chromium)")
    draw.add_argument("--size", metavar="WxH", help="the PNG's size in pixels (default 1920x1080)")
    draw.add_argument("--embed", metavar="FILE", help="also write an <iframe> snippet to paste into another page")
    draw.add_argument("--geojson", metavar="FILE", help="also write the situation as GeoJSON (QGIS, kepler.gl)")
    _add_geocoder_options(draw)
    draw.add_argument(
        "--overrides",
        metavar="FILE.toml",
        help="analyst overrides to apply: a file of [[override]] tables (pin, name, drop, add)",
    )
    draw.set_defaults(run=_run_map)

    build = commands.add_parser("build", help="build the maps a maps file declares, skipping those up to date")
    build.add_argument("file", nargs="?", default=DEFAULT_FILE, metavar="FILE", help=f"default: {DEFAULT_FILE}")
    build.add_argument("--force", action="store_true", help="rebuild every map, changed or not")
    build.set_defaults(run=_run_build)

    init = commands.add_parser("init", help="write an example maps file that maps seeds/")
    init.add_argument("file", nargs="?", default=DEFAULT_FILE, metavar="FILE", help=f"default: {DEFAULT_FILE}")
    init.set_defaults(run=_run_init)

    extract = commands.add_parser("extract", help="print the places an article mentions, as JSON")
    source = extract.add_mutually_exclusive_group(required=True)
    source.add_argument("article", nargs="?", help="one article file")
    source.add_argument("--jsonl", metavar="IN.jsonl", help='a file of {"id", "text", ...} lines')
    extract.add_argument("--json", action="store_true", help="print JSON (the default and only format)")
    extract.add_argument("--date", help="article date, ISO")
    extract.add_argument(
        "--overrides", metavar="FILE.toml", help="apply analyst overrides ([[override]] tables) to the one article"
    )
    extract.add_argument(
        "--workers", type=int, default=None, help="processes for --jsonl (default: one per CPU core)"
    )
    _add_border_band_option(extract)
    _add_geocoder_options(extract)
    extract.set_defaults(run=_run_extract)

    geocode = commands.add_parser("geocode", help="print the ranked gazetteer candidates for a name")
    geocode.add_argument("name")
    geocode.add_argument("--limit", type=int, default=10)
    geocode.add_argument("--country", action="append", help="restrict to ISO country codes")
    geocode.set_defaults(run=_run_geocode)

    batch = commands.add_parser("batch", help="map a corpus on Dask into a resumable GeoParquet folder")
    batch.add_argument("input", metavar="INPUT", help="a JSONL file of articles, a folder of .txt/.html, or a glob")
    batch.add_argument("--out", required=True, metavar="DIR", help="the batch folder (created; a rerun appends)")
    batch.add_argument("--workers", type=int, default=None, help="local processes (default: one per CPU core)")
    batch.add_argument("--scheduler", metavar="ADDRESS", help="a dask.distributed scheduler, e.g. tcp://host:8786")
    batch.add_argument("--force", action="store_true", help="redo articles already done")
    batch.set_defaults(run=_run_batch)

    evaluate = commands.add_parser("eval", help="score geoparsing on annotated corpora (../shared/eval format)")
    evaluate.add_argument("corpora", nargs="+", metavar="CORPUS.jsonl", help="corpus files, one document a line")
    evaluate.add_argument("--limit", type=int, help="score only the first N documents of each corpus")
    evaluate.add_argument("--json", action="store_true", help="print one JSON object per corpus")
    evaluate.add_argument("--workers", type=int, default=None, help="processes (default: one per CPU core)")
    evaluate.set_defaults(run=_run_eval)

    cache = commands.add_parser("cache", help="show or clear the online geocoding cache")
    cache.add_argument(
        "action", choices=("status", "clear"), help="status: entries per service, size, path; clear: forget answers"
    )
    cache.add_argument("--geocoder", metavar="NAME", help="clear only this service's answers")
    cache.set_defaults(run=_run_cache)
    return parser


def _add_border_band_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--border-band",
        metavar="KM",
        type=_band_width,
        help="draw forces at a border as a band this deep on their own side, not as the border line",
    )


def _add_geocoder_options(command: argparse.ArgumentParser) -> None:
    online = command.add_argument_group("online geocoding (opt-in; off by default)")
    online.add_argument(
        "--geocoder",
        default="offline",
        metavar="NAME",
        help="offline (default: no network), or nominatim, photon, arcgis to look up online "
        "the names the offline gazetteer lacks",
    )
    online.add_argument("--user-agent", metavar="TEXT", help="who is asking the online service (required by Nominatim)")
    online.add_argument("--geocoder-url", metavar="URL", help="a server of your own that speaks the service's API")


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        args.run(args)
    except InputError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        print("geomap: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return EXIT_OK


def map_parser() -> argparse.ArgumentParser:
    """The ``geomap map`` parser: ``geomap build`` takes its options, types and choices from it."""
    for action in build_parser()._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices["map"]
    raise AssertionError("geomap has no map command")


def _run_map(args: argparse.Namespace) -> None:
    print(render_outputs(args), file=sys.stderr)


def render_outputs(args: argparse.Namespace, overrides: Sequence[Override] = ()) -> str:
    """Everything ``geomap map`` does with its parsed arguments; returns the one-line summary.

    ``geomap build`` draws each map through here too, so a map built from the
    maps file is the map ``geomap map`` would draw with the same options.
    ``overrides`` (the maps file's for this map) apply after those of
    ``--overrides``, on the Situations before they are drawn.
    """
    from .article import load_article
    from .atomic import write_atomic
    from .bands import with_border_bands
    from .gazetteer import open_gazetteer
    from .overrides import apply_to_map
    from .pipeline import map_articles
    from .render import render_html

    if args.from_dir or not args.articles:
        return _corpus_map(args)
    png_size = _check_map_outputs(args)
    _check_sides(args.viewpoint, args.neutral, args.hostile)
    as_of = _as_of(args.as_of)
    _check_banner(args.banner, args.banner_color)
    hidden_layers = _hidden_layers(args.hidden_layers)
    overrides = (*_read_overrides(args.overrides), *overrides)
    online = _online_geocoding(args)
    articles = [load_article(path, date=args.date) for path in args.articles]
    gazetteer = open_gazetteer()
    situations = apply_to_map(
        list(map_articles(articles, gazetteer=gazetteer, online=online)), overrides, gazetteer
    )
    if args.border_band:
        situations = with_border_bands(situations, args.border_band)
    html = render_html(
        situations,
        title=args.title,
        tiles=args.tiles,
        viewpoint=args.viewpoint,
        neutral=args.neutral,
        hostile=args.hostile,
        as_of=as_of,
        banner=args.banner,
        banner_color=args.banner_color,
        hide_panel=args.hide_panel,
        subtitle=args.subtitle,
        hidden_layers=hidden_layers,
    )
    # Every output is made before any is written, so a failure (say, Chromium
    # crashing) leaves all the old files as they were.
    outputs = _map_outputs(args, situations, html, png_size)
    for path, data in outputs.items():
        write_atomic(path, data)
    _warn_online(online)
    return f"wrote {', '.join(outputs)} ({sum(len(s.items) for s in situations)} items)"


def _run_build(args: argparse.Namespace) -> None:
    from .manifest import build_maps
    from .mapsfile import load_maps_file

    parser = map_parser()
    maps_file = load_maps_file(args.file, parser)
    outcomes = build_maps(
        maps_file,
        lambda argv, overrides: render_outputs(parser.parse_args(argv), overrides),
        force=args.force,
        report=lambda outcome: print(outcome.summary(), flush=True),
    )
    failed = [o for o in outcomes if o.error is not None]
    if failed:
        message = f"{len(failed)} of {len(outcomes)} maps failed: {', '.join(o.name for o in failed)}"
        raise InputError(message) if all(isinstance(o.error, InputError) for o in failed) else GeomapError(message)


def _run_init(args: argparse.Namespace) -> None:
    from pathlib import Path

    from .atomic import write_atomic
    from .mapsfile import example_maps_file

    target = Path(args.file)
    if target.exists():
        raise InputError(f"{args.file} already exists; not overwriting it")
    _check_writable(args.file)
    write_atomic(target, example_maps_file(target.resolve().parent, map_parser()))
    print(f"wrote {args.file}; `geomap build` draws its maps", file=sys.stderr)


def _check_map_outputs(args: argparse.Namespace) -> tuple[int, int] | None:
    """Fail before the slow work on outputs that cannot be made; the PNG size if one is asked."""
    paths = [p for p in (args.output, args.png, args.embed, args.geojson) if p]
    if not paths:
        raise InputError("nothing to write: give -o FILE.html, --png FILE, --embed FILE or --geojson FILE")
    if len({os.path.abspath(p) for p in paths}) < len(paths):
        raise InputError("two outputs name the same file")
    for path in paths:
        _check_writable(path)
    if args.size and not args.png:
        raise InputError("--size is the size of the --png screenshot: give --png FILE too")
    if not args.png:
        return None
    from .render.png import DEFAULT_SIZE, check_png_available, parse_size

    check_png_available()
    return parse_size(args.size) if args.size else DEFAULT_SIZE


def _map_outputs(
    args: argparse.Namespace, situations: Sequence[Situation], html: str, png_size: tuple[int, int] | None
) -> dict[str, str | bytes]:
    """The files ``geomap map`` writes, path -> content: HTML, GeoJSON, embed snippet, PNG."""
    outputs: dict[str, str | bytes] = {}
    if args.output:
        outputs[args.output] = html
    if args.geojson:
        from .geojson import geojson_text

        outputs[args.geojson] = geojson_text(situations)
    if args.embed:
        from .render.embed import embed_snippet

        outputs[args.embed] = embed_snippet(html)
    if args.png and png_size:
        from .render.png import screenshot_png

        # Online tiles were asked for: let their requests through so they appear in the shot.
        outputs[args.png] = screenshot_png(html, size=png_size, allow_network=args.tiles is not None)
    return outputs


def _corpus_map(args: argparse.Namespace) -> str:
    """``map --from DIR``: the corpus map of a batch folder; the one-line summary."""
    from .atomic import write_atomic
    from .batch_output import BatchFolder
    from .render.corpus import render_corpus_html

    if not args.from_dir:
        raise InputError("map: give article files, or --from DIR for a batch folder")
    if args.articles:
        raise InputError("map: give article files or --from DIR, not both")
    if not args.output:
        raise InputError("map --from draws one HTML page: give -o FILE.html")
    if args.border_band:
        raise InputError("map --from draws the batch's items as they are: --border-band is for article maps")
    _check_writable(args.output)
    folder = BatchFolder(args.from_dir)
    folder.require()
    items = folder.read_items()
    write_atomic(args.output, render_corpus_html(items, title=args.title, tiles=args.tiles))
    return f"wrote {args.output} ({len(items)} items)"


def _run_extract(args: argparse.Namespace) -> None:
    from .article import iter_jsonl_articles, load_article
    from .bands import with_border_bands
    from .gazetteer import open_gazetteer
    from .overrides import apply_to_map
    from .pipeline import map_articles

    if args.jsonl and args.overrides:
        raise InputError("--overrides applies to one article, not --jsonl")
    if args.jsonl and args.border_band:
        raise InputError("--border-band applies to one article's items, not --jsonl (which prints mentions)")
    online = _online_geocoding(args)
    if args.jsonl:
        # Online lookups share one rate limit, so one process unless asked otherwise.
        workers = _workers(args.workers) if online is None or args.workers is not None else 1
        for situation in map_articles(iter_jsonl_articles(args.jsonl), workers=workers, online=online):
            record = {"id": situation.article.id, "mentions": [m.to_json() for m in situation.mentions]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        _warn_online(online)
        return
    overrides = _read_overrides(args.overrides)
    article = load_article(args.article, date=args.date)
    gazetteer = open_gazetteer()
    situations = apply_to_map(
        [next(map_articles([article], gazetteer=gazetteer, online=online))], overrides, gazetteer
    )
    if args.border_band:
        situations = with_border_bands(situations, args.border_band)
    situation = situations[0]
    sys.stdout.write(json.dumps(situation.to_json(), ensure_ascii=False, indent=2) + "\n")
    _warn_online(online)


def _run_geocode(args: argparse.Namespace) -> None:
    from .geocoders import OfflineGazetteer

    locations = OfflineGazetteer().geocode(
        args.name, exactly_one=False, limit=args.limit, country_codes=args.country
    )
    if not locations:
        raise InputError(f"no place named {args.name!r} in the offline gazetteer")
    for rank, location in enumerate(locations, start=1):
        raw = location.raw
        print(
            f"{rank:>2}. {raw['name']:<28} {raw.get('country') or '--':<3} {raw['type']:<9} "
            f"{location.latitude:9.4f} {location.longitude:10.4f}  pop {raw.get('population', 0):,}"
        )


def _run_batch(args: argparse.Namespace) -> None:
    from .batch import run_batch

    if args.scheduler and args.workers is not None:
        raise InputError("--workers is for the local scheduler; a --scheduler cluster has its own workers")
    summary = run_batch(
        args.input, args.out, workers=_workers(args.workers), scheduler=args.scheduler, force=args.force
    )
    print(f"geomap: {summary.line()}", file=sys.stderr)


def _run_eval(args: argparse.Namespace) -> None:
    from .evaluate import UnsupportedCorpus, corpus_source, evaluate_corpus, format_report

    if args.limit is not None and args.limit < 1:
        raise InputError(f"--limit must be a positive number, not {args.limit}")
    for path in args.corpora:
        corpus_source(path)  # a missing or unreadable corpus fails before the slow work
    scored = 0
    for path in args.corpora:
        try:
            report = evaluate_corpus(path, limit=args.limit, workers=_workers(args.workers))
        except UnsupportedCorpus as exc:
            print(f"geomap: skipping {exc}", file=sys.stderr)
            continue
        scored += 1
        if args.json:
            sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(format_report(report) + "\n\n")
        sys.stdout.flush()
    if not scored:
        raise InputError("no corpus could be scored")


def _run_cache(args: argparse.Namespace) -> None:
    from .geocoders.cache import GeocodeCache

    cache = GeocodeCache()
    if args.action == "clear":
        dropped = cache.clear(args.geocoder.lower() if args.geocoder else None)
        which = f"{args.geocoder.lower()} " if args.geocoder else ""
        print(f"cleared {dropped} {which}entr{'y' if dropped == 1 else 'ies'} from {cache.path}")
        return
    if args.geocoder:
        raise InputError("--geocoder applies to `geomap cache clear` only")
    counts = cache.counts()
    print(f"path: {cache.path}")
    print(f"size: {_human_size(cache.size())}")
    if not counts:
        print("entries: none")
    for count in counts:
        print(f"{count.backend}: {count.entries} entries ({count.found} found, {count.missing} not found)")


def _online_geocoding(args: argparse.Namespace) -> OnlineGeocoding | None:
    """The online service the user opted into, or None for offline (the default)."""
    name = args.geocoder.lower()
    if name == "offline":
        if args.user_agent or args.geocoder_url:
            raise InputError("--user-agent and --geocoder-url need an online --geocoder (nominatim, photon, arcgis)")
        return None
    from .geocoders.online import BACKENDS, OnlineGeocoding

    if name not in BACKENDS:
        raise InputError(f"unknown geocoder {args.geocoder!r}; choose offline, {', '.join(BACKENDS)}")
    return OnlineGeocoding(name, user_agent=args.user_agent, url=args.geocoder_url)


def _warn_online(online: OnlineGeocoding | None) -> None:
    """The one line that says an online service failed (the run itself succeeded)."""
    warning = online.warning() if online is not None else None
    if warning:
        print(f"geomap: warning: {warning}", file=sys.stderr)


def _human_size(size: int) -> str:
    for unit in ("B", "KiB", "MiB"):
        if size < 1024 or unit == "MiB":
            return f"{size} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    raise AssertionError("unreachable")


def _workers(asked: int | None) -> int:
    """Worker processes: as asked, else one per CPU core."""
    if asked is None:
        return os.cpu_count() or 1
    if asked < 1:
        raise InputError("--workers must be at least 1")
    return asked


def _band_width(text: str) -> float:
    """``--border-band``'s value: a depth in km, more than 0 and at most MAX_BAND_KM."""
    from .bands import MAX_BAND_KM

    try:
        width = float(text)
    except ValueError:
        width = math.nan
    if not 0 < width <= MAX_BAND_KM:  # also false for NaN
        raise argparse.ArgumentTypeError(f"{text!r} is not a depth in km (more than 0, at most {MAX_BAND_KM:g})")
    return width


def _comma_list(text: str) -> list[str]:
    """An option's ``A,B,C`` value as its items (empty ones dropped); argparse applies it to
    the default too, so an option left out is ``[]``."""
    return [item for item in text.split(",") if item.strip()]


def _check_sides(viewpoint: str | None, neutral: Sequence[str], hostile: Sequence[str] = ()) -> None:
    """Fail before the slow work on a side geomap does not know (--viewpoint, --neutral, --hostile)."""
    from .render.affiliation import Viewpoint

    for option, sides in (("--neutral", neutral), ("--hostile", hostile)):
        if sides and not viewpoint:
            raise InputError(f"{option} needs --viewpoint (without a viewpoint every force is unknown)")
    try:
        Viewpoint.parse(viewpoint, neutral, hostile)
    except ValueError as exc:
        raise InputError(str(exc)) from None


def _as_of(value: str | None) -> str | None:
    """``--as-of`` as ``YYYY-MM-DD``; a date that cannot be read is a usage error."""
    if value is None:
        return None
    from .dates import iso_date

    date = iso_date(value)
    if date is None or date.startswith("XXXX"):
        raise InputError(f"--as-of must be a date like 2022-01-10, not {value!r}")
    return date


def _read_overrides(path: str | None) -> tuple[Override, ...]:
    """The overrides of ``--overrides FILE``, checked before the slow work."""
    if path is None:
        return ()
    from .mapsfile import load_overrides_file

    try:
        return load_overrides_file(path)
    except FileNotFoundError:
        raise InputError(f"--overrides: no such file: {path}") from None


def _hidden_layers(names: list[str]) -> list[str]:
    """``--hidden-layers`` checked; an unknown overlay is a usage error before the slow work."""
    from .render.style import layer_names

    try:
        layer_names(names)
    except ValueError as exc:
        raise InputError(f"--hidden-layers: {exc}") from None
    return names


def _check_banner(text: str | None, color: str | None) -> None:
    """Fail before the slow work on a banner colour that cannot be drawn."""
    from .render.banner import parse_color

    if color is None:
        return
    if not text or not text.strip():
        raise InputError("--banner-color needs --banner TEXT")
    try:
        parse_color(color)
    except ValueError as exc:
        raise InputError(f"--banner-color: {exc}") from None


def _check_writable(path: str) -> None:
    """Fail before the slow work when the output can never be written."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise InputError(f"cannot write {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise InputError(f"cannot write {path}: folder {folder} is not writable")
    if os.path.isdir(path):
        raise InputError(f"cannot write {path}: it is a directory")


def entry_point() -> None:
    """The console script: never let a traceback reach the user."""
    try:
        code = main()
    except Exception as exc:  # noqa: BLE001 - last resort for bugs, reported in one line
        print(f"geomap: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        code = EXIT_INTERNAL
    sys.exit(code)


if __name__ == "__main__":
    entry_point()
