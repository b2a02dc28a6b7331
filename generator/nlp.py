"""Loading the spaCy pipeline: once per process, by the name in the settings."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from .errors import UserError

if TYPE_CHECKING:
    from spacy.language import Language


@cache
def load_model(name: str) -> Language:
    """The named spaCy pipeline; a clear error if it is not installed."""
    import spacy  # imported here: rendering and checking never need it

    try:
        return spacy.load(name)
    except OSError as exc:
        raise UserError(
            f"spaCy model {name!r} is not installed: install its package "
            "(`pip install -e .` brings the default) or set `model:` under the "
            "briefings plugin in mkdocs.yml"
        ) from exc
