"""Country names, demonyms and list spellings to ISO 3166-1 alpha-2 codes.

pycountry carries the ISO table (names, official names, codes); the lists also write
demonyms ('North Korean'), short forms ('DPRK', 'Russia') and inverted forms ('Korea,
North'). Those are added here, gathered from the UN, EU and OFAC files in ``lists/``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

__all__ = ["normalize_country"]

# Spellings seen in the bundled UN, EU and OFAC files (and common demonyms) that the
# ISO table does not know. Keys are folded with _fold().
_ALIASES: dict[str, str] = {
    "dprk": "KP",
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


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c))
    ascii_only = ascii_only.replace("’", "").replace("'", "")
    return re.sub(r"[^a-z]+", " ", ascii_only.casefold()).strip()


@lru_cache(maxsize=4096)
def normalize_country(text: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code for a country name, demonym or code; None if unknown.

    Example:
        >>> [normalize_country(t) for t in ["Democratic People's Republic of Korea", "DPRK",
        ...     "North Korean", "Korea, North", "Russian Federation", "kp", "Atlantis"]]
        ['KP', 'KP', 'KP', 'KP', 'RU', 'KP', None]
    """
    if text is None:
        return None
    stripped = text.strip().strip(".")
    if not stripped:
        return None
    folded = _fold(stripped)
    if folded in _ALIASES:
        return _ALIASES[folded]
    if len(stripped) in (2, 3) and stripped.isalpha():
        record = pycountry.countries.get(alpha_2=stripped.upper()) or pycountry.countries.get(
            alpha_3=stripped.upper()
        )
        return str(record.alpha_2) if record is not None else None
    try:
        return str(pycountry.countries.lookup(stripped).alpha_2)
    except LookupError:
        pass
    # "Korea, Democratic People's Republic of" style inversions and "X (Y)" qualifiers.
    simplified = re.sub(r"\s*\(.*?\)\s*", " ", stripped).strip()
    if simplified != stripped:
        return normalize_country(simplified)
    return None
