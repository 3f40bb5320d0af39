"""Quality figures of the matching engine on the labelled sets in shared/data/matching.

Prints:
- nomenklatura's name_bench: precision, recall and F1 at DEFAULT_THRESHOLD, overall (Korean
  rows excluded: their labels are inconsistent, so they are reported apart, not tuned to)
  and per case group;
- watchman's cross-script pairs: each pair's score, by script;
- yente's UN positives: the share of treated names whose top hit (full UN list) is the
  untreated name's UN entry, overall and for North Korean rows;
- Russian names under other romanisation schemes: the EU 269/2014 persons' Russian
  Cyrillic names, written by iuliia schemes the library does not use itself (ISO 9,
  scholarly, BGN/PCGN, ALA-LC, ...), screened against the bundled lists: the share
  whose hits include the EU entry, by scheme;
- organisations the bundled lists also name in Han or Hangul characters, screened by that
  name against the lists without such names: the share found by their Latin names;
- the same for organisations named in Cyrillic (Russian plants, institutes and firms),
  as listed and transliterated by two schemes the library does not use, in two halves:
  one the Russian business words were written from, one held out;
- DPRK firms and state bodies written in Russian, Chinese, Korean and Japanese
  (benchmarks/data/dprk_bodies_other_scripts.csv), screened against the default scope: the
  share whose hits include the listed body, by script and half;
- every name on the full bundled lists, screened untyped as the list writes it: the share
  whose hits include its own entry, and at 0.99 or more;
- EU 269/2014 persons written as a surname with initials, four ways ('SHOIGU S.K.',
  'S. K. Shoigu', 'Shoigu, S. K.', 'Шойгу С.К.'), screened untyped against the full lists:
  the share whose hits include the entry, and the mean number of hits (initials are
  ambiguous: every listed Ivanov with the letters is a fair hit).

Run: ``.venv/bin/python benchmarks/quality.py [--data DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
import zlib
from collections import defaultdict
from pathlib import Path

import iuliia  # a dependency of sanctions_screen

from sanctions_screen import (
    DEFAULT_THRESHOLD,
    Counterparty,
    EntityKind,
    SanctionsEntry,
    Screener,
    compare_names,
    load_bundled,
)
from sanctions_screen.normalize import detect_script, fold_text, japanese_available

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "matching"
BODIES = Path(__file__).resolve().parent / "data" / "dprk_bodies_other_scripts.csv"
CJK = re.compile("[\u3400-\u9fff\uac00-\ud7a3]")
EU_RUSSIA = "eu/eu_oj_32014R0269_russia_regime.csv"  # under the data directory's parent
# iuliia schemes that sanctions_screen does not itself write Russian names with (it uses
# WIKIPEDIA, ICAO_DOC_9303 and MVD_310): spellings the engine has not seen.
OTHER_SCHEMES = (
    "BGN_PCGN",
    "ALA_LC",
    "GOST_779",
    "GOST_779_ALT",
    "SCIENTIFIC",
    "UNGEGN_1987",
    "TELEGRAM",
    "YANDEX_MAPS",
    "MOSMETRO",
    "ISO_9_1968_ALT",
    "GOST_52535",
    "BS_2979",
    "MVD_782",
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_NOT_RUSSIAN = re.compile("[іїєґІЇЄҐўЎ]")
SCHEMA_KIND = {
    "Person": EntityKind.PERSON,
    "Company": EntityKind.ORGANIZATION,
    "Organization": EntityKind.ORGANIZATION,
    "LegalEntity": None,
    "Vessel": EntityKind.VESSEL,
}


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def name_bench(data: Path, threshold: float, *, verbose: bool) -> float:
    """F1 on nomenklatura's name_bench; returns the overall F1 (Korean rows excluded)."""
    rows = list(csv.DictReader((data / "nomenklatura_name_bench_cases.csv").open(encoding="utf-8")))
    groups: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    errors = []
    for row in rows:
        korean = "korean" in row["notes"].lower()
        kind = SCHEMA_KIND.get(row["schema"])
        score = compare_names(row["name1"], row["name2"], kind=kind)
        predicted = score >= threshold
        truth = row["is_match"] == "true"
        key = "korean-notes (not tuned)" if korean else row["case_group"]
        for group in (key, "ALL (Korean rows excluded)" if not korean else None):
            if group is None:
                continue
            cell = groups[group]
            cell[0 if predicted and truth else 1 if predicted else 2 if truth else 3] += 1
        if predicted != truth and not korean:
            errors.append((score, truth, row["schema"], row["name1"], row["name2"]))
    print(f"\nnomenklatura name_bench ({len(rows)} pairs), threshold {threshold}")
    print(f"  {'group':<28} {'pairs':>5} {'prec':>6} {'recall':>6} {'F1':>6}")
    overall = 0.0
    for group in sorted(groups):
        tp, fp, fn, tn = groups[group]
        p, r, f = _f1(tp, fp, fn)
        print(f"  {group:<28} {tp + fp + fn + tn:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f}")
        if group.startswith("ALL"):
            overall = f
    if verbose:
        for score, truth, schema, a, b in sorted(errors)[:80]:
            print(f"    {'FN' if truth else 'FP'} {score:.3f} {schema:<8} {a!r} v {b!r}")
    return overall


