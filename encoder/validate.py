"""Validate TEI against the bundled schema and the pointer rules.

Two passes, both reporting every problem they find (never only the first):

1. **Grammar**: the project's XSD (``schema/tei-encoder.xsd``, a TEI P5
   customisation) run by libxml2 through :mod:`lxml`. The schema is compiled
   lazily, once per process. A valid document costs one validation call; only
   an invalid one has its error log turned into readable diagnostics, which
   name the element, the attribute, the value and what is expected there.
2. **References**, which no grammar can express: every ``#pointer`` in
   ``@who``, ``@ref``, ``@corresp``, ``@target``, ``@resp``, ``@source`` (…) names an
   ``xml:id`` of the same document, ids are unique, every footnote has a
   number that occurs once, and every participant is referred to.

Diagnostic codes:

====  =======  ==============================================================
V100  error    other schema error (the libxml2 message is passed on)
V101  error    unknown element (not in tei-encoder's TEI customisation)
V102  error    attribute not allowed on this element
V103  error    attribute value not valid (date, id, language, closed list…)
V104  error    element or text not allowed here (nesting, content)
V105  error    required attribute missing
V106  error    required child element missing (content incomplete)
V107  error    root element is not ``<TEI>`` in the TEI namespace
V108  error    the file is not well-formed XML or cannot be read
R201  error    pointer names no ``xml:id`` in the document
R202  error    ``xml:id`` used twice
R203  error    footnote without ``@n``
R204  error    footnote number used twice
R206  error    ``sp/@who`` points at something that is not a person
W205  warning  participant who never speaks and is never referred to
====  =======  ==============================================================

>>> from encoder.xmlio import parse_xml_bytes
>>> tree = parse_xml_bytes(b'<TEI xmlns="http://www.tei-c.org/ns/1.0"/>')
>>> [d.code for d in validate_tree(tree, "x.xml")]
['V105', 'V106']
"""

from __future__ import annotations

import contextlib
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Final, Literal, cast

from lxml import etree

from .diagnostics import Diagnostic, Severity, Span
from .lazyre import LazyPattern
from .record import Record
from .xmlio import TEI, TEI_NS, XML_ID, XML_NS, XmlInputError, parse_xml_file

SCHEMA_FILE: Final = "tei-encoder.xsd"
Engine = Literal["lxml", "xmlschema", "schematron", "jing"]
XS_NS: Final = "http://www.w3.org/2001/XMLSchema"
XS: Final = f"{{{XS_NS}}}"

#: Attributes whose space-separated values may hold ``#id`` pointers.
POINTER_ATTRIBUTES: Final = (
    "who",
    "ref",
    "corresp",
    "target",
    "resp",
    "synch",
    "since",
    "origin",
    "source",
)
_POINTERS: Final = frozenset(POINTER_ATTRIBUTES)

# report(code, element, message): how the reference checks hand back a problem
_Report = Callable[[str, etree._Element, str], None]

# What a value of each named simple type of the schema looks like, for people.
_TYPE_HELP: Final[dict[str, str]] = {
    "word": "a single word without spaces",
    "wordList": "one or more words separated by spaces",
    "localPointer": 'a pointer to an xml:id of this document, such as "#mao-zedong"',
    "localPointers": (
        'one or more pointers to xml:ids of this document, separated by spaces, such as "#ap #np"'
    ),
    "pointer": "a URI or #id pointer without spaces",
    "pointers": "one or more URIs or #id pointers separated by spaces",
    "isoDate": "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar day",
    "languageTag": 'a BCP 47 language tag, such as "en", "ru-Latn" or "zh-Hant-TW"',
    "versionNumber": 'a version number such as "1.2.0"',
    "xml:id": (
        "an XML name (NCName): a letter or _ first, then letters, digits, '-', '_' or '.'; "
        "no spaces or colons"
    ),
    "xml:lang": 'a BCP 47 language tag, such as "en", "ru-Latn" or "zh-Hant-TW"',
    "Name": "an XML name without spaces",
    "nonNegativeInteger": "a whole number, 0 or more",
    "string": "text",
}


class _Grammar(Record):
    """The compiled schema, and the XSD it was compiled from (for the messages)."""

    schema: etree.XMLSchema
    source: etree._ElementTree
    lock: threading.Lock  # an XMLSchema keeps its error log on itself


