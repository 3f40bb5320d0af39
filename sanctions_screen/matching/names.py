"""Scoring one name form against another: token alignment with explained parts.

The score is symmetric and in [0, 1]. Tokens are aligned greedily, best pairs first;
each pair scores 1.0 when spelt the same, ``KEY_MATCH`` when only their phonetic keys
agree (Ri/Lee, Jong/Jeong), ``VARIANT_MATCH`` when they are one Russian name under two
romanisation schemes (Iurii/Yury), and an edit-distance similarity when a typo apart (within
an edit budget by length, else 0). Tokens left over count against the score: fully when
both names have tokens left (a different given name), less when only one has (a middle
name or patronymic one list writes and the other does not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz.distance import OSA
from rapidfuzz.fuzz import ratio

from sanctions_screen.matching.forms import (
    BRACKETS_FACTOR,
    GENERIC_WEIGHT,
    NATIVE_SCRIPTS,
    PERSON_INSERTION_COST,
    NameForm,
    insertion_cost_of,
    is_firm,
    meets_every_word,
)
from sanctions_screen.normalize.given_names import are_nicknames
from sanctions_screen.normalize.korean import is_korean_syllable
from sanctions_screen.normalize.romanized import (
    is_patronymic,
    is_patronymic_key,
    romanization_key,
)

__all__ = [
    "NameScore",
    "score_core_tokens",
    "score_forms",
    "score_tokens",
    "score_without_brackets",
]

# Score of two tokens whose phonetic keys agree but spelling differs (Ri/Lee, Jong/Jeong).
# Below 1.0 so the listed spelling ranks first; tuned on tests/matching Korean cases.
KEY_MATCH = 0.92
# Two Korean syllables one letter apart are usually two different syllables (jong/tong,
# song/jong, un/in), not a typo: their edit similarity counts at this share, when either
# name is a Korean name.
KOREAN_PARTIAL = 0.5
# An initial against a name it abbreviates ('V.' v 'Vladimir').
INITIAL_MATCH = 0.9
# Each pair of tokens left unmatched on both sides is a different name part (another
# given name, another clan name): beyond its share of the weight it costs this factor.
# Set on the Person rows of name_bench (clan/patronymic swaps are different people).
SUBSTITUTION_FACTOR = 0.85
# Two non-core tokens (legal forms, generic words) that differ: 'Corporation' v 'Company'.
LEGAL_FORM_PAIR = 0.5
# A token present in one name only: a half-missing middle name costs this share of its
# weight (1.0 would make 'Vladimir Putin' v 'Vladimir Vladimirovich Putin' a miss).
INSERTION_COST = 0.5
"""The lowest insertion cost of any form (people's), used by the index's bound."""
# A one-token name against a longer one ('Kim' v 'Kim Il'): one shared token is weak
# evidence, whatever the rest.
ONE_TOKEN_FACTOR = 0.85
# Reordered tokens ('Jong Un Kim'): a small cost so the listed order ranks first.
ORDER_COST = 0.02
# Tokens shuffled other than by moving a name to the front or back ('Salman bin Muhammad'
# v 'Muhammad bin Salman') make another name; set on name_bench's patronymic swaps.
PERMUTATION_COST = 0.25
MIDDLE_SWAP_COST = 0.05
FIRM_SHUFFLE_COST = 0.05
# A name made only of initials ('N.N.') cannot be told from any name with those initials.
INITIALS_ONLY_CAP = 0.6
# A name that is transliterated on one side only is a reading, not a spelling.
TRANSLITERATION_FACTOR = 0.97
# Organisations: without a core token met at this similarity the match is only on
# generic words and legal forms ('Korea ... Trading Company'), so it is halved.
CORE_MATCH_MIN = 0.7
# A given name and its diminutive ('Ben' v 'Benjamin', 'Ted' v 'Theodore').
NICKNAME_MATCH = 0.85
# One Russian name under two romanisation schemes ('Iurii' v 'Yury', 'Alexei' v 'Aleksey'):
# as good as a phonetic-key match, a hair below it so that two Korean syllables that only
# look alike this way (KOREAN_PARTIAL applies below KEY_MATCH) are not made one.
VARIANT_MATCH = 0.9
# A Russian patronymic against a token that is not one (a surname made from the same given
# name: Aleksandrovna v Aleksandrov, Mikhailovich v Mikhailov) is another part of the name.
PATRONYMIC_MISMATCH = 0.5
# Two names carrying different numbers ('CHON MYONG 1' v 'CHON MYONG 2') are different
# ships or units, whatever else they share.
NUMBER_CONFLICT_FACTOR = 0.6
# Names written run together or split differently: whole-string similarity, discounted.
JOINED_FACTOR = 0.92
# ... of organisations, only when their core tokens run together are at least this alike:
# two firms' names must not meet through their generic words and legal forms alone.
JOINED_CORE_MIN = 0.6
# ... and only when the tokens the alignment leaves unmet, run together, are at least this
# alike: 'Kim Jongun' v 'Kim Jong Un' (jongun = jongun), not 'Kang Yoon-ra' v 'Kang Ryong'
# (yoonra v ryong), whose whole strings are alike through the surname they share.
JOINED_PART_MIN = 0.8


def edit_budget(length: int) -> int:
    """Edits a token of this length may have and still count as the same token."""
    if length <= 2:
        return 0
    if length <= 5:
        return 1
    if length <= 9:
        return 2
    return 3


def score_tokens(
    a: str,
    key_a: str,
    b: str,
    key_b: str,
    *,
    variants: tuple[str, str] | None = None,
) -> float:
    """How alike two tokens are, in [0, 1].

    ``variants`` are the tokens' romanisation keys
    (:func:`~sanctions_screen.normalize.romanized.romanization_key`) when the caller has
    them (the index does, for every listed token); else they are worked out here.

    Example:
        >>> score_tokens("jong", "jong", "jong", "jong")
        1.0
        >>> score_tokens("ri", "i", "lee", "i")
        0.92
        >>> round(score_tokens("scholze", "scholze", "scholz", "scholz"), 3)
        0.857
        >>> score_tokens("un", "un", "il", "il"), score_tokens("1", "1", "2", "2")
        (0.0, 0.0)
        >>> score_tokens("appel", "appel", "apple", "apple")
        0.8
        >>> score_tokens("v", "v", "vladimir", "vladimir")
        0.9
        >>> score_tokens("iurii", "iurii", "yury", "yury")  # one name, two schemes
        0.9
        >>> round(score_tokens("aleksandrov", "aleksandrov", "aleksandrovna", "aleksandrovna"), 3)
        0.423
    """
    if a == b:
        return 1.0
    if key_a == key_b:
        return KEY_MATCH
    if a.isdigit() or b.isdigit():
        return 0.0
    if len(a) == 1 or len(b) == 1:
        return INITIAL_MATCH if a[0] == b[0] else 0.0
    if are_nicknames(a, b):
        return NICKNAME_MATCH
    longest = max(len(a), len(b))
    budget = edit_budget(longest)
    distance = OSA.distance(a, b, score_cutoff=budget)
    sim = 0.0 if distance > budget else 1.0 - distance / longest
    variant_a, variant_b = variants or (romanization_key(a), romanization_key(b))
    if sim < VARIANT_MATCH and variant_a == variant_b:
        return VARIANT_MATCH
    if sim and is_patronymic_key(variant_a) != is_patronymic_key(variant_b):
        return sim * PATRONYMIC_MISMATCH  # Aleksandrovna is not Aleksandrov
    return sim


# Token pairs recur from name to name (common given names and surnames): remembered.
_similarity = lru_cache(maxsize=50_000)(score_tokens)


class _Detail:
    """A comparison in words, written when first read: most pairs the index offers score
    below the threshold and are never shown."""

    __slots__ = ("_c", "_left_over", "_notes", "_pairs", "_q", "_text")

    def __init__(
        self,
        q: NameForm,
        c: NameForm,
        pairs: list[tuple[int, int, float]],
        left_over: tuple[str, ...],
        notes: list[str],
    ) -> None:
        self._q: NameForm | None = q
        self._c = c
        self._pairs = pairs
        self._left_over = left_over
        self._notes = notes
        self._text = ""

    def __str__(self) -> str:
        if self._q is not None:
            self._text = self._write(self._q, self._c)
            self._q = None  # written once; the query form is not kept alive for it
        return self._text

    def _write(self, q: NameForm, c: NameForm) -> str:
        """The tokens met and how, those left over, the factors applied."""
        described = ", ".join(
            f"{q.tokens[i]}={c.tokens[j]}"
            if sim == 1.0
            else f"{q.tokens[i]}~{c.tokens[j]} {sim:.2f} {_why(q, i, c, j, sim)}"
            for i, j, sim in sorted(self._pairs)
        )
        detail = f"'{q.text}' v '{c.text}': {described or 'no token met'}"
        if self._left_over:
            detail += f"; unmatched {' '.join(self._left_over)}"
        if self._notes:
            detail += "; " + "; ".join(self._notes)
        return detail


@dataclass(frozen=True, slots=True)
class NameScore:
    """A name comparison's score and how it was reached."""

    score: float
    pairs: tuple[tuple[str, str, float], ...]
    left_over: tuple[str, ...]
    _detail: str | _Detail = field(repr=False, compare=False)
    written_together: bool = False
    """Whether the score is the names' likeness as written without spaces ('Chonmyong' v
    'Chon Myong') rather than their tokens'."""

    @property
    def detail(self) -> str:
        """The comparison in words: the tokens met and how, those left over, the factors
        applied."""
        return str(self._detail)


def _align(q: NameForm, c: NameForm) -> list[tuple[int, int, float]]:
    # Between a Korean name and any name, two Korean syllables that only look alike are
    # two syllables (both forms Korean: every token is a syllable).
    both = q.is_korean and c.is_korean
    korean = q.is_korean or c.is_korean
    q_tokens, q_keys, q_core = q.tokens, q.keys, q.core
    c_tokens, c_keys, c_core = c.tokens, c.keys, c.core
    # A letter abbreviates a person's name part ('V. Putin'); in a firm's or a ship's name
    # it is a name of its own ('S-7 Engineering' is not 'Summit Engineering').
    # Which tokens are one letter, where a letter is not an initial (else None).
    firm = is_firm(q) or is_firm(c)
    c_letters = [len(t) == 1 for t in c_tokens] if firm else None
    c_range = range(len(c_tokens))
    similarity = _similarity
    candidates: list[tuple[float, int, int]] = []
    for i, qt in enumerate(q_tokens):
        qk = q_keys[i]
        q_letter = len(qt) == 1
        q_is_core = q_core[i]
        for j in c_range:
            if c_letters is not None and q_letter != c_letters[j]:
                continue
            ct = c_tokens[j]
            sim = similarity(qt, qk, ct, c_keys[j])
            if (
                korean
                and 0.0 < sim < KEY_MATCH
                and (
                    both
                    # A letter beside a name that is not Korean is an initial ('Kim J. U.').
                    or (
                        not q_letter
                        and len(ct) > 1
                        and is_korean_syllable(qt)
                        and is_korean_syllable(ct)
                    )
                )
            ):
                sim *= KOREAN_PARTIAL
            if sim < LEGAL_FORM_PAIR and not q_is_core and not c_core[j]:
                sim = LEGAL_FORM_PAIR  # two legal forms or generic words: alike enough
            if sim > 0.0:
                candidates.append((sim, i, j))
    candidates.sort(key=_alignment_order)
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[tuple[int, int, float]] = []
    for sim, i, j in candidates:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        pairs.append((i, j, sim))
    if not firm and (_has_a_letter(q) or _has_a_letter(c)):
        _pair_initials_in_order(q, c, pairs)
    return pairs


def _alignment_order(candidate: tuple[float, int, int]) -> tuple[float, int, int, int]:
    """Best pairs first; among equals, tokens in the same place, then in order."""
    sim, i, j = candidate
    return (-sim, abs(i - j), i, j)


def _a_person(q: NameForm, c: NameForm) -> bool:
    """Whether either form is known to be a person's name."""
    return PERSON_INSERTION_COST in (q.insertion_cost, c.insertion_cost)


def _has_a_letter(form: NameForm) -> bool:
    """Whether a token of ``form`` is one letter: one character between spaces or ends
    of its text."""
    return _LETTER.search(form.text) is not None


_LETTER = re.compile(r"(?<!\S)\S(?!\S)")


def _pair_initials_in_order(q: NameForm, c: NameForm, pairs: list[tuple[int, int, float]]) -> None:
    """Initials of one letter met at one likeness are paired in the order both names
    give them: 'V. V.' against 'Vladimir Vladimirovich' is V. = Vladimir, V. =
    Vladimirovich, whichever pair the likeness ranked first. (Their order then counts
    like any word's: 'S. K.' is not 'Kseniya Sergeyevna'.)"""
    groups: dict[tuple[str, float], list[int]] = {}
    for n, (i, j, sim) in enumerate(pairs):
        qt, ct = q.tokens[i], c.tokens[j]
        if (len(qt) == 1 or len(ct) == 1) and qt[0] == ct[0]:
            groups.setdefault((qt[0], sim), []).append(n)
    for (_, sim), members in groups.items():
        if len(members) > 1:
            firsts = sorted(pairs[n][0] for n in members)
            seconds = sorted(pairs[n][1] for n in members)
            for n, i, j in zip(members, firsts, seconds, strict=True):
                pairs[n] = (i, j, sim)


def score_core_tokens(q: NameForm, c: NameForm) -> float:
    """What the core tokens of two forms score alone (the base formula of
    :func:`score_forms`, before its other factors): generic words and legal forms, which
    the index's candidate bound leaves out, do not count."""
    pairs = _align(q, c)
    matched = aligned = 0.0
    met_q: set[int] = set()
    met_c: set[int] = set()
    for i, j, sim in pairs:
        if q.core[i] and c.core[j]:
            weight = q.weights[i] + c.weights[j]
            matched += sim * weight
            aligned += weight
            met_q.add(i)
            met_c.add(j)
    left_q = sum(w for i, w in enumerate(q.weights) if q.core[i] and i not in met_q)
    left_c = sum(w for j, w in enumerate(c.weights) if c.core[j] and j not in met_c)
    cost = insertion_cost_of(q, c)
    denominator = aligned + 2.0 * min(left_q, left_c) + cost * abs(left_q - left_c)
    return matched / denominator if denominator else 0.0


def _joined_score(
    q: NameForm, c: NameForm, pairs: list[tuple[int, int, float]], beat: float
) -> float:
    """Whole-string similarity, for names written run together or split differently
    ('Chonmyong' v 'Chon Myong'), discounted by ``JOINED_FACTOR``; when it beats ``beat``
    (the tokens' score), 0.0 if the core tokens the alignment ``pairs`` leaves unmet
    (below ``KEY_MATCH``) on the two sides, run together, are not alike
    (``JOINED_PART_MIN``): the names then differ in a part, not in where it is split.

    Of organisations it counts only when their core tokens, run together, are alike too
    (``JOINED_CORE_MIN``): 'Korea Namhung Trading Corporation' and 'Korea Namgang NTC
    Trading' are alike as strings because of the words every Korean trading firm has,
    which weigh little as tokens.
    """
    whole = max(ratio(q.joined, c.joined), ratio(q.flat, c.flat)) / 100.0
    value = JOINED_FACTOR * whole
    if not (all(q.core) and all(c.core)):
        core = ratio(_core_joined(q), _core_joined(c)) / 100.0
        if core < JOINED_CORE_MIN:
            value = JOINED_FACTOR * core
    if value <= beat:
        return value  # the tokens' score stands: no need to look closer
    met_q = {i for i, _, sim in pairs if sim >= KEY_MATCH}
    met_c = {j for _, j, sim in pairs if sim >= KEY_MATCH}
    # Korean syllable keys ('jong' for chong) are compared only with Korean ones: a ship's
    # or firm's name run together is no Korean name ('chongchonggang' v CHONG CHON GANG),
    # so then both sides' spellings are. A person's keys are compared as they are.
    person = _a_person(q, c)
    same_keys = q.is_korean == c.is_korean or person
    q_parts, c_parts = (q.keys, c.keys) if same_keys else (q.tokens, c.tokens)
    unmet_q = "".join(k for i, k in enumerate(q_parts) if q.core[i] and i not in met_q)
    unmet_c = "".join(k for j, k in enumerate(c_parts) if c.core[j] and j not in met_c)
    if unmet_q and unmet_c:
        if ratio(unmet_q, unmet_c) / 100.0 < JOINED_PART_MIN:
            return 0.0
    elif (q.is_korean and c.is_korean) or person:
        # Unmet tokens on one side only, between people's names (or two Korean names): a
        # name part one name adds, which the token score weighs (Kang In Young is not Kang
        # Ryong). Between firms' or ships' names they may be a misspelt legal form ('Joynt
        # Stock') or a hull number, which the whole string weighs better.
        return 0.0
    return value


def _why(q: NameForm, i: int, c: NameForm, j: int, sim: float) -> str:
    """Why two aligned tokens that differ scored ``sim``, in words (for the detail)."""
    qt, qk, ct, ck = q.tokens[i], q.keys[i], c.tokens[j], c.keys[j]
    if sim < _similarity(qt, qk, ct, ck):
        return "(Korean syllables that only look alike: halved)"
    if not q.core[i] and not c.core[j] and sim == LEGAL_FORM_PAIR:
        return "(legal forms or generic words)"
    if qk == ck:
        return "(one Korean syllable)" if q.is_korean or c.is_korean else "(one word)"
    if len(qt) == 1 or len(ct) == 1:
        return "(initial)"
    if are_nicknames(qt, ct):
        return "(diminutive)"
    if sim == VARIANT_MATCH and romanization_key(qt) == romanization_key(ct):
        return "(one Russian name, two romanisations)"
    if is_patronymic(qt) != is_patronymic(ct):
        return "(patronymic v other name part: halved)"
    return "(spelling)"


def _core_joined(form: NameForm) -> str:
    return "".join(k for k, is_core in zip(form.keys, form.core, strict=True) if is_core)


def _left_over(form: NameForm, index: int) -> float:
    weight = form.weights[index]
    return weight / 2 if weight == GENERIC_WEIGHT and not form.core[index] else weight


def _is_rotation(order: list[int]) -> bool:
    """Whether ``order`` is a cyclic shift of its sorted self ('Jong Un Kim')."""
    if not order:
        return True
    start = order.index(min(order))
    rotated = order[start:] + order[:start]
    return rotated == sorted(order)


def _initials_only(form: NameForm) -> bool:
    """Whether every token of ``form`` is one letter (its text is letters and spaces
    between them)."""
    text = form.text
    return len(text) == 2 * len(form.tokens) - 1


_DIGIT = re.compile(r"\d")
_SKIPPED = "both names are written in the same script: compared as written"


def score_forms(q: NameForm, c: NameForm) -> NameScore:
    """Score two name forms; symmetric in its arguments (up to the detail text).

    Example:
        >>> from sanctions_screen.matching.forms import prepare_name
        >>> a, = prepare_name("Kim Jong Un"); b, = prepare_name("KIM Jong-un")
        >>> score_forms(a, b).score
        1.0
        >>> c, = prepare_name("Kim Jong Il")
        >>> round(score_forms(a, c).score, 2)
        0.57
    """
    if (
        q.origin == c.origin
        and q.origin in NATIVE_SCRIPTS
        and (q.transliterated or c.transliterated)
    ):
        # Two Hangul (Han, Cyrillic) names are compared as written: their romanisations
        # merge what the script tells apart (정/종 are both 'jong' without breves).
        return NameScore(score=0.0, pairs=(), left_over=(), _detail=_SKIPPED)
    pairs = _align(q, c)
    q_weights, c_weights = q.weights, c.weights
    q_core, c_core = q.core, c.core
    matched = 0.0
    aligned_weight = 0.0
    unused_q = [True] * len(q_weights)
    unused_c = [True] * len(c_weights)
    for i, j, sim in pairs:
        pair_weight = q_weights[i] + c_weights[j]
        matched += sim * pair_weight
        aligned_weight += pair_weight
        unused_q[i] = unused_c[j] = False
    # Left-over generic words cost half ('Ryonbong' is 'Korea Ryonbong General
    # Corporation' with 'Korea' left out); a left-over legal form costs in full (an ANO is
    # not an LLC of the same name).
    left_q = left_c = 0.0
    core_left_q = core_left_c = 0
    for i, unused in enumerate(unused_q):
        if unused:
            left_q += _left_over(q, i)
            core_left_q += q_core[i]
    for j, unused in enumerate(unused_c):
        if unused:
            left_c += _left_over(c, j)
            core_left_c += c_core[j]
    substituted = min(left_q, left_c)
    substituted_tokens = min(core_left_q, core_left_c)
    inserted = abs(left_q - left_c)
    insertion_cost = insertion_cost_of(q, c)
    denominator = aligned_weight + 2.0 * substituted + insertion_cost * inserted
    score = matched / denominator if denominator else 0.0
    notes: list[str] = []  # the factors applied after the tokens' likeness, in words
    if substituted_tokens:
        score *= SUBSTITUTION_FACTOR**substituted_tokens
        notes.append(f"a different name part on each side: x{SUBSTITUTION_FACTOR}")
        if substituted_tokens > 1:
            notes[-1] += f" per pair ({substituted_tokens})"
    if (sum(q.core) == 1) != (sum(c.core) == 1):
        score *= ONE_TOKEN_FACTOR
        notes.append(f"one word v several: x{ONE_TOKEN_FACTOR}")
    initials_only = _initials_only(q) or _initials_only(c)
    if initials_only and q.folded != c.folded and score > INITIALS_ONLY_CAP:
        score = INITIALS_ONLY_CAP
        notes.append(f"initials only: at most {INITIALS_ONLY_CAP}")
    if len(pairs) > 1 and score > 0.0:
        order = [j for i, j, _ in sorted(pairs) if q.core[i] and c.core[j]]
        if order != sorted(order):
            if _is_rotation(order):
                score -= ORDER_COST
                notes.append(f"words in another order: -{ORDER_COST}")
            elif order[0] == min(order) and order[-1] == max(order):
                score -= MIDDLE_SWAP_COST  # given names reordered between fixed ends
                notes.append(f"middle words swapped: -{MIDDLE_SWAP_COST}")
            elif (
                not (core_left_q or core_left_c)
                and (is_firm(q) or is_firm(c))
                and not _a_person(q, c)
            ):
                # The same words of a firm in another order: its language's. Russian and
                # French put the kind first and what qualifies it after ('управление
                # аэрокосмических разработок' is an aerospace development administration).
                # With a word more on one side, a shuffle makes another body (Popular
                # Front for the Liberation of Palestine v Palestine Liberation Front).
                score -= FIRM_SHUFFLE_COST
                notes.append(f"words in another order: -{FIRM_SHUFFLE_COST}")
            else:
                score -= PERMUTATION_COST
                notes.append(f"words shuffled: -{PERMUTATION_COST}")
    core_met = any(sim >= CORE_MATCH_MIN and q_core[i] and c_core[j] for i, j, sim in pairs)
    if not core_met:
        score *= 0.5
        notes.append("no distinctive word met: x0.5")
    written_together = False
    split_apart = len(q.tokens) != len(c.tokens) or sum(q.core) != sum(c.core)
    if split_apart and min(len(q.joined), len(c.joined)) >= 6:
        joined = _joined_score(q, c, pairs, score)
        if joined > score:
            score, written_together = joined, True
            notes = [f"alike as written without spaces (x{JOINED_FACTOR})"]
    if (
        _DIGIT.search(q.text)
        and _DIGIT.search(c.text)
        and (q_digits := {t for t in q.tokens if t.isdigit()})
        and (c_digits := {t for t in c.tokens if t.isdigit()})
        and q_digits != c_digits
    ):
        score *= NUMBER_CONFLICT_FACTOR
        notes.append(f"different numbers: x{NUMBER_CONFLICT_FACTOR}")
    if q.folded != c.folded and score > 0.99:
        score = 0.99
        notes.append("not written the same: at most 0.99")
    if q.transliterated != c.transliterated:
        score *= TRANSLITERATION_FACTOR
        notes.append(f"read from another script: x{TRANSLITERATION_FACTOR}")
    score = max(0.0, min(1.0, score))
    q_tokens, c_tokens = q.tokens, c.tokens
    left_over = tuple(
        [t for t, unused in zip(q_tokens, unused_q, strict=True) if unused]
        + [t for t, unused in zip(c_tokens, unused_c, strict=True) if unused]
    )
    return NameScore(
        score=round(score, 4),
        pairs=tuple([(q_tokens[i], c_tokens[j], sim) for i, j, sim in pairs]),
        left_over=left_over,
        _detail=_Detail(q, c, pairs, left_over, notes),
        written_together=written_together,
    )


_BRACKETS_UNMET = "without its part in brackets, the name leaves a word of the other unmet: 0"


def score_without_brackets(bare: NameForm, other: NameForm) -> NameScore:
    """:func:`score_forms` of a form of a name without its parts in brackets (see
    :func:`~sanctions_screen.matching.forms.name_forms`) against a form of another name:
    :data:`~sanctions_screen.matching.forms.BRACKETS_FACTOR` times the score, or 0.0 when
    it leaves a word of ``other`` unmet (the bracketed part then stands for that word:
    another branch, another place)."""
    scored = score_forms(bare, other)
    if not meets_every_word(scored.pairs, other):
        return replace(scored, score=0.0, _detail=f"{scored.detail}; {_BRACKETS_UNMET}")
    return replace(
        scored,
        score=round(scored.score * BRACKETS_FACTOR, 4),
        _detail=f"{scored.detail}; the name without its part in brackets: x{BRACKETS_FACTOR}",
    )
