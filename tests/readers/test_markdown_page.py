"""Markdown sources: front matter as metadata, the body as plain paragraphs with no markup left."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from generator.errors import SourceError
from generator.lexicon import load_lexicon
from generator.readers import read_source
from generator.readers.metadata import outlet_for
from tests.sitekit import ROOT

PAGES = ROOT / "tests" / "pages"


# Markup a reader of the site must never see: headings, emphasis, links, images, code, HTML.
MARKUP_RE = re.compile(r"^#|\*\*|__|(?<!\w)[*_]\w|\]\(|!\[|`|</?[a-z]+[ >]|^[-+*] |^>|^\d+\. ", re.M)


def read(lexicon, tmp_path: Path, text: str, name: str = "source.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_source(path, tmp_path, lexicon)


def test_front_matter_is_the_metadata(lexicon):
    source = read_source(PAGES / "frontmatter.md", PAGES, lexicon)
    assert source.kind == "markdown"
    assert source.title == "Sweden hands over Archer howitzers to Ukraine"
    assert source.published == date(2023, 5, 2)
    assert source.url == "https://www.nordicdefence.example/2023/05/02/archer-handover"
    assert source.outlet == "Nordic Defence Review"
    assert source.authors == ["Lena Berg", "Karl Holm"]
    assert (source.language, source.language_basis) == ("en", "front matter")


def test_body_is_plain_paragraphs(lexicon):
    source = read_source(PAGES / "frontmatter.md", PAGES, lexicon)
    expected = (PAGES / "frontmatter.expected.txt").read_text(encoding="utf-8")
    assert source.paragraphs == [p.strip() for p in expected.split("\n\n") if p.strip()]
    body = "\n".join(source.paragraphs)
    assert not MARKUP_RE.search(body), MARKUP_RE.search(body)
    assert "Swedish Defence Materiel Administration" in body  # link text kept
    assert "test range" not in body  # image alt text dropped
    assert "print(" not in body  # code block dropped
    assert "Advertisement" not in body  # HTML block's text is cleaned like any line
    assert "Sweden hands over" not in body  # the top heading is the title


def test_markup_of_every_kind_is_removed(lexicon, tmp_path):
    text = """# Troops *move* to the border

