"""The ODD's grammar written as W3C XML Schema 1.0 (``schema/tei-encoder.xsd``).

The source is the RELAX NG grammar :mod:`encoder.odd_rng` compiles from the
ODD; this module writes the same grammar in the shape :mod:`encoder.validate`
builds its messages from:

* the roots (the ODD's ``schemaSpec/@start``) are the only global elements;
  every other element is declared locally, always with the complex type of
  its own name;
* an attribute's value is a named simple type: a TEI or ODD datatype by its
  name without prefix (``teidata.word`` is ``word``, ``encoder.isoDate`` is
  ``isoDate``; a datatype that only names another is that other; a datatype
  that is a built-in type is that built-in), a list of one or more of them by
  the plural (``pointers``, ``wordList`` for words), a closed value list by
  the element and attribute (``stageType``, ``notePlace``);
* a macro that is a choice of elements and macros is an ``xs:group``; any
  other macro (text mixed with a group, a sequence) is written out where it
  is used; content that is text only is simple content of ``xs:string``.

RELAX NG allows content models XSD forbids (Unique Particle Attribution);
such a model is rewritten in the ODD, not here, and libxml2 refuses a schema
that breaks the rule. The output is deterministic: simple types, groups and
complex types in alphabetical order.
"""

from __future__ import annotations

from typing import Final

from lxml import etree

from .odd_rng import RNG_NS, TEI_NS, OddError, generated_bytes

XS_NS: Final = "http://www.w3.org/2001/XMLSchema"
XML_NS: Final = "http://www.w3.org/XML/1998/namespace"
_X: Final = "{" + XS_NS + "}"
_R: Final = "{" + RNG_NS + "}"
#: The attributes of the XML namespace that ``xml.xsd``, beside the XSD, declares
XML_ATTRIBUTES: Final = ("xml:id", "xml:lang")
_PLURALS: Final = {"word": "wordList"}
_FACET_PARAMS: Final = ("minInclusive", "maxInclusive", "minLength", "maxLength", "length")


def _kids(node: etree._Element) -> list[etree._Element]:
    return [c for c in node if isinstance(c.tag, str)]


def _tag(node: etree._Element) -> str:
    return str(node.tag)[len(_R) :] if str(node.tag).startswith(_R) else str(node.tag)


def _xs(parent: etree._Element, name: str, attrib: dict[str, str] | None = None) -> etree._Element:
    return etree.SubElement(parent, _X + name, attrib or {})


def _unprefixed(name: str) -> str:
    """A macro's or datatype's name without the ODD's or TEI's prefix:
    ``encoder.g.para`` is ``g.para``, ``teidata.word`` is ``word``."""
    return name.partition(".")[2] or name


def _is_attribute(node: etree._Element) -> bool:
    return _tag(node) == "attribute" or (
        _tag(node) == "optional" and all(_tag(k) == "attribute" for k in _kids(node))
    )


