"""Metrics on geoparsing corpora: recognition P/R/F1 and resolution error.

The corpora and every definition here are those of ``../shared/eval/README.md``
(normalised JSONL, one document per line).  The metric functions are pure, so
they can be checked on hand-made cases; ``evaluate_corpus`` runs the real
pipeline over a corpus the way users meet it (``pipeline.map_articles``, the
end-to-end setting) and with the gold spans given (``pipeline.resolve_spans``,
the oracle setting), and keeps one record per error for the error analysis.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import Article, Mention, Place

if TYPE_CHECKING:
    from .gazetteer import Gazetteer, GazetteerRecord

#: Mean Earth radius (IUGG), as geopy's great-circle distance uses.
EARTH_RADIUS_KM = 6371.0088

#: Half the Earth's circumference: the AUC's normaliser (Gritta et al. 2018, EUPEG).
HALF_CIRCUMFERENCE_KM = 20039.0

#: 100 miles: an error below this counts as correct for Acc@161.
ACCURACY_RADIUS_KM = 161.0

#: GeoWebNews types that name the place itself (README: the "Literal" group);
#: every other type (metonymy, adjectival use, homonyms...) is "Associative".
LITERAL_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"})

#: Characters of article text kept either side of an error, for reading it.
_CONTEXT_CHARS = 60


# --------------------------------------------------------------------------- metrics


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (the README's error)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    # min(): rounding can push h a hair above 1 for antipodal points.
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def auc_log_error(errors_km: Sequence[float]) -> float | None:
    """Area under the sorted ln(1 + error) curve, normalised to about [0, 1]; lower is better.

    AUC = trapezoid(x) / (ln(20039) * (n - 1)) with x = sorted ln(1 + error_km),
    as Gritta et al. 2018 and EUPEG define it.  That is the mean height of the
    curve over [0, n - 1], so a single error gives its own height; no error gives None.
    (An error of exactly 20,039 km gives ln(20040)/ln(20039) = 1.000005.)
    """
    if not errors_km:
        return None
    x = sorted(math.log1p(e) for e in errors_km)
    if len(x) == 1:
        return x[0] / math.log(HALF_CIRCUMFERENCE_KM)
    area = sum((a + b) / 2 for a, b in zip(x, x[1:], strict=False))
    return area / (math.log(HALF_CIRCUMFERENCE_KM) * (len(x) - 1))


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def f1_score(precision: float | None, recall: float | None) -> float | None:
    if precision is None or recall is None:
        return None
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class RecognitionCounts:
    """Span-matching counts for recognition, summable over documents (micro average).

    Exact: a predicted span is correct iff its ``(start, end)`` equals a gold span.
    Overlap (lenient): a predicted span is correct iff it overlaps some gold span,
    and a gold span is found iff some predicted span overlaps it ("Helmand"
    vs "Helmand Province" counts on both sides).
    """

    predicted: int = 0
    gold: int = 0
    exact: int = 0
    overlap_predicted: int = 0
    overlap_gold: int = 0

    def __add__(self, other: RecognitionCounts) -> RecognitionCounts:
        return RecognitionCounts(
            self.predicted + other.predicted,
            self.gold + other.gold,
            self.exact + other.exact,
            self.overlap_predicted + other.overlap_predicted,
            self.overlap_gold + other.overlap_gold,
        )

    @property
    def precision(self) -> float | None:
        return ratio(self.exact, self.predicted)

    @property
    def recall(self) -> float | None:
        return ratio(self.exact, self.gold)

    @property
    def f1(self) -> float | None:
        return f1_score(self.precision, self.recall)

    @property
    def overlap_precision(self) -> float | None:
        return ratio(self.overlap_predicted, self.predicted)

    @property
    def overlap_recall(self) -> float | None:
        return ratio(self.overlap_gold, self.gold)

    @property
    def overlap_f1(self) -> float | None:
        return f1_score(self.overlap_precision, self.overlap_recall)

    def to_json(self, *, recall_only: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"predicted": self.predicted, "gold": self.gold, "exact": self.exact}
        out["overlap_predicted"], out["overlap_gold"] = self.overlap_predicted, self.overlap_gold
        for name in ("precision", "recall", "f1", "overlap_precision", "overlap_recall", "overlap_f1"):
            hidden = recall_only and "recall" not in name
            out[name] = None if hidden else getattr(self, name)
        return out


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def count_recognition(predicted: Iterable[tuple[int, int]], gold: Iterable[tuple[int, int]]) -> RecognitionCounts:
    """Exact and overlap span matches between one document's predicted and gold spans."""
    pred, gold_spans = sorted(set(predicted)), sorted(set(gold))
    gold_set = set(gold_spans)
    return RecognitionCounts(
        predicted=len(pred),
        gold=len(gold_spans),
        exact=sum(1 for p in pred if p in gold_set),
        overlap_predicted=sum(1 for p in pred if any(spans_overlap(p, g) for g in gold_spans)),
        overlap_gold=sum(1 for g in gold_spans if any(spans_overlap(p, g) for p in pred)),
    )


