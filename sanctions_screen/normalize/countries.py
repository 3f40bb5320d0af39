"""Country names, demonyms and list spellings to ISO 3166-1 alpha-2 codes.

pycountry carries the ISO table (names, official names, codes) and its translations; the
names in Russian, Ukrainian, Korean, Chinese and Japanese are read from those, as files
from those countries write them ('КНДР' and 'Россия' are added: ISO has only the full
names). The lists also write demonyms ('North Korean'), short forms ('DPRK', 'Russia') and
inverted forms ('Korea, North'). Those are added here, gathered from the UN, EU and OFAC
files in ``lists/``.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import lru_cache

import pycountry

__all__ = ["normalize_country"]

# Spellings seen in the bundled UN, EU and OFAC files (and common demonyms) that the
# ISO table does not know. Keys are folded with _fold().
_ALIASES: dict[str, str] = {
    "dprk": "KP",
    "d p r k": "KP",
    "n korea": "KP",
    "north korea": "KP",
    "korea north": "KP",
    "north korean": "KP",
    "korean dprk": "KP",
    "democratic peoples republic of korea": "KP",
    "democratic people s republic of korea": "KP",
    "dpr korea": "KP",
    "dpr of korea": "KP",
    "south korea": "KR",
    "korea south": "KR",
    "republic of korea": "KR",
    "korea republic of": "KR",
    "south korean": "KR",
    "russia": "RU",
    "russian": "RU",
    "russian federation": "RU",
    "ussr": "SU",
    "soviet union": "SU",
    "chinese": "CN",
    "china peoples republic of": "CN",
    "peoples republic of china": "CN",
    "hong kong sar": "HK",
    "hong kong china": "HK",
    "macau": "MO",
    "macao": "MO",
    "iran": "IR",
    "iranian": "IR",
    "iran islamic republic of": "IR",
    "syria": "SY",
    "syrian": "SY",
    "turkey": "TR",
    "burma": "MM",
    "bolivia plurinational state of": "BO",
    "congo democratic republic of the": "CD",
    "democratic republic of the congo": "CD",
    "congo republic of the": "CG",
    "belarusian": "BY",
    "ukrainian": "UA",
    "vietnam": "VN",
    "vietnamese": "VN",
    "laos": "LA",
    "lao peoples democratic republic": "LA",
    "united states": "US",
    "usa": "US",
    "american": "US",
    "uk": "GB",
    "united kingdom": "GB",
    "british": "GB",
    "uae": "AE",
    "emirati": "AE",
    "taiwan province of china": "TW",
    "venezuela": "VE",
    "venezuela bolivarian republic of": "VE",
    "tanzania": "TZ",
    "moldova": "MD",
    "palestinian": "PS",
    "west bank": "PS",
    "gaza": "PS",
    "cote divoire": "CI",
    "ivory coast": "CI",
    "kosovo": "XK",
    "crimea": "UA",
    "region crimea": "UA",
    "afghan": "AF",
    "iraqi": "IQ",
    "libyan": "LY",
    "yemeni": "YE",
    "somali": "SO",
    "sudanese": "SD",
    "lebanese": "LB",
    "pakistani": "PK",
    "indian": "IN",
    "egyptian": "EG",
    "saudi": "SA",
    "saudi arabian": "SA",
    "kuwaiti": "KW",
    "jordanian": "JO",
    "tunisian": "TN",
    "algerian": "DZ",
    "moroccan": "MA",
    "german": "DE",
    "french": "FR",
    "italian": "IT",
    "spanish": "ES",
    "cuban": "CU",
    "mongolian": "MN",
    "burmese": "MM",
    "singaporean": "SG",
    "malaysian": "MY",
    "thai": "TH",
    "cambodian": "KH",
    "indonesian": "ID",
    "filipino": "PH",
    "japanese": "JP",
    "kazakh": "KZ",
    "uzbek": "UZ",
    "georgian": "GE",
    "armenian": "AM",
    "azerbaijani": "AZ",
    "serbian": "RS",
    "nicaraguan": "NI",
    "belarussian": "BY",
    "israeli": "IL",
    "finnish": "FI",
    "cypriot": "CY",
    "croatian": "HR",
    "swiss": "CH",
    "moldovan": "MD",
    "uzbekistani": "UZ",
    "canadian": "CA",
    "state of palestine": "PS",
    "china hong kong special administrative region": "HK",
    "former soviet union": "SU",
    "north macedonia the republic of": "MK",
    "the gambia": "GM",
    "man isle of": "IM",
    "st kitts nevis": "KN",
    "st vincent and the grenadines": "VC",
}


# ISO 3166 translations read (pycountry's gettext catalogues): the languages of the
# counterparty files this library is for.
_LANGUAGES = ("ru", "uk", "ko", "zh_CN", "zh_TW", "ja")
# Short names those files use that the ISO translations do not have (they name the
# country in full: 'Российская Федерация', '러시아 연방').
_NATIVE_ALIASES: dict[str, str] = {
    "россия": "RU",
    "рф": "RU",
    "кндр": "KP",
    "кнр": "CN",
    "оаэ": "AE",
    "сша": "US",
    "росія": "RU",
    "북한": "KP",
    "조선": "KP",
    "북조선": "KP",
    "한국": "KR",
    "남한": "KR",
    "러시아": "RU",
    "北韩": "KP",
    "朝鮮": "KP",  # as 朝鲜 (ISO's Chinese) in traditional characters
    "俄国": "RU",
    "ロシア": "RU",
}


def _without_marks(text: str) -> str:
    """``text`` in lower case with its accents and stress marks taken off (NFKD)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _native_key(text: str) -> str:
    """A country name in any script, folded: accents and stress marks off, lower case,
    punctuation as spaces ('Осо́бый' is 'особыи', as 'Особый' is)."""
    return " ".join(re.sub(r"[\W_]+", " ", _without_marks(text)).split())


