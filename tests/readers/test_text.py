"""Reading raw text sources: headline, byline, date line, trailers and body."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import date

import pytest

from generator.lexicon import load_lexicon
from generator.readers import read_source
from generator.readers.metadata import outlet_for
from generator.readers.text import own_names
from tests.readers.readkit import ARTICLE, HEADLINE, MENU, dump_with_header, page_dump, read, wrapped
from tests.sitekit import ROOT


def test_a_long_run_of_capitalised_words_after_an_organisation_does_not_stall_extraction(tmp_path):
    # a crawled page's list of links after a name: it once took minutes to tell it is no credit
    links = " ".join(["Ukraine Russia War Sanctions Weapons Europe NATO Politics World"] * 5)
    text = (
        "Sanctions bite\n\nThe European Union said on Monday it would widen its sanctions, and the "
        f"Associated Press {links} reported that ministers would meet again in March.\n"
    )
    sources = tmp_path / "seeds"
    sources.mkdir()
    (sources / "links.txt").write_text(text, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "generator",
        "extract",
        "--sources",
        str(sources),
        "--out",
        str(tmp_path / "out"),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "out").glob("*.yaml"))


def test_a_russian_page_is_read_with_russian_date_lines_and_furniture(lexicon, tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Учения начались\n\nОбновлено: 17 февраля 2022, 15:41\n\n"
        "Министерство обороны сообщило, что войска двух стран начали учения у западной границы.\n\n"
        "Фото: Иван Петров\n\nРеклама\n\nПоделиться\n",
        encoding="utf-8",
    )
    source = read_source(page, tmp_path, lexicon)
    assert str(source.published) == "2022-02-17"
    assert source.paragraphs == [
        "Министерство обороны сообщило, что войска двух стран начали учения у западной границы."
    ]


@pytest.mark.parametrize(
    "byline",
    ["Автор: Иван Петров", "Текст: Иван Петров", "Авторы:\n  * Иван Петров", "Корреспондент Иван Петров"],
)
def test_a_russian_byline_under_its_label_names_the_author(lexicon, tmp_path, byline):
    page = tmp_path / "page.txt"
    page.write_text(
        f"Учения начались у западной границы\n\n{byline}\n\n"
        "Министерство обороны сообщило, что войска двух стран начали учения у западной границы.\n",
        encoding="utf-8",
    )
    source = read_source(page, tmp_path, lexicon)
    assert source.authors == ["Иван Петров"]
    assert source.paragraphs == [
        "Министерство обороны сообщило, что войска двух стран начали учения у западной границы."
    ]


LEAD_RU = (
    "Украинская лётчица Надежда Савченко, которая находится под арестом в Москве, в пятницу "
    "передала через своих адвокатов заявление о начале голодовки."
)


@pytest.mark.parametrize(
    ("caption", "blank"),
    [
        ("Здание ФСБ России ночью", ""),  # run into the headline and the lead alike
        ("Фонтан «Золотой колос»", "\n"),  # a name in quotation marks, a blank line above
        ("Надежда Савченко", "\n"),  # whom the headline names: the picture's subject
    ],
)
def test_a_photos_caption_between_a_records_headline_and_lead_is_no_body(lexicon, tmp_path, caption, blank):
    headline = "Против Надежды Савченко возбуждено новое уголовное дело"
    source = read(tmp_path, lexicon, f"{headline}\n{blank}{caption}\n{LEAD_RU}\n")
    assert source.title == headline
    assert source.authors == []
    assert source.paragraphs == [LEAD_RU]


def test_a_writers_name_between_a_records_headline_and_lead_stays_its_byline(lexicon, tmp_path):
    headline = "Против Надежды Савченко возбуждено новое уголовное дело"
    source = read(tmp_path, lexicon, f"{headline}\n\nИван Петров\n{LEAD_RU}\n")
    assert source.authors == ["Иван Петров"]
    assert source.paragraphs == [LEAD_RU]


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("— прим. Пример.Ру", "Пример.Ру"),
        ("— Примеч. Daily Example", "Daily Example"),
        ("— прим. ред.", None),  # signed by "the editors": no site named
    ],
)
def test_an_editors_note_signed_with_a_sites_name_names_the_outlet(lexicon, tmp_path, note, outlet):
    text = (
        "Санкции против депутата продлены\n\n"
        "Министерство финансов США продлило санкции против депутата, которого обвиняют во "
        f"вмешательстве в выборы (речь идет о фирме, связанной с сыном бывшего вице-президента {note}).\n"
    )
    assert read(tmp_path, lexicon, text).outlet == outlet


def test_a_dump_that_wrote_its_line_breaks_as_the_letter_n_is_read_as_paragraphs(lexicon, tmp_path):
    # records written out from a CSV dump lost the backslash of each "\n", also the ones around
    # a link's words: one glued paragraph ran every sentence and speech verb into its neighbours
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "Море огня\n\nПожары продолжаются уже месяц.nВерсию о поджогах «как способе сокрытия "
        "вырубок»,nзаявилn31 июля премьер-министр Дмитрий Медведев.nВ Минприродыnэто подтвердилиn, "
        "а петиция на сайте Change.orgnсобрала миллион подписей.\n",
        encoding="utf-8",
    )
    assert read_source(dump, tmp_path, lexicon).paragraphs == [
        "Пожары продолжаются уже месяц.",
        "Версию о поджогах «как способе сокрытия вырубок», заявил 31 июля премьер-министр Дмитрий Медведев.",
        "В Минприроды это подтвердили, а петиция на сайте Change.org собрала миллион подписей.",
    ]
    # a look-alike Cyrillic letter in a Latin word is no dump's line break
    page = tmp_path / "page.txt"
    page.write_text(
        "Arms Race\n\nThe Strategic Culture Foundation is an \u041en-line journal.\n", encoding="utf-8"
    )
    assert read_source(page, tmp_path, lexicon).paragraphs == [
        "The Strategic Culture Foundation is an \u041en-line journal."
    ]


def test_a_dataset_records_header_gives_its_headline_date_and_address(lexicon, tmp_path):
    # a record that opens with its date and address, then its headline
    record = tmp_path / "record.txt"
    record.write_text(
        "2018-11-08\nhttps://charter97.org/ru/news/2018/11/8/311983/\n"
        "Оправданная в Пакистане католичка Асия Биби вышла на свободу\n\n"
        "Католичка Асия Биби освобождена из тюрьмы в Мултане, сообщил ее адвокат.\n",
        encoding="utf-8",
    )
    source = read_source(record, tmp_path, lexicon)
    assert source.title == "Оправданная в Пакистане католичка Асия Биби вышла на свободу"
    assert (str(source.published), source.url) == (
        "2018-11-08",
        "https://charter97.org/ru/news/2018/11/8/311983/",
    )
    assert source.paragraphs == ["Католичка Асия Биби освобождена из тюрьмы в Мултане, сообщил ее адвокат."]


BODY = (
    "Belarusian troops moved towards the border on Monday, officials said.\n"
    "\n"
    "The ministry denied any plans to attack.\n"
)


BODY_PARAGRAPHS = [
    "Belarusian troops moved towards the border on Monday, officials said.",
    "The ministry denied any plans to attack.",
]

HEADLINE_RU = "Мост через реку откроют на год позже, сообщили в министерстве"
BODY_RU = (
    "Чиновники в столице заявили во вторник, что новый мост через реку откроют для движения "
    "следующей весной, на два года позже, чем обещало правительство.\n\n"
    "Задержка вызвана нехваткой стали и наводнениями, которые дважды смывали временные опоры, "
    "говорится в докладе министерства транспорта, опубликованном на этой неделе.\n"
)


URL = "https://www.themoscowtimes.com/2022/10/11/explainer-a79059"


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
        # where the writer wrote from, or the section, after "in"
        ("By Paul Obi in Abuja", ["Paul Obi"]),
        ("By Jane Doe and John Roe in Kyiv", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, Journalist", ["Jane Doe"]),  # the writer's job after the name
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
        # another label of a byline alone, the names on the next line; a heading above a byline
        ("Written By\nJane Doe", ["Jane Doe"], None, None),
        ("Authors\nJane Doe", ["Jane Doe"], None, None),
        ("Author\nBy Jane Doe\nMarch 3, 2021", ["Jane Doe"], None, date(2021, 3, 3)),
        # a labelled byline among a page's header parts
        (
            "News, Top Story | Published: March 3, 2021 | Written by Jane Doe",
            ["Jane Doe"],
            None,
            date(2021, 3, 3),
        ),
        # a page wrapped after the byline's bar: its date on the next line
        ("by Jane Doe |\nOct 23, 2017 10:03am", ["Jane Doe"], None, date(2017, 10, 23)),
        # no "By": a name, then its date with a time, a handle or a separator between
        ("Jane Doe - November 2, 2023", ["Jane Doe"], None, date(2023, 11, 2)),
        ("Jane Doe15:35, Oct 29 2020", ["Jane Doe"], None, date(2020, 10, 29)),
        (
            "Jane Doe (@janedoe) 12 minutes ago Wed 29th April 2020 | 03:32 PM",
            ["Jane Doe"],
            None,
            date(2020, 4, 29),
        ),
        ("Monday - November 2, 2023", [], None, date(2023, 11, 2)),  # no name: a date line
    ],
)
def test_a_byline_is_read_beside_its_date_or_under_a_lone_by(
    tmp_path, lexicon, byline, authors, outlet, published
):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{byline}\n\n{BODY}")
    assert (source.authors, source.outlet, source.published) == (authors, outlet, published)
    assert source.paragraphs == BODY_PARAGRAPHS


@pytest.mark.parametrize(
    ("headline", "byline", "story", "authors"),
    [
        # the writer's job after the name, in the page's language: no second author
        (HEADLINE_RU, "Автор: Ирина Соколова, корреспондент", BODY_RU, ["Ирина Соколова"]),
        (HEADLINE_RU, "Ирина Соколова, специальный корреспондент", BODY_RU, ["Ирина Соколова"]),
        (HEADLINE_RU, "Автор: Ирина Соколова, обозреватель отдела политики", BODY_RU, ["Ирина Соколова"]),
        ("Belarus moves troops", "By Jane Doe, Editor-in-Chief", BODY, ["Jane Doe"]),
        # the picture's credit beside the writer's: the photographer is no author
        (HEADLINE_RU, "Автор: Ирина Соколова. Фото: Пётр Волков", BODY_RU, ["Ирина Соколова"]),
        (HEADLINE_RU, "Текст: Ирина Соколова, фото: Пётр Волков", BODY_RU, ["Ирина Соколова"]),
        (HEADLINE_RU, "Автор: Ирина Соколова. Фото автора", BODY_RU, ["Ирина Соколова"]),
        ("Belarus moves troops", "By Jane Doe. Photos: John Roe", BODY, ["Jane Doe"]),
        ("Belarus moves troops", "Words by Jane Doe, pictures by John Roe", BODY, ["Jane Doe"]),
        ("Belarus moves troops", "Text: Jane Doe / Photo: John Roe", BODY, ["Jane Doe"]),
        # where the writer wrote from, after the names: no author
        ("Belarus moves troops", "By Jane Doe and John Roe, Kyiv", BODY, ["Jane Doe", "John Roe"]),
        (HEADLINE_RU, "Автор: Ирина Соколова, Москва", BODY_RU, ["Ирина Соколова"]),
        (HEADLINE_RU, "Автор: Ирина Соколова из Новосибирска", BODY_RU, ["Ирина Соколова"]),
        # a title before the name is no part of it
        ("Belarus moves troops", "By Dr. Jane Doe and Prof John Roe", BODY, ["Jane Doe", "John Roe"]),
    ],
)
def test_a_bylines_job_title_and_picture_credit_are_no_authors(
    tmp_path, lexicon, headline, byline, story, authors
):
    source = read(tmp_path, lexicon, f"{headline}\n\n{byline}\n\n12.03.2024\n\n{story}")
    assert source.authors == authors


@pytest.mark.parametrize("byline", ["By Staff and news service reports", "Author\nBy Wire services"])
def test_a_byline_of_staff_or_wire_reports_credits_no_one(tmp_path, lexicon, byline):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{byline}\n\n{BODY}")
    assert (source.authors, source.original_publisher, source.credits) == ([], None, [])
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


@pytest.mark.parametrize(
    "under",
    [
        ["https://news.example.com/world/bridge-open-late/"],
        ["2021-03-03T13:13:00", "https://news.example.com/world/bridge-open-late/"],
        ["https://news.example.com/world/bridge-open-late/", "2021-03-03T13:13:00"],
    ],
)
def test_a_records_address_under_its_trailing_headline_is_its_address(tmp_path, lexicon, under):
    # a dataset's record: the text, the headline, and its address (and date) under it
    headline = "Bridge Across the River Will Open a Year Late, Ministry Says"
    source = read(tmp_path, lexicon, "\n\n".join([*ARTICLE, headline, *under]) + "\n")
    assert (source.title, source.url) == (headline, "https://news.example.com/world/bridge-open-late/")
    assert source.published == (date(2021, 3, 3) if len(under) == 2 else None)
    assert source.paragraphs == ARTICLE


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
        (  # an address whose label joins the name's words with a hyphen
            "Meta outage hits Facebook and Instagram | Kulu Media",
            "https://kulu-media.com/meta-outage/",
            "Meta outage hits Facebook and Instagram",
        ),
        (  # no address to check against: a name after a bar, capitalised word by word
            "Governor leaves the unemployed hanging | Honolulu Star-Advertiser",
            None,
            "Governor leaves the unemployed hanging",
        ),
        ("Putin meets Xi in Moscow | the full interview", None, None),
    ],
)
def test_a_site_name_after_the_headline_is_split_off_only_when_it_names_the_site(
    lexicon, title, url, expected
):
    from generator.readers.text import split_site_name

    assert split_site_name(title, url, lexicon)[0] == (expected or title)


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        # the date as an item of a list that also names the section and the comment count
        ([HEADLINE, "  • 3 March 2021\n  • From the section Europe\n  • 941 comments"], []),
        # byline, date and share bar on one line; "By" alone with the name on the next line
        ([HEADLINE, "By Jane Doe - March 3, 2021 Facebook Twitter Pinterest"], ["Jane Doe"]),
        ([HEADLINE, "By\nJane Doe\n-\nMarch 3, 2021\nFacebook\nTwitter"], ["Jane Doe"]),
        ([HEADLINE, "Written By\nJane Doe\nMarch 3, 2021"], ["Jane Doe"]),
        ([HEADLINE, "Author\nBy Jane Doe\nMarch 3, 2021"], ["Jane Doe"]),
        ([HEADLINE, "March 3, 2021", "By\n  * Jane Doe | jdoe@example.com"], ["Jane Doe"]),  # a list's item
        # a byline followed by its time and a follow link, the dated line a caption's
        ([HEADLINE, "By Jane Doe March 3, 2021 at 3:57 PM Follow @janedoe"], ["Jane Doe"]),
        # a name printed beside the date without "By"
        ([HEADLINE, "posted on March 3, 2021, at 11:29 a.m.\nJane Doe\nStaff Reporter"], ["Jane Doe"]),
        (["Skip Ad", HEADLINE, "JANE DOE Example Wire  March 3, 2021 11 Comments"], ["Jane Doe"]),
        # words run together, the writer's job after the name; two names, a slash and the date
        ([HEADLINE, "By Jane DoeStaff Writer", "March 3, 2021"], ["Jane Doe"]),
        ([HEADLINE, "By Jane Doe & John Roe / Published 3rd March 2021"], ["Jane Doe", "John Roe"]),
        # a standfirst wrapped to the full width, then the date and the author's name (a post's
        # meta line: the name after the date is the writer's, as dev 283's reference has it)
        (
            [
                HEADLINE,
                "The ministry has unveiled a plan to help the region cut the cost of its river bridges by\n"
                "half, and to open two of them to traffic by the end of the decade, two years before plan.\n"
                "March 3, 2021 Jane Doe",
            ],
            ["Jane Doe"],
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
    "note",
    [
        "Michael Larabel is the principal author of Example.com and founded the site in 2004.",
        "Example Herald aerospace and science editor Michael Larabel is an award-winning science "
        'writer. He is the author of "The Case for Pluto".',
    ],
)
def test_a_note_on_the_bylined_writer_in_the_second_half_is_not_body(tmp_path, lexicon, note):
    # the byline's full name the subject of the note's first sentence, after a job perhaps, and
    # no data word of a journalist's ("principal author", "award-winning" are the site's own);
    # the site's blurbs of its other stories after it, sentences too
    quoted = '"Michael Larabel is wrong," the minister said in a statement on Monday.'
    blurbs = [
        "Debian 14 will be codenamed Forky, the project's developers announced on its mailing list.",
        "A new kernel patch fixes a flaw in wireless drivers that attackers could have exploited.",
        "The latest database release sorts faster and supports two more compression methods.",
        "A desktop update brings a redesigned settings window and better support for tablets.",
    ]
    paragraphs = ["Belarus moves troops", "By Michael Larabel", *ARTICLE, quoted, note, *blurbs]
    source = read(tmp_path, lexicon, "\n\n".join(paragraphs) + "\n")
    assert source.authors == ["Michael Larabel"]
    assert source.paragraphs == [*ARTICLE, quoted, *blurbs]


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
        # a company's name printed only in its notice; the furniture calls the site by its own
        (
            "Sign in",
            "About Example Herald\n\nFollow Example Herald\n\n© 2021 EXAMPLE UNIVERSAL",
            "Example Herald",
        ),
        (
            "Sign in",
            "  • About Example Herald\n  • Follow Example Herald\n\n© 2021 Herald Civic Media Inc.",
            "Example Herald",
        ),
        # a group that publishes many sites owns the copyright; the site is the one its staff write from
        (
            "Sign in",
            "Copyright © 2023 Nexstar Media Inc. All rights reserved.\n\nTips: news@exampleherald.com",
            "exampleherald.com",
        ),
    ],
)
def test_a_page_dump_names_its_site(tmp_path, lexicon, masthead, footer, outlet):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], masthead, footer))
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        # the site's furniture names it as what you read, follow or subscribe to
        ("Sign in", "More from Example Herald\n\nFollow Example Herald", "Example Herald"),
        (
            "About Us",
            "Subscribe to The Example Herald, you get fewer ads\n\nMore from The Example Herald\n\nAbout Us",
            "The Example Herald",
        ),
        (
            "Sign in",
            "Example Herald apps for iPhone and Android\n\nAbout The Example Herald",
            "Example Herald",
        ),
        # what the site says of itself: where a story was first published, who keeps it
        (
            "Sign in",
            "Originally published on Example Herald.\n\nExample Herald is supported by its audience.",
            "Example Herald",
        ),
        # named once by such a line, and printed again, even run together, elsewhere on the page
        ("Sign in", "More from Example Herald\n\nExampleHerald within your account.", "Example Herald"),
        (
            "Sign in",
            "Contact Tickets.example\n\nRecommended on Example Herald\n\nExample Herald Media | Privacy",
            "Example Herald",
        ),
        # one line naming a topic, or lines naming us, the author or an app to get: no site
        ("Sign in", "About Amazon", None),
        ("Sign in", "More from Politics\n\nPolitics", None),
        ("Sign in", "Follow Us on Social Media\n\nFollow Us on Social Media", None),
        ("Sign in", "☆ Mobile Apps\n\n☆ Mobile Apps", None),
        ("Sign in", "More from Example Herald", None),
        ("About Us", "Follow Us on Facebook\n\nContact Us", None),
        ("Sign in", "Get News App\n\nGet News App", None),
    ],
)
def test_a_page_dumps_furniture_naming_its_site_twice_names_it(tmp_path, lexicon, masthead, footer, outlet):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], masthead, footer))
    assert source.outlet == outlet


def test_a_texts_furniture_names_its_site_when_no_page_is_found_around_it(tmp_path, lexicon):
    text = f"Belarus moves troops\n\n{BODY}\nMore from Example Herald\n\nAbout Example Herald\n"
    assert read(tmp_path, lexicon, text).outlet == "Example Herald"


def test_a_masthead_above_and_below_the_article_names_the_site_its_owner_company_does_not(tmp_path, lexicon):
    footer = "© 2019 EXH Holdings, Inc. All Rights Reserved | Terms of Use"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], "Example Herald", footer))
    assert source.outlet == "Example Herald"
    # a notice naming the site itself still names it
    footer = "© 2019 Example Courier. All Rights Reserved | Terms of Use"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], "Example Herald", footer))
    assert source.outlet == "Example Courier"


@pytest.mark.parametrize(
    ("logo", "outlet"),
    [
        ("[logo-i] Example Herald", "Example Herald"),  # the masthead prints it without "The"
        ("[logo-i] The Example Herald", "The Example Herald"),
        ("[logo-i] Example Courier", "The Example Herald"),
    ],
)
def test_a_copyright_owner_is_named_as_the_masthead_prints_it(tmp_path, lexicon, logo, outlet):
    footer = "All content is Copyrighted © 2016 The Example Herald, Nigeria."
    source = read(tmp_path, lexicon, dump_with_header([logo, HEADLINE, "March 3, 2021"], "Sign in", footer))
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        # the logo's text on the page's first line, quoted again in a longer line below
        ("Example Herald", "Like Example Herald? Consider a donation.", "Example Herald"),
        # ... which says more than a photo's credit taken for the owner's notice
        ("Example Herald", "© PHOTOAGENCY/Jane Roe\n\n© 2026 Example Herald.", "Example Herald"),
        ("ExampleHerald", "", "ExampleHerald"),  # one word, its menu right under it
        ("exampl3herald", "", "exampl3herald"),
        # a writer's name, a section's, a label, a control above the menu: no site's
        ("Jane Roe", "", None),
        ("EXAMPLE HERALD", "", None),
        ("About Us", "", None),
        ("Politics", "", None),
    ],
)
def test_a_page_dumps_first_line_names_its_site(tmp_path, lexicon, masthead, footer, outlet):
    # the page of dump_with_header without the masthead printed again at its foot
    head, _, tail = dump_with_header([HEADLINE, "March 3, 2021"], masthead, footer).rpartition(
        f"\n\n{masthead}\n"
    )
    source = read(tmp_path, lexicon, f"{head}\n{tail}")
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("top", "footer", "outlet"),
    [
        # the logo's text on the page's first line, a company owning the site in the notice
        ("Example Ledger", "© 2022 Lakeshore Media Group LLC. All rights reserved.", "Example Ledger"),
        # past skip links and the day's date, the notice's owner a word of the masthead's
        (
            "Skip to main content\nWednesday, March 9, 2022\nThe Riverton Ledger",
            "© 2022 Ledger Media Group LLC. All rights reserved.",
            "The Riverton Ledger",
        ),
        # a section's label first on the page is no site's name: the notice's owner stays
        ("Sign in\nLocal News", "© 2022 Lakeshore Media Group LLC. All rights reserved.", "Lakeshore"),
        # a notice naming the site, not a company, still names it
        ("Example Ledger", "© 2022 Example Courier. All rights reserved.", "Example Courier"),
        # the logo's text right after the page's skip link, a company owning it in the notice
        (
            "Skip to main content\nThe Riverton Ledger",
            "© 2019 Harbourside Media, LLC. All rights reserved.",
            "The Riverton Ledger",
        ),
        # the company's name cut short of its legal form, which the notice gives after it
        (
            "Example Ledger",
            "Copyright© Kinabalu 2022. Kinabalu Pte Ltd. All rights reserved",
            "Example Ledger",
        ),
        ("Example Ledger", "Copyright © Grupo Editorial Andino S.A. 2024", "Example Ledger"),
        # the company named again in the footer, a link to its other sites, not above the story
        (
            "Example Ledger",
            "© 2017 Harbourside Media, LLC. All rights reserved\n\n  • Harbourside Media Publications",
            "Example Ledger",
        ),
    ],
)
def test_the_name_over_a_page_dumps_menu_names_the_site_a_company_owns(
    tmp_path, lexicon, top, footer, outlet
) -> None:
    # the page of dump_with_header with its name only at the top, over the menu
    head, _, tail = dump_with_header([HEADLINE, "March 3, 2021"], top, footer).rpartition(f"\n\n{top}\n")
    source = read(tmp_path, lexicon, f"{head}\n{tail}")
    assert source.outlet == outlet


@pytest.mark.parametrize(
    "footer, outlet",
    [
        # the notice's sign an image or an icon font the text browser printed as nothing
        ("2019 Spacenews, Inc. All Rights Reserved", "Spacenews"),
        ("2025 The Example Citizen. All Rights Reserved.", "The Example Citizen"),
        ("2009-2024 Example Courier, All Rights Reserved.", "Example Courier"),
        # a year and words with no reservation of rights name no one
        ("2019 Example Courier Terms of Use", None),
    ],
)
def test_a_copyright_notice_without_its_sign_names_the_site(tmp_path, lexicon, footer, outlet):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], "Sign in", footer))
    assert source.outlet == outlet


@pytest.mark.parametrize(
    "footer, outlet",
    [
        ("Copyright © 2017 examplecourier.com", "examplecourier.com"),
        ("© ExampleNews.ie 2023, developed by Square1", "ExampleNews.ie"),
        ("© 2019 Example Courier. All Rights Reserved", "Example Courier"),  # a name's full stop ends it
        ("© ExampleAlert Pty Ltd. All rights reserved.", "ExampleAlert"),  # a company's legal form is no name
    ],
)
def test_a_copyright_owner_written_as_an_address_keeps_its_domain(tmp_path, lexicon, footer, outlet):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], "Sign in", footer))
    assert source.outlet == outlet


@pytest.mark.parametrize("control", ["Sign In", "Subscribe Now", "Top Stories", "Social Share"])
def test_an_account_control_or_section_label_above_and_below_the_article_is_not_its_site(
    tmp_path, lexicon, control
):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], control, control))
    assert source.outlet is None
    assert control not in source.paragraphs


@pytest.mark.parametrize("topic", ["More on this story", "More on Amazon"])
def test_more_on_a_topic_does_not_name_an_outlet(tmp_path, lexicon, topic):
    source = read(tmp_path, lexicon, f"Belarus moves troops\n\n{BODY}\n{topic}\n")
    assert source.outlet is None


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


@pytest.mark.parametrize(
    ("sign_off", "author"),
    [
        # the surname in capitals, as the Russian press signs, a picture's credit under it
        ("Ирина СОКОЛОВА.\n\nФото автора.", "Ирина Соколова"),
        ("В. БАЖАНОВА.", "В. Бажанова"),
        # the name and the outlet in quotation marks
        ("Анна Петренко ИА «Южный регион»", "Анна Петренко"),
        # a comma parts the name from the words before the outlet, a preposition among them
        ("Мария Петрова, специально для «Фонтанки»", "Мария Петрова"),
    ],
)
def test_a_russian_sign_off_under_the_last_paragraph_names_the_author(tmp_path, lexicon, sign_off, author):
    story = [
        "В селе начался капитальный ремонт сельской школы, рассказал глава района.",
        "Работы оцениваются в 23 млн рублей, из них 18 млн выделил областной бюджет.",
    ]
    text = "Сельскую школу отремонтируют к сентябрю\n\n" + "\n\n".join(story) + f"\n\n{sign_off}\n"
    source = read(tmp_path, lexicon, text)
    assert source.authors == [author]
    assert source.paragraphs == story


@pytest.mark.parametrize(
    "last",
    [
        # a country's letters and a body's word in capitals are no initials and surname
        "U.S. ARMY",
        # a story's last line with a title in quotation marks: a name, then a verb and a preposition
        "Tom Hanks stars in “Big”",
    ],
)
def test_a_last_line_shaped_like_a_sign_off_that_names_nobody_names_no_author(tmp_path, lexicon, last):
    story = [
        "The base will host 2,000 troops from next year, the ministry said on Monday.",
        "Construction is expected to cost about $40 million, officials said.",
    ]
    text = "Base to host troops\n\n" + "\n\n".join(story) + f"\n\n{last}\n"
    source = read(tmp_path, lexicon, text)
    assert source.authors == []
    assert source.paragraphs[:2] == story


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


@pytest.mark.parametrize("date_line", ["30 Apr 2020, 17:35", "30 апреля 2020, 17:35"])
def test_a_cyrillic_author_line_under_a_date_line_is_the_author(tmp_path, lexicon, date_line):
    """A source is read before its language is told: the given names of every language make the line
    under the date a person's credit ("Валерия Драгомирова"), not the body's first paragraph."""
    text = f"Лукашенко провёл совещание\n{date_line}\nВалерия Драгомирова\n\n" + "\n\n".join(ARTICLE) + "\n"
    source = read(tmp_path, lexicon, text)
    assert (source.published, source.authors) == (date(2020, 4, 30), ["Валерия Драгомирова"])
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize("writer", ["Jane Doe", "Валерия Драгомирова"])
def test_a_records_date_line_that_names_its_writer_gives_the_date_and_the_author(tmp_path, lexicon, writer):
    """ "30 Apr 2020, 17:35 by Валерия Драгомирова": as the site's address, a person's name, in any script."""
    header = ["Bridge across the river will open a year late", f"3 Mar 2021, 17:10 by {writer}"]
    source = read(tmp_path, lexicon, "  ".join(header) + "  " + "   ".join(ARTICLE) + "\n")
    assert (source.title, source.published, source.authors) == (header[0], date(2021, 3, 3), [writer])
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("credit", "authors", "outlet"),
    [
        ("Jane Doe, The Center Square", ["Jane Doe"], "Center Square"),  # a writer and her outlet
        ("TheCable", [], "TheCable"),  # one word: the site's name, not a person's
        ("Korrespondent.net", [], "Korrespondent.net"),  # the site's address
        ("24tv.ua", [], "24tv.ua"),  # an address that opens with a digit, which no name does
        ("News Desk", [], None),  # the site's desk: no one named, and no other publisher
        ("Web Desk", [], None),
    ],
)
def test_a_records_date_line_credit_gives_writer_and_outlet_or_no_one(
    tmp_path, lexicon, credit, authors, outlet
):
    header = ["Bridge across the river will open a year late", f"3 Mar 2021, 17:10 by {credit}"]
    source = read(tmp_path, lexicon, "  ".join(header) + "  " + "   ".join(ARTICLE) + "\n")
    assert (source.title, source.published) == (header[0], date(2021, 3, 3))
    assert (source.authors, source.outlet, source.original_publisher) == (authors, outlet, None)
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [("News Desk", None), ("Инфо 24", None), ("Информационная служба Examplenews.ru", "Examplenews.ru")],
)
def test_a_records_date_line_that_credits_a_desk_gives_the_date(tmp_path, lexicon, credit, outlet):
    """ "28 Apr 2020, 18:59 by News Desk": no person and no bare address, yet the record's date; the
    line is furniture, and an address that ends the credit names the site."""
    header = ["Bridge across the river will open a year late", f"3 Mar 2021, 17:10 by {credit}"]
    source = read(tmp_path, lexicon, "  ".join(header) + "  " + "   ".join(ARTICLE) + "\n")
    assert (source.title, source.published, source.authors) == (header[0], date(2021, 3, 3), [])
    assert (source.outlet, source.paragraphs) == (outlet, ARTICLE)


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


def test_a_generic_address_label_names_no_site(lexicon):
    # "news" of news.example.com would make any paragraph with "news" and "our" an appeal
    assert own_names("Example Herald", "https://news.exampleherald.com/a", lexicon) == {
        "example herald",
        "exampleherald",
    }


def test_a_projects_lexicon_adds_generic_address_labels(tmp_path):
    # "nachrichten" (news) of nachrichten.example.de names no site: a project's data says so
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "sources.yaml").write_text("generic_host_labels: [nachrichten]\n", encoding="utf-8")
    lexicon = load_lexicon(str(tmp_path))
    assert own_names(None, "https://nachrichten.beispielzeitung.de/a", lexicon) == {"beispielzeitung"}


def test_a_photo_caption_opening_the_text_is_not_its_headline(tmp_path, lexicon):
    caption = "Belarusian servicemen take part in joint drills near Minsk. [File: Jane Doe/AP Photo]"
    text = "\n\n".join([caption, *ARTICLE]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.title != caption
    assert caption not in source.paragraphs
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "tail, title",
    [
        (["2024-04-28 07:00:00+00:00"], None),
        (
            ["Village bridge opens two years late", "bridges", "transport ministry"],
            "Village bridge opens two years late",
        ),
        (["File image", "GCIS", "2020-11-19T09:30:00.000+02:00", "Bridge to open two years late"], None),
    ],
)
def test_a_records_timestamp_after_its_text_is_its_date_and_a_headline_under_it_its_title(
    tmp_path, lexicon, tail, title
):
    """A dataset's record: the text, then its date as a machine writes it, its headline, its tags."""
    if title:
        tail = ["2025-05-21 14:19:07+02:00", *tail]
    source = read(tmp_path, lexicon, "\n\n".join([*ARTICLE, *tail]))
    assert source.published in {date(2024, 4, 28), date(2025, 5, 21), date(2020, 11, 19)}
    if title:
        assert source.title == title
    under = tail[tail.index(next(line for line in tail if line[0].isdigit())) :]
    assert not set(under) & set(source.paragraphs)  # neither the date, nor the headline, nor the tags
    assert source.paragraphs[: len(ARTICLE)] == ARTICLE


