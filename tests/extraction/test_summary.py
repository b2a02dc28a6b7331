"""The bottom line and the key points."""

from __future__ import annotations

import pytest

from generator.extraction import extract_briefing
from generator.lexicon import load_lexicon
from generator.nlp import load_model
from generator.readers import Source
from tests.extraction.extractkit import brief


def test_the_bottom_line_takes_the_clear_sentence_over_a_garbled_one_that_says_the_same(nlp, lexicon):
    garbled = (
        "Quân đội Belarus tập trận lớn cùng Russian troops near border Brest region in this week, officials."
    )
    clear = "Belarus held large military exercises with Russian troops near the border in the Brest region."
    b = brief(
        nlp,
        lexicon,
        [
            garbled,
            clear,
            "The ministry said the drills would last until the end of the month and involve many soldiers.",
            "Analysts in Kyiv said the exercises were meant to tie down Ukrainian forces in the north.",
        ],
    )
    chosen = [s.text for s in b.summary + b.key_points]
    assert clear in chosen and garbled not in chosen


def test_bottom_line_is_verbatim_and_never_a_question(nlp, lexicon):
    paragraphs = [
        "Russia moved another 5,000 troops into Belarus this week, satellite images show.",
        "What does this mean for Kyiv?",
        "Military analysts said the deployment was smaller than the build-up before the invasion.",
        "The troops are based near Brest, close to the Polish border.",
    ]
    b = brief(nlp, lexicon, paragraphs)
    body = " ".join(paragraphs)
    assert 1 <= len(b.summary) <= 3
    for sentence in b.summary + b.key_points:
        assert sentence.text in body
        assert not sentence.text.endswith("?")
        assert sentence.ref in {p.id for p in b.body}


def test_the_bottom_line_is_the_lead_that_says_what_the_headline_says_and_stands_alone(nlp, lexicon):
    paragraphs = [
        "(Wireline) - Rebuilding the river bridges of the province will cost more than $4 billion "
        "over ten years, according to a report released by the transport ministry on Tuesday.",
        "This came after two floods swept away the temporary supports of three bridges last spring.",
        "The ministry said it would ask parliament for the money before the end of the year.",
        "Local officials have long complained that ferries run only in daylight and stop in winter.",
        "He added that contractors were ready to start work as soon as the money was approved.",
        "'Ferries are no way to run a province in winter,' he said of the crossings near the capital.",
        "The transport ministry said the bridges would cost more than $4 billion to rebuild over ten years.",
    ]
    b = brief(nlp, lexicon, paragraphs, title="Province's bridges to cost $4 billion to rebuild: report")
    assert b.summary[0].text == paragraphs[0]
    chosen = [s.text for s in b.summary + b.key_points]
    assert not any(s.startswith(("This came", "He added")) for s in (t.text for t in b.summary))
    assert paragraphs[5] not in chosen  # a quote whose speaker is only "he"
    assert paragraphs[6] not in chosen  # the lead's fact again


def test_a_key_point_does_not_lean_on_a_sentence_left_out(nlp, lexicon):
    paragraphs = [
        "The alliance will set up two new military headquarters to move troops across the Atlantic, "
        "its defence ministers agreed at a meeting in Brussels on Wednesday.",
        "One of the new command centres will protect the sea lines between North America and Europe.",
        "The other command will improve the movement of forces across Europe and strengthen logistics.",
        "After she suspended her campaign, the group made headlines for backing the new headquarters plan.",
        "The ministers will decide where the new commands stand at their meeting in February next year.",
        "Ferry operators in the northern ports said the plan would bring more freight to their docks.",
    ]
    b = brief(nlp, lexicon, paragraphs, title="Alliance to set up two new military headquarters")
    chosen = [s.text for s in b.summary + b.key_points]
    assert paragraphs[0] in chosen
    assert paragraphs[2] not in chosen and paragraphs[3] not in chosen


STORY = [
    "Russia moved another 5,000 troops into Belarus this week, satellite images show.",
    "The new units are based near Brest, close to the Polish border, the images show.",
    "Military analysts said the deployment was far smaller than the build-up before the invasion.",
    "Moreover, the ministry in Minsk said the troops would take part in joint drills next month.",
    "In fact, the Belarusian army has held exercises with Russian units every autumn since 2009.",
    "The Russian troops deployed to Belarus near Brest number about 5,000, the satellite images show.",
]


def test_a_sentence_tied_to_the_one_before_by_its_opening_word_is_no_key_point(nlp, lexicon):
    b = brief(nlp, lexicon, STORY)
    chosen = [s.text for s in b.summary + b.key_points]
    assert not [s for s in chosen if s.startswith(("Moreover", "In fact"))]
    assert chosen  # the story's own sentences are still chosen


def test_the_bottom_line_stays_in_the_lead(nlp, lexicon):
    """A second or third bottom-line sentence from lower down is a detail or background tacked on."""
    b = brief(nlp, lexicon, STORY)
    leads = {p.id for p in b.body[:2]}
    assert b.summary and {s.ref for s in b.summary} <= leads


