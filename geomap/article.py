"""Load articles from .txt, .html, .json and .jsonl files.

Every check a user's file can fail lives here, so the pipeline only ever sees
decoded, non-empty text; each failure is an ``InputError`` with one line that
says what is wrong with which file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from .dates import dateline_date, iso_date
from .errors import InputError
from .model import Article

#: Control characters other than tab/newline/CR/form feed: their presence means
#: the file is not prose, whatever its encoding.
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f]")

#: A first line longer than this is body text, not a headline.
_MAX_TITLE_CHARS = 200


def load_article(path: str | Path, *, date: str | None = None) -> Article:
    """Read one article file; the format follows the file's extension.

    ``date`` (ISO) overrides any date found in the file.
    """
    given = iso_date(date) if date else None
    if date and given is None:
        raise InputError(f"article date must be an ISO date like 2022-01-10, not {date!r}")
    source = Path(path)
    text = _read_text(source)
    suffix = source.suffix.lower()
    if suffix in (".html", ".htm"):
        article = _article_from_html(text, source)
    elif suffix == ".json":
        article = article_from_record(_parse_json(text, source), source=str(source))
    else:
        article = Article(
            text=text, id=source.stem, source=str(source), title=guess_title(text), date=dateline_date(text)
        )
    if given:
        article = Article(**{**article.__dict__, "date": given})
    return article


def iter_jsonl_articles(path: str | Path) -> Iterator[Article]:
    """Yield one Article per line of a JSONL file of ``{"id", "text", ...}``."""
    source = Path(path)
    text = _read_text(source)
    # Only "\n" ends a JSONL record: str.splitlines() would also break on
    # U+2028 or U+0085 inside a JSON string, which news text does contain.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{number}: not valid JSON ({exc.msg})") from None
        yield article_from_record(record, source=f"{source}:{number}")


def article_from_record(record: Any, *, source: str) -> Article:
    """Build an Article from a JSON object with at least a non-empty ``text``."""
    if not isinstance(record, dict):
        raise InputError(f"{source}: expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source}: the 'text' field is missing or empty")
    title = record.get("title")
    return Article(
        text=text,
        id=str(record.get("id", "")),
        source=source,
        title=title if isinstance(title, str) and title else guess_title(text),
        date=record.get("date") if isinstance(record.get("date"), str) else dateline_date(text),
        url=record.get("url") if isinstance(record.get("url"), str) else None,
    )


def guess_title(text: str) -> str:
    """The first non-empty line when it reads like a headline, else ''."""
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if len(line) <= _MAX_TITLE_CHARS and not line.endswith((".", "”", '"')):
            return line
        return ""
    return ""


def _read_text(source: Path) -> str:
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise InputError(f"article not found: {source}") from None
    except IsADirectoryError:
        raise InputError(f"article is a directory, not a file: {source}") from None
    except OSError as exc:
        raise InputError(f"cannot read article {source}: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"article is not UTF-8 text: {source} (byte 0x{raw[exc.start]:02x} at offset {exc.start})"
        ) from None
    if _BINARY_CHARS.search(text):
        raise InputError(f"article looks binary, not text: {source}")
    if not text.strip():
        raise InputError(f"article is empty: {source}")
    return text


def _parse_json(text: str, source: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{source}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


class _TextOfHtml(HTMLParser):
    """Collects visible text, the <title>, and date/url metadata of a page."""

    _SKIP = {"script", "style", "noscript", "template", "head"}
    _BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "li", "article", "section", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.meta: dict[str, str] = {}
        self._skipping: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            values = {k: v or "" for k, v in attrs}
            key = values.get("property") or values.get("name") or values.get("itemprop")
            if key and values.get("content"):
                self.meta[key.lower()] = values["content"]
        if tag in self._SKIP:
            self._skipping.append(tag)
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._skipping and self._skipping[-1] == tag:
            self._skipping.pop()
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skipping:
            self.parts.append(data)


def _article_from_html(markup: str, source: Path) -> Article:
    page = _TextOfHtml()
    page.feed(markup)
    page.close()
    text = re.sub(r"[ \t]+", " ", "".join(page.parts))
    text = re.sub(r"\n\s*\n+", "\n\n", text).strip()
    if not text:
        raise InputError(f"article has no visible text: {source}")
    date = page.meta.get("article:published_time") or page.meta.get("datepublished")
    return Article(
        text=text,
        id=source.stem,
        source=str(source),
        title=page.meta.get("og:title") or page.title.strip() or guess_title(text),
        date=date[:10] if date else dateline_date(text),
        url=page.meta.get("og:url"),
    )