def watchman_pairs(data: Path, threshold: float) -> None:
    """Scores of watchman's cross-script pairs, by script."""
    reader = "installed" if japanese_available() else "not installed (extra 'japanese')"
    print(f"\nwatchman cross-script pairs (Japanese readings of kanji: {reader})")
    lines = (data / "watchman_cross_script_pairs.csv").read_text(encoding="utf-8").splitlines()
    required = {"cyrillic", "hangul", "han"}
    met = total = 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        query, expected, _min_score, _description = next(csv.reader([line]))
        script = detect_script(query)
        score = compare_names(query, expected)
        flag = "ok" if score >= threshold else "below"
        if script in required:
            total += 1
            met += score >= threshold
        print(f"  {script:<9} {score:.3f} {flag:<5} {query} -> {expected}")
    print(f"  Cyrillic/Hangul/Han pairs at or above threshold: {met}/{total}")


def yente_positives(data: Path) -> None:
    """Top-hit accuracy of treated UN names against the full UN list."""
    treated = list(csv.DictReader((data / "yente_positives_un_treated.csv").open(encoding="utf-8")))
    untreated = list(
        csv.DictReader((data / "yente_positives_un_untreated.csv").open(encoding="utf-8"))
    )
    entries = load_bundled(["un"], scope="all")
    by_name: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for name in entry.names:
            by_name[fold_text(name.value)].add(entry.id)
    screener = Screener(entries, threshold=0.5, max_hits=3)
    total = right = kp_total = kp_right = unresolved = 0
    with_data_right = 0
    misses = []
    started = time.perf_counter()
    for t_row, u_row in zip(treated, untreated, strict=True):
        wanted = by_name.get(fold_text(u_row["full_name"]), set())
        if not wanted:
            unresolved += 1
            continue
        total += 1
        kp = u_row["nationality"] == "kp"
        kp_total += kp
        hits = screener.screen_name(t_row["full_name"])
        ok = bool(hits) and hits[0].entry.id in wanted
        right += ok
        kp_right += ok and kp
        full = screener.screen(
            Counterparty(
                name=t_row["full_name"],
                birth_date=t_row["date_of_birth"] or None,
                nationality=t_row["nationality"] or None,
            )
        )
        with_data_right += bool(full.hits) and full.hits[0].entry.id in wanted
        if not ok:
            top = f"{hits[0].listed_name} {hits[0].score:.2f}" if hits else "no hit"
            misses.append(f"{t_row['full_name']!r} (want {u_row['full_name']!r}) -> {top}")
    seconds = time.perf_counter() - started
    print(f"\nyente UN positives: {total} rows resolved to a UN entry ({unresolved} not found)")
    print(f"  top hit is the UN entry (name only):        {right}/{total} = {right / total:.3f}")
    print(f"  ... with date of birth and nationality:     {with_data_right}/{total}")
    print(f"  North Korean rows, name only:               {kp_right}/{kp_total}")
    print(f"  ({seconds:.1f} s)")
    for miss in misses[:15]:
        print(f"    miss: {miss}")


