"""The measuring instrument: metric functions on hand-made cases, corpus scoring, ``geomap eval``."""

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from geomap import evaluate
from geomap.errors import InputError
from geomap.evaluate import (
    ErrorRecord,
    RecognitionCounts,
    UnsupportedCorpus,
    auc_log_error,
    classify_error,
    count_recognition,
    evaluate_corpus,
    format_report,
    haversine_km,
    read_corpus,
    resolution_stats,
    toponym_group,
)
from geomap.gazetteer import GazetteerRecord
from geomap.model import Mention, Place, Situation

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

PARIS = (48.8566, 2.3522)
LONDON = (51.5074, -0.1278)
LONDON_ONTARIO = (42.9849, -81.2453)
SPRINGFIELD_IL = (39.8017, -89.6437)
SPRINGFIELD_MO = (37.2153, -93.2982)


def needs_corpus(name):
    path = EVAL / f"{name}.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    return path


# --------------------------------------------------------------------------- distances and AUC


def test_haversine_london_paris():
    assert haversine_km(*LONDON, *PARIS) == pytest.approx(343.6, abs=1.0)
    assert haversine_km(*PARIS, *LONDON) == haversine_km(*LONDON, *PARIS)


def test_haversine_extremes():
    assert haversine_km(*PARIS, *PARIS) == 0.0
    # Antipodes: half the circumference of a sphere of the mean radius.
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * evaluate.EARTH_RADIUS_KM)
    assert haversine_km(10, 179.5, 10, -179.5) == pytest.approx(haversine_km(10, 0, 10, 1))


def test_auc_bounds():
    assert auc_log_error([0.0] * 5) == 0.0
    # ln(1 + 20039) / ln(20039): the README's formula puts the worst case a hair above 1.
    assert auc_log_error([20039.0] * 5) == pytest.approx(1.0, abs=1e-5)
    assert auc_log_error([]) is None


def test_auc_is_trapezoid_over_sorted_log_errors():
    # x = [0, ln 20039] in either order: a straight line from 0 to 1 has area 1/2.
    assert auc_log_error([20038.0, 0.0]) == pytest.approx(0.5)
    # One error: the height of its point.
    assert auc_log_error([100.0]) == pytest.approx(math.log(101) / math.log(20039))
    # Three points, x = [0, ln 2, ln 20039]: trapezoids (0+ln2)/2 + (ln2+L)/2 over 2L.
    big = math.log(20039)
    assert auc_log_error([1.0, 20038.0, 0.0]) == pytest.approx((math.log(2) + big / 2) / (2 * big))


def test_resolution_stats_known_values():
    stats = resolution_stats([0.0, 100.0, 160.9, 161.0, 5000.0], gold=7, given=6, id_hits=2, id_given=4)
    assert stats.resolved == 5
    assert stats.accuracy == pytest.approx(3 / 5)  # 161 km is not < 161
    assert stats.strict_accuracy == pytest.approx(3 / 6)  # the unresolved one is a miss
    assert stats.mean_km == pytest.approx(5421.9 / 5)
    assert stats.median_km == pytest.approx(160.9)
    assert stats.exact_id == pytest.approx(0.5)


def test_resolution_stats_empty_and_inconsistent():
    empty = resolution_stats([], gold=3, given=0)
    assert (empty.accuracy, empty.strict_accuracy, empty.mean_km, empty.auc, empty.exact_id) == (None,) * 5
    with pytest.raises(ValueError):
        resolution_stats([1.0, 2.0], gold=5, given=1)


# --------------------------------------------------------------------------- recognition counting


def test_exact_versus_overlap_counting():
    gold = [(0, 5), (10, 20), (30, 35)]
    predicted = [(0, 5), (10, 15), (40, 45)]
    counts = count_recognition(predicted, gold)
    assert (counts.predicted, counts.gold, counts.exact) == (3, 3, 1)
    assert (counts.overlap_predicted, counts.overlap_gold) == (2, 2)
    assert counts.precision == counts.recall == pytest.approx(1 / 3)
    assert counts.overlap_precision == counts.overlap_recall == pytest.approx(2 / 3)
    assert counts.f1 == pytest.approx(1 / 3)


def test_overlap_one_prediction_two_gold_and_touching_spans():
    counts = count_recognition([(0, 25)], [(0, 5), (10, 20)])
    assert (counts.exact, counts.overlap_predicted, counts.overlap_gold) == (0, 1, 2)
    # End offsets are exclusive: (0, 5) and (5, 9) share no character.
    assert count_recognition([(5, 9)], [(0, 5)]).overlap_gold == 0