@dataclass(frozen=True)
class ResolutionStats:
    """Resolution figures for one setting (end-to-end or oracle) over one set of gold toponyms.

    ``gold`` counts the gold toponyms with coordinates; ``given`` those handed
    to the resolver (oracle: all of them; end-to-end: those recognised with the
    exact span); ``resolved`` those that received a place.  Acc@161, mean,
    median and AUC are over the ``resolved`` errors, as published tables do;
    ``strict_accuracy`` also counts every given but unresolved toponym as a miss.
    ``exact_id`` is the share of given toponyms with a gold GeoNames id whose
    predicted id equals it (unresolved ones count as misses).
    """

    gold: int
    given: int
    resolved: int
    accuracy: float | None
    strict_accuracy: float | None
    mean_km: float | None
    median_km: float | None
    auc: float | None
    id_given: int = 0
    exact_id: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "given": self.given,
            "resolved": self.resolved,
            "acc161": self.accuracy,
            "acc161_strict": self.strict_accuracy,
            "mean_km": self.mean_km,
            "median_km": self.median_km,
            "auc": self.auc,
            "id_given": self.id_given,
            "exact_id": self.exact_id,
        }


def resolution_stats(
    errors_km: Sequence[float], *, gold: int, given: int, id_hits: int = 0, id_given: int = 0
) -> ResolutionStats:
    """Acc@161, mean/median error and AUC from the errors of the resolved toponyms."""
    if len(errors_km) > given or given > gold:
        raise ValueError(f"inconsistent counts: {len(errors_km)} resolved, {given} given, {gold} gold")
    hits = sum(1 for e in errors_km if e < ACCURACY_RADIUS_KM)
    return ResolutionStats(
        gold=gold,
        given=given,
        resolved=len(errors_km),
        accuracy=ratio(hits, len(errors_km)),
        strict_accuracy=ratio(hits, given),
        mean_km=statistics.fmean(errors_km) if errors_km else None,
        median_km=statistics.median(errors_km) if errors_km else None,
        auc=auc_log_error(errors_km),
        id_given=id_given,
        exact_id=ratio(id_hits, id_given),
    )


def toponym_group(toponym_type: str | None) -> str | None:
    """ "literal" or "associative" for a GeoWebNews type; None where a corpus has no types."""
    if toponym_type is None:
        return None
    return "literal" if toponym_type in LITERAL_TYPES else "associative"


# --------------------------------------------------------------------------- corpus


@dataclass(frozen=True)
class GoldToponym:
    """One annotated toponym: its span and, where known, its true point and GeoNames id."""

    start: int
    end: int
    name: str
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    type: str | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class GoldDocument:
    """One corpus line: the text and its gold toponyms."""

    id: str
    text: str
    source: str
    toponyms: tuple[GoldToponym, ...]

    def article(self) -> Article:
        return Article(text=self.text, id=self.id, source=self.source)


def read_corpus(path: str | Path, *, limit: int | None = None) -> list[GoldDocument]:
    """The first ``limit`` documents of a corpus file, checked against the README's format."""
    source = Path(path)
    try:
        raw = source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"corpus not found: {source}") from None
    except IsADirectoryError:
        raise InputError(f"corpus is a directory: {source}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read corpus {source}: {exc}") from None
    documents: list[GoldDocument] = []
    # Only "\n" ends a record: str.splitlines() would also split on U+2028 inside texts.
    for number, line in enumerate(raw.split("\n"), start=1):
        if limit is not None and len(documents) >= limit:
            break
        if line.strip():
            documents.append(_gold_document(line, f"{source}:{number}", source.stem))
    if not documents:
        raise InputError(f"corpus has no documents: {source}")
    return documents


