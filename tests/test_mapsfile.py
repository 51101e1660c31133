"""The maps file: keys come from the `geomap map` parser, and every error names its line and field."""

import argparse
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from geomap.cli import _Parser, map_parser
from geomap.mapsfile import MapsFileError, example_maps_file, load_maps_file, parse_maps_file

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "seeds").mkdir()
    for name in ("a.txt", "b.txt"):
        (tmp_path / "seeds" / name).write_text(f"Headline {name}\n\nTalks in Geneva.\n", encoding="utf-8")
    return tmp_path


def parse(folder, text, parser=None):
    path = folder / "geomap.toml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_maps_file(path, parser or map_parser())


def error_of(folder, text, parser=None) -> str:
    with pytest.raises(MapsFileError) as caught:
        parse(folder, text, parser)
    return str(caught.value)


def extended_parser():
    """`geomap map` as other options might grow it: keys must follow without this module knowing."""
    parser = _Parser(prog="geomap map")
    parser.add_argument("articles", nargs="+")
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--title")
    parser.add_argument("--png")
    parser.add_argument("--size", type=int)
    parser.add_argument("--viewpoint", choices=["neutral", "UA", "RU"])
    parser.add_argument("--hide-panel", action="store_true")
    parser.add_argument("--as-of")
    parser.add_argument("--legend", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--layer", action="append")
    parser.add_argument("--geojson", nargs="?", const="beside-the-html")
    return parser


def test_maps_defaults_and_globs(folder):
    maps = parse(
        folder,
        """
        [defaults]
        title = "Default title"
        tiles = "OpenStreetMap"

        [[map]]
        name = "all"
        articles = "seeds/*.txt"
        output = "output/all.html"

        [[map]]
        name = "one"
        articles = ["seeds/b.txt", "seeds/*.txt"]
        output = "output/one.html"
        title = "Own title"
        """,
    )
    first, second = maps.maps
    assert first.articles == (folder / "seeds" / "a.txt", folder / "seeds" / "b.txt")
    assert second.articles == (folder / "seeds" / "b.txt", folder / "seeds" / "a.txt")  # order kept, once each
    assert dict(first.options) == {"title": "Default title", "tiles": "OpenStreetMap", "output": "output/all.html"}
    assert dict(second.options)["title"] == "Own title"
    assert first.outputs == (folder / "output" / "all.html",)
    assert first.manifest == folder / "output" / "all.html.manifest.json"
    args = map_parser().parse_args(first.argv)
    assert Path(args.output).resolve() == folder / "output" / "all.html"
    assert args.title == "Default title" and args.tiles == "OpenStreetMap"
    assert [Path(a).resolve() for a in args.articles] == list(first.articles)


def test_keys_follow_the_map_parser(folder):
    maps = parse(
        folder,
        """
        [defaults]
        hide-panel = true
        legend = false

        [[map]]
        name = "x"
        articles = "seeds/a.txt"
        output = "x.html"
        png = "png/x.png"
        size = 1200
        viewpoint = "UA"
        as_of = 2022-01-10
        layer = ["troops", "talks"]
        """,
        extended_parser(),
    )
    spec = maps.maps[0]
    assert spec.outputs == (folder / "x.html", folder / "png" / "x.png")
    args = extended_parser().parse_args(spec.argv)
    assert (args.size, args.viewpoint, args.as_of) == (1200, "UA", "2022-01-10")
    assert (args.hide_panel, args.legend) == (True, False)
    assert args.layer == ["troops", "talks"]
    assert args.geojson is None


def test_an_optional_value_flag_takes_true(folder):
    text = '[[map]]\nname = "x"\narticles = "seeds/a.txt"\noutput = "x.html"\ngeojson = true\n'
    spec = parse(folder, text, extended_parser()).maps[0]
    assert spec.outputs == (folder / "x.html",)  # its path is the command's to choose
    assert extended_parser().parse_args(spec.argv).geojson == "beside-the-html"
    spec = parse(folder, text.replace("true", '"out/x.geojson"'), extended_parser()).maps[0]
    assert spec.outputs == (folder / "x.html", folder / "out" / "x.geojson")


@pytest.mark.parametrize(
    ("line", "bad", "expected"),
    [
        ("size = 'big'", 8, "size: argument --size: invalid int value: 'big'"),
        ("viewpoint = 'FR'", 8, "invalid choice: 'FR'"),
        ("hide_panel = 'yes'", 8, "hide_panel: expects true or false, not 'yes'"),
        ("title = 3", 8, "title: expects text in quotes, not 3"),
        ("png = true", 8, "png: expects a value, not true"),
        ("title = ['a', 'b']", 8, "title: expects one value, not a list of 2"),
    ],
)
def test_bad_values_name_line_and_field(folder, line, bad, expected):
    text = f"""\
        # a comment
        [[map]]
        name = "x"
        articles = "seeds/a.txt"
        output = "x.html"

        # the bad one
        {line}
        """
    message = error_of(folder, text, extended_parser())
    assert message.startswith(f"{folder / 'geomap.toml'}:{bad}: map 'x': ")
    assert expected in message


def test_unknown_key_is_an_error_with_its_line(folder):
    message = error_of(
        folder,
        """\
        [[map]]
        name = "x"
        articles = "seeds/a.txt"
        output = "x.html"

        [[map]]
        name = "y"
        articles = "seeds/b.txt"
        titel = "typo"
        output = "y.html"
        """,
    )
    assert ":9: map 'y': unknown key 'titel'" in message
    assert "title" in message  # the known keys are listed


def test_unknown_key_in_defaults_and_at_top(folder):
    text = '[defaults]\ntitle = "t"\ncolour = "red"\n[[map]]\nname = "x"\narticles = "seeds/a.txt"\noutput = "x.html"\n'
    assert ":3: [defaults]: unknown key 'colour'" in error_of(folder, text)
    assert ":1: unknown key 'maps'" in error_of(folder, '[[maps]]\nname = "x"\n')


def test_syntax_error_names_the_line(folder):
    message = error_of(folder, '[[map]]\nname = "x"\narticles = [\n\noutput = x.html\n')
    assert message.startswith(f"{folder / 'geomap.toml'}:5: ")


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        ('name = "x"\noutput = "x.html"', ":2: map 'x': no 'articles'"),
        ('name = "x"\narticles = []\noutput = "x.html"', ":4: map 'x': 'articles' must be a file or glob"),
        ('name = "x"\narticles = "news/*.txt"\noutput = "x.html"', ":4: map 'x': 'news/*.txt' matches no file"),
        ('name = "x"\narticles = "seeds/c.txt"\noutput = "x.html"', ":4: map 'x': article 'seeds/c.txt' not found"),
        ('name = "x"\narticles = "seeds/a.txt"', ":2: map 'x': no 'output'"),
        ('articles = "seeds/a.txt"\noutput = "x.html"', ":2: map #1: 'name' must be a non-empty string"),
    ],
)
def test_map_table_errors(folder, table, expected):
    assert expected in error_of(folder, f"# maps\n[[map]]\n{table}\n")


