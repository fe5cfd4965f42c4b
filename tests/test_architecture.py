"""The house rules of the code: stages import one way, with no cycles.

The graph is read from the source (every `from .x import` and `from . import x`,
at the top of a module or inside a function), so a cycle that would only show
at run time fails here too.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
# the syntactic layer's modules in the order data flows through them (pipeline/syntax/__init__.py)
SYNTAX_ORDER = ["words", "model", "pieces", "tree", "repairs", "frames", "ellipsis"]


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """The pipeline modules that `path` imports."""
    own = _module_name(path)
    package = own if path.name == "__init__.py" else own.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package.split(".")
            base = base[: len(base) - (node.level - 1)]
            target = ".".join(base + ([node.module] if node.module else []))
            if node.module is None:  # "from . import units": each name is a module
                found.update(f"{target}.{alias.name}" for alias in node.names)
            else:
                found.add(target)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pipeline"):
            found.add(node.module)
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    return {name for name in found if name in modules and name != own}


def _graph() -> dict[str, set[str]]:
    return {_module_name(path): _imports(path) for path in PACKAGE.rglob("*.py")}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> list[str] | None:
        if name in path:
            return path[path.index(name):] + [name]
        if name in done:
            return None
        for other in sorted(graph.get(name, ())):
            found = visit(other, path + [name])
            if found:
                return found
        done.add(name)
        return None

    for name in sorted(graph):
        found = visit(name, [])
        if found:
            return found
    return None


def test_the_graph_is_read_from_the_source():
    graph = _graph()
    # guards against a reader that finds nothing and so finds no cycle
    assert "pipeline.syntax.frames" in graph["pipeline.syntax"]
    assert "pipeline.syntax" in graph["pipeline.nlp"]
    assert "pipeline.quantities" in graph["pipeline.syntax.ellipsis"]  # a parent-relative import
    assert "pipeline.vocab" in graph["pipeline.syntax.words"]  # "from .. import vocab"


def test_no_import_cycles():
    assert _cycle(_graph()) is None


def test_a_cycle_is_found_where_there_is_one():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"b"}}) is None


@pytest.mark.parametrize("module", SYNTAX_ORDER)
def test_the_syntactic_layer_imports_only_what_comes_before(module):
    imported = {name.rpartition(".")[2] for name in _graph()[f"pipeline.syntax.{module}"] if name.startswith("pipeline.syntax.")}
    later = set(SYNTAX_ORDER[SYNTAX_ORDER.index(module):])
    assert not imported & later, f"pipeline.syntax.{module} imports {sorted(imported & later)}, which come after it"


def test_every_module_of_the_syntactic_layer_is_in_the_order():
    on_disk = {p.stem for p in (PACKAGE / "syntax").glob("*.py")} - {"__init__"}
    assert on_disk == set(SYNTAX_ORDER)