def test_a_blurb_that_states_nothing_is_neither_the_bottom_line_nor_a_key_point(nlp, lexicon):
    """A subscription's perks or a label, left by the cleaning: no finite verb, no claim."""
    blurbs = [
        "Unlimited online access to jobs reports, economic analysis and data from across the country.",
        "Exclusive economic analysis of the latest jobs data from our leading economists and reporters.",
        "Daily jobs and economy newsletters from economists across the country, with one account.",
    ]
    story = [
        "The country's jobless rate fell to 6.6 per cent in May as 88,000 jobs were added to the economy.",
        blurbs[0],
        "Economists said the jobs data all but ends the debate over whether the economy is in recession.",
        blurbs[1],
        "The central bank is now expected to hold its interest rate at its next meeting in July.",
        blurbs[2],
        "Wage growth slowed to 3.1 per cent as more people looking for jobs found work, the data show.",
    ]
    b = brief(nlp, lexicon, story, title="Jobless rate falls as economy adds 88,000 jobs")
    chosen = [s.text for s in b.summary + b.key_points]
    assert story[0] in chosen and story[2] in chosen
    assert not set(blurbs) & set(chosen)


def test_a_sentence_inside_a_quotation_of_several_sentences_is_no_bottom_line(nlp, lexicon):
    """Its own words carry no quotation mark, but they are the speaker's, not the reporter's."""
    quoted = "The main reason for the failure of the plan is the failure of the other side to keep its word."
    story = [
        "“The situation in the south of the province is a cause for serious concern to the ministry. "
        f"{quoted} Its units continue to prevent the evacuation of civilians from the camp.”",
        "The defence ministry said on Friday that troops backed by its rival blocked the return of refugees.",
        "The rival's officials rejected the claim as false and said the refugees were free to leave.",
        "Aid workers in the camp told reporters that the ministry's claim was not true.",
    ]
    b = brief(nlp, lexicon, story, title="Ministry says rival blocks the return of refugees")
    assert quoted not in [s.text for s in b.summary + b.key_points]
    assert b.summary


def test_key_points_come_from_the_top_of_the_story_before_its_background(nlp, lexicon):
    """A report puts its main claims in its first paragraphs; the history below shares many words
    with itself and so stands central in the text, but it is background. A claim in the fourth
    paragraph, behind a lead of three sentences, still leans on the top of the story."""
    lead = (
        "The city council voted on Tuesday to close the old harbour bridge to lorries from next month. "
        "Councillors backed the closure by 31 votes to 12 after a debate that lasted four hours. "
        "The bridge carries about 9,000 vehicles a day, a tenth of them lorries, council figures show."
    )
    claims = [
        "Engineers found cracks in two of the bridge's steel supports during an inspection in March.",
        "Lorry drivers will have to use the ring road while the bridge is closed, the council said.",
        "The mayor said repairs to the bridge would cost the city about $30 million and take two years.",
    ]
    middle = [
        "Shopkeepers near the bridge said they feared fewer customers would come while it was closed.",
        "The ring road was built in 1998 and widened in 2012 to take more traffic from the east.",
        "A public meeting on the closure will be held at the town hall on Thursday evening.",
        "Cyclists and pedestrians will still be able to use the bridge's walkway during the works.",
    ]
    background = [
        "The harbour was the busiest port of the region in the nineteenth century, when ships carried coal.",
        "In the nineteenth century the port's coal trade made the harbour town rich.",
        "Coal ships crowded the harbour until the port's trade declined after the war.",
        "After the war the port lost its coal trade to the railways and the harbour emptied.",
    ]
    b = brief(
        nlp, lexicon, [lead, *claims, *middle, *background], title="Council closes harbour bridge to lorries"
    )
    assert claims[2] in [s.text for s in b.key_points]


def test_a_signpost_to_what_follows_is_no_key_point(nlp, lexicon):
    """ "Here's what economists had to say ..." introduces the next paragraphs and claims nothing."""
    signpost = "Here’s what economists had to say about the jobs data and what it means for interest rates."
    story = [
        "The country's jobless rate fell to 6.6 per cent in May as 88,000 jobs were added to the economy.",
        signpost,
        "Economists said the jobs data all but ends the debate over whether the economy is in recession.",
        "The central bank is now expected to hold its interest rate at its next meeting in July.",
        "Wage growth slowed to 3.1 per cent as more people looking for jobs found work, the data show.",
    ]
    b = brief(nlp, lexicon, story, title="Jobless rate falls as economy adds 88,000 jobs")
    chosen = [s.text for s in b.summary + b.key_points]
    assert signpost not in chosen and story[2] in chosen


