"""Organisation legal forms, generic organisation words and vessel prefixes.

``Korea Namgang Trading Corporation`` and ``Korea Namgang Trading Company`` are one
listing; ``ООО Восточная Стивидорная`` and ``LLC Vostochnaya Stevedoring`` are one
company. :func:`split_legal_forms` takes the legal form out of a folded name and writes it
as a canonical key (``llc``, ``jsc``, ``co``, ``corp``, ``ltd``, ...) in every language
and abbreviation, so the matcher can weigh it low. :data:`GENERIC_ORG_TOKENS` lists the
words that are in the name but say little about which organisation it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import product

__all__ = [
    "GENERIC_ORG_TOKENS",
    "LEGAL_FORM_KEYS",
    "SHIP_WORDS",
    "is_legal_form_only",
    "split_legal_forms",
    "strip_vessel_prefix",
]

#: Words that are part of many DPRK organisation names without telling them apart: most
#: UN/EU/OFAC DPRK entities are "Korea ... Trading/General/Shipping Corporation/Co"
#: (KPe.001-075), and the romanised Korean words for Korea (Choson/Joson), trading
#: (muyok) and company (hoesa, chonghoesa) likewise. The matcher should weigh them low;
#: they are kept in the core tokens because some names are little else.
GENERIC_ORG_TOKENS: frozenset[str] = frozenset(
    {
        "korea",
        "korean",
        "trading",
        "general",
        "group",
        "international",
        "shipping",
        "co",
        "company",
        "corporation",
        "corp",
        "dprk",
        "choson",
        "chosun",
        "joson",
        "muyok",
        "hoesa",
        "chonghoesa",
    }
)


def _variants(*parts: str) -> list[str]:
    """All spellings from alternatives separated by '|' in each part."""
    return [" ".join(words) for words in product(*(part.split("|") for part in parts))]


_RU_ADJ = "ogranichennoy|ogranichennoi|ogranichennoj|ogranichennoyu"
_RU_LIABILITY = "otvetstvennostyu|otvetstvennostiu|otvetstvennostju|otvetstvennostu"
_RU_JOINT = "aktsionernoye|aktsionernoe|aktsionernoie|akcionernoe"

# Spelling (folded tokens joined by spaces) -> canonical keys. Cyrillic spellings are
# the folded lowercase Russian/Ukrainian forms; Latin transliterations of the long
# Russian forms are generated for the schemes in normalize.cyrillic.
_FORMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        [
            "llc",
            "l l c",
            "limited liability company",
            "limited liability co",
            "ooo",
            "o o o",
            "ооо",
            "tov",
            "тов",
            "тоо",
            "gmbh",
            "sarl",
            "общество с ограниченной ответственностью",
            "товариство з обмеженою відповідальністю",
            *_variants("obshchestvo|obschestvo", "s", _RU_ADJ, _RU_LIABILITY),
        ],
        ("llc",),
    ),
    **dict.fromkeys(
        [
            "jsc",
            "j s c",
            "pjsc",
            "ojsc",
            "cjsc",
            "ao",
            "ао",
            "zao",
            "зао",
            "oao",
            "оао",
            "pao",
            "пао",
            "ag",
            "sa",
            "joint stock company",
            "joint stock co",
            "public joint stock company",
            "open joint stock company",
            "closed joint stock company",
            "акционерное общество",
            "публичное акционерное общество",
            "открытое акционерное общество",
            "закрытое акционерное общество",
            *_variants(_RU_JOINT, "obshchestvo|obschestvo"),
            *_variants(
                "publichnoye|publichnoe|otkrytoye|otkrytoe|zakrytoye|zakrytoe",
                _RU_JOINT,
                "obshchestvo|obschestvo",
            ),
        ],
        ("jsc",),
    ),
    **dict.fromkeys(["co", "company", "компания", "kompaniya", "kompaniia", "kompania"], ("co",)),
    **dict.fromkeys(["co ltd", "company limited", "co limited", "company ltd"], ("co", "ltd")),
    **dict.fromkeys(["ltd", "limited", "ltda", "pte ltd", "sdn bhd", "l t d"], ("ltd",)),
    **dict.fromkeys(["corp", "corporation", "корпорация", "korporatsiya"], ("corp",)),
    **dict.fromkeys(
        ["general corporation", "general corp", "gen corp", "general company"],
        ("general", "corp"),
    ),
    **dict.fromkeys(
        ["trading company", "trading co", "trading corporation", "trading corp"],
        ("trading",),
    ),
    **dict.fromkeys(["inc", "incorporated"], ("inc",)),
    **dict.fromkeys(["plc", "public limited company"], ("plc",)),
    **dict.fromkeys(["fze", "fzco", "fzc", "fz llc"], ("fze",)),
    # German, Polish and Romanian long forms (seen in EU 269/2014 and name_bench).
    **dict.fromkeys(
        ["aktiengesellschaft", "aktiengeselschaft", "akg"],
        ("jsc",),
    ),
    **dict.fromkeys(
        [
            "gesellschaft mit beschrankter haftung",
            "sp z o o",
            "sp zoo",
            "spolka z ograniczona odpowiedzialnoscia",
            "societatea cu raspundere limitata",
            "srl",
            "s r l",
        ],
        ("llc",),
    ),
}
_LONGEST = max(len(spelling.split()) for spelling in _FORMS)
_FIRST_TOKENS = frozenset(spelling.split()[0] for spelling in _FORMS)

#: Every canonical legal-form key :func:`split_legal_forms` can return.
LEGAL_FORM_KEYS: frozenset[str] = frozenset(key for keys in _FORMS.values() for key in keys)

# One-token forms that are also words or Korean syllables ("sa" 사, "ao", "co", "ag"):
# taken as legal forms only at the start or end of the name.
_EDGE_ONLY = frozenset({"sa", "ag", "ao", "ао", "co", "tov", "тов", "тоо"})

# MV, MT, SS and the words for a ship Russian documents put before its name (судно,
# теплоход, т/х, сухогруз), in Cyrillic and transliterated.
_VESSEL_PREFIXES: tuple[tuple[str, ...], ...] = (
    ("m", "v"),
    ("m", "t"),
    ("mv",),
    ("mt",),
    ("ss",),
    *((word,) for word in ("судно", "теплоход", "сухогруз", "sudno", "teplokhod", "sukhogruz")),
    ("т", "х"),
    ("t", "kh"),
)
# Words for a ship that are also English words a firm's name may begin with ('Tanker
# Pacific'): taken as a prefix only where the name is read as a ship's (``ship=True``).
SHIP_WORDS: frozenset[str] = frozenset({"танкер", "балкер", "tanker", "balker", "bulker"})
_SHIP_WORDS: tuple[tuple[str, ...], ...] = tuple((word,) for word in sorted(SHIP_WORDS))
_PREFIX_STARTS = frozenset(prefix[0] for prefix in _VESSEL_PREFIXES + _SHIP_WORDS)


def split_legal_forms(tokens: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split folded name tokens into core tokens and canonical legal-form keys.

    Multi-token forms are matched longest first ("limited liability company", "co ltd",
    "obshchestvo s ogranichennoy otvetstvennostyu"); ambiguous one-token forms ("sa",
    "ao", "co") count only at either end. A name that is nothing but legal forms keeps
    its tokens as the core and has no legal form.

    Args:
        tokens: Folded tokens (see :func:`~sanctions_screen.normalize.text.tokenize`).

    Returns:
        ``(core_tokens, legal_form_keys)``.

    Example:
        >>> split_legal_forms(("korea", "namgang", "trading", "corporation"))
        (('korea', 'namgang'), ('trading',))
        >>> split_legal_forms(("ооо", "восточная", "стивидорная"))
        (('восточная', 'стивидорная'), ('llc',))
        >>> split_legal_forms(("chonmyong", "shipping", "co", "ltd"))
        (('chonmyong', 'shipping'), ('co', 'ltd'))
        >>> split_legal_forms(("company",))
        (('company',), ())
    """
    if _FIRST_TOKENS.isdisjoint(tokens):
        return tuple(tokens), ()  # the common case: no word starts a legal form
    core, legal = _split_legal_forms(tuple(tokens))
    if not core:
        return tuple(tokens), ()
    return core, legal


