"""`tei-encode inspect`, `--shape` and `--profile`: what the reader found, and
how a user corrects a shape detection misjudges. Transcripts written here."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from lxml import etree

from encoder.cli import cli

NS = {"t": "http://www.tei-c.org/ns/1.0"}

HEARING = """\
[Page 12]

The CHAIRMAN. The committee will come to order.

Mr. OSEI. Thank you, Mr. Chairman.

The CHAIRMAN. Proceed.

Mr. OSEI. The harbour is silting up.[1]

[1] Survey of 1987.
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_inspect_reports_shapes_speakers_pages_and_notes(tmp_path: Path) -> None:
    source = tmp_path / "hearing.txt"
    source.write_text(HEARING, encoding="utf-8")
    code, out, _ = run("inspect", str(source))
    assert code == 0
    assert out.startswith(f"{source}: 4 turns, 2 speakers\n")
    assert "label styles: name in capitals (4)" in out
    assert "chairman: 2 turns, first at line 3; 'The CHAIRMAN.'" in out
    assert "osei: 2 turns, first at line 5; 'Mr. OSEI.'" in out
    assert "page breaks: 1 (12)" in out
    assert "notes: 1 at their anchors, 0 without an anchor" in out
    assert not list(tmp_path.glob("*.xml"))  # inspect writes nothing


def test_inspect_json(tmp_path: Path) -> None:
    source = tmp_path / "log.txt"
    source.write_text(
        "00:00:04 CAPCOM Radio check.\n00:00:09 CDR Loud and clear.\n"
        "00:00:15 CAPCOM Roger.\n00:00:20 LMP Copy.\n",
        encoding="utf-8",
    )
    code, out, _ = run("inspect", "--format", "json", str(source))
    assert code == 0
    report = json.loads(out)
    assert report["turns"] == 4
    assert report["shapes"] == {"call signs": 4, "timestamps": 4}
    assert report["label_styles"] == {"call sign after a time": 4}
    assert [(s["person"], s["turns"], s["first_line"]) for s in report["speakers"]] == [
        ("capcom", 2, 1),
        ("cdr", 1, 2),
        ("lmp", 1, 4),
    ]


def test_inspect_lists_low_confidence_decisions(tmp_path: Path) -> None:
    source = tmp_path / "memo.txt"
    source.write_text(
        "Meeting of the board\n\nMR. ADEYEMI. We begin.\n\nMS. KARLSSON. Agreed.\n\n"
        "MR. ADEYEMI. Then the budget.\n\nNOBODY. Said once.\n",
        encoding="utf-8",
    )
    code, out, _ = run("inspect", str(source))
    assert code == 0
    assert "low confidence: 0" not in out
    assert "warning[W103]" in out or "info[I102]" in out