def test_a_teaser_printed_above_the_story_and_again_inside_it_is_not_the_bottom_line(nlp, lexicon):
    """A page's summary box repeats sentences of the story word for word; the lead is below it."""
    repeated = "He escaped after his convoy was stopped by the police on a highway near the city."
    story = [
        f"Preacher Ram Singh has been on the run since March 18. {repeated}",
        "The fugitive preacher went abroad last year for cosmetic surgery to look like a militant "
        "leader of the 1980s, the police said on Friday.",
        f"The radical preacher has been on the run since March 18. {repeated}",
        "A police officer said the preacher spent two months abroad before he returned in August.",
        "His supporters call the preacher the militant leader's heir and follow him on social media.",
    ]
    b = brief(nlp, lexicon, story, title="Fugitive preacher had cosmetic surgery abroad, police say")
    assert b.summary[0].text == story[1]
    # a page that prints the whole story again, run together (an embedded post), repeats its lead
    # with the rest: the first paragraph stays the lead
    copied = [story[1], *story[3:]]
    b = brief(nlp, lexicon, [*copied, " ".join(copied)], title="Preacher had cosmetic surgery abroad")
    assert b.summary[0].text == story[1]


def test_a_sentence_opened_by_and_leans_on_the_one_before_and_is_no_key_point(nlp, lexicon):
    leaning = "And officials in the capital said the bridge across the harbour would reopen to lorries soon."
    story = [
        "The city council voted on Tuesday to close the old harbour bridge to lorries from next month.",
        "Engineers found cracks in two of the bridge's steel supports during an inspection in March.",
        leaning,
        "The mayor said repairs to the bridge would cost the city about $30 million and take two years.",
    ]
    b = brief(nlp, lexicon, story, title="Council closes harbour bridge to lorries")
    chosen = [s.text for s in b.summary + b.key_points]
    assert leaning not in chosen and story[3] in chosen


def test_a_sentence_whose_subject_only_stands_for_the_news_before_is_no_key_point(nlp, lexicon):
    """ "The move came after ...", "The two men are in custody": the subject says no more than "the
    one before" (grammar.yaml `back_referring_nouns`, a count in words); "..., the two sides said"
    is an attribution and stays."""
    leaning = [
        "The move came after the coast guard spotted at least 240 foreign ships in the area last week.",
        "The two men are presently in police custody assisting the investigators with their inquiries.",
    ]
    lead = (
        "The navy has sent more patrol vessels to the disputed sea to sustain its patrols, "
        "the two sides of the task force said on Wednesday."
    )
    story = [
        lead,
        leaning[0],
        "The task force said four navy ships and two coast guard vessels would patrol the area from May.",
        leaning[1],
        "Fishermen in the area said foreign ships had chased them away from their fishing grounds.",
    ]
    b = brief(nlp, lexicon, story, title="Navy sends more patrol vessels to disputed sea")
    chosen = [s.text for s in b.summary + b.key_points]
    assert b.summary[0].text == lead
    assert not set(leaning) & set(chosen), chosen


@pytest.fixture(scope="module")
def russian() -> tuple:
    """Natasha's pipeline and the Russian data, loaded once."""
    return load_model("natasha"), load_lexicon(None, "ru")


def test_a_russian_recap_or_detail_opened_by_its_word_is_not_in_the_bottom_line(russian):
    """ "Напомним, ..." retells earlier news; "В частности, ..." details the sentence before: the
    bottom line is the news (grammar.yaml `recap_openers`, `connectives`)."""
    nlp, lexicon = russian
    lead = (
        "Великобритания на переговорах с Евросоюзом будет настаивать на отмене свободного "
        "пересечения границы, заявил министр иностранных дел страны."
    )
    recap = (
        "Напомним, накануне из-за конфликта с премьер-министром по поводу границы в отставку подал "
        "глава британского МИД."
    )
    detail = (
        "В частности, министр сообщил, что Лондон предложит особый режим пересечения границы для тех, "
        "кто едет на работу."
    )
    expert = (
        "Эксперты считают, что переговоры о границе с Евросоюзом продлятся до конца года и будут трудными."
    )
    for story in ([recap, lead, detail, expert], [f"{lead} {detail}", recap, expert]):
        source = Source(path="seeds/test.txt", sha256="0" * 64, text="\n\n".join(story), language="ru")
        source.paragraphs = story
        source.title = "Лондон будет настаивать на отмене свободного пересечения границы"
        summary = [s.text for s in extract_briefing(source, nlp, lexicon).summary]
        assert summary == [lead], summary


def test_a_sentence_opened_by_a_preposition_and_a_pronoun_points_back(nlp, lexicon):
    """ "Despite this, ...", "Об этом сообщил ...": it leans on what the sentence before said, so it
    is never the bottom line (the parser's tree and morphology, no word list)."""
    story = [
        "The city council voted on Tuesday to close three public libraries in the north of the city "
        "to save 2 million dollars a year.",
        "Despite this, the libraries in the north of the city will keep their reading rooms open to "
        "pupils after school.",
        "The libraries will close at the end of March and their books will move to the central library.",
        "Council leader Anna Berg said the city had no choice after the state cut its grant by a fifth.",
    ]
    b = brief(nlp, lexicon, story, title="Council votes to close three libraries")
    assert b.summary and story[1] not in [s.text for s in b.summary + b.key_points]
