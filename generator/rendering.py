"""Rendering briefings into Markdown pages through Jinja templates.

Every value a template prints is escaped for Markdown and HTML unless it is
`Md` (markup the generator built itself): source text is data, so no character
of it can become a link, a heading, a tag or template syntax. Templates are
looked up in the project's templates/ folder first, then in the bundled ones.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import jinja2

from .charts import figure_svg, timeline_svg
from .corpus import Corpus, CorpusEntity, FigureGroup, slug
from .errors import UserError
from .markup import Md, external_link, finalize, md_escape, number, page_link, safe_url, yaml_string
from .schema import Briefing

__all__ = ["Md", "Renderer", "external_link", "md_escape", "page_link", "safe_url", "yaml_string"]

BUNDLED_TEMPLATES = Path(__file__).parent / "templates"


def para(ref: str | None, page: str = "") -> Md:
    """The ¶ link from an item to the source paragraph it came from."""
    if not ref:
        return Md("")
    href, ref = html.escape(f"{page}#{ref}"), html.escape(ref)
    return Md(f'<a class="para-link" href="{href}" title="Source paragraph {ref}">¶</a>')


def date_of(briefing: Briefing) -> Md:
    """The publication date, or the estimate marked as one."""
    if briefing.published:
        return Md(md_escape(briefing.published))
    estimate = briefing.published_estimate
    if estimate and estimate.after:
        return Md(f"after {md_escape(estimate.after)} <small>(estimated)</small>")
    return Md("undated")


def figure_value(figure: Any) -> Md:
    """'about 170', 'up to 9,000', '4,000–6,000 percent'."""
    value = (
        number(figure.value) if figure.value is not None else f"{number(figure.low)}–{number(figure.high)}"
    )
    parts = [figure.qualifier, value, figure.unit]
    return Md(md_escape(" ".join(p for p in parts if p)))


PAGE_SIZE = 200  # rows a list page shows before it is split by month or year


def _recent(entries: list[Any]) -> list[Any]:
    """At most PAGE_SIZE entries, the most recent sources first."""
    if len(entries) <= PAGE_SIZE:
        return entries
    return sorted(entries, key=lambda e: e.briefing.sort_date, reverse=True)[:PAGE_SIZE]


def _latest_claims(group: FigureGroup) -> FigureGroup:
    """A figure group cut to its PAGE_SIZE most recent claims, so its page stays light."""
    if len(group.claims) <= PAGE_SIZE:
        return group
    claims = sorted(group.claims, key=lambda c: c.briefing.sort_date, reverse=True)[:PAGE_SIZE]
    return FigureGroup(group.key, group.slug, claims)


def _month_of(briefing: Briefing) -> str:
    return briefing.sort_date[:7] if briefing.sort_date else "undated"


def briefing_link(briefing: Briefing, root: str = "", anchor: str | None = None, label: Any = None) -> Md:
    """A link to a briefing page (to one of its paragraphs with `anchor`)."""
    return page_link(
        label if label is not None else briefing.title, f"{root}{briefing_page(briefing)}", anchor
    )


def entity_link(corpus: Corpus, briefing: Briefing, kind: str, name: str, root: str = "") -> Md:
    """The entity's name, linked to its page across sources."""
    entity = corpus.entity_of(briefing.id, kind, name)
    if entity is None:
        return Md(md_escape(name))
    return page_link(name, f"{root}{entity.page}")