def _gold_document(line: str, where: str, default_source: str) -> GoldDocument:
    try:
        record = json.loads(line)
        text, spans = record["text"], record["toponyms"]
        if not isinstance(text, str) or not isinstance(spans, list):
            raise TypeError("text must be a string and toponyms a list")
        types = record.get("toponym_types")
        if types is not None and len(types) != len(spans):
            raise ValueError("toponym_types is not parallel to toponyms")
        toponyms = tuple(_gold_toponym(t, text, types[i] if types else None) for i, t in enumerate(spans))
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not a JSON line ({exc.msg})") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{where}: not a corpus record ({type(exc).__name__}: {exc})") from None
    return GoldDocument(
        id=str(record.get("id", where)),
        text=text,
        source=str(record.get("source") or default_source),
        toponyms=toponyms,
    )


def _gold_toponym(item: dict[str, Any], text: str, kind: str | None) -> GoldToponym:
    start, end = int(item["start"]), int(item["end"])
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}-{end} outside the text")
    name = item.get("name", text[start:end])
    if text[start:end] != name:
        raise ValueError(f"text[{start}:{end}] is {text[start:end]!r}, not {name!r}")
    lat, lon, gid = item.get("lat"), item.get("lon"), item.get("geonameid")
    return GoldToponym(
        start=start,
        end=end,
        name=name,
        lat=float(lat) if lat is not None and lon is not None else None,
        lon=float(lon) if lat is not None and lon is not None else None,
        geonameid=int(gid) if gid is not None else None,
        type=kind,
    )


#: What each known corpus supports (README "Which corpora cover which task").
#: Unknown sources in the same format are treated as fully annotated news.
_RESOLUTION_ONLY = {"wiktor"}
#: Corpora whose guidelines leave demonyms ("Chinese officials") unannotated:
#: GeoVirus has none of its 2,167 toponyms of that kind, where LGL, TR-News and
#: GeoWebNews annotate them.  geomap's demonym mentions are not scored there,
#: unless one happens to be a gold span.
_NO_DEMONYMS = {"geovirus"}

#: Place types geomap resolves to that are not toponyms in the corpora's sense.
_NOT_TOPONYM_TYPES = {"group"}
_NOT_GEOPARSING = {
    "event_location": "event_location has no coordinates and annotates only where one event happened; "
    "it belongs to the roles work, not geoparsing evaluation (skipped)",
}


class UnsupportedCorpus(InputError):
    """A corpus in the right format whose annotation geoparsing metrics cannot use."""


def corpus_source(path: str | Path) -> str:
    """The ``source`` of a corpus's first record (its name), read without loading the rest."""
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    return str(json.loads(line).get("source") or Path(path).stem)
    except FileNotFoundError:
        raise InputError(f"corpus not found: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, AttributeError) as exc:
        raise InputError(f"cannot read corpus {path}: {exc}") from None
    raise InputError(f"corpus has no documents: {path}")


# --------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class ErrorRecord:
    """One thing geomap got wrong, with what is needed to read and classify it.

    ``kind`` is ``"FP"`` (a predicted span that is no gold span), ``"FN"`` (a gold
    span not predicted exactly) or ``"resolution"`` (a gold toponym resolved
    161 km or more from its gold point, or left unresolved) in ``setting``
    ``"end_to_end"`` or ``"oracle"``.  ``overlapped`` says, for FP/FN, that a
    span on the other side overlaps it (a boundary error, not a miss);
    ``annotated_elsewhere``, for an FP, that the same words are a gold
    toponym elsewhere in the document (a likely gap in the annotation).
    """

    corpus: str
    doc_id: str
    kind: str
    setting: str
    text: str
    start: int
    end: int
    context: str
    mention_kind: str | None = None
    mention_source: str | None = None
    predicted: Place | None = None
    gold_lat: float | None = None
    gold_lon: float | None = None
    gold_geonameid: int | None = None
    gold_type: str | None = None
    error_km: float | None = None
    overlapped: bool = False
    annotated_elsewhere: bool = False

    def with_error(self, error_km: float | None) -> ErrorRecord:
        return replace(self, error_km=error_km)

    def to_json(self) -> dict[str, Any]:
        out = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "predicted"}
        out["predicted"] = self.predicted.to_json() if self.predicted else None
        return out


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - _CONTEXT_CHARS) : start]
    right = text[end : end + _CONTEXT_CHARS]
    return " ".join(f"{left}[[{text[start:end]}]]{right}".split())


