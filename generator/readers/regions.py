"""Where the article stands in a page saved as text (a text browser's dump, "select all, copy").

Such a text holds the whole page: menus, share bars, teasers of other stories, forms
and footers around the article. jusText (the paragraph classifier trafilatura itself
falls back on) tells each block of lines apart by its length, its share of common
words and its neighbours; the article is the longest run of blocks it keeps. What
stands above that run is where the page prints the headline, byline and date.

A block counts as prose when jusText keeps it, or its context-free step finds it long
enough and rich enough in common words; menus, share bars and lists of links never do.
A text with little around its article (a scraped article, a dataset's record) is
left as it is: the run is taken only when at least `MIN_AROUND` of the words lie
outside it, or of the blocks (a long article on a lean page).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache

from ..cleaning import BULLET_RE, BULLETS, SENTENCE_END_RE, goes_on, introduces_list, is_caption, wrapped_at
from ..lexicon import Lexicon
from .language import detect_language

MIN_BLOCKS = 8  # fewer blocks than this is an article with a header, not a page
MAX_GAP = 3  # blocks jusText drops between two it keeps, inside one article
MIN_AROUND = 0.25  # share of the words (or blocks) outside the article for a text to be a page dump
MIN_BLOCKS_AROUND = 12
# what lynx and w3m print for a button, an inline frame, an ad slot or a text field
BROWSER_MARK_RE = re.compile(r"\(BUTTON\)|^\s*IFRAME: |\[INS::|\[_{8,}\]|\[ {8,}\]|_{12,}\s*$")


@dataclass(frozen=True)
class Block:
    start: int  # first line
    end: int  # line after the last
    text: str  # its lines joined


@dataclass(frozen=True)
class Region:
    """The article's lines, and the blocks above it, nearest first."""

    start: int
    end: int
    above: list[Block]


def blocks_of(lines: list[str]) -> list[Block]:
    blocks, start = [], None
    for i, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            blocks.append(Block(start, i, " ".join(x.strip() for x in lines[start:i])))
            start = None
    return blocks


@cache
def _stoplist(name: str) -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist(name))


def stop_words(text: str, lexicon: Lexicon) -> frozenset[str] | None:
    """jusText's stop list of the text's language (languages data, `justext_stoplists`; English
    when the text is too short to tell), or None for a language jusText has none for."""
    language = detect_language(text, lexicon) or "en"
    name = (lexicon.raw["languages"].get("justext_stoplists") or {}).get(language)
    return _stoplist(name) if name else None


MIN_LIST_LINES = 4  # lines of a block that a browser's "copy all" made of a page's menus
MAX_ITEM_WORDS = 8
MIN_ITEM_SHARE = 0.75


def _items_apart(blocks: list[Block], lines: list[str]) -> list[Block]:
    """Blocks with a block of short lines split into its lines: a browser's page text prints a
    page's menus, header and share bar one item a line, no blank line between, and an article's
    paragraphs with one; each item is a block of its own, as a text browser's dump has them."""
    apart: list[Block] = []
    for block in blocks:
        rows = lines[block.start : block.end]
        short = sum(len(row.split()) <= MAX_ITEM_WORDS for row in rows)
        if len(rows) >= MIN_LIST_LINES and short >= MIN_ITEM_SHARE * len(rows):
            apart += [_block(lines, i, i + 1) for i in range(block.start, block.end) if lines[i].strip()]
        else:
            apart.append(block)
    return apart


def article_region(lines: list[str], lexicon: Lexicon) -> Region | None:
    """The article within a page dump, or None when the text is no page dump. A page text
    whose menus stand one item a line with no blank line between is looked at again with
    each item a block (`_items_apart`), when its blocks as they are show no page."""
    blocks = blocks_of(lines)
    found = _region(blocks, lines, lexicon)
    if found is None:
        apart = _items_apart(blocks, lines)
        if len(apart) > len(blocks):
            found = _region(apart, lines, lexicon)
            # the story's first paragraphs may stand in the menu's block, each a line: jusText
            # judges them by their neighbours, menu items
            while found is not None and found.above and _prose(lines[found.above[0].end - 1]):
                block = found.above[0]
                rest = [] if block.end - 1 == block.start else [_block(lines, block.start, block.end - 1)]
                found = Region(block.end - 1, found.end, rest + found.above[1:])
    if found is not None and found.above:
        found = _with_wrapped_lead(found, lines)
    return found


MIN_WRAPPED_LEAD_LINES = 2  # wrapped lines of a lead over its last; a caption under a photo has fewer


