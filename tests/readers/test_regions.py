"""The article found in a page saved as text, apart from menus, teasers and galleries."""

from __future__ import annotations

import zlib
from datetime import date

from generator.readers.regions import Block, Region, _with_wrapped_lead
from tests.readers.readkit import ARTICLE, HEADLINE, MENU, SHARE, dump_with_header, page_dump, read, wrapped


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


def test_a_scraped_article_with_little_around_it_is_not_cut_to_a_region(tmp_path, lexicon):
    text = "\n\n".join(["Bridge will open late", "March 3, 2021", *ARTICLE, "Share this", *ARTICLE[:1]])
    source = read(tmp_path, lexicon, text.replace(ARTICLE[0], ARTICLE[0], 1))
    assert source.title == "Bridge will open late"
    assert source.paragraphs[: len(ARTICLE)] == ARTICLE


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


NEXT_STORY = [
    "Farmers in the northern valley began the harvest early this year after a dry summer left the "
    "wheat ripe weeks before the usual time, the regional agriculture office said on Monday.",
    "The office said yields were lower than last year's by about a fifth, and that prices at the "
    "market in the provincial town had already begun to rise as traders bought what they could.",
    "Several growers said they had sold their cattle to pay for water, which the irrigation board "
    "now delivers only twice a week because the reservoir behind the old dam is nearly empty.",
    "The agriculture minister is expected to visit the valley next week to meet the growers and "
    "the irrigation board, and to say whether the government will help those who lost their crops.",
    "Economists at the national bank warned that bread prices in the cities could climb through "
    "the winter if the harvest in the south, which starts next month, turns out as poor as this one.",
    "Traders in the capital said the first lorries of the new wheat had reached the mills, and that "
    "the millers were paying more for it than at any time since the drought of a decade ago.",
]


def _page_with(stories: list[str]) -> str:
    parts = ["Example Herald", "\n".join(MENU), "Search [          ] Search", "World News"]
    parts += [HEADLINE, "By Jane Doe", "March 3, 2021", *stories]
    parts += ["\n".join(MENU), "© 2021 Example Media. All Rights Reserved | Terms of Use | Privacy"]
    return "\n\n".join(parts) + "\n"


def test_the_next_story_a_page_prints_in_full_under_its_article_is_not_its_article(tmp_path, lexicon):
    # a feed that scrolls on prints the next story whole under the article, and it may be longer
    next_header = [SHARE, "Read Next", "Dry summer brings an early and poor harvest to the valley"]
    next_header += ["By Tom Roe", "March 2, 2021", SHARE]
    source = read(tmp_path, lexicon, _page_with([wrapped(p) for p in ARTICLE] + next_header + NEXT_STORY))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_a_teaser_card_inside_a_page_dumps_article_does_not_cut_it_in_two(tmp_path, lexicon):
    # "Read more" and another story's card in the middle of the article: the part after the card
    # is longer, and the article is both parts under their header
    card = ["Read more", "Category", "Farming", "Dry summer brings an early and poor harvest", "Feb 18, 2021"]
    later = ARTICLE[2:] + NEXT_STORY[:1]
    source = read(tmp_path, lexicon, _page_with([wrapped(p) for p in [*ARTICLE[:2], *card, *later]]))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs[:2] == ARTICLE[:2]
    assert source.paragraphs[-len(later) :] == later


def test_a_long_headline_above_a_page_dumps_byline_is_its_title(tmp_path, lexicon):
    # 27 words: a quoted claim and the story's point in one headline
    headline = (
        "'This new bridge does not mean you will only cross by car': the ministry's plan adds more "
        "lanes, but it promises to leave room for the ferry"
    )
    # a photo's caption between them, its credit the photographer's and two agencies'
    caption = (
        "A ferry crosses the river near the site of the new bridge on Tuesday. (Jane Roe/AFP/Getty Images)"
    )
    credit = "Image credit: Example Herald (Image credit: Jane Roe)"
    header = [headline, caption, "News", "By Jane Doe published 3 March 2021", credit]
    source = read(tmp_path, lexicon, dump_with_header(header))
    assert (source.title, source.authors, source.published) == (headline, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


def test_the_headline_a_page_prints_again_is_its_title_not_the_standfirst_under_it(tmp_path, lexicon):
    # a standfirst without a full stop, as headline-like and as much about the story, nearer the
    # byline, a photo's caption between them; the share box under the story prints the headline
    standfirst = (
        "The transport ministry says floods and a shortage of steel delayed the bridge across the river"
    )
    header = [HEADLINE, "(Example Ministry)", standfirst, "By Jane Doe", "March 3, 2021"]
    source = read(tmp_path, lexicon, dump_with_header(header, footer=f"Share this story\n\n{HEADLINE}"))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))


def test_a_byline_with_its_date_and_an_update_after_a_bar_gives_both(tmp_path, lexicon):
    byline = "Jane Doe · Example Herald · Posted: Mar 3, 2021 9:27 AM ET | Last Updated: 24 minutes ago"
    source = read(tmp_path, lexicon, dump_with_header([HEADLINE, byline]))
    assert (source.title, source.authors, source.published) == (HEADLINE, ["Jane Doe"], date(2021, 3, 3))
    assert source.paragraphs == ARTICLE


