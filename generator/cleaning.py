"""Cleaning scraped text into body paragraphs.

Out: ad and share lines (by pattern, or because they repeat), comment forms,
photo captions and credits, captions printed twice, inline HTML and Markdown
emphasis. In again: paragraphs that scraping broke in the middle of a sentence.
The patterns are data (generator/data/en/boilerplate.yaml), not code.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from .dates import find_explicit, parse_date_line
from .lexicon import Lexicon
from .names import unicode_script, unstopped_scripts, words_key

TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
# Bounded spans: an opener with no closer must not make every later position rescan
# the line (quadratic on scraped lines full of stray '**').
COMMENT_RE = re.compile(r"<!--[^>]{0,2000}?-->")
EMPHASIS = [
    re.compile(r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)([^_\n]{1,300}?)(?<=\S)__"),
    re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![\w_])"),
]
GLUED_OPENING_RE = re.compile(r"(?<=\w)([,:;])([“«„])(?=\w)")
GLUED_CLOSING_RE = re.compile(r"([,.!?][”»])(?=[A-Za-z])")
SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# A paragraph that ends a sentence ends with one of these (quotes and brackets may follow).
COMMA_QUOTE_END_RE = re.compile(r",[\"'”’»]+$")  # a quote closed on a comma: no paragraph ends so
CONTINUATION_START_RE = re.compile(r"^[,;]\s+\S")  # a line that goes on a sentence before it
# The stops that end a sentence, by how a script writes them (one list for the cleaner and for
# extraction.lead, which cuts a lead at them): stops after which a space and a capital follow
SPACED_STOPS = ".!?"
# stops of scripts that write no space between sentences (Chinese, Japanese)
UNSPACED_STOPS = "。！？｡"
# stops that end a sentence wherever a space or the paragraph's end follows: Devanagari's danda,
# Arabic's and Urdu's question mark and full stop, Ethiopic's full stop, Armenian's full stop
OTHER_STOPS = "।॥؟۔።։"
# a sentence's end in any script ("。", "！", "？", "।" ...), quotes and brackets perhaps after it; or
# a closing mark alone, as an English quotation ends a paragraph ('... called it "a disgrace"'), but
# not a guillemet: Russian and French print a sentence's stop after it ("... «Динамо»."), and a
# headline ends with one bare ("Гусев назвал причину поражения «Динамо»", "Семак: «Мы были сильнее»")
SENTENCE_END_RE = re.compile(
    rf"[{re.escape(SPACED_STOPS + '…:;' + UNSPACED_STOPS + OTHER_STOPS)}][\"'”’»)\]」』]*$|[\"”」』]$"
)
# A paragraph in a script that writes no sentence stop (languages.yaml's `unstopped_scripts`:
# Thai, Lao) is prose by its length: the headlines of the Thai pages of intl dev
# (teasers, related links) run to 80 characters, their stories' paragraphs from 170
MIN_UNSTOPPED_PROSE_CHARS = 120


def ends_sentence(paragraph: str) -> bool:
    """Whether a paragraph ends as a sentence does: with a stop of its script, or, in a script
    that writes none (languages.yaml's `unstopped_scripts`), at a length no headline has. Without
    the second, every paragraph of a Thai story read as a teaser's headline and the whole story
    was cut."""
    if SENTENCE_END_RE.search(paragraph):
        return True
    return len(paragraph) >= MIN_UNSTOPPED_PROSE_CHARS and _unstopped(paragraph)


def _unstopped(text: str) -> bool:
    """A text mostly in a script that writes no sentence stop."""
    letters = [ch for ch in text if ch.isalpha()]
    scripts = unstopped_scripts()
    unstopped = sum(unicode_script(ch) in scripts for ch in letters)
    return bool(letters) and 2 * unstopped > len(letters)


# "... accused U.S." then "forces in southern Syria": the stop of dotted initials ends no sentence
# when a lower-case word goes on (not "iPhone", whose capital says it is a name)
INITIALS_END_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
LOWER_WORD_START_RE = re.compile(r"^[a-z]+\b(?![-’'][A-Z])")
MAX_CAPTION_WORDS = 60
MAX_PHRASE_CAPTION_WORDS = 60  # a caption's own words; a long paragraph that has them is a story's
MAX_TWO_PART_CAPTION_WORDS = 100  # a caption's sentence, one of context and a credit
CREDIT_START_RE = re.compile(r"(?:[.!?][\"'”’)]*\s+|\s{2,}|[|•–—]\s*)$")


def strip_markup(line: str) -> str:
    """Inline HTML tags, entities and Markdown emphasis out; text kept."""
    for _ in range(5):  # "<scr<script>ipt>": what one pass leaves may be a tag again
        stripped = TAG_RE.sub("", COMMENT_RE.sub("", line))
        if stripped == line:
            break
        line = stripped
    line = html.unescape(line)
    for pattern in EMPHASIS:
        line = pattern.sub(r"\1", line)
    line = unicodedata.normalize("NFC", line)
    # 'Ryan said,“Look ...', '...,”he said': a quotation mark run into the word beside it
    # keeps the tokenizer from seeing the speech verb; a space goes between them
    line = GLUED_OPENING_RE.sub(r"\1 \2", line)
    line = GLUED_CLOSING_RE.sub(r"\1 ", line)
    return SPACES_RE.sub(" ", line).strip()


def _key(text: str) -> str:
    """Comparison key: case, spacing and punctuation do not make a line different ("50%" does)."""
    return words_key(text, keep="%")


# possessive: a capital never matches a small letter given back, and a long word of small letters
# was read to its end and given back letter by letter from each of its letters
GLUED_RE = re.compile(r"[a-z]{3,}+[A-Z][a-z]")
# list bullets as scraping and text browsers print them (w3m nests lists as • □ ☆)
BULLETS = "*•·▪►□☆○◦"
BULLET_RE = re.compile(rf"^(?:[{BULLETS}]|-(?=\s))\s+")


def unbalanced(text: str) -> bool:
    """A sentence that starts or ends inside a quotation: “English”, «ёлочки», „лапки“ (whose
    closing mark is English's opening one)."""
    return (
        text.count('"') % 2 == 1
        or text.count("“") - text.count("”") != text.count("„")
        or text.count("«") != text.count("»")
    )


# a sentence's end and the next one's capital (a quotation may close the one and open the other)
SENTENCE_SPLIT_RE = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"”»]))\s+(?=[\"“«„]?[A-ZА-ЯЁ])")
LIST_NUMBER_RE = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")  # "2. Please understand that comments are ..."


# a bar of links: "Privacy | Terms", and as a text browser prints a row of them, two spaces
# apart ("Subscribe  Sign in")
BAR_SPLIT_RE = re.compile(r"\s+[|·•]\s+|\s{2,}")


def _all_furniture(parts: list[str], lexicon: Lexicon) -> bool:
    """Several parts of a line, each of them furniture."""
    return len(parts) > 1 and all(
        any(pattern.match(part) for pattern in lexicon.boilerplate) for part in parts
    )


MAX_HOOK_WORDS = 20


def _hooked_bid(sentences: list[str], lexicon: Lexicon) -> bool:
    """A site's bid opened by a question to its reader: "Хотите получать оперативные и важные
    новости прямо в свой мессенджер? Подписывайтесь на наш канал в Telegram.". The question is
    the bid's hook: it asks and the furniture after it answers, so the paragraph ends with
    furniture and each sentence before it is a short question. A story's question stands before
    the story's own answer, not before a site's call."""
    *hooks, call = sentences
    return (
        bool(hooks)
        and any(pattern.match(call) for pattern in lexicon.boilerplate)
        and all(hook.rstrip().endswith("?") and len(hook.split()) <= MAX_HOOK_WORDS for hook in hooks)
    )


MIN_SHARE_NETWORKS = 3  # "Facebook, Twitter" may be a story's crosshead; three named buttons are a bar
# a button printed a line: "Klick, um auf Facebook zu teilen (Wird in neuem Fenster geöffnet)"
MAX_SHARE_BUTTON_WORDS = 12
# buttons printed on one line or paragraph: "Tweet Facebook 0 Twitter 0 LinkedIn". A story's
# sentence wrapped by a text dump ("... ordered Facebook, Twitter and" / "WhatsApp to remove ...")
# names its networks among many more words, and ends no sentence on the line
MAX_SHARE_WORDS_A_NETWORK = 4


def share_bar(text: str, networks: frozenset[str], words_a_network: int = MAX_SHARE_WORDS_A_NETWORK) -> bool:
    """A page's share buttons, in whatever language their words are: a text that names three or
    more networks (`share_networks`), a few words a network, and ends no sentence ("Tweet Facebook
    0 Twitter 0 LinkedIn"). A story's sentence that names the networks ends with its stop."""
    if ends_sentence(text):
        return False
    named = set(NETWORK_WORD_RE.findall(text)) & networks
    return len(named) >= MIN_SHARE_NETWORKS and len(text.split()) <= words_a_network * len(named)


def _share_bar_lines(lines: list[str], networks: frozenset[str]) -> set[int]:
    """The lines of a share bar printed a button a line ("Partager sur Facebook" / "Partager sur
    X" / "Partager sur LinkedIn", or "Klick, um auf Facebook zu teilen (Wird in neuem Fenster
    geöffnet)" in German): a run of short lines with no blank line between that together are a
    share bar (`share_bar`), each line a button's words."""
    found: set[int] = set()
    run: list[int] = []
    for i, line in enumerate([*lines, ""]):
        if line.strip() and _share_button_line(line, networks):
            run.append(i)
            continue
        if len(run) > 1 and share_bar(" ".join(lines[j] for j in run), networks, MAX_SHARE_BUTTON_WORDS):
            found.update(run)
        run = []
    return found


def _share_button_line(line: str, networks: frozenset[str]) -> bool:
    """A line a button's words could be: a few words around one network's name, or several
    networks' names with a few words each ("Facebook 0 Twitter 0 LinkedIn"). A story's line that
    a text dump wrapped names two networks among many more words ("... ordered Facebook, Twitter
    and"), and is no button."""
    words = len(line.split())
    named = len(set(NETWORK_WORD_RE.findall(line)) & networks)
    return words <= MAX_SHARE_BUTTON_WORDS and (named <= 1 or words <= MAX_SHARE_WORDS_A_NETWORK * named)


NETWORK_WORD_RE = re.compile(r"[^\W_][\w-]*")


def share_networks(lexicon: Lexicon) -> frozenset[str]:
    """The networks share buttons name (boilerplate data), as the data writes them: brand names
    ("Facebook", "LINE", "X") every language writes alike, and matched case and all, since in
    lower case they are common words ("line", "x", "pocket", "email", "threads")."""
    return frozenset(str(name) for name in lexicon["boilerplate"].get("share_networks") or ())


# signs a site sets before its own calls and labels: "📌 Подписывайтесь на наш Telegram-канал",
# "👉 Follow us on Instagram", "► Читайте также: ..." (not a dash: a line of speech opens with one)
LEADING_SIGNS_RE = re.compile(r"^[^\w\s«»\"“”„'‘’(\[—–-]+\s*")


def is_boilerplate(line: str, lexicon: Lexicon) -> bool:
    # an item of a numbered list of furniture (a comment section's rules) is furniture as well
    unnumbered = LIST_NUMBER_RE.sub("", line)
    unsigned = LEADING_SIGNS_RE.sub("", line)
    if any(pattern.match(text) for text in {line, unnumbered, unsigned} for pattern in lexicon.boilerplate):
        return True
    # "E-mail this to a friend | Printable version": a bar of furniture items; "Сейчас вы
    # просматриваете новость «...». Другие новости читайте в разделе «Украина». Если вы заметили
    # ошибку ...": a page's furniture printed as one paragraph, each sentence furniture
    bar = [part.strip() for part in BAR_SPLIT_RE.split(line)]
    sentences = SENTENCE_SPLIT_RE.split(line.strip())
    if _all_furniture(bar, lexicon) or _all_furniture(sentences, lexicon) or _hooked_bid(sentences, lexicon):
        return True
    glued = int(lexicon["boilerplate"].get("glued_words", 2))
    # link texts run together by scraping: "professionalsLearn more aboutRefinitiv"
    return len(line.split()) <= 40 and len(GLUED_RE.findall(line)) >= glued


def restore_line_breaks(lines: list[str], lexicon: Lexicon) -> list[str]:
    """The lines of a text whose dump wrote its line breaks as a letter (boilerplate.yaml
    `lost_line_breaks`): a break after a sentence's end starts a new line, any other is a space
    (such dumps also broke lines around a link's words: "заявилn31 июля")."""
    if not lexicon.lost_line_breaks:
        return lines
    restored: list[str] = []
    for line in lines:
        for pattern in lexicon.lost_line_breaks:
            line = pattern.sub(_line_break, line)
        restored.extend(line.split("\n"))
    return restored


# Runs of spaces a text all on one line holds between its paragraphs: a tool that extracted an
# article's text ("readability") wrote each line break as spaces. A run after a word or a stop
# and before the next word; a few of them, or the line is just loosely typed.
SPACED_BREAK_RE = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
MIN_SPACED_BREAKS = 3


def restore_spaced_breaks(lines: list[str]) -> list[str]:
    """The paragraphs of a text that lost every line break, each run of spaces a break: the
    headline, the date line and each paragraph on a line of its own (blank lines between)."""
    written = [line for line in lines if line.strip()]
    if len(written) != 1 or len(SPACED_BREAK_RE.findall(written[0])) < MIN_SPACED_BREAKS:
        return lines
    restored: list[str] = []
    for part in SPACED_BREAK_RE.split(written[0].strip()):
        restored += [part, ""]
    return restored[:-1]


def _line_break(match: re.Match[str]) -> str:
    """What a lost line break was: a paragraph's end after a sentence's (its closing marks are a
    few characters: no rescan of a long line), nothing before a comma or after a bracket, else a
    space."""
    text, at, end = match.string, match.start(), match.end()
    if SENTENCE_END_RE.search(text[max(0, at - 8) : at]):
        return "\n"
    if text[end : end + 1] in {",", ".", ";", ":", ")", "»", "“"} or text[at - 1 : at] in {"(", "«", "„"}:
        return ""
    return " "


def tidy_line(line: str, lexicon: Lexicon, speech_hyphens: tuple[str, ...] = ()) -> str:
    """One scraped line as text: markup, list bullets and link furniture out.

    `speech_hyphens`: hyphens the page's language types for the dash that opens direct speech
    (Russian "- Сейчас мы работаем над ...", speech.yaml `narrator_hyphens`): one that opens a
    line before a capital letter is the speech's, not a list's bullet, and stays for the reader of
    dialogue (extraction/dialogue.py) to tell speech from a list's item."""
    line = strip_markup(line)
    if not speech_hyphen(line, speech_hyphens):
        line = BULLET_RE.sub("", line)
    for pattern in lexicon.inline_junk:
        line = pattern.sub("", line)
    return line.strip()


# a sentence's end closing a line, a bracket or a closing mark after it: "(смеется).", "...»"
LINE_END_STOP_RE = re.compile(r"[.!?…][)»\"”]*\s*$")


def speech_hyphen(line: str, hyphens: Sequence[str]) -> bool:
    """Whether `line` is prose after one of `hyphens`: a space and a capital letter after it, a
    sentence's end closing it. A live feed's or a menu's items ("- Обновлена карта ...") are
    headlines, with no stop: their hyphen is a bullet."""
    text = line.strip()
    for hyphen in hyphens:
        rest = text[len(hyphen) :] if text.startswith(hyphen) else ""
        if rest[:1].isspace() and rest.lstrip()[:1].isupper() and LINE_END_STOP_RE.search(rest):
            return True
    return False


def is_caption(paragraph: str, lexicon: Lexicon) -> bool:
    """A photo caption or credit: short, and ends with a credit that stands on its own.

    The credit starts the paragraph or follows the end of a sentence ("... exercises.
    Sergei Grits / AP / TASS"), so a sentence that merely mentions a photo stays.
    """
    if len(paragraph.split()) > MAX_CAPTION_WORDS:
        # an agency's caption of two sentences and a credit: the first says what the picture
        # shows in words only a caption uses ("... on Wednesday, Feb. 24, 2016."), the second
        # what it is about; as long as a paragraph of a story, and none
        first = FIRST_SENTENCE_RE.match(paragraph)
        return (
            len(paragraph.split()) <= MAX_TWO_PART_CAPTION_WORDS
            and first is not None
            and any(pattern.search(first.group()) for pattern in lexicon.caption_phrases)
        )
    if any(pattern.match(paragraph) for pattern in lexicon.caption_starts):
        return True
    if len(paragraph.split()) <= MAX_PHRASE_CAPTION_WORDS and any(
        pattern.search(paragraph) for pattern in lexicon.caption_phrases
    ):
        return True
    # a credit starts the paragraph or its last sentence: the patterns' names may take in words
    # before that sentence's start ("... southern England. EPA-EFE/Stuart Brock")
    ends = [m.end() for m in LAST_SENTENCE_RE.finditer(paragraph)]
    for pattern in lexicon.captions:
        for match in pattern.finditer(paragraph):
            before = paragraph[: match.start()]
            # a bracketed credit, "(Reuters)." or "[File: X/AP Photo]", may follow the caption
            # directly, its bracket in the match or just before it ("... (Image credit: Google)")
            bracketed = match.group().startswith(("(", "[")) or before.rstrip().endswith(("(", "["))
            if not before.strip() or CREDIT_START_RE.search(before) or bracketed:
                return True
        if ends and (tail := pattern.match(paragraph, ends[-1])) and tail.end() >= len(paragraph.rstrip()):
            return True
    return False


# a sentence's end before the next one, or before a credit a text browser ran into the caption
# ("... en Madrid (España).Gustavo Valiente / Europa Press")
LAST_SENTENCE_RE = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z(\[])|(?<=[a-z)][.!?])(?=[A-Z][a-z])")


