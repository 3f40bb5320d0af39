"""English given names and their diminutives (Ben/Benjamin, Ted/Theodore, Bob/Robert).

The table is the ``nicknames`` package's hand-curated list (Apache-2.0), a well-kept
source we should not retype. Two names are related when one is a diminutive of the other
or both are diminutives of one name.
"""

from __future__ import annotations

from functools import lru_cache

from nicknames import NickNamer

__all__ = ["are_nicknames", "related_given_names"]

_NAMER = NickNamer()


@lru_cache(maxsize=65536)
def related_given_names(name: str) -> frozenset[str]:
    """The given names related to a folded name by diminution (not the name itself).

    Example:
        >>> "theodore" in related_given_names("ted")
        True
        >>> "benjamin" in related_given_names("ben")
        True
        >>> related_given_names("jong")
        frozenset()
    """
    if len(name) < 2 or not name.isalpha():
        return frozenset()
    canonicals = _NAMER.canonicals_of(name)
    related = set(canonicals) | _NAMER.nicknames_of(name)
    for canonical in canonicals:
        related |= _NAMER.nicknames_of(canonical)
    related.discard(name)
    return frozenset(related)


def are_nicknames(a: str, b: str) -> bool:
    """Whether two folded given names are diminutives of one another (or of one name).

    Example:
        >>> are_nicknames("bob", "robert"), are_nicknames("bob", "rob"), are_nicknames("kim", "ri")
        (True, True, False)
    """
    return b in related_given_names(a)