def test_a_projects_lexicon_adds_the_words_of_bylines_and_credits(tmp_path):
    # a project of French sources: "Par Jeanne Martin et Paul Roux pour L'Exemple" is its byline,
    # "Luc Blanc a contribué à ce reportage." its credit; the English ones still read
    words = (
        "byline_words: [par]\nbyline_name_joiners: [et]\nbyline_outlet_words: [pour]\n"
        "contribution_verbs: [a contribué]\ncontribution_objects: [à ce reportage]\n"
    )
    (tmp_path / "lexicon" / "en").mkdir(parents=True)
    (tmp_path / "lexicon" / "en" / "sources.yaml").write_text(words, encoding="utf-8")
    lexicon = load_lexicon(str(tmp_path / "lexicon"))
    byline = "Par Jeanne Martin et Paul Roux pour L'Exemple"
    source = read(
        tmp_path, lexicon, f"A headline here\n\n{byline}\n\n{BODY}\n\nLuc Blanc a contribué à ce reportage.\n"
    )
    assert (source.authors, source.outlet) == (["Jeanne Martin", "Paul Roux"], "L'Exemple")
    assert "Luc Blanc" in source.credits
    english = read(tmp_path, lexicon, f"A headline here\n\nBy Jane Doe and John Smith\n\n{BODY}")
    assert english.authors == ["Jane Doe", "John Smith"]