# Session 48, other languages

ARABIC_MENU = ["  • الرئيسية", "  • المحليات", "  • الاقتصاد", "  • الرياضة", "  • الثقافة", "  • المزيد"]
ARABIC_STORY = [
    "قال وزير النقل في مؤتمر صحفي يوم الثلاثاء إن الجسر الجديد على النهر سيفتح أمام حركة المرور في الربيع"
    " المقبل، بعد عامين من الموعد الذي وعدت به الحكومة عندما بدأ العمل فيه.",
    "وأضاف الوزير أن التأخير كان بسبب نقص في الحديد وبسبب الفيضانات التي جرفت الدعامات المؤقتة مرتين، وفقا"
    " لتقرير نشرته الوزارة هذا الأسبوع على موقعها.",
    "وقال سكان القرى على الضفة الأخرى من النهر إنهم ينتظرون هذا الجسر منذ سنوات طويلة، وإنهم تعبوا من الوعود"
    " التي لم تتحقق حتى الآن في هذه المنطقة.",
    "ومن المتوقع أن يخفف الجسر من الازدحام على الطريق القديم الذي يمر عبر وسط المدينة، كما أنه سيختصر الرحلة"
    " إلى العاصمة بنحو ساعة كاملة لكل من يعمل هناك.",
]
ARABIC_TEASERS = ["الأمطار تغلق الطرق في المنطقة الشرقية", "قبل 12 دقيقة", "المنتخب يفوز في المباراة الودية"]


def arabic_dump() -> str:
    """An Arabic page as a text browser prints it: the menu, the header and the story's first
    paragraph in one block, the story, teasers, the menu again and the footer."""
    header = ["الجسر الجديد يفتح في الربيع المقبل", "أحمد علي - الرياض", "الثلاثاء 2 مارس 2021"]
    head_block = "\n".join([*header, wrapped(ARABIC_STORY[0], 78)])
    parts = ["\n".join(ARABIC_MENU), "[                    ] ابحث", head_block]
    parts += [wrapped(p, 78) for p in ARABIC_STORY[1:]]
    parts += ["\n".join(ARABIC_TEASERS), "\n".join(ARABIC_MENU), "جميع الحقوق محفوظة"]
    return "\n\n".join(parts) + "\n"


def test_a_page_dump_in_a_language_beyond_the_first_stop_lists_is_cut_to_its_article(tmp_path, lexicon):
    """jusText has stop lists for a hundred languages; a page in one the reader did not map (an
    Arabic dump) was kept whole, menus and teasers as its story."""
    source = read(tmp_path, lexicon, arabic_dump())
    assert not any("الرياضة" in p or "المنتخب" in p for p in source.paragraphs)
    assert ARABIC_STORY[-1] in source.paragraphs


def test_the_lead_wrapped_under_the_header_in_one_block_is_the_storys_first_paragraph():
    """A text browser prints the lead's wrapped lines right under the byline and date line, no
    blank line between (an Arabic dump of intl dev): when jusText leaves that block above the
    article, its short lines are the header and its wrapped ones the story's opening, which was
    lost with the header."""
    header = ["الجسر الجديد يفتح في الربيع المقبل", "أحمد علي - الرياض", "الثلاثاء 2 مارس 2021", "استمع"]
    lead = wrapped(ARABIC_STORY[0], 78).split("\n")
    rest = wrapped(ARABIC_STORY[1], 78).split("\n")
    lines = ["  • الرئيسية", "", *header, *lead, "", *rest, ""]
    block = Block(2, 2 + len(header) + len(lead), " ".join(header + lead))
    found = _with_wrapped_lead(Region(block.end + 1, len(lines), [block, Block(0, 1, "• الرئيسية")]), lines)
    assert (found.start, found.end) == (2 + len(header), len(lines))
    assert [b.text for b in found.above] == [" ".join(header), "• الرئيسية"]
    # a photo's caption of a sentence wrapped under the header is no lead
    caption = "يظهر في الصورة عمال في موقع بناء الجسر الجديد على النهر قرب القرى على الضفة الأخرى من المدينة."
    caption = wrapped(caption, 78)
    assert len(caption.split("\n")) == 2
    captioned = ["  • الرئيسية", "", *header, *caption.split("\n"), "", *rest, ""]
    block = Block(2, 2 + len(header) + 2, " ".join(header))
    region = Region(block.end + 1, len(captioned), [block])
    assert _with_wrapped_lead(region, captioned) == region
    # a teaser's item wrapped over lines of its own is another story's, not the lead (dev 331)
    item = wrapped("* " + ARABIC_STORY[3].rstrip(".") + "، و" + ARABIC_STORY[2], 78).split("\n")
    assert len(item) >= 4
    teasers = ["  • الرئيسية", "", *header, *item, "", *rest, ""]
    block = Block(2, 2 + len(header) + len(item), " ".join(header + item))
    region = Region(block.end + 1, len(teasers), [block])
    assert _with_wrapped_lead(region, teasers) == region
    # a block of short lines only keeps the region as jusText drew it
    short = Block(2, 2 + len(header), " ".join(header))
    region = Region(short.end + 1, len(lines), [short])
    assert _with_wrapped_lead(region, [*lines[:2], *header, "", *rest]) == region
