"""Architecture rules, checked on the source itself (AST, no import side effects where possible):
module size, import cycles, layering, the language-module schema, hard-coded embedding widths,
and that docs/ARCHITECTURE.md names only things that exist.
"""
from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PKG = SRC / "newsweave"
DOC = ROOT / "docs" / "ARCHITECTURE.md"
MAX_LINES = 500

# pure data tables may be longer than MAX_LINES (path relative to src/newsweave → why)
DATA_TABLES: dict[str, str] = {}


EMBED_WIDTH = 384

# packages that hold engines: no store, API, CLI or pipeline import (components do no I/O)
ENGINE_PACKAGES = ("newsweave.enrich", "newsweave.clean", "newsweave.lang")
ENGINE_FORBIDDEN = ("newsweave.store", "newsweave.api", "newsweave.cli", "newsweave.pipeline",
                    "newsweave.defaults")


def _modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of src/newsweave."""
    out = {}
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(SRC).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()
_TREES: dict[str, ast.Module] = {}


def _tree(name: str) -> ast.Module:
    if name not in _TREES:
        _TREES[name] = ast.parse(MODULES[name].read_text(encoding="utf-8"), str(MODULES[name]))
    return _TREES[name]


def _rel(name: str) -> str:
    return str(MODULES[name].relative_to(PKG))


def _imports(name: str) -> set[str]:
    """Modules of newsweave that ``name`` imports anywhere (top level or inside functions)."""
    is_pkg = MODULES[name].name == "__init__.py"
    package = name if is_pkg else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(_tree(name)):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            # "from pkg import mod" imports the submodule; "from mod import name" the module
            targets = [f"{mod}.{a.name}" if f"{mod}.{a.name}" in MODULES else mod for a in node.names]
        else:
            continue
        for t in targets:
            while t and t not in MODULES:  # "newsweave.x.y.attr" → the module that defines it
                t = t.rpartition(".")[0]
            if t and t != name:
                out.add(t)
    return out


def _strongly_connected(graph: dict[str, set[str]]) -> list[tuple[str, ...]]:
    """Tarjan's algorithm: the components of more than one module (the cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[tuple[str, ...]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(tuple(sorted(comp)))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def _graph() -> dict[str, set[str]]:
    return {m: _imports(m) for m in MODULES}


def _oversized() -> set[str]:
    out = set()
    for name, path in MODULES.items():
        rel = _rel(name)
        if rel.startswith("lang/") and rel != "lang/__init__.py":
            continue  # language modules are data tables
        if len(path.read_text(encoding="utf-8").splitlines()) > MAX_LINES and rel not in DATA_TABLES:
            out.add(rel)
    return out


# ----------------------------------------------------------------------------- size and cycles
def test_no_module_over_the_line_limit():
    over = _oversized()
    assert not over, f"modules over {MAX_LINES} lines (split along their seams): {sorted(over)}"


def test_no_import_cycles():
    cycles = set(_strongly_connected(_graph()))
    assert not cycles, f"import cycles: {sorted(cycles)}"


def test_the_cycle_finder_finds_cycles():
    assert _strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [("a", "b", "c")]
    assert _strongly_connected({"a": {"b"}, "b": set()}) == []


def test_import_graph_sees_relative_and_function_local_imports():
    g = _graph()
    assert "newsweave.model" in g["newsweave.pipeline"]
    assert "newsweave.enrich.embed" in g["newsweave.defaults"]
    # link/events.py imports the embedder inside a function (heavy default)
    assert "newsweave.enrich.embed" in g["newsweave.link.events"]


def test_engines_do_no_io_and_import_no_outer_layer():
    bad = []
    for name, deps in _graph().items():
        if name.startswith(ENGINE_PACKAGES):
            bad += [(name, d) for d in deps if d.startswith(ENGINE_FORBIDDEN)]
    assert not bad, f"backward imports from engines: {sorted(bad)}"


# ----------------------------------------------------------------------------- language modules
def _language_modules() -> list[str]:
    from newsweave import lang
    return list(lang.LANGUAGES)


def _legacy_names(code: str) -> set[str]:
    """Top-level names of lang/<code>.py outside the schema (CODE, NAME, sections, _private)."""
    from newsweave.lang.schema import SECTIONS
    allowed = {"CODE", "NAME", "COVERAGE"} | {k.upper() for k in SECTIONS}
    out = set()
    for node in _tree(f"newsweave.lang.{code}").body:
        if isinstance(node, (ast.Import, ast.ImportFrom, ast.Expr)):
            continue  # imports and the docstring
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names = {node.name}
        else:
            names = {type(node).__name__}
        out |= {n for n in names if n not in allowed and not n.startswith("_")}
    return out


# legacy module-level constants of the language modules, migrating into the sections (issue #9);
# any language may still define them until the section owners' branches are merged


@pytest.mark.parametrize("code", _language_modules())
def test_language_module_follows_the_schema(code):
    from newsweave import lang
    from newsweave.lang.schema import SECTIONS
    mod = importlib.import_module(f"newsweave.lang.{code}")
    assert mod.CODE == code and isinstance(mod.NAME, str) and mod.NAME
    for key, cls in SECTIONS.items():
        value = getattr(mod, key.upper(), None)
        assert value is None or isinstance(value, cls), f"lang/{code}.py: {key.upper()} is not a {cls.__name__}"
    assert lang.language(code).code == code
    legacy = _legacy_names(code)
    assert not legacy, f"lang/{code}.py: names outside the schema (move them into a section): {sorted(legacy)}"


