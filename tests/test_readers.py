"""Reading raw text sources: headline, byline, date line, trailers and body."""

from __future__ import annotations

import hashlib
import zlib
from datetime import date
from pathlib import Path

import pytest

from generator.errors import SourceError
from generator.overrides import Override
from generator.readers import Source, read_source
from generator.readers.metadata import with_entry

BODY = (
    "Belarusian troops moved towards the border on Monday, officials said.\n"
    "\n"
    "The ministry denied any plans to attack.\n"
)
BODY_PARAGRAPHS = [
    "Belarusian troops moved towards the border on Monday, officials said.",
    "The ministry denied any plans to attack.",
]
URL = "https://www.themoscowtimes.com/2022/10/11/explainer-a79059"


def read(tmp_path: Path, lexicon, text: str | None = None, *, data: bytes | None = None, name="source.txt"):
    path = tmp_path / name
    if data is None:
        path.write_text(text or "", encoding="utf-8")
    else:
        path.write_bytes(data)
    return read_source(path, tmp_path, lexicon)


@pytest.mark.parametrize(
    ("date_line", "expected"),
    [
        ("October 11, 2022", date(2022, 10, 11)),
        ("Wednesday, 26 January 2022", date(2022, 1, 26)),
        ("Updated 10:07 PM EDT, Mon August 8, 2022", date(2022, 8, 8)),
        ("17 February 2022, 15:41", date(2022, 2, 17)),
    ],
)
def test_header_and_url_trailer_are_read_and_taken_out_of_the_body(tmp_path, lexicon, date_line, expected):
    text = (
        "\n\nExplainer: Is the Belarus-Russia 'Joint Military Group' a Threat to Ukraine?\n\n"
        f"By James Beardsworth\n\n{date_line}\n\n\n{BODY}\nOriginal url:\n\n{URL}"
    )
    source = read(tmp_path, lexicon, text)
    assert source.title == "Explainer: Is the Belarus-Russia 'Joint Military Group' a Threat to Ukraine?"
    assert source.authors == ["James Beardsworth"]
    assert source.published == expected
    assert source.url == URL
    assert source.paragraphs == BODY_PARAGRAPHS


def test_path_is_relative_to_the_root_and_hash_is_of_the_raw_bytes(tmp_path, lexicon):
    (tmp_path / "seeds").mkdir()
    data = f"A headline here\n\n{BODY}".encode()
    source = read(tmp_path, lexicon, data=data, name="seeds/000_x.txt")
    assert source.path == "seeds/000_x.txt"
    assert source.sha256 == hashlib.sha256(data).hexdigest()


def test_url_on_the_same_line_as_its_label(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"A headline here\n\n{BODY}\nOriginal url: {URL}\n")
    assert source.url == URL
    assert source.paragraphs == BODY_PARAGRAPHS


def test_byline_with_two_authors(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"A headline here\n\nBy Jane Doe and John Smith\n\n{BODY}")
    assert source.authors == ["Jane Doe", "John Smith"]
    assert source.paragraphs == BODY_PARAGRAPHS


def test_first_line_ending_with_a_comma_is_not_a_title(tmp_path, lexicon):
    text = (
        "The announcement by Belarus set off alarm bells in Kyiv,\n"
        "CNN reports.\n"
        "The last time forces held exercises, many crossed the border.\n"
    )
    source = read(tmp_path, lexicon, text)
    assert source.title is None
    assert source.paragraphs[0] == "The announcement by Belarus set off alarm bells in Kyiv, CNN reports."


def test_first_sentence_of_the_body_is_not_a_title(tmp_path, lexicon):
    source = read(tmp_path, lexicon, BODY)
    assert source.title is None
    assert source.paragraphs == BODY_PARAGRAPHS


def test_by_the_foundation_at_the_end_is_the_original_publisher_not_an_author(tmp_path, lexicon):
    source = read(
        tmp_path, lexicon, f"Belarus strengthens military ties\n\n{BODY}\nBy the Jamestown Foundation\n"
    )
    assert source.original_publisher == "Jamestown Foundation"
    assert source.authors == []
    assert source.paragraphs == BODY_PARAGRAPHS


def test_translated_credit_names_author_and_the_outlet_it_came_via(tmp_path, lexicon):
    text = f"Belarus blows against Ukraine\n\n{BODY}\nThanh Tam (Theo Washington Post)\n\nLeave a Comment"
    source = read(tmp_path, lexicon, text)
    assert source.authors == ["Thanh Tam"]
    assert source.via == ["Washington Post"]
    assert source.translated is True
    assert source.paragraphs == BODY_PARAGRAPHS


@pytest.mark.parametrize(
    "note, publisher",
    [
        ("Translated from Russian by DeepL.", None),
        ("(This article was machine-translated.)", None),
        ("Translation: Olena Kovalenko", None),
        ("Translated from the original published by Meduza.", "Meduza"),
    ],
)
def test_a_translators_note_flags_the_source_and_leaves_the_body(tmp_path, lexicon, note, publisher):
    source = read(tmp_path, lexicon, f"A headline here\n\n{note}\n\n{BODY}\n{note}\n")
    assert source.translated is True
    assert source.original_publisher == publisher
    assert source.paragraphs == BODY_PARAGRAPHS


def test_a_story_about_translation_is_not_a_translation(tmp_path, lexicon):
    sentence = "The ministry said the treaty was translated into Russian before it was signed by both sides."
    source = read(tmp_path, lexicon, f"A headline here\n\n{BODY}\n{sentence}\n")
    assert source.translated is False
    assert sentence in source.paragraphs


def test_untranslated_via_credit_is_not_marked_translated(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"A headline here\n\n{BODY}\nJane Doe (via Reuters)\n")
    assert source.authors == ["Jane Doe"]
    assert source.via == ["Reuters"]
    assert source.translated is False