def test_micro_average_sums_counts():
    first = count_recognition([(0, 1)], [(0, 1)])  # P = 1
    second = count_recognition([(0, 1), (2, 3), (4, 5)], [(9, 10)])  # P = 0
    total = first + second
    assert total.precision == pytest.approx(1 / 4)  # not the mean of 1 and 0
    assert total.recall == pytest.approx(1 / 2)


def test_f1_edges():
    assert RecognitionCounts().f1 is None  # nothing predicted, nothing gold
    assert count_recognition([(0, 1)], [(5, 6)]).f1 == 0.0


def test_literal_and_associative_groups():
    for kind in ("Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"):
        assert toponym_group(kind) == "literal"
    for kind in (
        "Metonymic",
        "Non_Literal_Modifier",
        "Embedded_Non_Lit",
        "Demonym",
        "Homonym",
        "Language",
    ):
        assert toponym_group(kind) == "associative"
    assert toponym_group(None) is None


# --------------------------------------------------------------------------- reading corpora


def write_corpus(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_read_corpus_splits_on_newline_only(tmp_path):
    text = "Kyiv\u2028Lviv"
    path = write_corpus(
        tmp_path / "c.jsonl",
        [
            {"id": "a", "text": text, "toponyms": [{"start": 5, "end": 9, "name": "Lviv", "lat": 49.8, "lon": 24.0}]},
            {"id": "b", "text": "nothing", "toponyms": []},
        ],
    )
    docs = read_corpus(path)
    assert [d.id for d in docs] == ["a", "b"]
    assert docs[0].text == text and docs[0].toponyms[0].has_point
    assert [d.id for d in read_corpus(path, limit=1)] == ["a"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "text": "Paris", "toponyms": [{"start": 0, "end": 4, "name": "Paris"}]}', "not 'Paris'"),
        ('{"id": "x", "text": "Paris", "toponyms": [{"start": 3, "end": 9}]}', "outside the text"),
        ('{"id": "x", "toponyms": []}', "not a corpus record"),
        ("{not json", "not a JSON line"),
    ],
)
def test_bad_corpus_lines_are_input_errors_with_line_number(tmp_path, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "x", "toponyms": []}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=f"bad.jsonl:2: .*{message}"):
        read_corpus(path)


