"""The briefing file: one pydantic model per part, in the key order of the contract.

Every list item that comes from the text carries `ref`, the id of the body
paragraph it came from, so a page can link each claim to its source text.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .ids import id_problem

# matched whole (fullmatch): '$' also matches before a final newline, and "p3\n" or
# "2022-02-30\n" passed `check` and then stopped the build
PARTIAL_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
REF = re.compile(r"p\d+")


class Strict(BaseModel):
    """Unknown keys are errors: a typo in a hand-edited file must not pass silently."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class SourceInfo(Strict):
    file: str = Field(description="Path of the raw source, e.g. seeds/000_x.txt")
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="Hash of the raw source bytes")
    url: str | None = None
    outlet: str | None = None
    via: list[str] = Field(default_factory=list, description="Outlets this text reports from")
    original_publisher: str | None = Field(default=None, description="Who first published a republished text")
    language: str | None = "en"
    translated: bool = False
    analysed: bool | None = Field(
        default=None,
        description="false: no pipeline reads the source's language, so its summary is its own lead "
        "(its opening sentence) and nothing else was extracted; absent: analysed",
    )
    words: int | None = Field(default=None, ge=0)
    reliability: str | None = Field(
        default=None, description="Admiralty code grade set by a maintainer, e.g. B2"
    )


class PublishedEstimate(Strict):
    after: str | None = None
    before: str | None = None
    basis: str

    @field_validator("after", "before", mode="before")
    @classmethod
    def _partial(cls, value: Any) -> str | None:
        return _check_partial_date(value)


class Ref(Strict):
    """An item taken from the text: `ref` names the body paragraph it came from."""

    # What tells an item of its list apart from the others across extractions (a person's
    # correction of it is matched by these fields): see ITEM_KEYS, derived below.
    identity: ClassVar[tuple[str, ...]] = ("text",)
    ref: str | None = Field(default=None, description="Body paragraph id, e.g. p3")

    @field_validator("ref")
    @classmethod
    def _ref(cls, value: str | None) -> str | None:
        if value is not None and not REF.fullmatch(value):
            raise ValueError(f"{value!r} is not a paragraph id such as 'p3'")
        return value


class Sentence(Ref):
    text: str


class Entity(Strict):
    identity: ClassVar[tuple[str, ...]] = ("name",)
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    mentions: int = Field(default=1, ge=0)
    refs: list[str] = Field(default_factory=list, description="Paragraphs that mention it")


class Quote(Ref):
    text: str = Field(min_length=1)
    speaker: str | None = None
    speaker_role: str | None = None


class Figure(Ref):
    identity: ClassVar[tuple[str, ...]] = ("text", "value", "low", "high")
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    counts: str | None = None
    subject: str | None = Field(
        default=None, description="What is counted, of whom or where, e.g. 'Russian troops in Belarus'"
    )
    claimed_by: str | None = None
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _value_or_range(self) -> Figure:
        has_range = self.low is not None and self.high is not None
        if self.value is None and not has_range:
            raise ValueError("a figure needs either value or both low and high")
        if has_range and self.low > self.high:  # type: ignore[operator]
            raise ValueError("low is greater than high")
        return self


class Event(Ref):
    identity: ClassVar[tuple[str, ...]] = ("date", "text")
    date: str
    text: str = Field(min_length=1)
    expression: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> str:
        return _check_partial_date(value)  # type: ignore[return-value]


class Assessment(Ref):
    identity: ClassVar[tuple[str, ...]] = ("text", "term")
    text: str
    term: str
    band: str
    by: str | None = None
    subject: str | None = Field(
        default=None,
        description="The question judged, e.g. 'Belarus sends troops into Ukraine'; judgements with the same "
        "subject are shown side by side (without one, the site cuts it from the sentence)",
    )


class Citation(Strict):
    identity: ClassVar[tuple[str, ...]] = ("name", "date")
    name: str
    date: str | None = None

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: Any) -> str | None:
        return _check_partial_date(value)


class Paragraph(Strict):
    id: str
    text: str

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not REF.fullmatch(value):
            raise ValueError(f"{value!r} is not a paragraph id such as 'p3'")
        return value


