"""Name forms: a name turned into comparable tokens, keys and weights.

A name in any script becomes one or more Latin forms (normalize.latin_forms); each form
is tokenised, and each token gets a key (a Korean syllable's phonetic key, else the token)
and a weight by its role: for organisations legal forms and generic words weigh little,
for vessels a 'MV' prefix is dropped. These are cheap ``__slots__`` objects: the index
holds tens of thousands of them.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

from sanctions_screen.models import EntityKind
from sanctions_screen.normalize import (
    GENERIC_ORG_TOKENS,
    NUMBER_WORDS,
    SHIP_WORDS,
    detect_script,
    drop_number_signs,
    fold_text,
    is_korean_syllable,
    is_legal_form_only,
    korean_token_key,
    latin_forms,
    latin_forms_of_folded,
    normalize_digit_ordinals,
    normalize_number_tokens,
    spell_caron_letters,
    spell_native_legal_forms,
    split_korean_syllables,
    split_legal_forms,
    strip_vessel_prefix,
)
from sanctions_screen.normalize.given_names import related_given_names
from sanctions_screen.normalize.korean_key import split_korean_word
from sanctions_screen.normalize.russian_orgs import read_transliterated_russian_org_name

__all__ = [
    "NATIVE_SCRIPTS",
    "NameForm",
    "acronym_in_brackets",
    "has_brackets",
    "insertion_cost_of",
    "is_firm",
    "name_forms",
    "prepare_name",
    "without_brackets",
    "word_key",
]

# Token weights. Tuned by hand on the Company rows of nomenklatura's name_bench and the
# organisation cases in tests/matching: a legal form must not make two firms alike, a
# generic word ('korea', 'trading') only a little.
CORE_WEIGHT = 1.0
GENERIC_WEIGHT = 0.35
LEGAL_FORM_WEIGHT = 0.15
INITIAL_WEIGHT = 0.5  # a one-letter token (an initial) says less than a whole name
# A token one name has and the other lacks costs this share of its weight. For people a
# middle name or patronymic is often left out (0.5); for organisations an extra word is
# usually another entity ('Banco Santander' v 'Banco Santander Mexico'), so it costs
# almost fully. Set on name_bench's Person and Company rows.
PERSON_INSERTION_COST = 0.5
ORG_INSERTION_COST = 0.9
# Articles and conjunctions in organisation names ('The Homs Refinery Company', 'H and M'):
# dropped, so 'AT&T' and 'AT and T' are one name.
ORG_STOPWORDS = frozenset({"the", "and", "of", "for", "und", "et", "y"})
# ... and in people's names and nicknames ('Omar the Chechen', 'The Butcher of Paoua'), as
# untyped names drop them; 'y' is kept there (an initial: 'POSPELOV, Vladimir Y').
PERSON_STOPWORDS = ORG_STOPWORDS - {"y"}
# Digits typed for look-alike letters inside a word ('Ig0r Sech1n').
_LEET = str.maketrans("013457", "oieast")
# Scripts whose names also keep a form as written: two such names are compared natively.
NATIVE_SCRIPTS = frozenset({"hangul", "han", "cyrillic", "kana", "greek"})


# Tokens written differently that are one word, keyed alike: Arabic name particles
# ('el-Assad', 'al-Assad', 'ul-Haq'); the DPRK's own name for Korea (Choson), which its
# firms' names carry as others carry 'Korea'; English words of organisation names in
# their other forms (Banking Corporation, Industrial Group) and abbreviations (Dev, Dept,
# Mgmt, Shpg).
_WORD_KEYS = {
    "el": "al",
    "ul": "al",
    "ad": "al",
    "ed": "al",
    "ibn": "bin",
    "bint": "bin",
    "choson": "korea",
    "chosun": "korea",
    "joson": "korea",
    "josun": "korea",
    "banking": "bank",
    "industrial": "industry",
    "industries": "industry",
    "technologies": "technology",
    "center": "centre",
    # Abbreviations of organisation words as lists and payment messages write them.
    "dev": "development",
    "devt": "development",
    "dept": "department",
    "mgmt": "management",
    "mgt": "management",
    "intl": "international",
    "tech": "technology",
    "ind": "industry",
    "inds": "industry",
    "mfg": "manufacturing",
    "natl": "national",
    "shpg": "shipping",
    "trdg": "trading",
    "eng": "engineering",
    "equip": "equipment",
    "chem": "chemical",
    "assn": "association",
    "assoc": "association",
}
_WORD_KEY_SET = frozenset(_WORD_KEYS)


def word_key(token: str) -> str:
    """The key a token of a name that is not Korean is indexed and compared by: itself,
    or the one word it is another spelling of ('chosun' -> 'korea', 'banking' -> 'bank')."""
    return _WORD_KEYS.get(token, token)


class NameForm:
    """One Latin form of a name, ready for comparison."""

    __slots__ = (
        "core",
        "core_lookups",
        "flat",
        "folded",
        "insertion_cost",
        "is_korean",
        "joined",
        "keys",
        "origin",
        "text",
        "tokens",
        "transliterated",
        "weights",
    )

    def __init__(
        self,
        tokens: tuple[str, ...],
        weights: tuple[float, ...],
        core: tuple[bool, ...],
        *,
        folded: str,
        transliterated: bool,
    ) -> None:
        self.tokens = tokens
        self.weights = weights
        self.core = core
        self.transliterated = transliterated
        self.origin = "latin"
        """The script the name was written in (its forms are compared natively if shared)."""
        self.insertion_cost: float | None = ORG_INSERTION_COST
        """What a token this form has and the other lacks costs (None: the kind is
        unknown, the other form's cost applies; see :func:`insertion_cost_of`)."""
        self.is_korean = _looks_korean(tokens)
        if self.is_korean:
            self.keys = tuple(map(korean_token_key, tokens))
            spelt = [(k, t) for k, t, c in zip(self.keys, tokens, core, strict=True) if c]
        else:
            self.keys = (
                tokens if _WORD_KEY_SET.isdisjoint(tokens) else tuple([word_key(t) for t in tokens])
            )
            spelt = [(k, k) for k, c in zip(self.keys, core, strict=True) if c]
        spelt.sort()
        if len(set(spelt)) == len(spelt):  # the common case: no token twice
            self.core_lookups = tuple([(k, t, 1) for k, t in spelt])
        else:
            self.core_lookups = tuple(
                [(k, t, spelt.count((k, t))) for k, t in dict.fromkeys(spelt)]
            )
        """What the index looks up for the core tokens: (key, spelling, how many tokens).
        A Korean syllable is looked up by its key and by its spelling, as listed Korean
        names are indexed by both."""
        self.text = " ".join(tokens)
        self.folded = folded
        """The name as folded before its tokens were weighed (prefixes, stopwords and
        number words still in): what the query shows and initials are compared on."""
        self.joined = "".join(self.keys)
        self.flat = folded.replace(" ", "")

    def __repr__(self) -> str:
        return f"NameForm({self.text!r})"


_is_syllable = lru_cache(maxsize=200_000)(is_korean_syllable)


def _looks_korean(tokens: tuple[str, ...]) -> bool:
    """A name reads as Korean when it has 2-5 tokens, all Korean syllables, and none is an
    English given name of four letters or more ('John' parses as a syllable, 전)."""
    return (
        2 <= len(tokens) <= 5
        and all(_is_syllable(t) for t in tokens)
        and not any(len(t) >= 4 and related_given_names(t) for t in tokens)
    )


# A one-word name read as Korean syllables run together ('Chonmasan', 'CHON MA SAN') only
# when it makes this many syllables: two-syllable words are too often other words
# ('Hansen', 'Samsung').
MIN_RUN_TOGETHER_SYLLABLES = 3


def _split_one_word(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """'chonmasan' -> 'chon ma san' (a hull number after it kept): a ship's name as the
    lists write DPRK ships, syllable by syllable."""
    # 'MV Chonmasan', 'Tanker Chonmasan', 'Kumunsan No. 3'
    tokens = drop_number_signs(strip_vessel_prefix(tokens, ship=True))
    if not 1 <= len(tokens) <= 2 or (len(tokens) == 2 and not tokens[1].isdigit()):
        return None
    parts = split_korean_word(tokens[0])
    if parts is None or len(parts) < MIN_RUN_TOGETHER_SYLLABLES:
        return None
    return (*parts, *tokens[1:])


def _looks_like_a_ship(tokens: tuple[str, ...]) -> bool:
    """Whether a name has a ship's prefix or ends with a hull number ('MV Chonmasan',
    'Kumunsan 3', 'Kumunsan No. 3')."""
    return len(tokens) > 1 and (
        tokens[-1].isdigit() or strip_vessel_prefix(tokens, ship=True) != tokens
    )


def _split_run_together(tokens: tuple[str, ...]) -> tuple[str, ...] | None:
    """'kim jongun' -> 'kim jong un' when the other tokens are Korean syllables."""
    if not 2 <= len(tokens) <= 4 or not any(_is_syllable(t) or t.isdigit() for t in tokens):
        return None
    if any(len(t) >= 4 and related_given_names(t) for t in tokens):
        return None  # 'John Allen' is not a Korean name written run together
    out: list[str] = []
    changed = False
    for token in tokens:
        if _is_syllable(token) or token.isdigit():
            out.append(token)
            continue
        parts = split_korean_syllables(token)
        if parts is None:
            return None
        out.extend(parts)
        changed = True
    return tuple(out) if changed else None


def _unleet(token: str) -> str:
    """'sech1n' -> 'sechin': digits inside a person's name word are look-alike letters."""
    if token.isalpha() or token.isdigit() or not any(c.isalpha() for c in token):
        return token
    return token.translate(_LEET)


def _merge_letters(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """Runs of single letters in an organisation name are one acronym: 'a b c' -> 'abc'."""
    if min(map(len, tokens), default=2) > 1:
        return tokens  # the common case: no single letter
    out: list[str] = []
    run = ""
    for token in tokens:
        if len(token) == 1 and token.isalpha():
            run += token
            continue
        if run:
            out.append(run)
            run = ""
        out.append(token)
    if run:
        out.append(run)
    return tuple(out)


def _reads_as_initials(tokens: tuple[str, ...], *, listed_order: bool) -> bool:
    """Whether an untyped name has two or more letters in a row that may be a person's
    initials rather than a firm's acronym.

    After a surname alone they may, the Russian way ('Шойгу С.К.'), even when they spell a
    legal form ('Shcherbakov S.A.'). Beside two or more words they may only when they spell
    no legal form and stand inside the name ('Taleb H. A. J. Esmael') or after a comma, as
    lists write people ('ALENEZI, Mohammad H A F'; ``listed_order``). Letters ending a
    longer name without a comma are a firm's form ('Han Exports S.A.S.').
    """
    tokens = strip_vessel_prefix(tokens)  # 'M/V Chon Myong 1'
    if len(tokens) < 3 or max(map(len, tokens)) < 2:
        return False
    merged = _merge_letters(tokens)
    if merged == tokens:
        return False
    words = [t for t in tokens if len(t) > 1]
    if len(words) == 1:  # 'Шойгу С.К.', 'Putin V.V.', and 'Shcherbakov S.A.' may be a person
        return not is_legal_form_only(tuple(words))  # 'M.T.T. LTDA.' is not
    if split_legal_forms(merged)[1]:
        return False
    return listed_order or len(tokens[-1]) > 1


def _weigh(tokens: tuple[str, ...], kind: EntityKind | None) -> NameForm | None:
    folded = " ".join(tokens)
    if kind is EntityKind.VESSEL or kind is None:
        tokens = strip_vessel_prefix(tokens)
    if not tokens:
        return None
    if kind is EntityKind.PERSON:
        if not folded.replace(" ", "").isalpha():  # digits typed for letters, maybe
            tokens = tuple([_unleet(t) for t in tokens])
        if not PERSON_STOPWORDS.isdisjoint(tokens):
            tokens = tuple([t for t in tokens if t not in PERSON_STOPWORDS]) or tokens
        weights = tuple([INITIAL_WEIGHT if len(t) == 1 else CORE_WEIGHT for t in tokens])
        form = NameForm(tokens, weights, (True,) * len(tokens), folded=folded, transliterated=False)
        form.insertion_cost = PERSON_INSERTION_COST
        return form
    if kind is not None:  # 'Ten' is also a Korean surname: numbers only for known firms/ships
        tokens = normalize_number_tokens(tokens)
    if not "".join(tokens).isalpha():  # digits: '76th' is 76, 'Plant No. 8' is 'Plant 8'
        tokens = drop_number_signs(normalize_digit_ordinals(tokens))
    if not ORG_STOPWORDS.isdisjoint(tokens):
        tokens = tuple([t for t in tokens if t not in ORG_STOPWORDS])
        if not tokens:
            return None
    core_tokens, legal_keys = split_legal_forms(_merge_letters(tokens))
    legal_keys = tuple(sorted(legal_keys))  # 'JSC X Corp' = 'X Corporation JSC'
    if is_legal_form_only(tokens):
        return None  # 'Co., Ltd.' names nothing
    weights_list: list[float] = []
    core_flags: list[bool] = []
    for token in core_tokens:
        generic = word_key(token) in GENERIC_ORG_TOKENS  # 'Shpg' is 'Shipping'
        core_flags.append(not generic)
        weights_list.append(
            GENERIC_WEIGHT if generic else INITIAL_WEIGHT if len(token) == 1 else CORE_WEIGHT
        )
    if not any(core_flags):
        # Nothing but generic words ('Korea Trading Company'): they are all it has.
        core_flags = [True] * len(core_tokens)
        weights_list = [CORE_WEIGHT] * len(core_tokens)
    form = NameForm(
        core_tokens + legal_keys,
        (*weights_list, *([LEGAL_FORM_WEIGHT] * len(legal_keys))),
        (*core_flags, *([False] * len(legal_keys))),
        folded=folded,
        transliterated=False,
    )
    if kind is None:
        form.insertion_cost = None
    return form


def is_firm(form: NameForm) -> bool:
    """Whether a form is an organisation's or a vessel's: by its kind, or by a legal form or
    generic word when the kind is unknown. A letter in it is a name, not an initial."""
    return form.insertion_cost == ORG_INSERTION_COST or not all(form.core)


def insertion_cost_of(a: NameForm, b: NameForm) -> float:
    """What a token one of two forms lacks costs: the higher of their kinds' costs; the
    known one's when one kind is unknown (an untyped query against a listed person may
    leave out a patronymic); an organisation's when neither kind is known, or when both
    are Korean names (a syllable left out of a two-syllable given name makes another
    name: Ri Chun is not Ri Chun Hwan)."""
    if a.is_korean and b.is_korean:
        return ORG_INSERTION_COST
    if a.insertion_cost is None:
        return ORG_INSERTION_COST if b.insertion_cost is None else b.insertion_cost
    if b.insertion_cost is None:
        return a.insertion_cost
    return max(a.insertion_cost, b.insertion_cost)


# Remembered: a name listed by the UN, the EU and OFAC is prepared once when the index is
# built (48,000 names on the full lists). Batches remember whole name lookups instead
# (see screen.NAME_CACHE_SIZE), so a larger cache would only hold memory.
@lru_cache(maxsize=50_000)
def prepare_name(
    text: str, kind: EntityKind | None = None, *, listed: bool = False
) -> tuple[NameForm, ...]:
    """The comparable forms of a name; empty when nothing usable is left.

    Args:
        text: the name as published or typed, in any script.
        kind: what the name names; None when unknown.
        listed: the name is a list's. A ship's name typed as one word ('Chonmasan') is
            also read syllable by syllable, as the lists write DPRK ships; a listed
            one-word ship name is not (SALINA, MARIA are other words).

    Example:
        >>> [f.text for f in prepare_name("KIM Jong-un", EntityKind.PERSON)]
        ['kim jong un']
        >>> [f.text for f in prepare_name("Kim Jongun", EntityKind.PERSON)]
        ['kim jongun', 'kim jong un']
        >>> prepare_name("Co., Ltd.", EntityKind.ORGANIZATION)
        ()
    """
    folded = spell_native_legal_forms(fold_text(text))
    origin = detect_script(folded)
    forms: list[NameForm] = []
    seen: set[str] = set()
    candidates = list(latin_forms_of_folded(folded, origin))
    spelled = spell_caron_letters(text)
    if spelled is not None:  # 'Jurʹevič' is 'jurevich' as well as 'jurevic'
        candidates += [c for c in latin_forms(spelled) if c not in candidates]
    if origin in ("latin", "unknown"):
        # A Russian firm's name in Latin letters ('AO Smolenskiy Aviatsionnyy Zavod') is
        # also read as the lists write it in English.
        for candidate in list(candidates):
            readings = read_transliterated_russian_org_name(candidate)
            candidates += [r for r in readings if r not in candidates]
    if origin in NATIVE_SCRIPTS and folded not in candidates:
        candidates.append(folded)  # the name as written, compared with the same script only
    for candidate in candidates:
        transliterated = candidate != folded
        variants = [tuple(candidate.split())]
        # 'Chonmyong 1' is 'Chon Myong 1' too. Readings of Han and kana come split as they
        # should be (a syllable per character, pinyin both ways, Japanese by word).
        if kind is not EntityKind.AIRCRAFT and origin not in ("han", "kana"):
            split = _split_run_together(variants[0])
            ship = kind in (EntityKind.VESSEL, None) and not listed  # untyped: maybe
            # A ship's name typed as one word. Untyped, only where something says it is a
            # ship's (a prefix, a hull number) or Korean (read from Kontsevich Cyrillic):
            # 'Opera' is not 'O Pe Ra'.
            if (
                split is None
                and ship
                and (
                    kind is EntityKind.VESSEL
                    or origin == "cyrillic"
                    or _looks_like_a_ship(variants[0])
                )
            ):
                split = _split_one_word(variants[0])
            if split is not None:
                variants.append(split)
            if ship and variants[0][0] in SHIP_WORDS:  # 'Tanker Angara', 'Танкер «Ангара»'
                variants.append(strip_vessel_prefix(variants[0], ship=True))
        if kind is None and not NUMBER_WORDS.isdisjoint(variants[0]):
            # Number words are digits in a firm's or ship's name ('Second Economic
            # Committee' is listed as '2 economic committee'); an untyped name may be one.
            numbered = normalize_number_tokens(variants[0])
            if numbered != variants[0]:
                variants.append(numbered)
        for number, tokens in enumerate(variants):
            form = _weigh(tokens, kind)
            if form is None or form.text in seen:
                continue
            if number:  # split or numbered: not the listed spelling itself
                form.folded = candidate
            form.transliterated = transliterated
            form.origin = origin
            seen.add(form.text)
            forms.append(form)
        first = variants[0]
        if (
            kind is None
            and len(first) > 2
            and min(map(len, first)) == 1
            and _reads_as_initials(first, listed_order="," in text)
        ):
            # 'ALENEZI, Mohammad H A F': a firm's letters make one acronym, a person's
            # are initials. An untyped name with letters in a row is read both ways
            # ('Cho I. U.' is not: letters read as Korean syllables are no initials).
            form = _weigh(first, EntityKind.PERSON)
            if form is not None and form.text not in seen and not form.is_korean:
                form.transliterated = transliterated
                form.origin = origin
                form.insertion_cost = None  # still a name of unknown kind
                seen.add(form.text)
                forms.append(form)
    return tuple(forms)


BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
"""A part of a name in brackets (ASCII or full-width), without brackets inside it."""


def has_brackets(text: str) -> bool:
    """Whether ``text`` has an opening bracket, ASCII or full-width."""
    return "(" in text or "（" in text


def without_brackets(text: str) -> str | None:
    """``text`` without its parts in brackets, or None when it has none, or nothing else.

    Example:
        >>> without_brackets("OAO Peleng (JSC Peleng)")
        'OAO Peleng'
        >>> without_brackets("Peleng") is None
        True
    """
    if not has_brackets(text):
        return None
    bare = " ".join(BRACKETED.sub(" ", text).split())
    return bare if bare and bare != text else None


_ACRONYM = re.compile(r"[^\W\d_]{2,8}")


def acronym_in_brackets(text: str) -> str | None:
    """The acronym a name gives of itself in brackets, or None: a word of two to eight
    letters spelt by the first letters of the name's words, in order (a word may give
    more than one; words between may be left out, as legal forms and 'of' are).

    Example:
        >>> acronym_in_brackets("Ocean Maritime Management Company, Limited (OMM)")
        'OMM'
        >>> acronym_in_brackets("ООО «Ульяновский автомобильный завод» (УАЗ)")
        'УАЗ'
        >>> acronym_in_brackets("Korea Mining Development Trading Corporation (KOMID)")
        'KOMID'
        >>> acronym_in_brackets("HONG PANG GEMS AND JEWELLERY (HK) CO. LIMITED") is None
        True
    """
    if not has_brackets(text):
        return None
    bare = without_brackets(text)
    if bare is None:
        return None
    words = fold_text(bare).split()
    for found in BRACKETED.finditer(text):
        acronym = found.group()[1:-1].strip()
        if _ACRONYM.fullmatch(acronym) and _spelt_by(fold_text(acronym), words):
            return acronym
    return None


def _spelt_by(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the beginnings of two or more of ``words``, in order."""
    # Breadth first over (letters spelt, next word, beginnings used: 1, or 2 for more).
    states = {(0, 0, 0)}
    seen: set[tuple[int, int, int]] = set()
    while states:
        state = states.pop()
        seen.add(state)
        done, first, used = state
        for start in range(first, len(words)):
            word = words[start]
            for size in range(1, min(len(letters) - done, len(word)) + 1):
                if word[size - 1] != letters[done + size - 1]:
                    break
                after = (done + size, start + 1, min(used + 1, 2))
                if after[0] == len(letters) and after[2] == 2:
                    return True
                if after not in seen:
                    states.add(after)
    return False


BRACKETS_FACTOR = 0.97
"""What a match of a name without its parts in brackets is worth against the name as
written: the whole name, when it is listed, ranks first ('AL-HARAMAIN FOUNDATION
(PAKISTAN)' over the foundation's other branches). Such a match counts only when it
meets every distinctive word of the other name (see :func:`meets_every_word`)."""


def name_forms(
    text: str, kind: EntityKind | None = None, *, listed: bool = False
) -> tuple[NameForm, ...]:
    """:func:`prepare_name` of a name, then of the name without its parts in brackets,
    which a name often adds to itself: an acronym, a place, the same name again
    ('Открытое акционерное общество «Пеленг» (ОАО «Пеленг»)', 'HUAXIN SHIPPING (HONG
    KONG) LTD'). The forms past ``len(prepare_name(text, kind, listed=listed))`` are of
    the name without them: their scores count :data:`BRACKETS_FACTOR` times."""
    # Called as the screener and the index call it: the cache keys a keyword apart.
    prepare = partial(prepare_name, listed=True) if listed else prepare_name
    forms = prepare(text, kind)
    bare = without_brackets(text)
    if bare is None:
        return forms
    seen = {form.text for form in forms}
    more = []
    for form in prepare(bare, kind):
        if form.text not in seen:
            seen.add(form.text)
            more.append(form)
    return (*forms, *more)


def meets_every_word(pairs: tuple[tuple[str, str, float], ...], other: NameForm) -> bool:
    """Whether the token ``pairs`` of a comparison (this side's token, the other's,
    likeness) meet every core token of the ``other`` form. A name without its part in
    brackets that leaves a word of the other name unmet differs from it in that part:
    'Bowne Global Solutions (Ireland), Ltd.' is not 'Bowne Global Solutions Japan, Inc.'
    """
    met = {theirs for _, theirs, _ in pairs}
    return all(token in met for token, core in zip(other.tokens, other.core, strict=True) if core)
