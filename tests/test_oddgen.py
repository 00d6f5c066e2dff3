"""encoder/oddgen.py: the files generated from the ODD, and the ODD's rules against Python's.

The committed ``schema/tei-encoder.sch`` is what the generator compiles from
the ODD's ``constraintSpec``s now; the ODD's pointer rules cover exactly the
attributes :mod:`encoder.validate` checks (R201 once per attribute, all
alike, and the same list in W205); and the generator's own behaviour
(declarations first, one pattern per rule, a refusal on what it cannot
compile) is checked on small ODDs written here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from encoder.oddgen import SCH_FILE, OddError, generated, odd_path, schematron
from encoder.validate import POINTER_ATTRIBUTES

ROOT = Path(__file__).resolve().parent.parent
TEI_NS = "http://www.tei-c.org/ns/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
NS = {"t": TEI_NS, "sch": SCH_NS}


@pytest.fixture(scope="module")
def odd() -> etree._ElementTree:
    return etree.parse(str(ROOT / "schema" / "tei-encoder.odd"))


def _specs(odd: etree._ElementTree) -> list[etree._Element]:
    found = odd.xpath("//t:schemaSpec/t:constraintSpec[@scheme='schematron']", namespaces=NS)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, etree._Element)]


def test_the_generator_reads_the_odd_of_the_source_tree() -> None:
    assert odd_path() == ROOT / "schema" / "tei-encoder.odd"


@pytest.mark.parametrize("name", [SCH_FILE])
def test_the_committed_files_are_what_the_generator_writes(name: str) -> None:
    assert (ROOT / "schema" / name).read_bytes() == generated()[name], (
        "regenerate: python -m encoder.oddgen"
    )


def test_a_rule_per_pointer_attribute_in_the_order_of_validate(odd: etree._ElementTree) -> None:
    r201 = [s.get("ident") for s in _specs(odd) if s.get("ident", "").startswith("R201-")]
    assert r201 == [f"R201-{a}" for a in POINTER_ATTRIBUTES]


def test_the_pointer_rules_differ_only_in_their_attribute(odd: etree._ElementTree) -> None:
    shapes = set()
    for spec in _specs(odd):
        ident = spec.get("ident", "")
        if ident.startswith("R201-"):
            attribute = ident.removeprefix("R201-")
            text = etree.tostring(spec.xpath("t:constraint", namespaces=NS)[0], encoding="unicode")
            shapes.add(re.sub(rf"\b{attribute}\b", "ATT", text))
    assert len(shapes) == 1


def test_the_participant_warning_looks_at_every_pointer_attribute(
    odd: etree._ElementTree,
) -> None:
    (test,) = odd.xpath("//t:constraintSpec[@ident='W205']//sch:assert/@test", namespaces=NS)
    groups = re.findall(r"\[(@[\w |@]+)\]", str(test))
    assert groups, test
    for group in groups:
        assert group.split(" | ") == [f"@{a}" for a in POINTER_ATTRIBUTES]


def test_every_assertion_carries_its_code_and_role(odd: etree._ElementTree) -> None:
    codes = set()
    for spec in _specs(odd):
        for assertion in spec.xpath(".//sch:assert", namespaces=NS):
            ident = spec.get("ident", "")
            assert assertion.get("id") == ident
            code = ident.split("-", 1)[0]
            assert assertion.get("role") == ("warning" if code.startswith("W") else "error")
            codes.add(code)
    assert codes == {"R201", "R202", "R203", "R204", "R206", "W205"}


# ------------------------------------------------------ the generator on small ODDs

_ODD = f"""<TEI xmlns="{TEI_NS}" xmlns:sch="{SCH_NS}"><text><body>
<schemaSpec ident="x" start="TEI">
  <constraintSpec ident="one" scheme="schematron" mode="add">
    <desc>every  speech
      has a speaker</desc>
    <constraint>
      <sch:rule context="tei:sp"><sch:assert id="one" test="@who">no <sch:value-of
        select="name()"/></sch:assert></sch:rule>
    </constraint>
  </constraintSpec>
  <constraintSpec ident="setup" scheme="schematron" mode="add">
    <desc>the namespace</desc>
    <constraint><sch:ns prefix="tei" uri="{TEI_NS}"/>{{extra}}</constraint>
  </constraintSpec>
  <constraintSpec ident="other" scheme="xpath" mode="add">
    <desc>not Schematron: left out</desc>
    <constraint><sch:rule context="tei:p"><sch:assert test="false()"/></sch:rule></constraint>
  </constraintSpec>
</schemaSpec></body></text></TEI>"""


def _small(extra: str = "") -> etree._ElementTree:
    return etree.ElementTree(etree.fromstring(_ODD.replace("{extra}", extra)))


def test_declarations_come_first_and_each_rule_is_a_pattern_titled_by_its_desc() -> None:
    sch = etree.fromstring(schematron(_small()))
    assert [etree.QName(e).localname for e in sch] == ["ns", "pattern"]
    (pattern,) = sch.findall(f"{{{SCH_NS}}}pattern")
    assert pattern.get("id") == "rules-one"
    assert pattern.findtext(f"{{{SCH_NS}}}p") == "every speech has a speaker"
    assert pattern.find(f"{{{SCH_NS}}}rule/{{{SCH_NS}}}assert").get("test") == "@who"
    assert set(sch.nsmap.values()) == {SCH_NS}  # nothing of the ODD's namespaces


def test_the_generated_schematron_runs() -> None:
    from lxml.isoschematron import Schematron

    rules = Schematron(etree.fromstring(schematron(_small())))
    assert rules.validate(etree.fromstring(f'<TEI xmlns="{TEI_NS}"><sp who="#a"/></TEI>'))
    assert not rules.validate(etree.fromstring(f'<TEI xmlns="{TEI_NS}"><sp/></TEI>'))


def test_the_output_is_deterministic() -> None:
    assert schematron(_small()) == schematron(_small())


def test_a_foreign_element_in_a_constraint_is_refused() -> None:
    with pytest.raises(OddError, match="cannot stand in a constraint"):
        schematron(_small('<sch:pattern id="p"/>'))
    with pytest.raises(OddError, match="only ISO Schematron"):
        schematron(_small(f'<sch:rule context="x"><p xmlns="{TEI_NS}"/></sch:rule>'))
