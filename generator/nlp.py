"""Loading a language's pipeline: once per process, by the name in the settings (`models`).

A name is a spaCy pipeline's (an installed package, loaded with `spacy.load`), or one of
PIPELINES: pipelines built here from other parts that give the same spaCy `Doc`
(`natasha`: Russian, nlp_natasha.py).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from .errors import UserError

if TYPE_CHECKING:
    from spacy.language import Language


def _natasha() -> Any:
    from .nlp_natasha import NatashaPipeline

    return NatashaPipeline()


# Where a Doc's vocab holds the language's word lists by class (the lemmatizer's "lemma_index":
# "adj" lists "giant", "noun" lists "polarization"), so code handed only Docs can ask what a word is
WORD_CLASSES = "lemma_index"

# Pipelines that are no spaCy package, by name: what makes each.
PIPELINES: dict[str, Callable[[], Any]] = {"natasha": _natasha}


@cache
def load_model(name: str) -> Language:
    """The named pipeline; a clear error if it is not installed."""
    if name in PIPELINES:
        try:
            return PIPELINES[name]()
        except ImportError as exc:
            raise UserError(
                f"pipeline {name!r} needs a package that is not installed ({exc.name}): "
                "`pip install -e .` brings it"
            ) from exc
    import spacy  # imported here: rendering and checking never need it

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise UserError(
            f"spaCy model {name!r} is not installed: install its package "
            "(`pip install -e .` brings the default) or set `models:` under the "
            "briefings plugin in mkdocs.yml"
        ) from exc
    _share_word_classes(nlp)
    return nlp


def _share_word_classes(nlp: Language) -> None:
    """The lemmatizer's word lists by class, where every Doc the pipeline makes reaches them
    (`doc.vocab.lookups`): the small English model has no vectors, so no word is known by them."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    lookups = getattr(lemmatizer, "lookups", None)
    if (
        lookups is not None
        and lookups.has_table(WORD_CLASSES)
        and not nlp.vocab.lookups.has_table(WORD_CLASSES)
    ):
        nlp.vocab.lookups.set_table(WORD_CLASSES, lookups.get_table(WORD_CLASSES))


def finds_dates(nlp: Any) -> bool:
    """Whether a pipeline's entities include dates (spaCy's English model's do, Natasha's not)."""
    labels = getattr(nlp, "entity_labels", None)
    if labels is None:
        labels = nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ()
    return "DATE" in labels


def finds_numbers(nlp: Any) -> bool:
    """Whether a pipeline's entities include numbers (spaCy's English model's do, Natasha's not)."""
    labels = getattr(nlp, "entity_labels", None)
    if labels is None:
        labels = nlp.get_pipe("ner").labels if "ner" in nlp.pipe_names else ()
    return "CARDINAL" in labels
