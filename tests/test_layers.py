"""The package's layers: each module imports only modules of its own layer or those below it (imports
inside functions count too), and no modules import each other in a cycle."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "vlasov_cli"

# The layers are the package's folders, lowest first: a module may import from its own folder and the
# folders before it. The package's own __init__ and __main__ start the command line, the top.
LAYERS = ("core", "state", "features", "cli")


def layer_of(module: str) -> int:
    folder = module.split(".")[0]
    return LAYERS.index(folder) if folder in LAYERS else len(LAYERS)


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        found[name.removesuffix(".__init__") if name != "__init__" else ""] = path
    return found


def imports_of(path: Path) -> set[str]:
    """The package's own modules that `path` imports, anywhere in it."""
    known = set(modules())
    named: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            named.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            named.add(node.module)
            named.update(f"{node.module}.{alias.name}" for alias in node.names)
    own = {name.removeprefix("vlasov_cli").removeprefix(".") for name in named if name.startswith("vlasov_cli")}
    return own & known


def test_every_module_is_in_a_layer_folder():
    assert {name for name in modules() if layer_of(name) == len(LAYERS)} == {"", "__main__"}


def test_no_module_imports_a_higher_layer():
    upward = [
        f"{name} imports {other}"
        for name, path in modules().items()
        if name
        for other in imports_of(path)
        if other and layer_of(other) > layer_of(name)
    ]
    assert upward == []


def test_no_import_cycles():
    graph = {name: imports_of(path) - {name, ""} for name, path in modules().items()}
    graph = {name: {other for other in edges if not name.startswith(other + ".")} for name, edges in graph.items()}
    done: set[str] = set()
    cycles = []

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycles.append(path[path.index(name) :] + [name])
            return
        if name in done:
            return
        for other in sorted(graph[name]):
            visit(other, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    assert cycles == []


def test_the_layer_check_sees_an_upward_import(tmp_path, monkeypatch):
    # The checks above would pass on a package that imports nothing: show that they see imports,
    # including those inside functions.
    source = PACKAGE / "core" / "text.py"
    assert "vlasov_cli.cli.dialogue" not in source.read_text(encoding="utf-8")
    planted = tmp_path / "text.py"
    planted.write_text(source.read_text(encoding="utf-8") + "\n\ndef f():\n    from vlasov_cli.cli import dialogue\n")
    assert "cli.dialogue" in imports_of(planted)


def test_the_command_line_uses_only_the_drafts_public_side():
    # features/draft/__init__.py is the package's one door: the command line imports none of its modules.
    inside = [
        f"{name} imports {other}"
        for name, path in modules().items()
        if name.startswith("cli")
        for other in imports_of(path)
        if other.startswith("features.draft.")
    ]
    assert inside == []
