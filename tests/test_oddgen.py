"""encoder/oddgen.py: the files generated from the ODD, against the XSD and Python's rules.

The committed ``schema/tei-encoder.rng`` and ``schema/tei-encoder.sch`` are
what the generator compiles from the ODD now; the grammar says, element by
element, what the XSD says (the same attributes, required or not, with the
same values, and the same content); the ODD's pointer rules cover exactly
the attributes :mod:`encoder.validate` checks (R201 once per attribute, all
alike, and the same list in W205); and the generator's own behaviour
(attributes from TEI's classes, declarations first, one pattern per rule, a
refusal on what it cannot compile) is checked on small ODDs written here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from grammar_compare import describe, differences, start
from lxml import etree

from encoder.odd_rng import find_p5subset, relaxng
from encoder.odd_xsd import xsd
from encoder.oddgen import (
    RNG_FILE,
    SCH_FILE,
    XSD_FILE,
    OddError,
    generated,
    odd_path,
    schematron,
)
from encoder.relaxng import xsd_as_relaxng
from encoder.validate import POINTER_ATTRIBUTES

ROOT = Path(__file__).resolve().parent.parent
TEI_NS = "http://www.tei-c.org/ns/1.0"
SCH_NS = "http://purl.oclc.org/dsdl/schematron"
NS = {"t": TEI_NS, "sch": SCH_NS}


@pytest.fixture(scope="module")
def odd() -> etree._ElementTree:
    return etree.parse(str(ROOT / "schema" / "tei-encoder.odd"))


@pytest.fixture(scope="module")
def p5() -> etree._ElementTree:
    return etree.parse(str(find_p5subset(ROOT)))


def _grammar(odd: etree._ElementTree, p5: etree._ElementTree) -> etree._Element:
    return etree.fromstring(relaxng(odd, p5))


def _specs(odd: etree._ElementTree) -> list[etree._Element]:
    found = odd.xpath("//t:schemaSpec/t:constraintSpec[@scheme='schematron']", namespaces=NS)
    assert isinstance(found, list)
    return [e for e in found if isinstance(e, etree._Element)]


def test_the_generator_reads_the_odd_of_the_source_tree() -> None:
    assert odd_path() == ROOT / "schema" / "tei-encoder.odd"


@pytest.mark.parametrize("name", [RNG_FILE, XSD_FILE, SCH_FILE])
def test_the_committed_files_are_what_the_generator_writes(name: str) -> None:
    assert (ROOT / "schema" / name).read_bytes() == generated()[name], (
        "regenerate: python -m encoder.oddgen"
    )


def test_the_generated_xsd_is_read_by_libxml2_and_xmlschema() -> None:
    """Both check XSD 1.0's rules, Unique Particle Attribution included."""
    import xmlschema

    path = ROOT / "schema" / XSD_FILE
    etree.XMLSchema(etree.parse(str(path)))
    assert xmlschema.XMLSchema10(str(path)).validity == "valid"


def test_the_grammar_says_element_by_element_what_the_xsd_says(
    odd: etree._ElementTree, p5: etree._ElementTree
) -> None:
    xsd, grammar = xsd_as_relaxng(), _grammar(odd, p5)
    assert start(grammar) == start(xsd) == "choice(element TEI | element teiCorpus)"
    in_xsd, in_odd = describe(xsd), describe(grammar)
    assert len(in_odd) > 100 and sum(len(atts) for atts, _ in in_odd.values()) > 1000
    assert differences(in_xsd, in_odd) == []


