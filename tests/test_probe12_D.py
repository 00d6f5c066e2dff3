"""Speech-recognition output and captions a tester's probe (12, D) found
misread: a city's broadcast captions saved as WebVTT with the speaker-change
chevrons written as character references ("&gt;&gt; HERE.", "&gt;&gt;&gt;" for a
new item), read as no turns or as one-word caption lines taken for call signs.
Small caption files written for these tests (names, times and words invented, in
the house styles found); every expectation was written from the text above it,
by reading."""

from __future__ import annotations

import html

from test_exports_and_captions import cue_words
from test_exports_and_oral import encode, said, xp

from encoder.plaintext import tei_to_text


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


def speakers(tree: object) -> list[str]:
    return ["".join(sp.itertext()) for sp in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


# D1: broadcast captions whose chevrons the captioning system escaped as WebVTT
# allows ("&gt;&gt;" for ">>"); three of them ("&gt;&gt;&gt;") open the meeting, as
# broadcast captioners mark a new subject; no names; cue settings; capitals.
ESCAPED_CHEVRONS = """WEBVTT

00:00:04.100 --> 00:00:06.900 align:start line:74% position:30% size:40%
&gt;&gt;&gt; GOOD EVENING, THE
HARBOUR BOARD

00:00:07.000 --> 00:00:08.200 align:start line:74% position:20% size:30%
WILL COME TO
ORDER.

00:00:08.300 --> 00:00:09.500 align:start line:74% position:40% size:40%
CLERK, THE ROLL?

00:00:09.600 --> 00:00:10.400 align:start line:74% position:15% size:25%
&gt;&gt; VOSKUIJLEN?

00:00:10.500 --> 00:00:11.100 align:start line:74% position:13% size:20%
&gt;&gt; HERE.

00:00:11.200 --> 00:00:12.000 align:start line:74% position:50% size:25%
&gt;&gt; VICE CHAIR
AMUNDSEN?

00:00:12.100 --> 00:00:12.900 align:start line:74% position:13% size:20%
&gt;&gt; PRESENT.

00:00:13.000 --> 00:00:14.500 align:start line:74% position:15% size:35%
TWO PRESENT.
"""


def test_escaped_chevrons_open_the_turns_of_unnamed_voices() -> None:
    tree = encode(ESCAPED_CHEVRONS, "board.vtt")
    (unnamed,) = xp(tree, "//t:person[@role='unidentified']/@xml:id")
    words = said(tree)
    assert [who for who, _ in words] == ["#" + unnamed] * 5
    assert words[0][1].startswith("GOOD EVENING, THE HARBOUR BOARD")
    assert words[0][1].endswith("CLERK, THE ROLL?")
    assert words[3][1] == "VICE CHAIR AMUNDSEN?"
    # a cue without chevrons goes on with the voice before
    assert words[4][1].endswith("TWO PRESENT.")
    # the chevrons are the label, never part of the time; the words come back, the
    # character references read as the characters they stand for (as all cue text is)
    assert xp(tree, "//t:sp[2]/t:speaker/t:time/text()") == [
        "00:00:09.600 --> 00:00:10.400 align:start line:74% position:15% size:25%"
    ]
    assert [s.split()[-1] for s in speakers(tree)] == [">>>", ">>", ">>", ">>", ">>"]
    cue_words(tree, html.unescape(ESCAPED_CHEVRONS))


# A near miss: a WebVTT of a talk whose words quote shell redirection, escaped,
# twice among many cues: no change of voice.
ESCAPED_REDIRECTS = "WEBVTT\n\n" + "\n".join(
    f"00:00:{n:02d}.000 --> 00:00:{n + 1:02d}.000\n{line}\n"
    for n, line in enumerate(
        ["&gt;&gt; append it to the log", "&gt;&gt; and again to the file"]
        + [f"then step {n} of the build runs" for n in range(30)]
    )
)


def test_a_few_escaped_chevrons_among_many_cues_open_no_turns() -> None:
    tree = encode(ESCAPED_REDIRECTS, "talk.vtt")
    assert turns(tree) == 0
    assert xp(tree, "//t:person[@role='unidentified']") == []


# D2: a roll call in broadcast captions: each answer ("HERE.", "PRESENT.") is one
# word in capitals after the chevrons, and the same answer recurs; the chevrons are
# the unnamed voice's label, the word what it said, not a label alone over the next cue.
ROLL_CALL = """WEBVTT

00:01:00.000 --> 00:01:02.000
>> WILL THE CLERK CALL THE ROLL?

00:01:02.100 --> 00:01:03.000
>> OKONJO?

00:01:03.100 --> 00:01:04.000
>> HERE.

00:01:04.100 --> 00:01:05.000
>> BRANDVOLD?

00:01:05.100 --> 00:01:06.000
>> HERE.

00:01:06.100 --> 00:01:07.000
>> TAKAHASHI-REYES?

00:01:07.100 --> 00:01:08.000
>> PRESENT.

00:01:08.100 --> 00:01:09.000
>> THREE PRESENT.
"""


def test_a_roll_calls_one_word_answers_are_words_after_the_chevrons() -> None:
    tree = encode(ROLL_CALL, "roll.vtt")
    (unnamed,) = xp(tree, "//t:person[@role='unidentified']/@xml:id")
    words = said(tree)
    assert [w for _, w in words] == [
        "WILL THE CLERK CALL THE ROLL?",
        "OKONJO?",
        "HERE.",
        "BRANDVOLD?",
        "HERE.",
        "TAKAHASHI-REYES?",
        "PRESENT.",
        "THREE PRESENT.",
    ]
    assert {who for who, _ in words} == {"#" + unnamed}
    cue_words(tree, ROLL_CALL)


# The near miss: a roll call whose chevrons name each voice; the names are the
# labels still, one-word answers or not.
NAMED_ROLL_CALL = """WEBVTT

00:02:00.000 --> 00:02:02.000
>> CLERK: OKONJO?

00:02:02.100 --> 00:02:03.000
>> OKONJO: HERE.

00:02:03.100 --> 00:02:04.000
>> CLERK: BRANDVOLD?

00:02:04.100 --> 00:02:05.000
>> BRANDVOLD: HERE.
"""


def test_a_roll_call_whose_chevrons_name_the_voices_keeps_the_names() -> None:
    tree = encode(NAMED_ROLL_CALL, "named.vtt")
    assert said(tree) == [
        ("#clerk", "OKONJO?"),
        ("#okonjo", "HERE."),
        ("#clerk", "BRANDVOLD?"),
        ("#brandvold", "HERE."),
    ]
    assert xp(tree, "//t:person[@role='unidentified']") == []


def cue_times(tree: object) -> list[str]:
    """Every cue timing read as a time (in a label or in the words)."""
    return [t.split()[0] for t in xp(tree, "//t:text//t:time/text()")]  # type: ignore[arg-type]


# D3: in captions whose chevrons mark the speakers, a cue's words in capitals that
# end a sentence ("THE MEETING WILL COME TO ORDER.") looked like a play's label
# alone ("NAME."): joined to the next cue, that cue's timing became words.
ORDER_CUES = """WEBVTT

00:03:00.000 --> 00:03:02.000
>> GOOD EVENING, THE MEETING

00:03:02.100 --> 00:03:03.500
WILL COME TO ORDER.

00:03:03.600 --> 00:03:05.000
FIRST, THE MINUTES.

00:03:05.100 --> 00:03:07.000
ANY CORRECTIONS?

00:03:07.100 --> 00:03:08.000
>> NONE.
"""


def test_a_cue_ending_a_sentence_in_capitals_keeps_the_next_cues_time() -> None:
    tree = encode(ORDER_CUES, "order.vtt")
    assert turns(tree) == 2
    assert cue_times(tree) == [
        "00:03:00.000",
        "00:03:02.100",
        "00:03:03.600",
        "00:03:05.100",
        "00:03:07.100",
    ]
    cue_words(tree, ORDER_CUES)


# The near miss: a radio script (no captions, no chevrons): a name in capitals
# alone over its speech is still its label.
RADIO_SCRIPT = """ANNOUNCER.
Good evening and welcome to the harbour hour.

KESTREL.
Thank you. Tonight, the tides.

ANNOUNCER.
And the weather after that.

KESTREL.
Of course.
"""


def test_a_name_alone_in_capitals_over_speech_still_labels_without_chevrons() -> None:
    tree = encode(RADIO_SCRIPT, "script.txt")
    assert [who for who, _ in said(tree)] == ["#announcer", "#kestrel", "#announcer", "#kestrel"]


# D4: broadcast captions in capitals: a voice's words after the chevrons that open
# with a sentence of two words ("GOOD MORNING. THANK YOU") are its words, not a
# play's label ("NAME.") and its speech: captioners name a voice with a colon.
GREETING_CUES = """WEBVTT

00:04:00.000 --> 00:04:02.000
>> GOOD MORNING. THANK YOU ALL

00:04:02.100 --> 00:04:03.500
FOR COMING.

00:04:03.600 --> 00:04:05.000
>> MORNING.

00:04:05.100 --> 00:04:07.000
>> VICE CHAIR AALTONEN: GOOD MORNING.
"""


def test_a_sentence_in_capitals_after_the_chevrons_is_the_voices_words() -> None:
    tree = encode(GREETING_CUES, "greeting.vtt")
    (unnamed,) = xp(tree, "//t:person[@role='unidentified']/@xml:id")
    words = said(tree)
    assert [who for who, _ in words] == ["#" + unnamed, "#" + unnamed, "#aaltonen"]
    assert words[0][1].startswith("GOOD MORNING. THANK YOU ALL")
    # the chevrons are the label; the time holds no chevrons
    assert xp(tree, "//t:sp[1]/t:speaker/t:time/text()") == ["00:04:00.000 --> 00:04:02.000"]
    cue_words(tree, GREETING_CUES)


# D5: a broadcast's captions that open with a cue of no words ("00:00:00.000 -->
# 00:00:00.000", a blank line, the next cue): its timing was dropped, not given back.
EMPTY_FIRST_CUE = """WEBVTT

00:00:00.000 --> 00:00:00.000


00:01:10.200 --> 00:01:12.900
>> good evening, the library

00:01:13.000 --> 00:01:15.400
board is now in session.

00:01:15.500 --> 00:01:16.800
>> thank you.
"""


def test_a_cue_with_no_words_keeps_its_timing_with_the_furniture() -> None:
    tree = encode(EMPTY_FIRST_CUE, "library.vtt")
    assert turns(tree) == 2
    kept = xp(tree, "//t:notesStmt/t:note[@type='boilerplate']/text()")
    assert "00:00:00.000 --> 00:00:00.000" in kept
    # no title made of it, and the cues with words keep their times
    assert "-->" not in "".join(xp(tree, "//t:titleStmt/t:title/text()"))
    assert cue_times(tree) == ["00:01:10.200", "00:01:13.000", "00:01:15.500"]


def test_cues_with_words_are_no_furniture() -> None:
    text = EMPTY_FIRST_CUE.replace("00:00:00.000 --> 00:00:00.000\n\n\n", "")
    tree = encode(text, "library.vtt")
    assert [k for k in xp(tree, "//t:notesStmt/t:note/text()") if "-->" in k] == []
    cue_words(tree, text)


# D6: YouTube's automatic captions as youtube-dl saved them: a colour span opened on
# a cue's line and closed on the next line ("… telling" / " </c>"); the closing tag
# alone came back as a word of the text.
COLOURED_AUTO_CAPTIONS = """WEBVTT
Kind: captions
Language: en

00:00:01.000 --> 00:00:02.500 align:start position:0%
so<00:00:01.300><c> the</c><c.colorE5E5E5><00:00:01.700><c> tide</c></c>

00:00:02.500 --> 00:00:04.000 align:start position:0%
so the<c.colorE5E5E5> tide</c><c.colorCCCCCC> turns at noon
 </c>
"""


def test_a_closing_tag_alone_on_a_cue_line_is_markup_not_words() -> None:
    tree = encode(COLOURED_AUTO_CAPTIONS, "auto.en.vtt")
    back = tei_to_text(tree)
    assert "</c>" not in back and "<c" not in back
    assert back.split()[-4:] == ["tide", "turns", "at", "noon"]
    assert turns(tree) == 0


def test_words_in_italics_alone_on_a_cue_line_stay() -> None:
    text = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<i>(murmurs)</i>\n<i>Over here.</i>\n"
    back = tei_to_text(encode(text, "film.vtt"))
    assert "Over here." in back and "murmurs" in back


def speakers_and_stamps(tree: object) -> list[tuple[str, str]]:
    out = []
    for sp in xp(tree, "//t:sp"):  # type: ignore[arg-type]
        times = xp(sp, "t:speaker/t:time/text()")
        out.append((sp.get("who"), times[0] if times else ""))
    return out


# D7: a diariser's segments as speech-recognition scripts print them: the span in
# seconds with an "s" ("[0.00s - 2.50s]"), a point in seconds ("[152.7s]"), or minutes
# and seconds with a dash or an arrow ("[00:04 - 00:08]", "[00:04.80s -> 00:09.60s]").
SECONDS_SPANS = """[0.00s - 2.50s] SPEAKER_00: Hello all, this is the allotment call.
[2.80s - 6.20s] SPEAKER_01: Thanks. Shall we start with the water rota?
[6.50s - 12.00s] SPEAKER_00: Yes, the rota first.
[12.40s - 13.10s] SPEAKER_01: Good.
"""

POINT_SECONDS = """[150.8s] SPEAKER_00: Is everyone here?
[152.7s] SPEAKER_01: I think so,
[156.6s] SPEAKER_01: apart from Wim.
[158.0s] SPEAKER_00: Then we begin.
"""

DASHED_MINUTES = """[00:00 - 00:04] SPEAKER_00: Welcome back to the stream.
[00:04 - 00:08] SPEAKER_01: Thanks, I have a question about seeds.
[00:08.50s -> 00:12.10s] SPEAKER_00: Go ahead.
"""


def test_a_diarisers_span_in_seconds_before_the_label_is_its_time() -> None:
    tree = encode(SECONDS_SPANS)
    assert speakers_and_stamps(tree) == [
        ("#speaker-00", "0.00s - 2.50s"),
        ("#speaker-01", "2.80s - 6.20s"),
        ("#speaker-00", "6.50s - 12.00s"),
        ("#speaker-01", "12.40s - 13.10s"),
    ]
    assert said(tree)[1] == ("#speaker-01", "Thanks. Shall we start with the water rota?")
    intervals = xp(tree, "//t:timeline/t:when/@interval")
    assert intervals[:4] == ["0", "2.8", "6.5", "12.4"]
    tree = encode(POINT_SECONDS)
    assert [who for who, _ in said(tree)] == [
        "#speaker-00",
        "#speaker-01",
        "#speaker-01",
        "#speaker-00",
    ]
    tree = encode(DASHED_MINUTES)
    assert [t for _, t in speakers_and_stamps(tree)] == [
        "00:00 - 00:04",
        "00:04 - 00:08",
        "00:08.50s -> 00:12.10s",
    ]


# The near miss: a video's chapter list, spans before titles: no one speaks.
CHAPTER_SPANS = """[00:00 - 01:30] Opening and welcome
[01:30 - 05:00] Soil and compost
[05:00 - 09:45] Questions from the plots
[09:45 - 10:00] Closing
"""


def test_spans_before_chapter_titles_are_no_turns() -> None:
    tree = encode(CHAPTER_SPANS)
    assert turns(tree) == 0


# D8: a diariser's label in brackets with no colon, after the segment's time or
# alone before the words ("[00:15] [SPEAKER_01] Welcome back.", "[SPEAKER_00] Hi").
BRACKETED_NO_COLON = """[00:15] [SPEAKER_01] Welcome back to the plot report.
[00:18] [SPEAKER_02] Thanks for having me.
[00:21] [SPEAKER_01] Let us begin with the beans.
[00:25] [SPEAKER_02] Sure.
"""


def test_a_bracketed_diariser_label_without_colon_opens_the_turn() -> None:
    tree = encode(BRACKETED_NO_COLON)
    assert speakers_and_stamps(tree) == [
        ("#speaker-01", "00:15"),
        ("#speaker-02", "00:18"),
        ("#speaker-01", "00:21"),
        ("#speaker-02", "00:25"),
    ]
    assert said(tree)[3] == ("#speaker-02", "Sure.")
    untimed = BRACKETED_NO_COLON.replace("[00:15] ", "").replace("[00:18] ", "")
    untimed = untimed.replace("[00:21] ", "").replace("[00:25] ", "")
    assert [who for who, _ in said(encode(untimed))] == ["#speaker-01", "#speaker-02"] * 2


# The near miss: a remark in brackets that names a diariser's speaker among its
# words ("[Speaker 2 laughs]") is no label.
REMARK_NAMING = """Speaker 1: Did the frost get the beans?
[Speaker 2 laughs] Every single one.
Speaker 1: Oh no.
"""


def test_a_remark_naming_a_speaker_in_brackets_is_no_label() -> None:
    tree = encode(REMARK_NAMING)
    assert [who for who, _ in said(tree)] == ["#speaker-1", "#speaker-1"]


# D9: Deepgram's diarised transcript as its documentation prints it: the speaker's
# number after a colon inside the brackets ("[Speaker:0] Hello."), no colon after.
DEEPGRAM_BRACKETS = """[Speaker:0] Thank you for calling the seed library, this is Ines.
[Speaker:1] Hi, I would like to renew two packets.
[Speaker:0] Of course. May I have your card number?
[Speaker:1] It is four, four, one, nine.
"""


def test_a_speaker_number_after_a_colon_in_brackets_opens_the_turn() -> None:
    tree = encode(DEEPGRAM_BRACKETS)
    assert [who for who, _ in said(tree)] == ["#speaker-0", "#speaker-1"] * 2
    assert said(tree)[2] == ("#speaker-0", "Of course. May I have your card number?")
    roles = xp(tree, "//t:person/@role")
    assert roles == ["unidentified", "unidentified"]


# The near miss: a field of a form in brackets ("[Speaker: Ines Roa]") names no
# diariser's speaker.
SPEAKER_FIELDS = """[Speaker: Ines Roa] Talk on seed saving, room 2.
[Speaker: Tom Hale] Talk on compost, room 3.
"""


def test_a_speaker_field_in_brackets_is_no_diariser_label() -> None:
    tree = encode(SPEAKER_FIELDS)
    assert xp(tree, "//t:person[@role='unidentified']") == []


# D10: a diariser's numbered voice before the segment's time in brackets, the words
# after it ("Speaker 1 [00:00:05]: …", "Speaker 2 [00:00:18] …") or under it
# ("Speaker 1 [00:00:12]:" alone on its line), as diarisation tools print turns.
NUMBERED_VOICES = """Speaker 1 [00:00:05]: Shall we start with the water rota?
Speaker 2 [00:00:14] The main change is the Sunday slot.
Speaker 1 [00:00:22]: Who takes it?
Speaker 3 [00:00:30]: I can.
"""

NUMBERED_ALONE = """Speaker 1 [00:00:12]:
Tell me about your plot.

Speaker 2 [00:00:18]:
I have had it for three years now.

Speaker 1 [00:00:25]:
And the soil?
"""


def test_a_numbered_voice_before_a_bracketed_time_opens_the_turn() -> None:
    tree = encode(NUMBERED_VOICES)
    assert speakers_and_stamps(tree) == [
        ("#speaker-1", "00:00:05"),
        ("#speaker-2", "00:00:14"),
        ("#speaker-1", "00:00:22"),
        ("#speaker-3", "00:00:30"),
    ]
    assert said(tree)[1] == ("#speaker-2", "The main change is the Sunday slot.")
    tree = encode(NUMBERED_ALONE)
    assert speakers_and_stamps(tree) == [
        ("#speaker-1", "00:00:12"),
        ("#speaker-2", "00:00:18"),
        ("#speaker-1", "00:00:25"),
    ]
    assert said(tree)[1] == ("#speaker-2", "I have had it for three years now.")


# The near miss: an album's track list, a numbered item and its time before a title.
TRACK_LIST = """Track 1 [0:00] Opening Song
Track 2 [3:10] Harvest Reel
Track 3 [6:45] The Long Field
Track 4 [9:40] Closing
"""


def test_numbered_items_with_times_are_no_voices() -> None:
    tree = encode(TRACK_LIST)
    assert turns(tree) == 0


# D11: a diariser's label and the segment's time in one pair of brackets, the words
# after them ("[SPEAKER_00 00:00:03] Can everyone hear me?").
LABEL_AND_TIME_BRACKETED = """[SPEAKER_00 00:00:03] Can everyone hear me?
[SPEAKER_01 00:00:06] Yes, the sound is fine here.
[SPEAKER_02 00:00:08] Fine here too.
[SPEAKER_00 00:00:11] Then we start with the hedges.
"""


def test_a_diarisers_label_and_time_in_one_bracket_open_the_turn() -> None:
    tree = encode(LABEL_AND_TIME_BRACKETED)
    assert speakers_and_stamps(tree) == [
        ("#speaker-00", "00:00:03"),
        ("#speaker-01", "00:00:06"),
        ("#speaker-02", "00:00:08"),
        ("#speaker-00", "00:00:11"),
    ]
    assert said(tree)[2] == ("#speaker-02", "Fine here too.")


# The near miss: notes whose lines open with an edit's mark and time in brackets.
EDIT_MARKS = """[Edited 10:30] Moved the hedge work to Saturday.
[Edited 11:05] Added the compost order.
[Edited 11:40] Fixed the gate code.
"""


def test_an_edit_mark_with_a_time_in_brackets_is_no_voice() -> None:
    tree = encode(EDIT_MARKS)
    assert turns(tree) == 0


# D12: Hugging Face's diarisation pipeline as its course prints the transcript: the
# label, the segment's span as a pair of seconds in parentheses, no colon, the words
# wrapped over lines, a blank line between turns.
PAIRED_SPANS = """SPEAKER_01 (0.0, 15.5) The second rule is this. Every plot holder waters on
their own day, and the tap is locked at nine.

SPEAKER_00 (15.5, 21.3) And on Sundays?

SPEAKER_01 (21.3, 26.0) On Sundays the committee waters the
shared beds.
"""


def test_a_diarisers_span_as_a_pair_in_parentheses_is_the_turns_time() -> None:
    tree = encode(PAIRED_SPANS)
    assert [who for who, _ in said(tree)] == ["#speaker-01", "#speaker-00", "#speaker-01"]
    assert said(tree)[2] == ("#speaker-01", "On Sundays the committee waters the shared beds.")
    assert xp(tree, "//t:timeline/t:when/@interval")[:3] == ["0", "15.5", "21.3"]


# The near miss: a list of rooms with pairs of numbers: no diariser's label, no turn.
ROOM_PAIRS = """Room 1 (0.0, 15.5) Seats twelve.
Room 2 (15.5, 21.3) Seats eight.
Room 3 (21.3, 26.0) Closed.
"""


def test_pairs_in_parentheses_after_other_words_are_no_turns() -> None:
    assert turns(encode(ROOM_PAIRS)) == 0