@lru_cache(maxsize=65536)
def _split_legal_forms(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Core tokens and legal-form keys; the core may be empty."""
    core: list[str] = []
    legal: list[str] = []
    index = 0
    while index < len(tokens):
        if tokens[index] not in _FIRST_TOKENS:  # the common case: a word of the name
            core.append(tokens[index])
            index += 1
            continue
        for size in range(min(_LONGEST, len(tokens) - index), 0, -1):
            spelling = " ".join(tokens[index : index + size])
            keys = _FORMS.get(spelling)
            at_edge = index == 0 or index + size == len(tokens)
            if keys is not None and (size > 1 or spelling not in _EDGE_ONLY or at_edge):
                legal.extend(keys)
                index += size
                break
        else:
            core.append(tokens[index])
            index += 1
    return tuple(core), tuple(legal)


def strip_vessel_prefix(tokens: Sequence[str], *, ship: bool = False) -> tuple[str, ...]:
    """Drop a leading ship prefix: MV, M/V (folded ``m v``), MT, M/T, SS, and the Russian
    words for a ship (судно, теплоход, т/х, sudno, ...).

    A name that is nothing but the prefix is returned unchanged, and so is one where a
    single letter follows it: the letters are an acronym ('M.T.T. LTDA.').

    Args:
        tokens: Folded tokens of a vessel name.
        ship: the name is read as a ship's: 'tanker' and 'bulker' (танкер, балкер) are
            prefixes too.

    Returns:
        The tokens without the prefix.

    Example:
        >>> strip_vessel_prefix(("m", "v", "chon", "myong", "1"))
        ('chon', 'myong', '1')
        >>> strip_vessel_prefix(("mt", "yu", "jong", "2"))
        ('yu', 'jong', '2')
        >>> strip_vessel_prefix(("m", "t", "t", "ltda"))
        ('m', 't', 't', 'ltda')
        >>> name = ("tanker", "angara")
        >>> strip_vessel_prefix(name), strip_vessel_prefix(name, ship=True)
        (('tanker', 'angara'), ('angara',))
    """
    name = tuple(tokens)
    if not name or name[0] not in _PREFIX_STARTS:
        return name  # the common case
    for prefix in _VESSEL_PREFIXES + _SHIP_WORDS if ship else _VESSEL_PREFIXES:
        if name[: len(prefix)] == prefix and len(name) > len(prefix):
            if len(name[len(prefix)]) == 1 and name[len(prefix)].isalpha():
                break  # 'm t t': an acronym, not a prefix
            name = name[len(prefix) :]
            break
    return name


# Legal forms written in Chinese, Korean and Japanese. These scripts put no space between
# a firm's name and its form ('巨航航空科技有限公司'), and a Latin name may end in one
# ('Horizon Exports 有限公司'): each is replaced by a Latin spelling that
# split_legal_forms knows, so it weighs as a legal form and not as two or four syllables
# of the name. Longest first: '股份有限公司' before '有限公司'.
_NATIVE_FORMS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            "股份有限公司": "co ltd",  # company limited by shares (China, Taiwan)
            "有限责任公司": "llc",
            "有限責任公司": "llc",
            "有限公司": "co ltd",
            "주식회사": "co ltd",  # jusik hoesa, written 'Co., Ltd.' in English
            "유한책임회사": "llc",
            "유한회사": "llc",
            "株式会社": "co ltd",  # kabushiki kaisha
            "有限会社": "llc",  # yugen kaisha
            "合同会社": "llc",  # godo kaisha
        }.items(),
        key=lambda item: -len(item[0]),
    )
)
_NATIVE_CHARS = frozenset("".join(native for native, _ in _NATIVE_FORMS))


@lru_cache(maxsize=65536)
def spell_native_legal_forms(folded: str) -> str:
    """Folded text with Chinese, Korean and Japanese legal forms at the start or end of a
    word replaced by their Latin spelling.

    Args:
        folded: Folded text (see :func:`~sanctions_screen.normalize.text.fold_text`).

    Example:
        >>> spell_native_legal_forms("horizon exports 有限公司")
        'horizon exports co ltd'
        >>> spell_native_legal_forms("巨航航空科技 深圳 有限公司")
        '巨航航空科技 深圳 co ltd'
        >>> spell_native_legal_forms("조선광선은행주식회사")
        '조선광선은행 co ltd'
        >>> spell_native_legal_forms("유한")  # a name, not a legal form
        '유한'
    """
    if folded.isascii() or _NATIVE_CHARS.isdisjoint(folded):
        return folded  # Latin, Cyrillic, ...: no CJK legal form can be in it
    words = []
    for word in folded.split(" "):
        for native, latin in _NATIVE_FORMS:
            if word == native:
                word = latin
            elif word.endswith(native):
                word = f"{word[: -len(native)]} {latin}"
            elif word.startswith(native):
                word = f"{latin} {word[len(native) :]}"
            else:
                continue
            break
        words.append(word)
    return " ".join(words)


def is_legal_form_only(tokens: Sequence[str]) -> bool:
    """Whether a name is nothing but legal forms ('Co., Ltd.', 'LLC'): it names nothing.

    Args:
        tokens: Folded tokens.

    Example:
        >>> is_legal_form_only(("co", "ltd")), is_legal_form_only(("ryonbong", "co"))
        (True, False)
        >>> is_legal_form_only(())
        False
    """
    if _FIRST_TOKENS.isdisjoint(tokens):
        return False  # no word starts a legal form (empty names too)
    return not _split_legal_forms(tuple(tokens))[0]