def test_a_projects_lexicon_adds_labels_of_the_storys_address(tmp_path):
    # "Lien d'origine: https://..." at a French story's end gives its address, as "Original url:" does
    words = "address_label_openers: [lien d'origine]\naddress_labels: [lien]\n"
    (tmp_path / "lexicon" / "en").mkdir(parents=True)
    (tmp_path / "lexicon" / "en" / "sources.yaml").write_text(words, encoding="utf-8")
    lexicon = load_lexicon(str(tmp_path / "lexicon"))
    source = read(tmp_path, lexicon, f"A headline here\n\n{BODY}\nLien d'origine: {URL}\n")
    assert source.url == URL
    assert source.paragraphs == BODY_PARAGRAPHS


def test_a_projects_lexicon_adds_the_particles_a_persons_name_may_hold(tmp_path, lexicon):
    # "op" of the Dutch "Anna op den Akker" is a particle once the project's people.yaml says so
    text = f"A headline here\n\nBy Anna op den Akker\n\n{BODY}"
    assert read(tmp_path, lexicon, text).authors == []
    (tmp_path / "lexicon" / "en").mkdir(parents=True)
    (tmp_path / "lexicon" / "en" / "people.yaml").write_text("name_particles: [op]\n", encoding="utf-8")
    assert read(tmp_path, load_lexicon(str(tmp_path / "lexicon")), text).authors == ["Anna op den Akker"]


