"""Latin spellings of one Russian name under different romanisation schemes.

A name written in Cyrillic reaches Latin lists and users under many schemes: English
press and BGN/PCGN (Yury, Sergey, Yevgeny, Pyotr), ICAO passports (Iurii, Sergei,
Evgenii, Petr), older Russian passports (Yuriy, Dmitriy), German and Polish (Jurij,
Jewgeni, Alexej, Schtschukin), ISO 9 and scholarly (Aleksej, Jurʹevič, Kuznecov), plus
the English habits of x for ks and -er for -r (Alexander). A Latin query rarely spells a
listed Russian name the way the list does.

:func:`romanization_key` maps each of these spellings of one token to one key, so that
two tokens with the same key are the same Cyrillic name read by two schemes. It only
collapses differences that these schemes make, letter for letter; it does not translate
names (Mikhail is not Michael). :func:`spell_caron_letters` gives the letters with a
caron their English spelling before folding would reduce them to c, s, z.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sanctions_screen.normalize.korean_key import is_korean_syllable, split_korean_syllables

__all__ = ["is_patronymic", "is_patronymic_key", "romanization_key", "spell_caron_letters"]

# Consonants written with several letters, longest spelling first. Each maps to the
# English (BGN/PCGN) spelling of its Cyrillic letter: щ, ч, ш, х, ц, кс, then German and
# Polish letters for в and й. A c outside ch and cz is ц, as scholarly and passport
# schemes write it (an English c for k, Victor, stays one letter from Viktor).
_CONSONANTS: dict[str, str] = {
    "schtsch": "shch",  # German щ
    "szcz": "shch",  # Polish щ
    "shch": "shch",
    "tsch": "ch",  # German ч
    "tch": "ch",  # French ч
    "cz": "ch",  # Polish ч
    "ch": "ch",
    "sch": "sh",  # German ш
    "sh": "sh",
    "sz": "sh",  # Polish ш: Szojgu
    "kh": "h",  # х: Mikhail, Mihail
    "tz": "ts",
    "c": "ts",  # ц in ISO 9, scholarly, UNGEGN and Polish spellings: Kuznecov
    "x": "ks",  # Alexei, Aleksei
    "w": "v",  # German and Polish в
    "j": "y",  # German and Polish й: Jurij, Alexej, Natalja
}
_CONSONANT_PATTERN = re.compile("|".join(sorted(_CONSONANTS, key=len, reverse=True)))
# Korean syllables keep j: in Korean j and y are two consonants (Jong and Yong).
_KOREAN_CONSONANTS = {k: v for k, v in _CONSONANTS.items() if k != "j"}
_KOREAN_PATTERN = re.compile("|".join(sorted(_KOREAN_CONSONANTS, key=len, reverse=True)))

_VOWELS = "aeiouy"
# е at the start of a name or after a vowel: ye (BGN), e (ICAO), ie, je (Yevgeny, Evgenii,
# Andreyev, Andreev).
_IOTATED_E = re.compile(rf"(?:^|(?<=[{_VOWELS}]))[yi]e")
# ё after a consonant, not at the end: yo, io, e (Pyotr, Piotr, Petr; Semyon, Semen).
_IO = re.compile(rf"(?<=[^{_VOWELS}])[yi]o(?=.)")
# ы, й and и in their many forms (Dmitriy, Dmitrii, Dmitry, Dmitrij; Yury, Iurii):
# y is i, and a run of i is one.
_I_RUN = re.compile(r"i+")
_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1")  # Gennady, Genady
# English -er for a final -r after a consonant: Alexander, Aleksandr; Peter, Petr.
_FINAL_ER = re.compile(r"(?<=[bdgkpt])er$")


# A token with none of these is its own key (most are: Kim, Ivanov, Smith), and the
# substitutions below are skipped: every one of them needs one of these to change a token.
_MAY_CHANGE = re.compile(r"[cxwjy]|kh|sz|tz|ii|ie|io|([b-df-hj-np-tv-z])\1|[bdgkpt]er$")


def _english_consonant(match: re.Match[str]) -> str:
    return _CONSONANTS[match.group()]


@lru_cache(maxsize=65536)
def romanization_key(token: str) -> str:
    """The key of a folded Latin token shared by its spellings under common Russian
    romanisation schemes; tokens other than lowercase ASCII letters are returned as is.

    Args:
        token: One folded token.

    Example:
        >>> {romanization_key(t) for t in ("yuri", "yury", "yuriy", "iurii", "jurij")}
        {'iuri'}
        >>> {romanization_key(t) for t in ("sergei", "sergey", "sergej")}
        {'sergei'}
        >>> {romanization_key(t) for t in ("shoigu", "schoigu", "szojgu")}
        {'shoigu'}
        >>> {romanization_key(t) for t in ("yevgeny", "evgenii", "jewgeni")}
        {'evgeni'}
        >>> sorted({romanization_key(t) for t in ("pyotr", "petr", "aleksandr", "alexander")})
        ['aleksandr', 'petr']
        >>> romanization_key("jong") == romanization_key("yong")  # Korean: two names
        False
        >>> romanization_key("pyong") == romanization_key("peng")
        False
    """
    if not token.isascii() or not token.isalpha() or _MAY_CHANGE.search(token) is None:
        return token
    # What no Korean romanisation tells apart: what a token also read as Korean ('yuri'
    # is 유리) may merge. Jong/Yong, Pyong/Peng and Ssang/Sang are two syllables each.
    korean = _KOREAN_PATTERN.sub(_english_consonant, token)
    korean = _I_RUN.sub("i", korean.replace("y", "i"))
    key = _CONSONANT_PATTERN.sub(_english_consonant, token)
    key = _IOTATED_E.sub("e", key)
    key = _IO.sub("e", key)
    # A soft sign before е is y, i or nothing (Yuryevich, Jurievich, Yurevich).
    key = _I_RUN.sub("i", key.replace("y", "i")).replace("ie", "e")
    key = _DOUBLE.sub(r"\1", key)
    key = _FINAL_ER.sub("r", key)
    if key != korean and (is_korean_syllable(token) or split_korean_syllables(token)):
        return korean
    return key


# ISO 9 and scholarly letters for ч ш ж щ я ю: folding would make them c s z s a u,
# which then read as other letters.
_CARON_LETTERS = str.maketrans(
    {"č": "ch", "š": "sh", "ž": "zh", "ŝ": "shch", "â": "ya", "û": "yu"}
    | {"Č": "Ch", "Š": "Sh", "Ž": "Zh", "Ŝ": "Shch", "Â": "Ya", "Û": "Yu"}
)
_CARON = re.compile("[čšžŝâûČŠŽŜÂÛ]")


def spell_caron_letters(text: str) -> str | None:
    """``text`` with ISO 9 and scholarly letters (č š ž ŝ â û) spelt as English does
    (ch sh zh shch ya yu), or None when it has none of them.

    Example:
        >>> spell_caron_letters("Aleksej Jurʹevič ČERNJaK")
        'Aleksej Jurʹevich ChERNJaK'
        >>> spell_caron_letters("Kim Jong Un") is None
        True
    """
    if text.isascii() or _CARON.search(text) is None:
        return None
    return text.translate(_CARON_LETTERS)


# Patronymics (Russian -ovich, -evna, -ichna; Ukrainian -ovych, -ivna; Belarusian -avich):
# written in any scheme, they end so under romanization_key.
_PATRONYMIC_ENDINGS = ("vich", "vna", "ichna")
_CYRILLIC_PATRONYMIC_ENDINGS = ("вич", "вна", "ична")


@lru_cache(maxsize=65536)
def is_patronymic(token: str) -> bool:
    """Whether a folded token is an East Slavic patronymic (Sergeyevich, Jurʹevič with its
    carons spelt, Aleksandrovna, Ilyinichna, Serhiyivna), by its romanisation key's ending.

    Example:
        >>> [is_patronymic(t) for t in ("sergeyevich", "aleksandrovna", "alexandrov")]
        [True, True, False]
        >>> is_patronymic("petrovic")  # a Serbian surname, not a patronymic
        False
        >>> is_patronymic("михайлович"), is_patronymic("михайлов")
        (True, False)
    """
    return is_patronymic_key(romanization_key(token))


def is_patronymic_key(key: str) -> bool:
    """:func:`is_patronymic` of the token whose :func:`romanization_key` is ``key`` (a
    Cyrillic token is its own key)."""
    if not key.isascii():
        return len(key) > 5 and key.endswith(_CYRILLIC_PATRONYMIC_ENDINGS)
    return len(key) > 6 and key.endswith(_PATRONYMIC_ENDINGS)