def test_more_in_outlet_trailer_names_the_outlet(tmp_path, lexicon):
    text = (
        f"Belarus strengthens military ties with Russia\n\n{BODY}\nMore in Oilprice. com:\n\n"
        "Back to home page\n\nLeave a Comment\n\n"
        "Your email address will not be published. Required fields are marked *"
    )
    source = read(tmp_path, lexicon, text)
    # the scraped spacing ("Oilprice. com") is mended later, by the extractor
    assert source.outlet.replace(" ", "") == "Oilprice.com"
    assert source.paragraphs == BODY_PARAGRAPHS


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \r\n", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_unusable_file_is_a_source_error_naming_the_file(tmp_path, lexicon, name, data, reason):
    with pytest.raises(SourceError) as caught:
        read(tmp_path, lexicon, data=data, name=name)
    assert str(caught.value).startswith(f"{name}: ")
    assert reason in str(caught.value)
    assert caught.value.path == name


def test_file_with_nothing_left_after_cleaning_is_a_source_error(tmp_path, lexicon):
    with pytest.raises(SourceError, match=r"^junk\.txt: .*no body text"):
        read(tmp_path, lexicon, "Leave a Comment\n\nBack to top\n", name="junk.txt")


def test_utf8_byte_order_mark_is_stripped(tmp_path, lexicon):
    data = "\ufeffBelarus moves troops\n\nThe troops moved.\n".encode()
    source = read(tmp_path, lexicon, data=data)
    assert source.title == "Belarus moves troops"
    assert "\ufeff" not in source.text


def test_windows_1252_file_is_decoded(tmp_path, lexicon):
    data = b"Caf\xe9 owners in Minsk complain\r\n\r\nThe caf\xe9 was closed by the police \x93today\x94.\r\n"
    source = read(tmp_path, lexicon, data=data)
    assert source.title == "Café owners in Minsk complain"
    assert source.paragraphs == ["The café was closed by the police “today”."]


def test_windows_line_endings_do_not_leak_into_paragraphs(tmp_path, lexicon):
    source = read(tmp_path, lexicon, data=b"A headline here\r\n\r\nFirst line.\r\n\r\nSecond line.\r\n")
    assert source.paragraphs == ["First line.", "Second line."]


def test_last_sentence_starting_with_by_stays_in_the_body(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{BODY}\nBy Monday, most troops had left.\n")
    assert source.authors == []
    assert source.paragraphs == [*BODY_PARAGRAPHS, "By Monday, most troops had left."]


def test_agency_after_the_author_in_a_byline_is_not_an_author(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\nBy John Smith, Reuters\n\n{BODY}")
    assert source.authors == ["John Smith"]


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Court Reporter", []),  # a staff credit: a job, no one's name
        ("By: John Smith, Example.mil, September 24, 2015", ["John Smith"]),  # a site after the name
    ],
)
def test_a_byline_names_people_not_jobs_or_sites(tmp_path, lexicon, byline, authors):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{byline}\n\n{BODY}")
    assert source.authors == authors


@pytest.mark.parametrize(
    ("byline", "authors", "outlet", "published"),
    [
        # the date after the names, with its weekday, labels and time
        (
            "By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.",
            ["Jane Doe", "John Roe"],
            None,
            date(2019, 11, 18),
        ),
        ("By Jane Doe Last updated Nov 8, 2023", ["Jane Doe"], None, date(2023, 11, 8)),
        # "By" on a line of its own, the names (and the site written for) on the next
        ("By\nJane Doe for SurgeExample UK", ["Jane Doe"], "SurgeExample UK", None),
    ],
)
def test_a_byline_is_read_beside_its_date_or_under_a_lone_by(
    tmp_path, lexicon, byline, authors, outlet, published
):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{byline}\n\n{BODY}")
    assert (source.authors, source.outlet, source.published) == (authors, outlet, published)
    assert source.paragraphs == BODY_PARAGRAPHS


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("By John Smith for The Example Herald", "The Example Herald"),  # a writer for another paper
        ("By John Smith Fox News", "Fox News"),  # a known outlet's name run on after the writer's
    ],
)
def test_the_outlet_a_byline_names_after_the_writer_is_no_part_of_the_name(tmp_path, lexicon, byline, outlet):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{byline}\n\n{BODY}")
    assert (source.authors, source.outlet) == (["John Smith"], outlet)


MENU = ["  • Home", "  • World", "  • Business", "  • Politics", "  • Sport", "  • Opinion"]
SHARE = "  • Facebook  • Twitter  • WhatsApp  • Email  • Copy link"
ARTICLE = [
    "Officials in the capital said on Tuesday that the new bridge across the river would open to "
    "traffic next spring, two years later than the government had promised when work began.",
    "The delay was caused by a shortage of steel and by floods that twice swept away the "
    "temporary supports, according to a report that the transport ministry published this week.",
    "Residents of the villages on the far bank, who now take a ferry that runs only in daylight, "
    "said they had been waiting for the crossing for most of their lives and were tired of promises.",
    "The ministry said the cost of the project had risen by a third, and that it would ask the "
    "parliament for more money before the end of the year so that the contractors can be paid.",
]


def page_dump() -> str:
    """A page as a text browser prints it: menus, share bars and teasers around the article."""
    parts = ["Skip to main content", "\n".join(MENU), "Search [          ] Search", SHARE, "World News"]
    parts += ["Bridge across the river will open a year late, ministry says", "By Jane Doe and John Roe"]
    parts += ["  • View author archive  • Get author RSS feed  • email the author"]
    parts += ["Most Popular Today", "March 3, 2021 | 4:20am | Updated March 3, 2021 | 9:32pm"]
    parts += ARTICLE + [SHARE, "Read Next", "Teen wins spelling contest with a word nobody knew"]
    parts += ["\n".join(MENU), "© 2021 Example Media. All Rights Reserved | Terms of Use | Privacy"]
    return "\n\n".join(parts) + "\n"