class _Description(Record):
    """What the messages need to know about the schema, read from the XSD
    only when a document has a problem to explain."""

    elements: frozenset[str]  # local names of every element the schema declares
    attributes: dict[str, dict[str, str]]  # element -> attribute -> type name
    enumerations: dict[str, tuple[str, ...]]  # simple type -> closed list of values


class _Entry(Record):
    """One libxml2 schema error: line, error type, message, XPath of the element."""

    line: int
    kind: str
    message: str
    path: str | None


def schema_path() -> Path:
    """Where the bundled XSD is: in the installed package or in the source tree.

    A wheel carries it as ``encoder/schema/``; a checkout or an editable
    install has it in the repository's top-level ``schema/``.
    """
    here = Path(__file__).resolve().parent
    candidates = (here / "schema" / SCHEMA_FILE, here.parent / "schema" / SCHEMA_FILE)
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise FileNotFoundError(f"the bundled schema {SCHEMA_FILE} is missing (looked in {tried})")


_COMPILED: list[_Grammar] = []  # the schema, compiled once per process
_COMPILING: Final = threading.Lock()


def _grammar() -> _Grammar:
    with _COMPILING:  # a second caller waits for the compilation under way
        if not _COMPILED:
            path = schema_path()
            parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
            document = etree.parse(str(path), parser)
            _COMPILED.append(_Grammar(etree.XMLSchema(document), document, threading.Lock()))
        return _COMPILED[0]


def compile_schema_early() -> None:
    """Start compiling the bundled schema on a thread of its own, unless it is
    compiled already. libxml2 releases the GIL while it compiles (~13 ms), so a
    cold ``encode`` imports and reads the transcript meanwhile instead of
    waiting for it before the validation. A failure there is left for the
    validation itself to raise."""
    if not _COMPILED:
        threading.Thread(target=_compile_quietly, name="schema", daemon=True).start()


def _compile_quietly() -> None:
    with contextlib.suppress(Exception):
        _grammar()


@cache
def _description() -> _Description:
    return _Description(*_describe_schema(_grammar().source.getroot()))


def _local(qname: str) -> str:
    """``tei:note`` or ``xs:string`` -> ``note`` / ``string``."""
    return qname.rpartition(":")[2]


def _describe_schema(
    root: etree._Element,
) -> tuple[frozenset[str], dict[str, dict[str, str]], dict[str, tuple[str, ...]]]:
    """Read from the XSD which attributes (of which type) each element takes.

    Every element is declared with the complex type of one name, so an
    element's attributes are those of its type, its attribute groups and its
    base types.
    """
    types = {t.get("name", ""): t for t in root.iter(XS + "complexType") if t.get("name")}
    groups = {g.get("name", ""): g for g in root.iter(XS + "attributeGroup") if g.get("name")}
    element_type: dict[str, str] = {}
    for decl in root.iter(XS + "element"):
        name, type_name = decl.get("name"), decl.get("type")
        if name and type_name:
            element_type[name] = _local(type_name)

    def attributes_of(node: etree._Element) -> Iterator[tuple[str, str]]:
        for child in node.iter(XS + "attribute", XS + "attributeGroup", XS + "extension"):
            if child.tag == XS + "attribute":
                if child.get("ref"):
                    ref = child.get("ref", "")
                    yield ref, ref
                elif child.get("name"):
                    yield child.get("name", ""), _local(child.get("type", "xs:string"))
            elif child.tag == XS + "attributeGroup" and child.get("ref"):
                yield from attributes_of(groups[_local(child.get("ref", ""))])
            elif child.tag == XS + "extension":
                base = _local(child.get("base", ""))
                if base in types:
                    yield from attributes_of(types[base])

    attributes = {
        element: dict(attributes_of(types[type_name]))
        for element, type_name in element_type.items()
        if type_name in types
    }
    enumerations = {
        simple.get("name", ""): tuple(e.get("value", "") for e in simple.iter(XS + "enumeration"))
        for simple in root.iter(XS + "simpleType")
        if simple.get("name") and simple.find(f".//{XS}enumeration") is not None
    }
    return frozenset(element_type), attributes, enumerations


# ---------------------------------------------------------------- public API


