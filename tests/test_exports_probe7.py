"""Meeting-software and speech-recognition exports a tester's probe (7) found
misread: labels in Markdown bold with their times, WebVTT voices in a text
file, Otter's labels bolded among plain ones, a bold label under hard-wrapped
lines, front matter without a title, Descript's times alone between turns, a
model's reasoning block, WebVTT fenced in Markdown, a table's header row.
Small transcripts written for these tests (names, times and words invented);
every expectation was written from the transcript above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp

from encoder.plaintext import tei_to_text


def speakers_and_times(tree: object) -> list[tuple[str, str | None]]:
    """(who, the time written in the label) for every turn."""
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        times = xp(sp, "t:speaker/t:time/text()")
        out.append((sp.get("who"), times[0] if times else None))
    return out


def words_back(tree: object, source: str) -> None:
    assert tei_to_text(tree).split() == source.split()  # type: ignore[arg-type]


# M1a: the name in bold and the time in brackets alone on a line, the words below.
BOLD_NAME_TIME_ALONE = """**Hedda Lund** [0:00]
Before we start, a word about the ferry timetable.

**Pavel Ek** [0:41]
Thanks, Hedda. Glad to be back on the show.

**Hedda Lund** [1:02]
So, where did the ferry idea come from?

**Pavel Ek** [12:09]
From my grandmother, who ran the kiosk.
"""


def test_a_bold_name_and_a_bracketed_time_alone_over_the_words() -> None:
    tree = encode(BOLD_NAME_TIME_ALONE, "ferry.md")
    assert speakers_and_times(tree) == [
        ("#hedda-lund", "0:00"),
        ("#pavel-ek", "0:41"),
        ("#hedda-lund", "1:02"),
        ("#pavel-ek", "12:09"),
    ]
    assert said(tree)[3] == ("#pavel-ek", "From my grandmother, who ran the kiosk.")
    assert all(sp.get("synch") for sp in xp(tree, "//t:sp"))
    assert "".join(xp(tree, "//t:sp[1]/t:speaker//text()")) == "**Hedda Lund** [0:00]"
    words_back(tree, BOLD_NAME_TIME_ALONE)


# M1b: the name (bold or plain) and the time in brackets before the words.
BOLD_NAME_TIME_INLINE = """**Ines** [00:00:00] Today we're talking about allotments.

**Jorge** [00:00:31] Welcome to the garden hour. I'm Jorge.

**Ines** [00:00:35] And I'm Ines, still losing to the slugs.

**Jorge** [00:01:10] Let's start with the slugs, then.
"""


def test_a_bold_name_and_a_bracketed_time_before_the_words() -> None:
    tree = encode(BOLD_NAME_TIME_INLINE, "garden.md")
    assert speakers_and_times(tree) == [
        ("#ines", "00:00:00"),
        ("#jorge", "00:00:31"),
        ("#ines", "00:00:35"),
        ("#jorge", "00:01:10"),
    ]
    assert said(tree)[1] == ("#jorge", "Welcome to the garden hour. I'm Jorge.")
    words_back(tree, BOLD_NAME_TIME_INLINE)


def test_a_plain_name_and_a_bracketed_time_before_the_words() -> None:
    text = BOLD_NAME_TIME_INLINE.replace("**", "")
    tree = encode(text, "garden.txt")
    assert [who for who, _ in speakers_and_times(tree)] == ["#ines", "#jorge", "#ines", "#jorge"]
    assert said(tree)[2] == ("#ines", "And I'm Ines, still losing to the slugs.")
    assert xp(tree, "//t:sp[4]/t:speaker/t:time/text()") == ["00:01:10"]


def test_a_name_a_time_in_parentheses_and_a_dash_before_wrapped_words() -> None:
    # (probe 7b: a podcast's plain text, "Full Name (hh:mm:ss) - text", hard-wrapped)
    text = """Tariq Osei (00:00:00) - Good evening, and welcome to the night
shift, where we talk about bakeries.

Lumi Salo (00:00:12) - Thanks, Tariq. I started baking at four in the
morning when I was nineteen.