def test_inspect_of_a_broken_file_exits_3(tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_text("   \n", encoding="utf-8")
    code, out, _ = run("inspect", str(source))
    assert code == 3
    assert "error[E006]" in out


def test_shape_court_reads_margin_numbers_detection_would_not(tmp_path: Path) -> None:
    source = tmp_path / "short.txt"
    source.write_text("1  MR. LEE: Good morning.\n2  THE COURT: Morning.\n", encoding="utf-8")
    auto, court = tmp_path / "auto.xml", tmp_path / "court.xml"
    assert run("encode", str(source), "-o", str(auto))[0] == 0
    assert run("encode", "--shape", "court", str(source), "-o", str(court))[0] == 0
    assert etree.parse(str(auto)).xpath("//t:lb[@n]", namespaces=NS) == []
    numbers = [lb.get("n") for lb in etree.parse(str(court)).xpath("//t:lb", namespaces=NS)]
    assert numbers == ["1", "2"]


def test_profile_label_pattern(tmp_path: Path) -> None:
    profile = tmp_path / "house.toml"
    profile.write_text(
        "# chat logs of our archive write the name and a '>'\n"
        "label = '^(?P<name>[A-Z][a-z]+)>\\s*'\n"
        "page = '^=== page (?P<n>\\d+) ===$'\n",
        encoding="utf-8",
    )
    source = tmp_path / "chat.txt"
    source.write_text(
        "Anna> hello\nBoris> hi Anna\n=== page 2 ===\nAnna> shall we start?\n",
        encoding="utf-8",
    )
    out = tmp_path / "chat.xml"
    code, _, err = run("encode", "--profile", str(profile), str(source), "-o", str(out))
    assert code == 0, err
    tree = etree.parse(str(out))
    speakers = [s.text for s in tree.xpath("//t:speaker", namespaces=NS)]
    assert speakers == ["Anna>", "Boris>", "Anna>"]
    assert [pb.get("n") for pb in tree.xpath("//t:pb", namespaces=NS)] == ["2"]


def test_bad_profile_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    source = tmp_path / "x.txt"
    source.write_text("MR. A. Yes.\n\nMR. B. No.\n", encoding="utf-8")
    out = tmp_path / "x.xml"
    for text, words in (
        ("label = '^([A-Z]+)>'", "needs a group named 'name'"),
        ("label = '^(?P<name>[A-Z'", "not a regular expression"),
        ("colour = 'blue'", "unknown key 'colour'"),
        ("shape = 'sonnet'", "'sonnet' is not a shape"),
        ("line_numbers = 'yes'", "line_numbers: write true or false"),
        ("label = ", "not a TOML file"),
    ):
        profile = tmp_path / "bad.toml"
        profile.write_text(text, encoding="utf-8")
        code, _, err = run("encode", "--profile", str(profile), str(source), "-o", str(out))
        assert code == 3, text
        assert f"{profile}: error[E510]: " in err and words in err, err
        assert not out.exists()


def test_shape_and_profile_together_is_a_usage_error(tmp_path: Path) -> None:
    source = tmp_path / "x.txt"
    source.write_text("MR. A. Yes.\n", encoding="utf-8")
    profile = tmp_path / "p.toml"
    profile.write_text("line_numbers = true\n", encoding="utf-8")
    code, _, err = run(
        "encode", "--shape", "court", "--profile", str(profile), str(source), "-o", "-"
    )
    assert code == 2
    assert "not both" in err


def test_build_records_the_profile_and_rebuilds_when_it_changes(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("1  MR. LEE: Good morning.\n2  MS. OH: Hello.\n", "utf-8")
    out = tmp_path / "out"
    assert (
        run("build", "-j", "1", "--no-html", "--sources", str(sources), "--out", str(out))[0] == 0
    )
    code, _, err = run(
        "build", "-j", "1", "--no-html", "--shape", "court", "--sources", str(sources),
        "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert "1 encoded, 0 skipped" in err
    manifest = json.loads((out / ".tei-encode-manifest.json").read_text("utf-8"))
    assert '"shape": "court"' in json.dumps(manifest)


MILL = """\
Minutes of the Mill Committee, 5 June 1932

HART. It was Pryor who closed the sluice. Mr. Quayle agreed.

VANCE. Yes, Pryor said the wheel was sound. The Danes said so too.

HART. Then Hart will look at it.

VANCE. Agreed.
"""


def test_inspect_lists_people_mentioned_but_untagged(tmp_path: Path) -> None:
    source = tmp_path / "mill.txt"
    source.write_text(MILL, encoding="utf-8")
    code, out, _ = run("inspect", str(source))
    assert code == 0
    # Pryor (before "who", before "said") and Quayle (after "Mr."); not the
    # speakers, not "The Danes" (a people), not "Then" (a sentence's start)
    assert "untagged names (2; a --persons file naming them tags them):" in out
    assert "  Pryor: 2×, first at line 3" in out
    assert "  Quayle: 1×, first at line 3" in out
    code, out, _ = run("inspect", "--format", "json", str(source))
    assert json.loads(out)["candidates"] == [
        {"name": "Pryor", "count": 2, "line": 3},
        {"name": "Quayle", "count": 1, "line": 3},
    ]
    # named in an authority file, they are tagged and join the register
    persons = tmp_path / "persons.csv"
    persons.write_text("id,name\npryor,Pryor\nquayle,Quayle\n", encoding="utf-8")
    out_file = tmp_path / "mill.xml"
    code, _, err = run("encode", str(source), "-o", str(out_file), "--persons", str(persons))
    assert code == 0, err
    tree = etree.parse(str(out_file))
    refs = [p.get("ref") for p in tree.iterfind(".//t:sp//t:persName", NS)]
    assert refs.count("#mill-pryor") == 2 and refs.count("#mill-quayle") == 1


def test_the_memorandum_names_stalin_without_a_note() -> None:
    memo = Path(__file__).resolve().parent.parent / "sources"
    source = next(memo.glob("*.txt"))
    code, out, _ = run("inspect", "--format", "json", str(source))
    assert code == 0
    names = [c["name"] for c in json.loads(out)["candidates"]]
    # read in the text: "It was Stalin who previously did not permit [them] to
    # marry" (line 31); Stalin has no note and is in no other register entry
    assert "Stalin" in names