def test_the_comparison_sees_a_changed_value_list_and_content(
    odd: etree._ElementTree, p5: etree._ElementTree
) -> None:
    changed = etree.ElementTree(etree.fromstring(etree.tostring(odd)))
    (item,) = changed.xpath(
        "//t:elementSpec[@ident='stage']//t:valItem[@ident='business']", namespaces=NS
    )
    item.getparent().remove(item)
    (optional,) = changed.xpath(
        "//t:elementSpec[@ident='TEI']/t:content//rng:optional",
        namespaces={**NS, "rng": "http://relaxng.org/ns/structure/1.0"},
    )
    optional.getparent().remove(optional)
    found = differences(describe(xsd_as_relaxng()), describe(_grammar(changed, p5)))
    assert [line.split(":")[0] for line in found] == ["<TEI> content", "<stage> @type"]


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


# ------------------------------------------------ the grammar of small ODDs

_GRAMMAR_ODD = f"""<TEI xmlns="{TEI_NS}" xmlns:rng="http://relaxng.org/ns/structure/1.0">
<text><body><schemaSpec ident="x" start="p">
  <moduleRef key="tei"/>
  <moduleRef key="core" include="p hi"/>
  <dataSpec ident="x.code" mode="add">
    <content><dataRef name="token" restriction="[A-Z]{{2}}"/></content>
  </dataSpec>
  <classSpec ident="att.global" type="atts" mode="change">
    <attList><attDef ident="xml:space" mode="delete"/></attList>
  </classSpec>
  <elementSpec ident="p" module="core" mode="change">
    <content><alternate minOccurs="0" maxOccurs="unbounded">
      <textNode/><elementRef key="hi"/></alternate></content>
    <attList>
      <attDef ident="n" mode="change" usage="req">
        <datatype maxOccurs="unbounded"><dataRef key="x.code"/></datatype>
      </attDef>
      {{extra}}
    </attList>
  </elementSpec>
  <elementSpec ident="hi" module="core" mode="change">
    <content><rng:text/></content>
    <attList><attDef ident="rend" mode="change">
      <valList type="closed" mode="replace">
        <valItem ident="bold"/><valItem ident="italic"/></valList>
    </attDef></attList>
  </elementSpec>
</schemaSpec></body></text></TEI>"""


def _small_grammar(p5: etree._ElementTree, extra: str = "") -> bytes:
    odd = etree.ElementTree(etree.fromstring(_GRAMMAR_ODD.replace("{extra}", extra)))
    return relaxng(odd, p5)


def test_a_small_odd_compiles_into_a_working_grammar(
    p5: etree._ElementTree, tmp_path: Path
) -> None:
    grammar = etree.fromstring(_small_grammar(p5))
    (p_atts, p_content), (hi_atts, _) = describe(grammar)["p"], describe(grammar)["hi"]
    assert p_content == "zeroOrMore(choice(element hi | text))"
    assert p_atts["n"] == (True, "list(oneOrMore(data token[pattern=[A-Z]{2}]))")
    assert p_atts["xml:id"] == (False, "data ID[]")  # TEI's, through att.global
    assert "xml:space" not in p_atts and "xml:lang" in p_atts
    assert hi_atts["rend"] == (False, "choice(value token 'bold' | value token 'italic')")
    relax = etree.RelaxNG(grammar)
    ok = f'<p xmlns="{TEI_NS}" n="AB CD">a <hi rend="bold">b</hi></p>'
    assert relax.validate(etree.fromstring(ok))
    for bad in ('n="ab"', 'n="AB" xml:space="preserve"', 'n="AB"><hi rend="red"/'):
        document = f'<p xmlns="{TEI_NS}" {bad}></p>'
        assert not relax.validate(etree.fromstring(document)), bad


def test_the_grammar_is_deterministic(p5: etree._ElementTree) -> None:
    assert _small_grammar(p5) == _small_grammar(p5)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('<attDef ident="nonesuch" mode="change" usage="req"/>', "lacks here"),
        ('<attDef ident="rend" mode="add"/>', "which TEI has"),
        (
            '<attDef ident="type" mode="add"><datatype><dataRef key="x.none"/></datatype></attDef>',
            "neither in the ODD nor in TEI",
        ),
        (
            '<attDef ident="type" mode="add"><datatype><textNode/></datatype></attDef>',
            "cannot stand in a datatype",
        ),
    ],
)
def test_what_the_generator_cannot_compile_is_refused(
    p5: etree._ElementTree, extra: str, message: str
) -> None:
    with pytest.raises(OddError, match=message):
        _small_grammar(p5, extra)


