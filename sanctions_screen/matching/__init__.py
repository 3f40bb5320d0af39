"""Name matching: forms, token alignment scores and secondary evidence.

The only subpackage that imports rapidfuzz. Scores are floats in [0, 1], deterministic,
and come with a detail saying which query token met which listed token.
"""

from __future__ import annotations

from sanctions_screen.errors import QueryError
from sanctions_screen.matching.forms import NameForm, name_forms, prepare_name, without_brackets
from sanctions_screen.matching.names import (
    NameScore,
    score_forms,
    score_tokens,
    score_without_brackets,
)
from sanctions_screen.models import EntityKind

__all__ = [
    "DEFAULT_THRESHOLD",
    "NameForm",
    "NameScore",
    "compare_names",
    "name_forms",
    "prepare_name",
    "score_forms",
    "score_tokens",
]

# The score at or above which a name comparison is a hit. Chosen on nomenklatura's
# name_bench (F1 by case group, Korean rows excluded: their labels are inconsistent) and
# checked on our own labelled cases; see benchmarks/quality.py.
DEFAULT_THRESHOLD = 0.8


def compare_names(a: str, b: str, *, kind: EntityKind | str | None = None) -> float:
    """How alike two names are, in [0, 1]; symmetric; 1.0 for the same name.

    Every form of each name (transliterations of Hangul, Hanja, Cyrillic) is compared and
    the best pair counts. Unusable names (empty, punctuation only) score 0.0.

    Args:
        a, b: the two names, in any script.
        kind: what both names name (an :class:`EntityKind` or its value, e.g.
            ``"person"``); None when unknown.

    Raises:
        QueryError: ``kind`` is not an entity kind.

    Example:
        >>> compare_names("Kim Jong Un", "KIM Jong-un")
        1.0
        >>> compare_names("김정은", "Kim Jong Un") >= DEFAULT_THRESHOLD
        True
        >>> compare_names("Kim Jong Un", "Kim Jong Il") < DEFAULT_THRESHOLD
        True
    """
    if kind is not None and not isinstance(kind, EntityKind):
        try:
            kind = EntityKind(kind)
        except ValueError:
            known = ", ".join(k.value for k in EntityKind)
            raise QueryError(f"unknown kind {kind!r}: expected one of {known}") from None
    first, second = (a, b) if a <= b else (b, a)
    # A name is also compared without its part in brackets, unless both have one: two
    # branches ('Bank of China (Hong Kong)' v 'Bank of China (Singapore)').
    one_sided = (without_brackets(first) is None) != (without_brackets(second) is None)
    forms_a = name_forms(first, kind) if one_sided else prepare_name(first, kind)
    forms_b = name_forms(second, kind) if one_sided else prepare_name(second, kind)
    whole_a = len(prepare_name(first, kind))  # the forms after these leave brackets out
    whole_b = len(prepare_name(second, kind))
    best = 0.0
    for i, fa in enumerate(forms_a):
        for j, fb in enumerate(forms_b):
            if i >= whole_a:  # a without its part in brackets
                scored = score_without_brackets(fa, fb)
            elif j >= whole_b:
                scored = score_without_brackets(fb, fa)
            else:
                scored = score_forms(fa, fb)
            best = max(best, scored.score)
    return best
