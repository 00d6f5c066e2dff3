"""The ODD compiled into RELAX NG (``schema/tei-encoder.rng``), with TEI's specifications.

An ODD states a customisation as changes to TEI: which elements
(``moduleRef/@include``), which attributes go (``attDef mode="delete"``, a
class left with ``memberOf mode="delete"``), which become required or change
their datatype or value list, and, for every element of this customisation,
its content model (``elementSpec/content``, RELAX NG patterns naming the
elements and the ``macroSpec``s of the ODD). What is not changed comes from
TEI's specification database, ``p5subset.xml``: the attributes each element
has directly and through its attribute classes, and their datatypes.

This module knows the part of ODD that ``tei-encoder.odd`` uses and stops
with :class:`OddError` on anything else (a content model given by TEI
classes, an unknown datatype construct, a reference to nothing), so that
nothing is silently dropped. Its output is deterministic: elements,
attributes, macros and datatypes in alphabetical order.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from lxml import etree

TEI_NS: Final = "http://www.tei-c.org/ns/1.0"
RNG_NS: Final = "http://relaxng.org/ns/structure/1.0"
XSD_TYPES: Final = "http://www.w3.org/2001/XMLSchema-datatypes"
_T: Final = "{" + TEI_NS + "}"
_R: Final = "{" + RNG_NS + "}"
_NS: Final = {"t": TEI_NS}
P5SUBSET: Final = "p5subset.xml"


class OddError(ValueError):
    """The ODD holds something this generator cannot compile."""


def find_p5subset(source_tree: Path) -> Path:
    """TEI's specification database: ``$TEI_P5SUBSET``, else ``../shared/tei/``
    beside the source tree, else the copy shipped in ``tests/data/tei/``."""
    configured = os.environ.get("TEI_P5SUBSET")
    candidates = [Path(configured)] if configured else []
    candidates.append(source_tree.parent / "shared" / "tei" / P5SUBSET)
    candidates.append(source_tree / "tests" / "data" / "tei" / P5SUBSET)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"TEI's {P5SUBSET} is needed to compile the ODD (looked in {tried})")


def tei_elements(node: etree._Element | etree._ElementTree, path: str) -> list[etree._Element]:
    found = node.xpath(path, namespaces=_NS)
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


def _rng(parent: etree._Element, name: str, attrib: dict[str, str] | None = None) -> etree._Element:
    return etree.SubElement(parent, _R + name, attrib or {})


def _occurs(parent: etree._Element, node: etree._Element) -> etree._Element:
    """Where a particle with ``@minOccurs``/``@maxOccurs`` goes."""
    low, high = node.get("minOccurs", "1"), node.get("maxOccurs", "1")
    wrapper = {
        ("1", "1"): None,
        ("0", "1"): "optional",
        ("0", "unbounded"): "zeroOrMore",
        ("1", "unbounded"): "oneOrMore",
    }.get((low, high), "?")
    if wrapper == "?":
        raise OddError(f"line {node.sourceline}: occurrences {low}..{high} are not supported")
    return parent if wrapper is None else _rng(parent, wrapper)


@dataclass
class _Attribute:
    required: bool
    datatype: etree._Element | None  # a <datatype>
    values: list[str] | None  # a closed value list

    @classmethod
    def of(cls, att_def: etree._Element) -> _Attribute:
        attribute = cls(att_def.get("usage") == "req", None, None)
        attribute.change(att_def)
        return attribute

    def change(self, att_def: etree._Element) -> None:
        if att_def.get("usage"):
            self.required = att_def.get("usage") == "req"
        datatype = att_def.find(_T + "datatype")
        if datatype is not None:
            self.datatype = datatype
        closed = att_def.find(_T + "valList[@type='closed']")
        if closed is not None:
            self.values = [str(i.get("ident")) for i in tei_elements(closed, "t:valItem")]


class _Compiler:
    def __init__(self, odd: etree._ElementTree, p5: etree._ElementTree) -> None:
        (self.spec,) = tei_elements(odd, "//t:schemaSpec")
        self.tei = {
            str(s.get("ident")): s
            for s in tei_elements(
                p5, "//t:elementSpec | //t:classSpec[@type='atts'] | //t:dataSpec"
            )
        }
        self.changes = {
            str(s.get("ident")): s for s in tei_elements(self.spec, "t:elementSpec | t:classSpec")
        }
        self.data = {str(s.get("ident")): s for s in tei_elements(self.spec, "t:dataSpec")}
        self.macros = {str(s.get("ident")): s for s in tei_elements(self.spec, "t:macroSpec")}
        self.modules = {str(r.get("key")) for r in tei_elements(self.spec, "t:moduleRef")}
        self.included = sorted(
            name
            for ref in tei_elements(self.spec, "t:moduleRef")
            for name in (ref.get("include") or "").split()
        )
        self.data_used: set[str] = set()

    # ------------------------------------------------------------ attributes

    def _memberships(self, ident: str) -> list[str]:
        keys = [str(m.get("key")) for m in tei_elements(self.tei[ident], "t:classes/t:memberOf")]
        change = self.changes.get(ident)
        for member in tei_elements(change, "t:classes/t:memberOf") if change is not None else []:
            key = str(member.get("key"))
            if member.get("mode") == "delete":
                if key not in keys:
                    raise OddError(f"{ident} is not a member of {key} in TEI")
                keys.remove(key)
            else:
                keys.append(key)
        return [k for k in keys if k in self.tei and self.tei[k].get("module") in self.modules]

    def attributes(self, ident: str) -> dict[str, _Attribute]:
        """The attributes of an element or class after the ODD's changes."""
        found: dict[str, _Attribute] = {}
        for parent in self._memberships(ident):
            found.update(self.attributes(parent))
        for att_def in tei_elements(self.tei[ident], "t:attList//t:attDef[not(@mode='delete')]"):
            found[str(att_def.get("ident"))] = _Attribute.of(att_def)
        change = self.changes.get(ident)
        for att_def in tei_elements(change, "t:attList/t:attDef") if change is not None else []:
            name, mode = str(att_def.get("ident")), att_def.get("mode")
            if mode == "add":
                if name in found:
                    raise OddError(f"{ident}: the ODD adds @{name}, which TEI has")
                found[name] = _Attribute.of(att_def)
            elif name not in found:
                raise OddError(f"{ident}: the ODD changes @{name}, which TEI lacks here")
            elif mode == "delete":
                del found[name]
            else:
                found[name].change(att_def)
        return found

    def attribute(self, parent: etree._Element, name: str, attribute: _Attribute) -> None:
        holder = parent if attribute.required else _rng(parent, "optional")
        target = _rng(holder, "attribute", {"name": name})
        if attribute.values is not None:
            self.values(target, attribute.values)
        elif attribute.datatype is not None:
            self.datatype(target, attribute.datatype)
        else:
            _rng(target, "text")

    # ------------------------------------------------------------ datatypes

    def values(self, parent: etree._Element, values: list[str]) -> None:
        holder = _rng(parent, "choice") if len(values) > 1 else parent
        for value in values:
            _rng(holder, "value").text = value

    def datatype(self, parent: etree._Element, datatype: etree._Element) -> None:
        (inner,) = [c for c in datatype if isinstance(c.tag, str)]
        if datatype.get("maxOccurs", "1") == "1":
            self.data_pattern(parent, inner)
        elif datatype.get("maxOccurs") == "unbounded" and datatype.get("minOccurs", "1") == "1":
            self.data_pattern(_rng(_rng(parent, "list"), "oneOrMore"), inner)
        else:
            raise OddError(f"line {datatype.sourceline}: this datatype's occurrences")

    def data_pattern(self, parent: etree._Element, node: etree._Element) -> None:
        tag = node.tag
        if tag == _T + "dataRef" and node.get("key"):
            key = str(node.get("key"))
            self.data_used.add(key)
            _rng(parent, "ref", {"name": key})
        elif tag == _T + "dataRef" and node.get("name"):
            data = _rng(parent, "data", {"type": str(node.get("name"))})
            for facet in tei_elements(node, "t:dataFacet"):
                _rng(data, "param", {"name": str(facet.get("name"))}).text = facet.get("value")
            if node.get("restriction"):
                _rng(data, "param", {"name": "pattern"}).text = node.get("restriction")
        elif tag == _T + "alternate":
            choice = _rng(parent, "choice")
            for child in node:
                if isinstance(child.tag, str):
                    self.data_pattern(choice, child)
        elif tag == _T + "valList":
            self.values(parent, [str(i.get("ident")) for i in tei_elements(node, "t:valItem")])
        else:
            raise OddError(f"line {node.sourceline}: {tag} cannot stand in a datatype")

    def data_define(self, grammar: etree._Element, ident: str) -> None:
        spec = self.data.get(ident, self.tei.get(ident))
        if spec is None or spec.tag != _T + "dataSpec":
            raise OddError(f"the datatype {ident} is neither in the ODD nor in TEI")
        (inner,) = [c for c in tei_elements(spec, "t:content/*")]
        self.data_pattern(_rng(grammar, "define", {"name": ident}), inner)

    # ------------------------------------------------------------ content

    def content(self, parent: etree._Element, owner: etree._Element) -> None:
        parts = tei_elements(owner, "t:content/*")
        if len(parts) != 1:
            raise OddError(f"line {owner.sourceline}: {owner.get('ident')} needs one <content>")
        self.pattern(parent, parts[0])

    def pattern(self, parent: etree._Element, node: etree._Element) -> None:
        tag = node.tag
        if isinstance(tag, str) and tag.startswith(_R):  # RELAX NG as it is
            copy = _rng(parent, tag[len(_R) :], {str(k): str(v) for k, v in node.attrib.items()})
            if tag == _R + "value":
                copy.text = node.text
            for child in node:
                if isinstance(child.tag, str):
                    self.pattern(copy, child)
        elif tag in (_T + "sequence", _T + "alternate"):
            holder = _occurs(parent, node)
            group = _rng(holder, "group" if tag == _T + "sequence" else "choice")
            for child in node:
                if isinstance(child.tag, str):
                    self.pattern(group, child)
        elif tag in (_T + "elementRef", _T + "macroRef"):
            _rng(_occurs(parent, node), "ref", {"name": str(node.get("key"))})
        elif tag == _T + "textNode":
            _rng(parent, "text")
        elif tag == _T + "empty":
            _rng(parent, "empty")
        else:
            raise OddError(f"line {node.sourceline}: {tag} is not supported in a content model")

    # ------------------------------------------------------------ the whole

    def grammar(self) -> etree._Element:
        grammar = etree.Element(
            _R + "grammar",
            {"ns": TEI_NS, "datatypeLibrary": XSD_TYPES},
            nsmap={None: RNG_NS},  # type: ignore[dict-item]
        )
        roots = str(self.spec.get("start", "TEI")).split()
        start = _rng(grammar, "start")
        holder = _rng(start, "choice") if len(roots) > 1 else start
        for root in roots:
            _rng(holder, "ref", {"name": root})
        for name in self.included:
            if name not in self.tei or self.tei[name].tag != _T + "elementSpec":
                raise OddError(f"<{name}> is not a TEI element")
            element = _rng(_rng(grammar, "define", {"name": name}), "element", {"name": name})
            for attribute_name, attribute in sorted(self.attributes(name).items()):
                self.attribute(element, attribute_name, attribute)
            change = self.changes.get(name)
            if change is None:
                raise OddError(f"<{name}> has no elementSpec giving its content")
            self.content(element, change)
        for ident, macro in sorted(self.macros.items()):
            self.content(_rng(grammar, "define", {"name": ident}), macro)
        done: set[str] = set()
        while self.data_used - done:  # datatypes, and the datatypes they use
            ident = min(self.data_used - done)
            done.add(ident)
            self.data_define(grammar, ident)
        self._check_references(grammar)
        return grammar

    def _check_references(self, grammar: etree._Element) -> None:
        defined = {d.get("name") for d in grammar.iter(_R + "define")}
        for ref in grammar.iter(_R + "ref"):
            if ref.get("name") not in defined:
                raise OddError(f"a reference to {ref.get('name')}, which the ODD does not define")


def generated_bytes(root: etree._Element) -> bytes:
    """A schema generated from the ODD as the bytes committed in schema/:
    indented, with the note that it is generated (deterministic)."""
    etree.indent(root, space="  ")
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return (
        b'<?xml version="1.0" encoding="UTF-8"?>\n'
        b"<!-- Generated from tei-encoder.odd by encoder/oddgen.py: do not edit by hand;\n"
        b"     python -m encoder.oddgen -->\n" + body + b"\n"
    )


def relaxng(odd: etree._ElementTree, p5: etree._ElementTree) -> bytes:
    """The RELAX NG grammar of the ODD, as bytes (deterministic)."""
    return generated_bytes(_Compiler(odd, p5).grammar())