def _eu_russian_names(path: Path) -> list[tuple[str, str]]:
    """(Russian Cyrillic alias, Latin name) of each EU 269/2014 person that has one of
    the same number of tokens."""
    pairs = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["schema"] != "Person" or _CYRILLIC.search(row["name"]):
                continue
            name = re.sub(r"\(.*?\)", "", row["name"]).strip()
            for alias in row["alias"].split(";"):
                alias = re.sub(r"\(.*?\)", "", alias).strip()
                if (
                    _CYRILLIC.search(alias)
                    and not _NOT_RUSSIAN.search(alias)
                    and len(alias.split()) == len(name.split())
                ):
                    pairs.append((alias, name))
                    break
    return pairs


def russian_schemes(data: Path, threshold: float) -> None:
    """EU 269/2014 persons' Russian names under other romanisation schemes, screened."""
    import iuliia  # type: ignore[import-untyped]

    path = data.parent / EU_RUSSIA
    if not path.exists():
        print(f"\nRussian names under other schemes: {path} not found, skipped")
        return
    pairs = _eu_russian_names(path)
    entries = load_bundled(["eu"], scope="all")
    by_name: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for listed in entry.names:
            by_name[fold_text(listed.value)].add(entry.id)
    screener = Screener(entries, threshold=threshold)
    print(
        f"\nRussian names under other romanisation schemes: {len(pairs)} EU 269/2014 "
        "persons, each Cyrillic name written by the scheme, screened as a person"
    )
    print(f"  {'scheme':<16} {'pair score >= thr':>18} {'entry among hits':>17}")
    started = time.perf_counter()
    totals = [0, 0, 0]
    for scheme in OTHER_SCHEMES:
        scored = found = 0
        for cyrillic, latin in pairs:
            query = getattr(iuliia, scheme).translate(cyrillic)
            scored += compare_names(query, latin, kind=EntityKind.PERSON) >= threshold
            wanted = by_name.get(fold_text(latin), set())
            hits = screener.screen_name(query, kind=EntityKind.PERSON)
            found += any(h.entry.id in wanted for h in hits)
        totals[0] += scored
        totals[1] += found
        totals[2] += len(pairs)
        n = len(pairs)
        print(f"  {scheme:<16} {scored / n:>18.3f} {found / n:>17.3f}")
    scored, found, n = totals
    print(f"  {'all':<16} {scored / n:>18.3f} {found / n:>17.3f}  ({n} queries)")
    print(f"  ({time.perf_counter() - started:.1f} s)")


def _initials_forms(cyrillic: str, latin: str) -> list[str]:
    """A three-word Russian name ('Given Patronymic SURNAME') as a surname with initials."""
    given, patronymic, surname = latin.split()
    c_given, c_patronymic, c_surname = cyrillic.split()
    g, p = given[0].upper(), patronymic[0].upper()
    return [
        f"{surname.upper()} {g}.{p}.",
        f"{g}. {p}. {surname.title()}",
        f"{surname.title()}, {g}. {p}.",
        f"{c_surname.title()} {c_given[0].upper()}.{c_patronymic[0].upper()}.",
    ]


def russian_initials(data: Path, threshold: float) -> None:
    """EU 269/2014 persons as a surname with initials, screened untyped (scope 'all')."""
    path = data.parent / EU_RUSSIA
    if not path.exists():
        print(f"\nSurnames with initials: {path} not found, skipped")
        return
    pairs = [(c, latin) for c, latin in _eu_russian_names(path) if len(latin.split()) == 3]
    entries = load_bundled(scope="all")
    by_name: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for listed in entry.names:
            by_name[fold_text(listed.value)].add(entry.id)
    screener = Screener(entries, threshold=threshold)
    started = time.perf_counter()
    labels = ("SURNAME G.P.", "G. P. Surname", "Surname, G. P.", "Фамилия И.О.")
    found = [0] * len(labels)
    hits_seen = [0] * len(labels)
    for cyrillic, latin in pairs:
        wanted = by_name.get(fold_text(latin), set())
        for n, query in enumerate(_initials_forms(cyrillic, latin)):
            hits = screener.screen(Counterparty(name=query)).hits
            found[n] += any(h.entry.id in wanted for h in hits)
            hits_seen[n] += len(hits)
    print(
        f"\nSurnames with initials: {len(pairs)} EU 269/2014 persons with a three-word "
        "Russian name, screened untyped against the full lists"
    )
    print(f"  {'written':<16} {'entry among hits':>17} {'hits per query':>15}")
    for n, label in enumerate(labels):
        share = found[n] / len(pairs)
        print(f"  {label:<16} {share:>17.3f} {hits_seen[n] / len(pairs):>15.1f}")
    print(f"  ({time.perf_counter() - started:.1f} s)")