LANG_API = {"language", "languages", "LANGUAGES", "schema"}


def _untyped_lang_access() -> set[str]:
    """Modules outside lang/ that reach language data other than through the typed API
    (``lang.language(code)``, ``lang.languages()``, ``lang.LANGUAGES``, ``lang.schema``): a direct
    import of ``newsweave.lang.<code>`` or any other attribute of the package."""
    out = set()
    codes = set(_language_modules())
    for name in MODULES:
        if name == "newsweave.lang" or name.startswith("newsweave.lang."):
            continue
        tree = _tree(name)
        aliases = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                for a in node.names:
                    if a.name == "lang" and (base in ("newsweave", "") or node.level):
                        aliases.add(a.asname or a.name)
                    if base.endswith("lang") and a.name in codes:
                        out.add(_rel(name))
                if base.split(".")[-1] in codes and ".lang." in f".{base}":
                    out.add(_rel(name))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in aliases and node.attr not in LANG_API:
                out.add(_rel(name))
    return out


def test_engines_read_language_data_through_typed_sections():
    untyped = _untyped_lang_access()
    assert not untyped, f"modules reaching language data outside lang.language(): {sorted(untyped)}"


def _hardcoded_width() -> set[str]:
    out = set()
    for name in MODULES:
        if name == "newsweave.enrich.embed":
            continue  # the model classes that know their width
        for node in ast.walk(_tree(name)):
            if isinstance(node, ast.Constant) and node.value == EMBED_WIDTH and type(node.value) is int:
                out.add(_rel(name))
    return out


def test_the_embedding_width_is_known_only_to_the_model():
    from newsweave.enrich.embed import E5Model
    assert E5Model.dim == EMBED_WIDTH  # the constant this test looks for
    hard = _hardcoded_width()
    assert not hard, f"modules hard-coding {EMBED_WIDTH} (ask the embedder for .dim): {sorted(hard)}"


# ----------------------------------------------------------------------------- the document
def _doc_tables() -> list[tuple[list[str], list[list[str]]]]:
    """Markdown tables of the document: (header cells, rows of cells)."""
    tables, header, rows = [], None, []
    for line in DOC.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None:
                header = [c.lower() for c in cells]
            elif not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
        elif header is not None:
            tables.append((header, rows))
            header, rows = None, []
    return tables


def _spans(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def _resolve(dotted: str):
    """Import ``newsweave.x.y[.Attr]``: the module, or an attribute of the longest module prefix."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        return obj
    raise ImportError(dotted)


def _table(*titles: str) -> list[list[str]]:
    """Rows (first code span of each cell) of the table whose header starts with ``titles``."""
    for header, rows in _doc_tables():
        if tuple(header[:len(titles)]) == titles:
            return [[(_spans(c) or [""])[0] for c in r] for r in rows]
    raise AssertionError(f"docs/ARCHITECTURE.md has no table headed {titles}")


def _doc_rows(*titles: str) -> list[list[str]]:
    """Rows of the table headed ``titles``: a code span where a cell has one, else its text."""
    for header, rows in _doc_tables():
        if tuple(header[:len(titles)]) == titles:
            return [[(_spans(c) or [c.strip()])[0] for c in r] for r in rows]
    raise AssertionError(f"docs/ARCHITECTURE.md has no table headed {titles}")


def test_every_component_the_document_names_exists():
    from newsweave import components as contracts
    from newsweave.components import Components
    from newsweave.enrich.embed import HashingModel
    from newsweave.pipeline import Pipeline
    from newsweave.store import SQLiteRepository
    rows = _table("slot", "protocol", "default", "name")
    assert [r[0] for r in rows] == list(Components.__dataclass_fields__)
    pipe = Pipeline(SQLiteRepository(":memory:"), None, Components(embedder=HashingModel()))
    for slot, proto, default, name in rows:
        protocol = getattr(contracts, proto)
        cls = _resolve(default)
        if slot == "embedder":
            embedder = cls(None)  # the model loads on first use, not here
            assert embedder.name == name and isinstance(embedder.model, protocol)
            continue
        part = getattr(pipe.components, slot)
        assert type(part) is cls, (slot, type(part), cls)
        assert part.name == name, (slot, part.name, name)
        assert isinstance(part, protocol), f"{default} does not satisfy components.{proto}"
    for module in (r[0] for r in _table("module", "job")):
        assert _resolve(module) is not None, module


def test_every_language_the_document_names_exists():
    from newsweave import lang
    rows = {r[0]: r for r in _doc_rows("code", "language", "coverage")}
    assert sorted(rows) == sorted(lang.LANGUAGES)
    for code, (_, name, coverage) in rows.items():
        info = lang.language(code)
        assert (info.name, info.coverage) == (name, coverage), code


def test_every_code_path_in_the_document_resolves():
    """Dotted ``newsweave.…`` spans are modules or their attributes, except component names
    (``newsweave.timex.rules``), which the components table lists and the test above checks."""
    text = DOC.read_text(encoding="utf-8")
    component_names = {r[3] for r in _table("slot", "protocol", "default", "name")}
    for span in sorted(set(re.findall(r"`(newsweave(?:\.[A-Za-z_]\w*)+)`", text)) - component_names):
        assert _resolve(span) is not None, span
