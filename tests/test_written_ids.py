"""Ids and pointers prefixed as the writer makes them (header.WrittenIds):
the same tree as the rewriting pass over the finished tree (header.prefix_ids),
which the body written in parts still uses, also where a pointer names an id
the document lacks (then it is kept as written)."""

from __future__ import annotations

from lxml import etree

from encoder.model import Breaks, PageMark, Paragraph, PersName, Person, Text, Transcript, Turn
from encoder.parts import BodyParts, parts_fit
from encoder.tei import Options, to_tei
from encoder.xmlio import TEI, XML_ID, serialize


def _doc() -> Transcript:
    """Two turns: one by a person in the register, one by an id nobody has;
    a name pointing to the register and one pointing to nobody."""
    said = (
        Text("I saw "),
        PersName("Ada", "ada"),
        Text(" and "),
        PersName("Bo", "bo-missing"),
        Text("."),
    )
    return Transcript(
        "talk.txt",
        (
            Turn("ADA:", "ADA", None, (Paragraph(said, 1),), 1, "ada"),
            Turn("ZED:", "ZED", None, (Paragraph((Text("Yes."),), 2),), 2, "zed-missing"),
        ),
        persons=(Person("ada", ("Ada",), True, True),),
    )


def _attributes(tree: etree._ElementTree, tag: str, name: str) -> list[str]:
    return [str(e.get(name)) for e in tree.iter(TEI + tag) if e.get(name) is not None]


def test_pointers_to_ids_the_document_lacks_are_kept_as_written() -> None:
    tree = to_tei(_doc(), Options(source_date_epoch=0))
    assert _attributes(tree, "sp", "who") == ["#talk-ada", "#zed-missing"]
    assert _attributes(tree, "persName", "ref") == ["#talk-ada", "#bo-missing"]
    assert _attributes(tree, "sp", XML_ID) == ["talk-turn-1", "talk-turn-2"]
    assert _attributes(tree, "person", XML_ID) == ["talk-ada"]


def test_the_tree_is_the_one_the_rewriting_pass_gives() -> None:
    """The same bytes as the tree written without prefixes, then prefixed by
    header.prefix_ids: a body written in parts, here all left for the end."""
    doc = _doc()
    written = serialize(to_tei(doc, Options(source_date_epoch=0)))
    parts = BodyParts("talk", "#source")
    in_parts = serialize(to_tei(doc, Options(source_date_epoch=0), parts), parts)
    assert written == in_parts


def test_a_body_that_cannot_be_written_in_parts_is_written_whole() -> None:
    """Breaks with text of their own put it straight into the conversation:
    given parts, the writer writes the tree whole, as without them."""
    doc = _doc()
    breaks = Breaks((PageMark("2", None), Text("a page number's text")), 3)
    doc = Transcript(doc.source_name, (*doc.blocks, breaks), persons=doc.persons)
    assert not parts_fit(doc)
    parts = BodyParts("talk", "#source")
    in_parts = serialize(to_tei(doc, Options(source_date_epoch=0), parts), parts)
    assert in_parts == serialize(to_tei(doc, Options(source_date_epoch=0)))
    assert b'who="#talk-ada"' in in_parts and b'ref="#bo-missing"' in in_parts