Tariq Osei (00:00:40) - That's early.
"""
    tree = encode(text, "bakery.txt")
    assert speakers_and_times(tree) == [
        ("#tariq-osei", "00:00:00"),
        ("#lumi-salo", "00:00:12"),
        ("#tariq-osei", "00:00:40"),
    ]
    assert said(tree)[1] == (
        "#lumi-salo",
        "Thanks, Tariq. I started baking at four in the morning when I was nineteen.",
    )
    words_back(tree, text)


def test_a_name_and_a_bracketed_time_in_a_sentence_are_no_label() -> None:
    text = """MARA: The clerk wrote a time in the margin.
OLE: Which one?
MARA: This one.

Jonas [00:12:00] is what the margin says, nothing more.

OLE: And nothing else?
"""
    tree = encode(text, "clerk.txt")
    assert [who for who, _ in said(tree)][:3] == ["#mara", "#ole", "#mara"]
    assert len(said(tree)) == 4
    assert "Jonas" in said(tree)[2][1]
    assert "jonas" not in "".join(xp(tree, "//t:listPerson//@xml:id"))


# M1c: the time and the label inside the bold, named or a recogniser's voice.
DEEPGRAM = """**[00:03] SPEAKER_00:** Right, are we recording?

**[00:06] SPEAKER_01:** We are. Go ahead.

**[00:09] SPEAKER_00:** Then let's talk about the harbour crane.

**[01:15] SPEAKER_02:** Sorry, I'm late.
"""


def test_a_time_and_a_recognisers_label_inside_the_bold() -> None:
    tree = encode(DEEPGRAM, "crane.md")
    assert speakers_and_times(tree) == [
        ("#speaker-00", "00:03"),
        ("#speaker-01", "00:06"),
        ("#speaker-00", "00:09"),
        ("#speaker-02", "01:15"),
    ]
    roles = {p.get("role") for p in xp(tree, "//t:listPerson/t:person")}
    assert roles == {"unidentified"}
    assert said(tree)[3] == ("#speaker-02", "Sorry, I'm late.")
    assert not xp(tree, "//t:supplied")
    words_back(tree, DEEPGRAM)


def test_a_time_and_a_name_inside_the_bold() -> None:
    text = DEEPGRAM.replace("SPEAKER_00", "Aino Virta").replace("SPEAKER_01", "Kofi Boateng")
    text = text.replace("SPEAKER_02", "Aino Virta")
    tree = encode(text, "crane.md")
    assert speakers_and_times(tree) == [
        ("#aino-virta", "00:03"),
        ("#kofi-boateng", "00:06"),
        ("#aino-virta", "00:09"),
        ("#aino-virta", "01:15"),
    ]


def test_a_recognisers_label_in_bold_without_a_time() -> None:
    text = """**SPEAKER_00:** Who has the minutes?

**SPEAKER_01:** I do. They are short.

**SPEAKER_00:** Good.
"""
    tree = encode(text, "minutes.md")
    assert said(tree) == [
        ("#speaker-00", "Who has the minutes?"),
        ("#speaker-01", "I do. They are short."),
        ("#speaker-00", "Good."),
    ]


# M2: WebVTT voices in a text file, a cue a line, the time before it or not.
VOICES_IN_TEXT = """00:21:04 <v Marta Quist-Holm>and that is why the pier was rebuilt in stone.

00:21:09 <v Marta Quist-Holm>Twice, in fact.

00:21:12 <v Ben Adeyemi>Twice? I only knew of the once.