Belarusian troops moved **towards** the border on Monday, [officials said](https://x.example "t").
The move was _unexpected_, said `analysts` at the<br>institute.

![a tank](tank.jpg "Tank") A column of tanks was seen near <abbr title="Brest">Brest</abbr> on Sunday.

1. first, the artillery;
2. then the infantry.

* * *

| Unit | Number |
|------|--------|
| tanks | 40 |

<script>alert("no")</script>
<figure><img src="a.jpg"><figcaption>Tanks near Brest. Photo: AP</figcaption></figure>

    indented code is not text

~~struck out~~ text stays as text.
"""
    source = read(lexicon, tmp_path, text)
    assert source.title == "Troops move to the border"
    assert source.paragraphs == [
        "Belarusian troops moved towards the border on Monday, officials said. "
        "The move was unexpected, said analysts at the institute.",
        "A column of tanks was seen near Brest on Sunday.",
        "first, the artillery;",
        "then the infantry.",
        "Unit; Number",
        "tanks; 40",
        "struck out text stays as text.",
    ]
    assert not MARKUP_RE.search("\n".join(source.paragraphs))


def test_a_heading_followed_by_lower_case_text_stays_its_own_paragraph(lexicon, tmp_path):
    text = "## what the plans need\n\n- troops in Lithuania\n- rail links\n\nBoth will take years.\n"
    source = read(lexicon, tmp_path, text)
    assert source.paragraphs == [
        "what the plans need",
        "troops in Lithuania",
        "rail links",
        "Both will take years.",
    ]


def test_without_front_matter_the_text_reveals_the_metadata(lexicon, tmp_path):
    text = "# Belarus moves troops\n\nBy Jane Doe\n\nOctober 11, 2022\n\nThe troops moved on Monday.\n"
    source = read(lexicon, tmp_path, text)
    assert source.title == "Belarus moves troops"
    assert source.authors == ["Jane Doe"]
    assert source.published == date(2022, 10, 11)
    assert source.paragraphs == ["The troops moved on Monday."]


def test_front_matter_wins_over_the_text(lexicon, tmp_path):
    text = (
        "---\ntitle: The front matter title\nauthor: Jane Doe, John Smith and the Reuters Staff\n"
        "published: 12 October 2022\n---\n"
        "# A heading that is not the title\n\nBy Someone Else\n\nThe troops moved on Monday.\n"
    )
    source = read(lexicon, tmp_path, text)
    assert source.title == "The front matter title"
    assert source.authors == ["Jane Doe", "John Smith"]
    assert source.credits == ["Reuters Staff"]
    assert source.published == date(2022, 10, 12)
    assert source.paragraphs == ["The troops moved on Monday."]


def test_a_crawlers_source_address_names_the_site_in_the_title(lexicon, tmp_path):
    text = (
        "---\ntitle: Troops cross the border - Example Herald\nsource: Example wire\n"
        "link: /world/troops\nsource_url: https://www.exampleherald.com/world/troops/\n---\n"
        "The troops moved on Monday.\n"
    )
    source = read(lexicon, tmp_path, text)
    assert source.url == "https://www.exampleherald.com/world/troops/"
    assert (source.title, source.outlet) == ("Troops cross the border", "Example Herald")
    text = "---\ntitle: Troops cross\nsource: https://exampleherald.com/a\n---\nThe troops moved.\n"
    assert read(lexicon, tmp_path, text).url == "https://exampleherald.com/a"


def test_a_crawlers_paragraph_a_line_markdown_is_read_paragraph_by_paragraph(lexicon, tmp_path):
    # no blank line between paragraphs: CommonMark would make the whole story one paragraph
    first = (
        "Officials said on Tuesday that the new bridge across the river would open in spring, two "
        "years later than the government had promised when the work began in the capital."
    )
    second = (
        "The delay was caused by a shortage of steel and by floods that twice swept away the "
        "temporary supports, according to a report the transport ministry published this week."
    )
    text = f"---\ntitle: Bridge late\n---\n{first.strip()}\n{second.strip()}\nWe asked the ministry.\n"
    source = read(lexicon, tmp_path, text)
    assert source.paragraphs == [first.strip(), second.strip(), "We asked the ministry."]


def test_a_crawlers_labels_and_menu_lines_stay_blocks_of_their_own(lexicon, tmp_path):
    # one block a line, no blank lines: a heading or a label ends no sentence, yet it is no part
    # of the line after it; a line cut inside a sentence still joins the next
    story = (
        "Officials said on Tuesday that the new bridge across the river would open in spring, two "
        "years later than the government had promised when the work began in the capital."
    )
    text = (
        f"---\ntitle: Bridge late\n---\n{story}\nProtect our bridges\nThe Bridge Weekly\n"
        "More bridge news\nAuthor\nJane Roe\nThe ministry said the delay was caused by floods that,\n"
        "according to its engineers, twice swept away the supports of the unfinished span.\n"
    )
    source = read(lexicon, tmp_path, text)
    labels = ["Protect our bridges", "The Bridge Weekly", "More bridge news", "Author", "Jane Roe"]
    assert source.paragraphs[0] == story
    # the labels, a run of headline lines inside the story, may go as its teasers; what is kept of
    # them stands whole, joined to nothing
    assert all(p in labels for p in source.paragraphs[1:-1])
    assert source.paragraphs[-1].startswith(
        "The ministry said the delay was caused by floods that, according"
    )


def test_the_sites_own_appeal_to_its_readers_is_not_body(lexicon, tmp_path):
    text = (
        "---\ntitle: Bridge late\nurl: https://www.exampleherald.com/bridge\n---\n"
        "Officials said the bridge would open next spring, two years late.\n\n"
        "Help us keep reporting: for as little as £5 you can support the Example Herald.\n\n"
        "Exampleherald accepts tips about wrongdoing. We protect our sources.\n\n"
        "The ministry told the Example Herald that we should expect more delays, she said.\n\n"
        '"We will pay you back," the minister told the Example Herald.\n'
    )
    source = read(lexicon, tmp_path, text)
    assert source.paragraphs[0].startswith("Officials said")
    assert not any(p.startswith(("Help us", "Exampleherald accepts")) for p in source.paragraphs)
    assert source.paragraphs[-1].startswith('"We will pay you back')  # a quote speaks to someone else


def test_a_publish_flag_is_no_date(lexicon, tmp_path):
    # Jekyll and Hugo write "published: true" (show the page); the date is under another key,
    # or, with none, in the text
    flagged = "---\ntitle: Troops cross\npublished: true\ndate: 2024-03-05\n---\nThe troops moved.\n"
    assert read(lexicon, tmp_path, flagged).published == date(2024, 3, 5)
    alone = "---\ntitle: Troops cross\npublished: yes\n---\nMarch 7, 2024\n\nThe troops moved.\n"
    assert read(lexicon, tmp_path, alone).published == date(2024, 3, 7)


def test_a_wordpress_exports_post_title_and_post_date_are_read(lexicon, tmp_path):
    # a blog's export keeps the page's character references and the source site's address
    text = (
        "---\nID: 4782\npost_title: 'Lightning kills 109 in eastern India &#8211; gulfnews.com'\n"
        "author: Staff Writer\npost_date: 2016-06-22 10:38:12\npublished: true\n---\n"
        "Lightning killed 109 people in eastern India on Tuesday, officials said on Wednesday.\n"
    )
    source = read(lexicon, tmp_path, text)
    assert (source.title, source.outlet) == ("Lightning kills 109 in eastern India", "gulfnews.com")
    assert source.published == date(2016, 6, 22)


def test_language_from_front_matter_flags_a_source(lexicon, tmp_path):
    text = "---\nlang: de-DE\n---\nDie Truppen zogen am Montag an die Grenze.\n"
    source = read(lexicon, tmp_path, text)
    assert (source.language, source.language_basis) == ("de", "front matter")


def test_a_site_generators_one_item_lists_are_read_as_values(lexicon, tmp_path):
    # Hugo and its scrapers write `lang: ["en"]`, `title: [..]`; authors stay a list
    text = (
        '---\ntitle:\n  - "Troops cross the border"\nlang:\n  - "en"\ncategories:\n  - "news"\n'
        'date: ["2025-02-13 09:15:25"]\n---\n\nThe troops moved on Monday.\n'
    )
    source = read(lexicon, tmp_path, text)
    assert source.title == "Troops cross the border"
    assert (source.language, source.language_basis) == ("en", "front matter")
    assert source.published == date(2025, 2, 13)


def test_a_leading_rule_is_not_front_matter(lexicon, tmp_path):
    text = "---\n\nThe troops moved on Monday.\n\n---\n\nThe ministry denied it.\n"
    source = read(lexicon, tmp_path, text)
    assert source.paragraphs == ["The troops moved on Monday.", "The ministry denied it."]


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("title: [unclosed\n", "front matter is not valid YAML"),
        ("language: English language\n", "not a language code"),
    ],
)
def test_bad_front_matter_is_a_source_error_naming_the_file(lexicon, tmp_path, front, reason):
    with pytest.raises(SourceError) as caught:
        read(lexicon, tmp_path, f"---\n{front}---\nThe troops moved.\n", name="bad.md")
    assert caught.value.path == "bad.md"
    assert reason in caught.value.reason


def test_an_unreadable_front_matter_date_is_reported_and_the_texts_date_used(lexicon, tmp_path, caplog):
    # a crawler's placeholder loses no article
    text = "---\ntitle: Troops cross\ndate: unknown\n---\nMarch 7, 2024\n\nThe troops moved.\n"
    source = read(lexicon, tmp_path, text, name="crawl.md")
    assert source.title == "Troops cross"
    assert source.published == date(2024, 3, 7)
    assert "crawl.md: front matter: cannot read 'unknown' as a date" in caplog.text


def test_markdown_that_is_only_code_has_no_body(lexicon, tmp_path):
    with pytest.raises(SourceError, match="no body text"):
        read(lexicon, tmp_path, "```\nprint('x')\n```\n", name="code.md")


@pytest.mark.parametrize("at", ["top", "bottom"])
def test_a_crawlers_link_to_the_page_itself_is_its_address_not_its_text(tmp_path, lexicon, at):
    link = "[Bridge will open late | Example](https://www.example.com/2021/03/03/bridge-late/)"
    body = "Officials said the bridge would open next spring.\n\nThe ministry blamed floods.\n"
    text = f"# Bridge will open late\n\n{link}\n\n{body}" if at == "top" else f"{body}\n{link}\n"
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    source = read_source(path, tmp_path, lexicon)
    assert source.url == "https://www.example.com/2021/03/03/bridge-late/"
    assert source.paragraphs == [
        "Officials said the bridge would open next spring.",
        "The ministry blamed floods.",
    ]


def test_a_list_item_that_another_item_begins_stays_whole(lexicon, tmp_path):
    # "Ukraine" begins "Ukraine Defence Ministry": the longer item is not cut at the shorter,
    # and which item splits a paragraph never depends on a set's order (it changed run to run)
    text = (
        "Russian drone units lost their video feeds after Starlink terminals were cut, officials said.\n\n"
        "- Ukraine Defence Ministry\n- Ukraine\n- Russia\n\n"
        "The ministry said the registration system for terminals had been in place since February.\n"
    )
    source = read(lexicon, tmp_path, text)
    assert source.paragraphs[1:4] == ["Ukraine Defence Ministry", "Ukraine", "Russia"]


def test_a_blog_exports_link_lists_and_redirects_give_the_pages_own_address(lexicon, tmp_path):
    # WordPress exporters write each value as a list of one and keep character references; a
    # feed reader's link carries the page's address in its query. The address then names the
    # site, so the site's name comes off the title.
    source = read(
        lexicon,
        tmp_path,
        "---\n"
        "post_title: 'Troops return to barracks &#8211; Christian Science Monitor'\n"
        "canonical_url:\n"
        "  - 'http://news.google.com/news/url?sa=t&#038;fd=R&#038;url=http://www.csmonitor.com/World/2016/troops'\n"
        "---\n\nThe troops returned to their barracks on Monday, officials said.\n",
    )
    assert source.url == "http://www.csmonitor.com/World/2016/troops"
    assert (source.title, source.outlet) == ("Troops return to barracks", "Christian Science Monitor")


def test_an_address_of_last_resort_names_the_site_not_its_feed_host(lexicon, tmp_path):
    source = read(
        lexicon,
        tmp_path,
        "---\ntitle: Troops return\ncanonical_url:\n  - >\n    http://feeds.example.co.uk/c/35185/story01.htm\n---\n\n"
        "The troops returned to their barracks on Monday, officials said.\n",
    )
    assert source.url == "http://feeds.example.co.uk/c/35185/story01.htm"
    assert outlet_for(source, source.paragraphs, lexicon) == "example.co.uk"
    # a label that names a site of its own (a university's news desk) is part of its name
    source.url = "https://news.example.edu/2026/02/23/story/"
    assert outlet_for(source, source.paragraphs, lexicon) == "news.example.edu"
    # an address is no language's: a Russian source's host loses its server's label too
    source.url = "https://www.example.ru/news/1"
    assert outlet_for(source, source.paragraphs, load_lexicon(language="ru")) == "example.ru"


CRAWL = """# www.example-news.com

## Metadata

- **URL**: https://www.example-news.com/world/troops-return/123
- **Scraped at**: 2026-02-28T02:35:17

## Page Structure

- # Troops return to barracks after border drill

## Content

Troops return to barracks after border drill

World

Politics

Economy

Sports

Troops return to barracks after border drill

27.02.2026

Jane Doe

Thousands of troops returned to their barracks on Friday after a week-long drill near the border, the
ministry said. The drill involved tanks, artillery and aircraft, and ended a day earlier than planned.

Officials said on Friday that the troops would stay in their barracks until the spring, when the next
drill is due to begin near the same stretch of the border, and that no date had been set for it yet.

Residents of the border villages said the roads had been closed for most of the week while the columns
passed, and that shops and schools in two of the villages had stayed shut until Thursday afternoon.
"""


def test_a_crawl_named_by_its_sites_address_has_its_headline_date_and_byline_read_off_the_page(
    lexicon, tmp_path
):
    # the top heading is the site's address, not a headline: the page's header is read as a
    # page dump's is, its headline being printed more than once (outline and story)
    source = read(lexicon, tmp_path, CRAWL)
    assert source.title == "Troops return to barracks after border drill"
    assert source.published == date(2026, 2, 27)
    assert source.authors == ["Jane Doe"]
    assert outlet_for(source, source.paragraphs, lexicon) == "example-news.com"
    assert any(p.startswith("Thousands of troops returned") for p in source.paragraphs)


def test_a_crawls_headline_printed_once_is_not_trusted(lexicon, tmp_path):
    # the region found may be a related story's: its lone heading, date and byline are not taken
    crawl = CRAWL.replace("- # Troops return to barracks after border drill\n", "").replace(
        "Content\n\nTroops return to barracks after border drill\n", "Content\n"
    )
    source = read(lexicon, tmp_path, crawl)
    assert source.title is None
    assert (source.published, source.authors) == (None, [])


def test_a_crawls_outline_gives_the_headline_and_the_date_is_read_under_its_repeat(lexicon, tmp_path):
    # a ticker of times and other stories' headlines stands before the story, and its own
    # heading has the section's name run into it: the outline names the headline, whose
    # repeat with a date under it opens the story
    ticker = "".join(f"0{n}:15\n\nOther story number {n} of the day\n\n" for n in range(1, 8))
    crawl = CRAWL.replace(
        "Troops return to barracks after border drill\n\n27.02.2026\n\nJane Doe\n",
        "22:49\n\nTroops return to barracks after border drill\n\n"
        + ticker
        + "News\nTroops return to barracks after border drill\n\nFriday, 27 February 2026, 22:49\n",
    )
    source = read(lexicon, tmp_path, crawl)
    assert source.title == "Troops return to barracks after border drill"
    assert source.published == date(2026, 2, 27)
    assert any(p.startswith("Thousands of troops returned") for p in source.paragraphs)


def test_a_copyright_line_run_into_a_headings_words_is_furniture_once_split_off(lexicon, tmp_path):
    """A crawl's footer "Contact" / "© 2026 - The Example Tribune. All Rights Reserved." is one
    Markdown paragraph; split after the heading's word "Contact", the notice is furniture as it
    would be on a line of its own, not the story's last paragraph."""
    story = [
        "Officials said on Tuesday that the new bridge would open to traffic next spring.",
        "The delay was caused by a shortage of steel, according to the transport ministry.",
    ]
    text = "# Bridge opens late\n\n## Contact\n\n" + "\n\n".join(story)
    text += "\n\nContact\n© 2026 - The Example Tribune. All Rights Reserved.\n"
    source = read(lexicon, tmp_path, text)
    assert not any("All Rights Reserved" in p for p in source.paragraphs)
    assert story[1] in source.paragraphs


def test_a_crawlers_front_matter_indented_with_tabs_is_read_and_said_so(lexicon, tmp_path, caplog):
    # YAML indents with spaces only; a crawler's tabs lose no article and no field
    front = (
        "title: Troops cross the border\nauthor: \n\t\t\n\t\t\tBY JANE DOE [jdoe@example.com]\n\t\t\n"
        "published_at: 2025-12-30 00:00\npublisher: Example Herald\n"
    )
    source = read(lexicon, tmp_path, f"---\n{front}---\nThe troops moved on Monday.\n", name="crawl.md")
    assert (source.title, source.authors) == ("Troops cross the border", ["Jane Doe"])
    assert (source.published, source.outlet) == (date(2025, 12, 30), "Example Herald")
    assert source.paragraphs == ["The troops moved on Monday."]
    assert "crawl.md: front matter: lines indented with tabs, read as spaces" in caplog.text


def test_a_pages_markup_pasted_with_its_indentation_is_read_as_html_not_dropped_as_code(lexicon, tmp_path):
    # an autoblog's export: the page's HTML under the front matter, indented as the page had it,
    # which CommonMark parses as indented code blocks
    body = (
        '<br><div class="page">\n\n      <p>The troops crossed the river on Monday, officials said.</p>'
        "<p>The ministry denied it.</p>\n\n"
        "            <p>Talks will resume on Friday in Geneva, the envoy said.</p>\n"
    )
    source = read(lexicon, tmp_path, f"---\ntitle: Troops cross\n---\n{body}", name="export.md")
    assert source.paragraphs == [
        "The troops crossed the river on Monday, officials said.",
        "The ministry denied it.",
        "Talks will resume on Friday in Geneva, the envoy said.",
    ]
    # a code block of code stays out
    code = "Run it so:\n\n    make site\n    make serve\n"
    assert read(lexicon, tmp_path, code, name="howto.md").paragraphs == ["Run it so:"]


def test_a_reader_services_crawl_gives_title_address_date_and_site(lexicon, tmp_path):
    """ "Title: ..." / "URL Source: ..." / "Published Time: ..." / "Markdown Content:": the page's
    title bar, address and date above its text; the heading the title gives whole is the
    headline, and what the title has beside it the site's name. Saved as .txt, the same."""
    story = (
        "The ferry between the island and the mainland ran again on Thursday, three days after a storm "
        "damaged the landing stage, the operator said.\n\nRepairs will take another two weeks.\n"
    )
    text = (
        "Title: Ferry service resumes after storm - Kestrel Bay Courier\n\n"
        "URL Source: https://kestrelbaycourier.com/news/ferry-service-resumes\n\n"
        "Published Time: 2024-03-14T08:00:00+00:00\n\nMarkdown Content:\n"
        "[Skip to content](https://kestrelbaycourier.com/news/ferry-service-resumes#main)\n\n"
        "Ferry service resumes after storm\n=================================\n\n"
        f"By Jane Doe\n\n{story}"
    )
    for name in ("crawl.md", "crawl.txt"):
        source = read(lexicon, tmp_path, text, name)
        assert source.title == "Ferry service resumes after storm"
        assert source.outlet == "Kestrel Bay Courier"
        assert source.url == "https://kestrelbaycourier.com/news/ferry-service-resumes"
        assert source.published == date(2024, 3, 14)
        assert source.authors == ["Jane Doe"]
        assert not any(p.startswith(("Title:", "URL Source", "Markdown Content")) for p in source.paragraphs)
    # the site's logo as a heading above the headline, the title the headline alone
    logo = (
        "Title: Ferry service resumes after storm\n\nURL Source: https://kestrelbaycourier.com/a\n\n"
        "Markdown Content:\nKestrel Bay Courier\n===================\n\n"
        f"Ferry service resumes after storm\n---------------------------------\n\n{story}"
    )
    source = read(lexicon, tmp_path, logo, "logo.md")
    assert (source.title, source.outlet) == ("Ferry service resumes after storm", "Kestrel Bay Courier")


def test_a_crawls_logo_heading_is_not_its_headline_when_the_title_names_the_site(lexicon, tmp_path):
    """The logo's heading over the headline's and a title "Headline | Site": the logo's heading
    sits at the title's end too, and read from there the headline would pass for the site."""
    text = (
        "Title: Harbour dredging starts | Gullhaven Tribune\n\nURL Source: https://gullhaven.example.org/d\n\n"
        "Markdown Content:\nGullhaven Tribune\n=================\n\n"
        "Harbour dredging starts\n-----------------------\n\n"
        "Dredgers began clearing the silted harbour mouth on Monday, the port authority said.\n"
    )
    source = read(lexicon, tmp_path, text, "crawl.md")
    assert (source.title, source.outlet) == ("Harbour dredging starts", "Gullhaven Tribune")