def test_a_page_saved_as_text_gives_its_article_and_the_header_above_it(tmp_path, lexicon):
    source = read(tmp_path, lexicon, page_dump())
    assert source.title == "Bridge across the river will open a year late, ministry says"
    assert source.authors == ["Jane Doe", "John Roe"]
    assert source.published == date(2021, 3, 3)
    assert source.paragraphs == ARTICLE  # no menu, share bar, teaser or footer left


def test_a_list_the_article_introduces_at_its_end_is_part_of_it(tmp_path, lexicon):
    # short items, as short as a menu's: the sentence that ends with a colon says they are the story's
    crew = [f"{name}, {age}, of Springfield" for age, name in enumerate(NAMES, start=21)]
    items = "\n".join(f"  • {member}" for member in crew)
    lead_in = "The names of the seven crew members released by the ministry are:"
    page = page_dump().replace(SHARE + "\n\nRead Next", f"{lead_in}\n\n{items}\n\n{SHARE}\n\nRead Next", 1)
    source = read(tmp_path, lexicon, page)
    assert source.paragraphs[: len(ARTICLE) + 1] == [*ARTICLE, lead_in]
    assert [p for p in source.paragraphs if "Springfield" in p] == crew
    assert not any("Teen wins" in p or "Facebook" in p for p in source.paragraphs)