00:21:20 <v Marta Quist-Holm>The first was washed away.
"""


def test_a_time_and_a_webvtt_voice_a_line_in_a_text_file() -> None:
    tree = encode(VOICES_IN_TEXT, "pier.txt")
    assert speakers_and_times(tree) == [
        ("#marta-quist-holm", "00:21:04"),
        ("#marta-quist-holm", "00:21:09"),
        ("#ben-adeyemi", "00:21:12"),
        ("#marta-quist-holm", "00:21:20"),
    ]
    assert said(tree)[2] == ("#ben-adeyemi", "Twice? I only knew of the once.")
    assert xp(tree, "//t:sp[1]/t:speaker//text()")[-1].strip() == "<v Marta Quist-Holm>"
    # the words come back against their voice tag, as the source sets them
    back = [line for line in tei_to_text(tree).splitlines() if line.strip()]
    assert back[0] == "00:21:04 <v Marta Quist-Holm>and that is why the pier was rebuilt in stone."


def test_webvtt_voices_a_line_without_times() -> None:
    text = "".join(line.split(" ", 1)[1] + "\n" for line in VOICES_IN_TEXT.split("\n\n"))
    tree = encode(text, "pier.txt")
    assert [who for who, _ in said(tree)] == [
        "#marta-quist-holm",
        "#marta-quist-holm",
        "#ben-adeyemi",
        "#marta-quist-holm",
    ]
    assert said(tree)[3][1] == "The first was washed away."


# M3: an Otter export whose names were bolded by find-and-replace, beside Otter's
# plain "Unknown Speaker" (and the names bolded inside the speech too).
OTTER_BOLDED = """**Signe**    0:00~
Welcome to the lighthouse hour.

**Dario**    0:09~
Thanks, **Signe**  . Good to be here.

Unknown Speaker  0:14~
Can you hear me at the back?

**Signe**    0:18~
We can. Let's start with the lamp.

**Dario**  0:31~
The lamp is older than the tower.
""".replace("~", "  ")  # Otter ends its label lines with two spaces


def test_otter_labels_bolded_beside_plain_ones() -> None:
    tree = encode(OTTER_BOLDED, "lighthouse.md")
    assert speakers_and_times(tree) == [
        ("#signe", "0:00"),
        ("#dario", "0:09"),
        ("#unknown-speaker", "0:14"),
        ("#signe", "0:18"),
        ("#dario", "0:31"),
    ]
    # a name bolded inside the speech is a name said, not a label
    assert said(tree)[1] == ("#dario", "Thanks, **Signe** . Good to be here.")
    assert said(tree)[2] == ("#unknown-speaker", "Can you hear me at the back?")
    unknown = xp(tree, "//t:listPerson/t:person[@xml:id='unknown-speaker']")
    assert [p.get("role") for p in unknown] == ["unidentified"]
    words_back(tree, OTTER_BOLDED)


# M4: a label in bold at the start of a line, right under a speech's wrapped
# lines, with no blank line between.
WRAPPED_BOLD = """**Greta:** Welcome to the show. Today we talk about the old canal and
whether the towpath will open again before the summer, which the council has
promised twice already.

**Idris:** Thanks, Greta. I walked it on Sunday and the gates are still shut,
the signs are down, and nobody in the lock house knew anything about it.
**Greta:** So who does know? Did the council answer your letter, or did you
only get the form reply?

**Idris:** Only the form reply.
"""


def test_a_bold_label_under_wrapped_lines_opens_a_turn() -> None:
    tree = encode(WRAPPED_BOLD, "canal.md")
    assert [who for who, _ in said(tree)] == ["#greta", "#idris", "#greta", "#idris"]
    assert said(tree)[1][1].endswith("nobody in the lock house knew anything about it.")
    assert said(tree)[2] == (
        "#greta",
        "So who does know? Did the council answer your letter, or did you only get the form reply?",
    )
    words_back(tree, WRAPPED_BOLD)


def test_a_heading_word_in_bold_under_wrapped_lines_opens_no_turn() -> None:
    text = WRAPPED_BOLD.replace("**Greta:** So who", "**Note:** So who")
    tree = encode(text, "canal.md")
    assert [who for who, _ in said(tree)] == ["#greta", "#idris", "#idris"]


def test_a_name_time_and_dash_under_wrapped_lines_opens_a_turn() -> None:
    text = """Tariq Osei (00:00:00) - Good evening, and welcome to the night shift,
