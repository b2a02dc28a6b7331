"""Rendering briefings into Markdown pages through Jinja templates.

Every value a template prints is escaped for Markdown and HTML unless it is
`Md` (markup the generator built itself): source text is data, so no character
of it can become a link, a heading, a tag or template syntax. Templates are
looked up in the project's templates/ folder first, then in the bundled ones.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from .bottomline import bottom_line
from .charts import figure_legend, figure_svg, timeline_svg
from .corpus import Corpus, CorpusEntity, FigureGroup, TimelineEntry
from .errors import UserError, did_you_mean, shown_file
from .exports import each_data_file, each_feed
from .ids import unique_slugs
from .lexicon import names_regex
from .links import Links, page_url
from .maps import briefing_places, corpus_places, place_map
from .markup import Md, external_link, finalize, md_escape, number, page_link, yaml_string
from .profiles import Profiles, hub_of, network_svg
from .questions import band_bar, questions
from .schema import ENTITY_KINDS, Briefing
from .settings import Settings

BUNDLED_TEMPLATES = Path(__file__).parent / "templates"
Pages = Iterator[tuple[str, str]]  # (page address, Markdown)
Context = dict[str, Any]  # what a template is rendered with


def para(ref: str | None, page: str = "") -> Md:
    """The ¶ link from an item to the source paragraph it came from."""
    if not ref:
        return Md("")
    href, ref = html.escape(f"{page}#{ref}"), html.escape(ref)
    # a screen reader reads the link's text, "¶" ("pilcrow"), and a title only as a hint: the
    # label names where it leads
    return Md(
        f'<a class="para-link" href="{href}" title="Source paragraph {ref}" '
        f'aria-label="Source paragraph {ref}">¶</a>'
    )


def date_of(briefing: Briefing) -> Md:
    """The publication date, or the estimate marked as one."""
    if briefing.published:
        return Md(md_escape(briefing.published))
    estimate = briefing.published_estimate
    if estimate and estimate.after:
        return Md(f"after {md_escape(estimate.after)} <small>(estimated)</small>")
    return Md("undated")


def source_date_note(briefing: Briefing) -> Md:
    """Beside a source cited for something it dates: nothing when the source prints its date, else
    its estimate in the words `date_of` uses ("(source: after 2022-09-21, estimated)")."""
    if briefing.published:
        return Md("")
    estimate = briefing.published_estimate
    if estimate and estimate.after:
        return Md(f"<small>(source: after {md_escape(estimate.after)}, estimated)</small>")
    return Md("<small>(source undated)</small>")


def figure_value(figure: Any) -> Md:
    """'about 170', 'up to 9,000', '4,000–6,000 percent'."""
    value = (
        number(figure.value) if figure.value is not None else f"{number(figure.low)}–{number(figure.high)}"
    )
    parts = [figure.qualifier, value, figure.unit]
    return Md(md_escape(" ".join(p for p in parts if p)))


def disagreement(group: FigureGroup) -> Md:
    """'×9.0': how many times the largest figure of a subject is the smallest (the home page explains)."""
    if group.disagreement is None:
        return Md("")
    # the list is of the subjects two sources give figures for: the most disputed first, down to
    # those on which they agree, which the reader is told in words
    return Md(f"×{group.disagreement:.1f}" + (" (they agree)" if group.disagreement <= 1 else ""))


SITE_LANGUAGE = "en"  # the language the templates write the site in
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639: all a `lang` attribute takes from a briefing


def language_of(briefing: Briefing) -> str:
    """The language of a briefing's source text when it is not the site's ("ru"), else ""."""
    language = briefing.source.language or ""
    if language in (SITE_LANGUAGE, "und") or not LANGUAGE_CODE.fullmatch(language):
        return ""
    return language


def written_in(text: Any, briefing: Briefing) -> Md:
    """Text of a source as it wrote it, marked with its language when that is not the site's
    (`<span lang="ru">`), so that a screen reader reads a Russian quote as Russian."""
    language = language_of(briefing)
    escaped = md_escape(text)
    return Md(f'<span lang="{language}">{escaped}</span>' if language else escaped)


PAGE_SIZE = 200  # rows a list page shows before it is split by month or year


def _recent(entries: list[Any]) -> list[Any]:
    """At most PAGE_SIZE entries, the most recent sources first."""
    if len(entries) <= PAGE_SIZE:
        return entries
    return sorted(entries, key=lambda e: e.briefing.sort_date, reverse=True)[:PAGE_SIZE]


def _paged(entries: list[Any], base: str) -> Iterator[tuple[str, str, list[Any], Md]]:
    """A long list as pages of PAGE_SIZE: (address, root, entries, links to the other pages).

    The first page is `base`.md; the others are `base`/2.md, `base`/3.md..., a folder
    no slug can name, so no other page's address is taken.
    """
    count = max(1, -(-len(entries) // PAGE_SIZE))
    addresses = [f"{base}.md", *(f"{base}/{n}.md" for n in range(2, count + 1))]
    for current, address in enumerate(addresses, 1):
        root = "../" * address.count("/")
        links = [
            str(n) if n == current else page_link(str(n), "../" * (current > 1) + _tail(a, base))
            for n, a in enumerate(addresses, 1)
        ]
        pager = Md("Pages: " + " · ".join(links)) if count > 1 else Md("")
        yield address, root, entries[(current - 1) * PAGE_SIZE : current * PAGE_SIZE], pager


def _tail(address: str, base: str) -> str:
    """`address` relative to the folder that holds `base`.md."""
    return address[base.rfind("/") + 1 :]


def _month_of(briefing: Briefing) -> str:
    return briefing.sort_date[:7] if briefing.sort_date else "undated"


def _year_of(briefing: Briefing) -> str:
    return briefing.sort_date[:4] if briefing.sort_date else "undated"


def _month_of_event(entry: TimelineEntry) -> str:
    return entry.event.date[:7]


def _month_starts(months: list[str]) -> dict[int, str]:
    """The rows of a year's page that open a month (its position among the page's rows -> the
    month), given each row's month: their ids, where a month's old address sends the reader."""
    starts: dict[int, str] = {}
    for at, month in enumerate(months):
        if len(month) == len("2022-10") and (at == 0 or months[at - 1] != month):
            starts[at] = month  # not a year alone ("2022") or "undated": no month's address
    return starts


def moved_page(old: str, new: str, title: str, directory_urls: bool = True) -> tuple[str, str]:
    """(path in the site, HTML) of a file at the built address of the page `old` (".md") that sends
    the reader on to the page `new`: a static file MkDocs copies as it is, no page of the site
    (no navigation, search or sitemap entry, no page template to run)."""
    url = page_url(old, directory_urls)
    path = url + "index.html" if url.endswith("/") else url
    target = html.escape(Links(old, directory_urls).to(new), quote=True)
    shown = html.escape(title)
    return path, (
        f'<!doctype html>\n<html lang="{SITE_LANGUAGE}">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{shown}</title>\n<meta name="robots" content="noindex">\n'
        f'<link rel="canonical" href="{target}">\n<meta http-equiv="refresh" content="0; url={target}">\n'
        f'</head>\n<body>\n<p>This page has moved: <a href="{target}">{shown}</a>.</p>\n</body>\n</html>\n'
    )


def figures_paged(groups: list[FigureGroup]) -> bool:
    """Whether the figures are too many for one page: then figures.md is an index, a page per group."""
    return sum(len(g.claims) for g in groups) > PAGE_SIZE


# A figure subject or a quote speaker of a paged list gets a page of its own from this many sources;
# below, a row on figures.md or quotes.md: a page of one source's figures or quotes repeated its briefing
OWN_PAGE_SOURCES = 2


def figure_group_link(corpus: Corpus, group: FigureGroup, root: str = "") -> Md:
    """A link to where a group of figures is shown: its section of figures.md, its own page, or its
    row on figures.md (a subject of one source, on a paged site)."""
    if figures_paged(corpus.figure_groups()) and len(group.sources) >= OWN_PAGE_SOURCES:
        return page_link(group.key, f"{root}figures/{group.slug}.md")
    return page_link(group.key, f"{root}figures.md", group.slug)


@jinja2.pass_context
def href(context: jinja2.runtime.Context, target: str) -> Md:
    """The href, in raw HTML, of a link to a page ("people/x.md#a"): the built site's address of it
    from the page rendered (links.py), since MkDocs rewrites no link inside an HTML block."""
    links = context.get("links")
    url = links.to(target) if isinstance(links, Links) else target
    return Md(html.escape(url, quote=True))


@jinja2.pass_context
def a(context: jinja2.runtime.Context, label: Any, target: str) -> Md:
    """`label` as an <a> in raw HTML to a page ("people/x.md#a"), from the page rendered."""
    text = label if isinstance(label, Md) else md_escape(label)
    return Md(f'<a href="{href(context, target)}">{text}</a>')


def _link(context: jinja2.runtime.Context, form: str, label: Any, target: str, root: str) -> Md:
    """`label` linked to a page ("people/x.md#a"): a Markdown link from `root`, which MkDocs checks
    and rewrites, or (`form` "html", inside a raw HTML block) an <a> to the built site's address."""
    return a(context, label, target) if form == "html" else page_link(label, f"{root}{target}")


