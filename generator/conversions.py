"""The HTML a page's Markdown was converted to, kept for the next build (.cache/html/<key>.html).

Python-Markdown is most of the build's own time at 1,000 sources, and a build after a few sources
were added or a briefing corrected changes the Markdown of few pages. A page is converted again
unless an earlier build converted the same Markdown, for the same address, with the same settings,
code and versions (the plugin's `key`), and every link it holds still leads where it led then (the
address MkDocs would write for it depends on the other pages). A conversion that warned (a link
to no page, say) is not kept: the next build converts the page again and warns again.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from .files import atomic_write

CACHE_DIR = ".cache/html"  # under the project root; in .gitignore


@dataclass
class Conversion:
    """What MkDocs' conversion of one page leaves on the page, and what the links led to."""

    html: str
    toc: list[dict[str, Any]]  # Python-Markdown's toc tokens
    title: str | None  # the first heading, as MkDocs reads it
    anchors: list[str]  # the ids the page holds, for MkDocs' check of links to anchors
    links_to_anchors: dict[str, dict[str, str]] | None  # by the page linked to
    targets: dict[str, str | None] = field(default_factory=dict)  # a link -> the page it led to

    def restore(self, page: Page, files: Files) -> str:
        """The page as its conversion left it; the HTML."""
        page.toc = get_toc(self.toc)  # type: ignore[arg-type]
        page._title_from_render = self.title
        page.present_anchor_ids = set(self.anchors)
        if self.links_to_anchors is not None:
            linked = {
                files.get_file_from_path(uri): anchors for uri, anchors in self.links_to_anchors.items()
            }
            page.links_to_anchors = {file: anchors for file, anchors in linked.items() if file is not None}
        return self.html


def conversion_of(page: Page, html: str, links: list[str], files: Files) -> Conversion:
    """A page's conversion, as MkDocs just made it; `links` are its links as written."""
    return Conversion(
        html=html,
        toc=[_token(item) for item in page.toc],
        title=page._title_from_render,
        anchors=sorted(page.present_anchor_ids or ()),
        links_to_anchors=(
            None
            if page.links_to_anchors is None
            else {file.src_uri: anchors for file, anchors in page.links_to_anchors.items()}
        ),
        targets={link: target(page.file, link, files) for link in sorted(set(links))},
    )


def target(file: File, link: str, files: Files) -> str | None:
    """The address of the page a link of `file` leads to among `files`, as MkDocs looks it up
    first (a link it could not find warned, and such a page is not kept)."""
    scheme, netloc, path, _, _ = urlsplit(link)
    if scheme or netloc or not path or link.startswith(("/", "\\")):
        return link  # not one of the site's pages: left as written
    uri = posixpath.normpath(posixpath.join(posixpath.dirname(file.src_uri), unquote(path)).lstrip("/"))
    found = files.get_file_from_path(uri)
    return None if found is None else found.url


class Conversions:
    """The conversions of earlier builds, each in a file named by its key.

    A file is a line of JSON (the conversion but its HTML, and the HTML's length and CRC-32), then
    the HTML as it is: written as a JSON string, every quote and line break of 2,380 pages' HTML
    escaped (and read back) was a third of what keeping them cost a build at 1,000 sources. The
    length and the checksum tell a file a crash cut short or left zeros in: its page is converted
    again, never shown as it was kept.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.used: set[str] = set()  # the keys this build read or wrote

    @staticmethod
    def key(build: str, page: Page, markdown: str, generated: bool) -> str:
        # the page's Markdown hashed as it is: json.dumps of it first (every non-ASCII letter
        # escaped) was three quarters of the key's time
        digest = hashlib.sha256()
        for part in (build, page.file.src_uri, page.file.url or "", "generated" if generated else "written"):
            digest.update(part.encode() + b"\0")
        digest.update(markdown.encode())
        return digest.hexdigest()

    def get(self, key: str, page: Page, files: Files) -> Conversion | None:
        """The conversion kept under `key`, if each of its links still leads where it did."""
        try:
            head, _, html = (self.folder / f"{key}.html").read_bytes().partition(b"\n")
            fields = json.loads(head)
            if fields.pop("length") != len(html) or fields.pop("crc32") != zlib.crc32(html):
                return None
            kept = Conversion(html=html.decode("utf-8"), **fields)
        except (OSError, ValueError, TypeError, KeyError):
            return None  # none, or unreadable (a build stopped in the middle): converted again
        if any(target(page.file, link, files) != led for link, led in kept.targets.items()):
            return None
        self.used.add(key)
        return kept

    def put(self, key: str, conversion: Conversion) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        html = conversion.html.encode("utf-8")
        # its fields as they are: dataclasses.asdict copied every value of the toc and the links
        # first, about 4% of the CPU of a build's conversions at 1,000 sources, for the same text
        fields = {name: value for name, value in vars(conversion).items() if name != "html"}
        head = json.dumps({**fields, "length": len(html), "crc32": zlib.crc32(html)}, ensure_ascii=False)
        atomic_write(self.folder / f"{key}.html", head.encode() + b"\n" + html, durable=False)
        self.used.add(key)

    def prune(self) -> None:
        """Drop what this build did not use: the pages' Markdown changed, or they are gone (and the
        files of an older format); not another build's file being written (.*.tmp)."""
        if not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.stem not in self.used and not path.name.startswith(".") and path.is_file():
                path.unlink(missing_ok=True)


def _token(item: Any) -> dict[str, Any]:
    return {
        "level": item.level,
        "id": item.id,
        "name": item.title,
        "children": [_token(child) for child in item.children],
    }
