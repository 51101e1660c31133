"""Incremental builds: a map is redrawn only when what decides its bytes changed, and never half-written."""

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from geomap import manifest
from geomap.atomic import write_atomic
from geomap.cli import main, map_parser
from geomap.errors import InputError
from geomap.mapsfile import load_maps_file

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "us-russia-geneva-talks.txt"

MAPS = """\
[defaults]
title = "Situation"

[[map]]
name = "one"
articles = "seeds/one.txt"
output = "output/one.html"

[[map]]
name = "two"
articles = ["seeds/two.txt"]
output = "output/two.html"
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "seeds").mkdir()
    for name in ("one", "two"):
        (tmp_path / "seeds" / f"{name}.txt").write_text(f"Article {name}\n\nTalks in Geneva.\n", encoding="utf-8")
    (tmp_path / "geomap.toml").write_text(MAPS, encoding="utf-8")
    return tmp_path


class FakeRender:
    """Draws a map as its arguments, through the real `geomap map` parser; counts the calls."""

    def __init__(self, fail_on=()):
        self.drawn = []
        self.overrides = {}
        self.fail_on = fail_on

    def __call__(self, argv, overrides=()):
        args = map_parser().parse_args(argv)
        name = Path(args.output).stem
        if name in self.fail_on:
            raise InputError(f"{name} cannot be drawn")
        self.drawn.append(name)
        self.overrides[name] = [o.to_json() for o in overrides]
        drawn = {"articles": [Path(a).read_text() for a in args.articles], "title": args.title}
        write_atomic(args.output, json.dumps(drawn))
        return f"wrote {args.output}"


def build(folder, render, **kwargs):
    outcomes = manifest.build_maps(load_maps_file(folder / "geomap.toml", map_parser()), render, **kwargs)
    return {o.name: o.status for o in outcomes}


def stamps(folder):
    return {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted((folder / "output").iterdir())}


def test_second_build_redraws_nothing(folder):
    render = FakeRender()
    assert build(folder, render) == {"one": "built", "two": "built"}
    before = stamps(folder)
    assert set(before) == {"one.html", "one.html.manifest.json", "two.html", "two.html.manifest.json"}
    assert build(folder, render) == {"one": "up to date", "two": "up to date"}
    assert render.drawn == ["one", "two"]
    assert stamps(folder) == before  # not even rewritten


def test_changed_article_content_redraws_only_its_map(folder):
    render = FakeRender()
    build(folder, render)
    article = folder / "seeds" / "two.txt"
    article.write_text(article.read_text() + "Troops near Kharkiv.\n")
    assert build(folder, render) == {"one": "up to date", "two": "built"}
    # A touch that leaves the content as it was is no change.
    article.write_text(article.read_text())
    assert build(folder, render) == {"one": "up to date", "two": "up to date"}
    assert render.drawn == ["one", "two", "two"]


def test_changed_option_redraws(folder):
    render = FakeRender()
    build(folder, render)
    maps_file = folder / "geomap.toml"
    maps_file.write_text(MAPS.replace('output = "output/two.html"', 'output = "output/two.html"\ntitle = "Other"'))
    assert build(folder, render) == {"one": "up to date", "two": "built"}
    maps_file.write_text(MAPS.replace('title = "Situation"', 'title = "Changed for all"'))
    assert build(folder, render) == {"one": "built", "two": "built"}


def test_missing_output_versions_and_force_redraw(folder, monkeypatch):
    render = FakeRender()
    build(folder, render)
    (folder / "output" / "one.html").unlink()
    assert build(folder, render) == {"one": "built", "two": "up to date"}
    assert build(folder, render, force=True) == {"one": "built", "two": "built"}
    newer = {**manifest.build_versions(), "data": "another-data-hash"}
    monkeypatch.setattr(manifest, "build_versions", lambda: newer)
    assert build(folder, render) == {"one": "built", "two": "built"}


def test_manifest_records_inputs_options_versions_outputs(folder):
    build(folder, FakeRender())
    record = json.loads((folder / "output" / "one.html.manifest.json").read_text())
    assert record["inputs"] == [
        {"path": "seeds/one.txt", "sha256": manifest._file_hash(folder / "seeds" / "one.txt")},
    ]
    assert record["options"] == {"title": "Situation", "output": "output/one.html"}
    assert set(record["versions"]) == {"geomap", "code", "data", "gazetteer", "model", "packages"}
    assert record["versions"]["model"].startswith("en_core_web_sm")
    assert "point of view" in record["point_of_view"]
    html = folder / "output" / "one.html"
    written = {"path": "output/one.html", "bytes": html.stat().st_size, "sha256": manifest._file_hash(html)}
    assert record["outputs"] == [written]


def test_a_failing_map_keeps_its_old_outputs_and_others_build(folder):
    build(folder, FakeRender())
    before = stamps(folder)
    for name in ("one", "two"):
        article = folder / "seeds" / f"{name}.txt"
        article.write_text(article.read_text() + "More news.\n")
    render = FakeRender(fail_on={"one"})
    outcomes = manifest.build_maps(load_maps_file(folder / "geomap.toml", map_parser()), render)
    assert [(o.name, o.status) for o in outcomes] == [("one", "failed"), ("two", "built")]
    assert "one cannot be drawn" in outcomes[0].summary()
    after = stamps(folder)
    assert after["one.html"] == before["one.html"]
    assert after["one.html.manifest.json"] == before["one.html.manifest.json"]
    assert after["two.html"] != before["two.html"]
    # Tried again on the next run, since its manifest no longer matches.
    assert build(folder, FakeRender()) == {"one": "built", "two": "up to date"}


def test_an_override_is_part_of_the_build_key(folder):
    render = FakeRender()
    build(folder, render)
    maps_file = folder / "geomap.toml"
    override = '\n[[map.override]]\ndrop = "Geneva"\n'
    edited = MAPS.replace('output = "output/one.html"\n', f'output = "output/one.html"\n{override}')
    maps_file.write_text(edited)
    assert build(folder, render) == {"one": "built", "two": "up to date"}
    assert render.overrides["one"] == [{"action": "drop", "name": "Geneva"}]
    record = json.loads((folder / "output" / "one.html.manifest.json").read_text())
    assert record["overrides"] == [{"action": "drop", "name": "Geneva"}]
    # Where it is written is not what it is: moving it rebuilds nothing.
    maps_file.write_text("# edits below\n\n" + edited)
    assert build(folder, render) == {"one": "up to date", "two": "up to date"}
    maps_file.write_text(edited.replace('drop = "Geneva"', 'drop = "Geneva"\nnote = "a person"'))
    assert build(folder, render) == {"one": "built", "two": "up to date"}
    assert render.overrides["one"] == [{"action": "drop", "name": "Geneva", "note": "a person"}]


def test_a_changed_overrides_file_rebuilds(folder):
    render = FakeRender()
    edits = folder / "edits.toml"
    edits.write_text('[[override]]\nname = "Geneva"\nnote = "first"\n')
    with_file = MAPS.replace('title = "Situation"', 'title = "Situation"\noverrides = "edits.toml"')
    (folder / "geomap.toml").write_text(with_file)
    assert build(folder, render) == {"one": "built", "two": "built"}
    assert build(folder, render) == {"one": "up to date", "two": "up to date"}
    edits.write_text('[[override]]\nname = "Geneva"\nnote = "second"\n')
    assert build(folder, render) == {"one": "built", "two": "built"}
    assert render.overrides["two"] == [{"action": "note", "name": "Geneva", "note": "second"}]


# The real thing: `geomap init` and `geomap build` in this process, drawn by `geomap map`'s code.


@pytest.fixture
def seeded(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    return tmp_path


def test_init_writes_a_file_that_builds_and_rebuilds_identically(seeded, capsys):
    maps_file = seeded / "geomap.toml"
    assert main(["init", str(maps_file)]) == 0
    assert main(["build", str(maps_file)]) == 0
    assert "built      us-russia-geneva-talks: wrote " in capsys.readouterr().out
    html = seeded / "output" / "us-russia-geneva-talks.html"
    record = Path(f"{html}.manifest.json")
    assert "leaflet" in html.read_text(encoding="utf-8").lower()
    first = stamps(seeded)

    assert main(["build", str(maps_file)]) == 0
    assert capsys.readouterr().out.startswith("up to date us-russia-geneva-talks: ")
    assert stamps(seeded) == first

    assert main(["build", "--force", str(maps_file)]) == 0
    assert "built" in capsys.readouterr().out
    assert html.read_bytes() == first[html.name][1]
    assert record.read_bytes() == first[record.name][1]  # byte-identical manifest
    assert html.stat().st_mtime_ns != first[html.name][0]  # yet really rewritten


def test_init_refuses_to_overwrite(seeded, capsys):
    maps_file = seeded / "geomap.toml"
    maps_file.write_text("# mine\n")
    assert main(["init", str(maps_file)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("geomap: error:") and "already exists" in err[0]
    assert maps_file.read_text() == "# mine\n"


def test_failing_map_exits_2_and_leaves_old_outputs(seeded, capsys):
    (seeded / "seeds" / "empty.txt").write_text("")
    maps_file = seeded / "geomap.toml"
    maps_file.write_text(
        textwrap.dedent(
            """\
            [[map]]
            name = "empty"
            articles = "seeds/empty.txt"
            output = "output/empty.html"

            [[map]]
            name = "seed"
            articles = "seeds/us-russia-geneva-talks.txt"
            output = "output/seed.html"
            """
        )
    )
    (seeded / "output").mkdir()
    (seeded / "output" / "empty.html").write_text("OLD MAP")
    assert main(["build", str(maps_file)]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip().splitlines() == ["geomap: error: 1 of 2 maps failed: empty"]
    assert "failed     empty: " in captured.out and "built      seed: " in captured.out
    assert (seeded / "output" / "empty.html").read_text() == "OLD MAP"
    assert not (seeded / "output" / "empty.html.manifest.json").exists()
    assert (seeded / "output" / "seed.html.manifest.json").exists()
    assert not list((seeded / "output").glob("*.tmp")) and not list((seeded / "output").glob(".*"))


def test_noop_build_loads_no_heavy_library(folder):
    """Deciding that nothing changed must not pay for spaCy, geopandas, shapely or folium."""
    build(folder, FakeRender())
    probe = textwrap.dedent(
        f"""
        import sys
        from geomap.cli import main
        assert main(["build", {str(folder / "geomap.toml")!r}]) == 0
        loaded = {{m.split(".")[0] for m in sys.modules}}
        heavy = sorted(loaded & {{"spacy", "geopandas", "shapely", "folium", "numpy"}})
        print("heavy:", heavy)
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("up to date") == 2
    assert "heavy: []" in result.stdout


