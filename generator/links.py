"""Links in raw HTML: the address a page's link leads to in the built site, written as MkDocs writes it.

A Markdown link (`[x](../people/x.md)`) is rewritten and checked by MkDocs; a link inside an HTML
block is not, so the generator writes the built address itself: the target page's URL relative to
the linking page's URL, for `use_directory_urls` true (`people/x/`) or false (`people/x.html`).
The rules are MkDocs 1.6's (`File.url`, `utils.get_relative_url`); a test compares them with it.
"""

from __future__ import annotations

import functools
import posixpath
from dataclasses import dataclass
from urllib.parse import quote


@functools.lru_cache(maxsize=65536)  # a page's links name a few thousand pages, each many times over
def page_url(address: str, directory_urls: bool = True) -> str:
    """The URL of a generated page, relative to the site root: "people/x.md" -> "people/x/"."""
    parent, filename = posixpath.split(address)
    stem = posixpath.splitext(filename)[0]
    stem = "index" if stem == "README" else stem
    if not directory_urls:
        url = posixpath.join(parent, stem + ".html")
    elif stem == "index":
        url = (parent or ".") + "/"
    else:
        url = posixpath.join(parent, stem) + "/"
    return quote(url)


@functools.lru_cache(maxsize=65536)  # the same few thousand addresses, from every page
def _parts(path: str) -> tuple[str, ...]:
    path = posixpath.normpath("/" + path.lstrip("/"))[1:]
    return tuple(path.split("/")) if path else ()


def relative_url(url: str, other: str) -> str:
    """`url` relative to the page at `other` (both site-root relative), as MkDocs makes it."""
    folder, _, basename = other.rpartition("/")
    if "." in basename:
        other = folder
    from_parts, to_parts = _parts(other), _parts(url)
    common = 0
    for a, b in zip(from_parts, to_parts, strict=False):
        if a != b:
            break
        common += 1
    relative = "/".join([".."] * (len(from_parts) - common) + list(to_parts[common:])) or "."
    return relative + "/" if url.endswith("/") else relative


@dataclass(frozen=True)
class Links:
    """The links of one page: `page` is its address among the generated pages ("briefings/x.md")."""

    page: str
    directory_urls: bool = True

    def to(self, target: str) -> str:
        """The href of a link to `target`, a page's address with an optional anchor ("people/x.md#a")."""
        address, hash_, anchor = target.partition("#")
        if not address:  # a place on this page
            return f"#{anchor}"
        path = relative_url(page_url(address, self.directory_urls), page_url(self.page, self.directory_urls))
        return f"{path}#{anchor}" if hash_ and anchor else path