# One function per link, in either form ("markdown", the default, or "html"); the html forms are
# also called by names of their own (entity_a, briefing_a, para_a, claimant_a), which templates use.


@jinja2.pass_context
def entity_link(
    context: jinja2.runtime.Context,
    corpus: Corpus,
    briefing: Briefing,
    kind: str,
    name: str,
    root: str = "",
    form: str = "markdown",
) -> Md:
    """The entity's name, linked to its page across sources; its name alone without one."""
    entity = corpus.entity_of(briefing.id, kind, name)
    if entity is None:
        return Md(md_escape(name))
    return _link(context, form, name, entity.page, root)


@jinja2.pass_context
def briefing_link(
    context: jinja2.runtime.Context,
    briefing: Briefing,
    root: str = "",
    anchor: str | None = None,
    label: Any = None,
    form: str = "markdown",
) -> Md:
    """A link to a briefing page (to one of its paragraphs with `anchor`)."""
    target = briefing_page(briefing) + (f"#{anchor}" if anchor else "")
    return _link(context, form, label if label is not None else briefing.title, target, root)


@jinja2.pass_context
def para_in(
    context: jinja2.runtime.Context,
    briefing: Briefing,
    ref: str | None,
    root: str = "",
    form: str = "markdown",
) -> Md:
    """The ¶ link to a paragraph of another page, the briefing's: a Markdown link, so that MkDocs
    checks it and writes the page's address (a raw <a> to briefings/x.md#p1 would lead nowhere);
    in raw HTML, an <a> with the attributes in the order attr_list writes them (the built page is
    the same)."""
    if not ref:
        return Md("")
    label, target = html.escape(f"Source paragraph {ref}"), f"{briefing_page(briefing)}#{ref}"
    if form == "html":
        url = href(context, target)
        return Md(f'<a aria-label="{label}" class="para-link" href="{url}" title="{label}">¶</a>')
    return Md(f'[¶]({root}{target}){{: .para-link title="{label}" aria-label="{label}" }}')