@pytest.mark.parametrize("date_line", ["2021-03-03T13:13:00", ""])
def test_a_records_headline_written_after_its_text_is_its_title(tmp_path, lexicon, date_line):
    # a dataset's record: the text, then the headline alone (and its date), no headline above
    headline = "Bridge Across the River Will Open a Year Late, Ministry Says"
    text = "\n\n".join([*ARTICLE, headline, date_line]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.title == headline
    assert source.published == (date(2021, 3, 3) if date_line else None)
    assert source.paragraphs == ARTICLE
    # another story's headline after the text is none of this one's, nor a share bar printed above too
    other = read(tmp_path, lexicon, "\n\n".join([*ARTICLE, "Teen Wins Spelling Contest With a Word"]) + "\n")
    assert other.title != "Teen Wins Spelling Contest With a Word"
    bar = "Share on X | Share on Facebook | Copy link"
    shared = read(tmp_path, lexicon, "\n\n".join([bar, *ARTICLE, bar]) + "\n")
    assert shared.title != bar


def test_a_scraped_article_with_little_around_it_is_not_cut_to_a_region(tmp_path, lexicon):
    text = "\n\n".join(["Bridge will open late", "March 3, 2021", *ARTICLE, "Share this", *ARTICLE[:1]])
    source = read(tmp_path, lexicon, text.replace(ARTICLE[0], ARTICLE[0], 1))
    assert source.title == "Bridge will open late"
    assert source.paragraphs[: len(ARTICLE)] == ARTICLE


def test_a_records_byline_beside_a_relative_time_is_its_byline(tmp_path, lexicon):
    text = (
        "Bridge across the river will open a year late\n"
        "2021-03-03T04:20:00.000+02:00\n"
        "https://www.examplenews.com/world/2021/3/3/bridge-late\n"
        "by Jane Doe | 34 seconds ago\n" + "\n".join(ARTICLE) + "\n"
    )
    source = read(tmp_path, lexicon, text)
    assert (source.title, source.authors) == ("Bridge across the river will open a year late", ["Jane Doe"])
    assert source.published == date(2021, 3, 3)
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("header", "author", "outlet"),
    [
        # the record opens with its date; a byline without "By" under the headline, a given name
        # the language data does not know, vouched for by the site's address after it
        (
            "2021-03-03T04:20:00\nBridge across the river will open a year late\n"
            "Daksha Rangan, ExampleNews.ca",
            "Daksha Rangan",
            "ExampleNews.ca",
        ),
        # a credit in capitals, and the wire's name written twice, above the date line
        (
            "Bridge across the river will open a year late\n\n"
            "DAVID KLEPPER , Associated Press, Associated Press\n2021/03/03 21:01",
            "David Klepper",
            "Associated Press",
        ),
    ],
)
def test_a_records_credit_line_names_its_author_and_site(tmp_path, lexicon, header, author, outlet):
    source = read(tmp_path, lexicon, header + "\n" + "\n".join(ARTICLE) + "\n")
    assert source.title == "Bridge across the river will open a year late"
    assert (source.authors, source.outlet, source.published) == ([author], outlet, date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_records_headline_date_and_address_lines_are_its_metadata(tmp_path, lexicon):
    """A dataset's record written out a field a line: no blank line parts the header."""
    text = (
        "Bridge across the river will open a year late - Example News\n"
        "2021-03-03T04:20:00+00:00\n"
        "https://www.examplenews.com/world/2021/3/3/bridge-late\n" + "\n".join(ARTICLE) + "\n"
    )
    source = read(tmp_path, lexicon, text)
    assert source.title == "Bridge across the river will open a year late"
    assert source.outlet == "Example News"  # the title's suffix, named by the address
    assert source.published == date(2021, 3, 3)
    assert source.url == "https://www.examplenews.com/world/2021/3/3/bridge-late"


@pytest.mark.parametrize(
    ("credit", "authors", "outlet"),
    [
        ("Jane Doe", ["Jane Doe"], None),
        ("The Example Herald", [], "The Example Herald"),
        ("Examplenews.Com Reporter", [], "Examplenews.Com"),  # a staff credit names the site
        ("Jane Doe Example Herald", ["Jane Doe"], "Example Herald"),  # a person, then the site
    ],
)
def test_a_records_credit_line_between_headline_and_date_is_its_author_or_outlet(
    tmp_path, lexicon, credit, authors, outlet
):
    text = f"Bridge across the river will open a year late\n{credit}\n2021-03-03T04:20:00\n" + "\n".join(
        ARTICLE
    )
    source = read(tmp_path, lexicon, text + "\n")
    assert source.title == "Bridge across the river will open a year late"
    assert (source.authors, source.outlet) == (authors, outlet)
    assert source.published == date(2021, 3, 3)
    assert source.paragraphs == ARTICLE


def test_a_records_headline_standfirst_author_and_date_lines_are_its_header(tmp_path, lexicon):
    standfirst = "The ministry blames floods and a shortage of steel for the delay of the river bridge"
    text = f"{HEADLINE}\n{standfirst}\n\nJane Doe\n2021-03-03 11:30:00+00:00\n\n" + "\n".join(ARTICLE)
    source = read(tmp_path, lexicon, text + "\n")
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs == [standfirst, *ARTICLE]


@pytest.mark.parametrize(
    ("title", "url", "expected"),
    [
        (
            "Forex motion defeated in Senate - Trinidad and Tobago Newsday",
            "https://newsday.co.tt/a",
            "Forex motion defeated in Senate",
        ),
        (
            "Gates on Russia: 'Friendly' | CNN Politics",
            "https://edition.cnn.com/x",
            "Gates on Russia: 'Friendly'",
        ),
        ("Putin meets Xi in Moscow - the full interview", "https://example.org/a", None),  # not a site
        ("Putin meets Xi in Moscow - BBC News", None, "Putin meets Xi in Moscow"),  # a known outlet
        (  # the address writes the name by its initials
            "Quantum computer hits milestone | South China Morning Post",
            "https://www.scmp.com/news/china/article/1",
            "Quantum computer hits milestone",
        ),
        (  # initials, then a word in full
            "Obama to visit Cuba – Christian Science Monitor",
            "https://www.csmonitor.com/USA/2016/0218/a",
            "Obama to visit Cuba",
        ),
        ("Putin meets Xi in Moscow - Serious Military Posture", "https://www.scmp.com/a", None),
    ],
)
def test_a_site_name_after_the_headline_is_split_off_only_when_it_names_the_site(
    lexicon, title, url, expected
):
    from generator.readers.text import split_site_name

    assert split_site_name(title, url, lexicon)[0] == (expected or title)


def wrapped(paragraph: str, width: int = 80) -> str:
    """A paragraph as a text browser prints it: wrapped at the screen's width."""
    import textwrap

    return "\n".join(textwrap.wrap(paragraph, width))


def dump_with_header(header: list[str], masthead: str = "Example Herald", footer: str = "") -> str:
    """A page dump whose header lines stand as given; the article's paragraphs wrapped."""
    parts = [masthead, "\n".join(MENU), "Search [          ] Search", *header]
    parts += [wrapped(p) for p in ARTICLE] + [SHARE, "Read Next"]
    parts += ["Teen wins spelling contest with a word nobody knew", "\n".join(MENU), masthead]
    parts += [footer] if footer else []
    return "\n\n".join(parts) + "\n"


HEADLINE = "Bridge across the river will open a year late, ministry says"


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the date as an item of a list that also names the section and the comment count
        ([HEADLINE, "  • 3 March 2021\n  • From the section Europe\n  • 941 comments"], []),
        # byline, date and share bar on one line; "By" alone with the name on the next line
        ([HEADLINE, "By Jane Doe - March 3, 2021 Facebook Twitter Pinterest"], ["Jane Doe"]),
        ([HEADLINE, "By\nJane Doe\n-\nMarch 3, 2021\nFacebook\nTwitter"], ["Jane Doe"]),
        ([HEADLINE, "March 3, 2021", "By\n  * Jane Doe | jdoe@example.com"], ["Jane Doe"]),  # a list's item
        # a byline followed by its time and a follow link, the dated line a caption's
        ([HEADLINE, "By Jane Doe March 3, 2021 at 3:57 PM Follow @janedoe"], ["Jane Doe"]),
        # a name printed beside the date without "By"
        ([HEADLINE, "posted on March 3, 2021, at 11:29 a.m.\nJane Doe\nStaff Reporter"], ["Jane Doe"]),
        (["Skip Ad", HEADLINE, "JANE DOE Example Wire  March 3, 2021 11 Comments"], ["Jane Doe"]),
        # words run together, the writer's job after the name; two names, a slash and the date
        ([HEADLINE, "By Jane DoeStaff Writer", "March 3, 2021"], ["Jane Doe"]),
        ([HEADLINE, "By Jane Doe & John Roe / Published 3rd March 2021"], ["Jane Doe", "John Roe"]),
        # a standfirst wrapped to the full width, then the date and the author's name
        (
            [
                HEADLINE,
                "The ministry has unveiled a plan to help the region cut the cost of its river bridges by\n"
                "half, and to open two of them to traffic by the end of the decade, two years before plan.\n"
                "March 3, 2021 Jane Doe",
            ],
            [],
        ),
        # an address or symbols between the headline and the date are no headline
        ([HEADLINE, "Wire Desk - [email protected]", "March 3, 2021"], []),
        ([HEADLINE, "Example Herald - ● ●", "March 3, 2021"], []),
        # a wrapped caption right above the byline and date lines does not swallow them
        (
            [
                HEADLINE,
                wrapped(
                    "The sun rises over the river near the old ferry landing on a cold morning in "
                    "March, two years after work on the new bridge began.David Roe—Getty Images"
                )
                + "\nBy Jane Doe\nMarch 3, 2021 3:53 PM EDT",
            ],
            ["Jane Doe"],
        ),
    ],
)
def test_a_page_dumps_header_is_read_whatever_line_carries_the_date_and_byline(
    tmp_path, lexicon, header, authors
):
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert source.title == HEADLINE
    assert source.published == date(2021, 3, 3)
    assert source.authors == authors
    assert source.paragraphs == ARTICLE  # the header, the section's name and the counts are not body


