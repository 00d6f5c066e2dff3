"""What the review of session 10 found the new label rules misread in ordinary
texts, mended: a label said once is a turn only over words that open as
speech does, a title with a colon is no speaker, a rank that recurs over
sentences speaks, and a sentence about someone stays in the turn it is in.
Invented texts."""

from __future__ import annotations

from test_exports_and_oral import encode, participants, said, xp


def _speakers(tree: object) -> list[str]:
    return ["".join(s.itertext()).strip() for s in xp(tree, "//t:sp/t:speaker")]


def test_a_rank_that_recurs_over_sentences_is_a_speaker() -> None:
    text = (
        "Hearing of the harbour board\n\nMAJ. We will begin.\n\nCLERK. Yes, sir.\n\n"
        "MAJ. Call the first witness.\n\nCLERK. She is here.\n"
    )
    tree = encode(text)
    assert _speakers(tree) == ["MAJ.", "CLERK.", "MAJ.", "CLERK."]
    assert said(tree)[1][1] == "Yes, sir."


def test_a_title_with_a_colon_over_labels_said_once_is_the_title() -> None:
    text = (
        "Harbour Forum: Questions on the Bridge\n\n"
        "CHAIR: Welcome. The first question, please.\n\n"
        "TENANT: When does the work begin?\n\n"
        "ENGINEER: In May.\n"
    )
    tree = encode(text)
    assert _speakers(tree) == ["CHAIR:", "TENANT:", "ENGINEER:"]
    assert said(tree)[0][1] == "Welcome. The first question, please."
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Harbour Forum: Questions on the Bridge"]


def test_notes_and_tallies_after_colons_are_no_turns() -> None:
    for text in (
        "Dear all,\n\nPS: bring the charts.\n\nNB: the room is now 4B.\n\nThanks, Ola\n",
        "Count of the ballots\n\nMr. Ruud: 12 votes.\n\nMs. Aalto: 7 votes.\n",
        "Notes from the hearing\n\nQuestion: why was the pier closed?\n\nNo one knew.\n",
        "Minutes\n\nA member: asked about the lease.\n\nThe chair answered.\n",
        "Lesson: the tides\n\nStaff: two teachers and an aide.\n\nWe measure at noon.\n",
        "Staff meeting\n\nPresent: Ana Moe, Bo Lind\n\nAction items:\n"
        "• Ana Moe: send the draft to the board.\n• Bo Lind: book the room for June.\n",
    ):
        tree = encode(text)
        assert xp(tree, "//t:sp") == [], text


def test_a_field_in_capitals_is_no_speaker_but_a_voice_said_once_is() -> None:
    text = (
        "RADIO LOG\n\nPILOT: Request taxi.\n\nGROUND: Taxi to holding point two.\n\n"
        "PILOT: Holding point two.\n\nREMARKS: No incidents.\n"
    )
    tree = encode(text)
    assert _speakers(tree) == ["PILOT:", "GROUND:", "PILOT:"]
    assert said(tree)[2][1] == "Holding point two. REMARKS: No incidents."


def test_a_surname_after_a_role_field_is_a_name_not_words_said() -> None:
    text = (
        "Oral history project\n\nInterviewer: Lindgren.\n\nNarrator: Abara.\n\n"
        "Date: May 2, 2001\n\nLINDGREN: Where did you grow up?\n\nABARA: Near the lake.\n\n"
        "LINDGREN: And school?\n\nABARA: In town.\n"
    )
    tree = encode(text)
    assert _speakers(tree) == ["LINDGREN:", "ABARA:", "LINDGREN:", "ABARA:"]
    assert xp(tree, "//t:sourceDesc//t:date/@when|//t:profileDesc//t:date/@when") != []


def test_sentences_about_someone_stay_in_the_turn() -> None:
    text = (
        "HOST: Our next guest has come far.\n\n"
        "Ida Brann, Keeper of the Lighthouse, you have lived there for years, right\n\n"
        "BRANN: Thirty years.\n\nHOST: And the storms?\n\n"
        "BRANN: The keeper next door kept interjecting.\n\nHOST: Thank you.\n"
    )
    tree = encode(text)
    assert _speakers(tree) == ["HOST:", "BRANN:", "HOST:", "BRANN:", "HOST:"]
    assert said(tree)[0][1].endswith("you have lived there for years, right")
    assert said(tree)[3][1] == "The keeper next door kept interjecting."
    assert xp(tree, "//t:body//t:stage") == []


def test_an_e_mail_s_fields_and_an_outcome_are_no_speakers() -> None:
    text = (
        "From: Harbour Office <office@example.org>\n"
        "Sent: Tuesday, 9 April 2024 10:12\n"
        "Subject: Minutes\n\n"
        "NINA: The crane is fixed.\n\n"
        "OSKAR: At last.\n\n"
        "Result: the crane is back in service.\n\n"
        "NINA: Good.\n\n"
        "OSKAR: Next item.\n"
    )
    tree = encode(text, "minutes.txt")
    assert [who for who, _ in said(tree)] == ["#nina", "#oskar", "#nina", "#oskar"]
    assert sorted(participants(tree)) == ["nina", "oskar"]


def test_a_podcast_s_name_and_a_note_among_the_turns_are_no_turns() -> None:
    text = (
        "Podcast: Garden Hour, episode 12\n\n"
        "Ines: Today we prune roses.\n\nBram: In March?\n\n"
        "Ines: Late February is fine.\n\n"
        "Note: the recording stopped here for a minute.\n\n"
        "Bram: We are back.\n\nInes: Where were we?\n"
    )
    tree = encode(text, "garden.txt")
    assert [who for who, _ in said(tree)] == ["#ines", "#bram", "#ines", "#bram", "#ines"]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Garden Hour, episode 12"]
    assert xp(tree, "//t:sp/following-sibling::t:stage/text()") == [
        "Note: the recording stopped here for a minute."
    ]
    assert xp(tree, "//t:div[@type='commentary']") == []


def test_a_list_of_names_and_offices_one_a_line_gives_each_person() -> None:
    text = (
        "Allotment Association: Minutes\n\n"
        "Present:\n"
        "Rosa Lind, Chair\n"
        "Omar Faye, Treasurer\n"
        "Jude Park, Secretary\n"
        "Mei Tan, Member\n\n"
        "Rosa Lind opened the meeting.\n\n"
        "The accounts were approved.\n"
    )
    tree = encode(text, "minutes.txt")
    assert sorted(participants(tree)) == ["jude-park", "mei-tan", "omar-faye", "rosa-lind"]
    assert xp(tree, "//t:sp") == []


def test_a_report_s_section_headings_in_capitals_are_no_speakers() -> None:
    text = (
        "Survey of the Mill Pond\n\nFINDINGS\n\nThe pond silts up each spring.\n\n"
        "RECOMMENDATIONS\n\nDredge it in autumn.\n\nFINDINGS\n\nThe sluice leaks.\n\n"
        "RECOMMENDATIONS\n\nReplace the sluice gate.\n"
    )
    assert xp(encode(text, "pond.txt"), "//t:sp") == []


def test_a_bold_callout_said_once_among_bold_labels_is_no_speaker() -> None:
    text = (
        "Release call\n\n**Ines:** We shipped on Monday.\n\n**Bram:** Any bugs?\n\n"
        "**Ines:** Two small ones.\n\n**Tip:** restart the app after updating.\n\n"
        "**Bram:** Thanks.\n"
    )
    tree = encode(text, "call.md")
    assert [who for who, _ in said(tree)] == ["#ines", "#bram", "#ines", "#bram"]
    assert sorted(participants(tree)) == ["bram", "ines"]
