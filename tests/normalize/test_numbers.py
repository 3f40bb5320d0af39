"""Numbers in names: words, ordinals and number signs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sanctions_screen.normalize import (
    drop_number_signs,
    normalize_digit_ordinals,
    normalize_number_tokens,
)

TOKENS = st.lists(
    st.one_of(
        st.sampled_from(["no", "nr", "number", "second", "forty", "76th", "1st", "plant"]),
        st.from_regex(r"[a-z]{1,8}|[0-9]{1,3}", fullmatch=True),
    ),
    max_size=6,
).map(tuple)


@given(TOKENS)
def test_number_rewrites_are_idempotent(tokens: tuple[str, ...]) -> None:
    for rewrite in (drop_number_signs, normalize_digit_ordinals, normalize_number_tokens):
        once = rewrite(tokens)
        assert rewrite(once) == once


@given(TOKENS)
def test_number_signs_go_only_before_a_number(tokens: tuple[str, ...]) -> None:
    kept = drop_number_signs(tokens)
    dropped = len(tokens) - len(kept)
    assert dropped == sum(
        1
        for i, t in enumerate(tokens)
        if t in {"no", "nr", "number"} and 0 < i < len(tokens) - 1 and tokens[i + 1].isdigit()
    )


@given(TOKENS)
def test_ordinals_in_digits_keep_every_token(tokens: tuple[str, ...]) -> None:
    out = normalize_digit_ordinals(tokens)
    assert len(out) == len(tokens)
    assert all(
        a == b or (b.isdigit() and a.startswith(b)) for a, b in zip(tokens, out, strict=True)
    )