def test_a_header_under_a_menu_copied_without_blank_lines_is_read_and_the_menu_left_out(tmp_path, lexicon):
    """A browser's "select all, copy": the masthead, the menu, a ticker of other stories and the
    headline run on line after line; the byline and date stand under a standfirst."""
    menu = ["Trusted news since 1901", "Sign In", "News", "Sport", "Business", "What's On", "Puzzles"]
    ticker = ["BREAKING", "Council approves new tram line after delay", "Storm warning issued for coast"]
    headline = "Bridge across the river will open a year late, ministry says"
    standfirst = "The new crossing will carry traffic from next spring, two years after it was promised."
    header = [*menu, *ticker, headline, standfirst, "By Jane Doe", "Published 3rd Mar 2021, 08:08 GMT"]
    text = "\n".join(header) + "\n\n" + "\n\n".join(ARTICLE) + "\n\n" + "\n".join(menu) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.title == headline
    assert source.authors == ["Jane Doe"]
    assert source.published == date(2021, 3, 3)
    # no menu, no ticker, above or below; the standfirst above the byline is the header's, as on
    # a page a text browser prints (the page is read as one since its menu's lines are items)
    assert source.paragraphs == ARTICLE


def test_a_wires_short_credit_at_the_end_is_no_part_of_the_story(tmp_path, lexicon):
    credit = "David Roe in Frankfurt, Germany, and Ann Poe in Paris contributed."
    text = "\n\n".join(["Bridge across the river will open a year late", *ARTICLE, credit])
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs == ARTICLE


def test_a_copyright_line_after_a_logos_picture_names_the_site(tmp_path, lexicon):
    text = page_dump().replace("© 2021 Example Media.", "[logo2.png?desktop] ©2021 Example Herald.")
    assert read(tmp_path, lexicon, text).outlet == "Example Herald"


def test_a_note_on_a_writer_opens_with_the_languages_copula_and_article(tmp_path):
    """sources.yaml `author_note_copulas` and grammar.yaml's articles open a writer's note: a
    project adding "remains" ("Laura Jedeed remains a freelance journalist") has it left out too."""
    note = "Laura Jedeed remains a freelance journalist based in New York City."
    text = "\n\n".join(["Belarus moves troops", *ARTICLE, note, "Share this"]) + "\n"
    assert note in read(tmp_path, load_lexicon(), text).paragraphs  # no bundled word opens it
    (tmp_path / "lexicon" / "en").mkdir(parents=True)
    words = "author_note_copulas: [remains]\n"
    (tmp_path / "lexicon" / "en" / "sources.yaml").write_text(words, encoding="utf-8")
    source = read(tmp_path, load_lexicon(str(tmp_path / "lexicon")), text)
    assert note not in source.paragraphs and ARTICLE[-1] in source.paragraphs


def test_a_syndicated_posts_feed_footer_is_furniture_naming_the_site_and_day_it_ran(tmp_path, lexicon):
    # a feed's footer under a post another site ran first: not the story's, but where and when it ran
    footer = (
        "Space station will soon fall to Earth originally appeared on Example.com on Mon, 1 Jan 2018 "
        "at 10:05:01 EDT. Please see our terms for use of feeds."
    )
    source = read(tmp_path, lexicon, "\n\n".join(["Space station will soon fall to Earth", *ARTICLE, footer]))
    assert (source.outlet, source.published) == ("Example.com", date(2018, 1, 1))
    assert not any("originally appeared" in p for p in source.paragraphs)


def test_a_wordpress_feeds_footer_and_a_continue_reading_link_are_furniture(tmp_path, lexicon):
    text = "\n\n".join(
        [
            "Bridge opening delayed",
            *ARTICLE[:2],
            "Continue reading…",
            "The post Bridge opening delayed appeared first on The Example Herald.",
        ]
    )
    source = read(tmp_path, lexicon, text)
    assert source.paragraphs == ARTICLE[:2]