def test_content_by_tei_classes_or_a_missing_one_is_refused(p5: etree._ElementTree) -> None:
    by_class = _GRAMMAR_ODD.replace("<rng:text/>", '<classRef key="model.hiLike"/>')
    with pytest.raises(OddError, match="not supported in a content model"):
        relaxng(etree.ElementTree(etree.fromstring(by_class)), p5)
    dangling = _GRAMMAR_ODD.replace("<rng:text/>", '<rng:ref name="seg"/>')
    with pytest.raises(OddError, match="a reference to seg"):
        relaxng(etree.ElementTree(etree.fromstring(dangling)), p5)
    none = _GRAMMAR_ODD.replace('include="p hi"', 'include="p hi lb"')
    with pytest.raises(OddError, match="<lb> has no elementSpec"):
        relaxng(etree.ElementTree(etree.fromstring(none)), p5)


def test_the_command_writes_only_what_changed_and_reports_a_missing_tei(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from encoder import oddgen

    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "tei-encoder.odd").write_bytes((ROOT / "schema" / "tei-encoder.odd").read_bytes())
    (schema / SCH_FILE).write_bytes((ROOT / "schema" / SCH_FILE).read_bytes())
    monkeypatch.setattr(oddgen, "odd_path", lambda: schema / "tei-encoder.odd")
    monkeypatch.setenv("TEI_P5SUBSET", str(find_p5subset(ROOT)))
    assert oddgen.main() == 0
    wrote = f"wrote {schema / RNG_FILE}\nwrote {schema / XSD_FILE}\n"
    assert capsys.readouterr().out == wrote  # the .sch was current
    assert (schema / RNG_FILE).read_bytes() == (ROOT / "schema" / RNG_FILE).read_bytes()
    monkeypatch.setenv("TEI_P5SUBSET", str(tmp_path / "nowhere.xml"))
    (schema / RNG_FILE).unlink()
    assert oddgen.main() == 1
    assert "p5subset.xml is needed" in capsys.readouterr().err
    assert not (schema / RNG_FILE).exists()


# ------------------------------------------------ the XSD of small ODDs

_XML_SPACE = '<attDef ident="xml:space" mode="delete"/>'
_XML_BASE = '<attDef ident="xml:base" mode="delete"/>'
_MIXED = (
    _GRAMMAR_ODD.replace(
        '<alternate minOccurs="0" maxOccurs="unbounded">\n      <textNode/><elementRef key="hi"/>'
        "</alternate>",
        '<rng:mixed><rng:zeroOrMore><rng:ref name="x.inline"/></rng:zeroOrMore></rng:mixed>',
    )
    .replace(
        '<elementSpec ident="p"',
        '<macroSpec ident="x.inline" mode="add"><content><rng:choice><rng:ref name="hi"/>'
        '</rng:choice></content></macroSpec>\n  <elementSpec ident="p"',
    )
    .replace(_XML_SPACE, _XML_SPACE + _XML_BASE)
)


def _small_xsd(p5: etree._ElementTree, odd: str = _MIXED) -> etree._Element:
    grammar = etree.fromstring(relaxng(etree.fromstring(odd).getroottree(), p5))
    # beside the bundled xml.xsd, which it imports
    return etree.fromstring(xsd(grammar), base_url=str(ROOT / "schema" / XSD_FILE))


