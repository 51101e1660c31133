"""The command line as a user meets it: exit codes, one-line errors, atomic outputs."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "seeds" / "us-russia-geneva-talks.txt"


def geomap(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "geomap", *map(str, args)], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def assert_one_line_error(result):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("geomap: error:")
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("name", "content"),
    [("empty.txt", b""), ("binary.txt", b"\x00\x01\x02\xff\xfe"), ("latin1.txt", b"Caf\xe9 de Gen\xe8ve")],
)
def test_bad_article_keeps_old_output(tmp_path, name, content):
    article = tmp_path / name
    article.write_bytes(content)
    out = tmp_path / "map.html"
    out.write_text("OLD MAP", encoding="utf-8")
    result = geomap("map", article, "-o", out)
    assert_one_line_error(result)
    assert out.read_text(encoding="utf-8") == "OLD MAP"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_article(tmp_path):
    result = geomap("map", tmp_path / "missing.txt", "-o", tmp_path / "map.html")
    assert_one_line_error(result)
    assert "not found" in result.stderr
    assert not (tmp_path / "map.html").exists()


def test_unwritable_output(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = geomap("map", SEED, "-o", blocker / "map.html")
    assert_one_line_error(result)
    assert "cannot write" in result.stderr


def test_usage_error_is_one_line():
    result = geomap("map")
    assert_one_line_error(result)


def test_extract_prints_the_contract():
    result = geomap("extract", SEED, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    text = SEED.read_text(encoding="utf-8")
    assert data["mentions"], "the seed names places"
    for mention in data["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["text"]
        assert mention["kind"] in ("toponym", "demonym")
        assert mention["role"] in ("meeting_venue", "troop_position", "disputed_territory", "actor", "other")
        assert 0.0 <= mention["confidence"] <= 1.0
        start, end = mention["sentence"]
        assert start <= mention["start"] < mention["end"] <= end
        if mention["place"] is not None:
            assert set(mention["place"]) >= {"name", "country", "lat", "lon", "type", "geonameid"}


def test_extract_jsonl_one_line_per_input(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "text": "Envoys met in Vienna on Monday."})
        + "\n"
        + json.dumps({"id": "b", "text": "Talks moved to Brussels."})
        + "\n",
        encoding="utf-8",
    )
    result = geomap("extract", "--jsonl", source)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["mentions"][0]["place"]["country"] == "AT"
    assert lines[1]["mentions"][0]["place"]["country"] == "BE"


def test_geocode_lists_ranked_candidates():
    result = geomap("geocode", "Kiev", "--limit", "3")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "Kyiv" in first and "UA" in first


def test_geocode_unknown_name_is_input_error():
    assert_one_line_error(geomap("geocode", "Xqzzyville"))


def test_batch_writes_a_folder_and_one_summary_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "x", "text": "Troops were sent to Kharkiv, Ukraine, on Tuesday."}) + "\n" + "{broken\n",
        encoding="utf-8",
    )
    result = geomap("batch", source, "--out", tmp_path / "out", "--workers", "1")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # no progress bar when stderr is not a terminal
    assert lines[0].startswith("geomap: batch: 2 articles: 1 mapped, 0 skipped as done, 1 failed")
    assert (tmp_path / "out" / "index" / "r0001-p00000.jsonl").exists()

    drawn = geomap("map", "--from", tmp_path / "out", "-o", tmp_path / "corpus.html")
    assert drawn.returncode == 0, drawn.stderr
    assert "window.gmCorpus" in (tmp_path / "corpus.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "{tmp}", "-o", "{tmp}/map.html"],  # not a batch folder
        ["--from", "{tmp}/missing", "-o", "{tmp}/map.html"],
        ["{seed}", "--from", "{tmp}", "-o", "{tmp}/map.html"],
        ["-o", "{tmp}/map.html"],
    ],
)
def test_corpus_map_bad_input_is_one_line(tmp_path, args):
    result = geomap("map", *[a.format(tmp=tmp_path, seed=SEED) for a in args])
    assert_one_line_error(result)
    assert not (tmp_path / "map.html").exists()


@pytest.mark.parametrize(
    "args",
    [
        ["{tmp}/missing.jsonl", "--out", "{tmp}/out"],
        ["{tmp}/none-*.txt", "--out", "{tmp}/out"],
        ["{seed}", "--out", "{seed}"],
        ["{seed}", "--out", "{tmp}/out", "--workers", "0"],
        ["{seed}", "--out", "{tmp}/out", "--workers", "2", "--scheduler", "tcp://127.0.0.1:9"],
        ["{seed}"],
    ],
)
def test_batch_bad_input_is_one_line(tmp_path, args):
    result = geomap("batch", *[a.format(tmp=tmp_path, seed=SEED) for a in args])
    assert_one_line_error(result)


def test_batch_unreachable_scheduler_is_one_line(tmp_path):
    result = geomap("batch", SEED, "--out", tmp_path / "out", "--scheduler", "tcp://127.0.0.1:9")
    assert_one_line_error(result)
    assert "cannot reach the Dask scheduler" in result.stderr