where we talk about bakeries and the people who keep them going.
Lumi Salo (00:00:12) - Thanks, Tariq. I started baking at four in the
morning when I was nineteen.
Tariq Osei (00:00:40) - That's early.
"""
    tree = encode(text, "bakery.txt")
    assert [who for who, _ in said(tree)] == ["#tariq-osei", "#lumi-salo", "#tariq-osei"]
    assert said(tree)[1][1] == (
        "Thanks, Tariq. I started baking at four in the morning when I was nineteen."
    )


# M5: YAML front matter without a "title:" key.
def titles(tree: object) -> list[str]:
    return [
        "".join(t.itertext())
        for t in xp(tree, "//t:teiHeader/t:fileDesc/t:titleStmt/t:title")  # type: ignore[arg-type]
    ]


EPISODE_FRONT = """---
episode: "Episode 31 with Vera Nyqvist"
permalink: /night-trains
status: publish
---

( theme tune )
**Leon:** Welcome to the show. My guest today is Vera.

**Vera:** Thanks, Leon.

**Leon:** Let's talk about night trains.
"""


def test_an_episode_key_names_the_record_where_there_is_no_title_key() -> None:
    tree = encode(EPISODE_FRONT, "night-trains.md")
    assert titles(tree) == ["Episode 31 with Vera Nyqvist"]
    # the sound before the first label is no title, and the turns are the three labels
    assert [who for who, _ in said(tree)] == ["#leon", "#vera", "#leon"]
    assert "( theme tune )" not in "".join(xp(tree, "//t:teiHeader//text()"))
    words_back(tree, EPISODE_FRONT)


def test_a_short_description_names_the_record() -> None:
    text = EPISODE_FRONT.replace(
        'episode: "Episode 31 with Vera Nyqvist"', "description: Rail Forum"
    )
    tree = encode(text, "forum.md")
    assert titles(tree) == ["Rail Forum"]


def test_a_description_of_a_paragraph_is_no_title_and_a_title_key_wins() -> None:
    long = "description: " + "A long talk about trains, sleepers and timetables. " * 3
    tree = encode(EPISODE_FRONT.replace("status: publish", long.strip()), "trains.md")
    assert titles(tree) == ["Episode 31 with Vera Nyqvist"]
    text = EPISODE_FRONT.replace("status: publish", "title: Night Trains, Again")
    assert titles(encode(text, "trains.md")) == ["Night Trains, Again"]
    text = EPISODE_FRONT.replace('episode: "Episode 31 with Vera Nyqvist"', long.strip())
    assert titles(encode(text, "trains.md")) == ["trains"]  # the file's name


# M6: Descript's time alone on the line over each turn (a blank line or none).
DESCRIPT_TIMES = """[00:00:00]
**Nadia:** Hello, and welcome. My guest is Oskar.
[00:01:47]

**Oskar:** Thanks for having me.
[00:01:50]

**Nadia:** Let's begin with the orchard.
[00:02:31]

**Oskar:** It was my father's.
"""


def test_a_descript_time_alone_is_the_next_turns_time() -> None:
    tree = encode(DESCRIPT_TIMES, "orchard.md")
    assert speakers_and_times(tree) == [
        ("#nadia", "00:00:00"),
        ("#oskar", "00:01:47"),
        ("#nadia", "00:01:50"),
        ("#oskar", "00:02:31"),
    ]
    assert all(sp.get("synch") for sp in xp(tree, "//t:sp"))
    assert not xp(tree, "//t:stage")  # the times are no narration
    assert not xp(tree, "//t:body/t:div/t:p")  # nor words outside the turns
    assert said(tree)[1] == ("#oskar", "Thanks for having me.")
    words_back(tree, DESCRIPT_TIMES)


# M7: a language model's reasoning left at the top of the transcript it produced.
REASONED = """<think>
Right, the user wants the turns cleaned. Each one should start with [MM:SS] SPEAKER_XX: and
a blank line between them. SPEAKER_01 speaks second.
</think>

[00:02] SPEAKER_00: Shall we start with the ferries?

[00:06] SPEAKER_01: Yes, the night ferry first.

