"""The benchmark's synthetic corpus (bench/corpus.py): reproducible, and read like real sources."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from generator.lexicon import load_lexicon
from generator.readers import read_source
from tests.sitekit import ROOT

BENCH_CORPUS = ROOT / "bench" / "corpus.py"


@pytest.fixture(scope="module")
def corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH_CORPUS)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_seed_gives_identical_files(corpus, tmp_path):
    first = corpus.generate(5, tmp_path / "a", seed=3)
    corpus.generate(5, tmp_path / "b", seed=3)
    assert len(first) == 5
    assert _contents(tmp_path / "a") == _contents(tmp_path / "b")


def test_different_seeds_differ(corpus, tmp_path):
    corpus.generate(5, tmp_path / "a", seed=0)
    corpus.generate(5, tmp_path / "b", seed=1)
    a, b = _contents(tmp_path / "a"), _contents(tmp_path / "b")
    assert set(a) != set(b)
    assert sorted(a.values()) != sorted(b.values())


def test_a_smaller_corpus_is_the_start_of_a_larger_one(corpus, tmp_path):
    corpus.generate(2, tmp_path / "small")
    corpus.generate(4, tmp_path / "large")
    small, large = _contents(tmp_path / "small"), _contents(tmp_path / "large")
    assert all(large[name] == text for name, text in small.items())


def test_files_look_like_news_sources(corpus, tmp_path):
    lexicon = load_lexicon()
    for path in corpus.generate(5, tmp_path / "seeds", seed=7):
        text = path.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if line.strip()]
        assert 2 <= len(lines[0].split()) <= 25 and lines[0][0].isupper()  # a headline or a lead line
        assert sum(len(line.split()) > 25 for line in lines) >= 5  # several paragraphs of prose
        assert 500 <= len(text.split()) <= 1600
        assert re.search(r"[\"“][^\"”]{10,}[\"”]", text)  # a quote
        assert re.search(r"\d", text)  # a figure in digits
        source = read_source(path, tmp_path, lexicon)
        assert len(source.paragraphs) >= 5


def test_names_vary_across_sources(corpus, tmp_path):
    """Transliteration variants recur, so cross-source merging has work to do."""
    text = " ".join(p.read_text(encoding="utf-8") for p in corpus.generate(40, tmp_path / "seeds"))
    assert "Lukashenko" in text and "Lukashenka" in text


def test_number_words(corpus):
    assert corpus.number_words(7) == "seven"
    assert corpus.number_words(45) == "forty-five"
    assert corpus.number_words(9000) == "nine thousand"
    assert corpus.number_words(250) == "two hundred and fifty"


def test_the_casts_decisions_join_a_projects_aliases_and_check_accepts_them(corpus, tmp_path):
    # without them a strict build of the synthetic corpus stopped on "look alike" warnings
    from generator.corpus import Aliases

    path = tmp_path / "aliases.yaml"
    path.write_text("merge:\n  - [Bats'ka, Alexander Lukashenko]\nkeep_apart: []\n", encoding="utf-8")
    corpus.add_cast_aliases(path)
    corpus.add_cast_aliases(path)  # twice: nothing repeated
    aliases = Aliases.load(path)
    assert aliases.merge[0] == ["Bats'ka", "Alexander Lukashenko"]
    assert ["Security Council of Belarus", "Belarusian Security Council"] in aliases.merge
    assert aliases.forced("Ministry of Defence of Belarus", "Belarusian Ministry of Defense") is True
    assert aliases.forced("Baltic Defence Forum", "Atlantic Defence Forum") is False
    assert len(aliases.merge) == len({tuple(m) for m in aliases.merge})


def test_the_corpus_is_the_one_the_results_were_measured_on(corpus, tmp_path):
    """RESULTS.md's figures stand only for the corpus they were measured on: at 100 sources, seed
    0, the corpus still has the words its table gives (any draw moved changes them)."""
    results = (ROOT / "bench" / "RESULTS.md").read_text(encoding="utf-8")
    row = re.search(r"^\| words in the source files \|  \| ([\d,]+) \|", results, re.M)
    assert row, "bench/RESULTS.md has no count of the source files' words"
    paths = corpus.generate(100, tmp_path / "seeds", seed=0)
    assert sum(len(p.read_text(encoding="utf-8").split()) for p in paths) == int(row[1].replace(",", ""))