@lru_cache(maxsize=1)
def _native_names() -> dict[str, str]:
    """Folded country names in :data:`_LANGUAGES` -> ISO alpha-2 code."""
    table: dict[str, str] = {}
    for language in _LANGUAGES:
        try:
            catalogue = gettext.translation(
                "iso3166-1", pycountry.LOCALES_DIR, languages=[language]
            )
        except OSError:  # pragma: no cover - a pycountry build without this language
            continue
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                english = getattr(country, attribute, None)
                if english:
                    translated = catalogue.gettext(english)
                    if translated != english:
                        table.setdefault(_native_key(translated), str(country.alpha_2))
    table.update({_native_key(name): code for name, code in _NATIVE_ALIASES.items()})
    return table


def _fold(text: str) -> str:
    bare = _without_marks(text).replace("’", "").replace("'", "")
    return re.sub(r"[^a-z]+", " ", bare).strip()


@lru_cache(maxsize=4096)
def normalize_country(text: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code for a country name, demonym or code; None if unknown.

    Example:
        >>> [normalize_country(t) for t in ["Democratic People's Republic of Korea", "DPRK",
        ...     "North Korean", "Korea, North", "Russian Federation", "kp", "Atlantis"]]
        ['KP', 'KP', 'KP', 'KP', 'RU', 'KP', None]
        >>> [normalize_country(t) for t in ["КНДР", "조선민주주의인민공화국", "朝鲜", "Россия"]]
        ['KP', 'KP', 'KP', 'RU']
    """
    if text is None:
        return None
    stripped = text.strip().strip(".")
    if not stripped:
        return None
    folded = _fold(stripped)
    if folded in _ALIASES:
        return _ALIASES[folded]
    if not stripped.isascii():  # 'КНДР', '북한', '朝鲜', 'ロシア連邦', 'Россия'
        native = _native_names().get(_native_key(stripped))
        if native is not None:
            return native
    if len(stripped) in (2, 3) and stripped.isalpha():
        record = pycountry.countries.get(alpha_2=stripped.upper()) or pycountry.countries.get(
            alpha_3=stripped.upper()
        )
        return str(record.alpha_2) if record is not None else None
    try:
        return str(pycountry.countries.lookup(stripped).alpha_2)
    except LookupError:
        pass
    # "Korea, Democratic People's Republic of" style inversions and "X (Y)" qualifiers;
    # the part in brackets may be the one that names a country ('Korea (DPRK)').
    simplified = re.sub(r"\s*\(.*?\)\s*", " ", stripped).strip()
    if simplified != stripped:
        inner = re.findall(r"\((.*?)\)", stripped)
        return normalize_country(simplified) or next(
            (code for code in map(normalize_country, inner) if code is not None), None
        )
    return None
