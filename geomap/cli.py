"""The ``geomap`` command: map, extract, geocode, batch, eval.

Exit codes (DESIGN.md §2): 0 success, 2 usage or input error (one line on
stderr, no traceback), 1 internal error.  Outputs are written atomically.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import GeomapError, InputError

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
    draw.add_argument("-o", "--output", required=True, help="the HTML file to write")
    draw.add_argument("--title", help="map title (default: the article's headline)")
    draw.add_argument("--date", help="article date, ISO (overrides what the file says)")
    draw.add_argument("--tiles", help="add an online tile layer, e.g. OpenStreetMap (off by default)")
    draw.set_defaults(run=_run_map)

    extract = commands.add_parser("extract", help="print the places an article mentions, as JSON")
    source = extract.add_mutually_exclusive_group(required=True)
    source.add_argument("article", nargs="?", help="one article file")
    source.add_argument("--jsonl", metavar="IN.jsonl", help='a file of {"id", "text", ...} lines')
    extract.add_argument("--json", action="store_true", help="print JSON (the default and only format)")
    extract.add_argument("--date", help="article date, ISO")
    extract.add_argument(
        "--workers", type=int, default=None, help="processes for --jsonl (default: one per CPU core)"
    )
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
    return parser


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


def _run_map(args: argparse.Namespace) -> None:
    from .article import load_article
    from .atomic import write_atomic
    from .pipeline import map_articles
    from .render import render_html

    _check_writable(args.output)
    if args.from_dir or not args.articles:
        _run_corpus_map(args)
        return
    articles = [load_article(path, date=args.date) for path in args.articles]
    situations = list(map_articles(articles))
    html = render_html(situations, title=args.title, tiles=args.tiles)
    write_atomic(args.output, html)
    print(f"wrote {args.output} ({sum(len(s.items) for s in situations)} items)", file=sys.stderr)


def _run_corpus_map(args: argparse.Namespace) -> None:
    """``map --from DIR``: the corpus map of a batch folder."""
    from .atomic import write_atomic
    from .batch_output import BatchFolder
    from .render.corpus import render_corpus_html

    if not args.from_dir:
        raise InputError("map: give article files, or --from DIR for a batch folder")
    if args.articles:
        raise InputError("map: give article files or --from DIR, not both")
    folder = BatchFolder(args.from_dir)
    folder.require()
    items = folder.read_items()
    write_atomic(args.output, render_corpus_html(items, title=args.title, tiles=args.tiles))
    print(f"wrote {args.output} ({len(items)} items)", file=sys.stderr)


def _run_extract(args: argparse.Namespace) -> None:
    from .article import iter_jsonl_articles, load_article
    from .pipeline import map_articles

    if args.jsonl:
        for situation in map_articles(iter_jsonl_articles(args.jsonl), workers=_workers(args.workers)):
            record = {"id": situation.article.id, "mentions": [m.to_json() for m in situation.mentions]}
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        return
    situation = next(map_articles([load_article(args.article, date=args.date)]))
    sys.stdout.write(json.dumps(situation.to_json(), ensure_ascii=False, indent=2) + "\n")


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


def _workers(asked: int | None) -> int:
    """Worker processes: as asked, else one per CPU core."""
    if asked is None:
        return os.cpu_count() or 1
    if asked < 1:
        raise InputError("--workers must be at least 1")
    return asked


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