@jinja2.pass_context
def claimant(
    context: jinja2.runtime.Context,
    corpus: Corpus,
    briefing: Briefing,
    name: str | None,
    root: str = "",
    form: str = "markdown",
) -> Md:
    """Who claims a figure, by the name the corpus gives the person or body (Revenka and Revenko are
    one person, so one name), linked to their page; as written when no entity is theirs."""
    entity = corpus.speaker_entity(briefing, name)
    if entity is None:
        return Md(md_escape(name or ""))
    return _link(context, form, entity.name, entity.page, root)


@jinja2.pass_context
def entity_a(context: jinja2.runtime.Context, corpus: Corpus, briefing: Briefing, kind: str, name: str) -> Md:
    return entity_link(context, corpus, briefing, kind, name, form="html")


@jinja2.pass_context
def briefing_a(
    context: jinja2.runtime.Context, briefing: Briefing, anchor: str | None = None, label: Any = None
) -> Md:
    return briefing_link(context, briefing, "", anchor, label, form="html")


@jinja2.pass_context
def para_a(context: jinja2.runtime.Context, briefing: Briefing, ref: str | None) -> Md:
    return para_in(context, briefing, ref, form="html")


@jinja2.pass_context
def claimant_a(context: jinja2.runtime.Context, corpus: Corpus, briefing: Briefing, name: str | None) -> Md:
    return claimant(context, corpus, briefing, name, form="html")


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
        written_in=written_in,
    )
    env.globals.update(
        para=para,
        para_in=para_in,
        date_of=date_of,
        source_date_note=source_date_note,
        figure_value=figure_value,
        timeline_svg=timeline_svg,
        figure_svg=figure_svg,
        figure_legend=figure_legend,
        entity_link=entity_link,
        entity_a=entity_a,
        href=href,
        a=a,
        briefing_a=briefing_a,
        para_a=para_a,
        claimant_a=claimant_a,
        figure_group_link=figure_group_link,
        disagreement=disagreement,
        briefing_link=briefing_link,
        language_of=language_of,
    )
    env.globals.update(place_map=_place_map, corpus_places=corpus_places, briefing_places=briefing_places)
    env.globals.update(question_groups=questions, band_bar=band_bar)
    env.globals.update(bottom_line=bottom_line, claimant=claimant, network_svg=network_svg, hub_of=hub_of)
    return env