# --------------------------------------------------------------------------- report


@dataclass(frozen=True)
class GroupReport:
    """Figures for a subset of gold toponyms (GeoWebNews Literal / Associative).

    Only recall is defined per group: a prediction that matches no gold span
    belongs to neither group.
    """

    name: str
    recognition: RecognitionCounts
    end_to_end: ResolutionStats | None
    oracle: ResolutionStats

    def to_json(self) -> dict[str, Any]:
        return {
            "recognition": self.recognition.to_json(recall_only=True),
            "end_to_end": self.end_to_end.to_json() if self.end_to_end else None,
            "oracle": self.oracle.to_json(),
        }


@dataclass(frozen=True)
class CorpusReport:
    """Everything ``evaluate_corpus`` measured on one corpus file.

    ``recognition`` and ``end_to_end`` are None where they were not run
    (WikToR by default: its annotation is not exhaustive); ``recall_only``
    marks recognition whose precision is meaningless.  ``errors`` holds one
    record per recognition or resolution error, for the error analysis.
    """

    corpus: str
    path: str
    documents: int
    gold_toponyms: int
    gold_with_point: int
    recognition: RecognitionCounts | None
    recall_only: bool
    end_to_end: ResolutionStats | None
    oracle: ResolutionStats
    groups: tuple[GroupReport, ...] = ()
    errors: tuple[ErrorRecord, ...] = field(default=(), repr=False)
    seconds_end_to_end: float = 0.0
    cpu_seconds_end_to_end: float = 0.0
    seconds_oracle: float = 0.0
    notes: tuple[str, ...] = ()

    def to_json(self, *, errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "corpus": self.corpus,
            "path": self.path,
            "documents": self.documents,
            "gold_toponyms": self.gold_toponyms,
            "gold_with_point": self.gold_with_point,
            "recognition": self.recognition.to_json(recall_only=self.recall_only) if self.recognition else None,
            "end_to_end": self.end_to_end.to_json() if self.end_to_end else None,
            "oracle": self.oracle.to_json(),
            "groups": {g.name: g.to_json() for g in self.groups},
            "seconds_end_to_end": round(self.seconds_end_to_end, 3),
            "cpu_seconds_end_to_end": round(self.cpu_seconds_end_to_end, 3),
            "seconds_oracle": round(self.seconds_oracle, 3),
            "notes": list(self.notes),
            "error_count": len(self.errors),
        }
        if errors:
            out["errors"] = [e.to_json() for e in self.errors]
        return out


class _Outcomes:
    """Running sums of one resolution setting over one set of gold toponyms."""

    def __init__(self) -> None:
        self.errors: list[float] = []
        self.given = 0
        self.id_given = 0
        self.id_hits = 0

    def add(self, gold: GoldToponym, place: Place | None, error: float | None) -> None:
        self.given += 1
        if error is not None:
            self.errors.append(error)
        if gold.geonameid is not None:
            self.id_given += 1
            self.id_hits += place is not None and place.geonameid == gold.geonameid

    def stats(self, gold: int) -> ResolutionStats:
        return resolution_stats(self.errors, gold=gold, given=self.given, id_hits=self.id_hits, id_given=self.id_given)


class _Tally:
    """Running sums for one set of gold toponyms (a whole corpus or one group)."""

    def __init__(self) -> None:
        self.recognition = RecognitionCounts()
        self.gold_with_point = 0
        self.end_to_end = _Outcomes()
        self.oracle = _Outcomes()


