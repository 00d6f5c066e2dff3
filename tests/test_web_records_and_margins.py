"""Legislatures and courts copied from the web and from PDFs, and typed
transcripts' page furniture (running heads, page numbers, margin numbers):
small transcripts written for these tests, one house style each.

Every expectation was written from the transcript above it, by reading.
"""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp

from encoder.plaintext import tei_to_text


def lines_back(source: str, name: str = "test.txt") -> tuple[list[str], list[str]]:
    """The source's lines and the round trip's, stripped, blank lines left out."""
    back = tei_to_text(encode(source, name))
    return (
        [line.strip() for line in source.splitlines() if line.strip()],
        [line.strip() for line in back.splitlines() if line.strip()],
    )


# A typed transcript copied from a PDF: the page count glued over the running
# head, a cover, then a page of margin numbers each alone on its line, then
# the text with no numbers.
MARGIN_RUN = """Harbour Board Call

12
PORTSIDE TRANSCRIBERS 1 HARBOUR BOARD

1

2

3

4

5

6

7

8

O P E N I N G

CHAIR: Welcome to the call.

CLERK: The minutes are ready.

CHAIR: Thank you.
"""


def test_a_number_alone_keeps_its_line_before_a_line_without_one() -> None:
    source, back = lines_back(MARGIN_RUN)
    assert back == source  # "12" and "8" are not glued to the lines under them