def test_two_maps_writing_one_output(folder):
    message = error_of(
        folder,
        """\
        [[map]]
        name = "x"
        articles = "seeds/a.txt"
        output = "out/x.html"

        [[map]]
        name = "y"
        articles = "seeds/b.txt"
        output = "out/../out/x.html"
        """,
    )
    assert ":9: map 'y' writes out/x.html, as does map 'x'" in message


def test_an_output_may_not_be_another_maps_png(folder):
    text = '[[map]]\nname = "x"\narticles = "seeds/a.txt"\noutput = "x.html"\npng = "y.html"\n'
    text += '[[map]]\nname = "y"\narticles = "seeds/b.txt"\noutput = "y.html"\n'
    assert ":9: map 'y' writes y.html, as does map 'x'" in error_of(folder, text, extended_parser())


def test_duplicate_names_and_empty_file(folder):
    text = '[[map]]\nname = "x"\narticles = "seeds/a.txt"\noutput = "x.html"\n'
    assert ":6: map 'x': a map of that name" in error_of(folder, text + text.replace("x.html", "z.html"))
    assert "declares no map" in error_of(folder, "# nothing yet\n")


def test_key_lines_skip_multiline_strings(folder):
    message = error_of(
        folder,
        '[[map]]\nname = "x"\ntitle = """\ntitel = no\n"""\narticles = "seeds/a.txt"\noutput = "x.html"\ntitel = "t"\n',
    )
    assert ":8: map 'x': unknown key 'titel'" in message


def test_example_parses_and_lists_the_options(folder):
    text = example_maps_file(folder, extended_parser())
    assert "#   viewpoint" in text and "#   hide_panel" in text
    maps = parse_maps_file(text, folder / "geomap.toml", map_parser())
    assert [m.name for m in maps.maps] == ["a", "b"]
    assert [m.articles for m in maps.maps] == [(folder / "seeds" / "a.txt",), (folder / "seeds" / "b.txt",)]


