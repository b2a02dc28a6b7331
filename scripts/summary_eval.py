#!/usr/bin/env python3
"""Score the bottom line and key points of briefings against reference annotations (issue 14, item 5).

    python scripts/summary_eval.py BRIEFINGS_DIR [--reference FILE ...] [--misses] [--json]

BRIEFINGS_DIR is a folder as `python -m generator extract --out DIR` writes it: one YAML (or
JSON) file per source at its top level; a briefing is matched to its article by the file name
of its `source.file`. Each reference file (default: tests/eval/corpus/summary-dev.yaml) holds
one part's articles, annotated by tests/eval/SUMMARY-RUBRIC.md:

    part: dev
    articles:
      - file: 200_reuters-fed-rate-hike.html
        bottom_line: [SNIPPET, ...]        # any one of these sentences is a good bottom line
        key_facts:                          # the main claims, each stated by one or more sentences
          - {id: hike, what: ..., contains: [SNIPPET, ...]}
        acceptable: [SNIPPET, ...]          # fine as key points, though no main claim

A SNIPPET names the one sentence that holds it: a chosen sentence matches a snippet when the
snippet's words, in order, are a run of the sentence's words (case, accents and punctuation
ignored, as tests/eval/score.py's `norm`). Everything that matches no snippet is a poor choice.

Printed per part:
- bottom line well chosen: articles whose first summary sentence is one of `bottom_line`;
- key points well chosen: chosen key points that state a key fact no earlier chosen sentence
  (the summary's, then the key points before it) stated, or match an `acceptable` sentence,
  over all chosen key points; a key point stating only facts already stated is a repeat;
- key facts covered: key facts stated by some chosen sentence (summary or key point), over all
  key facts;
- articles well chosen: bottom line well chosen and at least two thirds of the key points.

An article with no briefing counts as chosen badly throughout and is named. With --misses,
each article's poor choices (and why) and uncovered facts follow the table.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it: the same data, a tenth of the time (reading the
# YAML was nine tenths of a dev part's scoring)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT / "tests" / "eval" / "corpus" / "summary-dev.yaml"
WELL_CHOSEN_SHARE = 2 / 3  # of an article's key points, with a good bottom line: "well chosen"


def norm(text: str) -> str:
    """Lower-case words without accents or punctuation, each side padded, for whole-word runs."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?<=\d),(?=\d)", "", text)  # 1,000 and 1000 are one number
    text = re.sub(r"[^\w%]+", " ", text.lower())
    return f" {' '.join(text.split())} "


@dataclass(frozen=True)
class Fact:
    id: str
    what: str
    snippets: tuple[str, ...]


@dataclass(frozen=True)
class Article:
    file: str
    bottom_line: tuple[str, ...]
    facts: tuple[Fact, ...]
    acceptable: tuple[str, ...]


@dataclass(frozen=True)
class Reference:
    part: str
    articles: tuple[Article, ...]


class ReferenceError(Exception):
    """A reference file that does not hold what the rubric asks for."""


def _snippets(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(s, str) and norm(s).strip() for s in value):
        raise ReferenceError(f"{where}: expected a list of sentence snippets")
    return tuple(norm(s) for s in value)


def load_reference(path: Path) -> Reference:
    """Read and check a reference file; an error names the file and the article."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ReferenceError(f"{path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ReferenceError(f"{path}: expected a mapping with a list of `articles`")
    articles = []
    for number, item in enumerate(data["articles"], 1):
        if not isinstance(item, dict) or not isinstance(item.get("file"), str):
            raise ReferenceError(f"{path}: article {number}: expected a mapping with `file`")
        where = f"{path}: {item['file']}"
        facts = []
        for fact in item.get("key_facts") or []:
            if not isinstance(fact, dict) or not isinstance(fact.get("id"), str):
                raise ReferenceError(f"{where}: key_facts: each needs an `id`")
            snippets = _snippets(fact.get("contains"), f"{where}: key fact {fact['id']}")
            if not snippets:
                raise ReferenceError(f"{where}: key fact {fact['id']}: no sentence states it")
            facts.append(Fact(fact["id"], str(fact.get("what", "")), snippets))
        if len({f.id for f in facts}) != len(facts):
            raise ReferenceError(f"{where}: two key facts share an id")
        bottom = _snippets(item.get("bottom_line"), f"{where}: bottom_line")
        if not bottom:
            raise ReferenceError(f"{where}: bottom_line: no sentence given")
        articles.append(Article(item["file"], bottom, tuple(facts), _snippets(item.get("acceptable"), where)))
    return Reference(str(data.get("part") or path.stem), tuple(articles))


def _sentences(briefing: dict[str, Any], key: str) -> list[str]:
    items = briefing.get(key)
    if not isinstance(items, list):
        return []
    texts = (item.get("text") if isinstance(item, dict) else item for item in items)
    return [text for text in texts if isinstance(text, str)]


def load_briefings(folder: Path) -> dict[str, dict[str, Any]]:
    """Map a source's file name to its briefing; only the folder's top level (no machine copies)."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in {".yaml", ".yml", ".json"}:
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text) if path.suffix.lower() == ".json" else yaml.load(text, Loader=SAFE_LOADER)
        except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
            # one broken file must not hide the scores of the others
            print(f"warning: cannot read {path}: {exc}", file=sys.stderr)
            continue
        source = data.get("source") if isinstance(data, dict) else None
        if isinstance(source, dict) and isinstance(source.get("file"), str):
            found[Path(source["file"]).name] = data
    return found