[00:11] SPEAKER_00: It stopped in March.
"""


def test_a_models_reasoning_is_front_matter_not_the_conversation() -> None:
    tree = encode(REASONED, "ferries.md")
    assert speakers_and_times(tree) == [
        ("#speaker-00", "00:02"),
        ("#speaker-01", "00:06"),
        ("#speaker-00", "00:11"),
    ]
    front = ["".join(p.itertext()) for p in xp(tree, "//t:text/t:front/t:p")]
    assert front[0] == "<think>"
    assert front[-1] == "</think>"
    assert any("Each one should start with [MM:SS] SPEAKER_XX:" in p for p in front)
    assert not xp(tree, "//t:supplied")  # "[MM:SS]" is the model's words, not an editor's
    assert not xp(tree, "//t:teiHeader//t:note[@type='boilerplate']")
    body = " ".join("".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "think" not in body and "cleaned" not in body
    words_back(tree, REASONED)


def test_a_think_tag_inside_the_conversation_is_no_front_matter() -> None:
    text = REASONED.split("</think>\n\n")[1] + "\n<think>\nnot at the top\n</think>\n"
    tree = encode(text, "ferries.md")
    assert not xp(tree, "//t:text/t:front")
    assert len(said(tree)) == 3


# M9: a WebVTT document fenced in a Markdown page.
FENCED_VTT = """## Full Transcript

```webvtt
WEBVTT

NOTE offset:-2500

1
00:00:02.000 --> 00:00:05.500
Elif Sahin: Good evening, and welcome to the allotment meeting.

2
00:00:06.000 --> 00:00:08.000
Ruth Mbeki: Thank you. Shall we start with the water?
```
"""


def test_a_webvtt_document_fenced_in_markdown() -> None:
    tree = encode(FENCED_VTT, "allotments.md")
    assert [who for who, _ in said(tree)] == ["#elif-sahin", "#ruth-mbeki"]
    # the last cue's words end where the fence closes: the fence is no word of the turn
    assert said(tree)[1] == ("#ruth-mbeki", "Thank you. Shall we start with the water?")
    assert all(sp.get("synch") for sp in xp(tree, "//t:sp"))
    # the fence, the header and the NOTE are the file format's lines, listed in the header
    listed = xp(tree, "//t:teiHeader//t:note[@type='boilerplate']/text()")
    assert {"```webvtt", "WEBVTT", "NOTE offset:-2500", "```"} <= set(listed)
    text = " ".join("".join(p.itertext()) for p in xp(tree, "//t:text//t:p"))
    assert "```" not in text and "WEBVTT" not in text and "NOTE" not in text


def test_a_code_fence_of_another_language_is_no_webvtt() -> None:
    text = FENCED_VTT.replace("```webvtt", "```text")
    tree = encode(text, "allotments.md")
    listed = xp(tree, "//t:teiHeader//t:note[@type='boilerplate']/text()")
    assert "```text" not in listed


# M10: Teams's transcript copied from the web page: a head over each block of
# segments (the avatar's initials, the name, the time spelled for a screen reader
# glued to the time shown), then each segment's name and spelled time over its words.
TEAMS_WEB = """Noor Haddad started transcription

Noor Haddad
0 minutes 4 seconds0:04
Noor Haddad 0 minutes 4 seconds
Good morning, everyone.
Noor Haddad 0 minutes 11 seconds
First, the boiler.
KV
Varga, Kornel
1 minute 2 seconds1:02
Varga, Kornel 1 minute 2 seconds
It was fixed on Friday.

Noor Haddad
1 hour 2 minutes 7 seconds1:02:07
Noor Haddad 1 hour 2 minutes 7 seconds
Thanks, Kornel.