def test_a_small_odd_becomes_an_xsd_of_named_types(p5: etree._ElementTree) -> None:
    schema = _small_xsd(p5)
    xs = {"xs": "http://www.w3.org/2001/XMLSchema"}
    assert schema.xpath("xs:element/@name", namespaces=xs) == ["p"]  # the root, global
    (p_type,) = schema.xpath("xs:complexType[@name='p']", namespaces=xs)
    assert p_type.get("mixed") == "true"
    (group,) = p_type.xpath("xs:group", namespaces=xs)
    assert (group.get("ref"), group.get("minOccurs"), group.get("maxOccurs")) == (
        "tei:inline",
        "0",
        "unbounded",
    )
    assert schema.xpath("xs:group[@name='inline']/xs:choice/xs:element/@type", namespaces=xs) == [
        "tei:hi"
    ]
    (n,) = p_type.xpath("xs:attribute[@name='n']", namespaces=xs)
    assert (n.get("type"), n.get("use")) == ("tei:codes", "required")
    assert schema.xpath("xs:simpleType[@name='hiRend']//xs:enumeration/@value", namespaces=xs) == [
        "bold",
        "italic",
    ]
    assert schema.xpath("xs:complexType[@name='hi']/xs:simpleContent", namespaces=xs)
    validator = etree.XMLSchema(schema)
    ok = f'<p xmlns="{TEI_NS}" n="AB CD">a <hi rend="bold">b</hi></p>'
    assert validator.validate(etree.fromstring(ok))
    for bad in ('n="ab"', 'n="AB" xml:space="preserve"', 'n="AB"><hi rend="red"/'):
        assert not validator.validate(etree.fromstring(f'<p xmlns="{TEI_NS}" {bad}></p>')), bad


def test_text_between_elements_outside_mixed_is_refused(p5: etree._ElementTree) -> None:
    with pytest.raises(OddError, match="<text> cannot stand in an XSD content model"):
        _small_xsd(p5, _GRAMMAR_ODD.replace(_XML_SPACE, _XML_SPACE + _XML_BASE))


def test_an_xml_attribute_xml_xsd_lacks_is_refused(p5: etree._ElementTree) -> None:
    kept = _MIXED.replace(_XML_BASE, "")
    with pytest.raises(OddError, match=r"@xml:base: xml\.xsd declares only"):
        _small_xsd(p5, kept)


def test_a_content_model_xsd_forbids_is_caught_when_the_schema_is_read(
    p5: etree._ElementTree,
) -> None:
    """RELAX NG allows a choice between two sequences starting alike; XSD does
    not (Unique Particle Attribution), and libxml2 says so."""
    ambiguous = _MIXED.replace(
        '<rng:mixed><rng:zeroOrMore><rng:ref name="x.inline"/></rng:zeroOrMore></rng:mixed>',
        '<rng:choice><rng:group><rng:ref name="hi"/></rng:group><rng:group>'
        '<rng:ref name="hi"/><rng:ref name="hi"/></rng:group></rng:choice>',
    )
    assert ambiguous != _MIXED
    schema = _small_xsd(p5, ambiguous)
    with pytest.raises(etree.XMLSchemaParseError, match="determinist"):
        etree.XMLSchema(schema)


def test_the_xsd_is_deterministic(p5: etree._ElementTree) -> None:
    assert etree.tostring(_small_xsd(p5)) == etree.tostring(_small_xsd(p5))


def test_two_simple_types_of_one_name_are_refused(p5: etree._ElementTree) -> None:
    clash = _MIXED.replace(
        '<elementSpec ident="p"',
        '<dataSpec ident="x.hiRend" mode="add"><content>'
        '<dataRef name="token" restriction="[a-z]+"/></content></dataSpec>\n'
        '  <elementSpec ident="p"',
    ).replace(
        '<attDef ident="n" mode="change"',
        '<attDef ident="rend" mode="change"><datatype><dataRef key="x.hiRend"/></datatype>'
        '</attDef><attDef ident="n" mode="change"',
    )
    with pytest.raises(OddError, match="two simple types named hiRend"):
        _small_xsd(p5, clash)