STORY = (
    "Border tensions rise in the Caucasus\n\n"
    "GENEVA, March 3 - Diplomats from Armenia and Azerbaijan will hold talks in Geneva on Friday. "
    "About 2,000 troops are stationed in Georgia near the border with Armenia, officials said. "
    "Jordan sent observers to Yerevan.\n"
)

EDITED_MAP = """\
[[map]]
name = "caucasus"
articles = "story.txt"
output = "out/caucasus.html"

[[map.override]]
pin = "Georgia"
geonameid = 4197000
note = "The US state: a National Guard exercise"

[[map.override]]
add = "Gyumri"
lat = 40.79
lon = 43.85
role = "troop_position"
side = "RU"
troop_count = 3000
"""


def test_a_rebuild_keeps_the_analyst_edits(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    maps_file = tmp_path / "geomap.toml"
    maps_file.write_text(EDITED_MAP, encoding="utf-8")
    assert main(["build", str(maps_file)]) == 0, capsys.readouterr().err
    html = tmp_path / "out" / "caucasus.html"
    first = html.read_bytes()
    page = first.decode("utf-8")
    assert "Analyst edits (2)</h2>" in page
    assert "&#x27;Georgia&#x27; pinned to Georgia (US, admin1)" in page
    assert "The US state: a National Guard exercise" in page
    assert "gm-edited" in page
    assert main(["build", "--force", str(maps_file)]) == 0
    assert html.read_bytes() == first  # the edits are there again, byte for byte
    record = json.loads((tmp_path / "out" / "caucasus.html.manifest.json").read_text())
    assert [o["action"] for o in record["overrides"]] == ["pin", "add"]


def test_an_override_naming_no_mention_fails_the_map_with_its_line(tmp_path, capsys):
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    maps_file = tmp_path / "geomap.toml"
    maps_file.write_text(EDITED_MAP.replace('pin = "Georgia"', 'pin = "Gorgia"'), encoding="utf-8")
    assert main(["build", str(maps_file)]) == 2
    out = capsys.readouterr().out
    assert f"failed     caucasus: {maps_file}:6: pin 'Gorgia': no article of this map mentions 'Gorgia'" in out
    assert not (tmp_path / "out" / "caucasus.html").exists()