Noor Haddad stopped transcription
"""


def test_teams_web_copy_a_turn_per_segment() -> None:
    tree = encode(TEAMS_WEB, "boiler.txt")
    assert [who for who, _ in said(tree)] == [
        "#noor-haddad",
        "#noor-haddad",
        "#kornel-varga",
        "#noor-haddad",
    ]
    assert said(tree)[2] == ("#kornel-varga", "It was fixed on Friday.")
    assert [t for _, t in speakers_and_times(tree)] == [
        "0 minutes 4 seconds",
        "0 minutes 11 seconds",
        "1 minute 2 seconds",
        "1 hour 2 minutes 7 seconds",
    ]
    # the times are on the timeline in seconds
    whens = xp(tree, "//t:timeline/t:when/@interval")
    assert [float(w) for w in whens[-4:]] == [4.0, 11.0, 62.0, 3727.0]
    # the block heads repeat the segments' labels: the page's furniture, not speech
    listed = xp(tree, "//t:teiHeader//t:note[@type='boilerplate']/text()")
    assert {"KV", "Varga, Kornel", "1 minute 2 seconds1:02", "Noor Haddad"} <= set(listed)
    body = " ".join("".join(p.itertext()) for p in xp(tree, "//t:body//t:p"))
    assert "0:04" not in body and "KV" not in body
    assert len(xp(tree, "//t:incident")) == 2  # started and stopped transcription


def test_teams_web_copy_in_german() -> None:
    text = (
        TEAMS_WEB.replace(" started transcription", " hat die Transkription gestartet")
        .replace(" stopped transcription", " hat die Transkription gestoppt")
        .replace(" hour ", " Stunde ")
        .replace(" minutes ", " Minuten ")
        .replace(" minute ", " Minute ")
        .replace(" seconds", " Sekunden")
    )
    tree = encode(text, "heizung.txt")
    assert [who for who, _ in said(tree)] == [
        "#noor-haddad",
        "#noor-haddad",
        "#kornel-varga",
        "#noor-haddad",
    ]
    assert len(xp(tree, "//t:incident")) == 2
    assert titles(tree) == ["heizung"]  # the start line is no title


# M8: HTML character references in a plain text: kept as written, with a warning.
def test_html_character_references_are_kept_and_warned_about() -> None:
    from encoder.pipeline import encode_text

    text = """ANIKA: We&#39;re calling it &quot;dock week&quot; this year.
BRAM: Fish &amp; chips on the pier, then.
ANIKA: R&D; comes later.
"""
    result = encode_text(text, "dock.txt")
    warned = [d for d in result.diagnostics if d.code == "W307"]
    assert len(warned) == 1
    assert warned[0].span is not None and (warned[0].span.line, warned[0].span.col) == (1, 10)
    assert "4 HTML character reference" in warned[0].message  # "&D;" is none
    tree = encode(text, "dock.txt")
    assert said(tree)[0] == ("#anika", "We&#39;re calling it &quot;dock week&quot; this year.")
    back = [line for line in tei_to_text(tree).splitlines() if line]
    assert back == text.splitlines()  # each line byte for byte (paragraphs: a blank between)


def test_a_caption_files_references_are_decoded_and_not_warned_about() -> None:
    from encoder.pipeline import encode_text

    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana Moe>Fish &amp; chips.\n"
    result = encode_text(text, "dock.vtt")
    assert not [d for d in result.diagnostics if d.code == "W307"]


# (probe 7b) a table's header row over its tab-separated rows is no title.
TABLE = (
    "ZEIT\tSPRECHER\tTEXT\n"
    "00:00:03.00\tINT\tWir sprechen heute mit Herrn Olaf Brink.\n"
    "00:00:07.40\tOB\tGuten Tag.\n"
    "00:00:10.10\tINT\tWo sind Sie aufgewachsen?\n"
    "00:00:13.75\tOB\tIn Kiel, am Hafen.\n"
)


def test_a_tables_header_row_is_no_title() -> None:
    tree = encode(TABLE, "brink.tsv")
    assert titles(tree) == ["brink"]
    assert [who for who, _ in said(tree)] == ["#int", "#ob", "#int", "#ob"]
    assert said(tree)[3] == ("#ob", "In Kiel, am Hafen.")
    # the row stays in the text as written, outside every turn
    rows = ["".join(p.itertext()) for p in xp(tree, "//t:body//t:p[not(ancestor::t:sp)]")]
    assert rows == ["ZEIT\tSPRECHER\tTEXT"]
    words_back(tree, TABLE)


def test_a_title_over_a_table_is_still_the_title() -> None:
    tree = encode("Interview mit Olaf Brink, Kiel\n\n" + TABLE, "brink.tsv")
    assert titles(tree) == ["Interview mit Olaf Brink, Kiel"]


def test_two_bold_names_with_their_times_are_enough() -> None:
    text = "**Ines** [00:00:00] We're back.\n\n**Jorge** [00:00:12] Glad to be.\n"
    tree = encode(text, "short.md")
    assert speakers_and_times(tree) == [("#ines", "00:00:00"), ("#jorge", "00:00:12")]
    # plain, two such lines are not enough: a sentence may open with a name and a time
    plain = encode(text.replace("**", ""), "short.txt")
    assert said(plain) == []


# Review 11: ordinary texts the export rules misread.
def test_a_heading_under_front_matter_names_the_post_not_its_description() -> None:
    # a blog post: the front matter describes it, the heading under it is its title
    text = """---