def _without_script(
    pattern: re.Pattern[str], threshold: float
) -> tuple[list[tuple[str, str, EntityKind]], Screener]:
    """The bundled lists' organisations' names written in a script (``pattern``), and a
    screener over the lists (scope 'all') with every such name left out."""
    queries: list[tuple[str, str, EntityKind]] = []
    kept_only = []
    for entry in load_bundled(scope="all"):
        native = [n for n in entry.names if pattern.search(n.value)]
        if entry.kind is not EntityKind.PERSON:
            queries += [(n.value, entry.id, entry.kind) for n in native]
        kept = tuple(n for n in entry.names if n not in native)
        kept_only.append(entry.model_copy(update={"names": kept or entry.names}))
    return queries, Screener(kept_only, threshold=threshold)


def native_organisations(threshold: float) -> None:
    """The bundled lists' organisations that are also named in Han or Hangul, screened by
    that name against the lists with every such name left out: is the entry found by its
    Latin names?"""
    started = time.perf_counter()
    queries, screener = _without_script(CJK, threshold)
    print(
        f"\nOrganisations' Han and Hangul names on the lists ({len(queries)}), screened against "
        "the lists' Latin names only"
    )
    by_script: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for name, entry_id, kind in queries:
        hits = screener.screen(Counterparty(name=name, kind=kind)).hits
        found = any(h.entry.id == entry_id for h in hits)
        script = "hangul" if re.search("[\uac00-\ud7a3]", name) else "han"
        by_script[script][0] += found
        by_script[script][1] += 1
        if not found:
            misses.append(name)
    for script, (found, total) in sorted(by_script.items()):
        print(f"  {script:<8} entry among hits: {found}/{total}")
    print(f"  not found: {', '.join(misses)}")
    print(f"  ({time.perf_counter() - started:.1f} s)")


def russian_organisations(threshold: float) -> None:
    """The bundled lists' organisations also named in Cyrillic (mostly EU 269/2014),
    screened by that name, and by that name in Latin letters under two schemes the
    library does not write Russian with (BGN/PCGN, Moscow metro), against the lists with
    every Cyrillic name left out: is the entry found by its other names? The Russian
    business words (``normalize.russian_orgs``) were written looking at the misses of
    half A only (the CRC-32 of the entry id even); half B is held out."""
    started = time.perf_counter()
    queries, screener = _without_script(_CYRILLIC, threshold)
    print(
        f"\nOrganisations' Cyrillic names on the lists ({len(queries)}), screened against "
        "the lists' other names only"
    )
    writings = {
        "as listed (Cyrillic)": lambda name: name,
        "BGN/PCGN": iuliia.BGN_PCGN.translate,
        "Moscow metro": iuliia.MOSMETRO.translate,
    }
    for label, write in writings.items():
        found = {"A": [0, 0, 0], "B": [0, 0, 0]}  # found, names, hits on other entries
        for name, entry_id, kind in queries:
            hits = screener.screen(Counterparty(name=write(name), kind=kind)).hits
            half = "A" if zlib.crc32(entry_id.encode()) % 2 == 0 else "B"
            found[half][0] += any(h.entry.id == entry_id for h in hits)
            found[half][1] += 1
            found[half][2] += sum(h.entry.id != entry_id for h in hits)
        print(f"  {label}:")
        for half, (hit, total, others) in found.items():
            what = "words written from its misses" if half == "A" else "held out"
            print(
                f"    half {half} ({what}): entry among hits {hit}/{total} "
                f"({hit / total:.1%}); hits on other entries {others / total:.2f} per name"
            )
    print(f"  ({time.perf_counter() - started:.1f} s)")


