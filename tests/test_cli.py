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
        (["--hidden-layers", "Meeting venues,Hills"], "--hidden-layers: no layer called 'Hills'"),
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
    options = [
        "--as-of", "12 January 2022", "--banner", "UNCLASSIFIED", "--banner-color", "green", "--hide-panel",
        "--subtitle", "Day 3",
    ]  # fmt: skip
    result = geomap("map", article, "-o", out, *options)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert '<div class="gm-sub">As of <span class="gm-as-of">2022-01-12</span> · Day 3</div>' in html
    assert '<div class="gm-banner gm-banner-top" role="note">UNCLASSIFIED</div>' in html
    assert "background: #007a33;" in html
    assert 'class="gm-box gm-panel gm-panel-hidden"' in html
    assert '<a href="https://news.test/envoys" target="_blank" rel="noopener noreferrer">Envoys meet</a>' in html


def test_map_needs_some_output(tmp_path):
    result = geomap("map", SEED)
    assert_one_line_error(result)
    assert "nothing to write" in result.stderr


def test_unwritable_png_keeps_old_outputs(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    out = tmp_path / "map.html"
    out.write_text("OLD MAP", encoding="utf-8")
    result = geomap("map", SEED, "-o", out, "--png", blocker / "map.png")
    assert_one_line_error(result)
    assert "cannot write" in result.stderr and "map.png" in result.stderr
    assert out.read_text(encoding="utf-8") == "OLD MAP"


@pytest.mark.parametrize("size", ["1920", "0x100", "big"])
def test_bad_png_size_is_one_line(tmp_path, size):
    assert_one_line_error(geomap("map", SEED, "--png", tmp_path / "map.png", "--size", size))
    assert not (tmp_path / "map.png").exists()


def test_size_without_png_is_one_line(tmp_path):
    assert_one_line_error(geomap("map", SEED, "-o", tmp_path / "map.html", "--size", "800x600"))


def test_two_outputs_on_one_file(tmp_path):
    out = tmp_path / "same"
    assert_one_line_error(geomap("map", SEED, "-o", out, "--geojson", out))


def test_missing_chromium_is_one_line_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CHROMIUM", str(tmp_path / "no-chromium"))
    out = tmp_path / "map.html"
    out.write_text("OLD MAP", encoding="utf-8")
    result = geomap("map", SEED, "-o", out, "--png", tmp_path / "map.png")
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert result.stderr.startswith("geomap: error: --png needs Chromium at")
    assert out.read_text(encoding="utf-8") == "OLD MAP"


def test_failed_shot_leaves_every_old_output(tmp_path, monkeypatch):
    """Chromium that dies at launch: nothing is written, not even the HTML made before the shot."""
    monkeypatch.setenv("GEOMAP_CHROMIUM", "/bin/false")
    out, geojson = tmp_path / "map.html", tmp_path / "map.geojson"
    out.write_text("OLD MAP", encoding="utf-8")
    geojson.write_text("OLD GEOJSON", encoding="utf-8")
    result = geomap("map", SEED, "-o", out, "--geojson", geojson, "--png", tmp_path / "map.png")
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert out.read_text(encoding="utf-8") == "OLD MAP"
    assert geojson.read_text(encoding="utf-8") == "OLD GEOJSON"
    assert not (tmp_path / "map.png").exists()


def test_rebuild_is_byte_identical(tmp_path):
    """The seed built twice, in two processes: the same HTML, GeoJSON and embed snippet, byte for byte."""
    builds = []
    for name in ("first", "second"):
        folder = tmp_path / name
        folder.mkdir()
        outputs = ["-o", folder / "map.html", "--geojson", folder / "map.geojson", "--embed", folder / "embed.html"]
        result = geomap("map", SEED, *outputs)
        assert result.returncode == 0, result.stderr
        builds.append({p.name: p.read_bytes() for p in folder.iterdir()})
    assert sorted(builds[0]) == ["embed.html", "map.geojson", "map.html"]
    for name, data in builds[0].items():
        assert data == builds[1][name], f"{name} differs between two builds"
    collection = json.loads(builds[0]["map.geojson"])
    assert collection["type"] == "FeatureCollection" and collection["features"]


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="no Chromium at /usr/bin/chromium")
def test_png_from_the_command_line(tmp_path):
    import struct

    out = tmp_path / "map.png"
    result = geomap("map", SEED, "--png", out, "--size", "640x360")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (640, 360)


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


