"""Screening one name or counterparty against an index: the public Screener."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from sanctions_screen.bundled import Scope, load_bundled
from sanctions_screen.errors import QueryError
from sanctions_screen.index import ScreeningIndex
from sanctions_screen.matching import (
    DEFAULT_THRESHOLD,
    NameForm,
    NameScore,
    name_forms,
    prepare_name,
    score_forms,
)
from sanctions_screen.matching.evidence import (
    IMO_MATCH_FLOOR,
    QueryEvidence,
    imo_of,
    score_birth_year,
    score_identifiers,
    score_kind,
    score_nationality,
    unread_value,
)
from sanctions_screen.matching.forms import has_brackets
from sanctions_screen.matching.names import score_without_brackets
from sanctions_screen.models import (
    Counterparty,
    EntityKind,
    FeatureScore,
    Hit,
    HitProvenance,
    IdentifierType,
    SanctionsEntry,
    ScreeningResult,
    ScreeningStatus,
)
from sanctions_screen.normalize.countries import normalize_country
from sanctions_screen.normalize.dates import BirthDateError, read_birth_date
from sanctions_screen.normalize.identifiers import normalize_identifier

__all__ = ["Screener"]

# Name matches remembered per screener: a batch screens the same name with other dates of
# birth or nationalities again and again (four rows per name on benchmarks/batch.py, where
# a worker meets 126,000 names; 90,000 remembered screen most names once, and keep a
# worker under 1 GB on 10 million rows). An entry keeps the name's form texts and its
# matches, not the forms: a few hundred bytes for most.
NAME_CACHE_SIZE = 90_000
# A one-word name this long or longer is also scored against the names its syllables
# meet (see Screener._share_syllables_candidates): three syllables at least ...
MIN_RUN_TOGETHER_LENGTH = 6
# ... at this much below the floor: two of three syllables off by their final (n v ng)
# take a split name's score bound 0.42 lower (a pair of them scores 0.375).
SYLLABLES_SLACK = 0.45

_Matches = tuple[tuple[int, tuple[NameScore, int, int]], ...]


class _NameLookup:
    """A name's forms (texts, folded texts) and its entries' best matches at a floor; and,
    once a query with nothing but that name asked for them, its hits (the same for every
    such query: hits are immutable, so they are shared)."""

    __slots__ = ("folded", "matches", "plain", "texts")

    def __init__(self, texts: tuple[str, ...], folded: tuple[str, ...], matches: _Matches) -> None:
        self.texts = texts
        self.folded = folded
        self.matches = matches
        self.plain: tuple[ScreeningStatus, tuple[Hit, ...]] | None = None


_NO_NAME = _NameLookup((), (), ())

# A year in free text ('circa 1956', '1956?'); digits around it make it no year.
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def _birth_year(value: str | dt.date | None) -> int | None:
    """The year of a birth date: a date in any form :func:`read_birth_date` reads, else
    the one year the text names (None when it names none, or two)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.year
    try:
        return read_birth_date(value)[0]
    except BirthDateError:
        years = _YEAR.findall(value)
        return int(years[0]) if len(set(years)) == 1 else None


def _evidence(query: Counterparty) -> QueryEvidence:
    if not (query.nationality or query.country or query.identifiers or query.birth_date):
        return QueryEvidence(
            kind=query.kind, birth_year=None, countries=frozenset(), imo=None, ids={}
        )
    unread: list[FeatureScore] = []
    countries: set[str] = set()
    for field, value in (("nationality", query.nationality), ("country", query.country)):
        if value:
            code = normalize_country(value)
            if code is None:
                unread.append(unread_value(field, value, "a country"))
            else:
                countries.add(code)
    ids: dict[IdentifierType, set[str]] = {}
    imo: str | None = None
    for ident in query.identifiers:
        if ident.type is IdentifierType.IMO:
            imo = imo_of(ident.value)
            if imo is None:
                unread.append(unread_value("imo", ident.value, "an IMO number"))
            continue
        number = normalize_identifier(ident.value)
        if number:
            ids.setdefault(ident.type, set()).add(number)
        else:
            unread.append(unread_value(ident.type.value, ident.value, "an identifier"))
    birth_year = _birth_year(query.birth_date)
    if birth_year is None and query.birth_date is not None:
        unread.append(unread_value("birth_date", str(query.birth_date), "a date or a year"))
    return QueryEvidence(
        kind=query.kind,
        birth_year=birth_year,
        countries=frozenset(countries),
        imo=imo,
        ids={k: frozenset(v) for k, v in ids.items()},
        unread=tuple(unread),
    )


