"""Measure quote and speaker extraction against PolNeAR's human attributions (train or dev only).

    .venv/bin/python scripts/polnear_eval.py --polnear DIR [--split dev|train] [--limit N]
                                             [--json] [--misses] [--no-corenlp]

PolNeAR (github.com/networkdynamics/PolNeAR; Newell, Margolin and Ruths, LREC 2018) is
1,008 US political news articles of 2015-16 in which people annotated every attribution
with three spans: source (who), cue ("said") and content (what). Its split `test` is
reserved for an independent evaluation: this script refuses it and never lists, opens or
counts a file of it (`PolnearData` refuses every path outside data/dev and data/train).

Getting the data (DIR), either of:

    git clone --depth 1 https://github.com/networkdynamics/PolNeAR           # DIR=PolNeAR
    git clone --bare --depth 1 https://github.com/networkdynamics/PolNeAR polnear.git

A checkout (or an extracted archive of one, or its `data` folder) is read as files; a bare
git directory (DIR=polnear.git) is read with `git ls-tree` and `git show HEAD:PATH`, so
nothing needs checking out. Files read, for each article NAME of the split:
data/<split>/text/NAME.txt (the article), data/<split>/attributions/NAME_ANNOTATOR.ann
(BRAT standoff: `T` lines are labelled spans with character offsets into the text, `E`
lines tie a Source, Cue and Content into one attribution) and, if present,
data/<split>/corenlp/NAME.txt.xml (CoreNLP's automatic parse, for its coreference).
metadata.tsv is not read: it lists the test articles too. An article that several people
annotated (the agreement sets) is scored once, with the annotator whose id sorts first.

What is scored, per article of the split:

- predicted: the article text goes the product's way for a plain-text source, as
  `generator.pipeline` runs it: `readers.read_source` on a .txt file, then
  `extraction.extract_briefing`, with the model of the default settings loaded once by
  `generator.nlp.load_model`; the briefing's `quotes` (text, speaker) are the prediction.
- gold: the attributions whose content is a DIRECT quote: at least DIRECT_SHARE of the
  content's letters and digits lie between quotation marks (straight or curly, paired within
  a paragraph; one left open runs to the paragraph's end, as a quote continued in the next
  paragraph does). Left out, and counted: indirect contents (nothing quoted), partly quoted
  ones ('called it "a disaster"'), direct quotes with no source, and quotes in the headline
  (the text before the first blank line, a title rather than the body).
- found: the predicted quotes, compared word by word (normalised by `norm` of
  tests/eval/score.py, shared runs of MIN_BLOCK words or more), cover at least FOUND_SHARE
  of the words inside the gold content's quotation marks.
- speaker right: among found quotes, the predicted quote covering most of the gold words has
  a speaker that `speaker_ok` of tests/eval/score.py accepts (surname/last token, case and
  accents ignored) for one of the gold speaker names below.

Kinds of gold source, from the source span's syntactic head in a spaCy parse of the whole
raw article (the project's model; the spaCy label decides, plus one small rule):

- name: the head, or a word in apposition to it inside the span ("one driver, Amal
  Siddiqui, who ..."), is in a PERSON entity, or the head is a proper noun with no entity
  ("contains a proper name"); gold speaker: that entity, or the run of proper nouns.
- organisation: the same with an ORG, GPE or FAC entity ("the White House", "the
  Pentagon", "Russia"); gold speaker: that entity. The rule: a one- or two-word ORG that
  ends in the surname of a PERSON named in the article ("Trump said", which the small model
  sometimes tags ORG) is a name.
- pronoun: the head is one of PRONOUNS (personal, possessive, relative, demonstrative).
- role: anything else, a common-noun phrase ("the spokesman", "officials", "the campaign",
  "Republicans", "some").

Whom a pronoun or role source stands for. PolNeAR's human annotation has no coreference (the
.ann files hold only Source, Cue, Content, Discard and Discuss spans); PolNeAR does ship
CoreNLP's automatic coreference (dcoref) for train and dev. So, in this order:

1. corenlp-coref: the CoreNLP chains that hold a mention whose head word lies inside the
   source span; every proper name of the wanted kind in them (a mention headed by an NNP
   word tagged PERSON, or ORGANIZATION/LOCATION) is accepted. Automatic, so it can be wrong;
   --no-corenlp skips this step.
2. otherwise nearest-*: the nearest entity of the wanted kind that ends BEFORE the source
   span, in the spaCy parse of the raw article, outside quotation marks (a name inside
   someone's quote is not who speaks). No gender or number check: "she" can get a man.

The wanted kind: a person (PERSON; CoreNLP PERSON) for he/she/I/you/who and their case
forms and for role nouns; an organisation (ORG/GPE/FAC; CoreNLP ORGANIZATION/LOCATION) for
it/its/which and for role heads in ORGANISATION_NOUNS ("the campaign", "the poll"); either,
both accepted, for they/we/that/this and their case forms. For name, organisation and role
sources the source span's own text is accepted as well ("Clinton campaign" for "the Clinton
campaign"). A pronoun with no referent found ("none") has no right speaker.

Prints a table by source kind (gold, found, recall, speaker right among found) and one for
pronoun and role sources by the rule that named their referent; --json prints the same as
one JSON object; --misses lists every gold quote missed or given to a wrong speaker.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

    from generator.lexicon import Lexicon
    from generator.schema import Quote

SPLITS = ("dev", "train")
RESERVED_SPLIT = "test"
KINDS = ("name", "pronoun", "role", "organisation")
DIRECT_SHARE = 0.8  # of the content's letters inside quotation marks: a quote, not a paraphrase
FOUND_SHARE = 0.5  # of the gold quote's words covered by predicted quotes: "most of it"
MIN_BLOCK = 2  # a shared run of fewer words ("the", "we") is chance, not the same quote

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "i", "me", "my", "you", "your", "who", "whom"}
ORGANISATION_PRONOUNS = {"it", "its", "which"}
EITHER_PRONOUNS = {"they", "them", "their", "theirs", "we", "us", "our", "that", "this", "these", "those"}
PRONOUNS = PERSON_PRONOUNS | ORGANISATION_PRONOUNS | EITHER_PRONOUNS
# Heads of role phrases that stand for an organisation, not a person, so their referent is
# an organisation. The scorer's own list, not the product's lexicon: a change to the
# product must not move the goalposts.
ORGANISATION_NOUN_LIST = """
administration agency authority board bureau campaign commission committee company
corporation council court department firm foundation government group institute magazine
ministry network newspaper office organisation organization paper party poll pollster site
study survey team union website
"""
ORGANISATION_NOUNS = frozenset(ORGANISATION_NOUN_LIST.split())
PERSON_LABELS = {"PERSON"}
ORGANISATION_LABELS = {"ORG", "GPE", "FAC"}
QUOTE_MARKS_RE = re.compile('["“”]')
POSSESSIVE_RE = re.compile(r"(?:['’]s|['’])$")
ANN_SPAN_RE = re.compile(r"^(?P<id>T\d+)\t(?P<label>\S+) (?P<offsets>\d+ \d+(?:;\d+ \d+)*)\t")


def _score_module() -> ModuleType:
    """tests/eval/score.py, the team's scorer: its `norm` and `speaker_ok` are the rules here too."""
    path = ROOT / "tests" / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("eval_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = _score_module()
norm: Callable[[str | None], str] = SCORE.norm
speaker_ok: Callable[[list[str], Any], bool] = SCORE.speaker_ok


# ---------------------------------------------------------------- reading PolNeAR


class ReservedSplitError(ValueError):
    """A path of the test split was about to be read."""


@dataclass(frozen=True)
class ArticleFiles:
    name: str  # file name without extension, e.g. "nyt_2016-09-12_..."
    annotator: str
    text_path: str  # relative to the data folder
    ann_path: str
    corenlp_path: str


class PolnearData:
    """Read-only access to the train and dev splits of a PolNeAR checkout or bare git dir.

    Every path goes through `_allowed`, so no code path can read the test split by mistake.
    """

    def __init__(self, location: Path) -> None:
        location = location.expanduser()
        self.git_dir: Path | None = None
        self.data_dir: Path | None = None
        if (location / "data").is_dir():
            self.data_dir = location / "data"
        elif any((location / split).is_dir() for split in SPLITS):
            self.data_dir = location  # the data folder itself
        elif (location / "HEAD").is_file() and (location / "objects").is_dir():
            self.git_dir = location  # a bare repository (or a .git folder)
        else:
            raise SystemExit(
                f"{location}: not a PolNeAR checkout (no data/ folder) nor a bare git directory; "
                "see `--help` for how to get one"
            )

    @staticmethod
    def _allowed(relative: str) -> str:
        parts = relative.strip("/").split("/")
        if RESERVED_SPLIT in parts or ".." in parts or len(parts) < 2 or parts[0] not in SPLITS:
            raise ReservedSplitError(f"refusing to read {relative!r}: only {', '.join(SPLITS)} are read")
        return relative

    def _git(self, *args: str) -> bytes:
        assert self.git_dir is not None
        done = subprocess.run(["git", "--git-dir", str(self.git_dir), *args], capture_output=True)
        if done.returncode:
            raise SystemExit(f"git {' '.join(args)}: {done.stderr.decode(errors='replace').strip()}")
        return done.stdout

    def list_dir(self, relative: str) -> list[str]:
        """File names in a folder of the data (relative to data/)."""
        self._allowed(relative)
        if self.data_dir is not None:
            folder = self.data_dir / relative
            return sorted(p.name for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
        out = self._git("ls-tree", "--name-only", "HEAD", f"data/{relative.strip('/')}/")
        return sorted(line.rsplit("/", 1)[-1] for line in out.decode().splitlines() if line)

    def read(self, relative: str) -> str:
        self._allowed(relative)
        if self.data_dir is not None:
            # bytes, not read_text: no newline translation, so the .ann offsets stay exact
            return (self.data_dir / relative).read_bytes().decode("utf-8")
        return self._git("show", f"HEAD:data/{relative}").decode("utf-8")

    def read_optional(self, relative: str) -> str | None:
        """A file's text, or None when the data has no such file (CoreNLP output is optional)."""
        self._allowed(relative)
        if self.data_dir is not None:
            path = self.data_dir / relative
            return path.read_bytes().decode("utf-8") if path.is_file() else None
        assert self.git_dir is not None
        done = subprocess.run(
            ["git", "--git-dir", str(self.git_dir), "show", f"HEAD:data/{relative}"], capture_output=True
        )
        return done.stdout.decode("utf-8") if done.returncode == 0 else None

    def articles(self, split: str) -> list[ArticleFiles]:
        """One entry per article of the split, with the first annotator's annotation."""
        chosen: dict[str, ArticleFiles] = {}
        for file_name in self.list_dir(f"{split}/attributions"):
            if not file_name.endswith(".ann"):
                continue
            name, _, annotator = file_name.removesuffix(".ann").rpartition("_")
            if name and (name not in chosen or annotator < chosen[name].annotator):
                chosen[name] = ArticleFiles(
                    name,
                    annotator,
                    f"{split}/text/{name}.txt",
                    f"{split}/attributions/{file_name}",
                    f"{split}/corenlp/{name}.txt.xml",
                )
        return [chosen[name] for name in sorted(chosen)]


@dataclass
class AnnSpan:
    label: str
    fragments: list[tuple[int, int]]


@dataclass
class Attribution:
    id: str
    source: AnnSpan | None
    cue: AnnSpan | None
    content: list[AnnSpan]


def parse_ann(text: str) -> list[Attribution]:
    """The attributions of a BRAT .ann file: `T` spans tied together by `E` events."""
    spans: dict[str, AnnSpan] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in text.splitlines():
        match = ANN_SPAN_RE.match(line)
        if match:
            pairs = (f.split() for f in match.group("offsets").split(";"))
            spans[match.group("id")] = AnnSpan(match.group("label"), [(int(a), int(b)) for a, b in pairs])
        elif line.startswith("E") and "\t" in line:
            event_id, _, roles = line.partition("\t")
            links = [r.split(":", 1) for r in roles.split() if ":" in r]
            events.append((event_id, [(role, span_id) for role, span_id in links]))
    attributions = []
    for event_id, roles in events:
        source, cue, content = None, None, []
        for role, span_id in roles:
            span = spans.get(span_id)
            if span is None:
                continue
            kind = role.rstrip("0123456789")  # BRAT numbers a repeated role: Content2
            if kind == "Source":
                source = span
            elif kind == "Cue":
                cue = span
            elif kind == "Content":
                content.append(span)
        attributions.append(Attribution(event_id, source, cue, content))
    return attributions


# ---------------------------------------------------------------- gold quotes


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges between quotation marks, paired within each paragraph (line).

    Curly marks open and close; straight ones alternate. A quote left open runs to the end
    of its line: news style leaves a quote open when it goes on in the next paragraph.
    Single quotes are not used: ’ is also the apostrophe.
    """
    regions: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        start: int | None = None
        for mark in QUOTE_MARKS_RE.finditer(line):
            char, at = mark.group(), offset + mark.start()
            if start is None and char in '"“':
                start = at + 1
            elif start is not None and char in '"”':
                regions.append((start, at))
                start = None
            elif start is not None and char == "“":
                start = at + 1  # a stray opener: the quote starts again here
        if start is not None:
            regions.append((start, offset + len(line)))
        offset += len(line) + 1
    return regions


def _inside(position: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in regions)


def quoted_text(
    text: str, fragments: list[tuple[int, int]], regions: list[tuple[int, int]]
) -> tuple[float, str]:
    """(share of the fragments' letters and digits inside quotation marks, that quoted text)."""
    inside = total = 0
    pieces: list[str] = []
    for a, b in fragments:
        current: list[str] = []
        for i in range(a, b):
            char = text[i]
            within = _inside(i, regions)
            if char.isalnum():
                total += 1
                inside += within
            if within:
                current.append(char)
            elif current:
                pieces.append("".join(current))
                current = []
        if current:
            pieces.append("".join(current))
    return (inside / total if total else 0.0), " ".join(" ".join(pieces).split())


def clean_name(text: str) -> str:
    """A name as a speaker: no possessive ("Trump's" -> "Trump"), no surrounding punctuation."""
    text = " ".join(text.split()).strip(" ,.;:()[]\"“”‘’'—–-")
    return POSSESSIVE_RE.sub("", text).strip()


@dataclass
class Gold:
    article: str
    attribution: str
    quote: str  # the words inside the content's quotation marks
    source: str  # the source span as written
    cue: str  # the cue span ("said"), for reading misses
    kind: str
    speakers: list[str]  # names a predicted speaker may match
    resolved_by: str  # self, nearest-person, nearest-organisation, nearest-either, none
    offset: int  # of the content, for reading misses in order


@dataclass
class Excluded:
    indirect: int = 0  # no word of the content in quotation marks: a paraphrase
    partial: int = 0  # some of it quoted: 'called it "a disaster"'
    no_source: int = 0
    in_headline: int = 0
    source_unaligned: int = 0  # a source span no spaCy token lies in (none in dev)


def _span_of(doc: Doc, fragments: list[tuple[int, int]]) -> Span | None:
    """The spaCy span of a source's longest fragment (a source is rarely split)."""
    a, b = max(fragments, key=lambda f: f[1] - f[0])
    return doc.char_span(a, b, alignment_mode="expand")


def _entity_at(token: Token, labels: set[str]) -> Span | None:
    for entity in token.doc.ents:
        if entity.label_ in labels and entity.start <= token.i < entity.end:
            return entity
    return None


def _entity_of(span: Span, labels: set[str]) -> Span | None:
    """The entity at the span's head, or at a word in apposition to it inside the span:
    "one driver, Amal Siddiqui, who ..." is Amal Siddiqui speaking, not a role."""
    root = span.root
    candidates = [root] + [c for c in root.children if c.dep_ == "appos" and span.start <= c.i < span.end]
    for token in candidates:
        entity = _entity_at(token, labels)
        if entity is not None:
            return entity
    return None


def _proper_run(span: Span) -> str:
    """The proper nouns around the head: 'Mr. Lou' for 'Mr. Lou', 'Jeb' for 'Jeb!'."""
    root = span.root
    tokens = [root]
    for step in (-1, 1):
        i = root.i + step
        while span.start <= i < span.end and span.doc[i].pos_ == "PROPN":
            tokens.append(span.doc[i])
            i += step
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def _surnames(doc: Doc) -> set[str]:
    """Last words of the article's PERSON entities: 'trump' once 'Donald Trump' was seen."""
    return {
        norm(clean_name(e.text)).split()[-1] for e in doc.ents if e.label_ in PERSON_LABELS and norm(e.text)
    }


def classify(span: Span) -> tuple[str, str | None]:
    """(kind, the name it gives) of a source span, from its head."""
    person = _entity_of(span, PERSON_LABELS)
    if person is not None:
        return "name", person.text
    organisation = _entity_of(span, ORGANISATION_LABELS)
    if organisation is not None:
        # the small model tags a bare surname as ORG now and then ("Trump said"): a one- or
        # two-word "organisation" ending in a surname of the article's people is that person
        words = norm(clean_name(organisation.text)).split()
        if len(words) <= 2 and words and words[-1] in _surnames(span.doc):
            return "name", organisation.text
        return "organisation", organisation.text
    root = span.root
    if root.lower_ in PRONOUNS:
        return "pronoun", None
    if root.pos_ == "PROPN":
        return "name", _proper_run(span)
    return "role", None


def nearest_before(doc: Doc, offset: int, labels: set[str], regions: list[tuple[int, int]]) -> str | None:
    """The last entity with one of `labels` that ends before `offset`, outside quotation marks."""
    best = None
    for entity in doc.ents:
        if entity.end_char > offset:
            break
        if entity.label_ in labels and not _inside(entity.start_char, regions):
            best = entity
    return clean_name(best.text) if best is not None else None


CORENLP_LABELS = {"person": {"PERSON"}, "organisation": {"ORGANIZATION", "LOCATION"}}
SPACY_LABELS = {"person": PERSON_LABELS, "organisation": ORGANISATION_LABELS}


@dataclass(frozen=True)
class ChainMention:
    head_start: int  # characters of the mention's head word in the article text
    head_end: int
    name: str | None  # the proper name at its head, if CoreNLP tagged one
    label: str | None  # CoreNLP's NER label of that name


class CorenlpCoref:
    """Coreference chains of CoreNLP's dcoref, as PolNeAR ships them in data/<split>/corenlp.

    Automatic output, not human annotation: used only to find whom a pronoun or role source
    stands for, before falling back to the nearest preceding name.
    """

    def __init__(self, chains: list[list[ChainMention]]) -> None:
        self.chains = chains

    @classmethod
    def parse(cls, xml_text: str, text: str) -> CorenlpCoref:
        root = ElementTree.fromstring(xml_text.encode("utf-8"))
        tokens: dict[int, list[tuple[int, int, str, str]]] = {}
        for sentence in root.findall("document/sentences/sentence"):
            tokens[int(sentence.get("id", 0))] = [
                (
                    int(token.findtext("CharacterOffsetBegin", "0")),
                    int(token.findtext("CharacterOffsetEnd", "0")),
                    token.findtext("POS", ""),
                    token.findtext("NER", "O"),
                )
                for token in sentence.findall("tokens/token")
            ]
        chains = []
        for chain in root.findall("document/coreference/coreference"):
            mentions = []
            for mention in chain.findall("mention"):
                words = tokens.get(int(mention.findtext("sentence", "0")), [])
                start, end = int(mention.findtext("start", "1")) - 1, int(mention.findtext("end", "1")) - 1
                head = int(mention.findtext("head", "1")) - 1
                if not 0 <= start <= head < end <= len(words):
                    continue
                begin, finish, pos, label = words[head]
                name = None
                if pos.startswith("NNP") and label != "O":
                    # the run of tokens with the head's label: "Hillary Clinton" for head "Clinton"
                    first = last = head
                    while first > start and words[first - 1][3] == label:
                        first -= 1
                    while last + 1 < end and words[last + 1][3] == label:
                        last += 1
                    name = clean_name(text[words[first][0] : words[last][1]])
                mentions.append(ChainMention(begin, finish, name, label if name else None))
            chains.append(mentions)
        return cls(chains)

    def names_for(self, fragments: list[tuple[int, int]], kinds: list[str]) -> list[str]:
        """Proper names of the given kinds in the chains that a mention headed inside the span is in."""
        labels = set().union(*(CORENLP_LABELS[k] for k in kinds))
        names: list[str] = []
        for chain in self.chains:
            if any(a <= m.head_start < b for m in chain for a, b in fragments):
                names += [m.name for m in chain if m.name and m.label in labels]
        return list(dict.fromkeys(names))


def referents(
    doc: Doc, kind: str, span: Span, regions: list[tuple[int, int]], coref: CorenlpCoref | None
) -> tuple[list[str], str]:
    """Names a pronoun or role source may stand for, and which rule gave them."""
    head = span.root.lower_ if kind == "pronoun" else span.root.lemma_.lower()
    if kind == "pronoun" and head in EITHER_PRONOUNS:
        wanted = ["person", "organisation"]
    elif (kind == "pronoun" and head in ORGANISATION_PRONOUNS) or head in ORGANISATION_NOUNS:
        wanted = ["organisation"]
    else:
        wanted = ["person"]
    if coref is not None:
        named = coref.names_for([(span.start_char, span.end_char)], wanted)
        if named:
            return named, "corenlp-coref"
    names = [nearest_before(doc, span.start_char, SPACY_LABELS[w], regions) for w in wanted]
    found = [n for n in names if n]
    rule = "nearest-" + ("either" if len(wanted) == 2 else wanted[0])
    return found, rule if found else "none"


def gold_quotes(
    article: str,
    text: str,
    attributions: list[Attribution],
    doc: Doc,
    excluded: Excluded,
    coref: CorenlpCoref | None = None,
) -> list[Gold]:
    """The direct-quote attributions of one article, with their kinds and speaker names."""
    regions = quote_regions(text)
    headline_end = text.find("\n\n") if "\n\n" in text else 0
    found: list[Gold] = []
    for attribution in attributions:
        fragments = [f for c in attribution.content for f in c.fragments]
        if not fragments:
            continue
        share, quote = quoted_text(text, fragments, regions)
        if share < DIRECT_SHARE or not norm(quote):
            if share == 0:
                excluded.indirect += 1
            else:
                excluded.partial += 1
            continue
        if attribution.source is None:
            excluded.no_source += 1
            continue
        if min(a for a, _ in fragments) < headline_end:
            excluded.in_headline += 1
            continue
        source_text = " ".join(text[a:b] for a, b in attribution.source.fragments)
        span = _span_of(doc, attribution.source.fragments)
        if span is None or not len(span):
            excluded.source_unaligned += 1
            continue
        kind, name = classify(span)
        speakers = [clean_name(name)] if name else []
        resolved_by = "self"
        if kind in ("pronoun", "role"):
            named, resolved_by = referents(doc, kind, span, regions, coref)
            speakers += named
        if kind != "pronoun":
            speakers.append(clean_name(source_text))
        speakers = [s for s in dict.fromkeys(speakers) if norm(s)]
        cue = " ".join(text[a:b] for a, b in attribution.cue.fragments) if attribution.cue else ""
        found.append(
            Gold(
                article,
                attribution.id,
                quote,
                " ".join(source_text.split()),
                " ".join(cue.split()),
                kind,
                speakers,
                resolved_by,
                min(a for a, _ in fragments),
            )
        )
    return found


# ---------------------------------------------------------------- predictions and scoring


class Extracts(Protocol):
    """What `evaluate` needs: a spaCy pipeline to read the gold with, and predicted quotes."""

    nlp: Language

    def quotes(self, name: str, text: str) -> list[Quote]: ...


class Extractor:
    """The product's extraction of a plain-text source, with its model loaded once."""

    def __init__(self) -> None:
        from generator.lexicon import load_lexicon
        from generator.nlp import load_model
        from generator.settings import Settings

        self.nlp: Language = load_model(Settings().pipelines()["en"])
        self.lexicon: Lexicon = load_lexicon(str(ROOT / Settings().lexicon))
        self._folder = tempfile.TemporaryDirectory(prefix="polnear-")

    def quotes(self, name: str, text: str) -> list[Quote]:
        from generator.extraction import extract_briefing
        from generator.readers import read_source

        # read_source takes a file: the product reads a .txt source from disk, so does this
        path = Path(self._folder.name) / f"{name}.txt"
        path.write_bytes(text.encode("utf-8"))
        source = read_source(path, Path(self._folder.name), self.lexicon)
        briefing = extract_briefing(source, self.nlp, self.lexicon, briefing_id="polnear")
        return list(briefing.quotes)


def coverage(gold_words: list[str], predicted_words: list[str]) -> set[int]:
    """Indices of the gold words a predicted quote has, in runs of MIN_BLOCK or more."""
    matcher = difflib.SequenceMatcher(None, gold_words, predicted_words, autojunk=False)
    least = min(MIN_BLOCK, len(gold_words))
    return {a + k for a, _, size in matcher.get_matching_blocks() if size >= least for k in range(size)}


@dataclass
class Outcome:
    gold: Gold
    found: bool
    speaker_right: bool
    predicted_speaker: str | None
    predicted_quote: str | None


def score_article(golds: list[Gold], quotes: list[Quote]) -> list[Outcome]:
    predicted = [(q, norm(q.text).split()) for q in quotes]
    outcomes = []
    for gold in golds:
        words = norm(gold.quote).split()
        covered: set[int] = set()
        best: tuple[int, Quote | None] = (0, None)
        for quote, quote_words in predicted:
            hits = coverage(words, quote_words)
            covered |= hits
            if len(hits) > best[0]:
                best = (len(hits), quote)
        found = bool(words) and len(covered) >= FOUND_SHARE * len(words)
        quote = best[1]
        right = (
            found and quote is not None and bool(gold.speakers) and speaker_ok(gold.speakers, quote.speaker)
        )
        outcomes.append(
            Outcome(gold, found, right, quote.speaker if quote else None, quote.text if quote else None)
        )
    return outcomes


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    speaker_right: int = 0

    def add(self, outcome: Outcome) -> None:
        self.gold += 1
        self.found += outcome.found
        self.speaker_right += outcome.speaker_right

    def as_dict(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "recall": round(self.found / self.gold, 3) if self.gold else None,
            "speaker_right_of_found": round(self.speaker_right / self.found, 3) if self.found else None,
        }


@dataclass
class Report:
    split: str
    articles: int = 0
    excluded: Excluded = field(default_factory=Excluded)
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def tallies(self) -> dict[str, Tally]:
        tallies = {kind: Tally() for kind in (*KINDS, "all")}
        for outcome in self.outcomes:
            tallies[outcome.gold.kind].add(outcome)
            tallies["all"].add(outcome)
        return tallies

    def by_rule(self) -> dict[str, Tally]:
        """Pronoun and role sources by the rule that named their referent."""
        tallies: dict[str, Tally] = {}
        for outcome in self.outcomes:
            if outcome.gold.kind in ("pronoun", "role"):
                tallies.setdefault(outcome.gold.resolved_by, Tally()).add(outcome)
        return dict(sorted(tallies.items()))

    def as_dict(self) -> dict[str, Any]:
        return {
            "split": self.split,
            "articles": self.articles,
            "by_kind": {kind: tally.as_dict() for kind, tally in self.tallies().items()},
            "pronoun_and_role_by_referent_rule": {r: t.as_dict() for r, t in self.by_rule().items()},
            "excluded": asdict(self.excluded),
            "seconds": round(self.seconds, 1),
        }


def evaluate(
    data: PolnearData,
    split: str,
    extractor: Extracts,
    limit: int | None = None,
    progress: bool = False,
    use_corenlp: bool = True,
) -> Report:
    """Gold and predicted quotes of every article of the split, scored.

    `use_corenlp`: resolve pronoun and role sources through the CoreNLP coreference that
    PolNeAR ships, where the article has it; else by the nearest preceding name only.
    """
    if split not in SPLITS:
        raise ReservedSplitError(f"split {split!r}: only {', '.join(SPLITS)} are scored")
    started = time.monotonic()
    report = Report(split)
    articles = data.articles(split)[:limit] if limit else data.articles(split)
    for number, files in enumerate(articles, 1):
        text = data.read(files.text_path)
        attributions = parse_ann(data.read(files.ann_path))
        doc = extractor.nlp(text)
        xml = data.read_optional(files.corenlp_path) if use_corenlp else None
        coref = CorenlpCoref.parse(xml, text) if xml else None
        golds = gold_quotes(files.name, text, attributions, doc, report.excluded, coref)
        report.outcomes += score_article(golds, extractor.quotes(files.name, text))
        report.articles += 1
        if progress:
            print(f"\r  {number}/{len(articles)} articles", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    report.seconds = time.monotonic() - started
    return report


def _rows(tallies: dict[str, Tally], title: str) -> Iterator[str]:
    yield f"{title:<22}{'gold':>6}{'found':>7}{'recall':>8}{'speaker right':>15}{'of found':>10}"
    for kind, tally in tallies.items():
        recall = f"{tally.found / tally.gold:.3f}" if tally.gold else "-"
        right = f"{tally.speaker_right / tally.found:.3f}" if tally.found else "-"
        yield f"{kind:<22}{tally.gold:>6}{tally.found:>7}{recall:>8}{tally.speaker_right:>15}{right:>10}"


def iter_table(report: Report) -> Iterator[str]:
    yield f"PolNeAR {report.split}: {report.articles} articles, {report.seconds:.0f}s"
    yield from _rows(report.tallies(), "source kind")
    yield ""
    yield from _rows(report.by_rule(), "pronoun/role by")
    yield ""
    excluded = report.excluded
    yield (
        f"not scored: {excluded.indirect} indirect and {excluded.partial} partly quoted contents, "
        f"{excluded.no_source} direct quotes without a source, {excluded.in_headline} in a headline"
    )


def iter_misses(report: Report) -> Iterator[str]:
    for outcome in report.outcomes:
        if outcome.speaker_right:
            continue
        gold = outcome.gold
        head = (
            f"{gold.article} {gold.attribution} [{gold.kind}] source {gold.source!r} cue {gold.cue!r} "
            f"-> {gold.speakers}"
        )
        if not outcome.found:
            yield f"MISSED  {head}: {gold.quote[:100]!r}"
        else:
            yield f"SPEAKER {head}: got {outcome.predicted_speaker!r} for {gold.quote[:80]!r}"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.splitlines()[5:]),
    )
    parser.add_argument(
        "--polnear", type=Path, required=True, help="PolNeAR checkout, data folder or bare git dir"
    )
    parser.add_argument("--split", default="dev", help="dev (default) or train; test is refused")
    parser.add_argument("--limit", type=int, help="score only the first N articles (by file name)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--misses", action="store_true", help="list gold quotes missed or given to a wrong speaker"
    )
    parser.add_argument(
        "--no-corenlp",
        action="store_true",
        help="resolve pronoun and role sources by the nearest preceding name only, not CoreNLP's coreference",
    )
    args = parser.parse_args(argv)
    # checked before anything is read: the test split is for an independent evaluation only
    if args.split == RESERVED_SPLIT:
        print(
            "error: --split test is refused: PolNeAR's test split is reserved for an independent "
            "evaluation and this script never reads it. Use --split dev or --split train.",
            file=sys.stderr,
        )
        return 2
    if args.split not in SPLITS:
        parser.error(f"--split {args.split!r}: choose dev or train")
    data = PolnearData(args.polnear)
    report = evaluate(
        data,
        args.split,
        Extractor(),
        args.limit,
        progress=sys.stderr.isatty(),
        use_corenlp=not args.no_corenlp,
    )
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print("\n".join(iter_table(report)))
    if args.misses:
        print("\n".join(iter_misses(report)), file=sys.stderr if args.json else sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