class _Scorer:
    """Scores documents one at a time into corpus-wide and per-group tallies."""

    def __init__(self, corpus: str, typed: bool) -> None:
        self.corpus = corpus
        self.score_demonyms = corpus not in _NO_DEMONYMS
        self.unscored_demonyms = 0
        self.total = _Tally()
        # Groups exist only where the corpus types its toponyms (GeoWebNews).
        self.groups = {"literal": _Tally(), "associative": _Tally()} if typed else {}
        self.errors: list[ErrorRecord] = []

    def _tallies(self, gold: GoldToponym) -> list[_Tally]:
        group = toponym_group(gold.type)
        return [self.total, self.groups[group]] if group in self.groups else [self.total]

    def count_gold(self, doc: GoldDocument) -> None:
        for gold in doc.toponyms:
            if gold.has_point:
                for tally in self._tallies(gold):
                    tally.gold_with_point += 1

    def end_to_end(self, doc: GoldDocument, mentions: Sequence[Mention]) -> None:
        """Score what the whole pipeline found and resolved in one document."""
        gold_spans = [t.span for t in doc.toponyms]
        # Alliances and international bodies (NATO, the UN) are actors on the
        # map, not toponyms: none of the corpora's guidelines tags them.
        predicted = {
            (m.start, m.end): m for m in mentions if m.place is None or m.place.type not in _NOT_TOPONYM_TYPES
        }
        if not self.score_demonyms:
            unscored = [s for s, m in predicted.items() if m.kind == "demonym" and s not in set(gold_spans)]
            self.unscored_demonyms += len(unscored)
            for span in unscored:
                del predicted[span]
        self.total.recognition += count_recognition(predicted, gold_spans)
        for key, tally in self.groups.items():
            # Per group only the gold side counts (recall): predictions have no group.
            found = count_recognition(predicted, [t.span for t in doc.toponyms if toponym_group(t.type) == key])
            tally.recognition += RecognitionCounts(gold=found.gold, exact=found.exact, overlap_gold=found.overlap_gold)
        gold_set, gold_names = set(gold_spans), {t.name for t in doc.toponyms}
        for span, mention in predicted.items():
            if span not in gold_set:
                overlapped = any(spans_overlap(span, g) for g in gold_spans)
                record = self._record(doc, "FP", "end_to_end", mention.text, span, mention, overlapped)
                self.errors.append(replace(record, annotated_elsewhere=mention.text in gold_names))
        for gold in doc.toponyms:
            mention = predicted.get(gold.span)
            if mention is None:
                overlapped = any(spans_overlap(gold.span, p) for p in predicted)
                self.errors.append(self._record(doc, "FN", "end_to_end", gold.name, gold.span, None, overlapped, gold))
            elif gold.has_point:
                self._resolve(doc, gold, mention, "end_to_end")

    def oracle(self, doc: GoldDocument, mentions: Sequence[Mention]) -> None:
        """Score the resolution of the gold spans of one document."""
        by_span = {(m.start, m.end): m for m in mentions}
        for gold in doc.toponyms:
            if gold.has_point:
                self._resolve(doc, gold, by_span.get(gold.span), "oracle")

    def _resolve(self, doc: GoldDocument, gold: GoldToponym, mention: Mention | None, setting: str) -> None:
        place = mention.place if mention is not None else None
        error = None if place is None else haversine_km(gold.lat, gold.lon, place.lat, place.lon)  # type: ignore[arg-type]
        for tally in self._tallies(gold):
            getattr(tally, setting).add(gold, place, error)
        if error is None or error >= ACCURACY_RADIUS_KM:
            record = self._record(doc, "resolution", setting, gold.name, gold.span, mention, False, gold)
            self.errors.append(record.with_error(error))

    def _record(
        self,
        doc: GoldDocument,
        kind: str,
        setting: str,
        text: str,
        span: tuple[int, int],
        mention: Mention | None,
        overlapped: bool,
        gold: GoldToponym | None = None,
    ) -> ErrorRecord:
        return ErrorRecord(
            corpus=self.corpus,
            doc_id=doc.id,
            kind=kind,
            setting=setting,
            text=text,
            start=span[0],
            end=span[1],
            context=_context(doc.text, *span),
            mention_kind=mention.kind if mention else None,
            mention_source=mention.source if mention else None,
            predicted=mention.place if mention else None,
            gold_lat=gold.lat if gold else None,
            gold_lon=gold.lon if gold else None,
            gold_geonameid=gold.geonameid if gold else None,
            gold_type=gold.type if gold else None,
            overlapped=overlapped,
        )

    def group_reports(self, with_end_to_end: bool) -> tuple[GroupReport, ...]:
        return tuple(
            GroupReport(
                name=key,
                recognition=tally.recognition,
                end_to_end=tally.end_to_end.stats(tally.gold_with_point) if with_end_to_end else None,
                oracle=tally.oracle.stats(tally.gold_with_point),
            )
            for key, tally in self.groups.items()
        )


