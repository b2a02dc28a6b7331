"""From a read and cleaned source to a Briefing: one module per kind of field.

entities.py     people, organisations, places, equipment
quotes.py       quotes and their speakers
figures.py      numbers, what they count, who claims them
events.py       dated statements; the publication estimate
assessments.py  estimative language
summary.py      bottom line and key points
lead.py         the bottom line of a source no pipeline reads: its own lead
metadata.py     via, generated title (the date and outlet: readers/metadata.py)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import date

from spacy.language import Language

from ..ids import UNNAMED
from ..lexicon import Lexicon
from ..nlp import finds_dates, finds_numbers
from ..readers import Source
from ..readers.metadata import outlet_for, publication_date
from ..schema import Briefing, Citation, Entity, Paragraph, SourceInfo
from .assessments import extract_assessments
from .document import TEXT_KEY, Body, find_citations, split_sentences
from .entities import extract_entities
from .events import (
    DateWords,
    add_date_entities,
    context_for,
    estimate_published,
    extract_events,
    resolve,
)
from .figures import extract_figures
from .figures_ru import extract_russian_figures
from .lead import lead_of
from .metadata import generated_title, truncate_title, via_for
from .quotes import QuoteExtractor
from .summary import Ties, content_terms, summarise


def parse_body(paragraphs: list[str], nlp: Language, lexicon: Lexicon | None = None) -> Body:
    ids = [f"p{i + 1}" for i in range(len(paragraphs))]
    docs = list(nlp.pipe(paragraphs))
    titles = lexicon.words("people", "abbreviated_titles") if lexicon else frozenset()
    # a pipeline whose entities are no dates (Natasha's): the language's date words find them
    dates = DateWords.of(lexicon) if lexicon is not None and not finds_dates(nlp) else None
    for doc, text in zip(docs, paragraphs, strict=True):
        doc.user_data[TEXT_KEY] = text  # the paragraph is the doc's text: never rebuilt from tokens
        split_sentences(doc, titles)
        if dates is not None:
            add_date_entities(doc, dates)
    return Body(ids, paragraphs, docs)


def extract_briefing(
    source: Source, nlp: Language, lexicon: Lexicon, *, briefing_id: str = UNNAMED
) -> Briefing:
    """Every field of a briefing from one source, which is left as it was given.

    `nlp` and `lexicon` are the pipeline and the data of one language: a source in another
    is kept, its text and metadata, but not analysed. The briefing's id is `briefing_id`: the
    pipeline gives each its own (ids.unique_id), once it knows every id taken.
    """
    published = publication_date(source)
    outlet = outlet_for(source, source.paragraphs, lexicon)
    if source.language != lexicon.language:
        return _unanalysed(source, briefing_id, published, outlet, lexicon)
    body = parse_body(source.paragraphs, nlp, lexicon)
    entities = extract_entities(body, lexicon)
    # a quote's speaker is often named only as an entity was ("he", "the ministry"): quotes are
    # read on the body that holds the entities' mentions and roles
    # the page's blockquotes say where a quotation without marks of its own begins and ends
    quote_extractor = QuoteExtractor(entities.named, lexicon, source.quoted_blocks)
    quotes = quote_extractor.extract()
    quotes = quote_extractor.headline_quotes(source.title, quotes) + quotes
    # a pipeline that names no numbers (Natasha's): the language's number words find them
    read_figures = extract_figures if finds_numbers(nlp) else extract_russian_figures
    # on the body with the entities' mentions: a number that opens a name ("3 Division") is no count
    figures = read_figures(entities.named, lexicon, quote_extractor)
    events, cited = extract_events(body, published, lexicon, source.title)
    assessments = extract_assessments(body, lexicon, quote_extractor)
    summary, key_points = summarise(body, _title_terms(source.title, nlp), Ties.of(lexicon))

    organisations = {e.name for e in entities["organisations"]} | {
        a for e in entities["organisations"] for a in e.aliases
    }
    title, title_generated = source.title, False
    if not title:
        lead = summary[0].text if summary else body.texts[0]
        title, title_generated = generated_title(lead, nlp, lexicon), True
    people = {n for e in entities["people"] for n in [e.name, *e.aliases]}
    via = via_for(source, body.texts, lexicon, organisations, people)
    staff = lexicon.words("sources", "staff_credit_ends")
    found = _credits_are_organisations(entities.by_kind, [*via, source.original_publisher], staff)
    day = published.isoformat() if published else None
    return Briefing(
        id=briefing_id,
        source=_source_info(source, outlet, via, body.texts),
        title=title,
        title_generated=title_generated,
        authors=source.authors,
        published=day,
        published_estimate=None if day else estimate_published(events, cited),
        outlet=outlet,
        url=source.url,
        summary=summary,
        key_points=key_points,
        people=found["people"],
        organisations=found["organisations"],
        places=found["places"],
        equipment=found["equipment"],
        quotes=quotes,
        figures=figures,
        events=events,
        assessments=assessments,
        citations=_citations(body, published, lexicon),
        tags=[],
        body=[Paragraph(id=i, text=t) for i, t in zip(body.ids, body.texts, strict=True)],
    )


def _source_info(source: Source, outlet: str | None, via: list[str], texts: list[str]) -> SourceInfo:
    """What a briefing records of its source, analysed or not: `texts` are the paragraphs its words
    are counted in."""
    return SourceInfo(
        file=source.path,
        sha256=source.sha256,
        url=source.url,
        outlet=outlet,
        via=via,
        original_publisher=source.original_publisher,
        language=source.language,
        translated=source.translated,
        reliability=source.reliability,
        words=sum(len(t.split()) for t in texts),
    )


def _unanalysed(
    source: Source, briefing_id: str, published: date | None, outlet: str | None, lexicon: Lexicon
) -> Briefing:
    """A source in a language not analysed: its text and metadata, no pipeline run over it, and
    as its bottom line its own lead (lead.py), marked as such (`source.analysed: false`) so that
    the page says it is the source's opening, not an analysis."""
    title = source.title or truncate_title(source.paragraphs[0])
    info = _source_info(source, outlet, source.via, source.paragraphs)
    return Briefing(
        id=briefing_id,
        source=info.model_copy(update={"analysed": False}),
        title=title,
        title_generated=not source.title,
        authors=source.authors,
        published=published.isoformat() if published else None,
        outlet=outlet,
        url=source.url,
        summary=lead_of(source.paragraphs, source.title, source.language, lexicon),
        key_points=[],  # a lead is the point of news; the first sentences after it are no key points
        people=[],
        organisations=[],
        places=[],
        quotes=[],
        figures=[],
        events=[],
        body=[Paragraph(id=f"p{i + 1}", text=t) for i, t in enumerate(source.paragraphs)],
    )