def _same_body(entries: list[SanctionsEntry], wanted: set[str]) -> set[str]:
    """The ids of ``wanted`` and of every entry sharing a name with one of them (folded,
    legal forms as written): the same body on another list."""
    names = {
        fold_text(n.value) for e in entries if e.id in wanted for n in e.names if len(n.value) > 3
    }
    return wanted | {e.id for e in entries if any(fold_text(n.value) in names for n in e.names)}


def dprk_bodies_other_scripts(threshold: float) -> None:
    """DPRK firms and state bodies written in Russian, Chinese, Korean or Japanese, as a
    counterparty file or a document in that language names them, screened against the
    bundled lists (scope 'dprk'): is the listed body among the hits? The names are in
    benchmarks/data/dprk_bodies_other_scripts.csv, written before the words that read
    them (``normalize.russian_orgs``, ``normalize.org_names``); the words were then
    written looking at the misses of half A only (the CRC-32 of the name even)."""
    started = time.perf_counter()
    entries = list(load_bundled(scope="dprk"))
    screener = Screener(entries, threshold=threshold)
    with BODIES.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    print(f"\nDPRK bodies written in other scripts ({len(rows)} names, scope 'dprk')")
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    misses: list[str] = []
    for row in rows:
        wanted = _same_body(entries, set(row["want"].split("|")))
        hits = screener.screen(Counterparty(name=row["name"])).hits
        half = "A" if zlib.crc32(row["name"].encode()) % 2 == 0 else "B"
        found = any(h.entry.id in wanted for h in hits)
        for key in ((row["script"], half), ("all", half)):
            tally[key][0] += found
            tally[key][1] += 1
            tally[key][2] += sum(h.entry.id not in wanted for h in hits)
        if not found and half == "A":
            misses.append(row["name"])
    print(f"  {'script':<10} {'half A (words from its misses)':>31} {'half B (held out)':>19}")
    for script in ("russian", "chinese", "hangul", "japanese", "all"):
        cells = []
        for half in "AB":
            hit, total, _ = tally[(script, half)]
            cells.append(f"{hit}/{total}")
        print(f"  {script:<10} {cells[0]:>31} {cells[1]:>19}")
    others = sum(tally[("all", h)][2] for h in "AB") / len(rows)
    print(f"  hits on other bodies: {others:.2f} per name")
    print(f"  half A not found: {', '.join(misses)}")
    print(f"  ({time.perf_counter() - started:.1f} s)")


def listed_names_as_written(threshold: float) -> None:
    """Every name of every entry (scope 'all'), screened with no kind as the list writes
    it: is its own entry among the hits, and at 0.99 or more? The kind a list gives its
    entry changes how a name is read (numbers in a firm's name, initials in a person's); a
    user who types the name without it must still find the entry."""
    started = time.perf_counter()
    entries = load_bundled(scope="all")
    screener = Screener(entries, threshold=threshold)
    names = found = exact = not_screened = 0
    misses: list[str] = []
    for entry in entries:
        for name in entry.names:
            names += 1
            result = screener.screen(Counterparty(name=name.value))
            own = [h.score for h in result.hits if h.entry.id == entry.id]
            not_screened += result.status.value == "not_screened"
            found += bool(own)
            exact += bool(own) and max(own) >= 0.99
            if not own and len(misses) < 12:
                misses.append(name.value)
    print(f"\nListed names screened untyped as written ({names} names, scope 'all')")
    print(f"  own entry among hits:  {found}/{names} = {found / names:.4f}")
    print(f"  ... at 0.99 or more:   {exact}/{names} = {exact / names:.4f}")
    print(f"  not screened (nothing left to compare): {not_screened}")
    print(f"  first misses: {'; '.join(misses)}")
    print(f"  ({time.perf_counter() - started:.1f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--verbose", action="store_true", help="list name_bench errors")
    args = parser.parse_args()
    name_bench(args.data, args.threshold, verbose=args.verbose)
    watchman_pairs(args.data, args.threshold)
    yente_positives(args.data)
    russian_schemes(args.data, args.threshold)
    native_organisations(args.threshold)
    russian_organisations(args.threshold)
    dprk_bodies_other_scripts(args.threshold)
    listed_names_as_written(args.threshold)
    russian_initials(args.data, args.threshold)


if __name__ == "__main__":
    main()
