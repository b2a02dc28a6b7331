"""The header of a page in a language without a pipeline whose date words and bylines its data
names (generator/data/<lang>/dates.yaml and sources.yaml, read on its own pages only): Korean,
Chinese and Japanese dates written with marks ("2024년 3월 31일", "2024年3月31日"), Danish,
Icelandic, Croatian and Persian date lines, a later update's line under the first, Korean and
Icelandic bylines that name the writer before their word ("김민수 기자", "Jón Jónsson skrifar"),
an Indonesian label ("Penulis")."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from generator.dates import parse_date_line, reading_in
from generator.readers.language import detect_language
from tests.readers.readkit import read

MENU = "  • Home\n  • News\n  • Sport"
SHARE = "  • Facebook  • Twitter  • WhatsApp"

STORY = {
    "ko": [
        "시의회는 화요일 저녁 긴 토론 끝에 강 위의 낡은 다리를 내년 봄에 철거하고 "
        "약속보다 2년 늦게 완공될 새 다리로 교체하기로 결정했다고 밝혔다. 주민들은 "
        "오랫동안 이 결정을 기다려 왔다.",
        "국토교통부가 이번 주 발표한 보고서에 따르면 공사 지연의 주된 원인은 철강 부족과 "
        "임시 지지대를 휩쓸어 간 두 차례의 홍수였다. 보고서는 추가 비용도 상당할 "
        "것이라고 지적했다.",
        "강 건너편 주민들은 현재 낮에만 운행하는 나룻배를 이용해야 한다며 수십 년 동안 "
        "다리를 기다려 왔고 정치인들의 약속에 지쳤다고 말했다. 시는 내년 예산에 관련 "
        "비용을 반영할 방침이다.",
    ],
    "da": [
        "Byrådet besluttede tirsdag aften efter en lang debat at rive den gamle bro over "
        "åen ned til foråret og erstatte den med en ny, som først står færdig to år "
        "senere end lovet.",
        "Forsinkelsen skyldes især mangel på stål og to oversvømmelser, der rev de "
        "midlertidige støtter væk, fremgår det af en rapport fra ministeriet, som blev "
        "offentliggjort i denne uge.",
        "Beboerne på den anden bred, som i dag må tage en færge, der kun sejler i "
        "dagslys, siger, at de har ventet på broen i årtier og er trætte af politikernes "
        "løfter.",
    ],
    "is": [
        "Bæjarstjórn ákvað á þriðjudagskvöld eftir langar umræður að rífa gömlu brúna "
        "yfir ána næsta vor og reisa nýja brú sem verður tilbúin tveimur árum seinna en "
        "lofað hafði verið.",
        "Töfin stafar einkum af stálskorti og tveimur flóðum sem sópuðu burt "
        "bráðabirgðastoðum, að því er fram kemur í skýrslu ráðuneytisins sem birt var í "
        "þessari viku.",
        "Íbúar á hinum bakkanum, sem þurfa nú að nota ferju sem aðeins siglir í "
        "dagsbirtu, segjast hafa beðið eftir brúnni í áratugi og vera orðnir þreyttir á "
        "loforðum stjórnmálamanna.",
    ],
    "id": [
        "Dewan kota pada Selasa malam setelah perdebatan panjang memutuskan untuk "
        "membongkar jembatan tua di atas sungai pada musim semi mendatang dan "
        "menggantinya dengan jembatan baru yang selesai dua tahun lebih lambat dari "
        "janji.",
        "Keterlambatan itu terutama disebabkan kekurangan baja dan dua kali banjir yang "
        "menyeret penyangga sementara, menurut laporan kementerian yang diterbitkan pekan "
        "ini.",
        "Warga di seberang sungai, yang kini harus menggunakan perahu penyeberangan yang "
        "hanya beroperasi pada siang hari, mengatakan mereka sudah menunggu jembatan itu "
        "selama puluhan tahun.",
    ],
    "ar": [
        "قرر المجلس البلدي مساء الثلاثاء بعد نقاش طويل هدم الجسر القديم فوق النهر في "
        "الربيع المقبل واستبداله بجسر جديد سيكتمل بعد عامين من الموعد الذي وعدت به "
        "السلطات المحلية السكان.",
        "ويعود التأخير أساسا إلى نقص الحديد وإلى فيضانين جرفا الدعامات المؤقتة، بحسب "
        "تقرير لوزارة النقل نشر هذا الأسبوع واطلعت عليه الصحيفة.",
        "ويقول سكان الضفة الأخرى، الذين يضطرون اليوم إلى استخدام عبارة لا تعمل إلا في "
        "النهار، إنهم ينتظرون الجسر منذ عقود وإنهم سئموا وعود السياسيين.",
    ],
}


def dump(language: str, header: list[str], tail: list[str] = ()) -> str:
    """A page of `language` as a text browser prints it: masthead, menu, header, story, footer."""
    story = ["\n".join(textwrap.wrap(p, 80)) for p in STORY[language]]
    parts = ["Example Daily", MENU, *header, *story, *tail, SHARE, "© 2024 Example Daily"]
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("ko", "2024년 3월 31일 오후 7시 59분"),
        ("ko", "입력 2024.03.31 오후 7:59 업데이트 2024.04.01 오전 8:10"),
        ("ko", "기사입력 2024-03-31 19:59"),
        ("zh", "2024年3月31日 19:59"),
        ("zh", "发布时间：2024年03月31日 19:59"),
        ("zh", "发布 / 2024年3月31日 下午7:59"),
        ("ja", "2024年3月31日 19時59分"),
        ("da", "Opdateret 31. mar. 2024 kl. 19:59"),
        ("da", "31. marts 2024 kl. 19.59"),
        ("is", "31.3.2024 kl. 23:55"),
        ("hr", "31.03.2024. u 19:59"),
        ("hr", "Objavljeno: 31. ožujka 2024. u 19:59"),
        ("fa", "تاریخ انتشار: ۳۱ مارس ۲۰۲۴ - ۱۹:۵۹"),
        ("fa", "تاریخ انتشار: ۲۰۲۴/۰۳/۳۱"),
        ("sv", "Publicerad 31 mar 2024"),
    ],
)
def test_a_date_line_in_the_words_of_a_language_without_a_pipeline_dates_its_page(language, line):
    """Korean writes its months with digits ("3월"), so a calendar of month names had nothing to
    read; Chinese and Japanese the same with "年", "月", "日"; Danish, Icelandic, Croatian and
    Persian had no labels ("kl.", "u", "تاریخ انتشار"); Swedish "mar" was no month. Each line
    dated nothing; a page told to be in the language reads it."""
    with reading_in(language):
        assert parse_date_line(line) == date(2024, 3, 31)


def test_the_words_of_a_language_read_on_its_own_pages_date_no_other_page():
    """Korean labels and marks are read on a Korean page only: an English page is not dated by them."""
    assert parse_date_line("2024년 3월 31일 오후 7시 59분") is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (" ".join(STORY["da"]), "da"),
        (" ".join(STORY["is"]), "is"),
        ("پل قدیمی روی رودخانه بهار آینده تخریب می‌شود و این تصمیم برای ساکنان شهر مهم است", "fa"),
    ],
)
def test_a_story_is_told_its_own_language_not_a_neighbours(lexicon, text, language):
    """A Danish story was told Swedish (whose month names are not Danish), an Icelandic one
    undetermined, a Persian one Arabic: their own commonest words tell them now."""
    assert detect_language(text, lexicon) == language


def test_a_korean_page_is_dated_by_its_first_line_not_by_the_update_under_it(tmp_path, lexicon):
    source = read(
        tmp_path,
        lexicon,
        dump("ko", ["강 위 낡은 다리, 내년 봄 철거", "입력 2024.03.31 19:59", "수정 2024.04.01 08:10"]),
    )
    assert source.published == date(2024, 3, 31)


def test_a_korean_byline_names_the_writer_before_the_word_reporter(tmp_path, lexicon):
    header = ["강 위 낡은 다리, 내년 봄 철거", "정수민 기자, 이하늘 기자", "입력 2024.03.31 19:59"]
    source = read(tmp_path, lexicon, dump("ko", header))
    assert source.authors == ["정수민", "이하늘"]
    assert source.published == date(2024, 3, 31)


def test_a_korean_sign_off_with_an_address_names_the_writer(tmp_path, lexicon):
    source = read(
        tmp_path,
        lexicon,
        dump("ko", ["강 위 낡은 다리, 내년 봄 철거", "2024-03-31 19:59"], ["이재연 기자 jy@example.co.kr"]),
    )
    assert source.authors == ["이재연"]
    assert not any("기자" in p for p in source.paragraphs)


def test_an_icelandic_byline_names_the_writer_before_skrifar(tmp_path, lexicon):
    source = read(
        tmp_path,
        lexicon,
        dump("is", ["Brú yfir ána rifin næsta vor", "Anna Sigurðardóttir skrifar", "31. mars 2024"]),
    )
    assert source.authors == ["Anna Sigurðardóttir"]
    assert source.published == date(2024, 3, 31)


@pytest.mark.parametrize(
    ("language", "byline", "name"),
    [
        ("id", "Penulis Budi Santoso", "Budi Santoso"),
    ],
)
def test_a_labelled_byline_of_another_language_names_the_writer_alone(
    tmp_path, lexicon, language, byline, name
):
    """Indonesian "Penulis" (writer) was kept as part of the name."""
    header = ["Stari most preko rijeke bit će srušen na proljeće", byline, "31.03.2024. 19:59"]
    source = read(tmp_path, lexicon, dump(language, header))
    assert source.authors == [name]


def test_a_section_name_in_a_script_without_capitals_beside_the_date_is_no_author(tmp_path, lexicon):
    """A word of Arabic has no capital to tell a name by: a section's name over the date line
    ("القارات السبع", the seven continents) is no one's byline on a page whose data does not say
    its language writes names so."""
    header = ["هدم الجسر القديم فوق النهر الربيع المقبل", "القارات السبع", "٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠"]
    source = read(tmp_path, lexicon, dump("ar", header))
    assert source.authors == []