def _title_terms(title: str | None, nlp: Language) -> Counter[str] | None:
    """The headline's content words, read with the tagger only (a full parse is not needed)."""
    if not title:
        return None
    doc = next(nlp.pipe([title], disable=[p for p in ("parser", "ner") if p in nlp.pipe_names]))
    return content_terms(doc) or None


def _credits_are_organisations(
    entities: dict[str, list[Entity]], credits: list[str | None], staff: Collection[str]
) -> dict[str, list[Entity]]:
    """The entities with the outlets a text reports from and its original publisher as
    organisations it names, not people. Not a credit of the outlet's own staff or desk, whose
    last word says so (sources.yaml `staff_credit_ends`: "Times News Service", "MND Staff"),
    nor one with no capital, which is no name ("end of the next decade" read as a byline)."""
    people, organisations = entities["people"], list(entities["organisations"])
    for credit in filter(None, credits):
        if credit.split()[-1].lower() in staff or credit.islower():
            continue
        people = [e for e in people if e.name != credit]
        known = {n for e in organisations for n in [e.name, *e.aliases]}
        if credit not in known:
            organisations.append(Entity(name=credit, mentions=1))
    return {**entities, "people": people, "organisations": organisations}


def _citations(body: Body, published: date | None, lexicon: Lexicon) -> list[Citation]:
    """Sources the article cites inline, once each per date, in text order."""
    context = context_for(body, published, lexicon)
    seen: set[tuple[str, str | None]] = set()
    citations = []
    for text in body.texts:
        for (start, end), cited in find_citations(text):
            for name, expression in cited:
                parsed = resolve(expression, text[start:end], context)
                key = (name, parsed.iso() if parsed else None)
                if key not in seen:
                    seen.add(key)
                    citations.append(Citation(name=name, date=key[1]))
    return citations
