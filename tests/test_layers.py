"""Imports run downward only and never in a circle, across the repository (xlt/, bench/, hydra_plugins/, notebooks/).

Every import counts, at module level or inside a function (a lazy import is still a dependency of the floor).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("xlt", "bench", "hydra_plugins", "notebooks")

# The floors, from the top down: a module may import from its own floor and from those below, never from one above.
# An entry names a module or a package (with everything under it).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("bench", "hydra_plugins", "notebooks", "tests"),  # the scripts, plug-ins and notebooks around the package
    ("xlt.cli", "xlt.run", "xlt.evaluate", "xlt.predict", "xlt.analyze", "xlt.report", "xlt.store", "xlt.sweep",
     "xlt.wandb_workspace"),  # the command lines and their `python -m xlt.<name>` shims
    ("xlt.analysis",),
    ("xlt.experiment",),
    ("xlt.training",),
    ("xlt.evaluation",),
    ("xlt.data",),
    ("xlt.config",),
    ("xlt.models",),
    ("xlt.targets", "xlt.console", "xlt.runtime", "xlt.rng", "xlt.io", "xlt.errors"),
)
INTERNAL = {entry.split(".")[0] for floor in LAYERS for entry in floor}  # top-level names that are this repository's


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    where: str  # file:line
    target: str  # the imported module (or package)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def source_files() -> Iterator[tuple[Path, str]]:
    """(file, Python source) of every module and notebook below SCANNED (a notebook: its code cells, magics out)."""
    for top in SCANNED:
        for path in sorted((ROOT / top).rglob("*.py")):
            yield path, path.read_text(encoding="utf-8")
        for path in sorted((ROOT / top).rglob("*.ipynb")):
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
            yield path, "\n".join(line for cell in code for line in cell.splitlines() if line.lstrip()[:1] not in "%!")


def is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()


def resolve(name: str, path: Path) -> str | None:
    """The repository module an absolute import names, or None for a third-party one. A script folder without
    __init__.py (bench/) is on sys.path when its scripts run, so a bare name there may be a sibling script."""
    if not (path.parent / "__init__.py").is_file() and is_module(f"{module_name(path.parent)}.{name}"):
        return f"{module_name(path.parent)}.{name}"
    return name if name.split(".")[0] in INTERNAL else None


def imports(path: Path, text: str) -> Iterator[Import]:
    source = module_name(path)
    package = source if path.name == "__init__.py" else source.rpartition(".")[0]
    for node in ast.walk(ast.parse(text)):
        where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: `..x` from a.b.c is a.x
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [base])])
            # `from pkg import mod` imports the module pkg.mod where there is one, else a name of pkg
            names = [f"{base}.{a.name}" if is_module(f"{base}.{a.name}") else base for a in node.names]
        else:
            continue
        for name in dict.fromkeys(names):
            target = resolve(name, path)
            if target is not None and target != "xlt":  # the bare namespace package holds nothing
                yield Import(source, where, target)


def all_imports() -> list[Import]:
    return [imp for path, text in source_files() for imp in imports(path, text)]


def floor_of(module: str) -> int | None:
    """The index of the floor of `module` (0 = top), by the longest entry naming it or a package above it."""
    matches = [(len(entry), i) for i, floor in enumerate(LAYERS) for entry in floor
               if module == entry or module.startswith(f"{entry}.")]
    return max(matches)[1] if matches else None


def test_every_module_is_on_a_floor():
    modules = {module_name(path) for path, _ in source_files()} - {"xlt"}
    missing = sorted(m for m in modules if floor_of(m) is None)
    assert not missing, f"on no floor: {', '.join(missing)}; declare each in LAYERS"


def test_imports_run_downward_only():
    """No module imports from a floor above its own."""
    found = all_imports()
    unknown = [f"{imp.where}: {imp.target} is on no floor" for imp in found if floor_of(imp.target) is None]
    upward = [f"{imp.where}: {imp.source} imports {imp.target} ({', '.join(LAYERS[floor_of(imp.target)])} is above "
              f"{', '.join(LAYERS[floor_of(imp.source)])})"
              for imp in found if floor_of(imp.target) is not None and floor_of(imp.target) < floor_of(imp.source)]
    assert not unknown + upward, "imports that run back up:\n" + "\n".join(unknown + upward)


def import_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every circle the depth-first search closes (a back edge), each once, as [a, b, ..., a] from its least name."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []
    found: dict[tuple[str, ...], list[str]] = {}

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                loop = path[path.index(nxt):]
                start = loop.index(min(loop))
                loop = loop[start:] + loop[:start]
                found.setdefault(tuple(loop), [*loop, loop[0]])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return list(found.values())


def test_import_cycles_are_found():
    assert import_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_no_modules_import_each_other_in_a_loop():
    edges: dict[str, set[str]] = {}
    for imp in all_imports():
        if imp.target != imp.source and is_module(imp.target):
            edges.setdefault(imp.source, set()).add(imp.target)
    cycles = import_cycles(edges)
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join(c) for c in cycles)
