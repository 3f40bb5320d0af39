"""Country names and codes as lists and counterparty files write them, in their scripts."""

from __future__ import annotations

import pytest

from sanctions_screen import Counterparty, Screener, load_bundled
from sanctions_screen.normalize import normalize_country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Lists and English-language files.
        ("DPRK", "KP"),
        ("D.P.R.K.", "KP"),
        ("Korea, North", "KP"),
        ("Korea (DPRK)", "KP"),  # the part in brackets names it
        ("PRK", "KP"),
        ("Russian Federation", "RU"),
        ("Voronezh (Russian Federation)", "RU"),
        # Russian and Ukrainian: ISO's translations, and the short names files use.
        ("Корейская Народно-Демократическая Республика", "KP"),
        ("КНДР", "KP"),
        ("Корея (КНДР)", "KP"),
        ("Северная Корея", "KP"),
        ("Российская Федерация", "RU"),
        ("Россия", "RU"),
        ("РФ", "RU"),
        ("Китай", "CN"),
        ("Объединенные Арабские Эмираты", "AE"),  # е for ё
        ("Україна", "UA"),
        # Korean, Chinese, Japanese.
        ("조선민주주의인민공화국", "KP"),
        ("북한", "KP"),
        ("러시아", "RU"),
        ("러시아 연방", "RU"),
        ("대한민국", "KR"),
        ("朝鲜", "KP"),
        ("朝鮮民主主義人民共和國", "KP"),
        ("北韓", "KP"),
        ("俄罗斯", "RU"),
        ("中华人民共和国", "CN"),
        ("香港", "HK"),
        ("北朝鮮", "KP"),
        ("ロシア連邦", "RU"),
    ],
)
def test_a_country_in_any_script_has_its_code(text: str, code: str) -> None:
    assert normalize_country(text) == code


@pytest.mark.parametrize("text", ["Корея", "Korea", "Атлантида", "조선소", "", "  "])
def test_what_names_no_one_country_has_no_code(text: str) -> None:
    # 'Korea' alone is either; 조선소 is a shipyard, not 조선.
    assert normalize_country(text) is None


def test_a_nationality_in_korean_or_russian_is_evidence() -> None:
    screener = Screener(load_bundled(["un"]))
    for nationality, effect in (("КНДР", 1), ("조선", 1), ("朝鲜", 1), ("Россия", -1)):
        query = Counterparty(name="Yun Ho-jin", nationality=nationality)
        hit = next(h for h in screener.screen(query).hits if h.entry.reference == "KPi.001")
        feature = next(f for f in hit.features if f.name == "country")
        assert feature.effect * effect > 0, (nationality, feature)
