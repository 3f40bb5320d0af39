"""The entry point of normalisation: every name to its comparable Latin forms.

The matching engine calls :func:`latin_forms` on each listed name when it builds the
index and on each query when it screens; both sides then compare folded Latin tokens
(through :func:`~sanctions_screen.normalize.korean.korean_token_key` where they are
Korean). Transliterations are cached, since list and query names repeat.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from sanctions_screen.normalize.cyrillic import romanize_folded_cyrillic
from sanctions_screen.normalize.han import romanize_han, sino_korean_reading
from sanctions_screen.normalize.han_foreign import read_foreign_han
from sanctions_screen.normalize.hangul_foreign import looks_foreign, read_foreign_hangul
from sanctions_screen.normalize.japanese import romanize_japanese
from sanctions_screen.normalize.kana_foreign import read_foreign_katakana
from sanctions_screen.normalize.korean import romanize_hangul
from sanctions_screen.normalize.korean_kana import read_korean_katakana, read_korean_ship_katakana
from sanctions_screen.normalize.legal_forms import is_legal_form_only, spell_native_legal_forms
from sanctions_screen.normalize.org_names import read_han_org_name, read_korean_org_name
from sanctions_screen.normalize.other_scripts import romanize_greek, romanize_kana
from sanctions_screen.normalize.russian_orgs import read_russian_org_name
from sanctions_screen.normalize.scripts import _char_script, detect_script
from sanctions_screen.normalize.text import fold_text

__all__ = ["MAX_FORMS", "latin_forms", "latin_forms_of_folded"]

#: At most this many forms per name. The brief for the matcher budgets ~6 forms: its cost
#: per query grows linearly with them, and the transliterators rarely give more than
#: five distinct forms (Cyrillic: three schemes + anglicised + two Korean readings).
MAX_FORMS = 6


def _han_forms(text: str) -> tuple[str, ...]:
    """Han characters read as an organisation's name in English words (if it is one) or
    as a Russian name in Chinese transcription (谢尔盖·绍伊古), in Korean and Chinese,
    then in Japanese (with the extra); a DPRK ship's name with the suffix 号 (天马山号,
    金云山3号) first in Korean without it."""
    return (
        _han_ship_forms(text)
        + read_han_org_name(text)
        + read_foreign_han(text)
        + romanize_han(text)
        + romanize_japanese(text)
    )


def _hangul_forms(text: str) -> tuple[str, ...]:
    """Hangul read as an organisation's name in English words (if it is one), or as a
    foreign name (if it looks like one: 세르게이 쇼이구), then syllable by syllable; a
    ship's name also without its suffix 호 (ship)."""
    forms = read_korean_org_name(text)
    if not forms and looks_foreign(text):
        forms = read_foreign_hangul(text)
    forms += romanize_hangul(text)
    if _is_ship_name(text):
        forms += tuple(f[: -len(" ho")] for f in forms if f.endswith(" ho"))
    return forms


def _han_ship_forms(text: str) -> tuple[str, ...]:
    """A ship's name in Han characters ending in 号 or 號 (as Chinese port records write
    DPRK ships: 天马山号, 金云山3号): its Korean reading without the suffix, the first
    character not read as a surname (金 is 금 here), as the lists romanise DPRK ships."""
    if not _is_ship_name(text, ("号", "號")):
        return ()
    reading = sino_korean_reading(text[:-1].rstrip(), surname=False)
    return romanize_hangul(reading) if reading is not None else ()


def _is_ship_name(text: str, suffixes: tuple[str, ...] = ("호",)) -> bool:
    """Whether ``text`` ends in a ship suffix (호, 号) after a number (지성6호) or a name
    of three characters or more (천마산호): shorter ones read as personal names (리창호;
    中国号 read 'jung guk' met the person O Chong Kuk)."""
    last = text.split()[-1] if text.strip() else ""
    return last.endswith(suffixes) and (last[-2:-1].isdigit() or len(last) >= 4)


def _cyrillic_forms(text: str) -> tuple[str, ...]:
    """Cyrillic read as a Russian organisation's name in English words (if it is one),
    then by the transliteration schemes (Korean readings first for a Korean name)."""
    return read_russian_org_name(text) + romanize_folded_cyrillic(text)  # folded already


_ROMANIZERS: dict[str, Callable[[str], tuple[str, ...]]] = {
    "hangul": _hangul_forms,
    "han": _han_forms,
    "cyrillic": _cyrillic_forms,
    "greek": lambda text: (romanize_greek(text),),
    "kana": lambda text: (romanize_kana(text),),
}


_TRANSLITERATED = frozenset(_ROMANIZERS)
_ORG_READERS: dict[str, Callable[..., tuple[str, ...]]] = {
    "han": read_han_org_name,
    "hangul": read_korean_org_name,
    "cyrillic": read_russian_org_name,
}


def _script_runs(text: str) -> list[tuple[str, str]]:
    """Cut ``text`` where the script of its letters changes; non-letters stay in the run."""
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        script = _char_script(char)
        if script is not None and (not runs or runs[-1][0] != script):
            if runs and runs[-1][0] == "":
                runs[-1] = (script, runs[-1][1])  # leading non-letters join the first run
            else:
                runs.append((script, []))
        if not runs:
            runs.append(("", []))
        runs[-1][1].append(char)
    return [(script, "".join(chars)) for script, chars in runs]


