"""Scan every regular expression of the ``encoder`` package with regexploit.

Run as a script (``python tests/redos_scan.py``) it prints one JSON object per
finding. It runs in its own process because it hooks ``re.compile`` before
the package is imported: patterns built from pieces (``rf"...{DATE}..."``),
which a scan of the source text cannot see, are caught as they are compiled.
Patterns compiled later (inside functions) are found in the modules' and
classes' attributes after import, and a static scan of the source adds
literals passed straight to ``re.search`` and the like.
"""

from __future__ import annotations

import ast
import importlib
import json
import pkgutil
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# regexploit's threshold: 3 and more is at least cubic; 2 (quadratic) is what
# its own command line leaves out as too noisy; the timing tests cover it.
STARRINESS: int = 3


def _where(filename: str) -> str | None:
    """``encoder/x.py`` for a file of the package, None for any other."""
    path = Path(filename).resolve()
    if not path.is_relative_to(ROOT / "encoder"):
        return None
    return path.relative_to(ROOT).as_posix()


def main() -> int:
    # Everything happens here, not at import: pytest's --doctest-modules
    # imports this file, and the hook must not patch re.compile in pytest.
    warnings.simplefilter("ignore")  # regexploit imports sre_parse, deprecated in 3.11
    import regexploit.hook

    regexploit.hook.install()  # before the package is imported
    from regexploit.ast.sre import SreOpParser
    from regexploit.languages.python_node_visitor import PythonNodeVisitor
    from regexploit.redos import find

    sys.path.insert(0, str(ROOT))
    import encoder
    from encoder.lazyre import LazyPattern

    found: dict[tuple[str, int], tuple[str, str, int]] = {}
    for info in pkgutil.walk_packages(encoder.__path__, "encoder."):
        importlib.import_module(info.name)
    patterns: dict[tuple[str, int], str] = {}
    for hooked in regexploit.hook.get_and_clear_regexes():
        where = next(
            (
                f"{w}:{frame.lineno}"
                for frame in reversed(hooked.traceback)
                if (w := _where(frame.filename))
            ),
            None,
        )
        if where is not None and isinstance(hooked.pattern, str):
            patterns[(hooked.pattern, hooked.flags)] = where
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("encoder"):
            continue
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                key = (value.pattern, value.flags & ~re.UNICODE)
                patterns.setdefault(key, _where(module.__file__ or "") or name)
            elif isinstance(value, LazyPattern):  # compiled on first use, not at import
                key = (value.source, int(value.flags))
                patterns.setdefault(key, _where(module.__file__ or "") or name)
    for path in sorted((ROOT / "encoder").rglob("*.py")):  # literals in function bodies
        visitor = PythonNodeVisitor()
        visitor.visit(ast.parse(path.read_bytes()))
        for regex in visitor.patterns:
            try:
                re.compile(regex.pattern, regex.flags)
            except (re.error, TypeError):
                continue  # a string that is not a pattern
            where = f"{path.relative_to(ROOT).as_posix()}:{regex.lineno}"
            patterns.setdefault((regex.pattern, regex.flags), where)
    for (pattern, flags), where in sorted(patterns.items(), key=lambda item: item[1]):
        try:
            parsed = SreOpParser().parse_sre(pattern, flags)
        except Exception as exc:  # an unparsable pattern is a finding too
            print(json.dumps({"where": where, "pattern": pattern, "error": str(exc)}))
            continue
        for redos in find(parsed):
            if redos.starriness >= STARRINESS:
                key = (where, hash(pattern))
                found.setdefault(key, (pattern, redos.example(), redos.starriness))
    for (where, _), (pattern, example, starriness) in sorted(found.items()):
        print(
            json.dumps(
                {"where": where, "pattern": pattern, "example": example, "starriness": starriness}
            )
        )
    print(json.dumps({"scanned": len(patterns)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
