"""What read_source refuses, naming the file, and what it finds in a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import SourceError
from generator.lexicon import load_lexicon
from generator.readers import discover
from tests.readers.readkit import ARTICLE, read, wrapped


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


def test_discover_finds_every_kind_and_skips_notes_and_hidden_files(tmp_path):
    names = [
        "a.txt",
        "b.html",
        "c.htm",
        "d.md",
        "e.html.gz",
        "f.markdown",
        "sub/g.txt",
        "README.md",
        "readme.txt",
        "SOURCES.md",
        "sources.yaml",
        "sources-say-troops-moved.html",
        ".hidden.txt",
        ".backup/h.txt",
        "notes.docx",
        "data.json",
        "archive.tar.gz",
    ]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert found == [
        "a.txt",
        "b.html",
        "c.htm",
        "d.md",
        "e.html.gz",
        "f.markdown",
        "sources-say-troops-moved.html",
        "sub/g.txt",
    ]


# Session 47, other languages: a page in a language without a pipeline is told its language before
# its lines are read, and its own date formats, byline words and furniture are read there only.

MENU_DE = ["  • Startseite", "  • Inland", "  • Ausland", "  • Wirtschaft", "  • Sport", "  • Wetter"]
ARTICLE_DE = [
    "Die neue Brücke über den Fluss wird nach Angaben der Landesregierung erst im kommenden Frühjahr "
    "für den Verkehr freigegeben, zwei Jahre später als bei Baubeginn versprochen worden war.",
    "Grund für die Verzögerung seien der Mangel an Stahl und zwei Hochwasser, die die Stützen "
    "weggerissen hätten, heißt es in einem Bericht des Verkehrsministeriums, der in dieser Woche erschien.",
    "Die Bewohner der Dörfer auf der anderen Seite, die bisher mit einer Fähre über den Fluss fahren, "
    "sagten, sie hätten lange genug gewartet und seien die Versprechen der Politik leid.",
    "Das Ministerium teilte mit, die Kosten des Projekts seien um ein Drittel gestiegen und man werde "
    "das Parlament noch vor dem Ende des Jahres um mehr Geld für die Baufirmen bitten.",
]
ARTICLE_ES = [
    "Los vecinos del barrio denuncian desde hace años que las fiestas duran demasiado y que el ruido de "
    "los conciertos no les deja descansar durante las dos semanas que se celebran cada primavera.",
    "La asociación vecinal pide que se reduzca el número de días y que el ayuntamiento controle el "
    "aforo de la pradera, donde cada noche se reúnen miles de personas hasta la madrugada.",
    "Según explica el portavoz de la asociación, la reunión con el concejal del distrito solo sirvió "
    "para adelantar media hora el final de los conciertos en los días laborables.",
    "De cara al futuro, la asociación se mantendrá en la misma línea y establecerá contacto con otras "
    "asociaciones de la ciudad para presentar una propuesta conjunta al ayuntamiento.",
]


def _dump(header: list[str], article: list[str], menu: list[str]) -> str:
    parts = ["Tagesblatt", "\n".join(menu), *header, *article, "\n".join(menu), "Tagesblatt"]
    return "\n\n".join(parts) + "\n"


def test_a_german_page_gives_its_date_in_german_and_its_byline_after_von(tmp_path, lexicon):
    header = ["Neue Brücke wird erst im Frühjahr fertig", "Von Anna Schmidt", "12. März 2024"]
    source = read(tmp_path, lexicon, _dump(header, ARTICLE_DE, MENU_DE))
    assert (source.title, source.authors) == ("Neue Brücke wird erst im Frühjahr fertig", ["Anna Schmidt"])
    assert source.published is not None and source.published.isoformat() == "2024-03-12"
    assert source.language == "de"


def test_a_spanish_page_gives_its_date_with_de_and_its_byline_after_por(tmp_path, lexicon):
    header = [
        "Los vecinos exigen fiestas más cortas en la pradera",
        "Por Luna González",
        "29 de mayo de 2025",
    ]
    source = read(tmp_path, lexicon, _dump(header, ARTICLE_ES, MENU_DE))
    assert source.authors == ["Luna González"]
    assert source.published is not None and source.published.isoformat() == "2025-05-29"


@pytest.mark.parametrize(
    ("byline", "article"),
    [
        # the writer's job and the picture's credit in the page's own words: no second author
        ("Von Anna Schmidt, Korrespondentin", ARTICLE_DE),
        ("Text: Anna Schmidt, Fotos: Jonas Weber", ARTICLE_DE),
        ("Por Anna Schmidt, corresponsal", ARTICLE_ES),
        ("Texto: Anna Schmidt. Fotos: Juan López", ARTICLE_ES),
        # where the writer wrote from, in the page's words or alone
        ("Von Anna Schmidt aus Brüssel", ARTICLE_DE),
        ("Von Anna Schmidt, Brüssel", ARTICLE_DE),
        ("Por Anna Schmidt desde Madrid", ARTICLE_ES),
    ],
)
def test_a_bylines_job_picture_credit_and_place_in_the_pages_language_are_no_authors(
    tmp_path, lexicon, byline, article
):
    header = ["Neue Brücke wird erst im Frühjahr fertig", byline, "12.03.2024"]
    assert read(tmp_path, lexicon, _dump(header, article, MENU_DE)).authors == ["Anna Schmidt"]


def test_other_languages_words_never_date_nor_sign_an_english_page(tmp_path, lexicon):
    # "Mai" is German for May and "Von" opens a German byline: on an English page neither is read
    header = ["Von der Leyen meets farmers in Brussels", "12 Mai 2024"]
    text = _dump(header, ARTICLE, ["  • Home", "  • World"])
    source = read(tmp_path, lexicon, text)
    assert source.language == "en"
    assert source.published is None and source.authors == []


def test_a_pages_own_furniture_labels_leave_its_body(tmp_path, lexicon):
    # a reading-time line above the headline, an advertisement's label and a comment count inside
    header = ["Tiempo de lectura: 6 min", "Los vecinos exigen fiestas más cortas en la pradera", "29/05/2025"]
    article = [*ARTICLE_ES[:2], "Publicidad", "0Comenta", *ARTICLE_ES[2:]]
    source = read(tmp_path, lexicon, _dump(header, article, MENU_DE))
    assert source.title == "Los vecinos exigen fiestas más cortas en la pradera"
    assert not {"Publicidad", "0Comenta", "Tiempo de lectura: 6 min"} & set(source.paragraphs)
    assert source.paragraphs[0].startswith("Los vecinos del barrio denuncian")


def test_the_story_starts_under_a_date_line_printed_below_a_quoted_headline_and_standfirst(tmp_path, lexicon):
    # a headline that ends with a quotation reads as a sentence; the date under it and the
    # standfirst shows the story starts below them
    headline = (
        'Los vecinos de Carabanchel exigen cambios en las fiestas de San Isidro: "15 días son una salvajada"'
    )
    standfirst = (
        "Los residentes del barrio madrileño denuncian la duración de las fiestas un año más, como "
        "consecuencia de la escasa regulación en el volumen de los conciertos y las atracciones."
    )
    source = read(
        tmp_path, lexicon, _dump([headline, standfirst, "Madrid-29/05/2025 20:00"], ARTICLE_ES, MENU_DE)
    )
    assert source.title == headline
    assert source.published is not None and source.published.isoformat() == "2025-05-29"
    assert source.paragraphs[-1].startswith("De cara al futuro")


def test_a_caption_with_its_credit_run_in_is_no_headline(tmp_path, lexicon):
    # a text browser prints a picture's alt text, then its caption with the credit run in: the
    # headline-like item nearest the byline is that caption, not the headline
    headline = 'Los vecinos de Carabanchel exigen cambios en las próximas ediciones de San\nIsidro: "15 días'
    standfirst = (
        "Los residentes del barrio madrileño denuncian la duración de las fiestas un año\nmás, como "
        "consecuencia de la escasa regulación en el volumen de los conciertos,\nasí como en las "
        "atracciones, el control del aforo o los cortes de tráfico."
    )
    caption = "Cientos de personas en la pradera de San Isidro, a 15 de mayo de 2025, en\nMadrid (España)."
    header = [
        f'{headline} son una salvajada"',
        standfirst,
        f"{caption}\n{caption}Gustavo Valiente / Europa Press",
    ]
    header += ["  • Luna González", "Madrid-29/05/2025 20:00"]
    parts = ["Tagesblatt", "\n".join(MENU_DE), *header, *(wrapped(p) for p in ARTICLE_ES), "\n".join(MENU_DE)]
    source = read(tmp_path, lexicon, "\n\n".join(parts) + "\n")
    assert source.title == headline.replace("\n", " ") + ' son una salvajada"'


def test_a_language_with_data_but_no_pipeline_stays_kept_and_flagged():
    from generator.lexicon import languages_with_data, reading_languages
    from generator.settings import DEFAULT_MODELS, settings_from_options

    assert "de" in languages_with_data() and "de" not in DEFAULT_MODELS
    assert "de" not in reading_languages()  # its words are read on German pages only
    # nor can a project give it a pipeline: its data are reading words, nothing to analyse with
    _, problems = settings_from_options({"models": {"de": "de_core_news_sm"}}, Path("."), "mkdocs.yml")
    assert problems and "no language data for 'de'" in problems[0]


def test_a_date_a_text_browser_wrapped_after_its_days_stop_stays_in_its_sentence(tmp_path, lexicon):
    # German writes a day with a stop ("am 14. und 15. Juli 2021"): a line that ends there ends
    # no sentence when the next line's month and year complete the date
    wrapped_lead = (
        "Nach anderthalb Jahren hat der Ausschuss die öffentliche Beweisaufnahme nun beendet, die\n"
        "er im Oktober 2021 begonnen hatte. 134 Menschen kamen im Ahrtal durch die Flut am 14. und 15.\n"
        "Juli 2021 ums Leben, viele von ihnen in ihren Häusern, die das Wasser in der Nacht erreichte."
    )
    header = ["Neue Brücke wird erst im Frühjahr fertig", "12. März 2024"]
    source = read(tmp_path, lexicon, _dump([*header, wrapped_lead], ARTICLE_DE, MENU_DE))
    assert any("am 14. und 15. Juli 2021 ums Leben" in p for p in source.paragraphs)


def test_a_pages_list_of_links_to_other_stories_leaves_its_body(tmp_path, lexicon):
    # a related-story box inside the article: each item a kicker and a link to another story
    teasers = (
        '<ul><li><span>Crónica</span><a href="/f1/2024/12/01/ferrari.html">Ferrari salva el match ball '
        "tras una carrera sin orden</a></li><li><span>Mundial 2024</span>"
        '<a href="/f1/2024/11/30/pulso.html">El pulso entre McLaren y Ferrari se decide</a></li></ul>'
    )
    story = "".join(f"<p>{p}</p>" for p in ARTICLE_ES)
    points = "<ul><li>La asociación pide fiestas de diez días y menos ruido por la noche.</li></ul>"
    html = (
        '<html lang="es"><head><title>Los vecinos exigen fiestas más cortas</title></head><body><article>'
        f"<h1>Los vecinos exigen fiestas más cortas</h1>{teasers}{story}{points}</article></body></html>"
    )
    source = read(tmp_path, lexicon, html, name="page.html")
    assert not [p for p in source.paragraphs if "Ferrari" in p or "McLaren" in p]
    assert source.paragraphs[0].startswith("Los vecinos del barrio denuncian")
    assert any(p.startswith("La asociación pide fiestas") for p in source.paragraphs)


def test_a_pages_headline_is_its_h1_where_its_metadata_keeps_an_earlier_wording(tmp_path, lexicon):
    # og:title and <title> keep the headline the story was first published under
    story = "".join(f"<p>{p}</p>" for p in ARTICLE_ES)
    html = (
        '<html lang="es"><head><title>Vecinos piden cambios en San Isidro</title>'
        '<meta property="og:title" content="Vecinos piden cambios en San Isidro"></head><body><article>'
        f"<h1>Los vecinos de Carabanchel exigen fiestas más cortas</h1>{story}</article></body></html>"
    )
    source = read(tmp_path, lexicon, html, name="page.html")
    assert source.title == "Los vecinos de Carabanchel exigen fiestas más cortas"


ARTICLE_JA = [
    "東京女子医大の新校舎建設工事を巡って、不正に約1億2000万円を支払わせて大学に損害を与えたとして、"
    "警視庁捜査2課は13日、背任の疑いで元理事長を逮捕した。",
    "女子医大は実態調査のため第三者委員会を設置し、第三者委は大学の資金が元理事長に還流していたとする"
    "調査報告書を公表した。",
    "逮捕を受けて同医大は13日、記者会見を開いた。理事長が「厳粛に受け止めている」と謝罪した。",
]


def _page(lang: str, title: str, paragraphs: list[str], extra: str = "", head: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body><article>'
        f"{extra}{story}</article></body></html>"
    )


def test_a_japanese_pages_paragraphs_end_their_sentences_with_its_own_stop(tmp_path, lexicon):
    # "。" ends a sentence: the story's paragraphs are no headlines listed after it
    source = read(tmp_path, lexicon, _page("ja", "元理事長を逮捕", ARTICLE_JA), name="page.html")
    assert len(source.paragraphs) == len(ARTICLE_JA)


def test_a_title_loses_the_sites_own_name_after_a_full_width_colon(tmp_path, lexicon):
    head = '<meta property="og:site_name" content="東京新聞デジタル">'
    html = _page(
        "ja", "元理事長を逮捕、大学に不正に支払わせ私的流用か：東京新聞デジタル", ARTICLE_JA, head=head
    )
    source = read(tmp_path, lexicon, html, name="page.html")
    assert (source.title, source.outlet) == (
        "元理事長を逮捕、大学に不正に支払わせ私的流用か",
        "東京新聞デジタル",
    )


def test_a_sites_name_with_accents_is_known_by_its_address(lexicon):
    # "Seznam Zprávy" of seznamzpravy.cz after the headline: the address drops the accents
    from generator.readers.text import split_site_name

    title = "Hlavní aktér Dozimetru prodává vilu - Seznam Zprávy"
    url = "https://www.seznamzpravy.cz/clanek/domaci-kauzy-272712"
    assert split_site_name(title, url, lexicon) == ("Hlavní aktér Dozimetru prodává vilu", "Seznam Zprávy")


def test_a_site_credited_as_author_by_its_name_with_accents_signs_no_story(tmp_path, lexicon):
    head = '<link rel="canonical" href="https://www.haberturk.com/yangin-3700095">'
    head += '<meta name="author" content="Habertürk">'
    source = read(
        tmp_path, lexicon, _page("es", "Los vecinos exigen fiestas", ARTICLE_ES, head=head), name="page.html"
    )
    assert source.authors == []


def test_a_pictures_caption_that_repeats_its_alt_text_leaves_the_body(tmp_path, lexicon):
    caption = "Los vecinos en la pradera de San Isidro durante las fiestas de mayo"
    extra = f'<figure><img src="a.jpg" alt="{caption}"></figure><p>{caption}</p>'
    source = read(
        tmp_path, lexicon, _page("es", "Los vecinos exigen fiestas", ARTICLE_ES, extra), name="page.html"
    )
    assert caption not in source.paragraphs and len(source.paragraphs) == len(ARTICLE_ES)


ARTICLE_FI = [
    "Vuodenaikojen vaihtuminen vaikuttaa mielialaan ja käyttäytymiseen noin 90 prosentilla suomalaisista "
    "aikuisista, ja pimeään vuodenaikaan nukumme enemmän kuin kesällä, kertoo tutkimusprofessori.",
    "Terveyden ja hyvinvoinnin laitoksen tutkimusprofessori on tutkinut, miten masennus ja unettomuus "
    "vaikuttavat työkykyyn ja mitä niille voi tehdä, kun talvi on pimeä ja sateinen.",
    "Kaamosoireiden seuraukset näkyvät kotona, koulussa ja työpaikoilla, sillä väsymyksen takia mieliala "
    "muuttuu ärtyneeksi, mikä voi aiheuttaa riitoja ja huolta läheisille ja työtovereille.",
]


def test_a_finnish_page_dump_gives_its_header(tmp_path, lexicon):
    # jusText finds the article among a Finnish page's menus with its Finnish stop list; a caption
    # with the day its picture was taken is no byline
    header = ["  • Hyppää sisältöön", "Leudot talvet tekevät meistä väsyneempiä", "19.2.2020 klo 14.00"]
    header += ["Jalankulkija Merihaassa Helsingissä 10. helmikuuta 2020.", "Markus Mäki", "Jaa artikkeli:"]
    menu = ["  • Uutiset", "  • Urheilu", "  • Sää", "  • Kotimaa", "  • Ulkomaat", "  • Talous"]
    parts = ["yle.fi", "\n".join(menu), *header, *(wrapped(p) for p in ARTICLE_FI), "\n".join(menu)]
    source = read(tmp_path, lexicon, "\n\n".join(parts) + "\n")
    assert source.title == "Leudot talvet tekevät meistä väsyneempiä"
    assert source.published is not None and source.published.isoformat() == "2020-02-19"
    assert source.authors == ["Markus Mäki"]


def test_ukrainian_furniture_is_read_on_ukrainian_pages(tmp_path, lexicon):
    article = [
        "На зустрічі з послами ЄС головний парламентер запропонував продовжити перехідний період після "
        "виходу Великої Британії з ЄС на два роки, повідомляє видання.",
        "Читайте також: Експерт назвав три сценарії виходу Великобританії з ЄС.",
        "За даними видання, сторони погодилися, що перехідний період триватиме 21 місяць, але його можна "
        "буде продовжити, якщо переговори про торгівлю не завершаться вчасно.",
    ]
    source = read(
        tmp_path, lexicon, _page("uk", "Перехідний період може бути продовжений", article), name="page.html"
    )
    assert [p[:20] for p in source.paragraphs] == [article[0][:20], article[2][:20]]


def test_a_page_dump_that_prints_its_address_as_its_masthead_names_its_site(tmp_path, lexicon):
    # the logo's text and the breadcrumb's first item are the site's address, and nothing else names it
    menu = ["  • Uutiset", "  • Urheilu", "  • Sää", "  • Kotimaa", "  • Ulkomaat", "  • Talous"]
    header = ["  • yle.fi\n  • Uutiset", "Leudot talvet tekevät meistä väsyneempiä", "19.2.2020 klo 14.00"]
    parts = ["yle.fi", "\n".join(menu), *header, *(wrapped(p) for p in ARTICLE_FI), "\n".join(menu)]
    source = read(tmp_path, lexicon, "\n\n".join(parts) + "\n")
    assert source.outlet == "yle.fi"


def test_an_english_story_on_a_page_that_declares_german_is_read_in_english(tmp_path, lexicon):
    # the site's template declares German for every page: the text's words say English, and
    # German's byline word opens no byline there
    story = "".join(f"<p>{p}</p>" for p in ARTICLE)
    html = (
        '<html lang="de"><head><title>Bridge across the river will open late</title></head><body><article>'
        f"<h1>Bridge across the river will open late</h1><p>Von Anna Schmidt</p>{story}</article></body>"
    )
    source = read(tmp_path, lexicon, html, name="page.html")
    assert source.authors == [] and source.language == "en"


def test_a_projects_lexicon_adds_month_names_to_a_language_read_on_its_own_pages(tmp_path, lexicon):
    # lexicon/de/dates.yaml: an old month name the bundled calendar lacks dates the German page
    project = tmp_path / "lexicon"
    (project / "de").mkdir(parents=True)
    (project / "de" / "dates.yaml").write_text("months: {Hornung: 2}\n", encoding="utf-8")
    header = ["Neue Brücke wird erst im Frühjahr fertig", "Von Anna Schmidt", "12. Hornung 2024"]
    source = read(tmp_path, load_lexicon(str(project)), _dump(header, ARTICLE_DE, MENU_DE))
    assert source.published is not None and source.published.isoformat() == "2024-02-12"
    assert read(tmp_path, lexicon, _dump(header, ARTICLE_DE, MENU_DE)).published is None


ARTICLE_PL = [
    "Mieszkańcy osiedla od miesięcy czekają na nowy most nad rzeką, który miał być gotowy jeszcze "
    "przed zimą, ale prace przerwano z powodu braku materiałów.",
    "Redakcja nie odpowiada za treść komentarzy, które czytelnicy zamieszczają pod artykułami na "
    "naszej stronie.",
    "Według urzędu miasta budowa zostanie dokończona wiosną, a koszt inwestycji wzrósł o jedną "
    "piątą, co radni mają omówić na najbliższej sesji.",
]


def test_a_projects_lexicon_adds_a_language_read_on_its_own_pages(tmp_path, lexicon):
    # lexicon/languages.yaml lists Polish among the languages read on their own pages: its
    # furniture in lexicon/pl/ is cut from a Polish page
    html = _page("pl", "Most nad rzeką będzie gotowy wiosną", ARTICLE_PL)
    for project, listed in ((tmp_path / "unlisted", False), (tmp_path / "listed", True)):
        (project / "pl").mkdir(parents=True)
        (project / "pl" / "boilerplate.yaml").write_text(
            "patterns: ['^redakcja nie odpowiada za']\n", encoding="utf-8"
        )
        if listed:
            (project / "languages.yaml").write_text("read_on_own_pages: [pl]\n", encoding="utf-8")
        source = read(tmp_path, load_lexicon(str(project)), html, name="page.html")
        assert [p[:20] for p in source.paragraphs] == [
            p[:20] for p in ARTICLE_PL if not listed or p != ARTICLE_PL[1]
        ]
