"""Look-alike letters of another script inside a name are read in the name's script."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize import fold_text, latin_forms
from sanctions_screen.normalize.homoglyphs import repair_homoglyphs

CASES: list[tuple[str, str]] = [
    # As the EU 269/2014 transcription publishes them: Latin i and o in Cyrillic words.
    ("Андрiй Юрiйович ПIНЧУК", "андрій юрійович пінчук"),
    ("‘Нарoдное oпoлчéние Дoнбáсса’", "народное ополчение донбасса"),
    # Disguised names: a Cyrillic о, a Greek word of capitals that look Latin.
    ("Kim Jоng Un", "kim jong un"),
    ("ΚΙΜ JONG UN", "kim jong un"),
    ("ВОRIS", "boris"),
    # Names written twice, in two scripts: left alone.
    ("Sergei SHOIGU Сергей Шойгу", "sergei shoigu сергей шойгу"),
    ("KIM Kwang Yon 김광연", "kim kwang yon 김광연"),
    ("Иван Ivan", "иван ivan"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fold_reads_look_alikes_in_the_script_around_them(text: str, expected: str) -> None:
    assert fold_text(text) == expected


def test_disguised_name_has_one_latin_form() -> None:
    assert latin_forms("Kim Jоng Un") == ("kim jong un",)
    assert latin_forms("Андрiй ПIНЧУК")[0] == latin_forms("Андрій ПІНЧУК")[0]


_LOOK_ALIKE = {"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у"}


@given(st.data(), st.text(alphabet="acdeiklopstxy", min_size=3, max_size=12))
def test_a_minority_of_look_alikes_in_a_latin_word_is_undone(
    data: st.DataObject, word: str
) -> None:
    swappable = [i for i, c in enumerate(word) if c in _LOOK_ALIKE]
    limit = (len(word) - 1) // 2  # strictly fewer than half the letters
    chosen = (
        data.draw(st.lists(st.sampled_from(swappable), max_size=limit, unique=True))
        if swappable
        else []
    )
    disguised = "".join(_LOOK_ALIKE[c] if i in chosen else c for i, c in enumerate(word))
    assert repair_homoglyphs(disguised) == word


@given(st.text())
def test_repair_is_idempotent_on_folded_text(text: str) -> None:
    once = repair_homoglyphs(fold_text(text))
    assert repair_homoglyphs(once) == once