@pytest.mark.parametrize(
    ("channel", "outlet", "authors"),
    [
        ("SHOT", "SHOT", []),
        ("112", "112", []),
        ("Example Herald", "Example Herald", []),
        ("Jane Doe", None, ["Jane Doe"]),  # a person's own posts: a given name opens the line
        ("Example • City News", "Example • City News", []),  # a channel's name and its tagline
    ],
)
def test_a_posts_record_names_its_channel_above_its_date(tmp_path, lexicon, channel, outlet, authors):
    text = "\n".join([channel, "2024-11-16T15:05:30+00:00", "", *ARTICLE]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert (source.outlet, source.authors, source.published) == (outlet, authors, date(2024, 11, 16))
    assert source.title != channel and source.paragraphs == ARTICLE


def test_a_posts_first_sentence_without_its_markup_and_emoji_heads_it_and_stays_in_its_text(
    tmp_path, lexicon
):
    first = "⚡️The new **bridge** across the river will open next spring, **officials said**."
    rest = "Work began two years ago. The ministry has asked for more money."
    text = "\n".join(["Example News", "2024-11-19T08:48:48+00:00", "", f"{first} {rest}", *ARTICLE])
    source = read(tmp_path, lexicon, text + "\n")
    assert source.title == "The new bridge across the river will open next spring, officials said."
    assert source.paragraphs[0].endswith(rest) and "bridge" in source.paragraphs[0]


@pytest.mark.parametrize("first", ["Troops move", "Dec"])
def test_a_short_headline_or_a_dates_cut_word_above_a_date_is_no_channel(tmp_path, lexicon, first):
    text = "\n".join([first, "2024-11-16T15:05:30+00:00", "", *ARTICLE]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.outlet is None and source.authors == []


@pytest.mark.parametrize(
    "headline",
    [
        "«The bridge will open when it is ready»",
        "„The bridge will open when it is ready“",
        "“The bridge will open”",
    ],
)
def test_a_headline_that_is_a_quote_in_any_languages_marks_is_the_title(tmp_path, lexicon, headline):
    # a one-line record: headline, date line, text, spaces between
    source = read(tmp_path, lexicon, "   ".join([headline, "3 Mar 2021, 17:10", *ARTICLE]) + "\n")
    assert (source.title, source.published, source.paragraphs) == (headline, date(2021, 3, 3), ARTICLE)


def test_a_records_first_line_over_its_first_paragraph_is_its_headline(tmp_path, lexicon):
    # a dataset record's headline with no blank line, date or byline under it
    text = "\n".join([HEADLINE, *ARTICLE]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.title == HEADLINE and source.paragraphs == ARTICLE


def test_an_agencys_credit_over_the_first_paragraph_is_no_headline(tmp_path, lexicon):
    text = "\n".join(["Associated Press", *ARTICLE]) + "\n"
    assert read(tmp_path, lexicon, text).title != "Associated Press"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # another story's teaser, or a sign-up's slogan: no word of its own the story shares
        ("Iced tea DNA unmasks alleged thirsty burglar in O'Fallon", False),
        ("Get early access to exclusive deals, editors' picks and new launches", False),
        # a crosshead names what the story tells of
        ("Steel shortage and floods delayed the bridge", True),
        # a sentence broken across a blank line, the rest after it
        ("Farmers who sell their vegetables at the market in", True),
    ],
)
def test_a_headline_like_line_sharing_no_word_with_the_story_is_no_part_of_it(tmp_path, lexicon, line, kept):
    text = "\n\n".join([HEADLINE, *ARTICLE[:2], line, *ARTICLE[2:]]) + "\n"
    paragraphs = read(tmp_path, lexicon, text).paragraphs
    assert (line in paragraphs or any(p.startswith(line) for p in paragraphs)) == kept
    assert all(any(p.startswith(a[:40]) or a[:40] in p for p in paragraphs) for a in ARTICLE)


def browser_page_text(header: list[str]) -> str:
    """A page as a browser's "select all, copy" gives it: the menus, header and footer one item
    a line with no blank line between, the article's paragraphs with one."""
    menu = ["Home", "World", "Business", "Politics", "Sport", "Opinion", "Weather", "Podcasts", "Video"]
    top = "\n".join(["Example Herald", "Skip to content", *menu, "Subscribe", "Sign in", *header])
    footer = "\n".join(
        ["Tags:", "bridges", "transport", "Share this", *menu, "Contact us", "© 2021 Example Herald"]
    )
    return "\n\n".join([top, *ARTICLE, footer]) + "\n"


def test_a_browsers_page_text_gives_the_header_above_its_paragraphs_and_leaves_its_menus(tmp_path, lexicon):
    source = read(
        tmp_path, lexicon, browser_page_text(["World", "3 Mar 2021", HEADLINE, "8:15 am on 3 March 2021"])
    )
    assert (source.title, source.published) == (HEADLINE, date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_headline_with_a_breadcrumb_run_into_it_gives_way_to_its_clean_print_below_the_date(
    tmp_path, lexicon
):
    header = [
        f"Home World News {HEADLINE}",
        "Breaking News",
        "Last Updated: 3rd March, 2021 17:35 IST",
        HEADLINE,
    ]
    assert read(tmp_path, lexicon, dump_with_header(header)).title == HEADLINE


@pytest.mark.parametrize(
    ("footer", "outlet"),
    [
        ("© 2023 Herald UK a member of Herald Media", "Herald UK"),
        ("Copyright Information", None),  # a link to the site's page on copyright
    ],
)
def test_a_copyright_notice_names_the_site_without_its_group_or_a_links_label(
    tmp_path, lexicon, footer, outlet
):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], "Sign in", footer))
    assert source.outlet == outlet


def test_a_section_label_printed_above_and_below_the_article_is_not_its_site(tmp_path, lexicon):
    source = read(
        tmp_path, lexicon, dump_with_header([HEADLINE, "March 3, 2021"], "Editors Pick", "Editors Pick")
    )
    assert source.outlet is None


@pytest.mark.parametrize("credit", ["Example Newspapers Ltd", "Example Media Group"])
def test_a_company_in_the_byline_is_no_author(tmp_path, lexicon, credit):
    text = "\n".join([HEADLINE, f"By {credit}", "March 3, 2021", "", *ARTICLE]) + "\n"
    assert read(tmp_path, lexicon, text).authors == []


@pytest.mark.parametrize(
    ("credit", "address"), [("Example Herald", "exampleherald.com"), ("Inform Kz", "inform.kz")]
)
def test_the_site_in_the_byline_is_no_author(tmp_path, lexicon, credit, address):
    text = "\n".join(
        [HEADLINE, f"By {credit}", f"https://www.{address}/news/1", "March 3, 2021", "", *ARTICLE]
    )
    assert read(tmp_path, lexicon, text + "\n").authors == []


@pytest.mark.parametrize(
    ("top", "bottom"),
    [
        # a dataset's record: its date, the headline, the page's address, then the text
        (
            [
                "2023-03-24 19:48:07",
                "Bridge Delay Ends On March 31. Here’s What Will Change",
                "https://example.com/news/local/bridge-delay-ends-on-march-31-heres-what-will-change",
            ],
            [],
        ),
        # a record: the address, the headline, its standfirst, no blank line between
        (
            [
                "https://example.com/en/bridge-delay-ends-on-march-31-heres-what-will-change/a-41939790",
                "Bridge Delay Ends On March 31. Here’s What Will Change",
                "Residents of the villages on the far bank have waited two years for the crossing.",
            ],
            [],
        ),
    ],
)
def test_the_headline_is_the_line_the_pages_address_spells(tmp_path, lexicon, top, bottom):
    source = read(tmp_path, lexicon, "\n".join([*top, *ARTICLE, *bottom]) + "\n")
    assert source.title == "Bridge Delay Ends On March 31. Here’s What Will Change"
    assert not any("Here’s What Will Change" in p for p in source.paragraphs)


def test_a_sentence_sharing_a_few_words_with_the_address_is_no_headline(tmp_path, lexicon):
    text = "\n".join(["https://example.com/news/bridge-across-the-river-to-open-next-spring", *ARTICLE])
    source = read(tmp_path, lexicon, text + "\n")
    assert source.paragraphs[0] == ARTICLE[0]


@pytest.mark.parametrize(
    "filed", ["/world/2021-03-04/bridge-late", "/world/20210304/1863225.html", "/2021/3/4/bridge-late/"]
)
def test_a_records_address_files_its_day_in_any_of_the_usual_spellings(tmp_path, lexicon, filed):
    address = f"https://www.examplenews.com{filed}"
    text = f"215\nen\n\n{address}\n{HEADLINE}\n" + "\n".join(ARTICLE)
    source = read(tmp_path, lexicon, text + "\n")
    assert (source.title, source.published, source.url) == (HEADLINE, date(2021, 3, 4), address)


@pytest.mark.parametrize("byline", ["Jane Doe - November 2, 2023", "Jane Doe15:35, Nov 2 2023"])
def test_a_page_dumps_name_beside_its_date_is_its_byline(tmp_path, lexicon, byline):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, byline]))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2023, 11, 2))
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "header, authors",
    [
        # names whose given names no data lists, where a byline stands: beside the date, under
        # a "By" of a block of its own, after the date with a photo between, on the date's line
        ([HEADLINE, "March 3, 2021", "Emre Gurkan Abay |"], ["Emre Gurkan Abay"]),
        ([HEADLINE, "March 3, 2021", "[Mokitimi-Tsosane-980x593]", "Mohloai Mpesi"], ["Mohloai Mpesi"]),
        ([HEADLINE, "March 3, 2021", "Olaleye Aluko and Kayode Idowu"], ["Olaleye Aluko", "Kayode Idowu"]),
        ([HEADLINE, "Published\n\nMarch 3, 2021\n\nBy", "Syeda Noshin Sharmily"], ["Syeda Noshin Sharmily"]),
        ([HEADLINE, "Faith Katunga•March 3, 2021"], ["Faith Katunga"]),
        # the writer's picture printed as its file name before the byline
        (
            [HEADLINE, "[e3d6d9295dca?s=96&d=mm] By Alejandro Villamor Last updated March 3, 2021"],
            ["Alejandro Villamor"],
        ),
        # beside the date but no one's name: a place, a widget's label, a section
        ([HEADLINE, "March 3, 2021", "New Delhi"], []),
        ([HEADLINE, "March 3, 2021", "Share Share"], []),
        ([HEADLINE, "March 3, 2021", "Local News"], []),
    ],
)
def test_a_name_where_a_byline_stands_is_the_byline_without_a_known_given_name(
    tmp_path, lexicon, header, authors
):
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert (source.title, source.authors, source.published) == (HEADLINE, authors, date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_page_dumps_byline_with_its_section_and_date_names_the_writer(tmp_path, lexicon):
    byline = "Written by Jane Doe in Politics on 3 March 2021 at 08:34 PM EDT. 51 Comments"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, byline]))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))


