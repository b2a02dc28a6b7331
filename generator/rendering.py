"""Rendering briefings into Markdown pages through Jinja templates.

Every value a template prints is escaped for Markdown and HTML unless it is
`Md` (markup the generator built itself): source text is data, so no character
of it can become a link, a heading, a tag or template syntax. Templates are
looked up in the project's templates/ folder first, then in the bundled ones.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jinja2

from .corpus import Corpus
from .errors import UserError
from .schema import Briefing

BUNDLED_TEMPLATES = Path(__file__).parent / "templates"
# Characters that Markdown, its extensions (attr_list, admonition, tables, emoji,
# critic, mark, tilde, caret, footnotes) or HTML give a meaning, as entities.
_MD_SPECIAL = {
    "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\\": "&#92;", "`": "&#96;",
    "*": "&#42;", "_": "&#95;", "[": "&#91;", "]": "&#93;", "(": "&#40;", ")": "&#41;",
    "#": "&#35;", "|": "&#124;", "{": "&#123;", "}": "&#125;", "~": "&#126;", "^": "&#94;",
    "=": "&#61;", "!": "&#33;", ":": "&#58;", "+": "&#43;", "$": "&#36;", "%": "&#37;",
}  # fmt: skip
_MD_RE = re.compile("|".join(re.escape(c) for c in _MD_SPECIAL))
# A line that starts like a list item, a rule or a numbered list.
_LINE_START_RE = re.compile(r"^(\s*)([-+*]|\d+[.)])", re.M)


class Md(str):
    """Markdown the generator built, already safe: printed as it is."""


def md_escape(value: Any) -> str:
    """Text as inert Markdown: one line, every meaningful character an entity."""
    text = " ".join(str(value).split())
    text = _MD_RE.sub(lambda m: _MD_SPECIAL[m.group()], text)
    text = _LINE_START_RE.sub(lambda m: m.group(1) + "".join(f"&#{ord(c)};" for c in m.group(2)), text)
    return text


def _finalize(value: Any) -> Any:
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    return md_escape(value)


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for an href, or None: no javascript:, data: or relative tricks."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%-._~")


def external_link(url: str | None, label: str | None = None) -> Md:
    """A link to a source's address, or its text when it is not a safe web address."""
    safe = safe_url(url)
    if safe is None:
        return Md(md_escape(url or ""))
    return Md(
        f'<a href="{html.escape(safe, quote=True)}" rel="noopener nofollow">{md_escape(label or url)}</a>'
    )


def page_link(label: Any, target: str, anchor: str | None = None) -> Md:
    """A Markdown link to another generated page (MkDocs checks and rewrites it)."""
    suffix = f"#{anchor}" if anchor else ""
    return Md(f"[{md_escape(label)}]({target}{suffix})")


def yaml_string(value: Any) -> Md:
    """A value for the page's front matter (JSON is YAML), HTML-escaped.

    Material prints a page's front-matter title into its header without
    escaping it, so the escaping happens here.
    """
    return Md(json.dumps(html.escape(" ".join(str(value).split())), ensure_ascii=False))


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


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


def make_environment(project_templates: Path | None) -> jinja2.Environment:
    loaders: list[jinja2.BaseLoader] = []
    if project_templates and project_templates.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(project_templates)))
    loaders.append(jinja2.FileSystemLoader(str(BUNDLED_TEMPLATES)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=False,  # the output is Markdown: _finalize escapes for it instead
        finalize=_finalize,
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
    env.globals.update(para=para, date_of=date_of, figure_value=figure_value)
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
        except jinja2.TemplateError as exc:
            line = _template_line(exc, template)
            raise UserError(f"template {template}{line}: {exc} (rendering {what})") from exc

    def pages(self, corpus: Corpus) -> dict[str, str]:
        """Page address (relative .md path) -> Markdown."""
        common = {"topic": self.topic, "corpus": corpus}
        pages = {
            "index.md": self._render("home.md.j2", common, "the home page"),
            "sources.md": self._render("sources.md.j2", common, "the sources page"),
        }
        spellings = corpus.spellings_by_source()
        for briefing in corpus.briefings:
            # spellings other sources use, so a search for any of them finds this page
            text = " ".join(p.text for p in briefing.body)
            other = [s for s in spellings.get(briefing.id, []) if s not in text]
            pages[briefing_page(briefing)] = self._render(
                "briefing.md.j2",
                {**common, "b": briefing, "also_spelled": other},
                f"briefing {briefing.id}",
            )
        return pages


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