def validate_file(path: Path, engine: Engine = "lxml") -> list[Diagnostic]:
    """Parse ``path`` safely and validate it; a parse failure is one V108 error."""
    try:
        tree = parse_xml_file(path)
    except XmlInputError as exc:
        span = Span(str(path), exc.line, exc.col)
        return [Diagnostic("V108", Severity.ERROR, exc.message, span)]
    if engine == "jing":  # RELAX NG with jing, the pointer rules with the Schematron
        from .relaxng import jing_diagnostics
        from .schematron import schematron_diagnostics

        found = jing_diagnostics(path)
        if tree.getroot().tag == TEI + "TEI":
            found.extend(schematron_diagnostics(tree, str(path)))
        return sorted(found, key=lambda d: d.span.line)
    return validate_tree(tree, str(path), engine)


def validate_tree(
    tree: etree._ElementTree, filename: str, engine: Engine = "lxml"
) -> list[Diagnostic]:
    """All grammar and reference problems of ``tree``, in document order.

    ``engine`` chooses who checks the grammar: libxml2 through lxml (fast, the
    default) or the pure-Python :mod:`xmlschema` (a second opinion on the same
    XSD; slower to load, its messages are passed on as V100); ``schematron``
    checks the grammar with lxml and the references with the generated
    ``schema/tei-encoder.sch`` instead of Python (what a validator outside
    Python sees; slower on long documents).
    """
    root = tree.getroot()
    if root.tag not in ROOTS:
        found = [_wrong_root(root, filename)]
    elif engine == "xmlschema":
        found = _xmlschema_diagnostics(tree, filename)
    else:
        found = _grammar_diagnostics(tree, filename)
    if engine == "schematron":
        from .schematron import schematron_diagnostics

        found.extend(schematron_diagnostics(tree, filename))
    else:
        found.extend(_reference_diagnostics(root, filename))
    return sorted(found, key=lambda d: d.span.line)


def validate_output(xml: bytes, filename: str) -> list[Diagnostic]:
    """The errors :func:`validate_tree` finds in ``xml``, the document `encode`
    has just written, without its whole tree in memory when there are none:
    one streaming pass checks the grammar (libxml2 validates as it parses)
    and what the reference checks need (unique ids and footnote numbers,
    pointers that resolve, speakers that are persons); only when that pass
    finds a problem is the tree built, for the messages."""
    if _streams_clean(xml):
        return []
    from .xmlio import parse_xml_bytes

    found = validate_tree(parse_xml_bytes(xml), filename)
    return [d for d in found if d.severity is Severity.ERROR]


def _streams_clean(xml: bytes) -> bool:
    import io

    grammar = _grammar()
    ids: dict[str, str] = {}  # id -> tag
    speakers: set[str] = set()  # what sp/@who points to
    pointed: set[str] = set()  # what every other pointer points to
    numbers: set[str] = set()  # footnote numbers
    sp, note, text = TEI + "sp", TEI + "note", TEI + "text"
    with grammar.lock:
        # only the ends: an element's attributes are all read there, in one
        # call, before it is cleared (a start event per element cost as much)
        events = etree.iterparse(
            io.BytesIO(xml),
            schema=grammar.schema,
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
        )
        try:
            for _, element in events:
                tag = element.tag
                for name, value in element.items():
                    if name == XML_ID:
                        if value in ids:
                            return False
                        ids[value] = tag
                    elif name in _POINTERS:
                        targets = speakers if name == "who" and tag == sp else pointed
                        targets.update(t[1:] for t in value.split() if t.startswith("#"))
                if (
                    tag == note
                    and element.get("type") is None
                    and next(element.iterancestors(text), None) is not None
                ):
                    number = element.get("n")
                    if number is None or number in numbers:
                        return False
                    numbers.add(number)
                element.clear(keep_tail=True)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]  # what is done is dropped: the tree stays small
        except etree.XMLSyntaxError:
            return False
    persons = (TEI + "person", TEI + "personGrp")
    return all(t in ids for t in pointed) and all(ids.get(t) in persons for t in speakers)


# ------------------------------------------------------------------- grammar


@cache
def _xmlschema() -> Any:
    import xmlschema

    return xmlschema.XMLSchema10(str(schema_path()))


def _xmlschema_diagnostics(tree: etree._ElementTree, filename: str) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for error in _xmlschema().iter_errors(tree):
        element = getattr(error, "elem", None)
        line = _line(element) if isinstance(element, etree._Element) else 0
        reason = str(getattr(error, "reason", None) or error.message)
        where = f" (at {error.path})" if getattr(error, "path", None) else ""
        found.append(Diagnostic("V100", Severity.ERROR, reason + where, Span(filename, line)))
    return found


