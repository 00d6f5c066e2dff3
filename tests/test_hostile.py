"""Hostile XML given to the commands that read XML (validate, render, text),
through the command line (:func:`encoder.cli.main`) and the library, and a
10 MB transcript through ``tei-encode encode`` with its peak memory measured.

No assertion here is about time: the attacks must be refused and finish; the
secret must never appear; the local HTTP server must never be contacted.
"""

from __future__ import annotations

import re
import resource
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import counting_server

from encoder.cli import main
from encoder.diagnostics import EXIT_INPUT, EXIT_INVALID, EXIT_OK
from encoder.html import render_file
from encoder.pipeline import encode_text
from encoder.plaintext import tei_to_text
from encoder.validate import validate_file
from encoder.xmlio import XmlInputError, parse_xml_file

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SECRET = "TOPSECRET-4f1c9a"
TEI_OPEN = '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">'

# A valid document to hide attacks in.
_VALID = encode_text(
    "SMITH. Good morning.\n\nJONES. Good morning to you.\n\nSMITH. Let us begin.\n",
    "valid.txt",
).xml
assert _VALID is not None
VALID_BODY = _VALID.split(b"\n", 1)[1]  # without the XML declaration

COMMANDS = ("validate", "render", "text")
# what each command exits with when the XML cannot be read
REFUSED = {"validate": EXIT_INVALID, "render": EXIT_INPUT, "text": EXIT_INPUT}


def run_cli(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str, path: Path
) -> tuple[int, str]:
    """Run a command; return its exit code and everything it printed or wrote."""
    out = tmp_path / f"out-{command}"
    args = {
        "validate": ["validate", str(path)],
        "render": ["render", str(path), "-o", str(out)],
        "text": ["text", str(path), "-o", str(out)],
    }[command]
    code = main(args)
    captured = capsys.readouterr()
    written = out.read_text(encoding="utf-8", errors="replace") if out.exists() else ""
    return code, captured.out + captured.err + written


def run_library(path: Path) -> str:
    """The same three readers called as a library; returns what they produce
    (or the error message)."""
    seen: list[str] = [d.format() for d in validate_file(path)]
    for reader in (render_file, lambda p: tei_to_text(parse_xml_file(p)).encode()):
        try:
            seen.append(reader(path).decode("utf-8", "replace"))
        except XmlInputError as exc:
            seen.append(exc.message)
    return "\n".join(seen)


def padding() -> bytes:
    """A comment that pushes the DOCTYPE past the first 4 KiB."""
    return b"<!--" + b"p" * 6000 + b"-->\n"


def lol_doctype() -> bytes:
    entities = [b'<!ENTITY l0 "lollollollollollollollollollol">']
    for i in range(1, 10):
        entities.append(b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10))
    return b"<!DOCTYPE TEI [" + b"".join(entities) + b"]>\n"


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


# ------------------------------------------------------------------ billion laughs

BILLION_LAUGHS = {
    "in-content": lambda: lol_doctype() + TEI_OPEN.encode() + b"&l9;</TEI>",
    "after-4k": lambda: padding() + lol_doctype() + TEI_OPEN.encode() + b"&l9;</TEI>",
    "in-attribute": lambda: padding() + lol_doctype() + b'<TEI xmlns="x" n="&l9;"/>',
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("variant", sorted(BILLION_LAUGHS))
def test_billion_laughs_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, variant: str
) -> None:
    path = tmp_path / "lol.xml"
    path.write_bytes(b'<?xml version="1.0"?>\n' + BILLION_LAUGHS[variant]())
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code, printed = run_cli(capsys, tmp_path, command, path)
    assert code == REFUSED[command]
    assert "Traceback" not in printed
    assert re.search(rf"^{re.escape(str(path))}:\d+(:\d+)?: error\[(E020|V108)\]: ", printed, re.M)
    assert re.search(r"entit|amplification", printed, re.I), printed
    assert "lollollollollollollollollollollol" not in printed
    assert not (tmp_path / f"out-{command}").exists()
    # ~3 GB if expanded; allow 200 MB of growth for everything else
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 200_000