def evaluate_corpus(
    path: str | Path,
    *,
    limit: int | None = None,
    end_to_end: bool | None = None,
    gazetteer: Gazetteer | None = None,
    workers: int = 1,
) -> CorpusReport:
    """Run geomap over a corpus file and score it against the gold annotation.

    End-to-end runs the whole pipeline (recognition, then resolution of what it
    found); oracle resolves the gold spans with the pipeline's own mentions
    as context, so it runs by default everywhere.  On WikToR, whose
    recognition is not meaningful, only recall is reported;
    ``end_to_end=False`` skips the pipeline (oracle without context).  ``event_location`` raises
    ``UnsupportedCorpus``: it has no coordinates.
    """
    from .gazetteer import open_gazetteer
    from .pipeline import map_articles, resolve_spans

    name = corpus_source(path)
    if name in _NOT_GEOPARSING:
        raise UnsupportedCorpus(f"{Path(path).name}: {_NOT_GEOPARSING[name]}")
    documents = read_corpus(path, limit=limit)
    gaz = gazetteer if gazetteer is not None else open_gazetteer()
    resolution_only = name in _RESOLUTION_ONLY
    run_e2e = True if end_to_end is None else end_to_end
    scorer = _Scorer(name, typed=any(t.type is not None for d in documents for t in d.toponyms))
    for doc in documents:
        scorer.count_gold(doc)

    seconds_e2e = cpu_e2e = 0.0
    recognised: dict[str, tuple[Mention, ...]] = {}
    if run_e2e:
        started, cpu_started = time.perf_counter(), time.process_time()
        situations = map_articles((d.article() for d in documents), gazetteer=gaz, workers=workers)
        for doc, situation in zip(documents, situations, strict=True):
            scorer.end_to_end(doc, situation.mentions)
            recognised[doc.id] = situation.mentions
        seconds_e2e = time.perf_counter() - started
        cpu_e2e = time.process_time() - cpu_started

    started = time.perf_counter()
    for doc in documents:
        if doc.toponyms:
            # Every gold span is given, with or without a point, plus what geomap
            # itself recognised elsewhere in the text: a resolver reads the whole
            # article (WikToR's gold marks only the subject place's mentions).
            spans = [t.span for t in doc.toponyms]
            resolved = resolve_spans(doc.article(), spans, gazetteer=gaz, context=recognised.get(doc.id, ()))
            scorer.oracle(doc, resolved)
    seconds_oracle = time.perf_counter() - started

    notes = []
    if resolution_only:
        notes.append(
            "resolution-only corpus: only the subject place's mentions are annotated, so recognition "
            + ("precision is meaningless; recall only" if run_e2e else "is not run")
        )
    if scorer.unscored_demonyms:
        notes.append(f"{scorer.unscored_demonyms} demonym mentions not scored: this corpus does not annotate demonyms")
    total = scorer.total
    return CorpusReport(
        corpus=name,
        path=str(path),
        documents=len(documents),
        gold_toponyms=sum(len(d.toponyms) for d in documents),
        gold_with_point=total.gold_with_point,
        recognition=total.recognition if run_e2e else None,
        recall_only=resolution_only,
        end_to_end=total.end_to_end.stats(total.gold_with_point) if run_e2e else None,
        oracle=total.oracle.stats(total.gold_with_point),
        groups=scorer.group_reports(run_e2e),
        errors=tuple(scorer.errors),
        seconds_end_to_end=seconds_e2e,
        cpu_seconds_end_to_end=cpu_e2e,
        seconds_oracle=seconds_oracle,
        notes=tuple(notes),
    )


# --------------------------------------------------------------------------- error classes