class Briefing(Strict):
    id: str = Field(description="Stable slug, also the page address")
    source: SourceInfo
    title: str = Field(min_length=1)
    title_generated: bool = False
    authors: list[str] = Field(default_factory=list)
    published: str | None = None
    published_estimate: PublishedEstimate | None = None
    outlet: str | None = None
    url: str | None = None
    summary: list[Sentence]
    key_points: list[Sentence]
    people: list[Entity]
    organisations: list[Entity]
    places: list[Entity]
    equipment: list[Entity] = Field(default_factory=list)
    quotes: list[Quote]
    figures: list[Figure]
    events: list[Event]
    assessments: list[Assessment] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    body: list[Paragraph]
    curation: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _slug(cls, value: str) -> str:
        problem = id_problem(value)
        if problem is not None:
            raise ValueError(problem)
        return value

    @field_validator("title")
    @classmethod
    def _title(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a title needs at least one visible character")
        return value

    @field_validator("curation")
    @classmethod
    def _curation(cls, value: dict[str, Any]) -> dict[str, Any]:
        previous = value.get("previous_ids", [])
        if not isinstance(previous, list):
            raise ValueError("previous_ids must be a list of former ids (slugs such as 'old-title')")
        for former in previous:
            # each is the address of a redirect page: the same rules as an id
            problem = id_problem(former)
            if problem is not None:
                raise ValueError(f"previous_ids: {problem}")
        return value

    @field_validator("published", mode="before")
    @classmethod
    def _published(cls, value: Any) -> str | None:
        if isinstance(value, date):
            return value.isoformat()
        if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            raise ValueError(f"{value!r} is not a date YYYY-MM-DD")
        if value is not None:
            _real_day(str(value))
        return value

    def dangling_refs(self) -> list[tuple[tuple[str | int, ...], str]]:
        """(location, message) of every item whose `ref` names no body paragraph."""
        ids = {p.id for p in self.body}
        found = []
        for name in REF_FIELDS:
            for index, item in enumerate(getattr(self, name)):
                if item.ref is not None and item.ref not in ids:
                    found.append(((name, index, "ref"), f"{item.ref!r} names no paragraph of the body"))
        return found

    @property
    def sort_date(self) -> str:
        """Date used to order sources: published, else the estimate, else empty."""
        if self.published:
            return self.published
        if self.published_estimate and self.published_estimate.after:
            return self.published_estimate.after
        return ""


def _check_partial_date(value: Any) -> str | None:
    """A partial date as text, whatever YAML read it as (a date written unquoted is a `date`, a
    year an int); None stays None."""
    if value is None:
        return None
    value = value.isoformat() if isinstance(value, date) else str(value)
    if not PARTIAL_DATE.fullmatch(value):
        raise ValueError(f"{value!r} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    if len(value) == 10:
        _real_day(value)
    return value


def _real_day(value: str) -> None:
    """Refuse a well-formed date that is no day (2022-02-30), naming it."""
    try:
        date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date: {exc}") from None


def json_schema() -> dict[str, Any]:
    """JSON Schema of the briefing file, for editors and other tools."""
    schema = Briefing.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Briefing"
    return schema


def fields_at(loc: tuple[str | int, ...]) -> list[str]:
    """The fields a briefing may have where `loc` (a validation error's place) ends: for a
    misspelt field's "did you mean"."""
    model: type[BaseModel] | None = Briefing
    for part in loc[:-1]:
        if isinstance(part, int):
            continue  # an item of a list: the list's own model stands for it
        field = model.model_fields.get(part) if model else None
        model = _model_in(field.annotation) if field else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds (list[Quote] -> Quote, Source | None -> Source), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation):
        model = _model_in(argument)
        if model is not None:
            return model
    return None


def _item_models() -> dict[str, type[BaseModel]]:
    """Each list field of a briefing whose items are models, with that model, in the file's order."""
    found = {}
    for name, field in Briefing.model_fields.items():
        model = _model_in(field.annotation)
        if model is not None and getattr(field.annotation, "__origin__", None) is list:
            found[name] = model
    return found


# Derived from the models above, never listed by hand: a field or kind added there is known here.
ITEM_KEYS: dict[str, tuple[str, ...]] = {
    name: model.identity for name, model in _item_models().items() if hasattr(model, "identity")
}  # how an item of each list is told apart (curation's merge, the layout a person's file keeps)
REF_FIELDS = tuple(name for name, model in _item_models().items() if issubclass(model, Ref))  # refs checked
ENTITY_KINDS = tuple(name for name, model in _item_models().items() if model is Entity)  # a page per entity


def item_key(kind: str, item: Any) -> tuple[Any, ...]:
    """What tells an item of the list `kind` apart from the others (its identity across runs)."""
    if not isinstance(item, dict):
        return (repr(item),)
    return tuple(item.get(k) for k in ITEM_KEYS.get(kind, ("text",)))
