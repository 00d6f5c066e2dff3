"""Two RELAX NG grammars, element by element: what each element's attributes
and content are once every named pattern is expanded.

Used to check that the grammar generated from the ODD and the XSD (as
translated by ``encoder.relaxng``) say the same thing, however each names its
patterns: a ``ref`` is replaced by what it defines (an element by its name),
groups are flattened, the branches of a choice are sorted and merged, and a
``value`` without a type is the token value it means.
"""

from __future__ import annotations

from lxml import etree

_R = "{http://relaxng.org/ns/structure/1.0}"

Attributes = dict[str, tuple[bool, str]]  # name -> (required, value pattern)


class _Grammar:
    def __init__(self, grammar: etree._Element) -> None:
        self.defines = {str(d.get("name")): d for d in grammar.iter(_R + "define")}

    def _children(self, node: etree._Element) -> list[etree._Element]:
        return [c for c in node if isinstance(c.tag, str) and c.tag != _R + "param"]

    def _element_named_by(self, ref: etree._Element) -> str | None:
        kids = self._children(self.defines[str(ref.get("name"))])
        if len(kids) == 1 and kids[0].tag == _R + "element":
            return str(kids[0].get("name"))
        return None

    def _expanded(self, node: etree._Element) -> list[etree._Element]:
        """``node``'s children, with references to patterns (not elements) replaced."""
        found = []
        for child in self._children(node):
            if child.tag == _R + "ref" and self._element_named_by(child) is None:
                found.extend(self._expanded(self.defines[str(child.get("name"))]))
            elif child.tag == _R + "group":
                found.extend(self._expanded(child))
            else:
                found.append(child)
        return found

    def _is_attribute(self, node: etree._Element) -> bool:
        if node.tag == _R + "attribute":
            return True
        kids = self._expanded(node)
        return node.tag == _R + "optional" and bool(kids) and all(map(self._is_attribute, kids))

    def pattern(self, node: etree._Element) -> str:
        tag = str(node.tag)[len(_R) :]
        if tag == "element":
            return "element " + str(node.get("name"))
        if tag == "ref":
            name = self._element_named_by(node)
            if name is not None:
                return "element " + name
            return self.sequence(self._expanded(self.defines[str(node.get("name"))]))
        if tag == "value":
            return f"value {node.get('type', 'token')} {node.text or ''!r}"
        if tag == "data":
            params = [f"{p.get('name')}={p.text}" for p in node.iter(_R + "param")]
            return f"data {node.get('type')}[{', '.join(params)}]"
        if tag in ("text", "empty"):
            return tag
        if tag == "group":
            return self.sequence(self._expanded(node))
        if tag == "choice":
            return "choice(" + " | ".join(sorted(self._branches(node))) + ")"
        return f"{tag}({self.sequence(self._expanded(node))})"

    def _branches(self, choice: etree._Element) -> set[str]:
        """The branches of a choice, those of the choices inside it included."""
        found: set[str] = set()
        for child in self._expanded(choice):
            if child.tag == _R + "choice":
                found |= self._branches(child)
            else:
                found.add(self.pattern(child))
        return found

    def sequence(self, nodes: list[etree._Element]) -> str:
        parts = [self.pattern(n) for n in nodes if not self._is_attribute(n)]
        parts = [p for p in parts if p != "empty"] or ["empty"]
        return parts[0] if len(parts) == 1 else "sequence(" + ", ".join(parts) + ")"

    def attributes(self, nodes: list[etree._Element], required: bool = True) -> Attributes:
        found: Attributes = {}
        for node in nodes:
            if node.tag == _R + "attribute":
                kids = self._children(node)
                found[str(node.get("name"))] = (required, self.pattern(kids[0]) if kids else "text")
            elif node.tag == _R + "optional" and self._is_attribute(node):
                found.update(self.attributes(self._expanded(node), required=False))
        return found


def describe(grammar: etree._Element) -> dict[str, tuple[Attributes, str]]:
    """Element name -> (its attributes, its content) in ``grammar``; an element
    declared twice must be declared the same way."""
    reader = _Grammar(grammar)
    found: dict[str, tuple[Attributes, str]] = {}
    for element in grammar.iter(_R + "element"):
        inside = reader._expanded(element)
        described = (reader.attributes(inside), reader.sequence(inside))
        name = str(element.get("name"))
        assert found.setdefault(name, described) == described, f"<{name}> declared two ways"
    return found


def start(grammar: etree._Element) -> str:
    """The roots the grammar allows."""
    reader = _Grammar(grammar)
    return reader.sequence(reader._expanded(grammar.find(_R + "start")))  # type: ignore[arg-type]


def differences(
    one: dict[str, tuple[Attributes, str]], other: dict[str, tuple[Attributes, str]]
) -> list[str]:
    """What differs between two descriptions, one line per difference."""
    found = [f"<{n}> in one grammar only" for n in sorted(set(one) ^ set(other))]
    for name in sorted(set(one) & set(other)):
        (atts_one, content_one), (atts_other, content_other) = one[name], other[name]
        for attribute in sorted(set(atts_one) | set(atts_other)):
            one_att, other_att = atts_one.get(attribute), atts_other.get(attribute)
            if one_att != other_att:
                found.append(f"<{name}> @{attribute}: {one_att} / {other_att}")
        if content_one != content_other:
            found.append(f"<{name}> content: {content_one} / {content_other}")
    return found
