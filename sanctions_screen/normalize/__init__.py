"""Normalisation: pure text functions that make names and values comparable.

The domain is the written form of what lists and queries say: a name in any script and
any romanisation (Hangul, Hanja, Cyrillic, McCune-Reischauer, Revised Romanisation,
passport spellings) becomes folded Latin forms (:func:`latin_forms`), tokens, Korean
syllable keys (:func:`korean_token_key`), Russian romanisation keys
(:func:`romanization_key`) and legal forms (:func:`split_legal_forms`);
countries, dates and identifiers get their canonical values. No I/O: the only data read
are constants inside the package and the tables of the ``hanja``, ``pypinyin`` and
``iuliia`` packages (and, with the ``japanese`` extra, cutlet's dictionary).
"""

from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.cyrillic import romanize_cyrillic
from sanctions_screen.normalize.dates import BirthDateError, parse_list_date, read_birth_date
from sanctions_screen.normalize.forms import latin_forms, latin_forms_of_folded
from sanctions_screen.normalize.han import romanize_han, sino_korean_reading
from sanctions_screen.normalize.identifiers import is_valid_imo, normalize_identifier, normalize_imo
from sanctions_screen.normalize.japanese import japanese_available, romanize_japanese
from sanctions_screen.normalize.korean import (
    is_hangul_syllable,
    is_korean_syllable,
    korean_token_key,
    romanize_hangul,
    split_korean_syllables,
)
from sanctions_screen.normalize.legal_forms import (
    GENERIC_ORG_TOKENS,
    LEGAL_FORM_KEYS,
    SHIP_WORDS,
    is_legal_form_only,
    spell_native_legal_forms,
    split_legal_forms,
    strip_vessel_prefix,
)
from sanctions_screen.normalize.numbers import (
    NUMBER_WORDS,
    drop_number_signs,
    normalize_digit_ordinals,
    normalize_number_tokens,
)
from sanctions_screen.normalize.other_scripts import romanize_greek, romanize_kana
from sanctions_screen.normalize.romanized import romanization_key, spell_caron_letters
from sanctions_screen.normalize.scripts import detect_script
from sanctions_screen.normalize.text import fold_text, tokenize

__all__ = [
    "GENERIC_ORG_TOKENS",
    "LEGAL_FORM_KEYS",
    "NUMBER_WORDS",
    "SHIP_WORDS",
    "BirthDateError",
    "detect_script",
    "drop_number_signs",
    "fold_text",
    "is_hangul_syllable",
    "is_korean_syllable",
    "is_legal_form_only",
    "is_valid_imo",
    "japanese_available",
    "korean_token_key",
    "latin_forms",
    "latin_forms_of_folded",
    "normalize_country",
    "normalize_digit_ordinals",
    "normalize_identifier",
    "normalize_imo",
    "normalize_number_tokens",
    "parse_list_date",
    "read_birth_date",
    "romanization_key",
    "romanize_cyrillic",
    "romanize_greek",
    "romanize_han",
    "romanize_hangul",
    "romanize_japanese",
    "romanize_kana",
    "sino_korean_reading",
    "spell_caron_letters",
    "spell_native_legal_forms",
    "split_korean_syllables",
    "split_legal_forms",
    "strip_vessel_prefix",
    "tokenize",
]