@pytest.mark.parametrize("variant", sorted(BILLION_LAUGHS))
def test_billion_laughs_is_refused_by_the_library(tmp_path: Path, variant: str) -> None:
    path = tmp_path / "lol.xml"
    path.write_bytes(BILLION_LAUGHS[variant]())
    with pytest.raises(XmlInputError, match=r"(?i)entit|amplification"):
        parse_xml_file(path)
    with pytest.raises(XmlInputError):
        render_file(path)
    assert [d.code for d in validate_file(path)] == ["V108"]


# ------------------------------------------------------------------ XXE


def xxe_variants(secret: Path) -> dict[str, bytes]:
    uri = secret.as_uri().encode()
    decl = b'<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "' + uri + b'">]>\n'
    body = VALID_BODY.replace(b"Good morning.", b"&xxe;", 1)
    return {
        "content": decl + body,
        "content-after-4k": padding() + decl + body,
        "attribute": decl + b'<TEI xmlns="http://www.tei-c.org/ns/1.0" n="&xxe;"/>',
        "relative-path": b'<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "secret.txt">]>\n' + body,
        "lower-case-doctype": decl.replace(b"DOCTYPE", b"doctype") + body,
    }


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "variant",
    ["content", "content-after-4k", "attribute", "relative-path", "lower-case-doctype"],
)
def test_xxe_never_reads_the_local_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], secret: Path, command: str, variant: str
) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(xxe_variants(secret)[variant])
    code, printed = run_cli(capsys, tmp_path, command, path)
    assert SECRET not in printed
    assert "Traceback" not in printed
    assert code == REFUSED[command], printed
    assert re.search(r": error\[(E020|V108)\]: ", printed), printed


@pytest.mark.parametrize(
    "variant",
    ["content", "content-after-4k", "attribute", "relative-path", "lower-case-doctype"],
)
def test_xxe_never_reads_the_local_file_through_the_library(
    tmp_path: Path, secret: Path, variant: str
) -> None:
    path = tmp_path / "xxe.xml"
    path.write_bytes(xxe_variants(secret)[variant])
    assert SECRET not in run_library(path)
    with pytest.raises(XmlInputError):
        parse_xml_file(path)


# ------------------------------------------------------------------ network and DTDs


@pytest.fixture
def counted() -> Iterator[tuple[str, list[str]]]:
    """A loopback server that must never be contacted; its URL and its hits."""
    body = f'<!ENTITY leak "{SECRET}">'.encode()
    with counting_server(body, "application/xml-dtd") as found:
        yield found


def network_variants(url: str, tmp_path: Path) -> dict[str, bytes]:
    # an external DTD on disk that pulls in a parameter entity from the network
    local_dtd = tmp_path / "local.dtd"
    local_dtd.write_text(f'<!ENTITY % remote SYSTEM "{url}/pe.dtd"> %remote;', encoding="utf-8")
    pe = f'<!DOCTYPE TEI [<!ENTITY % remote SYSTEM "{url}/pe.dtd"> %remote;]>\n'.encode()
    return {
        "external-dtd-http": f'<!DOCTYPE TEI SYSTEM "{url}/tei.dtd">\n'.encode() + VALID_BODY,
        "public-id-http": f'<!DOCTYPE TEI PUBLIC "-//X//DTD X//EN" "{url}/p.dtd">\n'.encode()
        + VALID_BODY,
        "parameter-entity": pe + VALID_BODY,
        "parameter-entity-after-4k": padding() + pe + VALID_BODY,
        "local-dtd-with-http-pe": f'<!DOCTYPE TEI SYSTEM "{local_dtd.as_uri()}">\n'.encode()
        + VALID_BODY,
        "entity-from-http": f'<!DOCTYPE TEI [<!ENTITY leak SYSTEM "{url}/e">]>\n'.encode()
        + VALID_BODY.replace(b"Good morning.", b"&leak;", 1),
    }


