"""Foreign names written in katakana, read back into Latin letters.

Japanese writes foreign names in katakana, a vowel after every consonant: Sergei Shoigu is
セルゲイ・ショイグ, Lavrov ラブロフ or ラヴロフ, Vladimir ウラジーミル, and Japan's lists
of sanctioned Russians are written so. Read as Japanese (``serugei shoigu``, ``raburofu``)
such a name is far from its English spelling. :func:`read_foreign_katakana` drops the
vowels Japanese adds: u after a consonant (ル r, ブ v, フ f, ス s, ク k) and o after t and
d (ド d, ト t) when another consonant or the word's end follows; reads ー as nothing, ヴ and
ワ as v, ハ行 as kh (х), シャ行 as sh, a final フ as the v of -ov, and a first ラ行 as l (a
second form has b, r and f where these differ). The matcher's romanisation keys and edit
budget take the result (``sergei shoigu``, ``lavrov``) the rest of the way.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["read_foreign_katakana"]

# Consonants the Japanese vowel u follows without being said (a consonant alone), and
# those after which o is added (t, d).
_MUTE_U = frozenset({"b", "d", "f", "k", "l", "m", "p", "r", "s", "ts", "v", "z", "kh"})
_MUTE_O = frozenset({"t", "d"})
_VOWELS = "aiueo"
_PALATAL = {"s": "sh", "t": "ch", "z": "zh", "d": "zh"}
# The second Russian reading (see _read_word): a consonant, or a consonant before a
# vowel, read otherwise.
_SOFT: dict[str | tuple[str, str], str] = {
    "r": "l",
    "b": "v",
    ("z", "i"): "d",
    ("zh", "i"): "d",
    ("z", "e"): "d",
    ("zh", "e"): "d",
}


def _mora(char: str) -> tuple[str, str] | str | None:
    """A katakana character as (consonant, vowel); 'small x' for a small vowel or y-kana,
    'skip' for ー and ッ; None for any other character."""
    name = unicodedata.name(char, "")
    if "PROLONGED SOUND MARK" in name or name == "KATAKANA LETTER SMALL TU":
        return "skip"
    if not name.startswith("KATAKANA LETTER "):
        return None
    letter = name.removeprefix("KATAKANA LETTER ").lower()
    if letter.startswith("small "):
        return letter
    if letter == "n":
        return ("n", "")
    consonant, vowel = letter[:-1], letter[-1:]
    if vowel not in _VOWELS:
        return None
    consonant = {"h": "kh", "w": "v"}.get(consonant, consonant)
    if letter == "hu":
        consonant = "f"  # フ
    elif letter == "tu":
        consonant = "ts"  # ツ: ц
    return (consonant, vowel)


def _moras(word: str) -> list[tuple[str, str, bool]] | None:
    """The word's moras as (consonant, vowel, long): a small kana joined to the mora
    before it, ー marking that mora's vowel long, ッ dropped."""
    moras: list[tuple[str, str, bool]] = []
    for char in word:
        mora = _mora(char)
        if mora is None:
            return None
        if mora == "skip":
            if moras and unicodedata.name(char, "").endswith("PROLONGED SOUND MARK"):
                moras[-1] = (*moras[-1][:2], True)
            continue
        if isinstance(mora, str):  # a small kana changes the mora before it
            small = mora.removeprefix("small ")
            if not moras:
                return None
            consonant, vowel, long = moras.pop()
            if small in ("ya", "yu", "yo"):
                consonant = _PALATAL.get(consonant, consonant + "y")
                vowel = small[1]
            elif small in _VOWELS:
                if vowel == "i" and consonant in _PALATAL:
                    consonant = _PALATAL[consonant]  # シェ she, チェ che, ジェ zhe
                elif consonant == "" and vowel == "u":
                    consonant = "v"  # ウィ, ウェ: v (or w)
                vowel = small
            moras.append((consonant, vowel, long))
            continue
        moras.append((*mora, False))
    return moras


def _read_word(
    word: str, *, russian: bool, soft: bool = False, first_r: bool = False
) -> str | None:
    """One katakana word in Latin letters: as Russian names have it, or plainly. With
    ``soft``, ジ is д (ジェ де: メドヴェージェフ Medvedev), every ラ行 л (コズロフ
    Kozlov) and バ行 в (メドベージェフ), as often in Russian names: a second Russian
    reading."""
    moras = _moras(word)
    if not moras:
        return None
    if soft:
        moras = [(_SOFT.get((c, v), _SOFT.get(c, c)), v, long) for c, v, long in moras]
    first_l = False
    if russian and len(moras) > 1 and moras[0][:2] == ("", "u") and moras[1][0] in "rl":
        moras = [("v", "", False), *moras[1:]]  # ウラジーミル: Вл
        first_l = True
    out: list[str] = []
    for index, (consonant, vowel, long) in enumerate(moras):
        last = index == len(moras) - 1
        following = "" if last else moras[index + 1][0]
        mute = (vowel == "u" and consonant in _MUTE_U) or (vowel == "o" and consonant in _MUTE_O)
        # A word's first ル is a syllable (ルスラン Ruslan): no Russian word starts рс, рк.
        first_ru = index == 0 and consonant in ("r", "l") and not last
        if mute and not long and not first_ru and (last or (following and following != "n")):
            vowel = ""
            if consonant == "f" and last and russian:
                consonant = "v"  # -ofu: -ov
            elif consonant == "b" and russian:
                consonant = "v"  # ブ before a consonant: в (Lavrov)
        if (
            consonant == "r"
            and russian
            and ((index == 0 and not first_r) or (index == 1 and first_l))
        ):
            consonant = "l"  # a first ラ行 (Lavrov), Вл
        out.append(consonant + vowel)
    return "".join(out)


@lru_cache(maxsize=4096)
def read_foreign_katakana(text: str) -> tuple[str, ...]:
    """A foreign name in katakana read back into Latin letters, one word per katakana word
    (words cut at spaces and ・): first as Russian names have it, then with b, r and f,
    then with every ラ行 as l, バ行 as v and ジ as d (Kozlov, Medvedev), then as Russian
    with a first ラ行 as r (Ramzan Kadyrov).
    Empty unless every word is katakana.

    Args:
        text: Folded text in katakana.

    Example:
        >>> read_foreign_katakana("セルゲイ ショイグ")
        ('sergei shoigu', 'selgei shoigu')
        >>> read_foreign_katakana("セルゲイ ラブロフ")
        ('sergei lavrov', 'sergei rabrof', 'selgei lavlov', 'sergei ravrov')
        >>> read_foreign_katakana("ウラジーミル プーチン")[0]
        'vlazimir putin'
    """
    words = text.replace("・", " ").split()
    forms: list[str] = []
    for russian, soft, first_r in (
        (True, False, False),
        (False, False, False),
        (True, True, False),
        (True, False, True),
    ):
        read = [_read_word(word, russian=russian, soft=soft, first_r=first_r) for word in words]
        if not read or any(r is None for r in read):
            return ()
        forms.append(" ".join(r for r in read if r))
    return tuple(dict.fromkeys(forms))