def test_missing_corpus(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_corpus(tmp_path / "none.jsonl")


@pytest.mark.parametrize(
    ("name", "docs", "toponyms", "points", "ids"),
    [
        ("lgl", 588, 5088, 4462, 4462),
        ("trnews", 118, 1319, 1275, 1275),
        ("geovirus", 229, 2167, 2167, 0),
        ("geowebnews", 200, 2718, 2599, 2399),
        ("wiktor", 5000, 25242, 25242, 0),
    ],
)
def test_corpus_counts_match_the_readme(name, docs, toponyms, points, ids):
    corpus = read_corpus(needs_corpus(name))
    gold = [t for d in corpus for t in d.toponyms]
    assert (len(corpus), len(gold)) == (docs, toponyms)
    assert sum(t.has_point for t in gold) == points
    assert sum(t.geonameid is not None for t in gold) == ids


# --------------------------------------------------------------------------- scoring (pipeline faked)

TEXT = "Paris talks: Russian envoys met in London and Springfield."


def place(name, point, geonameid=None, country="XX"):
    return Place(name=name, country=country, lat=point[0], lon=point[1], type="city", geonameid=geonameid)


def mention(start, end, found):
    return Mention(text=TEXT[start:end], start=start, end=end, place=found)


@pytest.fixture
def typed_corpus(tmp_path, monkeypatch):
    """A one-document GeoWebNews-like corpus, and a pipeline whose answers are fixed.

    End-to-end finds Paris (right), "talks" (spurious), Russian (no point in
    gold) and London (resolved to London, Ontario); it misses Springfield.
    Oracle gets Paris and London right and Springfield wrong (Missouri).
    """
    spans = {"Paris": (0, 5), "Russian": (13, 20), "London": (35, 41), "Springfield": (46, 57)}
    assert all(TEXT[a:b] == name for name, (a, b) in spans.items())
    toponyms = [
        {"start": 0, "end": 5, "name": "Paris", "lat": PARIS[0], "lon": PARIS[1], "geonameid": 1},
        {"start": 13, "end": 20, "name": "Russian", "lat": None, "lon": None, "geonameid": None},
        {"start": 35, "end": 41, "name": "London", "lat": LONDON[0], "lon": LONDON[1], "geonameid": 2},
        {"start": 46, "end": 57, "name": "Springfield", "lat": SPRINGFIELD_IL[0], "lon": SPRINGFIELD_IL[1]},
    ]
    record = {
        "id": "gwn-t",
        "text": TEXT,
        "toponyms": toponyms,
        "toponym_types": ["Literal", "Demonym", "Literal", "Metonymic"],
        "source": "geowebnews",
    }
    path = write_corpus(tmp_path / "gwn.jsonl", [record])

    def fake_map_articles(articles, gazetteer=None, workers=1):
        for article in articles:
            found = [
                mention(0, 5, place("Paris", PARIS, 1)),
                mention(6, 11, None),
                mention(13, 20, place("Russia", (60.0, 100.0), 3)),
                mention(35, 41, place("London", LONDON_ONTARIO, 4)),
            ]
            yield Situation(article=article, mentions=tuple(found))

    def fake_resolve_spans(article, given, gazetteer=None, context=()):
        answers = {
            (0, 5): place("Paris", PARIS, 1),
            (13, 20): None,
            (35, 41): place("London", LONDON, 2),
            (46, 57): place("Springfield", SPRINGFIELD_MO),
        }
        return [mention(start, end, answers[(start, end)]) for start, end in given]

    monkeypatch.setattr("geomap.pipeline.map_articles", fake_map_articles)
    monkeypatch.setattr("geomap.pipeline.resolve_spans", fake_resolve_spans)
    return path


def test_scoring_end_to_end_and_oracle(typed_corpus):
    report = evaluate_corpus(typed_corpus, gazetteer=object())
    assert (report.documents, report.gold_toponyms, report.gold_with_point) == (1, 4, 3)
    rec = report.recognition
    assert (rec.predicted, rec.gold, rec.exact) == (4, 4, 3)
    # End-to-end resolution: Paris right, London 5,700 km off; Springfield was never found.
    e2e = report.end_to_end
    assert (e2e.gold, e2e.given, e2e.resolved) == (3, 2, 2)
    assert e2e.accuracy == pytest.approx(0.5)
    assert e2e.exact_id == pytest.approx(0.5)
    assert e2e.mean_km == pytest.approx(haversine_km(*LONDON, *LONDON_ONTARIO) / 2)
    # Oracle: every gold span with a point is given; Springfield, Missouri is > 161 km off.
    oracle = report.oracle
    assert (oracle.given, oracle.resolved) == (3, 3)
    assert oracle.accuracy == pytest.approx(2 / 3)
    assert oracle.exact_id == 1.0
    assert oracle.median_km == pytest.approx(0.0)


def test_literal_and_associative_split_in_a_report(typed_corpus):
    report = evaluate_corpus(typed_corpus, gazetteer=object())
    groups = {g.name: g for g in report.groups}
    literal, associative = groups["literal"], groups["associative"]
    assert (literal.recognition.gold, literal.recognition.recall) == (2, 1.0)  # Paris, London
    assert (associative.recognition.gold, associative.recognition.recall) == (2, 0.5)  # Russian found
    assert literal.recognition.precision is None  # a spurious span belongs to no group
    assert (literal.oracle.gold, literal.oracle.accuracy) == (2, 1.0)
    assert (associative.oracle.gold, associative.oracle.accuracy) == (1, 0.0)  # Springfield only
    assert literal.end_to_end.accuracy == pytest.approx(0.5)
    assert associative.end_to_end.given == 0 and associative.end_to_end.accuracy is None


def test_error_records(typed_corpus):
    report = evaluate_corpus(typed_corpus, gazetteer=object())
    found = {(e.kind, e.setting, e.text) for e in report.errors}
    assert found == {
        ("FP", "end_to_end", "talks"),
        ("FN", "end_to_end", "Springfield"),
        ("resolution", "end_to_end", "London"),
        ("resolution", "oracle", "Springfield"),
    }
    london = next(e for e in report.errors if e.text == "London")
    assert london.predicted.lat == LONDON_ONTARIO[0] and london.error_km > 5000
    assert "[[London]]" in london.context
    json.dumps(report.to_json(errors=True))  # every record serialises


def test_report_text_and_json(typed_corpus):
    report = evaluate_corpus(typed_corpus, gazetteer=object())
    text = format_report(report)
    assert "geowebnews: 1 documents" in text and "literal group" in text and "0.750" in text
    data = report.to_json()
    assert data["recognition"]["f1"] == pytest.approx(0.75)
    assert set(data["groups"]) == {"literal", "associative"}


def test_resolution_only_corpus_skips_recognition(tmp_path, monkeypatch, typed_corpus):
    record = json.loads(typed_corpus.read_text(encoding="utf-8"))
    record["source"] = "wiktor"
    del record["toponym_types"]
    path = write_corpus(tmp_path / "wiktor.jsonl", [record])
    skipped = evaluate_corpus(path, gazetteer=object(), end_to_end=False)
    assert skipped.recognition is None and skipped.end_to_end is None
    assert skipped.oracle.given == 3 and skipped.notes
    # By default the pipeline still runs: its mentions are the oracle's context.
    report = evaluate_corpus(path, gazetteer=object())
    assert report.recall_only and report.to_json()["recognition"]["precision"] is None
    assert report.to_json()["recognition"]["recall"] == pytest.approx(0.75)


def test_demonyms_unscored_where_a_corpus_never_annotates_them(tmp_path, monkeypatch):
    text = "Chinese officials flew to Paris."
    paris = {"start": 26, "end": 31, "name": "Paris", "lat": PARIS[0], "lon": PARIS[1]}
    path = write_corpus(tmp_path / "gv.jsonl", [{"id": "g", "text": text, "toponyms": [paris], "source": "geovirus"}])
    found = (
        Mention(text="Chinese", start=0, end=7, kind="demonym"),
        Mention(text="Paris", start=26, end=31, place=place("Paris", PARIS)),
    )
    monkeypatch.setattr(
        "geomap.pipeline.map_articles",
        lambda articles, gazetteer=None, workers=1: (Situation(a, found) for a in articles),
    )
    monkeypatch.setattr(
        "geomap.pipeline.resolve_spans", lambda article, spans, gazetteer=None, context=(): list(found[1:])
    )
    report = evaluate_corpus(path, gazetteer=object())
    assert (report.recognition.predicted, report.recognition.precision) == (1, 1.0)
    assert any("1 demonym mentions not scored" in note for note in report.notes)
    # The same document under a corpus that annotates demonyms: "Chinese" is a false positive.
    path.write_text(path.read_text(encoding="utf-8").replace('"geovirus"', '"lgl"'), encoding="utf-8")
    assert evaluate_corpus(path, gazetteer=object()).recognition.precision == pytest.approx(0.5)


def test_event_location_is_refused(tmp_path):
    path = write_corpus(tmp_path / "ev.jsonl", [{"id": "e", "text": "x", "toponyms": [], "source": "event_location"}])
    with pytest.raises(UnsupportedCorpus, match="roles work"):
        evaluate_corpus(path, gazetteer=object())


# --------------------------------------------------------------------------- error classes (real gazetteer)


def error(kind, text, **fields):
    return ErrorRecord(
        corpus="t", doc_id="d", kind=kind, setting="end_to_end", text=text, start=0, end=1, context="", **fields
    )


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (error("FN", "Calif."), "FN: abbreviation"),
        (error("FN", "U.S."), "FN: abbreviation"),
        (error("FN", "KHARKIV"), "FN: all capitals"),
        (error("FN", "Helmand", overlapped=True), "FN: span boundary"),
        (error("FN", "Xqzvillebury Flats"), "FN: name not in gazetteer"),
        (error("FP", "Helmand Province", overlapped=True), "FP: span boundary"),
        (error("FP", "Paris", annotated_elsewhere=True), "FP: name annotated elsewhere"),
        (error("FP", "Pawlenty"), "FP: span unresolvable"),
    ],
)
def test_recognition_error_classes(gazetteer, record, expected):
    assert classify_error(record, gazetteer).startswith(expected)