NETWORK = [
    "external-dtd-http",
    "public-id-http",
    "parameter-entity",
    "parameter-entity-after-4k",
    "local-dtd-with-http-pe",
    "entity-from-http",
]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("variant", NETWORK)
def test_no_network_access_from_a_dtd(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    counted: tuple[str, list[str]],
    command: str,
    variant: str,
) -> None:
    server = counted[0]
    path = tmp_path / "net.xml"
    path.write_bytes(network_variants(server, tmp_path)[variant])
    code, printed = run_cli(capsys, tmp_path, command, path)
    assert counted[1] == []
    assert SECRET not in printed
    assert "Traceback" not in printed
    assert code in (EXIT_OK, REFUSED[command])


@pytest.mark.parametrize("variant", NETWORK)
def test_no_network_access_from_a_dtd_through_the_library(
    tmp_path: Path, counted: tuple[str, list[str]], variant: str
) -> None:
    server = counted[0]
    path = tmp_path / "net.xml"
    path.write_bytes(network_variants(server, tmp_path)[variant])
    assert SECRET not in run_library(path)
    assert counted[1] == []


def test_the_counting_server_can_be_reached(counted: tuple[str, list[str]]) -> None:
    # Guards the tests above: the server counts a request when one is made.
    from urllib.request import urlopen

    server = counted[0]
    with urlopen(server + "/probe") as response:
        assert SECRET.encode() in response.read()
    assert counted[1] == ["/probe"]


def _with_dtd(tmp_path: Path, target: Path) -> Path:
    path = tmp_path / "dtd.xml"
    path.write_bytes(f'<!DOCTYPE TEI SYSTEM "{target.as_uri()}">\n'.encode() + VALID_BODY)
    return path


def test_a_dtd_reference_is_refused_before_any_file_is_opened(tmp_path: Path, secret: Path) -> None:
    """Whether the named DTD exists or not, the answer is the same refusal, so
    a DOCTYPE cannot be used to probe for local files."""
    answers = []
    for target in (tmp_path / "missing.dtd", secret):
        path = _with_dtd(tmp_path, target)
        found = validate_file(path)
        assert [d.code for d in found] == ["V108"]
        assert "remove the DOCTYPE" in found[0].message
        assert found[0].span.line == 1
        answers.append(found[0].message)
    assert answers[0] == answers[1]


def test_a_bare_doctype_is_allowed(tmp_path: Path) -> None:
    path = tmp_path / "bare.xml"
    path.write_bytes(b"<!DOCTYPE TEI>\n" + VALID_BODY)
    assert [d.code for d in validate_file(path) if d.severity.value == "error"] == []


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_an_xxe_in_utf16_is_refused_too(tmp_path: Path, secret: Path, codec: str) -> None:
    text = (
        f'<?xml version="1.0" encoding="{codec.upper()}"?>\n'
        f'<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        + VALID_BODY.decode("utf-8").replace("</title>", "&xxe;</title>", 1)
    )
    path = tmp_path / "utf16.xml"
    path.write_bytes(text.encode(codec) if codec != "utf-16" else text.encode("utf-16"))
    found = validate_file(path)
    assert [d.code for d in found] == ["V108"]
    assert "remove the DOCTYPE" in found[0].message
    assert all(SECRET not in d.message for d in found)


# ------------------------------------------------------------------ XInclude


def xinclude_document(secret: Path, parse: str) -> bytes:
    include = (
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{secret.as_uri()}"'
        f' parse="{parse}"/>'
    ).encode()
    return VALID_BODY.replace(b"Good morning.", b"Good morning." + include, 1)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("parse", ["text", "xml"])
def test_xinclude_is_not_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], secret: Path, command: str, parse: str
) -> None:
    path = tmp_path / "xi.xml"
    path.write_bytes(xinclude_document(secret, parse))
    code, printed = run_cli(capsys, tmp_path, command, path)
    assert SECRET not in printed
    assert "Traceback" not in printed
    if command == "validate":
        # xi:include is not part of the project's TEI customisation
        assert code == EXIT_INVALID
        assert "error[V101]" in printed
    else:
        assert code == EXIT_OK
        assert "Good morning." in printed