def make_environment(project_templates: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if project_templates and project_templates.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(project_templates)))
    loaders.append(jinja2.FileSystemLoader(str(BUNDLED_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # the output is Markdown: _finalize escapes for it instead
        finalize=finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        md=lambda v: Md(md_escape(v)),
        link=page_link,
        external=external_link,
        yaml_string=yaml_string,
        number=number,
        raw=Md,  # for template authors who build markup from trusted pieces (a macro's output)
    )
    env.globals.update(
        para=para,
        date_of=date_of,
        figure_value=figure_value,
        timeline_svg=timeline_svg,
        figure_svg=figure_svg,
        entity_link=entity_link,
        briefing_link=briefing_link,
    )
    return env


class Renderer:
    """Builds every generated page of the site from the briefings."""

    def __init__(self, project_templates: Path | None, topic: str) -> None:
        self.env = make_environment(project_templates)
        self.topic = topic

    def _render(self, template: str, context: dict[str, Any], what: str) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateSyntaxError as exc:
            raise UserError(
                f"template {exc.filename or exc.name}:{exc.lineno}: {exc.message} (rendering {what})"
            ) from exc
        except (
            jinja2.TemplateError,
            ArithmeticError,
            LookupError,
            TypeError,
            ValueError,
            RecursionError,
        ) as exc:
            # a template is a maintainer's code: any error in it is reported as theirs
            line = _template_line(exc, template)
            kind = "" if isinstance(exc, jinja2.TemplateError) else f"{type(exc).__name__}: "
            raise UserError(f"template {template}{line}: {kind}{exc} (rendering {what})") from exc

    def _sources(self, corpus: Corpus, common: dict[str, Any], extra: dict[str, str]) -> str:
        """The sources list; past PAGE_SIZE, an index of months with a page per month."""
        if len(corpus.briefings) <= PAGE_SIZE:
            return self._render(
                "sources.md.j2", {**common, "briefings": corpus.briefings, "months": None}, "sources"
            )
        months: dict[str, list[Briefing]] = {}
        for briefing in corpus.briefings:
            months.setdefault(_month_of(briefing), []).append(briefing)
        for month, briefings in months.items():
            extra[f"sources/{month}.md"] = self._render(
                "sources.md.j2",
                {**common, "root": "../", "briefings": briefings, "months": None, "month": month},
                f"the sources of {month}",
            )
        return self._render("sources.md.j2", {**common, "briefings": [], "months": months}, "sources")

    def _timeline(self, corpus: Corpus, common: dict[str, Any], extra: dict[str, str]) -> str:
        """The timeline; past PAGE_SIZE events, an index of months with a page per month."""
        entries = corpus.timeline()
        if len(entries) <= PAGE_SIZE:
            return self._render(
                "timeline.md.j2", {**common, "entries": entries, "years": None}, "the timeline"
            )
        # a page per month (a year alone for events dated only by their year)
        periods: dict[str, list[Any]] = {}
        for entry in entries:
            periods.setdefault(entry.event.date[:7], []).append(entry)
        for period, items in periods.items():
            extra[f"timeline/{period}.md"] = self._render(
                "timeline.md.j2",
                {**common, "root": "../", "entries": items, "years": None, "year": period},
                f"the timeline of {period}",
            )
        years: dict[str, list[str]] = {}
        for period in sorted(periods, reverse=True):
            years.setdefault(period[:4], []).append(period)
        latest = max(periods)
        return self._render(
            "timeline.md.j2",
            {
                **common,
                "entries": periods[latest],
                "years": years,
                "counts": periods,
                "chart": entries[-400:],
            },
            "the timeline",
        )

    def _figures(self, corpus: Corpus, common: dict[str, Any], extra: dict[str, str]) -> str:
        """Figures compared; past PAGE_SIZE figures, an index with a page per group."""
        groups = corpus.figure_groups()
        if sum(len(g.claims) for g in groups) <= PAGE_SIZE:
            return self._render(
                "figures.md.j2", {**common, "groups": groups, "index": False}, "the figures page"
            )
        for group in groups:
            shown = _latest_claims(group)
            extra[f"figures/{group.slug}.md"] = self._render(
                "figures.md.j2",
                {**common, "root": "../", "groups": [shown], "index": False, "single": True,
                 "left_out": len(group.claims) - len(shown.claims)},
                f"the figures of {group.key}",
            )  # fmt: skip
        return self._render("figures.md.j2", {**common, "groups": groups, "index": True}, "the figures page")

    def _quotes(self, corpus: Corpus, common: dict[str, Any], extra: dict[str, str]) -> str:
        """Quotes by speaker; past PAGE_SIZE quotes, an index with a page per speaker."""
        speakers = corpus.quotes_by_speaker()
        if sum(len(entries) for _, _, entries in speakers) <= PAGE_SIZE:
            return self._render(
                "quotes.md.j2", {**common, "speakers": speakers, "index": False}, "the quotes page"
            )
        slugs = {}
        for label, entity, entries in speakers:
            slugs[label] = f"quotes/{slug(label)}.md"
            extra[slugs[label]] = self._render(
                "quotes.md.j2",
                {
                    **common,
                    "root": "../",
                    "speakers": [(label, entity, entries)],
                    "index": False,
                    "single": True,
                },
                f"the quotes of {label}",
            )
        return self._render(
            "quotes.md.j2", {**common, "speakers": speakers, "index": True, "pages": slugs}, "the quotes page"
        )

    def pages(self, corpus: Corpus, encode: bool = False, release: bool = False) -> dict[str, Any]:
        """Page address (relative .md path) -> Markdown; as UTF-8 bytes with `encode`.

        A str holding one curly quote takes two or four bytes a character; at thousands
        of sources the build keeps every page, so it asks for bytes, made page by page.
        With `release`, each briefing's source text (a third of its memory) is dropped
        once its page is made: no page after it shows that text.
        """
        common = {"topic": self.topic, "corpus": corpus, "root": ""}
        pages: dict[str, Any] = _Encoded() if encode else {}
        first = {
            "index.md": self._render("home.md.j2", common, "the home page"),
            "sources.md": self._sources(corpus, common, pages_out := {}),
            "timeline.md": self._timeline(corpus, common, pages_out),
            "figures.md": self._figures(corpus, common, pages_out),
            "quotes.md": self._quotes(corpus, common, pages_out),
            "assessments.md": self._render(
                "assessments.md.j2",
                {**common, "entries": _recent(corpus.assessments())},
                "the assessments page",
            ),
            "tags.md": self._render("tags.md.j2", common, "the tags page"),
        }
        for uri, text in [*first.items(), *pages_out.items()]:
            pages[uri] = text
        nested = {**common, "root": "../"}
        spellings = corpus.spellings_by_source()
        for briefing in corpus.briefings:
            # spellings other sources use, so a search for any of them finds this page
            text = " ".join(p.text for p in briefing.body)
            other = [s for s in spellings.get(briefing.id, []) if s not in text]
            pages[briefing_page(briefing)] = self._render(
                "briefing.md.j2",
                {**nested, "b": briefing, "also_spelled": other},
                f"briefing {briefing.id}",
            )
            if release:
                briefing.body = []
        for briefing in corpus.briefings:
            for old in (
                briefing.curation.get("previous_ids", []) if isinstance(briefing.curation, dict) else []
            ):
                if isinstance(old, str) and old not in corpus.by_id:
                    pages[f"briefings/{old}.md"] = redirect_page(briefing)
        for kind, label in KIND_LABELS.items():
            entities = corpus.entities[kind]
            pages[f"{kind}/index.md"] = self._render(
                "entities.md.j2", {**nested, "kind": kind, "label": label, "entities": entities},
                f"the {kind} index",
            )  # fmt: skip
            for entity in entities:
                pages[entity.page] = self._render(
                    "entity.md.j2",
                    {
                        **nested,
                        "kind": kind,
                        "label": label,
                        "e": entity,
                        "about": entity_facts(corpus, entity),
                    },
                    f"the {kind} page of {entity.name}",
                )
        return pages


class _Encoded(dict):  # type: ignore[type-arg]
    """Pages stored as UTF-8 bytes the moment each is rendered."""

    def __setitem__(self, uri: str, text: str) -> None:
        super().__setitem__(uri, text.encode("utf-8"))


KIND_LABELS = {
    "people": "People",
    "organisations": "Organisations",
    "places": "Places",
    "equipment": "Equipment",
}


def entity_facts(corpus: Corpus, entity: CorpusEntity) -> dict[str, list[Any]]:
    """What the sources say by or about one entity: quotes, claims, events, judgements."""
    facts: dict[str, list[Any]] = {"quotes": [], "figures": [], "events": [], "assessments": []}
    spellings = sorted(entity.spellings or {entity.name}, key=len, reverse=True)
    named = re.compile("(?<![\\w-])(?:" + "|".join(re.escape(s) for s in spellings) + ")(?![\\w-])")
    # sources come latest first: once a list is full, older sources would not be shown in it
    speaks = entity.kind in {"people", "organisations"}  # a place or a weapon is quoted by no one
    for briefing_id in entity.sources:
        room = {name: len(items) < PAGE_SIZE for name, items in facts.items()}
        if not any(room.values()):
            break
        briefing = corpus.by_id[briefing_id]
        if speaks:
            for name, items, by in (
                ("quotes", briefing.quotes, "speaker"),
                ("figures", briefing.figures, "claimed_by"),
                ("assessments", briefing.assessments, "by"),
            ):
                if room[name]:
                    facts[name].extend(
                        (item, briefing)
                        for item in items
                        if corpus.speaker_entity(briefing, getattr(item, by)) is entity
                    )
        if room["events"]:
            facts["events"].extend((event, briefing) for event in briefing.events if named.search(event.text))
    facts["events"].sort(key=lambda pair: pair[0].date)
    # a page about an entity every source names would grow with the corpus: the latest only
    for name, items in facts.items():
        facts[name] = items[-PAGE_SIZE:] if name == "events" else items[:PAGE_SIZE]
    return facts


def redirect_page(briefing: Briefing) -> str:
    """A page at a briefing's former address that sends the reader to the new one."""
    target = f"../{briefing.id}/"
    return (
        "---\nsearch:\n  exclude: true\n---\n\n"
        f"# {md_escape(briefing.title)}\n\n"
        f'<meta http-equiv="refresh" content="0; url={html.escape(target)}">\n\n'
        f"This briefing has moved: [{md_escape(briefing.title)}]({briefing.id}.md).\n"
    )


def briefing_page(briefing: Briefing) -> str:
    return f"briefings/{briefing.id}.md"


def _template_line(exc: Exception, template: str) -> str:
    """The template line a runtime error happened on, from the traceback."""
    tb = exc.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith(template):
            line = tb.tb_lineno
        tb = tb.tb_next
    return f":{line}" if line else ""