def test_a_page_dumps_standfirst_is_not_its_headline_when_the_title_bar_prints_the_headline(
    tmp_path, lexicon
):
    standfirst = "“The worst is yet to come,” chief engineer says"
    header = [HEADLINE, standfirst, "  • By: Jane Doe, John Roe, The Associated Press\n  • March 3, 2021"]
    source = read(tmp_path, lexicon, dump_with_header(header, masthead=f"Example Herald | {HEADLINE}"))
    assert source.title == HEADLINE
    assert source.authors == ["Jane Doe", "John Roe"]
    assert source.published == date(2021, 3, 3)


def test_other_stories_teasers_listed_above_a_page_dumps_header_are_not_its_article(tmp_path, lexicon):
    teaser = (
        "  * {0} wins the vote on the new budget LONDON: The council on Tuesday approved a budget "
        "that its members said would keep the libraries of the city open for another year, after "
        "a debate that went on for most of the night and ended with a narrow vote."
    )
    teasers = "Breaking News\n" + "\n".join(teaser.format(n) for n in ("Alpha", "Beta", "Gamma", "Delta"))
    source = read(tmp_path, lexicon, dump_with_header([teasers, HEADLINE, "March 3, 2021"]))
    assert (source.title, source.published) == (HEADLINE, date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_gallery_of_captioned_photos_beside_a_page_dumps_article_is_not_its_article(tmp_path, lexicon):
    caption = (
        "FILE - {0} speaks to reporters outside the council building in the capital on Monday, "
        "Nov. 6, 2023, after a long meeting with the ministers of transport and finance about "
        "the cost of the new bridge and the roads that will lead to it. (AP Photo/Jane Roe, File)"
    )
    teasers = [f"{name} says the vote will come soon …\n\n{caption.format(name)}" for name in NAMES]
    footer = "\n\n".join(["\n".join(MENU)] * 4 + teasers)  # menus part it from the article
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], footer=footer))
    assert (source.title, source.published) == (HEADLINE, date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


NAMES = ["Mara Quist", "Tomas Berg", "Helga Strand", "Ann Berg", "Ivo Lind", "Eva Holm", "Per Sund"]


def test_a_lean_page_dump_is_told_by_its_text_browsers_marks(tmp_path, lexicon):
    # little stands around the article, but lynx's marks for frames and buttons show a whole page
    parts = ['IFRAME: "https://www.example.com/tag.html"', "(BUTTON)\nListen Live\nDonate\n(BUTTON)", "News"]
    parts += [
        HEADLINE,
        "By Jane Doe",
        "Published Mar 3, 2021\n" + "_" * 40,
        "Share\n(BUTTON) Facebook (BUTTON) Email",
    ]
    parts += [wrapped(p) for p in ARTICLE] + ["Tagged bridges river"]
    source = read(tmp_path, lexicon, "\n\n".join(parts) + "\n")
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs[0] == ARTICLE[0]


@pytest.mark.parametrize(
    "header",
    [
        # the day's date in the page's banner, far above; a section's heading between them
        [
            "Wednesday, March 3, 2021",
            "\n".join(MENU),
            "  • Letters to the Editor",
            HEADLINE,
            "By Staff\n6 hours ago",
        ],
        # a photo caption with its credit between the headline and the story
        [HEADLINE, "Workers on the river bank near the old ferry landing. Photos: Jane Roe/Herald Staff"],
        # a standfirst under the headline, both about the story, nothing printed twice
        [HEADLINE, "The ministry blames floods and a shortage of steel for the delay of the river bridge"],
    ],
)
def test_a_page_dumps_headline_is_the_heading_about_its_story(tmp_path, lexicon, header):
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert source.title == HEADLINE


def test_a_menus_one_line_blurbs_above_a_page_dumps_header_are_not_its_first_paragraph(tmp_path, lexicon):
    header = [
        "  • Obsessions",
        "These are the core obsessions that drive our newsroom, defining topics of seismic importance.",
        "  • Emails",
        "Our emails are made to shine in your inbox, with something fresh every morning and weekend.",
        "  • Become a member",
        HEADLINE,
        "By Jane Doe\nPublished March 3, 2021",
    ]
    footer = "\n\n".join(f"{item} news\n{item} video\n{item} opinion" for item in MENU)  # a site map
    source = read(tmp_path, lexicon, dump_with_header(header, footer=footer))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_page_dumps_byline_and_run_together_date_line_are_header_not_its_first_paragraph(tmp_path, lexicon):
    header = [
        HEADLINE,
        "By Jane Doe\nPublished March 3, 2021Last updated July 21, 2022This article is more than a year old.",
    ]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_page_dumps_date_without_a_year_takes_the_year_of_its_copyright(tmp_path, lexicon):
    header = [HEADLINE, "By Jane Doe March 3 at 3:57 PM  Follow @janedoe"]
    footer = "  • © 1996-2021 Example Herald"
    source = read(tmp_path, lexicon, dump_with_header(header, footer=footer))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))