def _with_wrapped_lead(found: Region, lines: list[str]) -> Region:
    """The region with the story's first paragraph that a page printed in its header's block: a
    text browser wraps the lead's lines under the headline, byline and date line with no blank
    line between ("حسام أبو العلا - القاهرة" / a date / five wrapped lines of the lead), and
    jusText judges the block by its short lines. The block's last lines are the lead when all but
    the last (two or more) reach the text's wrapping width and end no sentence, and together they
    are a paragraph's length."""

    block = found.above[0]
    wrap = wrapped_at(lines)
    start = block.end - 1
    # a wrapped line reaches the width, ends no sentence and is no list's item (teasers' lines do)
    while (
        start > block.start and goes_on(lines[start - 1], wrap) and not starts_with_bullet(lines[start - 1])
    ):
        start -= 1
    if start == block.start or start > block.end - 1 - MIN_WRAPPED_LEAD_LINES:
        return found  # the whole block wrapped (the region's own judgement), or too few lines
    if len(lines[start - 1].rstrip()) >= wrap:
        return found  # the run goes on a line above it: a teaser's item wrapped ("* Headline ...")
    # a photo's caption of a sentence or two wraps too: a lead is a paragraph's length
    if len(" ".join(lines[start : block.end]).split()) < LONG_PROSE_LINE_WORDS:
        return found
    return Region(start, found.end, [_block(lines, block.start, start), *found.above[1:]])


MIN_PROSE_LINE_WORDS = 15
LONG_PROSE_LINE_WORDS = 25


def _prose(text: str) -> bool:
    """A line that is a paragraph of prose: long, and ending a sentence or longer still."""
    words = len(text.split())
    return words >= LONG_PROSE_LINE_WORDS or (
        words >= MIN_PROSE_LINE_WORDS and SENTENCE_END_RE.search(text) is not None
    )


def _block(lines: list[str], start: int, end: int) -> Block:
    return Block(start, end, " ".join(x.strip() for x in lines[start:end]))


def _region(blocks: list[Block], lines: list[str], lexicon: Lexicon) -> Region | None:
    if len(blocks) < MIN_BLOCKS:
        return None
    stop = stop_words("\n".join(b.text for b in blocks), lexicon)
    if stop is None:
        return None
    import justext

    page = "<html><body>" + "".join(f"<p>{html.escape(b.text)}</p>" for b in blocks) + "</body></html>"
    classified = justext.justext(page.encode("utf-8"), stop)
    if len(classified) != len(blocks):  # jusText split or merged a block: no safe mapping back
        return None
    # what jusText keeps, and what its first, context-free step found to be prose: its context
    # step drops every block of a page whose paragraphs are all short (one-sentence paragraphs)
    kept = [
        (not p.is_boilerplate or p.cf_class in ("good", "neargood")) and not _link_list(b.text)
        for p, b in zip(classified, blocks, strict=True)
    ]
    runs: list[list[int]] = []
    gap = 0
    for i, keep in enumerate(kept):
        if not keep:
            gap += 1
            continue
        if runs and gap <= MAX_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
        gap = 0
    if not runs:
        return None

    # a run that opens with a list of items opens with other stories' teasers ("• Headline
    # NEW DELHI: lede ..."): the story starts after them
    for run in runs:
        while run and len(ITEM_RE.findall(blocks[run[0]].text)) >= MIN_LIST_ITEMS:
            run.pop(0)
    runs = [run for run in runs if run]
    if not runs:
        return None
    # the story's weight is its prose: not the short lines kept for their neighbours' sake
    # (teasers' headlines, times), nor a gallery's captions, long and rich in common words
    words = [
        len(b.text.split()) if p.cf_class in ("good", "neargood") and not is_caption(b.text, lexicon) else 0
        for p, b in zip(classified, blocks, strict=True)
    ]
    best = _story_run(runs, words, blocks, lexicon)
    first, last = best[0], _through_list(blocks, best[-1])
    # a long article on a lean page has few words around it, but many blocks: menus, links
    outside = len(blocks) - (last + 1 - first)
    lean = sum(words) - sum(words[first : last + 1]) < MIN_AROUND * sum(words) and (
        outside < MIN_BLOCKS_AROUND or outside < MIN_AROUND * len(blocks)
    )
    # a text browser's marks for buttons, frames and form fields, or a site's menu above the
    # story: a whole page, however lean
    if (
        lean
        and not any(BROWSER_MARK_RE.search(line) for line in lines)
        and not _menu(lines[: _first_prose_start(blocks[:first], blocks[first].start)])
    ):
        return None
    return Region(blocks[first].start, blocks[last].end, list(reversed(blocks[:first])))


MAX_MENU_ITEM_WORDS = 3  # "Home", "World News", "What's On": a menu's items, not a story's points
MIN_MENU_ITEMS = 3
MIN_MENU_ROW_ITEMS = 4  # "Home  News  Sport  Opinion": a menu printed on one line
MIN_MENU_LINES = 4  # a menu printed one item a line with no bullets
MAX_MENU_LINE_WORDS = 2
# between a row's items: two spaces or more, a bar, a middle dot or a bullet
MENU_ROW_SPLIT_RE = re.compile(r"\s{2,}|\s+[|·•]\s+")


