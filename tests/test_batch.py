"""geomap.batch: inputs, resuming by content hash, failures, and a real dask.distributed cluster."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pandas
import pytest
import shapely.geometry

from geomap.batch import read_inputs, run_batch, tail_chunk_size
from geomap.batch_output import BatchFolder, item_rows, mentions_line
from geomap.errors import InputError

EVAL = Path("/work/shared/eval")

#: Short texts with places, forces and a meeting, so each article yields items.
ARTICLES = [
    {"id": "a", "text": "Russia has massed 100,000 troops near the border with Ukraine, officials in Kyiv said."},
    {"id": "b", "text": "Talks between the United States and Russia will be held in Geneva on Monday."},
    {"id": "c", "text": "Flooding hit villages near Dhaka, Bangladesh, and aid arrived from India on Friday."},
]


def write_jsonl(path: Path, records: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_rerun_skips_done_articles_and_appends_new_ones(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out"
    first = run_batch(str(source), out, progress=False)
    assert (first.mapped, first.skipped, first.failed) == (3, 0, 0)
    items = BatchFolder(out).read_items()
    assert first.items == len(items) > 0
    assert set(items["article_id"]) == {"a", "b", "c"}

    again = run_batch(str(source), out, progress=False)
    assert (again.mapped, again.skipped) == (0, 3)
    assert BatchFolder(out).read_items().equals(items)

    write_jsonl(source, [*ARTICLES, {"id": "d", "text": "Protesters gathered in Minsk, the capital of Belarus."}])
    more = run_batch(str(source), out, progress=False)
    assert (more.mapped, more.skipped) == (1, 3)
    folder = BatchFolder(out)
    assert {p[:5] for p in folder.parts()} == {"r0001", "r0002"}  # the run that skipped all left no part
    assert set(folder.read_items()["article_id"]) == {"a", "b", "c", "d"}
    assert [r["id"] for r in folder.read_mentions()] == ["a", "b", "c", "d"]


def test_force_redoes_articles_and_keeps_one_copy(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    out = tmp_path / "out"
    run_batch(str(source), out, progress=False)
    before = BatchFolder(out).read_items()
    forced = run_batch(str(source), out, force=True, progress=False)
    assert (forced.mapped, forced.skipped) == (3, 0)
    folder = BatchFolder(out)
    after = folder.read_items()
    parts = folder.parts()  # the superseded part is gone, not just hidden
    assert parts and all(part.startswith("r0002-") for part in parts)
    assert len(after) == len(before)
    assert after.drop(columns="part").equals(before.drop(columns="part"))


def test_changed_text_is_a_new_article(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    out = tmp_path / "out"
    run_batch(str(source), out, progress=False)
    edited = {**ARTICLES[0], "text": ARTICLES[0]["text"].replace("100,000", "90,000")}
    write_jsonl(source, [edited])
    assert run_batch(str(source), out, progress=False).mapped == 1


def test_bad_articles_are_recorded_and_the_batch_goes_on(tmp_path, monkeypatch):
    import geomap.pipeline

    real_situate = geomap.pipeline.situate

    def situate(article, *args, **kwargs):
        if "POISON" in article.text:
            raise RuntimeError("cannot situate this one")
        return real_situate(article, *args, **kwargs)

    monkeypatch.setattr(geomap.pipeline, "situate", situate)
    records = [
        ARTICLES[0],
        "{not json",
        {"id": "empty", "text": "  "},
        {"id": "poison", "text": "POISON was found in Paris, France."},
        ARTICLES[1],
    ]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out"
    summary = run_batch(str(source), out, progress=False)
    assert (summary.mapped, summary.failed) == (2, 3)
    assert "3 failed" in summary.line()
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [f["source"] for f in failures] == [f"{source}:2", f"{source}:3", f"{source}:4"]
    assert "not valid JSON" in failures[0]["error"]
    assert "'text' field is missing or empty" in failures[1]["error"]
    assert failures[2]["id"] == "poison" and "RuntimeError: cannot situate this one" in failures[2]["error"]
    assert set(BatchFolder(out).read_items()["article_id"]) == {"a", "b"}

    # Failed articles are retried by the next run; one that now succeeds leaves the failures file.
    monkeypatch.setattr(geomap.pipeline, "situate", real_situate)
    retry = run_batch(str(source), out, progress=False)
    assert (retry.mapped, retry.skipped, retry.failed) == (1, 2, 2)
    failures = [json.loads(line) for line in (out / "failures.jsonl").read_text().splitlines()]
    assert [f["source"] for f in failures] == [f"{source}:2", f"{source}:3"]


def test_a_dying_worker_fails_the_waves_in_flight_and_the_batch_goes_on(tmp_path, monkeypatch):
    import os

    import geomap.pipeline

    real_situate = geomap.pipeline.situate

    def situate(article, *args, **kwargs):
        if "KILLER" in article.text:
            os._exit(3)  # as an out-of-memory kill would: no exception, the process is gone
        return real_situate(article, *args, **kwargs)

    monkeypatch.setattr(geomap.pipeline, "situate", situate)  # the forked workers inherit it
    good = [{"id": f"g{i}", "text": f"Officials met in Vienna on day {i}."} for i in range(47)]
    # Waves of 2 workers x 4 chunks of 1 article, two in flight: the killer opens the third wave,
    # sent once the first is done.  It breaks the pool; the other wave in flight then (the
    # second or the fourth) dies with it; a fresh pool maps the rest.
    records = [*good[:16], {"id": "killer", "text": "KILLER in Rome."}, *good[16:]]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    summary = run_batch(str(source), tmp_path / "out", workers=2, chunk_size=1, progress=False)
    failures = [json.loads(line) for line in (tmp_path / "out" / "failures.jsonl").read_text().splitlines()]
    failed = {f["id"] for f in failures}
    waves = [{r["id"] for r in records[start : start + 8]} for start in range(0, len(records), 8)]
    assert waves[2] <= failed <= waves[1] | waves[2] | waves[3]
    assert len(failed) in (8, 16)
    assert all("chunk failed" in f["error"] for f in failures)
    assert (summary.mapped, summary.failed) == (len(records) - len(failed), len(failed))


def test_folder_and_glob_inputs(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text("Geneva talks\n\n" + ARTICLES[1]["text"], encoding="utf-8")
    (folder / "two.html").write_text(f"<html><title>Flood</title><p>{ARTICLES[2]['text']}</p></html>")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    (folder / "notes.csv").write_text("ignored", encoding="utf-8")
    total, entries = read_inputs(str(folder))
    entries = list(entries)
    assert total == 3
    assert [Path(e.source).name for e in entries] == ["bad.txt", "one.txt", "two.html"]
    assert entries[0].article is None and "binary" in entries[0].error
    assert [e.article.id for e in entries[1:]] == ["one", "two"]
    total, entries = read_inputs(str(folder / "*.txt"))
    assert total == 2
    summary = run_batch(str(folder), tmp_path / "out", progress=False)
    assert (summary.mapped, summary.failed) == (2, 1)


@pytest.mark.parametrize("spec", ["missing.jsonl", "nothing-*.txt", "empty-folder"])
def test_input_that_names_nothing_is_an_input_error(tmp_path, spec):
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(InputError):
        read_inputs(str(tmp_path / spec))


def test_items_table_schema(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", ARTICLES[:1])
    run_batch(str(source), tmp_path / "out", progress=False)
    items = BatchFolder(tmp_path / "out").read_items()
    assert items.crs.to_epsg() == 4326
    for column in ("article_id", "item_id", "kind", "role", "side", "troop_count", "troop_low", "troop_high",
                   "unit", "date", "label", "confidence", "geometry"):
        assert column in items.columns
    forces = items[items["troop_low"].notna()]
    assert len(forces) >= 1
    assert (forces["troop_low"] <= forces["troop_high"]).all()
    countries = pandas.read_parquet(tmp_path / "out" / "item_countries.parquet")
    assert set(countries.columns) == {"article_hash", "item_id", "country"}
    assert set(countries["item_id"]) <= set(items["item_id"])


def test_items_table_keeps_joint_sides_and_attribution(tmp_path):
    # the GeoJSON export's comma-joined columns: a force of two sides, a claim of two capitals
    text = (
        "Iraqi and American forces entered Mosul on Monday. "
        "Washington and Kiev say Russian troops are massed near the border with Ukraine."
    )
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "joint", "text": text}])
    run_batch(str(source), tmp_path / "out", progress=False)
    items = BatchFolder(tmp_path / "out").read_items().set_index("label")
    assert items.loc["Mosul", "sides"] == "IQ,US"
    assert items.loc["Russia–Ukraine border", "attribution"] == "US,UA"
    assert pandas.isna(items.loc["Russia–Ukraine border", "sides"])


def test_uncommitted_part_files_are_removed(tmp_path):
    folder = BatchFolder(tmp_path / "out")
    folder.prepare()
    orphan = folder.path / "items" / "r0007-p00000.parquet"
    orphan.write_bytes(b"half a file")
    assert folder.next_run() == 8  # never reuse a name a dead run wrote
    folder.prepare()
    assert not orphan.exists()
    assert folder.parts() == []


def test_out_that_is_a_file_is_an_input_error(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(InputError):
        BatchFolder(blocker).prepare()


# -- a real dask.distributed cluster ----------------------------------------------------------

#: (corpus, documents): short event sentences and longer local news, ~200 articles.
CLUSTER_SAMPLE = (("event_location", 160), ("lgl", 40))


@pytest.fixture(scope="module")
def corpus_sample(tmp_path_factory) -> Path:
    if not all((EVAL / f"{name}.jsonl").exists() for name, _ in CLUSTER_SAMPLE):
        pytest.skip(f"corpora not found in {EVAL}")
    path = tmp_path_factory.mktemp("sample") / "sample.jsonl"
    with open(path, "w", encoding="utf-8") as out:
        for name, count in CLUSTER_SAMPLE:
            with open(EVAL / f"{name}.jsonl", encoding="utf-8") as corpus:
                for line in itertools.islice(corpus, count):
                    record = json.loads(line)
                    out.write(json.dumps({"id": record["id"], "text": record["text"]}) + "\n")
    return path


def test_local_cluster_result_equals_single_process(corpus_sample, tmp_path, gazetteer):
    from distributed import Client, LocalCluster

    from geomap.pipeline import map_articles

    _, entries = read_inputs(str(corpus_sample))
    entries = list(entries)
    situations = map_articles([e.article for e in entries], gazetteer=gazetteer)
    expected_rows, expected_mentions = [], []
    for entry, situation in zip(entries, situations, strict=True):
        expected_rows.extend(item_rows(situation, entry.hash, ""))
        expected_mentions.append(json.loads(mentions_line(situation, entry.hash)))

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        # By address, as `geomap batch --scheduler` does (its client is not the process's default).
        summary = run_batch(str(corpus_sample), tmp_path / "out", scheduler=cluster.scheduler_address, progress=False)
        with Client(cluster, set_as_default=False) as client:
            # Each worker holds the plugin and one loaded model (load_nlp is cached per process).
            workers = set(client.nthreads())
            assert client.run(lambda dask_worker: "geomap" in dask_worker.plugins) == dict.fromkeys(workers, True)
            assert client.run(_loaded_models) == dict.fromkeys(workers, 1)
    assert (summary.mapped, summary.failed) == (len(entries), 0)
    assert len(BatchFolder(tmp_path / "out").parts()) > 2  # the work was really split

    folder = BatchFolder(tmp_path / "out")
    items = folder.read_items().sort_values(["article_hash", "item_id"], kind="stable")
    assert len(items) == len(expected_rows) == summary.items > 0
    key = {(r["article_hash"], r["item_id"]): r for r in expected_rows}
    assert len(key) == len(expected_rows)
    for row in items.to_dict("records"):
        want = key[(row["article_hash"], row["item_id"])]
        for column in ("article_id", "kind", "role", "side", "troop_count", "troop_low", "troop_high",
                       "unit", "date", "label", "confidence", "sequence"):
            got = None if row[column] is pandas.NA else row[column]
            assert got == want[column], (row["item_id"], column)
        assert row["geometry"].equals_exact(shapely.geometry.shape(want["geometry"]), 1e-9)
    got_mentions = sorted(folder.read_mentions(), key=lambda r: r["hash"])
    assert got_mentions == sorted(expected_mentions, key=lambda r: r["hash"])


def _loaded_models() -> int:
    from geomap.nlp import load_nlp

    return load_nlp.cache_info().currsize


def test_chunks_shrink_as_the_input_runs_out():
    # Full chunks while much is unread; then a quarter of each worker's share of what is left.
    assert [tail_chunk_size(16, unread, 2) for unread in (1000, 128, 100, 20, 3, 0)] == [16, 16, 13, 3, 1, 1]
    assert tail_chunk_size(16, 1000, 1) == 16 and tail_chunk_size(16, 40, 1) == 10
