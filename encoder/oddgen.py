"""Files generated from the ODD (``schema/tei-encoder.odd``), the customisation's source.

``python -m encoder.oddgen`` rewrites them in ``schema/`` and names the ones
that changed:

* ``tei-encoder.rng``, the RELAX NG grammar, compiled by
  :mod:`encoder.odd_rng` from the ODD and TEI's specification database;
* ``tei-encoder.xsd``, the same grammar as W3C XML Schema, written by
  :mod:`encoder.odd_xsd` from the RELAX NG (the schema :mod:`encoder.validate`
  checks with and builds its messages from);
* ``tei-encoder.sch``, the Schematron of the pointer rules, compiled here.

The ODD states each pointer rule the way TEI customisations do: a
``constraintSpec`` with ``scheme="schematron"`` in its ``schemaSpec``, whose
``desc`` says what the rule checks and whose ``constraint`` holds ISO
Schematron. They become one Schematron schema, in the order of the ODD:

* ``sch:ns``, ``sch:p`` and ``sch:let`` directly in a ``constraint`` are
  declarations of the whole schema (namespaces, a title, variables such as
  the document's ids, computed once per document);
* each ``sch:rule`` becomes a pattern of its own, ``rules-IDENT`` after the
  ``constraintSpec``'s ``@ident``, titled by its ``desc``, so that every rule
  is tried on every element (rules of one pattern would shadow each other).

``tests/test_oddgen.py`` checks that the committed files are what this module
writes now, that the grammar says what the XSD says element by element (the
XSD translated back into RELAX NG by :mod:`encoder.relaxng`), and
that the ODD's rules cover exactly the pointer attributes of
:mod:`encoder.validate`; ``tests/test_schematron.py`` that the Schematron
finds what the Python checks find on every test document.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

from lxml import etree

from .odd_rng import TEI_NS, OddError, find_p5subset, relaxng, tei_elements
from .odd_xsd import xsd
from .validate import SCHEMA_FILE, schema_path

SCH_NS: Final = "http://purl.oclc.org/dsdl/schematron"
_S: Final = "{" + SCH_NS + "}"
ODD_FILE: Final = "tei-encoder.odd"
SCH_FILE: Final = "tei-encoder.sch"
RNG_FILE: Final = "tei-encoder.rng"
XSD_FILE: Final = SCHEMA_FILE
_DECLARATIONS: Final = frozenset({_S + "ns", _S + "p", _S + "let"})


def odd_path() -> Path:
    """The ODD, next to the bundled XSD (in the package or the source tree)."""
    return schema_path().parent / ODD_FILE


def _copy(parent: etree._Element, source: etree._Element) -> None:
    """``source`` (a Schematron element) rebuilt under ``parent``, text and
    tails included, so that no namespace of the ODD comes with it."""
    if not isinstance(source.tag, str) or not source.tag.startswith(_S):
        raise OddError(f"line {source.sourceline}: only ISO Schematron may stand in a rule")
    copy = etree.SubElement(parent, source.tag, {str(k): str(v) for k, v in source.attrib.items()})
    copy.text = source.text
    copy.tail = source.tail
    for child in source:
        _copy(copy, child)


def _text(element: etree._Element) -> str:
    return " ".join("".join(str(t) for t in element.itertext()).split())


def schematron(odd: etree._ElementTree | None = None) -> bytes:
    """The Schematron of the ODD's ``constraintSpec``s, as bytes (deterministic)."""
    tree = odd if odd is not None else etree.parse(str(odd_path()))
    root = etree.Element(_S + "schema", {"queryBinding": "exslt"}, nsmap={"sch": SCH_NS})
    patterns: list[etree._Element] = []
    for spec in tei_elements(tree, "//t:schemaSpec/t:constraintSpec[@scheme='schematron']"):
        for part in tei_elements(spec, "t:constraint/*"):
            if part.tag in _DECLARATIONS:
                _copy(root, part)
            elif part.tag == _S + "rule":
                pattern = etree.Element(_S + "pattern", {"id": "rules-" + spec.get("ident", "")})
                desc = spec.find(f"{{{TEI_NS}}}desc")
                if desc is None:
                    raise OddError(f"line {spec.sourceline}: a constraintSpec without a desc")
                etree.SubElement(pattern, _S + "p").text = _text(desc)
                _copy(pattern, part)
                patterns.append(pattern)
            else:
                raise OddError(f"line {part.sourceline}: {part.tag} cannot stand in a constraint")
    for pattern in patterns:  # the declarations first, whatever the ODD's order
        root.append(pattern)
    etree.indent(root, space="  ")
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"


def generated() -> dict[str, bytes]:
    """Each file generated from the ODD, by its name in ``schema/``."""
    odd = etree.parse(str(odd_path()))
    p5 = etree.parse(str(find_p5subset(odd_path().parent.parent)))
    grammar = relaxng(odd, p5)
    return {
        RNG_FILE: grammar,
        XSD_FILE: xsd(etree.fromstring(grammar)),
        SCH_FILE: schematron(odd),
    }


def main() -> int:
    """Rewrite the generated files; nothing is written when the ODD cannot be
    compiled (the error says why: TEI's specifications missing, or a
    construct this generator does not know)."""
    folder = odd_path().parent
    try:
        files = generated()
    except (OSError, OddError, etree.XMLSyntaxError) as exc:
        sys.stderr.write(f"{odd_path()}: cannot generate the schema files: {exc}\n")
        return 1
    for name, data in files.items():
        target = folder / name
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            sys.stdout.write(f"wrote {target}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