@jinja2.pass_context
def _place_map(context: jinja2.runtime.Context, places: Any, links: Links, across: bool = True) -> Md:
    """place_map with the site's language data (its regions), taken from the page's corpus, so a
    template calls it as before: place_map(corpus_places(corpus), links)."""
    corpus = context.get("corpus")
    return place_map(places, links, across, corpus.lexicon if isinstance(corpus, Corpus) else None)


TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")


def template_names() -> list[str]:
    """The templates the generator renders pages with (an override takes one of these names)."""
    return sorted(p.name for p in BUNDLED_TEMPLATES.glob("*.j2"))


def unused_overrides(project_templates: Path | None) -> list[str]:
    """Each template in the overrides folder that no page would use: a misspelt name, one a line.

    A file there wins over the bundled template of the same name; under any other name
    it is never read, and the page it was meant to change stays as it was, without a
    word. A template another override includes, imports or extends is a part of that
    one, and other files (notes, a README) are no templates, unless named for a page
    (`briefing.md`, the .j2 forgotten).
    """
    if project_templates is None or not project_templates.is_dir():
        return []
    names = set(template_names())
    files = sorted(p for p in project_templates.rglob("*") if p.is_file() and not p.name.startswith("."))
    env = jinja2.Environment()
    used = {name for path in files if path.suffix in TEMPLATE_SUFFIXES for name in _referenced(env, path)}
    pages = {name.split(".")[0] for name in names}  # "briefing": briefing.md, briefing.html are meant as one
    problems = []
    for path in files:
        name = path.relative_to(project_templates).as_posix()
        if name in names or name in used:
            continue
        hint = did_you_mean(name, names)
        if path.suffix in TEMPLATE_SUFFIXES or name.split(".")[0] in pages:
            problems.append(
                f"{shown_file(path)}: not a template the generator renders{hint}, so it is never used "
                "(an override takes the name of a bundled template; templates/README.md lists them)"
            )
    return problems


def _referenced(env: jinja2.Environment, path: Path) -> set[str]:
    """The templates a template includes, imports or extends by name (none if it does not parse:
    `check` reports that, and the build the page it breaks)."""
    try:
        tree = env.parse(path.read_text(encoding="utf-8"))
    except (jinja2.TemplateSyntaxError, OSError, UnicodeDecodeError):
        return set()
    return {name for name in jinja2.meta.find_referenced_templates(tree) if name}


def template_problems(project_templates: Path | None) -> list[str]:
    """What `check` finds wrong with the overrides: unused names, and templates that do not compile."""
    problems = unused_overrides(project_templates)
    if project_templates is None or not project_templates.is_dir():
        return problems
    env = make_environment(project_templates)
    for path in sorted(project_templates.rglob("*")):
        if path.is_file() and path.suffix in TEMPLATE_SUFFIXES and not path.name.startswith("."):
            try:
                env.get_template(path.relative_to(project_templates).as_posix())
            except jinja2.TemplateSyntaxError as exc:
                problems.append(f"{shown_file(path)}:{exc.lineno}: {exc.message}")
            except (jinja2.TemplateError, OSError, UnicodeDecodeError) as exc:
                problems.append(f"{shown_file(path)}: {exc}")
    return problems


