"""Japanese readings of kanji and kana names (the optional ``japanese`` extra)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sanctions_screen import DEFAULT_THRESHOLD, compare_names
from sanctions_screen.normalize import fold_text, latin_forms
from sanctions_screen.normalize import japanese as ja
from sanctions_screen.normalize.forms import MAX_FORMS

needs_reader = pytest.mark.skipif(
    not ja.japanese_available(), reason="the 'japanese' extra is not installed"
)


@needs_reader
@pytest.mark.parametrize(
    ("kanji", "latin"),
    [
        ("山田太郎", "Yamada Taro"),  # watchman's pairs
        ("田中花子", "Tanaka Hanako"),
        ("安倍晋三", "Abe Shinzo"),  # long vowel: Shinzō
        ("鈴木一郎", "Suzuki Ichiro"),
        ("高橋美咲", "Takahashi Misaki"),
        ("山田たろう", "Yamada Taro"),  # kanji and kana in one name
    ],
)
def test_japanese_names_meet_their_usual_latin_spelling(kanji: str, latin: str) -> None:
    assert compare_names(kanji, latin) >= DEFAULT_THRESHOLD
    assert compare_names(latin, kanji) >= DEFAULT_THRESHOLD


@needs_reader
def test_long_vowels_come_short_first_then_as_romanised() -> None:
    assert ja.romanize_japanese("安倍晋三") == ("abe shinzo", "abe shinzou")
    assert ja.romanize_japanese("田中花子") == ("tanaka hanako",)


@needs_reader
def test_korean_and_chinese_readings_keep_the_lead() -> None:
    # The Japanese reading comes after the Korean and Chinese ones: 金正恩 is still
    # Kim Jong Un first, and still meets him.
    forms = latin_forms("金正恩")
    assert forms[0] == "kim jong un"
    assert "xi jinping" in latin_forms("习近平")
    assert len(latin_forms("山田太郎")) <= MAX_FORMS
    assert compare_names("金正恩", "Kim Jong Un") >= DEFAULT_THRESHOLD


@needs_reader
def test_unread_characters_give_no_partial_reading() -> None:
    # cutlet marks a character it has no reading for with '?': no form rather than half
    # a name.
    assert ja.romanize_japanese("𠀋𠀋") == ()


def test_without_the_extra_kanji_are_read_in_korean_and_chinese(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ja, "_reader", lambda: None)
    ja.romanize_japanese.cache_clear()
    try:
        assert ja.romanize_japanese("山田太郎") == ()
        assert not ja.japanese_available()
    finally:
        ja.romanize_japanese.cache_clear()


@needs_reader
def test_a_character_the_reader_trips_on_leaves_the_other_readings() -> None:
    # cutlet raises KeyError on code points unassigned in the kana block (U+3097, U+3098):
    # no Japanese reading then, and the name keeps its kana reading.
    assert ja.romanize_japanese("シ\u3098ゅ") == ()
    assert latin_forms("シ\u3098ゅ")


@given(st.text(st.characters(min_codepoint=0x3000, max_codepoint=0x9FFF), max_size=12))
@settings(max_examples=200, deadline=None)
def test_any_kana_or_kanji_text_gets_forms_without_error(text: str) -> None:
    for form in latin_forms(text):
        assert form == fold_text(form)


@given(st.text(alphabet="山田太郎花子中安倍晋三鈴木一高橋美咲たろうはなこシンゾウ ー", max_size=12))
@settings(max_examples=60, deadline=None)
def test_readings_are_folded_ascii_and_stable_under_folding(text: str) -> None:
    for form in ja.romanize_japanese(text):
        assert form.isascii()
        assert fold_text(form) == form
        assert ja.shorten_long_vowels(form) in ja.romanize_japanese(text)


def test_shortening_long_vowels_is_idempotent() -> None:
    for word in ("shinzou", "oono", "yuuko", "tarou", "kyouto"):
        once = ja.shorten_long_vowels(word)
        assert ja.shorten_long_vowels(once) == once


def test_readings_of_han_are_not_split_again_as_korean_syllables() -> None:
    # Han readings come split as they should be (a syllable per character, pinyin both
    # ways, Japanese by word); splitting them again made 'wang we i' of 'wang wei'.
    from sanctions_screen.matching.forms import prepare_name

    texts = {form.text for form in prepare_name("王伟")}
    assert "wang wei" in texts
    assert "wang we i" not in texts
    if ja.japanese_available():
        assert "shu u tou" not in {form.text for form in prepare_name("周涛")}
