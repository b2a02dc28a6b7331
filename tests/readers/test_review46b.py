"""Review 46b: failing tests for the readers' rules merged after 65e622a (_caption_over_lead).
The texts are made up for these tests."""

from __future__ import annotations

from tests.readers.readkit import read

HEADLINE = "Лавров заявил о готовности к переговорам"
LEAD_REST = (
    "Лавров заявил, что Москва готова к переговорам с Киевом без предварительных условий, однако "
    "западные страны, по его словам, мешают этому процессу уже несколько месяцев подряд."
)
NEXT = (
    "Он добавил, что российская делегация готова прибыть в Стамбул в любой день на следующей неделе, "
    "если украинская сторона подтвердит своё участие во встрече и назовёт состав своей делегации."
)


def test_the_first_line_of_a_hard_wrapped_lead_is_no_photos_caption(lexicon, tmp_path):
    # a lead wrapped in the middle of a name: its first line is a few capitalised words with no
    # stop over a line of prose, the shape _caption_over_lead deletes; at 65e622a it was kept
    first = "В среду глава МИД России Сергей"
    source = read(tmp_path, lexicon, f"{HEADLINE}\n\n{first}\n{LEAD_REST}\n\n{NEXT}\n")
    assert source.title == HEADLINE
    assert any(first in paragraph for paragraph in source.paragraphs)


def test_a_translators_note_signs_no_outlet(lexicon, tmp_path):
    # _noted_site takes the capitalised word after "прим." for the site signing the note; only
    # "ред" is kept out (boilerplate.yaml site_notes), so the translator's "Пер." became the outlet
    lead = (
        "Министр заявил журналистам, что «они» (американские партнёры — Прим. Пер.) не выполнили "
        "ни одного из своих обещаний, данных на встрече в Женеве в прошлом месяце."
    )
    source = read(
        tmp_path, lexicon, f"Министр обвинил партнёров в невыполнении обещаний\n\n{lead}\n\n{NEXT}\n"
    )
    assert source.outlet != "Пер."