def menu_items(line: str) -> list[str]:
    """A line's items as a menu's row parts them: "Home  News | Sport" -> Home, News, Sport."""
    return [item for item in MENU_ROW_SPLIT_RE.split(line.strip()) if item]


def menu_row(line: str, least: int = MIN_MENU_ROW_ITEMS) -> bool:
    """A menu printed on one line: four items or more (`least`) of a word or few, each capitalised,
    parted by wide spaces, bars or dots ("Home  News  Business  Opinion", "News | Sport | Business |
    Contact")."""
    items = menu_items(line)
    return len(items) >= least and all(
        len(item.split()) <= MAX_MENU_ITEM_WORDS and not SENTENCE_END_RE.search(item) and item[0].isupper()
        for item in items
    )


def _menu(lines: list[str]) -> bool:
    """A site's menu: a run of list items of a word or few each, one a line ("• Home", "• News",
    "• Sport"); the same items on one line, parted by wide spaces or bars; or a run of such
    items one a line without bullets. A record copied from a dataset prints none of these."""
    run = bare = 0
    for line in lines:
        words = line.split()
        if starts_with_bullet(line) and len(words) <= MAX_MENU_ITEM_WORDS + 1:
            run += 1
            if run >= MIN_MENU_ITEMS:
                return True
        elif line.strip():
            run = 0
        if menu_row(line):
            return True
        if (
            0 < len(words) <= MAX_MENU_LINE_WORDS
            and words[0][0].isupper()
            and not SENTENCE_END_RE.search(line)
        ):
            bare += 1
            if bare >= MIN_MENU_LINES:
                return True
        elif line.strip():
            bare = 0
    return False


def _first_prose_start(blocks: list[Block], end: int) -> int:
    """Where the first paragraph of prose among `blocks` starts, else `end`: a site's menu stands
    above it, and a short list below it is the story's own ("• Steel beams", "• Concrete"), cut
    from the story's run by jusText for its short lines."""
    return next((b.start for b in blocks if _prose(b.text)), end)


def _story_run(runs: list[list[int]], words: list[int], blocks: list[Block], lexicon: Lexicon) -> list[int]:
    """The run of blocks that is the page's story. A page may print the next stories in full under
    it (a feed that scrolls on), or a long box beside it: the story is the first run with at least
    half the prose of the longest, not the longest. What the story carries inside it (a teaser's
    headline, "Read more", a subheading jusText drops) may cut it in two: a run after it as long,
    past a few short blocks only, goes on with it; the next story's header is more blocks than
    that or has a byline ("By Jane Doe | Jul 27, 2020"), and a box under the story (the author's
    bio, a comments policy) is shorter."""
    from .text import text_patterns  # the credit patterns read this module's regions: imported late

    byline = text_patterns(lexicon).opens_byline
    weights = [sum(words[i] for i in run) for run in runs]
    at = next(i for i, weight in enumerate(weights) if weight >= FIRST_STORY_SHARE * max(weights))
    story = runs[at]
    for run, weight in zip(runs[at + 1 :], weights[at + 1 :], strict=True):
        gap = range(story[-1] + 1, run[0])
        if (
            weight < FIRST_STORY_SHARE * max(weights)  # a box under the story: a bio, a comments policy
            or len(gap) > MAX_INSERT_BLOCKS
            or any(len(blocks[i].text.split()) > MAX_INSERT_WORDS for i in gap)
            or any(byline.match(blocks[i].text) for i in gap)
        ):
            break
        story = story + run
    return story


FIRST_STORY_SHARE = 0.5
MAX_INSERT_BLOCKS = 6  # blocks the story carries inside it (teasers, labels); a next story's header has more
MAX_INSERT_WORDS = 20  # words of a teaser's headline or an "Also read: ..." line


def _through_list(blocks: list[Block], last: int) -> int:
    """The article's last block, counting a list the story introduces at its end ("The official
    list of the missing is:" and one item a name): jusText drops such short items, as it drops a
    menu. A lead-in is a sentence of a few words ending in a colon, not a label ("Read more:")."""
    at = last if introduces_list(blocks[last].text) else last + 1
    if at >= len(blocks) or not introduces_list(blocks[at].text) or starts_with_bullet(blocks[at].text):
        return last
    end = at
    while end + 1 < len(blocks) and starts_with_bullet(blocks[end + 1].text):
        end += 1
    return end if end > at else last


ITEM_RE = re.compile(rf"(?:^|\s)[{BULLETS}](?=\s)")
MAX_LINK_WORDS = 8  # words per item of a list of links (menus, share bars, related stories)
MIN_LIST_ITEMS = 3


def starts_with_bullet(text: str) -> bool:
    return BULLET_RE.match(text.lstrip()) is not None


def _link_list(text: str) -> bool:
    """A block that is a list of short items: "• Home • News • Sport", "• Share this with X"."""
    items = len(ITEM_RE.findall(text))
    return items >= MIN_LIST_ITEMS and len(text.split()) < MAX_LINK_WORDS * items
