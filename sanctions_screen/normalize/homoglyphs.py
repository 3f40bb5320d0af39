"""Look-alike letters of another script inside one word: 'Андрiй' typed with a Latin i.

Latin, Cyrillic and Greek share letter shapes (a/а/α, o/о/ο, i/і/ι, ...). A word that mixes
them is almost never meant so: it is a Ukrainian і typed on a Latin keyboard (the EU
transcriptions have 'Андрiй Юрiйович ПIНЧУК'), or a name disguised to slip past a
screening filter ('Kim Jоng Un' with a Cyrillic о). Such a word is read in the script of
most of its letters, when each of the others has a look-alike there.

The tables are small and written here on purpose: the Unicode confusables data maps
thousands of characters to skeletons for spoofing checks, far beyond the three scripts
that lists mix, and would need a dependency for this one step.
"""

from __future__ import annotations

import re

from sanctions_screen.normalize.scripts import _char_script

__all__ = ["repair_homoglyphs"]

# Lowercase look-alikes (text is casefolded first), including those only alike in
# capitals ('В' and 'B', 'Н' and 'H', 'Т' and 'T'), since names are often listed in them.
_CYRILLIC_TO_LATIN = {
    "а": "a",
    "в": "b",
    "е": "e",
    "ё": "e",
    "і": "i",
    "ї": "i",
    "ј": "j",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "ѕ": "s",
    "т": "t",
    "у": "y",
    "х": "x",
    "һ": "h",
    "ԁ": "d",
    "ԛ": "q",
    "ԝ": "w",
}
_LATIN_TO_CYRILLIC = {
    "a": "а",
    "b": "в",
    "c": "с",
    "e": "е",
    "h": "н",
    "i": "і",
    "j": "ј",
    "k": "к",
    "m": "м",
    "o": "о",
    "p": "р",
    "s": "ѕ",
    "t": "т",
    "x": "х",
    "y": "у",
}
_GREEK_TO_LATIN = {
    "α": "a",
    "β": "b",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "μ": "m",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
}
_LATIN_TO_GREEK = {latin: greek for greek, latin in _GREEK_TO_LATIN.items()}
_LATIN_LETTER = re.compile("[a-z]")
_TO: dict[str, dict[str, dict[str, str]]] = {
    "latin": {"cyrillic": _CYRILLIC_TO_LATIN, "greek": _GREEK_TO_LATIN},
    "cyrillic": {"latin": _LATIN_TO_CYRILLIC},
    "greek": {"latin": _LATIN_TO_GREEK},
}


def _script(char: str) -> str | None:
    """Latin, Cyrillic, Greek, 'other' for letters of other scripts, None if no letter."""
    script = _char_script(char)
    return script if script in (None, "latin", "cyrillic", "greek") else "other"


def _majority(scripts: list[str | None]) -> str | None:
    """The script of most letters, if it is one of the three and strictly the most."""
    counts: dict[str, int] = {}
    for script in scripts:
        if script is not None:
            counts[script] = counts.get(script, 0) + 1
    if len(counts) < 2 or "other" in counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked[1][1] == ranked[0][1] or ranked[0][0] not in _TO:
        return None  # as many of each: no telling which is meant
    return ranked[0][0]


def _read_in(word: str, scripts: list[str | None], target: str) -> str | None:
    """``word`` with its letters of other scripts replaced by look-alikes in ``target``;
    None when one of them has no look-alike (the mix is meant)."""
    tables = _TO[target]
    out = []
    for char, script in zip(word, scripts, strict=True):
        if script is None or script == target:
            out.append(char)
            continue
        table = tables.get(script)
        if table is None or char not in table:
            return None
        out.append(table[char])
    return "".join(out)


def repair_homoglyphs(folded: str) -> str:
    """Read look-alike letters of a minority script in the script around them.

    First each word is read in the script of most of its letters; then, in a name mostly
    in one script, a word written wholly in look-alikes of another ('ΚΙΜ Jong Un' with a
    Greek ΚΙΜ) is read in that script. Latin, Cyrillic and Greek only: Hangul or Han next
    to Latin is a name written twice, never a look-alike.

    Args:
        folded: Text as :func:`~sanctions_screen.normalize.text.fold_text` returns it
            (casefolded, words separated by single spaces).

    Returns:
        The text with look-alike letters replaced; words whose mix cannot be look-alikes
        unchanged. Idempotent.

    Example:
        >>> repair_homoglyphs("андрiй юрiйович пiнчук")  # Latin i in Cyrillic words
        'андрій юрійович пінчук'
        >>> repair_homoglyphs("kim jоng un")  # a Cyrillic о in a Latin word
        'kim jong un'
        >>> repair_homoglyphs("κιμ jong un")  # a Greek word of look-alikes
        'kim jong un'
        >>> repair_homoglyphs("sergei shoigu сергей шойгу")  # a name written twice
        'sergei shoigu сергей шойгу'
    """
    if folded.isascii() or not _LATIN_LETTER.search(folded):
        return folded  # no Latin letter: a Cyrillic-Greek mix is too rare to guess at
    words = folded.split(" ")
    scripts = [[_script(c) for c in word] for word in words]
    for i, word in enumerate(words):
        target = _majority(scripts[i])
        if target is not None:
            read = _read_in(word, scripts[i], target)
            if read is not None:
                words[i] = read
                scripts[i] = [_script(c) for c in read]
    target = _majority([s for word_scripts in scripts for s in word_scripts])
    if target is not None:
        for i, word in enumerate(words):
            read = _read_in(word, scripts[i], target)
            if read is not None:
                words[i] = read
    return " ".join(words)