MAX_ADDRESS_WORDS = 40  # a site's word to its reader is a line or two; a story's paragraph is longer
MAX_BID_WORDS = 70  # an appeal for support runs to a few sentences ("Like X? Consider ... follow us ...")
QUOTE_MARKS_RE = re.compile(r"[\"“”„«»]")
SENTENCE_OPENING_RE = re.compile(r"(?:^|[.!?:]\s*)$")  # what stands before a sentence's first word


def addresses_reader(paragraph: str, lexicon: Lexicon) -> bool:
    """A site speaking to its reader of itself, in whatever words: "To receive news updates daily,
    enter your email address", "You must confirm your public display name before commenting". A
    short paragraph with a word that addresses the reader ("you", "your") and a word of a site's
    services ("newsletter", "sign up", "cookies"; boilerplate data, `reader_words` and
    `site_services`). Nothing in quotation marks: "You can sign up online," she said, is the story's."""
    if QUOTE_MARKS_RE.search(paragraph):
        return False
    # "US" in capitals is a country, not "us"
    words = [w.lower() for w in WORD_RE.findall(paragraph) if not w.isupper()]
    to_reader = any(w in lexicon.reader_words for w in words)
    if len(paragraph.split()) <= MAX_BID_WORDS:
        # a bid in the site's own voice ("follow us", "help us") says it alone, in a longer appeal too
        if lexicon.site_bids.search(paragraph):
            return True
        # words a story uses of others too ("to become a member of the EU") bid only as the site's
        # imperative or beside its "you" or "our"
        site = to_reader or any(w in lexicon.site_voice for w in words)
        for bid in lexicon.support_bids.finditer(paragraph):
            if site or SENTENCE_OPENING_RE.search(paragraph[: bid.start()]):
                return True
    if len(paragraph.split()) > MAX_ADDRESS_WORDS or not to_reader:
        return False
    return lexicon.site_services.search(paragraph) is not None