@pytest.mark.parametrize("beside", ["Jane DoeThe Example Herald", "Jane DoeReuters"])
def test_a_name_run_into_its_sites_name_beside_the_date_is_the_name_alone(tmp_path, lexicon, beside):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, beside, "March 3, 2021"]))
    assert (source.authors, source.published) == (["Jane Doe"], date(2021, 3, 3))


def test_a_run_on_capital_inside_a_name_beside_the_date_is_no_sites_name(tmp_path, lexicon):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "Ian McPhedran", "March 3, 2021"]))
    assert source.authors == ["Ian McPhedran"]


def test_a_blogs_byline_names_its_author_not_its_sections(tmp_path, lexicon):
    byline = "By Jane Doe, in News, Portugal, Business · 31 Jan 2025, 20:02 · 0 Comments"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, byline]))
    assert (source.authors, source.outlet, source.published) == (
        ["Jane Doe"],
        "Example Herald",
        date(2025, 1, 31),
    )


@pytest.mark.parametrize(
    ("byline", "authors", "credits"),
    [
        ("By TPN", [], ["TPN"]),  # a site's initials
        ("By Jane Doe and AP", ["Jane Doe"], ["AP"]),
        ("By Jane Doe, ТАСС", ["Jane Doe"], ["ТАСС"]),
        ("By JANE DOE", ["JANE DOE"], []),  # a name in capitals is two words
    ],
)
def test_initials_in_a_byline_credit_no_person(tmp_path, lexicon, byline, authors, credits):
    source = read(tmp_path, lexicon, "\n".join([HEADLINE, "", byline, "", *ARTICLE]) + "\n")
    assert (source.authors, source.credits) == (authors, credits)


@pytest.mark.parametrize("site", ["Example Sports Wisconsin", "Example News"])
@pytest.mark.parametrize("under_date", [False, True])
def test_a_records_site_beside_its_date_is_its_outlet_not_its_author_nor_its_story(
    tmp_path, lexicon, site, under_date
):
    """A dataset record's outlet on a line of its own above or under its date line
    ("Headline" / "Fox Sports Wisconsin" / "2017-12-30T11:33:49"): the outlet, no person, and
    no paragraph of the story."""
    header = [HEADLINE, "April 21 2021", site] if under_date else [HEADLINE, site, "2021-04-21T11:33:49"]
    source = read(tmp_path, lexicon, "\n".join([*header, "", *ARTICLE]) + "\n")
    assert (source.title, source.outlet, source.authors) == (HEADLINE, site, [])
    assert source.published == date(2021, 4, 21)
    assert source.paragraphs == ARTICLE


def test_a_records_teasers_inside_its_story_are_dropped_and_its_opening_points_kept(tmp_path, lexicon):
    """Two headlines of other stories between a copied article's paragraphs ("Minister files two
    new protests vs Beijing" / "At least 240 ships swarm in the bay: task force") are the page's
    teasers, as in a page dump; the headline lines a record opens with are its own summary."""
    points = ["Bridge opens two years late", "Costs rose by a third since work began"]
    teasers = [
        "Minister files two new protests vs Beijing",
        "At least 240 ships swarm in the bay: task force",
    ]
    text = "\n\n".join([HEADLINE, *points, ARTICLE[0], ARTICLE[1], *teasers, ARTICLE[2], ARTICLE[3]])
    source = read(tmp_path, lexicon, text + "\n")
    assert source.title == HEADLINE
    assert source.paragraphs == [*points, *ARTICLE]


def test_a_paragraph_broken_mid_sentence_is_no_teaser(tmp_path, lexicon):
    """A record whose paragraphs were broken mid-sentence ("... waits for the speech of President
    Kassym-Jomart" / "Tokayev, to learn how May begins. The leader of the nation Nursultan") has
    lines shaped like headlines; a sentence ending inside them says they are prose, kept."""
    broken = [
        "This week the emergency expires. The country waits for the speech of President Kassym-Jomart",
        "Tokayev, to learn how May begins. The leader of the nation Nursultan",
    ]
    last = "Nazarbayev said the country must restart before Tokayev's speech on the emergency in May."
    source = read(tmp_path, lexicon, "\n\n".join([HEADLINE, ARTICLE[0], *broken, last]) + "\n")
    assert broken[1] in source.paragraphs


@pytest.mark.parametrize(
    "appeal",
    [
        "Example Herald Flash top headlines are here. Check out what's clicking on ExampleHerald.com.",
        "Example Herald is not responsible for the opinions of contributors. In case of abuse, click here.",
        "For the latest stories, download the Example Herald apps for iOS and Android.",
    ],
)
def test_the_sites_bid_to_its_reader_naming_itself_is_no_body(tmp_path, lexicon, appeal):
    text = dump_with_header([HEADLINE, "By Jane Doe", "March 3, 2021"], footer="© 2021 Example Herald")
    source = read(tmp_path, lexicon, text.replace(wrapped(ARTICLE[1]), f"{wrapped(ARTICLE[1])}\n\n{appeal}"))
    assert source.outlet == "Example Herald"
    assert source.paragraphs == ARTICLE


def test_a_story_telling_what_the_site_learned_is_body(tmp_path, lexicon):
    told = "Officials told the Example Herald, which asked to follow the work, that the steel had arrived."
    text = dump_with_header([HEADLINE, "By Jane Doe", "March 3, 2021"], footer="© 2021 Example Herald")
    source = read(tmp_path, lexicon, text.replace(wrapped(ARTICLE[1]), f"{wrapped(ARTICLE[1])}\n\n{told}"))
    assert told in source.paragraphs


def _with_line_after_second_paragraph(line: str) -> str:
    text = dump_with_header([HEADLINE, "By Jane Doe", "March 3, 2021"])
    return text.replace(wrapped(ARTICLE[1]), f"{wrapped(ARTICLE[1])}\n\n{line}")


def test_another_storys_headline_alone_between_two_paragraphs_is_no_body(tmp_path, lexicon):
    teaser = "Floods to test resilience of the region's roads and bridges this winter: ministry"
    source = read(tmp_path, lexicon, _with_line_after_second_paragraph(teaser))
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    "line",
    [
        # a crosshead whose words open the paragraph under it
        "Residents of the villages on the far bank wait for the crossing",
        # the story's sentences that lost their full stops: a pronoun opens one, another quotes
        "He added that the delay was not the fault of the contractors who built the supports",
        "“The bridge will open next spring whatever the weather does,” the minister said",
    ],
)
def test_a_storys_own_line_alone_between_two_paragraphs_stays(tmp_path, lexicon, line):
    source = read(tmp_path, lexicon, _with_line_after_second_paragraph(line))
    assert line in source.paragraphs


def test_a_site_named_by_its_address_calls_itself_by_its_labels(lexicon):
    # "© 2015 ZimEye.com" names the site "ZimEye.com"; its appeal "you can support ZimEye" is
    # the site's own, as the labels of its page's address would say
    assert "zimeye" in own_names("ZimEye.com", None, lexicon)
    assert own_names("The Example Herald", None, lexicon) == {"the example herald"}


@pytest.mark.parametrize(
    "under",
    [
        # a standfirst between the headline and the byline
        [
            wrapped(
                "The ministry blames floods and a shortage of steel for the delay of the bridge, which was "
                "promised for this spring when work began two years ago."
            ),
            "Author\nBy Jane Doe | jdoe@example.com\n"
            "PUBLISHED: March 2, 2021 at 11:30 p.m. | UPDATED: March 3, 2021 at 12:21 a.m.",
        ],
        # a caption between the headline and the byline, its date on the next line
        [
            wrapped(
                "Workers on the river bank near the old ferry landing on Tuesday, where the bridge stands."
            ),
            "Author\nBy Jane Doe | jdoe@example.com\nPUBLISHED: March 2, 2021 at 4:56 p.m.",
        ],
    ],
)
def test_the_date_beside_a_page_dumps_byline_is_its_date_not_the_banners(tmp_path, lexicon, under):
    """The day the page was printed, in its banner above the menu, is no story's date when a date
    stands beside the byline under the headline."""
    header = ["Wednesday, March 3rd 2021", "\n".join(MENU), "  • Letters to the Editor", HEADLINE, *under]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert source.title == HEADLINE
    assert source.published == date(2021, 3, 2)


def test_a_page_dumps_banner_date_is_its_date_when_nothing_else_dates_it(tmp_path, lexicon):
    header = [
        "Wednesday, March 3rd 2021",
        "\n".join(MENU),
        "  • Letters to the Editor",
        HEADLINE,
        "By Jane Doe",
    ]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert source.published == date(2021, 3, 3)


RU_STORY = [
    "Министерство здравоохранения сообщило в пятницу, что за сутки в крае выявили 142 новых случая "
    "коронавирусной инфекции, а выздоровели за то же время 62 пациента городских больниц.",
    "Всего в крае обследовано более полумиллиона человек, свободных коек в госпиталях остается 259.",
]


@pytest.mark.parametrize(
    "opening",
    ["Комментарии", "(1) комментариев", "Комментариев 30", "Оставить комментарий", "Комментировать"],
)
def test_readers_comments_under_a_russian_story_are_no_part_of_its_body(lexicon, tmp_path, opening):
    """What follows the line that opens the comments (each a user's name, a time and a text, and
    then the next story a page prints) is the readers'; the same line in a menu above the story
    opens nothing."""
    comments = [
        opening,
        "Аноним\n09 октября 2020, 18:16\nОткуда мы в Ростове можем знать что-то о метро!\n\nОтветить",
        "[17]\nдядя вася\n\n09.10.2020 13:44\n\nВчера обслуживала продавщица без маски и перчаток, когда "
        "власти будут реально работать, а не на местах прятаться?",
        "Широкие тротуары и велодорожки попросили обустроить жители Ростова, инициативу поддержали "
        "два человека, а чтобы ее рассмотрели в администрации, надо собрать 500 голосов.",
    ]
    text = "\n\n".join(["Рост заболеваемости продолжается", "Комментарии", *RU_STORY, *comments])
    assert read(tmp_path, lexicon, text).paragraphs == RU_STORY