class _Writer:
    def __init__(self, grammar: etree._Element) -> None:
        self.defines = {str(d.get("name")): d for d in grammar.iter(_R + "define")}
        self.elements = {
            name
            for name, define in self.defines.items()
            if [_tag(k) for k in _kids(define)] == ["element"]
        }
        start = grammar.find(_R + "start")
        if start is None:
            raise OddError("the grammar has no start")
        self.roots = [str(r.get("name")) for r in start.iter(_R + "ref")]
        self.simple: dict[str, etree._Element] = {}  # name -> xs:simpleType
        self.named_after: dict[str, str] = {}  # simple type -> what it was written for
        self.groups: dict[str, etree._Element] = {}  # macro -> its choice

    # ------------------------------------------------------------ datatypes

    def _resolve(self, name: str) -> str:
        """A datatype that only names another is that other."""
        kids = _kids(self.defines[name])
        while len(kids) == 1 and _tag(kids[0]) == "ref":
            name = str(kids[0].get("name"))
            kids = _kids(self.defines[name])
        return name

    def datatype(self, name: str) -> str:
        """The XSD type (a QName) of the grammar's datatype ``name``."""
        name = self._resolve(name)
        (body,) = _kids(self.defines[name])
        if _tag(body) == "data" and not _kids(body):
            return "xs:" + str(body.get("type"))
        local = _unprefixed(name)
        if local not in self.simple:
            self.simple_body(self.new_simple(local, name), body)
        elif self.named_after[local] != name:
            raise OddError(f"two simple types named {local}: {name}, {self.named_after[local]}")
        return "tei:" + local

    def new_simple(self, name: str, source: str) -> etree._Element:
        """A named simple type written for ``source`` (a datatype, a list, a value list)."""
        if name in self.simple:
            raise OddError(f"two simple types named {name}: {source}, {self.named_after[name]}")
        self.simple[name] = simple = etree.Element(_X + "simpleType", {"name": name})
        self.named_after[name] = source
        return simple

    def simple_body(self, simple: etree._Element, body: etree._Element) -> None:
        tag = _tag(body)
        if tag == "data":
            restriction = _xs(simple, "restriction", {"base": "xs:" + str(body.get("type"))})
            params = {str(p.get("name")): p.text or "" for p in _kids(body)}
            for facet in _FACET_PARAMS:
                if facet in params:
                    _xs(restriction, facet, {"value": params.pop(facet)})
            if "pattern" in params:
                _xs(restriction, "pattern", {"value": params.pop("pattern")})
            if params:
                raise OddError(f"the datatype parameters {sorted(params)} are not supported")
        elif tag == "choice" and all(_tag(k) == "value" for k in _kids(body)):
            self.enumeration(simple, [k.text or "" for k in _kids(body)])
        elif tag == "value":
            self.enumeration(simple, [body.text or ""])
        elif tag == "choice":
            union = _xs(simple, "union")
            for member in _kids(body):
                if _tag(member) == "ref":
                    member = _kids(self.defines[self._resolve(str(member.get("name")))])[0]
                self.simple_body(_xs(union, "simpleType"), member)
        else:
            raise OddError(f"a datatype made of <{tag}> has no XSD counterpart here")

    @staticmethod
    def enumeration(simple: etree._Element, values: list[str]) -> None:
        restriction = _xs(simple, "restriction", {"base": "xs:token"})
        for value in values:
            _xs(restriction, "enumeration", {"value": value})

    def value_type(self, element: str, attribute: str, node: etree._Element | None) -> str:
        """The XSD type of an attribute whose value pattern is ``node``."""
        if node is None or _tag(node) == "text":
            return "xs:string"
        tag = _tag(node)
        if tag == "ref":
            return self.datatype(str(node.get("name")))
        if tag == "data" and not _kids(node):
            return "xs:" + str(node.get("type"))
        if tag == "list":
            (more,) = _kids(node)
            (item,) = _kids(more)
            if _tag(more) != "oneOrMore" or _tag(item) != "ref":
                raise OddError(f"<{element}> @{attribute}: only a list of one or more of a type")
            item_type = self.datatype(str(item.get("name")))
            local = item_type.partition(":")[2]
            name = _PLURALS.get(local, local + "s")
            if self.named_after.get(name) != "list " + item_type:
                restriction = _xs(self.new_simple(name, "list " + item_type), "restriction")
                _xs(_xs(restriction, "simpleType"), "list", {"itemType": item_type})
                _xs(restriction, "minLength", {"value": "1"})
            return "tei:" + name
        if tag in ("choice", "value"):
            name = element + attribute[0].upper() + attribute[1:]
            self.simple_body(self.new_simple(name, f"<{element}> @{attribute}"), node)
            return "tei:" + name
        raise OddError(f"<{element}> @{attribute}: a value of <{tag}> has no XSD counterpart")

    # ------------------------------------------------------------ attributes

    def attributes(
        self, complex_type: etree._Element, element: str, nodes: list[etree._Element]
    ) -> None:
        declared: list[tuple[str, bool, etree._Element | None]] = []
        for node in nodes:
            required = _tag(node) == "attribute"
            for attribute in [node] if required else _kids(node):
                kids = _kids(attribute)
                declared.append((str(attribute.get("name")), required, kids[0] if kids else None))
        for name, required, value in sorted(declared, key=lambda d: d[0]):
            use = {"use": "required"} if required else {}
            if name.startswith("xml:") and name not in XML_ATTRIBUTES:
                raise OddError(f"<{element}> @{name}: xml.xsd declares only {XML_ATTRIBUTES}")
            if name.startswith("xml:"):
                _xs(complex_type, "attribute", {"ref": name, **use})
            else:
                type_name = self.value_type(element, name, value)
                _xs(complex_type, "attribute", {"name": name, "type": type_name, **use})

    # ------------------------------------------------------------ content

    def _macro_body(self, name: str) -> list[etree._Element]:
        return _kids(self.defines[name])

    def _is_group(self, name: str) -> bool:
        """A macro that is a choice of elements and such macros: an ``xs:group``."""
        body = self._macro_body(name)
        if len(body) != 1 or _tag(body[0]) != "choice":
            return False
        for branch in _kids(body[0]):
            if _tag(branch) != "ref":
                return False
            ref = str(branch.get("name"))
            if ref not in self.elements and not self._is_group(ref):
                return False
        return True

    def _expand(self, nodes: list[etree._Element]) -> list[etree._Element]:
        """``nodes`` with references to macros that are not groups written out."""
        found: list[etree._Element] = []
        for node in nodes:
            name = str(node.get("name"))
            if _tag(node) == "ref" and name not in self.elements and not self._is_group(name):
                found.extend(self._expand(self._macro_body(name)))
            else:
                found.append(node)
        return found

    def particle(self, parent: etree._Element, node: etree._Element, low: str, high: str) -> None:
        """``node`` as a particle of ``parent``, occurring ``low`` to ``high`` times."""
        tag = _tag(node)
        occurs = {k: v for k, v in (("minOccurs", low), ("maxOccurs", high)) if v != "1"}
        if tag in ("optional", "zeroOrMore", "oneOrMore"):
            kids = self._expand(_kids(node))
            inner_low = "0" if tag != "oneOrMore" else "1"
            inner_high = "1" if tag == "optional" else "unbounded"
            if (low, high) != ("1", "1"):  # occurrences twice: a sequence holds them
                parent = _xs(parent, "sequence", occurs)
            if len(kids) == 1:
                self.particle(parent, kids[0], inner_low, inner_high)
            else:
                self.compositor(parent, "sequence", kids, inner_low, inner_high)
        elif tag == "ref":
            name = str(node.get("name"))
            if name in self.roots:
                _xs(parent, "element", {"ref": "tei:" + name, **occurs})
            elif name in self.elements:
                _xs(parent, "element", {"name": name, "type": "tei:" + name, **occurs})
            else:
                (self.groups[name],) = self._macro_body(name)
                _xs(parent, "group", {"ref": "tei:" + _unprefixed(name), **occurs})
        elif tag in ("group", "choice"):
            kind = "sequence" if tag == "group" else "choice"
            self.compositor(parent, kind, self._expand(_kids(node)), low, high)
        else:
            raise OddError(f"<{tag}> cannot stand in an XSD content model here")

    def compositor(
        self, parent: etree._Element, kind: str, kids: list[etree._Element], low: str, high: str
    ) -> None:
        occurs = {k: v for k, v in (("minOccurs", low), ("maxOccurs", high)) if v != "1"}
        holder = _xs(parent, kind, occurs)
        for kid in kids:
            self.particle(holder, kid, "1", "1")

    def content(self, complex_type: etree._Element, content: list[etree._Element]) -> None:
        """The particle of a complex type: a compositor, or a group repeated
        (``g.para`` zero or more times, say)."""
        if len(content) == 1 and _tag(content[0]) in ("group", "choice"):
            self.particle(complex_type, content[0], "1", "1")
            return
        if len(content) == 1 and _tag(content[0]) in ("zeroOrMore", "oneOrMore", "optional"):
            kids = self._expand(_kids(content[0]))
            if (
                len(kids) == 1
                and _tag(kids[0]) == "ref"
                and self._is_group(str(kids[0].get("name")))
            ):
                self.particle(complex_type, content[0], "1", "1")
                return
        self.compositor(complex_type, "sequence", content, "1", "1")

    # ------------------------------------------------------------ the whole

    def complex_type(self, name: str) -> etree._Element:
        (element,) = _kids(self.defines[name])
        nodes = self._expand(_kids(element))
        attributes = [n for n in nodes if _is_attribute(n)]
        content = [n for n in nodes if not _is_attribute(n)]
        complex_type = etree.Element(_X + "complexType", {"name": name})
        tags = [_tag(n) for n in content]
        if tags == ["data"] or tags == ["text"]:
            base = "xs:" + str(content[0].get("type", "string"))
            if _kids(content[0]):
                raise OddError(f"<{name}>: text content with parameters")
            extension = _xs(_xs(complex_type, "simpleContent"), "extension", {"base": base})
            self.attributes(extension, name, attributes)
            return complex_type
        if tags == ["mixed"]:
            complex_type.set("mixed", "true")
            content = self._expand(_kids(content[0]))
        if [_tag(n) for n in content] not in ([], ["empty"], ["text"]):
            self.content(complex_type, content)
        self.attributes(complex_type, name, attributes)
        return complex_type

    def schema(self) -> etree._Element:
        types = [self.complex_type(name) for name in sorted(self.elements)]
        schema = etree.Element(
            _X + "schema",
            {
                "targetNamespace": TEI_NS,
                "elementFormDefault": "qualified",
                "attributeFormDefault": "unqualified",
                "version": "1.0",
            },
            nsmap={"xs": XS_NS, "tei": TEI_NS},
        )
        schema.set(f"{{{XML_NS}}}lang", "en")
        _xs(schema, "import", {"namespace": XML_NS, "schemaLocation": "xml.xsd"})
        groups = []
        done: set[str] = set()
        while set(self.groups) - done:  # groups, and the groups they use
            name = min(set(self.groups) - done)
            done.add(name)
            group = etree.Element(_X + "group", {"name": _unprefixed(name)})
            self.particle(group, self.groups[name], "1", "1")
            groups.append(group)
        for name in sorted(self.simple):
            schema.append(self.simple[name])
        for group in sorted(groups, key=lambda g: str(g.get("name"))):
            schema.append(group)
        for root in self.roots:
            _xs(schema, "element", {"name": root, "type": "tei:" + root})
        for complex_type in types:
            schema.append(complex_type)
        return schema


def xsd(grammar: etree._Element) -> bytes:
    """The XSD of a RELAX NG grammar compiled from the ODD, as bytes (deterministic)."""
    return generated_bytes(_Writer(grammar).schema())