class Screener:
    """Screens names and counterparties against a set of sanctions entries.

    Example:
        >>> screener = Screener.from_sources(["eu"])
        >>> hit = screener.screen_name("No Kwang Chol")[0]
        >>> hit.entry.reference, hit.listed_name, hit.provenance.legal_basis[0]
        ('269/2014 I.PERSONS/1869', 'NO Kwang Chol', 'Council Regulation (EU) No 269/2014')
    """

    def __init__(
        self,
        entries: Iterable[SanctionsEntry],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        max_hits: int = 10,
        build_workers: int = 2,
    ) -> None:
        """A screener over ``entries``.

        Args:
            entries: the list entries to screen against.
            threshold: the score in [0, 1] at or above which a match is a hit.
            max_hits: the most hits a query returns, best first.
            build_workers: 2 builds the index of a large list on two cores (a forked
                child prepares half the listed names; Linux, when no other Python thread
                runs); 1 never forks. The index and the hits are the same either way.

        Raises:
            QueryError: a threshold outside [0, 1].
        """
        if not 0.0 <= threshold <= 1.0:
            raise QueryError(f"threshold must be in [0, 1], got {threshold}")
        self.index = ScreeningIndex(list(entries), workers=build_workers)
        self.threshold = threshold
        self.max_hits = max_hits
        self._lookup = lru_cache(maxsize=NAME_CACHE_SIZE)(self._name_lookup)

    @classmethod
    def from_sources(
        cls,
        sources: Sequence[str] | None = None,
        *,
        scope: Scope = "dprk",
        threshold: float = DEFAULT_THRESHOLD,
        max_hits: int = 10,
        build_workers: int = 2,
    ) -> Screener:
        """A screener over the bundled snapshots of ``sources`` ("un", "eu", "ofac"); the
        other arguments as for :class:`Screener`."""
        entries = load_bundled(sources, scope=scope)
        return cls(entries, threshold=threshold, max_hits=max_hits, build_workers=build_workers)

    @property
    def entries(self) -> tuple[SanctionsEntry, ...]:
        """The entries screened against."""
        return self.index.entries

    def screen_name(self, name: str, *, kind: EntityKind | None = None) -> list[Hit]:
        """The hits for one name at or above the threshold, best first.

        Raises:
            QueryError: the name is empty or has nothing to screen (punctuation only, a
                legal form only): that is "not screened", never "no hit".
        """
        result = self.screen(Counterparty(name=name, kind=kind))
        if result.status is ScreeningStatus.NOT_SCREENED:
            raise QueryError(f"name {name!r} not screened: {result.reason}")
        return list(result.hits)

    def screen(self, counterparty: Counterparty) -> ScreeningResult:
        """Screen a counterparty: name hits, adjusted by its other data as evidence."""
        query = counterparty
        status, reason, texts, hits = self._screen_hits(query)
        if status is ScreeningStatus.NOT_SCREENED:
            return ScreeningResult(
                query=query, status=status, reason=reason, threshold=self.threshold
            )
        # Model instances are taken as they are (not validated again): cheap.
        return ScreeningResult(
            query=query,
            status=status,
            hits=tuple(hits),
            reason=None,
            threshold=self.threshold,
            query_forms=texts,
        )

    def _screen_hits(
        self, query: Counterparty, *, remember: bool = True
    ) -> tuple[ScreeningStatus, str | None, tuple[str, ...], list[Hit]]:
        """What :meth:`screen` finds, without the result wrapped around it (for batches):
        the status, the reason the query is not screened (None when it is), its name
        forms' texts and the hits. With ``remember``, the hits of a query with nothing but
        a name are kept with the name's lookup (batches keep their own outcomes)."""
        evidence = _evidence(query)
        floor = self.threshold - evidence.headroom
        lookup = self._lookup(query.name, query.kind, floor) if query.name else _NO_NAME
        texts = lookup.texts
        if not texts and evidence.imo is None:
            reason = "no name" if not query.name else "no usable name (empty after normalising)"
            return ScreeningStatus.NOT_SCREENED, reason, texts, []
        plain = remember and evidence.is_empty
        if plain and lookup.plain is not None:
            status, shared = lookup.plain
            return status, None, texts, list(shared)
        best = dict(lookup.matches)
        imo_entries: set[int] = set()
        if evidence.imo is not None:
            imo_entries = set(self.index.entries_with_imo(evidence.imo))
        hits: list[Hit] = []
        for e_index in set(best) | imo_entries:
            hit = self._hit(e_index, best.get(e_index), lookup.folded, evidence)
            if hit is not None and hit.score >= self.threshold:
                hits.append(hit)
        hits.sort(key=lambda h: (-h.score, -h.name_score, h.entry.id))
        hits = hits[: self.max_hits]
        status = ScreeningStatus.HIT if hits else ScreeningStatus.CLEAR
        if plain:
            lookup.plain = status, tuple(hits)
        return status, None, texts, hits

    def _name_lookup(self, name: str, kind: EntityKind | None, floor: float) -> _NameLookup:
        """:meth:`_name_matches` of a name's forms, with the forms' texts. Depends on the
        name only, so it is remembered (``_lookup``) across queries that differ in other
        data."""
        forms = name_forms(name, kind)
        whole = len(prepare_name(name, kind))  # the forms after these leave brackets out
        matches = self._name_matches(forms, floor, whole) if forms else ()
        return _NameLookup(tuple(f.text for f in forms), tuple(f.folded for f in forms), matches)

    def _name_matches(self, forms: tuple[NameForm, ...], floor: float, whole: int) -> _Matches:
        """Each entry's best name match to ``forms`` among the candidates at ``floor``:
        entry index -> (score, query form index, record index). The forms from ``whole``
        on are of the name without its parts in brackets."""
        best: dict[int, tuple[NameScore, int, int]] = {}
        records = self.index.records
        found = [self.index.candidates(form, threshold=floor) for form in forms]
        if len(forms) > 1:
            self._share_syllables_candidates(forms, found, floor)
        entries = self.index.entries
        for f_index, form in enumerate(forms):
            bare = f_index >= whole
            # The same listed form often stands in several lists: score it once.
            seen: dict[NameForm, NameScore] = {}
            for r_index in found[f_index]:
                record = records[r_index]
                if bare and has_brackets(
                    entries[record.entry_index].names[record.name_index].value
                ):
                    # Both names add a part in brackets, and not the same: another
                    # branch ('Bank of China (Singapore)' v 'Bank of China (Hong Kong)').
                    continue
                scored = seen.get(record.form)
                if scored is None:
                    scorer = score_without_brackets if bare else score_forms
                    scored = seen[record.form] = scorer(form, record.form)
                current = best.get(record.entry_index)
                if current is None or scored.score > current[0].score:
                    best[record.entry_index] = (scored, f_index, r_index)
        return tuple(best.items())

    def _share_syllables_candidates(
        self, forms: tuple[NameForm, ...], found: list[list[int]], floor: float
    ) -> None:
        """A word read as syllables ('tonghungsang' as 'tong hung sang') is also scored
        as written against the names its syllables meet, at a lower floor: a Korean name
        run together from a script that does not tell n from ng (Тонхынсан) is one
        letter from TONG HUNG SAN as one word, but a whole syllable off in each wrong
        final when split (sang v san)."""
        for index, form in enumerate(forms):
            if len(form.tokens) != 1 or len(form.tokens[0]) < MIN_RUN_TOGETHER_LENGTH:
                continue
            for other in forms:
                if len(other.tokens) > 1 and "".join(other.tokens) == form.tokens[0]:
                    more = self.index.candidates(other, threshold=floor - SYLLABLES_SLACK)
                    found[index] = sorted({*found[index], *more})

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the per-process cache of name matches."""
        return {k: v for k, v in self.__dict__.items() if k != "_lookup"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._lookup = lru_cache(maxsize=NAME_CACHE_SIZE)(self._name_lookup)

    def _hit(
        self,
        e_index: int,
        best: tuple[NameScore, int, int] | None,
        folded: Sequence[str],
        evidence: QueryEvidence,
    ) -> Hit | None:
        entry = self.index.entries[e_index]
        if best is None:
            name_score, listed, role, query_name = 0.0, entry.caption, "primary", ""
            name_feature = FeatureScore(name="name", score=None, detail="no name compared")
        else:
            scored, f_index, r_index = best
            name_score = scored.score
            # Cheap exit: no evidence the query has can lift this name to the threshold.
            if evidence.imo is None and name_score + evidence.headroom < self.threshold:
                return None
            record = self.index.records[r_index]
            name = entry.names[record.name_index]
            listed, role = name.value, name.role.value
            query_name = folded[f_index]
            name_feature = FeatureScore(name="name", score=name_score, detail=scored.detail)
        features = [name_feature]
        for feature in (
            score_kind(evidence, entry),
            score_birth_year(evidence, entry),
            score_nationality(evidence, entry),
        ):
            if feature is not None:
                features.append(feature)
        features.extend(score_identifiers(evidence, entry))
        features.extend(evidence.unread)
        score = name_score + sum(f.effect for f in features)
        if any(f.name == "imo" and f.score == 1.0 for f in features):
            score = max(score, IMO_MATCH_FLOOR)
        score = round(max(0.0, min(1.0, score)), 4)
        return Hit(
            score=score,
            name_score=name_score,
            entry=entry,
            listed_name=listed,
            listed_name_role=role,
            query_name=query_name,
            features=tuple(features),
            provenance=HitProvenance.of(entry),
        )