# A document, or a collection of them (tei-encode build's corpus.xml)
ROOTS: Final = frozenset({TEI + "TEI", TEI + "teiCorpus"})


def _wrong_root(root: etree._Element, filename: str) -> Diagnostic:
    qname = etree.QName(root)
    if qname.localname == "TEI":
        where = f'in namespace "{qname.namespace}"' if qname.namespace else "in no namespace"
        message = (
            f"the root element <TEI> is {where}; it must be in the TEI namespace: "
            f'<TEI xmlns="{TEI_NS}">'
        )
    else:
        message = (
            f"the root element is <{qname.localname}>; a TEI document starts with "
            f'<TEI xmlns="{TEI_NS}"> (a collection with <teiCorpus>)'
        )
    return Diagnostic("V107", Severity.ERROR, message, Span(filename, _line(root)))


def _grammar_diagnostics(tree: etree._ElementTree, filename: str) -> list[Diagnostic]:
    grammar = _grammar()
    with grammar.lock:
        if grammar.schema.validate(tree):
            return []
        log = cast("Iterable[Any]", grammar.schema.error_log)
        entries = [_Entry(e.line or 0, e.type_name or "", e.message or "", e.path) for e in log]
    found: list[Diagnostic] = []
    seen: set[tuple[int, str, str]] = set()
    for entry in entries:
        element = _element_at(tree, entry.path)
        code, message = _explain(_description(), entry, element)
        line = (_line(element) if element is not None else 0) or entry.line
        if not line and element is not None:  # a tree built in memory
            message += f" (at {_locate(element)})"
        key = (line, code, message)
        if key in seen:
            continue
        seen.add(key)
        found.append(Diagnostic(code, Severity.ERROR, message, Span(filename, line or 0)))
    return _drop_echoes(found)


def _line(element: etree._Element) -> int:
    line = element.sourceline
    return line if isinstance(line, int) else 0


