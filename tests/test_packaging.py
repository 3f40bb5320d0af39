"""The wheel carries the bundled lists; the public API is exactly what is intended;
dependencies point one way (read from the imports)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import sanctions_screen

from .conftest import REPO

PACKAGE = REPO / "sanctions_screen"

EXPORTED = {
    "Address",
    "BirthDate",
    "ChecksumMismatchError",
    "Counterparty",
    "DEFAULT_THRESHOLD",
    "EntityKind",
    "FeatureScore",
    "Hit",
    "HitProvenance",
    "Identifier",
    "IdentifierType",
    "InputFormatError",
    "LinkedEntity",
    "ListFormatError",
    "Listing",
    "Name",
    "NameQuality",
    "NameRole",
    "ParsedList",
    "Place",
    "Provenance",
    "QueryError",
    "QueryIdentifier",
    "RecordIssue",
    "SanctionsEntry",
    "SanctionsScreenError",
    "Screener",
    "ScreeningResult",
    "ScreeningStatus",
    "SnapshotError",
    "SnapshotInfo",
    "TopicReason",
    "VesselInfo",
    "__version__",
    "compare_names",
    "load_bundled",
}


def test_public_api_is_exactly_the_intended_names() -> None:
    assert set(sanctions_screen.__all__) == EXPORTED
    # Order: ruff's RUF022 (constants, classes, functions) keeps __all__ sorted.
    for name in EXPORTED:
        assert hasattr(sanctions_screen, name)


def test_pyproject_lists_every_subpackage() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        "sanctions_screen" + "".join("." + p for p in d.relative_to(PACKAGE).parts)
        for d in [PACKAGE, *PACKAGE.rglob("*")]
        if d.is_dir() and (d / "__init__.py").exists()
    }
    assert on_disk | {"sanctions_screen._lists"} == listed


# Layers, lowest first: a module may import only from its own layer or lower ones.
LAYERS = [
    {"errors", "models", "normalize", "runtime"},
    {"sources", "matching", "topics", "summary"},
    {"bundled", "index"},
    {"screen", "shipments"},
    {"batch"},
    {"cli", "__main__"},
]


def _layer(module: str) -> int:
    for level, names in enumerate(LAYERS):
        if module in names:
            return level
    return len(LAYERS)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_dependencies_point_one_way() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        if parts == ("__init__",):
            continue
        own = _layer(parts[0])
        for module in _imports(path):
            if not module.startswith("sanctions_screen."):
                if module.split(".")[0] == "rapidfuzz" and parts[0] != "matching":
                    offenders.append(f"{path.name} imports rapidfuzz outside matching/")
                if module.split(".")[0] == "pandas" and parts[0] != "batch":
                    offenders.append(f"{path.name} imports pandas outside batch")
                continue
            target = module.split(".")[1]
            if target == "testing" or _layer(target) > own:
                offenders.append(f"{'/'.join(parts)} imports {module}")
    assert offenders == []


@pytest.mark.slow
def test_wheel_carries_the_lists(tmp_path: Path) -> None:
    wheel_dir = tmp_path / "wheel"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheel_dir),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheel_dir.glob("*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    script = (
        "import sanctions_screen, collections;"
        "e = sanctions_screen.load_bundled();"
        "print(sanctions_screen.__file__);"
        "print(sorted(collections.Counter(x.source for x in e).items()))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    first, second = done.stdout.splitlines()
    assert first.startswith(str(target))
    assert second == "[('eu', 347), ('ofac', 622), ('un', 155)]"