@pytest.mark.parametrize(
    "comments",
    [
        ["1. thelastchargersfan says:\nNovember 19, 2019 at 6:34 am", "Feckless Chargers. Always the same."],
        ["All Comments 4 jane roe says:\n5 May 2025 at 00:46", "It staggers me that they would do so."],
        [
            "1. [4a8ec]Jane Roe - October 21, 2017 said:",
            "That chief was hiding his face, fooling his public.",
        ],
    ],
)
def test_readers_comments_headed_by_a_name_that_says_and_a_date_are_no_part_of_the_body(
    lexicon, tmp_path, comments
):
    text = "\n\n".join(["Belarus moves troops", *ARTICLE, *comments])
    assert read(tmp_path, lexicon, text).paragraphs == ARTICLE


def test_a_story_line_that_ends_with_said_and_a_colon_opens_no_comments(lexicon, tmp_path):
    lines = ["In a wide-ranging interview, the minister also said:", "The bridge will be finished by May."]
    text = "\n\n".join(["Belarus moves troops", *ARTICLE, *lines])
    assert read(tmp_path, lexicon, text).paragraphs[-2:] == lines


def test_readers_replies_pasted_under_a_story_with_no_heading_are_no_part_of_its_body(lexicon, tmp_path):
    """A reader's comment opens in lower case after the story's last sentence, and a reply opens
    by quoting the headline: from there on the text is the readers'."""
    title = "В Германии снова заявили, что не собираются отказываться от газопровода"
    replies = [
        "вариант только 1. если страны ЕС откажутся покупать газ, тогда все будет понятно.",
        f"{title} - нам бы такое руководство, которое волнуется за страну.",
    ]
    text = "\n\n".join([title, *RU_STORY, *replies])
    assert read(tmp_path, lexicon, text).paragraphs == RU_STORY


def test_a_story_with_one_paragraph_in_lower_case_keeps_its_end(lexicon, tmp_path):
    # one lower-case paragraph (a list's item, a name written so) is no readers' section
    ending = ["по данным министерства, вакцину получат все регионы.", "Поставки начнутся в апреле."]
    text = "\n\n".join(["Вакцину получат все регионы", *RU_STORY, *ending])
    assert read(tmp_path, lexicon, text).paragraphs == [*RU_STORY, *ending]


def test_a_note_on_a_bylined_writer_is_left_out_wherever_the_page_put_it(tmp_path, lexicon):
    # a page's teasers and share bars after the note may leave it in the body's first half, where a
    # note on someone the byline does not name is not looked for (here the story goes on after
    # it); the byline's particle is capitalised, the note's is not
    note = (
        "Vera di Roe is a Bloomberg View columnist. She was the editor of Reason magazine and a "
        "columnist for the Wall Street Journal."
    )
    more = [
        "Engineers said the first of the new steel girders would arrive from the port in early June.",
        "The opposition called for an inquiry into the contracts and into who had approved the design.",
        "A spokesman for the contractors declined to comment on the new date or on the cost.",
    ]
    story = [*ARTICLE, *more]
    text = "\n\n".join(["Bridge will open a year late", "By Vera Di Roe", story[0], note, *story[1:]])
    assert read(tmp_path, lexicon, text).paragraphs == story


# Session 46 metadata: bylines a page dump prints with what is no name beside them


def test_a_byline_with_the_writers_address_and_telephone_number_names_the_writer(tmp_path, lexicon):
    # how to reach the writer, glued to the name or not, ends the names
    header = [HEADLINE, "By Jane Doe jdoe@example.com(509) 459-5382"]
    assert read(tmp_path, lexicon, dump_with_header(header)).authors == ["Jane Doe"]


def test_a_name_joined_to_its_date_by_on_under_the_headline_is_the_byline(tmp_path, lexicon):
    # "Name on date" right under the headline, above the story: its writer and its date
    header = [HEADLINE, "Jane Doe on 20/10/2017"]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert (source.authors, source.published) == (["Jane Doe"], date(2017, 10, 20))


def test_a_name_joined_to_its_date_by_two_labels_is_the_byline(tmp_path, lexicon):
    # "updated on" is two labels: both go, whichever order the data's set gives them
    header = [HEADLINE, "Jane Doe updated on 20/10/2017"]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert (source.authors, source.published) == (["Jane Doe"], date(2017, 10, 20))


# Session 47 metadata: a page dump's site, header and byline read off the page's structure

NOTICE = "© 2019 EXH Media Group LLC. All Rights Reserved."  # the owner: "EXH"


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        # the masthead's name above the article, named again below it as a site's name is: opening
        # a short link, closing a title bar, or alone as an address
        ("Example Herald", "  • Example Herald Store", "Example Herald"),
        ("Example Herald", "Example Herald - Property of Jane Roe", "Example Herald"),
        ("Example Times", "Teen wins spelling contest with a word | Example Times", "Example Times"),
        ("ExampleHerald.com", "ExampleHerald.com", "ExampleHerald.com"),
        # a section's heading printed again as a menu's item, a topic opening a teaser's headline,
        # a product list by month: the company of the notice names the site
        ("World Affairs", "  • World Affairs", "EXH"),
        ("Example Herald", "  • Example Herald and the art of surviving: is this the end of it?", "EXH"),
        ("Example Herald", "Example Herald December 2019", "EXH"),
    ],
)
def test_a_masthead_the_footer_names_again_names_the_site_over_its_owners_notice(
    tmp_path, lexicon, masthead, footer, outlet
):
    header = [masthead, HEADLINE, "March 3, 2021"]
    source = read(tmp_path, lexicon, dump_with_header(header, "Sign in", f"{footer}\n\n{NOTICE}"))
    assert source.outlet == outlet


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        # three names are more words than a sentence opening with "By" needs to be told apart
        (
            "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER",
            ["LISA MASCARO", "MARY CLARE JALONICK", "ERIC TUCKER"],
        ),
        (
            "By Lisa Mascaro, Mary Clare Jalonick and Eric Tucker",
            ["Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"],
        ),
        # a capital inside a name is the name's, where nothing run on parts from it
        ("Written by Alison McCook", ["Alison McCook"]),
        ("By Howard BlumeStaff Writer", ["Howard Blume"]),
    ],
)
def test_a_bylines_names_are_read_as_written(tmp_path, lexicon, byline, authors):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, byline, "March 3, 2021"]))
    assert source.authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        # a teaser naming two people and what they did: the small word of a compound job
        # ("Commander-in-Chief") is no job after a name
        ("Sonia Gandhi, Manmohan Singh participate in Dussehra celebrations", []),
        # the names, an agency's initials and a labelled date, apart by slashes
        ("Saibal Dasguptaji / TNN / Updated: Oct 9, 2019, 11:05 IST", ["Saibal Dasguptaji"]),
    ],
)
def test_a_line_under_the_headline_names_its_writers_only_as_a_byline_does(tmp_path, lexicon, line, authors):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, line]))
    assert source.authors == authors


@pytest.mark.parametrize("date_line", ["March 3, 2021", "By Example Herald March 3, 2021 4:40am"])
def test_the_headline_under_the_date_line_is_the_one_right_under_it(tmp_path, lexicon, date_line):
    # the date line or a site's byline above the headline, a photo's caption between the headline
    # and the story: the headline is the item right under the date, not the one nearest the story
    header = [
        "News",
        date_line,
        "Share on Facebook",
        HEADLINE,
        "The new bridge across the river under construction",
    ]
    assert read(tmp_path, lexicon, dump_with_header(header)).title == HEADLINE


@pytest.mark.parametrize(
    ("masthead", "footer", "outlet"),
    [
        # the owner's name without its organisation's words, as the masthead prints it
        ("Example Herald", "© 2019 Example Herald Media Network", "Example Herald"),
        # the owner whole where the masthead prints it so, its company's word and all
        ("The Example Company", "© 2017 The Example Company, LLC", "The Example Company"),
        # a masthead naming something else over the page's menu is the site a company owns
        # (session 50: a company named only in its notice is not the name the site goes by)
        ("Example Courier", "© 2019 Example Herald Media Network", "Example Courier"),
    ],
)
def test_a_notices_owner_is_named_as_the_masthead_prints_it(tmp_path, lexicon, masthead, footer, outlet):
    # the logo's text on a line of its own above the headline, the notice in the footer
    source = read(
        tmp_path, lexicon, dump_with_header([masthead, HEADLINE, "March 3, 2021"], "Sign in", footer)
    )
    assert source.outlet == outlet


# Session 48, other languages


def test_a_page_dump_in_a_script_without_capitals_gives_its_header_and_its_site(tmp_path, lexicon):
    """An Arabic page dump: its headline opens with no capital (Arabic has none, nor Hebrew, Thai,
    Devanagari ...), its footer names the site by its address before the copyright sign, and the
    CMS's credit a text browser wrapped onto a line of its own ("... Powered" / "By NewsPress") is
    no byline of the story's."""
    from tests.readers.test_regions import arabic_dump

    footer = (
        "www.example-news.com © جميع الحقوق محفوظة لدار النشر والطباعة والتوزيع في المنطقة الشرقية"
        " Powered\nBy NewsPress\n"
    )
    source = read(tmp_path, lexicon, arabic_dump() + "\n" + footer)
    assert source.title == "الجسر الجديد يفتح في الربيع المقبل"
    assert source.published == date(2021, 3, 2)
    assert source.outlet == "example-news.com"
    assert source.authors == []