class Renderer:
    """Builds every generated page of the site from the briefings."""

    def __init__(
        self,
        project_templates: Path | None,
        topic: str,
        hub: str | None = None,
        directory_urls: bool = True,
        data_files: bool = True,
    ) -> None:
        unused = unused_overrides(project_templates)
        if unused:
            raise UserError("\n".join(unused))
        self.env = make_environment(project_templates)
        self.topic = topic
        self.hub = hub  # the setting: the name of the entity the site is about
        self.directory_urls = directory_urls  # MkDocs' use_directory_urls: the built pages' addresses
        self.data_files = data_files  # the setting: data/*.csv and *.jsonl among the pages

    @classmethod
    def of(cls, settings: Settings) -> Renderer:
        """The renderer a project's settings ask for."""
        return cls(
            settings.path("templates"),
            settings.topic,
            settings.hub,
            settings.directory_urls,
            settings.data_files,
        )

    def _render(self, template: str, context: dict[str, Any], what: str, address: str) -> str:
        """The page at `address` (its links in raw HTML are written from there: `links`)."""
        context = {**context, "links": Links(address, self.directory_urls)}
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateSyntaxError as exc:
            name = shown_file(exc.filename) if exc.filename else exc.name
            raise UserError(f"template {name}:{exc.lineno}: {exc.message} (rendering {what})") from exc
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

    def _list_pages(
        self, template: str, rows: list[Any], base: str, what: str, context: Callable[[list[Any]], Context]
    ) -> Pages:
        """A list as pages of PAGE_SIZE rows (`_paged`): each rendered with `context(its rows)`, the
        root of its address, the links to the other pages (`pager`) and the count of all rows (`total`)."""
        for address, root, part, pager in _paged(rows, base):
            page = {**context(part), "root": root, "pager": pager, "total": len(rows)}
            yield address, self._render(template, page, what, address)

    def _sources(self, corpus: Corpus, common: dict[str, Any]) -> Pages:
        """The sources list; past PAGE_SIZE, an index of years with a page per year (`months` and
        `month` say the same as `years` and `year`, for a template written when they were months)."""
        if len(corpus.briefings) <= PAGE_SIZE:
            context = {**common, "briefings": corpus.briefings, "years": None, "months": None}
            yield "sources.md", self._render("sources.md.j2", context, "sources", "sources.md")
            return
        years: dict[str, list[Briefing]] = {}
        for briefing in corpus.briefings:
            years.setdefault(_year_of(briefing), []).append(briefing)
        # a year's page links the others (`year_pages`, newest first): the index is one of many ways on
        year_page = {**common, "years": None, "months": None, "year_pages": list(years)}
        for year, briefings in years.items():
            yield from self._list_pages(
                "sources.md.j2", briefings, f"sources/{year}", f"the sources of {year}",
                lambda part, year=year: {**year_page, "briefings": part, "year": year, "month": year,
                                         "month_starts": _month_starts([_month_of(b) for b in part])},
            )  # fmt: skip
        context = {**common, "briefings": [], "years": years, "months": years}
        yield "sources.md", self._render("sources.md.j2", context, "sources", "sources.md")
        months = [(_month_of(briefing), _year_of(briefing)) for briefing in corpus.briefings]
        yield from self._moved_months("sources", months, "Sources")

    def _moved_months(self, base: str, rows: list[tuple[str, str]], title: str) -> Pages:
        """The addresses of the pages a list split by month had (`base`/2022-10.md, its /2.md...),
        each sending the reader on to the month's first row there on the page of its year (its id:
        `_month_starts`): a bookmark or a link from elsewhere still finds its rows. `rows`: each
        row's (month, year), in the order of the list."""
        places: dict[str, list[tuple[str, int]]] = {}  # month -> (year, position in the year's rows)
        counts: dict[str, int] = {}
        for month, year in rows:
            places.setdefault(month, []).append((year, counts.get(year, 0)))
            counts[year] = counts.get(year, 0) + 1
        for month, where in places.items():
            if month == where[0][0]:
                continue  # a year alone, or undated: the address did not change
            for start in range(0, len(where), PAGE_SIZE):
                year, position = where[start]
                old = f"{base}/{month}.md" if not start else f"{base}/{month}/{start // PAGE_SIZE + 1}.md"
                page = position // PAGE_SIZE + 1
                new = f"{base}/{year}.md#{month}" if page == 1 else f"{base}/{year}/{page}.md#{month}"
                yield moved_page(old, new, f"{title}, {year}", self.directory_urls)

    def _timeline(self, corpus: Corpus, common: dict[str, Any]) -> Pages:
        """The timeline; past PAGE_SIZE events, an index of years with a page per year."""
        entries = corpus.timeline()
        if len(entries) <= PAGE_SIZE:
            context = {**common, "entries": entries, "years": None}
            yield "timeline.md", self._render("timeline.md.j2", context, "the timeline", "timeline.md")
            return
        periods: dict[str, list[Any]] = {}
        for entry in entries:
            periods.setdefault(entry.event.date[:4], []).append(entry)
        year_page = {**common, "years": None, "year_pages": sorted(periods, reverse=True)}
        for period, items in periods.items():
            yield from self._list_pages(
                "timeline.md.j2", items, f"timeline/{period}", f"the timeline of {period}",
                lambda part, period=period: {**year_page, "entries": part, "year": period,
                                             "month_starts": _month_starts(list(map(_month_of_event, part)))},
            )  # fmt: skip
        yield (
            "timeline.md",
            self._render(
                "timeline.md.j2",
                {
                    **common,
                    # the latest events, of whatever year (the latest year may hold a few); the page
                    # counts them all
                    "entries": entries[-PAGE_SIZE:],
                    "total": len(entries),
                    # each year and its one page (a year's months, each a page, before)
                    "years": {year: [year] for year in periods},
                    "counts": periods,
                    "chart": entries[-400:],
                },
                "the timeline",
                "timeline.md",
            ),
        )
        months = [(_month_of_event(entry), entry.event.date[:4]) for entry in entries]
        yield from self._moved_months("timeline", months, "Timeline")

    def _figures(self, corpus: Corpus, common: dict[str, Any]) -> Pages:
        """Figures compared; past PAGE_SIZE figures, an index with a page per group of two sources or
        more (`groups`) and a row per group of one (`one_source`)."""
        groups = corpus.figure_groups()
        if not figures_paged(groups):
            context = {**common, "groups": groups, "index": False}
            yield "figures.md", self._render("figures.md.j2", context, "the figures page", "figures.md")
            return
        own = [group for group in groups if len(group.sources) >= OWN_PAGE_SOURCES]
        for group in own:
            yield from self._list_pages(
                "figures.md.j2", group.claims, f"figures/{group.slug}", f"the figures of {group.key}",
                lambda part, group=group: {**common, "groups": [FigureGroup(group.key, group.slug, part)],
                                           "index": False, "single": True},
            )  # fmt: skip
        one_source = [group for group in groups if len(group.sources) < OWN_PAGE_SOURCES]
        context = {**common, "groups": own, "index": True, "one_source": one_source}
        yield "figures.md", self._render("figures.md.j2", context, "the figures page", "figures.md")

    def _quotes(self, corpus: Corpus, common: dict[str, Any]) -> Pages:
        """Quotes by speaker; past PAGE_SIZE quotes, an index with a page per speaker."""
        speakers = corpus.quotes_by_speaker()
        if sum(len(entries) for _, _, entries in speakers) <= PAGE_SIZE:
            context = {**common, "speakers": speakers, "index": False}
            yield "quotes.md", self._render("quotes.md.j2", context, "the quotes page", "quotes.md")
            return
        labels = [label for label, _, _ in speakers]
        slugs = dict(zip(labels, unique_slugs(labels), strict=True))
        own = [s for s in speakers if len({entry.briefing.id for entry in s[2]}) >= OWN_PAGE_SOURCES]
        pages = {label: f"quotes/{slugs[label]}.md" for label, _, _ in own}
        for label, entity, entries in own:
            yield from self._list_pages(
                "quotes.md.j2", entries, f"quotes/{slugs[label]}", f"the quotes of {label}",
                lambda part, label=label, entity=entity: {**common, "speakers": [(label, entity, part)],
                                                          "index": False, "single": True},
            )  # fmt: skip
        # a speaker quoted by one source: a row of the index (its id the slug its page had)
        one_source = [(*speaker, slugs[speaker[0]]) for speaker in speakers if speaker[0] not in pages]
        context = {**common, "speakers": own, "index": True, "pages": pages, "one_source": one_source}
        yield "quotes.md", self._render("quotes.md.j2", context, "the quotes page", "quotes.md")

    def briefing_page(self, corpus: Corpus, briefing: Briefing) -> tuple[str, str]:
        """(address, Markdown) of one briefing's page; `briefing` may be newer than the corpus's
        copy (a preview shows an edit at once, the pages across sources a moment later)."""
        # spellings other sources use, so a search for any of them finds this page
        text = " ".join(p.text for p in briefing.body)
        other = [s for s in corpus.spellings_by_source().get(briefing.id, []) if s not in text]
        context = {"topic": self.topic, "corpus": corpus, "root": "../", "b": briefing, "also_spelled": other}
        address = briefing_page(briefing)
        return address, self._render("briefing.md.j2", context, f"briefing {briefing.id}", address)

    def pages(self, corpus: Corpus) -> dict[str, str]:
        """Page address (relative .md path) -> Markdown, every page in memory (small sites, tests)."""
        return dict(self.each_page(corpus))

    def each_page(self, corpus: Corpus, release: bool = False) -> Pages:
        """(page address, Markdown), one page at a time: thousands are never held together.

        With `release`, each briefing's source text is dropped once its page is made:
        no page after it shows that text.
        """
        hub = hub_of(corpus, self.topic, self.hub)
        common = {"topic": self.topic, "corpus": corpus, "root": "", "hub": hub}
        yield "index.md", self._render("home.md.j2", common, "the home page", "index.md")
        # the feeds and data files, before the briefings' text is released below
        yield from each_feed(corpus, self.topic, self.directory_urls)
        if self.data_files:
            yield from each_data_file(corpus, self.directory_urls)
        yield from self._sources(corpus, common)
        yield from self._timeline(corpus, common)
        yield from self._figures(corpus, common)
        yield from self._quotes(corpus, common)
        entries = _recent(corpus.assessments())
        yield (
            "assessments.md",
            self._render(
                "assessments.md.j2", {**common, "entries": entries}, "the assessments page", "assessments.md"
            ),
        )
        yield "tags.md", self._render("tags.md.j2", common, "the tags page", "tags.md")
        for tag, page, briefings in corpus.tagged():
            yield from self._list_pages(
                "tag.md.j2", briefings, page.removesuffix(".md"), f"the page of the tag {tag!r}",
                lambda part, tag=tag: {**common, "tag": tag, "briefings": part},
            )  # fmt: skip
        nested = {**common, "root": "../"}
        profiles = Profiles(corpus, self.topic, self.hub)  # before the source text is released below
        said = SaidBy(corpus)  # the entity pages' quotes, figures and judgements, by speaker
        for briefing in corpus.briefings:
            yield self.briefing_page(corpus, briefing)
            if release:
                briefing.body = []
        for briefing in corpus.briefings:
            for old in (
                briefing.curation.get("previous_ids", []) if isinstance(briefing.curation, dict) else []
            ):
                if isinstance(old, str) and old not in corpus.by_id:
                    yield f"briefings/{old}.md", redirect_page(briefing)
        for kind, label in KIND_LABELS.items():
            entities = corpus.entities[kind]
            yield from self._list_pages(
                "entities.md.j2", entities, f"{kind}/index", f"the {kind} index",
                lambda part, kind=kind, label=label: {**common, "kind": kind, "label": label,
                                                      "entities": part},
            )  # fmt: skip
            shared: dict[str, list[CorpusEntity]] = {}
            for entity in entities:
                if entity.shared:
                    shared.setdefault(entity.file, []).append(entity)
                    continue
                yield (
                    entity.page,
                    self._render(
                        "entity.md.j2",
                        {
                            **nested,
                            "kind": kind,
                            "label": label,
                            "e": entity,
                            "about": entity_facts(corpus, entity, said),
                            "profile": profiles.of(entity),
                        },
                        f"the {kind} page of {entity.name}",
                        entity.page,
                    ),
                )
            yield from self._shared_entities(corpus, kind, label, shared, profiles, said)

    def _shared_entities(
        self,
        corpus: Corpus,
        kind: str,
        label: str,
        shared: dict[str, list[CorpusEntity]],
        profiles: Profiles,
        said: SaidBy,
    ) -> Pages:
        """The entities named in one source, a page per letter, each an entry with what its source says.

        Such an entity's own page repeated its one source's sentences, and the corpus's long
        tail made most of a site's pages (3,408 of 5,753 at 1,000 synthetic sources).
        """
        files = sorted(shared)
        for file in files:
            entities = sorted(shared[file], key=lambda e: (e.name.lower(), e.slug))
            context = {
                "topic": self.topic,
                "corpus": corpus,
                "root": "../../",
                "kind": kind,
                "label": label,
                "letter": file.rsplit("/", 1)[1].removesuffix(".md"),
                "letters": [(f.rsplit("/", 1)[1].removesuffix(".md"), f.rsplit("/", 1)[1]) for f in files],
                "entries": [(e, profiles.of(e), entity_facts(corpus, e, said)) for e in entities],
            }
            yield file, self._render("entities_shared.md.j2", context, f"the {kind} named once, {file}", file)