#: "U.S.", "N.Y.", "Calif.", "Ga.", "UK", "NYC": abbreviations NER and gazetteers miss.
_ABBREVIATION = re.compile(r"^(?:(?:[A-Z]\.){1,4}|[A-Z][a-z]{1,4}\.|[A-Z]{2,3})$")

#: Words that make a name an admin-2 unit, which the gazetteer does not hold.
_ADMIN2_WORDS = re.compile(r"\b(?:County|Parish|Borough|Township|District|Municipality|Prefecture)\b")

#: Words of physical features and facilities.
_FEATURE_WORDS = re.compile(
    r"\b(?:River|Lake|Sea|Ocean|Bay|Gulf|Mountains?|Mount|Mt\.?|Valley|Island|Islands|Peninsula|Canyon|Creek"
    r"|Park|Forest|Desert|Coast|Beach|Street|Avenue|Road|Airport|Bridge|Hospital|School|University)\b"
)

#: Place kinds whose one point stands for an area.
_AREA_TYPES = {"country", "admin1", "region", "water", "group"}


def classify_error(error: ErrorRecord, gazetteer: Gazetteer) -> str:
    """A short class name for one error, so that errors can be counted by cause.

    Recognition classes look at the span's form (abbreviation, capitals,
    demonym, words) and whether the gazetteer knows it; resolution classes
    ask whether the right place was among the gazetteer's candidates for the
    name (then ranking chose wrong) or not (then coverage is missing).
    """
    if error.kind == "FN":
        return _classify_missed(error, gazetteer)
    if error.kind == "FP":
        return _classify_spurious(error)
    return _classify_misresolved(error, gazetteer)


def _classify_missed(error: ErrorRecord, gazetteer: Gazetteer) -> str:
    text = error.text
    if error.overlapped:
        return "FN: span boundary (a longer/shorter span was predicted)"
    if _ABBREVIATION.match(text):
        return "FN: abbreviation (U.S., Calif., UK)"
    if text.isupper():
        return "FN: all capitals (datelines, headlines)"
    if gazetteer.demonym(text) is not None and not gazetteer.is_name(text):
        return "FN: demonym / adjective (Russian, Turkish)"
    if text[:1].islower():
        return "FN: lowercase word"
    if not gazetteer.is_name(text):
        if _ADMIN2_WORDS.search(text):
            return "FN: county / admin-2 name, not in gazetteer"
        if _FEATURE_WORDS.search(text):
            return "FN: physical feature / facility, not in gazetteer"
        return "FN: name not in gazetteer"
    if " " in text or "-" in text:
        return "FN: multiword name in gazetteer, not recognised"
    return "FN: one-word name in gazetteer, not recognised"


def _classify_spurious(error: ErrorRecord) -> str:
    text = error.text
    if error.overlapped:
        return "FP: span boundary (overlaps a gold span)"
    if error.annotated_elsewhere:
        return "FP: name annotated elsewhere in the document (annotation gap?)"
    if error.mention_kind == "demonym":
        return "FP: demonym not annotated here"
    if text[:1].islower():
        return "FP: lowercase common word"
    if error.predicted is None:
        return "FP: span unresolvable (no gazetteer entry)"
    source = error.mention_source or ""
    if source == "ner+gazetteer":
        return "FP: NER person/organisation rescued as a place"
    if source == "gazetteer":
        return "FP: gazetteer match of a non-place word/name"
    if source == "dateline":
        return "FP: dateline rule"
    return "FP: NER place label not annotated (org/person/facility?)"


_POINT_CONVENTION = "resolution: right area, our point for it >161 km from the gold point (centre convention)"


def _right_candidate(error: ErrorRecord, candidates: Sequence[GazetteerRecord]) -> GazetteerRecord | None:
    """The candidate that is the gold place: same GeoNames id, else within 161 km of the gold point."""
    if error.gold_geonameid is not None:
        for candidate in candidates:
            if candidate.geonameid == error.gold_geonameid:
                return candidate
    lat, lon = error.gold_lat, error.gold_lon
    assert lat is not None and lon is not None
    near = [c for c in candidates if haversine_km(lat, lon, c.lat, c.lon) < ACCURACY_RADIUS_KM]
    return min(near, key=lambda c: haversine_km(lat, lon, c.lat, c.lon), default=None)


