"""TEI → plain text gives back the transcript (encoder/plaintext.py).

The normalisation (from plaintext.py's docstring): lines stripped, blank
lines dropped, a footnote body ``[n] Text`` compared as ``[n]Text``, and the
lines the header lists as removed boilerplate dropped. The removed lines are
checked against a list written by hand for each input.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from encoder.pipeline import encode_bytes
from encoder.plaintext import removed_lines, tei_to_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SAMPLE = next((ROOT / "sources").glob("*.txt"))

# Hand-written: which source lines are page boilerplate, per input.
REMOVED: dict[str, dict[int, str]] = {
    "committee_short_first_turn.txt": {},
    "dulles_brothers.txt": {},
    "dam_multi_paragraph.txt": {},
    "dulles_eden_initials.txt": {1: "Skip to content"},
    "ghent_anchor_without_body.txt": {},
    "harbour_committee_reported.txt": {},
    "harbour_upper_colon.txt": {},
    "kovalenko_brackets.txt": {},
    "lindqvist_mixed_case.txt": {},
    "press_title_glosses.txt": {},
    "printing_works_no_labels.txt": {},
    "rearmament_metadata.txt": {1: "Skip to content", 29: "Record ID"},
    "vote_body_without_anchor.txt": {},
    "walters_green_delivery.txt": {},
    "senate_hearing_titles.txt": {},
    "berlin_german_umlaut_labels.txt": {},
    "moscow_cyrillic_labels.txt": {},
    "frus_style_memcon.txt": {},
    "hard_wrapped_72.txt": {},
    "endnotes_section_appendix.txt": {},
    "deposition_q_a.txt": {},
    "un_record_affiliations.txt": {},
    "beijing_fullwidth_colon.txt": {},
    "memcon_indirect_speech.txt": {},
    "cabinet_conclusions_roles.txt": {},
    "superscript_footnotes.txt": {},
    "participants_with_roles.txt": {},
    "cabinet_minutes_no_turns.txt": {},
    "minutes_narration_and_credit.txt": {},
    "mr_and_mrs_smith.txt": {},
    "interview_once_colon_label.txt": {},
    "debate_audience_remarks.txt": {},
    "web_copy_short_lines.txt": {
        1: "Skip to main content",
        2: "Menu",
        3: "Search",
        4: "Home › Collections › Oral Histories",
        5: "We use cookies to improve your experience. Accept",
        6: "Share",
        7: "Print",
        8: "Download PDF",
        16: "Related content",
        17: "Back to top",
    },
}
# Fixtures that must not encode (so have no round trip).
FAILING = {"tariff_duplicate_note.txt"}

_NOTE_BODY = re.compile(r"^(\[\d{1,4}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})\s+")
# Hand-marked: inputs whose end notes are numbered "3. Text" under a "Notes"
# heading (they come back as "[3]Text", as the normalisation says).
NUMBERED_NOTES = {"endnotes_section_appendix.txt"}


# Hand-marked: inputs hard-wrapped at a fixed width, whose paragraphs (runs of
# lines between blank lines) are compared joined by a space.
WRAPPED = {"hard_wrapped_72.txt"}


def normalise(
    source: str, removed: dict[int, str], wrapped: bool = False, numbered: bool = False
) -> list[str]:
    out: list[str] = []
    joined: list[str] = []
    for number, line in enumerate(source.splitlines(), 1):
        if number in removed:
            assert line.strip() == removed[number]
            continue
        line = line.strip()
        if not line:
            if joined:
                out.append(" ".join(joined))
                joined = []
            continue
        line = _NOTE_BODY.sub(r"\1", line)
        if numbered:
            line = re.sub(r"^(\d{1,4})\.\s+", r"[\1]", line)
        if wrapped:
            joined.append(line)
        else:
            out.append(line)
    if joined:
        out.append(" ".join(joined))
    return out


def round_trip(path: Path) -> tuple[list[str], list[str], dict[int, str]]:
    data = path.read_bytes()
    result = encode_bytes(data, path.name)
    assert result.tree is not None, [d.format() for d in result.diagnostics]
    back = tei_to_text(result.tree)
    lines = [line for line in back.splitlines() if line.strip()]
    return (
        lines,
        normalise(
            data.decode("utf-8"),
            removed_lines(result.tree),
            path.name in WRAPPED,
            path.name in NUMBERED_NOTES,
        ),
        removed_lines(result.tree),
    )


def test_every_fixture_is_listed() -> None:
    names = {p.name for p in FIXTURES.glob("*.txt")}
    assert names == set(REMOVED) | FAILING


@pytest.mark.parametrize("name", sorted(REMOVED))
def test_fixture_round_trip(name: str) -> None:
    back, expected, removed = round_trip(FIXTURES / name)
    assert removed == REMOVED[name]
    assert back == expected


def test_sample_removed_lines() -> None:
    result = encode_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert result.tree is not None
    assert removed_lines(result.tree) == {
        1: "Skip to content",
        553: "Original Uploaded Date",
        560: "Record ID",
    }


def test_sample_round_trip() -> None:
    back, expected, _ = round_trip(SAMPLE)
    assert back == expected


def test_round_trip_text_ends_with_one_newline() -> None:
    result = encode_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    assert result.tree is not None
    text = tei_to_text(result.tree)
    assert text.endswith("\n")
    assert not text.endswith("\n\n")