KIND_LABELS = {kind: kind.capitalize() for kind in ENTITY_KINDS}  # each kind's index page: "People"


class SaidBy:
    """Each briefing's quotes, figures and judgements by the entity each is said by, sorted once.

    An entity's page lists what it said in each of its sources, and the entity every source names
    had every item of every source judged against it again: 650,000 speakers resolved for the 4,140
    entities of 1,000 synthetic sources, about a second of the render. Sorted per briefing the first
    time a page asks, each item's speaker is resolved once.
    """

    # each fact listed (the briefing's list of that name) and the field that names who said it
    SAYINGS = (("quotes", "speaker"), ("figures", "claimed_by"), ("assessments", "by"))

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        # briefing id -> fact -> id(entity) -> its items
        self.sorted: dict[str, dict[str, dict[int, list[Any]]]] = {}

    def of(self, briefing: Briefing, name: str, entity: CorpusEntity) -> list[Any]:
        """The items of `briefing`'s list `name` said by `entity`, in the briefing's order."""
        sorted_ = self.sorted.get(briefing.id)
        if sorted_ is None:
            sorted_ = self.sorted[briefing.id] = self._sort(briefing)
        return sorted_[name].get(id(entity), [])  # the corpus's entities live as long as this

    def _sort(self, briefing: Briefing) -> dict[str, dict[int, list[Any]]]:
        found: dict[str, dict[int, list[Any]]] = {}
        for name, by in self.SAYINGS:
            groups: dict[int, list[Any]] = {}
            for item in getattr(briefing, name):
                speaker = self.corpus.speaker_entity(briefing, getattr(item, by))
                if speaker is not None:
                    groups.setdefault(id(speaker), []).append(item)
            found[name] = groups
        return found


def entity_facts(corpus: Corpus, entity: CorpusEntity, said: SaidBy | None = None) -> dict[str, list[Any]]:
    """What the sources say by or about one entity: quotes, claims, events, judgements (`said`: the
    briefings' items by speaker, shared by the pages of one render)."""
    said = said if said is not None and said.corpus is corpus else SaidBy(corpus)
    facts: dict[str, list[Any]] = {"quotes": [], "figures": [], "events": [], "assessments": []}
    spellings = sorted(entity.spellings or {entity.name}, key=len, reverse=True)
    named = names_regex(tuple(spellings))
    if named is None:
        return facts  # no spelling to look for
    # sources come latest first: once a list is full, older sources would not be shown in it
    speaks = entity.kind in {"people", "organisations"}  # a place or a weapon is quoted by no one
    for briefing_id in entity.sources:
        room = {name: len(items) < PAGE_SIZE for name, items in facts.items()}
        if not any(room.values()):
            break
        briefing = corpus.by_id[briefing_id]
        if speaks:
            for name, _ in SaidBy.SAYINGS:
                if room[name]:
                    facts[name].extend((item, briefing) for item in said.of(briefing, name, entity))
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