def test_committed_maps_file_maps_every_seed():
    maps = load_maps_file(ROOT / "geomap.toml", map_parser())
    declared = {a for m in maps.maps for a in m.articles}
    assert declared == set((ROOT / "seeds").glob("*.txt"))
    assert all(o.parent == ROOT / "output" for m in maps.maps for o in m.outputs)


def test_command_line_error_is_one_line(folder):
    (folder / "geomap.toml").write_text('[[map]]\nname = "x"\narticles = "seeds/a.txt"\noutput = "x.html"\nzoom = 3\n')
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "geomap", "build"]
    result = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=300, env=environment)
    assert result.returncode == 2
    assert result.stderr.startswith("geomap: error: geomap.toml:5: map 'x': unknown key 'zoom' (known: name, articles")
    assert len(result.stderr.splitlines()) == 1 and result.stdout == ""


# --- analyst overrides: [[map.override]] tables and an overrides file ---------------------

OVERRIDDEN = """\
    [[map]]
    name = "x"
    articles = "seeds/a.txt"
    output = "x.html"

    [[map.override]]
    pin = "Geneva"
    country = "CH"

    [[map]]
    name = "y"
    articles = "seeds/b.txt"
    output = "y.html"

    [[map.override]]
    drop = "Geneva"

    [[map.override]]
    name = "Geneva"
    role = "meeting_venue"
    note = "confirmed"
    """


def test_override_tables_belong_to_their_map(folder):
    maps = parse(folder, OVERRIDDEN)
    x, y = maps.maps
    assert [(o.action, o.name, o.country) for o in x.overrides] == [("pin", "Geneva", "CH")]
    assert [(o.action, o.note) for o in y.overrides] == [("drop", None), ("role", "confirmed")]
    assert y.overrides[1].origin == f"{folder / 'geomap.toml'}:18"
    assert "--overrides" not in x.argv  # applied by the build, not passed as options
    assert dict(x.options) == {"output": "x.html"}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('role = "meeting_venue"', 'role = "venue"', ":20: map 'y': override #2: 'role' must be one of"),
        ('note = "confirmed"', 'nota = "confirmed"', ":21: map 'y': override #2: name override: unknown key 'nota'"),
        ('drop = "Geneva"', 'drop = "Geneva"\nlat = 1', ":17: map 'y': override #1: drop override: unknown key 'lat'"),
        ('drop = "Geneva"', 'country = "CH"', ":15: map 'y': override #1: an override needs one of pin"),
    ],
)
def test_override_errors_name_line_and_key(folder, old, new, expected):
    message = error_of(folder, OVERRIDDEN.replace(old, new, 1))
    assert message.startswith(str(folder / "geomap.toml")) and expected in message, message


def test_override_must_be_tables(folder):
    text = '[[map]]\nname = "x"\narticles = "seeds/a.txt"\noutput = "x.html"\noverride = "Geneva"\n'
    assert ":5: map 'x': 'override' must be tables: [[map.override]]" in error_of(folder, text)


def test_an_overrides_file_is_read_into_the_map(folder):
    edits = folder / "edits.toml"
    edits.write_text('# analyst\n[[override]]\nname = "Geneva"\nnote = "n"\n', encoding="utf-8")
    text = OVERRIDDEN.replace('output = "x.html"', 'output = "x.html"\noverrides = "edits.toml"')
    x = parse(folder, text).maps[0]
    origins = [("note", f"{edits}:2"), ("pin", f"{folder / 'geomap.toml'}:7")]
    assert [(o.action, o.origin) for o in x.overrides] == origins  # the file's first, then the map's own
    assert "--overrides" not in x.argv
    assert dict(x.options)["overrides"] == "edits.toml"
    edits.write_text('[[override]]\nname = "Geneva"\n', encoding="utf-8")
    assert error_of(folder, text) == f"{edits}:1: override #1: name override 'Geneva': give a role, a note or both"
    edits.unlink()
    assert ":5: map 'x': overrides file 'edits.toml' not found" in error_of(folder, text)


def test_overrides_file_errors(folder):
    from geomap.mapsfile import load_overrides_file

    path = folder / "edits.toml"
    for text, expected in [
        ('[[override]]\npin = "A"\ncountry = "GE"\n\n[[override]]\npin = "B"\n', ":5: override #2: pin override"),
        ('[[overide]]\npin = "A"\n', ":1: unknown key 'overide'"),
        ('[[override]]\npin = "A\n', ":2: "),
    ]:
        path.write_text(text, encoding="utf-8")
        with pytest.raises(MapsFileError) as caught:
            load_overrides_file(path)
        assert str(caught.value).startswith(f"{path}{expected}"), caught.value