def test_a_stale_copyright_gives_way_to_the_later_dates_the_page_prints(tmp_path, lexicon):
    # a notice not kept up to date ("© 2018") under a page that lists 2019's stories
    header = [HEADLINE, "By Jane Doe March 3 at 3:57 PM  Follow @janedoe"]
    footer = "\n".join(
        [
            "  Latest news",
            "   - March 3, 2019, 10:54 am",
            "   - March 2, 2019, 9:57 am",
            "  • © 2018 Example Herald",
        ]
    )
    source = read(tmp_path, lexicon, dump_with_header(header, footer=footer))
    assert source.published == date(2019, 3, 3)


def test_a_note_on_the_author_after_the_article_is_not_body(tmp_path, lexicon):
    note = "Jane Doe is a correspondent based in Cairo. She covered the Middle East for the Monitor."
    text = f"Belarus moves troops\n\nBy Jane Doe\n\n{BODY}\n{note}\n"
    source = read(tmp_path, lexicon, text)
    assert source.authors == ["Jane Doe"]
    assert source.paragraphs == BODY_PARAGRAPHS


def test_a_note_on_a_writer_in_the_second_half_is_not_body_bylined_or_not(tmp_path, lexicon):
    first = (
        "Sarah Mills is a reporter who was held for a week, her lawyer said on Monday, before her release."
    )
    note = "Laura Jedeed is a freelance journalist based in New York City."
    joined = "Emiliano joined the Herald in March 2017. He has covered energy since 2009."
    text = "\n\n".join(["Belarus moves troops", first, *ARTICLE, note, joined, "Share this"]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs[:1] == [first]  # the story's own, early on: a sentence of the story
    assert note not in source.paragraphs and joined not in source.paragraphs
    assert ARTICLE[-1] in source.paragraphs


@pytest.mark.parametrize(
    "trailer",
    [
        "Heba Habib in Tunis and Jane Roe in Cairo contributed to this report.",
        "Contact Blake Apgar at bapgar@example.com or 702-387-5298. Follow @blakeapgar on Twitter. "
        "Staff writer Rio Lacanlale contributed to this story.",
        "* – additional reporting by Donald Matthys",
    ],
)
def test_a_trailer_that_credits_or_reaches_the_writers_is_not_body(tmp_path, lexicon, trailer):
    text = "\n\n".join(["Belarus moves troops", *ARTICLE, trailer]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "furniture",
    [
        "Get the latest news from example.com in your inbox.",
        "Get our headlines emailed to you every day.",
        "You must be logged in to leave a comment. Log in or create an account.",
        "Want to join the conversation? Please register or log in to comment.",
        "Beyond the harbour Read more",
        "Note to readers: if you purchase something through one of our links we may earn a commission.",
        "Did you know with a Digital Subscription to The Herald, you can get unlimited access?",
        "Follow Example Herald",
        "Email Twitter Facebook fb-messenger",
        "Getty Images Lewis Hamilton celebrates victory at the Brazilian Grand Prix",
    ],
)
def test_newsletter_comment_teaser_and_share_lines_inside_the_story_are_not_body(
    tmp_path, lexicon, furniture
):
    text = "\n\n".join(["Belarus moves troops", *ARTICLE[:2], furniture, *ARTICLE[2:]]) + "\n"
    assert read(tmp_path, lexicon, text).paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("links", "outlet"),
    [
        ("#The Namibian » Feed The Namibian » Comments Feed", "The Namibian"),
        ("#publisher Example Herald » Feed Example Herald » Comments Feed", "Example Herald"),
        ("#India Post latest posts India Post latest comments", "India Post"),
        ("#UPROXX » Feed alternate alternate alternate", "UPROXX"),
        ("#Smithsonian", "Smithsonian"),
        # a post's own comments feed, its title between the site's name and the label; the
        # line as the browser wrapped it
        (
            "#Deadline » Trump Advises Boeing To Rebrand Max 737, Tweeting\n   Comments Feed alternate",
            "Deadline",
        ),
        ("#vice alternate alternate alternate\n   alternate next prev", "vice"),  # link labels only
        ("#alternate alternate alternate RSS", None),  # the browser's labels name no site
        ("#Truth-O-Meter rulings PolitiFact stories Obameter updates", None),  # a page's own links
    ],
)
def test_a_text_browsers_line_of_feed_links_names_the_site(tmp_path, lexicon, links, outlet):
    # lynx prints a page's <link rel="alternate"> titles on its first line; a copyright notice
    # below names the publisher, not the site
    footer = "  © 2021 Example Media Group Inc. All rights reserved."
    text = f"   {links}\n\n" + dump_with_header([HEADLINE, "  • 3 March 2021"], masthead="", footer=footer)
    source = read(tmp_path, lexicon, text)
    if outlet:
        assert source.outlet == outlet
    else:
        assert source.outlet not in {
            "RSS",
            "alternate",
            "Truth-O-Meter rulings PolitiFact stories Obameter updates",
        }


def test_a_story_sentence_about_contacts_stays_in_the_body(tmp_path, lexicon):
    # only a paragraph made wholly of trailers goes: a sentence of the story that says
    # "contact" or "follow" is no trailer
    last = "Residents who saw the convoy should contact the police at once, the mayor said."
    text = "\n\n".join(["Belarus moves troops", *ARTICLE, last]) + "\n"
    assert read(tmp_path, lexicon, text).paragraphs == [*ARTICLE, last]


def test_a_byline_run_into_the_first_sentence_is_read_and_the_sentence_kept(tmp_path, lexicon):
    text = f"Belarus moves troops\n\nBy Jane Doe: {ARTICLE[0]}\n\n" + "\n\n".join(ARTICLE[1:])
    source = read(tmp_path, lexicon, text)
    assert source.authors == ["Jane Doe"]
    assert source.paragraphs == ARTICLE


