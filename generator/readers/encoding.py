"""From the bytes of a file to text: gzip, character encoding, mojibake, what kind of text it is.

Decoding, in this order: a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
else UTF-8 if the bytes are valid UTF-8; else the charset an HTML page declares
in a <meta> tag; else the likeliest of Windows-1252 and what charset-normalizer
detects, judged by how plausible each result reads (Western text read through
the wrong code page shows letters run together like "Ïðèâåò" or symbols inside
words like "Za¿ó³æ"). Windows-1252 stands in for ISO-8859-1, as browsers do.

After decoding, ftfy repairs mojibake, text that was decoded with the wrong
encoding once before it was saved ("itâ€™s" -> "it’s"). Curly quotes stay
curly and HTML entities stay as they are (the HTML parser reads them).

A file with NUL bytes (and no UTF-16/32 byte-order mark), or one that no
encoding reads plausibly, is refused as binary.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
import zlib

import charset_normalizer
import ftfy

from ..errors import SourceError

MAX_UNPACKED = 64 * 1024 * 1024  # a gzipped source larger than this unpacked is refused
# Members of one gzip file: one as gzip writes it, a few for files joined with cat; tools
# that write blocks (bgzip: 64 KB each) need 80 for the largest source read (5 MB).
MAX_GZIP_MEMBERS = 1000
NOT_NUL_RE = re.compile(rb"[^\x00]")
GZIP_SLICE = 4096  # bytes of a member fed to zlib at first (doubling while it goes on)
GZIP_MAGIC = b"\x1f\x8b"
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
# WHATWG: browsers read these labels as Windows-1252
WINDOWS_1252_ALIASES = {"latin_1", "iso8859_1", "ascii", "iso8859_15", "cp819"}
FIXER = ftfy.TextFixerConfig(
    unescape_html=False,  # HTML is parsed later; plain text is unescaped by cleaning
    uncurl_quotes=False,
    fix_line_breaks=False,  # done below, for every kind of file
    fix_character_width=False,
    normalization="NFC",
)

# What a page looks like at its start when it was saved as HTML, whatever its name.
HTML_START_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I | re.S
)
BODY_TAG_RE = re.compile(r"<body[\s>]", re.I)
TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?/?>")
SNIFF_CHARS = 4000


def gunzip(data: bytes, path: str, limit: int = MAX_UNPACKED) -> bytes:
    """The unpacked content of gzip data (several members are read one after the other).

    Refused: more than `limit` bytes unpacked, more than MAX_GZIP_MEMBERS members. Linear
    in the file: each member is fed from a view of the data in growing slices, so what
    zlib hands back unread is at most a slice, never the rest of the file (a copy of the
    rest per member had made 12 MB of empty members take 436 s).
    """
    view = memoryview(data)
    out = bytearray()
    start = 0
    members = 0
    try:
        while data.startswith(GZIP_MAGIC, start):
            members += 1
            if members > MAX_GZIP_MEMBERS:
                raise SourceError(
                    path,
                    f"is gzip data of more than {MAX_GZIP_MEMBERS:,} parts (members); a gzipped "
                    "file has one, a few when files were joined: refused",
                )
            unpacker = zlib.decompressobj(wbits=31)
            end = start
            size = GZIP_SLICE
            while not unpacker.eof:
                if end >= len(data):
                    raise SourceError(path, "is a truncated gzip file")
                piece = view[end : end + size]
                end += len(piece)
                size *= 2  # a large member costs few calls
                # at most one byte past the limit: a bomb is never unpacked whole
                out += unpacker.decompress(piece, limit + 1 - len(out))
                if len(out) > limit:
                    raise SourceError(
                        path,
                        f"unpacks to more than {limit / 1e6:.0f} MB; a source over {limit / 1e6:.0f} MB "
                        "is refused (is it really one article? split it into articles)",
                    )
            start = end - len(unpacker.unused_data)
            padding = NOT_NUL_RE.search(data, start)  # NULs some tools write between members
            start = padding.start() if padding else len(data)
    except zlib.error as exc:
        raise SourceError(path, f"is not a readable gzip file ({exc})") from exc
    return bytes(out)


def _codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if codec in WINDOWS_1252_ALIASES else codec


def implausibility(text: str) -> int:
    """How many signs of a wrong code page a decoded text shows; 0 for sound text."""
    bad = text.count("\ufffd")
    bad += sum(1 for ch in text if 0x80 <= ord(ch) <= 0x9F)  # C1 controls: never in real text
    # symbols inside words: "Za¿ó³æ" is Polish read as Windows-1252
    bad += sum(
        1
        for i in range(1, len(text) - 1)
        if ord(text[i]) > 0x7F
        and not text[i].isalpha()
        and text[i - 1].isalpha()
        and text[i + 1].isalpha()
        and unicodedata.category(text[i]) not in ("Pd", "Pf", "Pi", "Mn", "Mc")
    )
    # Latin letters with diacritics that make up most letters: Cyrillic or Greek read as Latin
    letters = [ch for ch in text if ch.isalpha()]
    accented = sum(1 for ch in letters if 0xC0 <= ord(ch) <= 0x24F)
    if letters and accented / len(letters) > 0.4:
        bad += accented
    return bad


def _declared_charset(data: bytes) -> str | None:
    match = META_CHARSET_RE.search(data[: SNIFF_CHARS * 2])
    return _codec(match.group(1).decode("ascii", "replace")) if match else None


def _guess(data: bytes, path: str) -> str:
    """Text of bytes that are not UTF-8: the most plausible of the candidate encodings."""
    candidates: list[str] = ["cp1252"]
    declared = _declared_charset(data)
    if declared and declared not in ("utf_8", "utf_16", "utf_32"):
        candidates.insert(0, declared)
    for match in list(charset_normalizer.from_bytes(data))[:4]:
        codec = _codec(match.encoding)
        if codec and codec not in candidates:
            candidates.append(codec)
    best: tuple[int, int, str] | None = None
    for order, codec in enumerate(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = (implausibility(text), order, text)
        if best is None or score[:2] < best[:2]:
            best = score
        if order == 0 and declared and score[0] == 0:
            break  # what the page says it is, and it reads soundly
    if best is None or best[0] > max(3, len(best[2]) // 50):
        raise SourceError(path, "looks like a binary file or text in an unknown encoding")
    return best[2]


def decode(data: bytes, path: str) -> str:
    """Text of a file's bytes: encoding detected, mojibake repaired, line ends as \\n.

    Binary data is refused with a SourceError naming `path`.
    """
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise SourceError(path, f"is not valid {codec.upper()} despite its byte-order mark") from exc
            break
    else:
        if b"\x00" in data[:4096]:
            raise SourceError(path, "looks like a binary file (NUL bytes), not text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess(data, path)
    text = text.lstrip("\ufeff")
    text = ftfy.fix_text(text, FIXER)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_like_html(text: str, strong_only: bool = False) -> bool:
    """Whether a text is an HTML page, whatever its file is called.

    It starts like a page (<!doctype html>, <html>, <head>), has a <body> tag near
    its start, or (unless `strong_only`: Markdown may hold much inline HTML) its
    start is mostly markup.
    """
    head = text[:SNIFF_CHARS]
    if HTML_START_RE.match(head) or BODY_TAG_RE.search(head):
        return True
    if strong_only:
        return False
    tags = TAG_RE.findall(head)
    markup = sum(len(tag) for tag in tags)
    return len(tags) >= 12 and markup > 0.25 * len(head.strip())


def has_markup(text: str) -> bool:
    return TAG_RE.search(text[: SNIFF_CHARS * 4]) is not None