def test_xinclude_is_not_processed_by_the_library(tmp_path: Path, secret: Path) -> None:
    path = tmp_path / "xi.xml"
    path.write_bytes(xinclude_document(secret, "text"))
    assert SECRET not in run_library(path)
    tree = parse_xml_file(path)
    assert len(tree.getroot().findall(".//{http://www.w3.org/2001/XInclude}include")) == 1


# ------------------------------------------------------------------ a 10 MB transcript

TEN_MB = 10_000_000


def ten_megabytes() -> str:
    """The turns of a small fixture repeated to 10 MB, each copy with its own
    footnote number (at most 4 digits, as the encoder reads them) and body."""
    source = (FIXTURES / "dulles_eden_initials.txt").read_text(encoding="utf-8")
    turns = source[source.index("J. F. DULLES. Good") : source.index("[1]The meeting")]
    assert "draft[2]" in turns
    head = (
        "Memorandum of a Long Conversation on the Canal\n\n"
        "Present:\n\nMessrs. Dulles, Eden, and Pineau.\n\n"
    )
    parts, notes, size, copy = [head], [], len(head), 0
    while size < TEN_MB:
        copy += 1
        numbered = copy <= 9000
        block = turns.replace("draft[2]", f"draft[{copy}]" if numbered else "draft")
        parts.append(block)
        size += len(block.encode())
        if numbered:
            body = f"[{copy}]The draft of the joint communique, copy {copy}.\n\n"
            notes.append(body)
            size += len(body)
    return "".join(parts) + "".join(notes)


# Run the CLI as a grandchild so that RUSAGE_CHILDREN in the middle process
# holds the peak of that one run only (not of other subprocesses of pytest).
_MEASURE = """
import resource, subprocess, sys
cli = "import sys; from encoder.cli import entry_point; sys.argv[0] = 'tei-encode'; entry_point()"
proc = subprocess.run([sys.executable, "-c", cli, *sys.argv[1:]], capture_output=True)
sys.stderr.buffer.write(proc.stderr[-4000:])
print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


@pytest.fixture(scope="module")
def big_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, int, int, Path, str]:
    folder = tmp_path_factory.mktemp("big")
    source = folder / "big.txt"
    source.write_text(ten_megabytes(), encoding="utf-8")
    out = folder / "big.xml"
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, "encode", str(source), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    code, peak_kib = (int(x) for x in proc.stdout.split())
    return code, peak_kib * 1024, source.stat().st_size, out, proc.stderr


def test_ten_megabyte_transcript_encodes_through_the_cli(
    big_run: tuple[int, int, int, Path, str],
) -> None:
    code, _peak, size, out, err = big_run
    assert size >= TEN_MB
    assert code == EXIT_OK, err
    assert "error[" not in err
    xml = out.read_bytes()
    assert xml.count(b"<sp ") >= 6 * 9000
    assert xml.count(b' place="foot"') == 9000


def test_ten_megabyte_transcript_memory_is_bounded(
    big_run: tuple[int, int, int, Path, str],
) -> None:
    code, peak, size, _out, _err = big_run
    assert code == EXIT_OK
    assert peak > 0
    # ~31x today (~310 MB); a copy too many, or a quadratic structure, goes past this
    assert peak < 80 * size, f"peak RSS {peak / 1e6:.0f} MB for {size / 1e6:.0f} MB input"


def test_ten_megabyte_transcript_memory_within_40x(
    big_run: tuple[int, int, int, Path, str],
) -> None:
    """About 31x (64x with the whole tree in memory): the body is written out
    in parts and the output checked by a streaming parse (encoder/parts.py)."""
    code, peak, size, _out, _err = big_run
    assert code == EXIT_OK
    assert peak < 40 * size, f"peak RSS {peak / 1e6:.0f} MB for {size / 1e6:.0f} MB input"