def test_a_headline_kept_with_the_article_by_the_region_finder_is_still_the_title(tmp_path, lexicon):
    """jusText may keep a headline and its date line with the story: they are still header."""
    header = [wrapped("Advertisement US & Canada is sponsored by"), HEADLINE, "  • 3 March 2021"]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert (source.title, source.published) == (HEADLINE, date(2021, 3, 3))
    assert not any("sponsored" in p or "2021" in p for p in source.paragraphs)


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        ("BBC News", "", "BBC News"),  # a known outlet's name on a line of its own
        ("Example Herald", "", "Example Herald"),  # a name printed above and below the article
        (
            "Sign in",
            "  • © 2021 Example Herald Company (Media) Limited",
            "Example Herald",
        ),  # the copyright owner
        (
            "Sign in",
            "© Copyright 2021 - St. Example Times. A Big Feat Media Production.",
            "St. Example Times",
        ),
        ("Sign in", "© West Example Newspapers Limited 2021", "West Example"),  # the company's words, a year
        # no owner named, then one after a vendor's credit
        (
            "Sign in",
            "© All rights reserved.\n\nPowered by PageKit © 2021 Example Herald. All rights reserved.",
            "Example Herald",
        ),
        ("Sign in", "Write to the reporter: jdoe@exampleherald.com", "exampleherald.com"),  # staff e-mail
    ],
)
def test_a_page_dump_names_its_site(tmp_path, lexicon, masthead, footer, outlet):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], masthead, footer))
    assert source.outlet == outlet


@pytest.mark.parametrize("topic", ["More on this story", "More on Amazon"])
def test_more_on_a_topic_does_not_name_an_outlet(tmp_path, lexicon, topic):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{BODY}\n{topic}\n")
    assert source.outlet is None


def test_teasers_inside_a_page_dumps_article_go_crossheads_and_lists_stay(tmp_path, lexicon):
    article = [
        ARTICLE[0],
        "Five things we learned from the minister's visit",  # two teasers of other stories
        "Flood defences fail in three villages",
        ARTICLE[1],
        "A long wait for the far bank",  # a crosshead stands alone
        "Engineers who inspected the site in the autumn found the foundations sound, but warned "
        "that the approach roads on both banks still needed work before any traffic could use them.",
        "A SIMPLE GUIDE: How do I keep safe?",  # kickers of other stories, in a run
        "STRESS: How to look after yourself",
        ARTICLE[2],
        "The ministry listed the causes:",
        "A shortage of steel",  # a list, announced by the colon
        "Two floods in one spring",
        ARTICLE[3],
    ]
    footer = "\n\n".join(["Most popular", "□ 1", "Teen wins again", "□ 2", "Back to top", "XS SM MD LG"])
    page = dump_with_header([HEADLINE, "March 3, 2021"], footer=footer).replace(
        "\n\n".join(wrapped(p) for p in ARTICLE), "\n\n".join(wrapped(p) for p in article)
    )
    source = read(tmp_path, lexicon, page)
    teasers = ("Flood", "Five", "GUIDE", "STRESS")
    assert source.paragraphs == [p for p in article if not any(t in p for t in teasers)]


def test_furniture_between_a_page_dumps_header_and_its_first_paragraph_goes(tmp_path, lexicon):
    between = [
        "Share this with Facebook\nShare this with Twitter",
        "Related Topics",
        "Media playback is unsupported",
    ]
    standfirst = (
        "The bridge that the government promised for this year will open next spring instead, officials say."
    )
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021", *between, standfirst]))
    assert source.paragraphs == [standfirst, *ARTICLE]


def test_a_long_article_on_a_lean_page_is_still_cut_from_the_page(tmp_path, lexicon):
    """Few words around the article, but menus, share bars and teasers all the same."""

    # paragraphs that differ line by line (a line printed three times is furniture)
    def shuffled(paragraph: str, n: int) -> str:
        words = sorted(paragraph.rstrip(".").split(), key=lambda w: zlib.crc32(f"{w}{n}".encode()))
        return f"In district {n}, {' '.join(words)}."

    long_article = [shuffled(p, n) for n in range(6) for p in ARTICLE]
    footer = "\n\n".join(["Most popular", "□ 1", "Teen wins again", "□ 2", "Back to top", "XS SM MD LG"])
    page = dump_with_header([HEADLINE, "March 3, 2021"], footer=footer).replace(
        "\n\n".join(wrapped(p) for p in ARTICLE), "\n\n".join(wrapped(p) for p in long_article)
    )
    source = read(tmp_path, lexicon, page)
    assert source.title == HEADLINE
    assert source.paragraphs == long_article  # no menu, teaser or footer


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a headline may end with an abbreviation
        (["Colder weather forecast for Wed. after cold wave alert Tues.", "March 3, 2021"], None),
        # a dateline with the site's name, or a widget printed twice, is no headline
        ([HEADLINE, "Jane Doe", "WASHINGTON — The Example Herald", "March 3, 2021"], HEADLINE),
        ([HEADLINE, "  • Select Language Select Language", "March 3, 2021"], HEADLINE),
    ],
)
def test_a_headline_is_told_from_datelines_and_widgets(tmp_path, lexicon, header, title):
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert source.title == (title or header[0])