GERMAN_STORY = [
    "Der Rechnungshof kann die Einkäufe des binationalen Unternehmens nicht prüfen, wie die Zeitung am "
    "Dienstag berichtete, und auch die Vergabestelle hat nach eigenen Angaben keine Handhabe.",
    "Ein Experte für den Energiesektor sagte, dass der Präsident die Verfassung missachte, indem er die "
    "Behörde nicht um eine Prüfung der umstrittenen Käufe bitte, die seit Monaten kritisiert werden.",
    "Die Regierung wies die Kritik am Mittwoch zurück und erklärte, dass alle Verfahren transparent seien "
    "und die Ergebnisse der Ausschreibungen im kommenden Monat veröffentlicht würden.",
]


def test_a_german_blogs_comment_form_bid_and_related_list_are_not_its_story(tmp_path, lexicon):
    """The German wording of a blog's furniture under the story (data/de: read on German pages
    only): the bid for support, the related posts, the comment notice and form, the comments."""
    furniture = [
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
        "Ähnliche Artikel:",
        "Bennett verspricht Netanyahu als Premierminister zu unterstützen",
        "Durch einen technischen Fehler, ist die Kommentarfunktion ausgeschaltet!",
        "Mitglied bei Israel-Nachrichten werden.",
        "Kommentar hinzufügen Antworten abbrechen",
        "Du musst angemeldet sein, um einen Kommentar abzugeben.",
        "Kommentare",
        "Kaffeetrinker bei Geschenke sind tabu",
    ]
    text = "\n\n".join(["Itaipu hat sechs neue Ausschreibungen", *GERMAN_STORY, *furniture]) + "\n"
    source = read(tmp_path, lexicon, text)
    assert source.language == "de"
    assert source.paragraphs == GERMAN_STORY


# Session 49, probe: invented page tops in the orders real sites print them (issue 14, "Page
# furniture before the headline"); each class found by a probe of sixty, not by a dev article


def lean_page(top: list[str], footer: str = "") -> str:
    """A page copied as text with little around its story: the site's name, its menu one item a
    line, the header's lines, the story wrapped, and perhaps a footer; no browser's marks."""
    parts = [*top[:1], "\n".join(MENU), *top[1:], *(wrapped(p) for p in ARTICLE)]
    return "\n\n".join(parts + ([footer] if footer else [])) + "\n"


@pytest.mark.parametrize(
    "top",
    [
        ["Harbour Times", HEADLINE, "Posted by Jane Doe on March 3rd, 2021"],
        ["The Example Herald", "World | Africa | Nigeria", HEADLINE, "By Jane Doe", "Mon March 3, 2021"],
        ["Example Daily News", HEADLINE, "Last Updated on March 3, 2021 by Editor"],
    ],
)
def test_a_lean_pages_site_name_over_its_menu_is_its_site_not_its_headline(tmp_path, lexicon, top):
    # the site's menu, one short item a line, says a page was copied, however little else it holds
    source = read(tmp_path, lexicon, lean_page(top))
    assert source.title == HEADLINE
    assert outlet_for(source, source.paragraphs, lexicon) == top[0]
    assert source.published == date(2021, 3, 3)
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Reporter: Jane Doe", ["Jane Doe"]),
        ("By Jane Doe @janedoe", ["Jane Doe"]),
        ("By Jane Doe For The Example Weekly", ["Jane Doe"]),
        ("ByJane Doe", ["Jane Doe"]),
        ("Jane Doe in Lagos", ["Jane Doe"]),
    ],
)
def test_a_byline_with_a_job_label_account_or_place_names_the_writer_alone(
    tmp_path, lexicon, byline, authors
):
    text = dump_with_header([HEADLINE, byline, "March 3, 2021"], footer="© 2021 Example Herald")
    source = read(tmp_path, lexicon, text)
    assert source.authors == authors
    assert source.title == HEADLINE
    # "Staff Writer" is the writer's job, not the outlet the byline names
    assert outlet_for(source, source.paragraphs, lexicon) in {"Example Herald", "The Example Weekly"}


def test_the_date_a_story_was_posted_on_is_its_date_not_its_updates(tmp_path, lexicon):
    dated = ["Posted: Mar 3, 2021 / 06:12 PM CST", "Updated: Mar 4, 2021 / 08:30 AM CST"]
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "by: Jane Doe", *dated]))
    assert source.published == date(2021, 3, 3)
    assert source.authors == ["Jane Doe"]


def test_a_date_lines_label_and_weekday_are_no_writers_name(tmp_path, lexicon):
    posted = "Posted Wed 3 Mar 2021 at 3:41pm, updated Wed 3 Mar 2021 at 5:02pm"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "By Jane Doe", posted]))
    assert source.authors == ["Jane Doe"]
    assert source.published == date(2021, 3, 3)


def test_a_breadcrumb_of_sections_the_story_tells_of_is_no_headline(tmp_path, lexicon):
    # "Bridge | River | Transport": each section's name a word of the story, no headline
    crumb = "Transport | Bridges | Ministry"
    source = read(tmp_path, lexicon, dump_with_header([crumb, HEADLINE, "By Jane Doe", "March 3, 2021"]))
    assert source.title == HEADLINE


@pytest.mark.parametrize(
    "masthead",
    ["[Example Herald logo]", "Example Herald logo", "Example Herald — Independent news since 1901"],
)
def test_a_logos_text_or_a_masthead_with_its_slogan_names_the_site(tmp_path, lexicon, masthead):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "By Jane Doe"], masthead=masthead))
    assert outlet_for(source, source.paragraphs, lexicon) == "Example Herald"


def test_a_bylines_site_of_many_words_after_the_writer_is_no_author(tmp_path, lexicon):
    # the site names itself after its writer, in words no outlet's ("Today"): it is the site
    byline = "By Jane Doe, Harbour Today"
    text = dump_with_header([HEADLINE, byline, "March 3, 2021"], footer="© 2021 Harbour Today")
    source = read(tmp_path, lexicon, text)
    assert source.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "byline", ["Jane Doe Jane Doe\nMarch 3, 2021", "By Jane Doe Jane Doe\n\nMarch 3, 2021"]
)
def test_a_writers_name_printed_after_the_text_of_their_picture_is_one_name(tmp_path, lexicon, byline):
    # a text browser prints the writer's picture by its text, the writer's name, then the name's link
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, byline]))
    assert source.authors == ["Jane Doe"]


@pytest.mark.parametrize("byline", ["**By Jane Doe** | **March 3, 2021**", "By Jane Doe | March 3, 2021"])
def test_a_crawls_byline_parted_from_its_date_by_a_bar_is_no_breadcrumb(tmp_path, lexicon, byline):
    text = "\n\n".join([f"# {HEADLINE}", byline, *ARTICLE]) + "\n"
    source = read(tmp_path, lexicon, text, name="page.md")
    assert source.title == HEADLINE
    assert source.authors == ["Jane Doe"]
    assert source.published == date(2021, 3, 3)
    assert source.paragraphs == ARTICLE


@pytest.mark.parametrize(
    ("meta", "authors"),
    [
        ("March 3, 2021 Jane Doe 0 Comments", ["Jane Doe"]),
        ("Posted on March 3, 2021 Jane Doe", ["Jane Doe"]),
        ("March 3, 2021 Joe Biden visits the new bridge", []),  # a teaser's date and headline
    ],
)
def test_a_posts_meta_line_with_its_date_first_names_its_writer(tmp_path, lexicon, meta, authors):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, meta]))
    assert source.authors == authors
    assert source.published == date(2021, 3, 3)


@pytest.mark.parametrize(
    ("byline", "authors", "published"),
    [
        # the date first, the writer after it
        (["Posted on March 14, 2021 by Jane Doe"], ["Jane Doe"], date(2021, 3, 14)),
        (["14 March 2021 by Jane Doe | 4 min read"], ["Jane Doe"], date(2021, 3, 14)),
        # the writer's job after the name, no comma between
        (["By Jane Doe Staff Reporter", "March 14, 2021"], ["Jane Doe"], date(2021, 3, 14)),
        # a label for the column, and a date's own label after the name
        (["Guest column by Jane Doe", "March 14, 2021"], ["Jane Doe"], date(2021, 3, 14)),
        (["Author: Jane Doe   Date: 14 March 2021"], ["Jane Doe"], date(2021, 3, 14)),
        # her e-mail address after the name, no "By"
        (["Jane Doe jdoe@exampleherald.com", "Mar 14, 2021"], ["Jane Doe"], date(2021, 3, 14)),
        # a station's web team: no one named
        (["By KXYZ Webteam", "March 14, 2021"], [], date(2021, 3, 14)),
    ],
)
def test_a_byline_in_the_shapes_small_sites_print_names_its_writer(
    lexicon, tmp_path, byline, authors, published
):
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, "\n".join(byline)]))
    assert source.title == HEADLINE
    assert source.authors == authors
    assert source.published == published


@pytest.mark.parametrize("site", ["NEWS.KZ", "Новости.Ru", "Example.com"])
def test_a_records_site_address_between_headline_and_date_is_its_outlet(tmp_path, site):
    """A record's site printed as one word, its address, between the headline and the date line:
    the outlet, in capitals too (a section's label in capitals has no domain), and no story line."""
    lexicon = load_lexicon()
    lead = "С 1 января пенсионные выплаты будут проиндексированы на 8,5%, сообщили в министерстве."
    header = f"Пенсии повысят с 1 января\n{site}\n25 декабря 2023 12:00\n"
    text = f"{header}{lead}\n\nВыплаты начнутся автоматически.\n"
    source = read(tmp_path, lexicon, text)
    assert source.outlet == site
    assert source.paragraphs == [lead, "Выплаты начнутся автоматически."]


@pytest.mark.parametrize(
    "stamp", ["12 марта 2024, 09:15 | Происшествия | 👁 1 532", "07.03.2024 в 18:02, просмотров: 8215"]
)
def test_a_records_stamp_with_counters_under_the_headline_gives_its_date(tmp_path, stamp):
    lexicon = load_lexicon()
    lead = "В ночь на вторник в районе загорелся склад пиломатериалов площадью 600 кв. м."
    text = f"В районе потушили пожар на складе\n{stamp}\n{lead}\n\nПострадавших нет.\n"
    source = read(tmp_path, lexicon, text)
    assert source.title == "В районе потушили пожар на складе"
    assert source.published is not None
    assert source.paragraphs == [lead, "Пострадавших нет."]
