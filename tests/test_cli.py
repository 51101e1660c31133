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


# Online geocoding, run in this process against the loopback stand-in
# (tests/fakegeocoder.py) so the NER model loads once.

ONLINE_TEXT = "Fighting continued near Klishchiivka in eastern Ukraine.\n"


@pytest.fixture
def run_cli(capsys):
    """``geomap ARGS`` in this process: (exit code, stdout, stderr)."""
    from geomap.cli import main

    def run(*args):
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture
def quick_online(monkeypatch):
    """No policy delays or retry waits against the stand-in."""
    from geomap.geocoders import online

    fast = online.OnlineOptions(timeout=5.0, max_retries=1, error_wait_seconds=0.0, min_delay_seconds=0.0)
    monkeypatch.setattr(online, "DEFAULT_OPTIONS", fast)


@pytest.fixture
def online_article(tmp_path):
    path = tmp_path / "klishchiivka.txt"
    path.write_text("Fighting near Klishchiivka\n" + ONLINE_TEXT, encoding="utf-8")
    return path


def test_default_runs_never_open_a_socket(monkeypatch, run_cli, tmp_path, geocode_cache, online_article):
    import socket

    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)  # recorded: a caller might swallow the error below
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    code, out, err = run_cli("extract", online_article, "--json")
    assert code == 0, err
    mention = next(m for m in json.loads(out)["mentions"] if m["text"] == "Klishchiivka")
    assert mention["place"] is None  # offline lacks it, and offline is all a default run asks
    code, _, err = run_cli("map", online_article, "-o", tmp_path / "map.html")
    assert code == 0, err
    assert "warning" not in err
    assert attempts == []
    assert not geocode_cache.path.exists()


def test_online_map_places_the_name_then_reruns_from_the_cache(
    run_cli, fake_geocoder, geocode_cache, quick_online, online_article, tmp_path
):
    out = tmp_path / "map.html"
    args = ("map", online_article, "-o", out, "--geocoder", "photon", "--geocoder-url", fake_geocoder.url)
    code, _, err = run_cli(*args)
    assert code == 0, err
    assert "warning" not in err
    first = out.read_bytes()
    assert b"Klishchiivka" in first and b"located online by photon" in first
    assert b"OpenStreetMap contributors (ODbL), via Photon" in first
    assert len(fake_geocoder.requests) == 1

    code, _, err = run_cli(*args)
    assert code == 0, err
    assert len(fake_geocoder.requests) == 1  # the rerun asked nothing
    assert out.read_bytes() == first  # and the cache's timestamps changed no byte


def test_online_extract_marks_online_places(run_cli, fake_geocoder, geocode_cache, quick_online, online_article):
    code, out, err = run_cli(
        "extract", online_article, "--geocoder", "nominatim", "--user-agent", "geomap-tests/1",
        "--geocoder-url", fake_geocoder.url,
    )
    assert code == 0, err
    place = next(m for m in json.loads(out)["mentions"] if m["text"] == "Klishchiivka")["place"]
    assert place["geocoder"] == "nominatim" and place["geonameid"] is None and place["country"] == "UA"
    assert fake_geocoder.requests[0].params["countrycodes"] == "ua"
    assert fake_geocoder.requests[0].user_agent == "geomap-tests/1"


@pytest.mark.parametrize("mode", ["429", "garbage", "html"])
def test_a_failing_service_still_makes_the_map_with_one_warning(
    run_cli, fake_geocoder, geocode_cache, quick_online, online_article, tmp_path, mode
):
    fake_geocoder.mode = mode
    out = tmp_path / "map.html"
    args = ("--geocoder", "photon", "--geocoder-url", fake_geocoder.url)
    code, _, err = run_cli("map", online_article, "-o", out, *args)
    assert code == 0, err
    warnings = [line for line in err.splitlines() if line.startswith("geomap: warning:")]
    assert len(warnings) == 1 and "photon geocoding failed" in warnings[0] and "Klishchiivka" in warnings[0]
    assert "Traceback" not in err
    assert out.exists() and b"located online" not in out.read_bytes()


def test_online_geocoding_needs_what_the_service_requires(run_cli, geocode_cache, online_article, tmp_path):
    out = tmp_path / "map.html"
    for args, message in [
        (("--geocoder", "nominatim"), "needs --user-agent"),
        (("--geocoder", "mapquest"), "unknown geocoder 'mapquest'; choose offline, nominatim, photon, arcgis"),
        (("--user-agent", "me"), "need an online --geocoder"),
        (("--geocoder", "photon", "--geocoder-url", "localhost:1"), "--geocoder-url must look like"),
    ]:
        code, _, err = run_cli("map", online_article, "-o", out, *args)
        assert code == 2 and err.startswith("geomap: error:") and message in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_cache_status_and_clear(run_cli, fake_geocoder, geocode_cache, quick_online, online_article):
    code, out, _ = run_cli("cache", "status")
    assert code == 0 and out == f"path: {geocode_cache.path}\nsize: 0 B\nentries: none\n"
    for name in ("photon", "arcgis"):
        run_cli("extract", online_article, "--geocoder", name, "--geocoder-url", fake_geocoder.url)
    geocode_cache.put("photon", "nowhere", {}, [])
    code, out, _ = run_cli("cache", "status")
    lines = out.splitlines()
    assert code == 0 and lines[0] == f"path: {geocode_cache.path}" and lines[1].endswith("KiB")
    assert lines[2:] == ["arcgis: 1 entries (1 found, 0 not found)", "photon: 2 entries (1 found, 1 not found)"]
    cleared = run_cli("cache", "clear", "--geocoder", "photon")[1]
    assert cleared == f"cleared 2 photon entries from {geocode_cache.path}\n"
    assert run_cli("cache", "clear")[1] == f"cleared 1 entry from {geocode_cache.path}\n"
    assert run_cli("cache", "status")[1].endswith("entries: none\n")


def test_online_jsonl_runs_in_one_process(run_cli, fake_geocoder, geocode_cache, quick_online, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join(json.dumps({"id": str(i), "text": ONLINE_TEXT}) + "\n" for i in range(3)), encoding="utf-8"
    )
    online = ("--geocoder", "photon", "--geocoder-url", fake_geocoder.url)
    code, out, err = run_cli("extract", "--jsonl", source, *online)
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["id"] for r in rows] == ["0", "1", "2"]
    assert all(m["place"]["geocoder"] == "photon" for r in rows for m in r["mentions"] if m["text"] == "Klishchiivka")
    assert len(fake_geocoder.requests) == 1  # one name, asked once for all three articles
    code, _, err = run_cli("extract", "--jsonl", source, "--workers", "2", *online)
    assert code == 2 and "one process" in err and len(err.splitlines()) == 1