layout: post
date: 2023-03-09
description: Two evenings spent on the shed roof
---

# Re-felting the shed

We stripped the old felt on Friday and nailed the new roll on Saturday.
"""
    tree = encode(text, "shed.md")
    assert titles(tree) == ["Re-felting the shed"]
    assert said(tree) == []
    # with no heading under it, the short description still names the page
    assert titles(encode(text.replace("# Re-felting the shed\n\n", ""), "shed.md")) == [
        "Two evenings spent on the shed roof"
    ]


def test_a_time_and_a_word_in_bold_said_once_each_are_no_speakers() -> None:
    # a diary: a time and a place in bold over each entry, none said twice
    text = """# Lake weekend

**[08:15] Jetty:** We pushed off before the wind got up.

**[11:40] Island:** Lunch on the rocks, then a swim.

**[16:05] Boathouse:** Oars stowed. Mira lit the stove.

The wind dropped after dark.
"""
    tree = encode(text, "lake.md")
    assert said(tree) == []
    assert not xp(tree, "//t:listPerson/t:person")
    # where a label recurs, the time in the bold is a transcript's (Deepgram's)
    text = text.replace("[16:05] Boathouse:", "[16:05] Jetty:")
    assert [who for who, _ in said(encode(text, "lake.md"))] == ["#jetty", "#island", "#jetty"]


def test_a_bold_section_and_its_time_over_the_text_is_no_label() -> None:
    # a lesson plan: each section in bold with its time, some names, some phrases
    text = """**Starter** [0:00]

Spell five words from last week.

**Group reading** [0:10]

Each group reads a page aloud.

**Spelling** [0:25]

Words with a silent letter.

**Group reading** [0:35]

The groups swap books.
"""
    tree = encode(text, "lesson.md")
    assert said(tree) == []
    # an event's running order, the time before the words
    order = """**Registration** [09:00] Badges at the door.

**Keynote talk** [09:30] In the main hall.

**Lunch** [12:30] Served in the atrium.
"""
    assert said(encode(order, "order.md")) == []


# A how-to page quoting a short caption file in a code fence, prose around it.
CAPTION_HOWTO = """# Captions for the club video

Our captions are a small text file. This is how the first two look:

FENCE
WEBVTT

00:00:00.500 --> 00:00:02.000
<v Rosa>Welcome to the rowing club.

00:00:02.500 --> 00:00:04.000
<v Emeka>Mind the wet steps.
```

Each timing line has a start, an arrow and an end. Put the speaker's
name in the voice tag, then the words.

Upload the file beside the video.
"""


def test_a_short_caption_example_fenced_in_a_how_to_is_no_conversation() -> None:
    for fence in ("```", "```webvtt"):
        text = CAPTION_HOWTO.replace("FENCE", fence)
        tree = encode(text, "howto.md")
        assert said(tree) == [], fence
        assert not xp(tree, "//t:listPerson/t:person"), fence
        paras = ["".join(p.itertext()) for p in xp(tree, "//t:body//t:p")]
        assert "Upload the file beside the video." in paras, fence
        words_back(tree, text)