MIN_WRAPPED = 60  # a text browser wraps at 72 to 100 columns: a shorter line ends its paragraph
MAX_WORD = 20  # a line this much short of the width ended: the next word would have fitted


def wrapped_at(lines: list[str]) -> int:
    """The length from which a line of this text was wrapped (went on in the next line): the
    width its long lines reach (their 95th percentile) less a word, and at least MIN_WRAPPED."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[int(0.95 * (len(lengths) - 1))] if lengths else 0
    return max(MIN_WRAPPED, width - MAX_WORD)


def goes_on(line: str, wrap: int) -> bool:
    """Whether a text browser's line went on in the next: it reached the wrapping width
    (`wrapped_at`) and ends with no sentence's stop. The stop itself, not `ends_sentence`: a line
    of a script that writes none (Thai, Lao) as long as a paragraph is one because the browser's
    width made it so, and its break tells nothing of where its sentence ends."""
    line = line.rstrip()
    return len(line) >= wrap and not SENTENCE_END_RE.search(line)


def _joins(previous: str, last_line: str, following: str, blank_between: bool, wrap: int) -> bool:
    """Whether `following` goes on the sentence that `previous` left unfinished."""
    if COMMA_QUOTE_END_RE.search(previous):
        return True  # '... things to come,”' then 'Mbumba said.': its attribution follows
    if CONTINUATION_START_RE.match(following):
        return True  # '... с мамой"' then ', – говорит врач': no paragraph opens with a comma
    if INITIALS_END_RE.search(previous) and LOWER_WORD_START_RE.match(following):
        return True
    if not blank_between and _date_across(previous, following):
        return True  # "... durch die Flut am 14. und 15." / "Juli 2021 ums Leben.": one date
    if SENTENCE_END_RE.search(previous):
        return False
    starts_lower = following[:1].islower()
    if blank_between:
        # scraped text breaks a sentence across a blank line: the rest starts lower-case
        return starts_lower or previous.endswith((",", "—", "–", "-"))
    # hard-wrapped lines: a line that reached the width goes on; a shorter one ended (a
    # heading, or another story's headline in a record whose paragraphs are lines)
    return starts_lower or previous.endswith((",", "—", "–", "-")) or len(last_line) >= wrap


DAY_STOP_END_RE = re.compile(r"(?<![\d.])[0-3]?\d\.$")  # "am 15.": a day written with its stop


def _date_across(previous: str, following: str) -> bool:
    """Whether a hard-wrapped line ends with a day's number and its stop that the next line's month
    and year complete ("15." / "Juli 2021", as German writes a date): no sentence ends there."""
    if not DAY_STOP_END_RE.search(previous):
        return False
    tail = previous[-6:]
    return any(
        match.start() < len(tail) < match.end() and found.month is not None
        for match, found in find_explicit(f"{tail} {following[:40]}")
    )


def join_broken(lines: list[str]) -> list[str]:
    """Lines into paragraphs: one paragraph per line, unless a sentence was broken."""
    wrap = wrapped_at(lines)
    paragraphs: list[str] = []
    blank_between = False
    last_line = ""
    for line in lines:
        if not line:
            blank_between = True
            continue
        if paragraphs and _joins(paragraphs[-1], last_line, line, blank_between, wrap):
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        else:
            paragraphs.append(line)
        blank_between = False
        last_line = line
    return paragraphs


def _furniture_list_items(lines: list[str], dropped: set[int]) -> list[int]:
    """The items of a numbered list two or more of whose items are furniture (a comment section's
    rules: "1. We welcome reader comments ...", "2. Please understand that comments are
    moderated ...", "4. Please do not write in block capitals ..."): the whole list is."""
    lists: list[list[int]] = []
    expected = None
    for i, line in enumerate(lines):
        number = LIST_NUMBER_RE.match(line)
        if number is None:
            continue  # an item's wrapped lines, or what stands between two lists
        value = int(line[: number.end()].strip().rstrip(".)"))
        if value == expected:
            lists[-1].append(i)
        else:
            lists.append([i])
        expected = value + 1
    return [i for items in lists if len(set(items) & dropped) >= 2 for i in items]


def clean_lines(lines: list[str], lexicon: Lexicon) -> list[str]:
    """Body paragraphs from the lines of a source (already stripped of markup)."""
    threshold = int(lexicon["boilerplate"].get("repeat_threshold", 3))
    small = small_words(lexicon)
    counts = Counter(_key(line) for line in lines if line)
    networks = share_networks(lexicon)
    gallery = _gallery_items(lines) | _share_bar_lines(lines, networks)
    kept = []
    dropped = []
    for i, line in enumerate(lines):
        if _related_label(line, lexicon):
            pass  # kept a paragraph of its own for now: it shows what follows it (related_lists)
        elif line and (counts[_key(line)] >= threshold or i in gallery or is_boilerplate(line, lexicon)):
            line = ""  # a dropped line still breaks the paragraph around it
            dropped.append(i)
        kept.append(line)
    # ... and takes with it the rest of its paragraph that a text browser wrapped onto the next
    # lines ("... Some comments may be republished on" / "the website or in the newspaper.")
    wrap = wrapped_at(lines)
    for i in sorted({*dropped, *_furniture_list_items(lines, set(dropped))}):
        kept[i] = ""
        last, j = lines[i], i + 1
        # a line that reached the width and ends no sentence went on in the next (not a short
        # "Advertisement" inside a story's broken sentence: that sentence is joined again)
        while j < len(lines) and kept[j] and lines[j][:1].islower() and goes_on(last, wrap):
            last, kept[j] = lines[j], ""
            j += 1
    paragraphs: list[str] = []
    seen: set[str] = set()
    joined = join_broken(kept)
    related = related_lists(joined, lexicon)
    for i, paragraph in enumerate(joined):
        if i in related:
            continue
        paragraph = _undoubled(paragraph)
        key = _key(paragraph)
        if not key or key in seen:
            continue
        if _headline_case(paragraph, small) or labelled_teaser(paragraph, lexicon):
            continue  # another story's headline, a teaser: "Doctors Threaten To Down Tools Due To ..."
        if addresses_reader(paragraph, lexicon) or share_bar(paragraph, networks):
            continue  # a share bar's buttons one a line, joined into one paragraph
        if is_caption(paragraph, lexicon):
            # a credit on a line of its own belongs to the caption just above it
            if is_credit_only(paragraph, lexicon) and paragraphs and _is_caption_above(paragraphs[-1]):
                paragraphs.pop()
            continue
        if page_field(paragraph, lexicon):
            continue
        seen.add(key)
        paragraphs.append(paragraph)
    paragraphs = _without_repeated_parts(paragraphs, lexicon)
    # related-story headlines after the article: short lines that end no sentence; not the items
    # of a list the story itself introduces ("The names of the missing are:")
    end = len(paragraphs)
    while end and not ends_sentence(paragraphs[end - 1]) and len(paragraphs[end - 1].split()) <= 25:
        end -= 1
    if not (0 < end < len(paragraphs) and _list_under(paragraphs[end - 1], paragraphs[end:], lexicon)):
        del paragraphs[end:]
    return paragraphs


def _list_under(lead: str, items: list[str], lexicon: Lexicon) -> bool:
    """Whether the short lines ending a story are the items of a list it introduces: a sentence that
    opens a list ("The official list of the missing is:"), or a shorter lead-in ("Для оформления
    понадобятся:", "Рекомендации медиков:") over items a bullet opens or that start in lower case
    ("- паспорт заявителя", "пить больше воды"), as no other story's headline does. Not a label
    over links, whose headlines are capitalised ("Другие новости:" / "Мэр рассказал о ..."), nor a
    page's label over its tags ("Filed under:" / "gwyneth paltrow"; boilerplate data,
    `page_field_labels` and `related_labels`)."""
    if introduces_list(lead):
        return True
    label = lead.strip().removesuffix(":").strip().lower()
    if label in lexicon.reading_words("boilerplate", "page_field_labels") or _related_label(lead, lexicon):
        return False
    return lead.rstrip().endswith(":") and all(BULLET_RE.match(item) or item[:1].islower() for item in items)


# "Wordcount: 717", "Rating: 9 Votes", "Source: TheGuardian.com", "Posted in: News", "Updated:
# February 5, 2016": a label of a word or two and a count, an address, a date or a single name,
# the fields a page prints of its own data; a crosshead says more ("Destination: Mars!",
# "Afghanistan: Between Hope and Fear")
PAGE_FIELD_RE = re.compile(
    r"^\(?(?P<label>[A-Z][a-z]+(?: [a-z]+)?):\s+(?:(?P<count>\d[\d,.]*(?: [A-Za-z]+)?)"
    r"|(?P<address>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6})|(?P<name>[A-Z][\w-]*)|(?P<other>[^:]{6,40}?))\)?$"
)


def page_field(paragraph: str, lexicon: Lexicon) -> bool:
    """A line of a page's data about itself, not the story's: a label the page's data uses
    (boilerplate data, `page_field_labels`) and a bare value. The story's own facts take the same
    shape under their own labels ("Death toll: 1,200", "Population: 45,000", "Winner: Argentina")."""
    found = PAGE_FIELD_RE.match(paragraph.strip())
    if found is None or found.group("label").lower() not in lexicon.words("boilerplate", "page_field_labels"):
        return False
    # "Updated: February 5, 2016": any other value only when it is a date
    return found.group("other") is None or parse_date_line(found.group("other")) is not None


MAX_TEASER_WORDS = 40  # a headline with its standfirst; the story's paragraphs are mostly longer
MAX_LISTED = 4  # the links a page lists between two labels ("Useful reading:" ... "Tags:")


def _related_label(line: str, lexicon: Lexicon) -> bool:
    return bool(line) and any(p.match(line.strip()) for p in lexicon.related_labels)


def related_lists(paragraphs: list[str], lexicon: Lexicon) -> set[int]:
    """Other stories' links under a label ("READ MORE:", "Useful reading", "Tags:"): the label,
    the headlines right under it (short paragraphs that end no sentence), and whatever short
    paragraphs stand between it and the next label, one of them at most a sentence (a teaser
    written as one; the story's own paragraphs, when a card of links stood inside it, are
    sentences). That sentence stands first under its label, as a teaser's headline does: one
    after the headlines is the story going on under its card of links ("Читайте также:" /
    "Генштаб ВСУ: за сутки ..." / "В заседании приняли участие ..." / "Вас также может
    заинтересовать:")."""
    labels = [
        i
        for i, p in enumerate(paragraphs)
        if _related_label(p, lexicon)
        or _bare_label(p)
        and _lists_links(paragraphs[i + 1 : i + 2])
        and _heads_links(paragraphs, i, lexicon)
    ]
    dropped = set(labels)
    for at, i in enumerate(labels):
        following = labels[at + 1] if at + 1 < len(labels) else None
        between = range(i + 1, following) if following is not None else range(0)
        sentences = [j for j in between if SENTENCE_END_RE.search(paragraphs[j])]
        if (
            0 < len(between) <= MAX_LISTED
            and all(len(paragraphs[j].split()) <= MAX_TEASER_WORDS for j in between)
            and sentences in ([], [i + 1])
        ):
            dropped.update(between)
            continue
        for j in range(i + 1, following if following is not None else len(paragraphs)):
            if len(paragraphs[j].split()) > MAX_TEASER_WORDS or SENTENCE_END_RE.search(paragraphs[j]):
                break
            dropped.add(j)
    return dropped


MAX_BARE_LABEL_WORDS = 4


def _bare_label(text: str) -> bool:
    """A few capitalised words and a colon on a line of their own ("More:", "Trending Right Now:",
    "BGR Top Deals:"): a page's label over its links, whatever its words. The story's own lead-in
    to a list is a sentence ("The names of the missing are:", introduces_list), not a label."""
    words = text.rstrip().removesuffix(":").split()
    return (
        text.rstrip().endswith(":")
        and 0 < len(words) <= MAX_BARE_LABEL_WORDS
        and ":" not in text.rstrip()[:-1]
        and all(word[:1].isupper() or word[:1].isdigit() for word in words)
    )


def _heads_links(paragraphs: list[str], at: int, lexicon: Lexicon) -> bool:
    """Whether a bare label shows it heads links: it stands in the page's second half, where its
    links and menus follow the story; or it holds a word of a link label (boilerplate data,
    `link_label_words`: "More:", "Trending Right Now:", "Edition:"); or the line under it is in
    headline case. The story's own points under a heading of its first half ("What We Know:",
    "At least 12 people were killed") stay."""
    if 2 * at >= len(paragraphs):
        return True
    words = lexicon.words("boilerplate", "link_label_words")
    if any(word.lower() in words for word in WORD_RE.findall(paragraphs[at])):
        return True
    return _headline_case(paragraphs[at + 1], small_words(lexicon))


def _lists_links(following: list[str]) -> bool:
    """Whether what follows a label is a link's headline: short, and no sentence ends it."""
    return bool(following) and all(
        len(p.split()) <= MAX_TEASER_WORDS and not SENTENCE_END_RE.search(p) for p in following
    )


MIN_LEAD_IN_WORDS = 5


def introduces_list(text: str) -> bool:
    """A sentence that ends in a colon and so opens a list: "The official list of the missing
    is:". Not a label ("Read more:", "Related stories:", "... Contact us: Advertising:"), which
    opens other stories' headlines or a footer's addresses: a label is short, or capitalised."""
    words = text.rstrip().removesuffix(":").split()
    return (
        text.rstrip().endswith(":")
        and ":" not in text.rstrip()[:-1]
        and len(words) >= MIN_LEAD_IN_WORDS
        and words[-1].islower()
    )


GALLERY_RE = re.compile(r"^(?P<at>\d{1,3})\s?/\s?(?P<of>\d{1,3})\s+\S")


def _gallery_items(lines: list[str]) -> set[int]:
    """The lines of a photo gallery numbered without brackets ("1/16 2001 Afghans at the camp
    ...", "2/16 ..."): two or more counters out of one total. One "9/11 victims" is prose."""
    counted: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        match = GALLERY_RE.match(line.strip())
        if match and 0 < int(match["at"]) <= int(match["of"]):
            counted.setdefault(match["of"], []).append((i, int(match["at"])))
    return {i for items in counted.values() if len({at for _, at in items}) >= 2 for i, _ in items}


MAX_HEADLINE_WORDS = 20
WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


MAX_LABELLED_TEASER_WORDS = 30  # a label and a headline: a story's paragraph that opens so is longer


def labelled_teaser(paragraph: str, lexicon: Lexicon) -> bool:
    """Another story's headline under a label on its own line: "RELATED: Kids' Letters ...",
    "Related: 7 Strange Signs ...", "WATCH: How prison has shaped ...", "PREVIOUS Cost-of-living
    adjustment ..." (boilerplate data, `related_labels` and `teaser_labels`). The label ends in a
    colon or is written in capitals, and what follows ends no sentence: "Watch the video: it shows
    the bridge." and "Next year the bridge opens." are a story's."""
    if len(paragraph.split()) > MAX_LABELLED_TEASER_WORDS or SENTENCE_END_RE.search(paragraph):
        return False
    board = lexicon["boilerplate"]
    labels = tuple([*(board.get("related_labels") or ()), *(board.get("teaser_labels") or ())])
    return any(pattern.match(paragraph) for pattern in _teaser_label_res(labels))


@lru_cache(maxsize=8)
def _teaser_label_res(labels: tuple[str, ...]) -> list[re.Pattern[str]]:
    """A label, then a colon and the headline, or the label in capitals and the headline."""
    found = []
    for label in labels:
        found.append(re.compile(rf"^(?i:{label})\s*:\s*\S"))
        found.append(re.compile(rf"^(?=[^a-z]+\s)(?i:{label})\s+[A-Z0-9‘'\"“]"))
    return found


def _headline_case(paragraph: str, small: frozenset[str]) -> bool:
    """A line in headline case inside a body: every word capitalised, the small words too
    ("... Claims That MDC Members Assaulted Him During ..."), and no sentence's end. Prose
    never capitalises its small words; the headlines of other stories (teasers, related
    links) do. The small words: the language's (grammar.yaml) and every language's common
    words (languages.yaml)."""
    words = WORD_RE.findall(paragraph)
    if not 3 <= len(words) <= MAX_HEADLINE_WORDS or SENTENCE_END_RE.search(paragraph):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return any(len(w) > 1 and w.lower() in small for w in words[1:])


def small_words(lexicon: Lexicon) -> frozenset[str]:
    """The words a headline case leaves in lower case, or a topic is not made of: the
    language's small words (grammar.yaml) and every language's common words."""
    lists = lexicon.raw["languages"].get("stopwords") or {}
    common = frozenset(w.lower() for words in lists.values() for w in words)
    return common | lexicon.words("grammar", "small_words")


def _undoubled(paragraph: str) -> str:
    """ "The defense ministries The defense ministries": a heading a page printed twice, once;
    "He was jailed.He was jailed for six years ...": a standfirst run into the paragraph that
    repeats it, once."""
    words = paragraph.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    first = FIRST_SENTENCE_RE.match(paragraph)
    if first and len(first.group(1).split()) >= MIN_REPEATED_WORDS:
        rest = paragraph[first.end() :].lstrip()
        if rest.startswith(first.group(1).rstrip(".!?")):
            return rest
    return paragraph


FIRST_SENTENCE_RE = re.compile(r"(.+?[.!?])(?=\s*[A-Z])")
MIN_REPEATED_WORDS = 6  # a pull quote or standfirst is a sentence; "Read more" repeats by design


def _without_repeated_parts(paragraphs: list[str], lexicon: Lexicon) -> list[str]:
    """Without a paragraph that a longer one holds whole, or nearly (`_mostly_in`): a standfirst,
    pull quote or caption that repeats the story's own sentence ("The problem with Tiangong-1 is
    that it's rather massive"). Longer by a sentence at least; one longer by a few words is a
    caption, its sentence and a credit ("... settled. (File)"), and the story's paragraph is the
    one to keep."""
    keys = [f" {_key(p)} " for p in paragraphs]
    words = [k.split() for k in keys]
    sizes = [len(w) for w in words]
    bags = [Counter(w) for w in words]
    # a list's number ("1. LePage proves ...") is the item's place, not a count it tells
    counts = [
        {w for w in _key(LIST_NUMBER_RE.sub("", p)).split() if any(c.isdigit() for c in w)}
        for p in paragraphs
    ]
    held = {
        i: [
            j
            for j, k in enumerate(keys)
            if sizes[j] >= sizes[i] + MIN_REPEATED_WORDS
            # a quotation told again in other words keeps both tellings: each names its speaker
            # its own way ("McGrew said" beside "Donna McGrew, mother of Maj. X, said")
            # nor one alike but for its numbers ("12 people had been killed" beside a later "19
            # ... and 40 more were wounded"): it tells another count
            and (
                keys[i] in k
                or not QUOTE_MARKS_RE.search(paragraphs[i])
                and counts[i] <= bags[j].keys()
                # SequenceMatcher, on every pair of a long page, is the cost of the cleaning: the
                # words in order it matches are never more than the words both hold
                and sum((bags[i] & bags[j]).values()) >= MIN_RETOLD_SHARE * sizes[i]
                and _mostly_in(words[i], words[j])
            )
            # a caption that is the story's paragraph whole and a few words more, a credit or
            # "- according to the briefing": the story's shorter paragraph stays
            or 0 < sizes[i] - sizes[j] < MIN_REPEATED_WORDS <= sizes[j]
            and k in keys[i]
            and _credited_copy(paragraphs[i], paragraphs[j], lexicon)
        ]
        for i in range(len(keys))
        if sizes[i] >= MIN_REPEATED_WORDS
    }
    holders = Counter(j for found in held.values() for j in found)
    # a paragraph that holds several others whole is a run-together copy of them (a statement
    # printed as one block and again by paragraphs): the paragraphs stay
    return [p for i, p in enumerate(paragraphs) if not any(holders[j] == 1 for j in held.get(i, []))]


# where a caption's credit starts after the words it repeats: a sentence's end, a gap, a dash or
# a bar ("... ongoing”  –  according to the briefing"), a bracket ("... settled. (File)")
CREDIT_SPLIT_RE = re.compile(r"[.!?][\"'”’)]*\s+|\s{2,}|\s*[|•–—-]\s+|\s*(?=[(\[])")
TRAILER_START_RE = re.compile(r"^[|•–—-]\s*\S")
BRACKETED_RE = re.compile(r"^[(\[][^()\[\]]+[)\]]\.?$")


def _credited_copy(longer: str, shorter: str, lexicon: Lexicon) -> bool:
    """Whether `longer` is `shorter` and a few words a page put after a copy of it: a credit
    (`is_credit_only`), a bracket ("(File)"), a trailer set off by a dash ("– according to the
    briefing"), or a teaser's section or byline ("... Jupiter and Saturn Local"). Not the story's
    sentence beside its bare pull quote ('"We will rebuild ...," the mayor said on Tuesday.' beside
    "We will rebuild ..."): a paragraph that holds the quotation marks the shorter lacks, or ends
    a sentence the shorter leaves unfinished, names its speaker or says more, and is the story's."""
    wanted = _key(shorter)
    for split in CREDIT_SPLIT_RE.finditer(longer):
        if _key(longer[: split.start()]) != wanted:
            continue
        tail = longer[split.start() :].strip()
        rest = longer[split.end() :].strip()
        if TRAILER_START_RE.match(tail) or BRACKETED_RE.match(rest) or is_credit_only(rest, lexicon):
            return True
    quoted = QUOTE_MARKS_RE.search(longer) and not QUOTE_MARKS_RE.search(shorter)
    ended = SENTENCE_END_RE.search(longer) and not SENTENCE_END_RE.search(shorter)
    return not (quoted or ended)


MIN_RETOLD_WORDS = 10  # a run of words two paragraphs share that chance does not give them
MIN_RETOLD_SHARE = 0.9  # of the shorter paragraph's words, found in order in the longer one


def _mostly_in(short: list[str], long: list[str]) -> bool:
    """Whether a paragraph tells again, word for word but for its subject or a spelling, what a
    longer one says ("MEC Mamabolo urged the public to limit travel ..." beside "... and urged the
    public to limit travel ...", a pull quote without the "- according to the briefing" after it,
    a standfirst that calls the man by his name where the story says "The radical preacher").
    Not a list's items that share their description ("8777 Frederick Road culvert improvement:
    Increase capacity ..."), nor a sentence that retells a quotation in other words: each keeps
    more than a tenth of its own."""
    if len(short) < MIN_RETOLD_WORDS:
        return False
    matcher = SequenceMatcher(None, short, long, autojunk=False)
    blocks = matcher.get_matching_blocks()
    return max(b.size for b in blocks) >= MIN_RETOLD_WORDS and sum(
        b.size for b in blocks
    ) >= MIN_RETOLD_SHARE * len(short)


def is_credit_only(paragraph: str, lexicon: Lexicon) -> bool:
    """A paragraph that is nothing but a photo credit: "Sergei Grits/AP"."""
    return any(
        (m := pattern.search(paragraph)) is not None and m.start() == 0 for pattern in lexicon.captions
    )


def _is_caption_above(paragraph: str) -> bool:
    """A short paragraph that ends no sentence, or ends with the photo's date ("..., Feb. 3, 2026.")."""
    if len(paragraph.split()) > MAX_CAPTION_WORDS:
        return False
    return not SENTENCE_END_RE.search(paragraph) or bool(re.search(r"\b(19|20)\d\d\.$", paragraph))