def _locate(element: etree._Element) -> str:
    """``/TEI/text/body/div[1]/sp[3]``: where an element without a line is."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        name = _name(node)
        if parent is None:
            steps.append(name)
        else:
            same = [sibling for sibling in parent if sibling.tag == node.tag]
            steps.append(f"{name}[{same.index(node) + 1}]" if len(same) > 1 else name)
        node = parent
    return "/" + "/".join(reversed(steps))


def _element_at(tree: etree._ElementTree, path: str | None) -> etree._Element | None:
    if not path:
        return None
    try:
        result = tree.xpath(path)
    except etree.XPathError:
        return None
    if isinstance(result, list) and result and isinstance(result[0], etree._Element):
        return result[0]
    return None


def _drop_echoes(found: list[Diagnostic]) -> list[Diagnostic]:
    """libxml2 reports a bad list item twice (the item, then the list): keep one."""
    kept: list[Diagnostic] = []
    for diagnostic in found:
        if kept and diagnostic.code == "V103" and kept[-1].code == "V103":
            previous = kept[-1]
            if previous.span == diagnostic.span and _same_attribute(previous, diagnostic):
                continue
        kept.append(diagnostic)
    return kept


def _same_attribute(a: Diagnostic, b: Diagnostic) -> bool:
    return a.message.split(" = ", 1)[0] == b.message.split(" = ", 1)[0]


_ELEMENT_RE: Final = LazyPattern(r"^Element '(?:\{(?P<ns>[^}]*)\})?(?P<name>[^']+)'")
_ATTRIBUTE_RE: Final = LazyPattern(r"attribute '(?:\{(?P<ns>[^}]*)\})?(?P<name>[^']+)'")
_EXPECTED_RE: Final = LazyPattern(r"Expected is (?:one of )?\( (?P<names>[^)]*) \)")


def _display(name: str, namespace: str | None) -> str:
    if namespace == XML_NS:
        return "xml:" + name
    if namespace and namespace != TEI_NS:
        return f"{{{namespace}}}{name}"
    return name


def _expected(message: str) -> str:
    match = _EXPECTED_RE.search(message)
    if not match:
        return ""
    names = []
    for raw in match.group("names").split(","):
        qname = raw.strip()
        if qname.startswith("##other"):
            continue
        local = qname.rpartition("}")[2]
        if local and f"<{local}>" not in names:
            names.append(f"<{local}>")
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    # libxml2 lists at most ten candidates
    more = ", …" if len(names) >= 10 else ""
    return "one of " + ", ".join(names) + more


def _where(element: etree._Element | None) -> str:
    parent = element.getparent() if element is not None else None
    if parent is None:
        return ""
    return f" inside <{etree.QName(parent).localname}>"


def _explain(
    grammar: _Description, entry: _Entry, element: etree._Element | None
) -> tuple[str, str]:
    """Turn one libxml2 schema error into a code and a message for people."""
    text, kind = entry.message, entry.kind
    match = _ELEMENT_RE.match(text)
    if element is not None:
        qname = etree.QName(element)
        name, namespace = qname.localname, qname.namespace
    elif match:
        name, namespace = match.group("name"), match.group("ns")
    else:
        return "V100", text
    shown = _display(name, namespace)
    attribute = _ATTRIBUTE_RE.search(text[match.end() :] if match else text)

    if kind == "SCHEMAV_ELEMENT_CONTENT" and "Missing child" in text:
        expected = _expected(text) or "more content"
        return "V106", f"<{shown}> is incomplete: {expected} is required here"
    if kind == "SCHEMAV_ELEMENT_CONTENT":
        expected = _expected(text)
        after = f"; expected {expected}" if expected else ""
        if namespace != TEI_NS:
            where = f'namespace "{namespace}"' if namespace else "no namespace"
            return "V101", (
                f"unknown element <{shown}> in {where}{_where(element)}: TEI elements "
                f'belong to "{TEI_NS}"{after}'
            )
        if name not in grammar.elements:
            return "V101", (
                f"unknown element <{shown}>{_where(element)}: it is not part of "
                f"tei-encoder's TEI customisation{after}"
            )
        return "V104", f"<{shown}> is not allowed at this place{_where(element)}{after}"
    if kind == "SCHEMAV_CVC_COMPLEX_TYPE_2_3":
        return "V104", f"text is not allowed directly inside <{shown}>, only elements"
    if kind == "SCHEMAV_CVC_COMPLEX_TYPE_2_1":
        return "V104", f"<{shown}> must be empty"
    if kind == "SCHEMAV_CVC_COMPLEX_TYPE_2_2" or "type definition is simple" in text:
        return "V104", f"<{shown}> may contain text only, no elements"
    if attribute is not None:
        return _explain_attribute(grammar, kind, text, element, name, shown, attribute)
    return "V100", f"<{shown}>: {text[match.end() :].lstrip(': ') if match else text}"


def _explain_attribute(
    grammar: _Description,
    kind: str,
    text: str,
    element: etree._Element | None,
    name: str,
    shown: str,
    attribute: re.Match[str],
) -> tuple[str, str]:
    att_ns, att_local = attribute.group("ns"), attribute.group("name")
    if att_local.startswith("xml:"):
        att_ns, att_local = XML_NS, att_local[4:]
    att_shown = _display(att_local, att_ns)
    allowed = grammar.attributes.get(name, {})
    if kind in ("SCHEMAV_CVC_COMPLEX_TYPE_3_2_1", "SCHEMAV_CVC_COMPLEX_TYPE_3_2_2"):
        names = ", ".join("@" + a for a in sorted(allowed)) or "none"
        return "V102", f"<{shown}> does not take @{att_shown} (allowed: {names})"
    if kind == "SCHEMAV_CVC_COMPLEX_TYPE_4":
        type_name = allowed.get(att_shown, "")
        return "V105", f"<{shown}> requires @{att_shown}: {_describe_type(grammar, type_name)}"
    value = None
    if element is not None:
        value = element.get(f"{{{att_ns}}}{att_local}" if att_ns else att_local)
    type_name = allowed.get(att_shown, "")
    got = f'"{value}"' if value is not None else "its value"
    return "V103", (
        f"<{shown}> @{att_shown} = {got} is not valid: expected "
        f"{_describe_type(grammar, type_name)}"
    )


def _describe_type(grammar: _Description, type_name: str) -> str:
    if type_name in grammar.enumerations:
        return "one of " + ", ".join(f'"{v}"' for v in grammar.enumerations[type_name])
    return _TYPE_HELP.get(type_name, "a value allowed by the schema")


# ---------------------------------------------------------------- references


def _reference_diagnostics(root: etree._Element, filename: str) -> list[Diagnostic]:
    found: list[Diagnostic] = []

    def report(code: str, element: etree._Element, message: str) -> None:
        severity = Severity.WARNING if code.startswith("W") else Severity.ERROR
        if not _line(element):  # a tree built in memory
            message += f" (at {_locate(element)})"
        found.append(Diagnostic(code, severity, message, Span(filename, _line(element))))

    ids: dict[str, etree._Element] = {}
    elements = list(root.iter(etree.Element))
    for element in elements:
        xml_id = element.get(XML_ID)
        if xml_id is None:
            continue
        first = ids.get(xml_id)
        if first is None:
            ids[xml_id] = element
        else:
            report(
                "R202",
                element,
                f'xml:id="{xml_id}" on <{_name(element)}> is already used by '
                f"<{_name(first)}> on line {_line(first)}; ids must be unique",
            )

    referenced: set[str] = set()
    for element in elements:
        for attribute in POINTER_ATTRIBUTES:
            value = element.get(attribute)
            if not value:
                continue
            for token in value.split():
                if not token.startswith("#"):
                    continue
                target = token[1:]
                if target in ids:
                    if ids[target] is not element:
                        referenced.add(target)
                    _check_speaker(report, element, attribute, token, ids[target])
                    continue
                report("R201", element, _dangling(element, attribute, token, ids))

    _check_footnotes(root, report)
    _check_participants(root, referenced, report)
    return found


def _name(element: etree._Element) -> str:
    return etree.QName(element).localname


def _dangling(
    element: etree._Element, attribute: str, token: str, ids: dict[str, etree._Element]
) -> str:
    message = (
        f'<{_name(element)}> @{attribute} points to "{token}", but no element has '
        f'xml:id="{token[1:]}"'
    )
    import difflib  # only for a dangling pointer: not loaded by every encode

    close = difflib.get_close_matches(token[1:], list(ids), n=1, cutoff=0.75)
    if close:
        message += f' (did you mean "#{close[0]}"?)'
    return message


def _check_speaker(
    report: _Report,
    element: etree._Element,
    attribute: str,
    token: str,
    target: etree._Element,
) -> None:
    """``sp/@who`` must name a person (or a group of them)."""
    if element.tag != TEI + "sp" or attribute != "who":
        return
    if target.tag in (TEI + "person", TEI + "personGrp"):
        return
    report(
        "R206",
        element,
        f'<sp> @who="{token}" points at <{_name(target)}> on line {_line(target)}; '
        "a speaker must be a <person> of the participants list",
    )


def _is_footnote(note: etree._Element) -> bool:
    """A footnote: a ``<note>`` in ``<text>`` that is not an editorial remark."""
    if note.get("type") is not None:
        return False
    return any(ancestor.tag == TEI + "text" for ancestor in note.iterancestors())


def _check_footnotes(root: etree._Element, report: _Report) -> None:
    """Footnote numbers are unique in each document (of a teiCorpus, each TEI)."""
    documents = root.findall(TEI + "TEI") if root.tag == TEI + "teiCorpus" else [root]
    for document in documents:
        _check_footnote_numbers(document, report)


def _check_footnote_numbers(root: etree._Element, report: _Report) -> None:
    numbers: dict[str, etree._Element] = {}
    for note in root.iter(TEI + "note"):
        if not _is_footnote(note):
            continue
        number = note.get("n")
        if number is None:
            report(
                "R203",
                note,
                "footnote <note> in <text> has no @n: the note number of the source "
                'must be kept, e.g. n="4" (editorial remarks carry type="editorial")',
            )
            continue
        first = numbers.get(number)
        if first is None:
            numbers[number] = note
        else:
            report(
                "R204",
                note,
                f'footnote number n="{number}" is used twice: '
                f"first by the <note> on line {_line(first)}",
            )


def _check_participants(root: etree._Element, referenced: set[str], report: _Report) -> None:
    for person in root.iterfind(f".//{TEI}particDesc//{TEI}person"):
        xml_id = person.get(XML_ID)
        if xml_id is None or xml_id in referenced:
            continue
        label = " ".join(str(text) for text in person.itertext()).strip()
        label = " ".join(label.split())[:60]
        named = f" ({label})" if label else ""
        report(
            "W205",
            person,
            f'participant "{xml_id}"{named} never speaks and is never referred to: '
            f'no @who, @ref, @corresp, @target or @resp points to "#{xml_id}"',
        )