class FakeGazetteer:
    """Fixed candidates per name, so resolution classes do not move with the real gazetteer's data."""

    def __init__(self, records):
        self.records = records

    def candidates(self, name, limit=20):
        return [r for r in self.records if r.name == name][:limit]

    def demonym(self, word):
        return None


def record(name, point, country, kind="city", geonameid=None):
    return GazetteerRecord(name=name, country=country, lat=point[0], lon=point[1], type=kind, geonameid=geonameid)


def test_resolution_error_classes():
    louisiana = (31.3113, -92.4451)
    egypt = record("Alexandria", (31.2, 29.92), "EG", geonameid=361058)
    virginia = record("Alexandria", (38.8048, -77.0469), "US", geonameid=4744091)
    us = record("U.S.", (38.0, -97.0), "US", kind="country", geonameid=6252001)
    gazetteer = FakeGazetteer([egypt, virginia, record("Alexandria", louisiana, "US", geonameid=4314550), us])

    def classify(text, predicted, gold, gid=None):
        predicted = predicted.to_place() if predicted is not None else None
        found = error("resolution", text, predicted=predicted, gold_lat=gold[0], gold_lon=gold[1], gold_geonameid=gid)
        return classify_error(found, gazetteer)

    assert classify("Xqzvillebury", None, PARIS) == "resolution: unresolved, name not in gazetteer"
    assert classify("Alexandria", None, louisiana) == "resolution: unresolved, candidates exist"
    assert classify("Xqzville County", None, louisiana).startswith("resolution: county / admin-2")
    assert classify("Alexandria", egypt, louisiana).startswith("resolution: wrong country")
    assert classify("Alexandria", virginia, louisiana).startswith("resolution: right country, wrong place")
    # Found by GeoNames id even when the gold point is not near the candidate's.
    assert classify("Alexandria", egypt, PARIS, gid=4744091).startswith("resolution: wrong country")
    # The right record, placed >161 km from the gold point: by id, or by the country the gold point lies in.
    assert "centre convention" in classify("U.S.", us, (40.5, -100.5), 6252001)
    assert "centre convention" in classify("U.S.", us, (40.5, -100.5))
    # No candidate near the gold point, and it lies in another country than the choice.
    assert classify("Alexandria", virginia, PARIS) == "resolution: right place not in gazetteer, wrong country chosen"
    assert classify("Alexandria", virginia, (45.0, -93.0)).startswith("resolution: right place not in gazetteer, same")