@pytest.mark.parametrize(
    "credit, authors",
    [
        ("Written by: Jane Doe", ["Jane Doe"]),
        ("byJane Doe", ["Jane Doe"]),  # the label run into the name
        ("Author: Jane Doe", ["Jane Doe"]),
        ("By Jane Doe Follow", ["Jane Doe"]),  # a page's button after the name
        ("Jane Doe International Editor", ["Jane Doe"]),  # no label: a given name, then a job
        ("Jane Doe, Staff Attorney, Example Rights Project & John Roe, Director", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_byline_under_another_label_or_none_names_the_authors(tmp_path, lexicon, credit, authors):
    page = page_dump().replace("By Jane Doe and John Roe", credit)
    source = read(tmp_path, lexicon, page)
    assert source.authors == authors
    assert source.title == "Bridge across the river will open a year late, ministry says"
    assert source.paragraphs == ARTICLE


def test_a_name_the_story_tells_of_is_no_byline(tmp_path, lexicon):
    # a photo's caption between headline and story: the man the story is about
    page = page_dump().replace("By Jane Doe and John Roe", "John Roe")
    page = page.replace(
        "Officials in the capital said", "John Roe, the minister, and officials in the capital said"
    )
    assert read(tmp_path, lexicon, page).authors == []


def test_a_records_name_line_above_its_date_is_its_byline_not_its_headline(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"Jane Doe\n2018-02-05T15:03:38\n{BODY}")
    assert source.authors == ["Jane Doe"]
    assert source.title != "Jane Doe"
    assert source.published == date(2018, 2, 5)


def test_a_sign_off_under_the_last_paragraph_names_the_author(tmp_path, lexicon):
    source = read(tmp_path, lexicon, f"A headline here\n\n{BODY}\n\n– Jane Doe\n")
    assert source.authors == ["Jane Doe"]
    assert source.paragraphs == BODY_PARAGRAPHS


def test_a_sources_yaml_entry_gives_a_new_source_over_the_one_read_which_stays_as_read():
    read = Source(path="seeds/a.txt", sha256="0" * 64, text="x", title="As read", outlet="The Site")
    entry = Override(title="Better", published=date(2022, 10, 11), language="ru", reliability="B2")
    decided = with_entry(read, entry)
    assert (decided.title, decided.published, decided.outlet) == ("Better", date(2022, 10, 11), "The Site")
    assert (decided.language, decided.language_basis, decided.reliability) == ("ru", "sources.yaml", "B2")
    assert (read.title, read.published, read.language, read.reliability) == ("As read", None, "en", None)


def test_a_text_that_lost_its_line_breaks_is_split_at_its_runs_of_spaces(tmp_path, lexicon):
    """A tool that extracted an article's text wrote every line break as spaces: one line, its
    headline, its date line (with the site it came from) and its paragraphs parted by runs of them."""
    header = ["Bridge across the river will open a year late", "3 Mar 2021, 17:10 by Examplenews.com"]
    source = read(tmp_path, lexicon, "  ".join(header) + "  " + "   ".join(ARTICLE) + "\n")
    assert (source.title, source.published) == (header[0], date(2021, 3, 3))
    assert source.outlet == "Examplenews.com"
    assert source.paragraphs == ARTICLE
    # a text with its line breaks, typed with two spaces after its sentences: one paragraph
    text = f"{HEADLINE}\n\n" + "  ".join(ARTICLE[:2]) + "\n"
    assert read(tmp_path, lexicon, text).paragraphs == [" ".join(ARTICLE[:2])]


@pytest.mark.parametrize(
    ("fields", "published"),
    [
        ("ru-1162\nru\n2021-03-03\n", date(2021, 3, 3)),  # its id, its language, its date
        ("215\nen\n\n", date(2021, 3, 4)),  # no date line: the day its address is filed under
    ],
)
def test_a_records_id_and_language_lines_above_its_address_are_no_part_of_it(
    tmp_path, lexicon, fields, published
):
    address = "https://www.examplenews.com/world/2021/03/04/bridge-late/"
    # its headline right under the address, the site's sections and name after it
    text = f"{fields}{address}\n{HEADLINE}: World: Europe: Examplenews.com\n" + "\n".join(ARTICLE)
    source = read(tmp_path, lexicon, text + "\n")
    assert (source.title, source.published, source.url) == (HEADLINE, published, address)
    assert source.outlet == "Examplenews.com"
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "notice",
    [
        "© AO Телекомпания Пример, 1993-2018. Все права защищены. При любом использовании материалов "
        "ссылка (для сайтов - гиперссылка) на сайт обязательна. Используя настоящий сайт, вы обязуетесь "
        "выполнять условия данного соглашения.",
        "Свидетельство о регистрации СМИ: ИА № ФС 77-63062 от 10 сентября 2015 года, выдано Федеральной "
        "службой по надзору в сфере связи.",
        "18+ Сетевое издание «Пример» зарегистрировано в Федеральной службе по надзору в сфере связи.",
        "Использование информации агентства в коммерческих целях без письменного разрешения агентства "
        "может стать причиной судебного иска.",
        "На настоящем сайте могут демонстрироваться табачные изделия. Курение вредит вашему здоровью.",
    ],
)
def test_a_russian_sites_legal_notices_are_not_body(tmp_path, lexicon, notice):
    article = [
        "Министр заявил в понедельник, что новый мост через реку откроют весной следующего года.",
        "Задержку вызвали наводнения и нехватка стали, говорится в докладе министерства.",
    ]
    text = "Мост через реку откроют на год позже\n\n" + "\n\n".join([*article, notice]) + "\n"
    assert read(tmp_path, lexicon, text).paragraphs == article


def test_a_line_that_opens_with_a_comma_goes_on_the_sentence_before_it(tmp_path, lexicon):
    text = (
        "Врачи остаются в подвале\n\n"
        '"Остаются у нас, конечно. Мы же не можем выгнать ребенка новорожденного с мамой"\n'
        ", – говорит врач мариупольского роддома.\n"
    )
    assert read(tmp_path, lexicon, text).paragraphs == [
        '"Остаются у нас, конечно. Мы же не можем выгнать ребенка новорожденного с мамой" , – говорит '
        "врач мариупольского роддома."
    ]
