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


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--viewpoint", "Narnia"], "unknown side 'Narnia'"),
        (["--viewpoint", "US", "--neutral", "KZ,QQ"], "unknown side 'QQ'"),
        (["--neutral", "KZ"], "--neutral needs --viewpoint"),
    ],
)
def test_unknown_sides_are_input_errors(tmp_path, options, message):
    out = tmp_path / "map.html"
    result = geomap("map", SEED, "-o", out, *options)
    assert_one_line_error(result)
    assert message in result.stderr
    assert not out.exists()


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


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--banner", "SECRET", "--banner-color", "#12"], "--banner-color: banner colour must be"),
        (["--banner", "SECRET", "--banner-color", "red;}</style>"], "--banner-color: banner colour must be"),
        (["--banner-color", "red"], "--banner-color needs --banner TEXT"),
        (["--as-of", "soon"], "--as-of must be a date like 2022-01-10"),
        (["--as-of", "Jan 10"], "--as-of must be a date like 2022-01-10"),
    ],
)
def test_bad_briefing_options_keep_old_output(tmp_path, options, message):
    out = tmp_path / "map.html"
    out.write_text("OLD MAP", encoding="utf-8")
    result = geomap("map", SEED, "-o", out, *options)
    assert_one_line_error(result)
    assert message in result.stderr
    assert out.read_text(encoding="utf-8") == "OLD MAP"


def test_briefing_options_reach_the_map(tmp_path):
    article = tmp_path / "a.json"
    article.write_text(
        json.dumps(
            {
                "text": "Envoys met in Vienna on Monday.",
                "title": "Envoys meet",
                "date": "2022-01-10",
                "url": "https://news.test/envoys",
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "map.html"
    options = ["--as-of", "12 January 2022", "--banner", "UNCLASSIFIED", "--banner-color", "green", "--hide-panel"]
    result = geomap("map", article, "-o", out, *options)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert '<div class="gm-sub">As of <span class="gm-as-of">2022-01-12</span></div>' in html
    assert '<div class="gm-banner gm-banner-top" role="note">UNCLASSIFIED</div>' in html
    assert "background: #007a33;" in html
    assert 'class="gm-box gm-panel gm-panel-hidden"' in html
    assert '<a href="https://news.test/envoys" target="_blank" rel="noopener noreferrer">Envoys meet</a>' in html
