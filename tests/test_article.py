"""Loading articles: formats, headlines, and every way a file can be bad."""

import json

import pytest

from geomap.article import guess_title, iter_jsonl_articles, load_article
from geomap.errors import InputError


def test_text_article_keeps_exact_text_and_headline(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Talks open in Geneva\n\nGENEVA (Reuters) - Envoys met.\n", encoding="utf-8")
    article = load_article(path)
    assert article.text == path.read_text(encoding="utf-8")
    assert article.title == "Talks open in Geneva"
    assert article.id == "story"


def test_date_option_overrides(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody.", encoding="utf-8")
    assert load_article(path, date="2022-01-10").date == "2022-01-10"


def test_date_option_is_read_as_iso(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nBody.", encoding="utf-8")
    assert load_article(path, date="2022-01-10T08:00:00Z").date == "2022-01-10"
    with pytest.raises(InputError, match="ISO date"):
        load_article(path, date="10/01/2022")  # day/month or month/day: refused, not guessed


def test_html_article_drops_scripts_and_reads_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><meta property='article:published_time' content='2022-01-10T08:00'>"
        "<script>var x = 'Paris';</script></head><body><p>Troops massed near Kharkiv.</p></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert "Kharkiv" in article.text and "var x" not in article.text
    assert article.title == "T" and article.date == "2022-01-10"


def test_json_article(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"id": "x1", "text": "Talks in Vienna.", "title": "Vienna"}), encoding="utf-8")
    article = load_article(path)
    assert (article.id, article.title, article.text) == ("x1", "Vienna", "Talks in Vienna.")


def test_jsonl_articles_and_bad_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Kyiv"}\n\n{"id": "b", "text": "Minsk"}\n', encoding="utf-8")
    assert [a.id for a in iter_jsonl_articles(path)] == ["a", "b"]
    path.write_text('{"id": "a", "text": "Kyiv"}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match=":2: not valid JSON"):
        list(iter_jsonl_articles(path))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not UTF-8|binary"),
        (b"caf\xe9 in Paris", "not UTF-8"),
        (b"text\x00with nul", "binary"),
    ],
)
def test_bad_files_are_input_errors(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        load_article(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        load_article(tmp_path)


def test_guess_title_skips_body_sentences():
    assert guess_title("\n\nA headline\nBody.") == "A headline"
    assert guess_title("This is a whole sentence that ends with a full stop.") == ""


def test_jsonl_line_separators_inside_strings(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "a", "text": "Kyiv\\u2028and\u2028Lviv\u0085"}\n', encoding="utf-8")
    (article,) = iter_jsonl_articles(path)
    assert article.text == "Kyiv\u2028and\u2028Lviv\u0085"