def _holds(sentence: str, snippets: tuple[str, ...]) -> bool:
    text = norm(sentence)
    return any(snippet in text for snippet in snippets)


@dataclass
class Verdict:
    """One article's choice judged against its reference."""

    file: str
    found: bool
    bottom_line_good: bool
    points: int = 0
    points_good: int = 0
    facts: int = 0
    facts_covered: int = 0
    poor: list[str] = field(default_factory=list)
    uncovered: list[str] = field(default_factory=list)

    @property
    def well_chosen(self) -> bool:
        return self.bottom_line_good and (
            self.points == 0 or self.points_good >= WELL_CHOSEN_SHARE * self.points
        )


def judge(article: Article, briefing: dict[str, Any] | None) -> Verdict:
    """Judge one briefing's bottom line and key points by the rubric's questions."""
    if briefing is None:
        return Verdict(
            article.file, False, False, facts=len(article.facts), uncovered=[f.id for f in article.facts]
        )
    summary = _sentences(briefing, "summary")
    points = _sentences(briefing, "key_points")
    verdict = Verdict(
        article.file,
        True,
        bool(summary) and _holds(summary[0], article.bottom_line),
        points=len(points),
        facts=len(article.facts),
    )
    if not verdict.bottom_line_good:
        verdict.poor.append(f"bottom line: {summary[0] if summary else '(none)'}")
    stated: set[str] = set()
    for sentence in summary:
        stated |= {f.id for f in article.facts if _holds(sentence, f.snippets)}
    for sentence in points:
        facts = {f.id for f in article.facts if _holds(sentence, f.snippets)}
        new = facts - stated
        stated |= facts
        if new or (not facts and _holds(sentence, article.acceptable)):
            verdict.points_good += 1
        elif facts:
            verdict.poor.append(f"repeat of {', '.join(sorted(facts))}: {sentence}")
        else:
            verdict.poor.append(f"key point: {sentence}")
    verdict.facts_covered = len(stated)
    verdict.uncovered = [f"{f.id}: {f.what}" for f in article.facts if f.id not in stated]
    return verdict


def _share(good: int, total: int) -> float:
    return good / total if total else 0.0


def totals(verdicts: list[Verdict]) -> dict[str, Any]:
    """A part's figures: counts and shares."""
    points = sum(v.points for v in verdicts)
    facts = sum(v.facts for v in verdicts)
    return {
        "articles": len(verdicts),
        "briefings_found": sum(v.found for v in verdicts),
        "bottom_line_good": sum(v.bottom_line_good for v in verdicts),
        "bottom_line_rate": _share(sum(v.bottom_line_good for v in verdicts), len(verdicts)),
        "key_points": points,
        "key_points_good": sum(v.points_good for v in verdicts),
        "key_points_rate": _share(sum(v.points_good for v in verdicts), points),
        "key_facts": facts,
        "key_facts_covered": sum(v.facts_covered for v in verdicts),
        "key_facts_rate": _share(sum(v.facts_covered for v in verdicts), facts),
        "well_chosen": sum(v.well_chosen for v in verdicts),
        "well_chosen_rate": _share(sum(v.well_chosen for v in verdicts), len(verdicts)),
    }


def report(part: str, verdicts: list[Verdict], misses: bool) -> str:
    """The printed table of one part, and with misses each article's poor choices."""
    t = totals(verdicts)
    lines = [
        f"{part}: {t['articles']} articles, {t['briefings_found']} briefings found",
        f"  bottom line well chosen  {t['bottom_line_rate']:.3f}  ({t['bottom_line_good']}/{t['articles']})",
        f"  key points well chosen   {t['key_points_rate']:.3f}  ({t['key_points_good']}/{t['key_points']})",
        f"  key facts covered        {t['key_facts_rate']:.3f}  ({t['key_facts_covered']}/{t['key_facts']})",
        f"  articles well chosen     {t['well_chosen_rate']:.3f}  ({t['well_chosen']}/{t['articles']})",
    ]
    missing = [v.file for v in verdicts if not v.found]
    if missing:
        lines.append(f"  no briefing: {', '.join(missing)}")
    if misses:
        for v in verdicts:
            if v.found and (v.poor or v.uncovered):
                lines.append(f"\n{v.file}")
                lines += [f"  poor: {p}" for p in v.poor]
                lines += [f"  not covered: {u}" for u in v.uncovered]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("briefings", type=Path, help="folder of briefings, as extract --out writes it")
    parser.add_argument(
        "--reference",
        type=Path,
        nargs="+",
        default=[DEFAULT_REFERENCE],
        help="reference files, one per part (default: the dev part's)",
    )
    parser.add_argument("--misses", action="store_true", help="list each article's poor choices")
    parser.add_argument("--json", action="store_true", help="print the totals as one JSON object")
    args = parser.parse_args(argv)
    if not args.briefings.is_dir():
        print(f"{args.briefings}: not a folder of briefings", file=sys.stderr)
        return 1
    try:
        references = [load_reference(path) for path in args.reference]
    except ReferenceError as exc:
        print(exc, file=sys.stderr)
        return 1
    briefings = load_briefings(args.briefings)
    results: dict[str, Any] = {}
    for reference in references:
        verdicts = [judge(article, briefings.get(article.file)) for article in reference.articles]
        results[reference.part] = totals(verdicts)
        if not args.json:
            print(report(reference.part, verdicts, args.misses))
    if args.json:
        print(json.dumps(results, indent=2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