def test_map_applies_an_overrides_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Envoys meet\n\nDiplomats will hold talks in Vienna on Monday. Jordan sent observers.\n")
    edits = tmp_path / "edits.toml"
    edits.write_text('[[override]]\nname = "Vienna"\nnote = "Venue confirmed by both sides"\n', encoding="utf-8")
    out = tmp_path / "map.html"
    result = geomap("map", article, "-o", out, "--overrides", edits)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert "Analyst edits (1)</h2>" in html and "Venue confirmed by both sides" in html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[override]]\ndrop = "Vienna"\nsentence = 3\n', "edits.toml:3: override #1: 'sentence' must be non-empty"),
        ('[[override]]\ndrop = "Narnia"\n', "edits.toml:1: drop 'Narnia': no article of this map mentions 'Narnia'"),
        (None, "--overrides: no such file"),
    ],
)
def test_bad_overrides_keep_old_output(tmp_path, text, message):
    article = tmp_path / "a.txt"
    article.write_text("Envoys meet\n\nDiplomats will hold talks in Vienna on Monday.\n")
    edits = tmp_path / "edits.toml"
    if text is not None:
        edits.write_text(text, encoding="utf-8")
    out = tmp_path / "map.html"
    out.write_text("OLD")
    result = geomap("map", article, "-o", out, "--overrides", edits)
    assert_one_line_error(result)
    assert message in result.stderr
    assert out.read_text() == "OLD"


def test_extract_json_marks_what_the_analyst_edited(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Envoys meet\n\nDiplomats will hold talks in Vienna on Monday. Jordan sent observers.\n")
    edits = tmp_path / "edits.toml"
    edits.write_text('[[override]]\npin = "Vienna"\nlat = 48.2\nlon = 16.4\nlabel = "UN City"\n', encoding="utf-8")
    result = geomap("extract", article, "--json", "--overrides", edits)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    (vienna,) = [m for m in data["mentions"] if m["text"] == "Vienna"]
    assert vienna["edited_by"] == "analyst" and vienna["place"]["name"] == "UN City"
    assert all(m["edited_by"] is None for m in data["mentions"] if m["text"] != "Vienna")
    assert [e["kind"] for e in data["edits"]] == ["pin"]
    assert_one_line_error(geomap("extract", "--jsonl", article, "--overrides", edits))


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


@pytest.mark.parametrize("width", ["0", "-5", "wide", "nan", "501"])
def test_border_band_needs_a_sensible_depth(tmp_path, width):
    out = tmp_path / "map.html"
    result = geomap("map", SEED, "-o", out, "--border-band", width)
    assert_one_line_error(result)
    assert "--border-band" in result.stderr and "depth in km" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["map", "--from", "{tmp}", "-o", "{tmp}/map.html", "--border-band", "30"], "for article maps"),
        (["extract", "--jsonl", "{tmp}/in.jsonl", "--border-band", "30"], "not --jsonl"),
    ],
)
def test_border_band_where_it_cannot_apply_is_one_line(tmp_path, args, message):
    (tmp_path / "in.jsonl").write_text('{"id": "a", "text": "Troops massed in Kursk."}\n', encoding="utf-8")
    result = geomap(*[a.format(tmp=tmp_path) for a in args])
    assert_one_line_error(result)
    assert message in result.stderr


def test_extract_with_a_border_band_draws_the_seed_force_as_an_area(run_cli):
    code, out, err = run_cli("extract", SEED, "--json", "--border-band", "50")
    assert code == 0, err
    (force,) = [i for i in json.loads(out)["items"] if i["kind"] == "border" and i["role"] == "troop_position"]
    assert force["geometry"]["type"] in ("Polygon", "MultiPolygon")
    assert (force["side"], force["troop_count"]) == ("RU", 100_000)