def _forms_by_runs(text: str) -> list[str]:
    """Forms of mixed text: each script run romanised alone, best candidates first.

    Lists put two scripts side by side for one name (``KIM Kwang Yon 김광연``, ``Jin
    Tiesan (金铁三)``), so each run is a form of its own rather than part of one string;
    but a run that is only a legal form (``Romashka ООО``) is added to the others' forms.
    """
    candidates: list[tuple[str, ...]] = []
    legal: list[str] = []
    runs = _script_runs(text)
    # Beside a legal form ('保利科技 co ltd'), a Han or Hangul run names an organisation.
    known_org = any(
        script == "latin" and is_legal_form_only(fold_text(run).split()) for script, run in runs
    )
    for script, run in runs:
        romanize = _ROMANIZERS.get(script)
        options = romanize(run) if romanize else (fold_text(run),)
        if known_org and script in _ORG_READERS:
            options = tuple(dict.fromkeys(_ORG_READERS[script](run, known_org=True) + options))
        if options and is_legal_form_only(options[0].split()):
            legal.append(options[0])  # 'Romashka ООО': the form belongs to the name
        else:
            candidates.append(options)
    if not candidates:
        return [" ".join(legal)]
    suffix = "".join(f" {form}" for form in legal)
    forms: list[str] = []
    for rank in range(max(len(c) for c in candidates)):
        forms.extend(options[rank] + suffix for options in candidates if rank < len(options))
    return forms


def latin_forms(text: str) -> tuple[str, ...]:
    """The deduplicated, folded Latin candidate forms of a name in any script.

    By :func:`~sanctions_screen.normalize.scripts.detect_script`:

    - latin (and text without letters): the folded text;
    - hangul: :func:`~sanctions_screen.normalize.korean.romanize_hangul`;
    - han: :func:`~sanctions_screen.normalize.han.romanize_han`, then Japanese readings
      (:func:`~sanctions_screen.normalize.japanese.romanize_japanese`, with the
      ``japanese`` extra);
    - cyrillic: :func:`~sanctions_screen.normalize.cyrillic.romanize_cyrillic`;
    - kana: a Korean name in katakana read as Korean syllables first
      (:func:`~sanctions_screen.normalize.korean_kana.read_korean_katakana`), then the
      Japanese readings of the whole name (with the extra);
    - greek, kana: the transliterators in :mod:`~sanctions_screen.normalize.other_scripts`
      (kana run by run, its Han characters read as above);
    - mixed: each script run's forms, interleaved by rank;
    - arabic, hebrew, thai: the folded text in its own script. Those are not
      transliterated (no runtime dependency does it well; see ``other_scripts``), so such
      names only meet list names written in the same script.

    Letters a transliterator cannot read (rare Han characters, lone jamo) are left out.
    At most :data:`MAX_FORMS` forms; idempotent on its outputs (a Latin form's forms are
    just that form).

    Args:
        text: A name as listed or queried.

    Returns:
        The forms, best first; empty for text with no letter or digit.

    Example:
        >>> latin_forms("CH’OE Ryong-hae")
        ('choe ryong hae',)
        >>> latin_forms("김정은")[0], latin_forms("金正恩")[0], latin_forms("Ким Чен Ын")[0]
        ('kim jong un', 'kim jong un', 'kim jong un')
        >>> latin_forms("KIM Kwang Yon 김광연")[:2]
        ('kim kwang yon', 'gim gwang yeon')
    """
    # NFKC first (the micro sign is Greek mu, ｋ is k), then CJK legal forms in Latin.
    folded = spell_native_legal_forms(fold_text(text))
    return latin_forms_of_folded(folded, detect_script(folded))


def latin_forms_of_folded(folded: str, script: str) -> tuple[str, ...]:
    """:func:`latin_forms` of text already folded (with its CJK legal forms spelt in
    Latin), whose script is ``script``: what a caller that has folded the text needs."""
    if script in ("latin", "unknown"):
        return (folded,) if folded else ()
    return _transliterated(folded, script)


@lru_cache(maxsize=65536)
def _transliterated(folded: str, script: str) -> tuple[str, ...]:
    if script in ("mixed", "kana"):
        forms: list[str] | tuple[str, ...] = _forms_by_runs(folded)
        if script == "kana":
            # A Korean name in katakana (キム・ジョンウン) reads as Korean first; kana
            # with kanji is Japanese: its whole-name readings come before the kana's.
            forms = [
                # A Japanese firm's name: kanji business words, a katakana proper name
                # (朝鮮リョンボン総会社, タンチョン商業銀行).
                *(read_han_org_name(folded) if not _HAS_LATIN.search(folded) else ()),
                *read_korean_ship_katakana(folded),  # チョンマサン号
                *read_korean_katakana(folded),
                *read_foreign_katakana(folded),  # セルゲイ・ショイグ: sergei shoigu
                *romanize_japanese(folded),
                *forms,
            ]
    elif script in _ROMANIZERS:
        forms = _ROMANIZERS[script](folded)
    else:
        return (folded,)
    return tuple(dict.fromkeys(f for f in map(_drop_unread, forms) if f))[:MAX_FORMS]


_HAS_LATIN = re.compile("[a-z]")


def _drop_unread(form: str) -> str:
    """Remove letters the transliterators could not read (rare Han, lone jamo, ...)."""
    if form.isascii():
        return form
    return fold_text("".join(c for c in form if _char_script(c) not in _TRANSLITERATED))