# --------------------------------------------------------------------------- real corpus, real pipeline


def test_first_trnews_documents(gazetteer):
    path = needs_corpus("trnews")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n")[:5]]
    report = evaluate_corpus(path, limit=5, gazetteer=gazetteer)
    assert report.documents == 5
    assert report.recognition.gold == report.gold_toponyms == sum(len(r["toponyms"]) for r in lines)
    assert report.recognition.recall > 0 and report.recognition.precision > 0
    points = sum(t["lat"] is not None for r in lines for t in r["toponyms"])
    assert report.oracle.gold == report.oracle.given == report.gold_with_point == points
    assert report.end_to_end.given <= report.recognition.exact
    for stats in (report.end_to_end, report.oracle):
        assert 0 <= stats.accuracy <= 1 and 0 <= stats.auc <= 1 and stats.resolved > 0
    assert report.seconds_end_to_end > 0
    json.dumps(report.to_json(errors=True))


@pytest.mark.slow
def test_whole_wiktor_oracle(gazetteer):
    report = evaluate_corpus(needs_corpus("wiktor"), gazetteer=gazetteer)
    assert report.oracle.given == report.gold_with_point == 25242
    assert report.recognition is None


# --------------------------------------------------------------------------- the command


def geomap(*args):
    return subprocess.run(
        [sys.executable, "-m", "geomap", *map(str, args)], capture_output=True, text=True, timeout=300
    )


def assert_input_error(result, fragment):
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("geomap: error:")
    assert fragment in result.stderr and "Traceback" not in result.stderr


def test_eval_command_errors(tmp_path):
    assert_input_error(geomap("eval", tmp_path / "none.jsonl"), "not found")
    assert_input_error(geomap("eval", tmp_path / "none.jsonl", "--limit", "0"), "--limit")
    event = write_corpus(tmp_path / "ev.jsonl", [{"id": "e", "text": "x", "toponyms": [], "source": "event_location"}])
    result = geomap("eval", event)
    assert_input_error(result, "no corpus could be scored")
    assert "skipping ev.jsonl" in result.stderr


def test_eval_command_json():
    result = geomap("eval", needs_corpus("trnews"), "--limit", "2", "--json")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.strip().split("\n")
    data = json.loads(line)
    assert data["corpus"] == "trnews" and data["documents"] == 2 and data["recognition"]["recall"] > 0