def _classify_misresolved(error: ErrorRecord, gazetteer: Gazetteer) -> str:
    from .shapes import country_at

    assert error.gold_lat is not None and error.gold_lon is not None
    candidates = list(gazetteer.candidates(error.text, limit=50))
    demonym = gazetteer.demonym(error.text)
    if demonym is not None:
        candidates.append(demonym)
    if error.predicted is None and candidates:
        return "resolution: unresolved, candidates exist"
    right = _right_candidate(error, candidates)
    if right is None and _ADMIN2_WORDS.search(error.text):
        return "resolution: county / admin-2 not in gazetteer"
    if error.predicted is None:
        return "resolution: unresolved, name not in gazetteer"
    same_record = right is not None and right.geonameid is not None and right.geonameid == error.predicted.geonameid
    if same_record or (error.gold_geonameid is not None and error.predicted.geonameid == error.gold_geonameid):
        # The right record, but our point for it is not the gold point: a
        # coordinate convention for areas (country/admin-1 centres), not a wrong choice.
        return _POINT_CONVENTION
    if right is not None:
        if right.country != error.predicted.country:
            return "resolution: wrong country (right place was a candidate)"
        return "resolution: right country, wrong place (right place was a candidate)"
    gold_country = country_at(error.gold_lat, error.gold_lon)
    if error.predicted.type in _AREA_TYPES and gold_country is not None and gold_country == error.predicted.country:
        return _POINT_CONVENTION
    if gold_country != error.predicted.country:
        return "resolution: right place not in gazetteer, wrong country chosen"
    return "resolution: right place not in gazetteer, same country (small town?)"


# --------------------------------------------------------------------------- text


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _resolution_line(label: str, stats: ResolutionStats | None) -> str:
    if stats is None:
        return f"  {label:<12} (not run)"
    return (
        f"  {label:<12} {stats.given:>6} {stats.resolved:>8} {_fmt(stats.accuracy):>8} {_fmt(stats.strict_accuracy):>7}"
        f" {_fmt(stats.mean_km, 0):>8} {_fmt(stats.median_km, 1):>9} {_fmt(stats.auc):>6} {_fmt(stats.exact_id):>8}"
    )


def format_report(report: CorpusReport) -> str:
    """A readable table of one corpus's figures, as ``geomap eval`` prints it."""
    lines = [
        f"{report.corpus}: {report.documents:,} documents, {report.gold_toponyms:,} gold toponyms, "
        f"{report.gold_with_point:,} with a point ({report.path})"
    ]
    rec = report.recognition
    if rec is not None:
        lines.append(f"  {'recognition':<12} {'P':>6} {'R':>6} {'F1':>6}   ({rec.predicted:,} predicted spans)")
        for label, p, r, f in (
            ("exact", rec.precision, rec.recall, rec.f1),
            ("overlap", rec.overlap_precision, rec.overlap_recall, rec.overlap_f1),
        ):
            if report.recall_only:
                p = f = None
            lines.append(f"  {label:<12} {_fmt(p):>6} {_fmt(r):>6} {_fmt(f):>6}")
    header = f"{'given':>6} {'resolved':>8} {'Acc@161':>8} {'strict':>7} {'mean km':>8} {'median km':>9} {'AUC':>6}"
    lines.append(f"  {'resolution':<12} {header} {'exact id':>8}")
    lines.append(_resolution_line("end-to-end", report.end_to_end))
    lines.append(_resolution_line("oracle", report.oracle))
    for group in report.groups:
        found = group.recognition
        lines.append(
            f"  {group.name} group: {found.gold:,} gold, recall exact {_fmt(found.recall)}, "
            f"overlap {_fmt(found.overlap_recall)}; {group.oracle.gold:,} with a point"
        )
        lines.append(_resolution_line("end-to-end", group.end_to_end))
        lines.append(_resolution_line("oracle", group.oracle))
    lines.append(f"  time: end-to-end {report.seconds_end_to_end:.1f} s, oracle {report.seconds_oracle:.1f} s")
    lines.extend(f"  note: {note}" for note in report.notes)
    return "\n".join(lines)
