"""Meeting-software and chat exports a tester's probe (12, A) found misread: captions
whose short cues said again ("Yeah.") were taken for a running head over the next
cue's number (A1), and whose cut sentences opening a cue with a word in capitals and
a stop ("US. And …") for a speaker (A5); a Discord channel copied as text whose
display names carry a company in parentheses, a particle, an emoji or a tag (A2, A9),
whose members answer agenda items "Re. 9:" (A3), or that a newer client copies with
the dash and the time under the name (A4, A8); a podcast site's "**Name** [m:ss]"
with no space after the bracket (A6); an Otter export with a label's time removed
(A7). Small transcripts written for these tests (names, times and words invented,
in the house styles found); every expectation was written from the transcript
above it, by reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp
from test_exports_probe7 import words_back


def turns(tree: object) -> int:
    return len(xp(tree, "//t:sp"))  # type: ignore[arg-type]


def pages(tree: object) -> int:
    return len(xp(tree, "//t:pb"))  # type: ignore[arg-type]


# A1: WebVTT captions (a podcast's, from a transcription service): the diariser's
# voice number on the first cue of a turn only, the cues below going on with it;
# the same short reply ("Right, yes.") said in cues of its own, each over the next
# cue's number.
VTT_SHORT_REPLIES = """WEBVTT

40
00:03:01.000 --> 00:03:04.000
<v 0>We moved the allotment meeting to the church hall</v>

41
00:03:04.000 --> 00:03:06.500
because the school wanted its gym back.

42
00:03:07.000 --> 00:03:07.600
<v 1>Right, yes.</v>

43
00:03:08.000 --> 00:03:11.000
<v 0>And the hall has a kitchen, which helps with the tea.</v>

44
00:03:12.000 --> 00:03:12.500
<v 1>Right, yes.</v>

45
00:03:13.000 --> 00:03:16.000
<v 0>So next month we meet there at seven.</v>

46
00:03:17.000 --> 00:03:17.400
<v 1>Right, yes.</v>

47
00:03:18.000 --> 00:03:21.000
<v 0>Good. Bring the seed list if you have it.</v>
"""


def test_a_short_cue_said_again_over_cue_numbers_is_no_running_head() -> None:
    tree = encode(VTT_SHORT_REPLIES, "allotment.vtt")
    assert pages(tree) == 0  # the cue numbers are cues', not pages'
    assert turns(tree) == 7
    words = said(tree)
    assert [who for who, _w in words] == ["#p-0", "#p-1"] * 3 + ["#p-0"]
    assert all("Right, yes." in w for _who, w in words[1::2])
    assert "church hall" in words[0][1] and "gym back" in words[0][1]


# The same in SubRip captions with a diariser's labels: the reply without a label
# said again ("You know,") over the next cue's number stays the words of the turn.
SRT_SHORT_REPLIES = """7
00:00:20,000 --> 00:00:23,000
[SPEAKER_00]: The bus to the depot leaves at eight

8
00:00:23,000 --> 00:00:24,000
you know,

9
00:00:24,500 --> 00:00:27,000
[SPEAKER_01]: and the later one at nine, I think.

10
00:00:27,500 --> 00:00:28,000
you know,

11
00:00:28,500 --> 00:00:31,000
[SPEAKER_00]: Then we take the eight and wait there.
"""


def test_a_short_subrip_cue_said_again_is_no_running_head() -> None:
    tree = encode(SRT_SHORT_REPLIES, "depot.srt")
    assert pages(tree) == 0
    words = said(tree)
    assert [who for who, _w in words] == ["#speaker-00", "#speaker-01", "#speaker-00"]
    assert words[0][1].endswith("you know,") and words[1][1].endswith("you know,")


# A near miss: a typed transcript's running head over its page's number, page after
# page, the words under it (no caption timing): still the page's furniture.
TYPED_PAGES = """MR. OKAFOR: We will begin with the minutes.

ACME REPORTING SERVICE

2

MS. LINDH: They were circulated last week.

ACME REPORTING SERVICE

3

MR. OKAFOR: Then they stand approved.
"""


def test_a_typed_transcripts_head_over_its_page_number_is_still_a_page() -> None:
    tree = encode(TYPED_PAGES)
    assert pages(tree) == 2
    assert turns(tree) == 3


# A2: a Discord channel copied as text: each message under its sender's display
# name, an em dash and the day and time; display names carry a company in
# parentheses or a lower-case particle, as people name themselves there.
DISCORD_NAMES = """## Chat

Marta van Dijk — Yesterday at 4:05 PM

Hello all, Marta here from the library co-op.

Tomas Reyes (Harbor Labs) — Yesterday at 4:20 PM

Hi! I read the agenda and voted on both proposals.

Marta van Dijk — Yesterday at 5:02 PM

Thanks, Tomas. Item 3 still needs a volunteer.

Ines Maria de la Cruz — Today at 9:14 AM

I can take item 3 this month.

Tomas Reyes (Harbor Labs) — Today at 9:30 AM

Great, then we are done.
"""


def test_a_discord_display_name_with_a_company_or_a_particle_heads_its_post() -> None:
    tree = encode(DISCORD_NAMES, "chat.md")
    assert [who for who, _w in said(tree)] == [
        "#marta-van-dijk",
        "#tomas-reyes",
        "#marta-van-dijk",
        "#ines-maria-de-la-cruz",
        "#tomas-reyes",
    ]
    assert said(tree)[1][1] == "Hi! I read the agenda and voted on both proposals."


# A near miss: lines of a report that put a dash and a day's time after a phrase in
# small letters or a phrase with a parenthesis: no one posts them.
DASHED_REPORT_LINES = """Status of the pumps

The north station (old pump) — Today at 3:02 PM

It ran for four hours.

the backup generator was started — Yesterday at 9:10 AM

It stopped at noon.
"""


def test_report_lines_with_a_dashed_time_are_no_chat_posts() -> None:
    tree = encode(DASHED_REPORT_LINES, "report.md")
    assert turns(tree) == 0


# A3: members answer an agenda point by point in their posts ("Re. 2: …"); the same
# point answered twice is no speaker "Re. 2".
ITEM_REPLIES = """Marta van Dijk — Yesterday at 4:05 PM

Re. 2: the new opening hours look right to me.

Re. 5: I can bring the projector.

Tomas Reyes — Yesterday at 4:20 PM

Re. 2: agreed, but Sundays should stay closed.

Marta van Dijk — Today at 9:14 AM

Fine by me. Thanks all.
"""


def test_a_reply_to_an_agenda_item_is_no_speaker() -> None:
    tree = encode(ITEM_REPLIES, "thread.md")
    words = said(tree)
    assert [who for who, _w in words] == ["#marta-van-dijk", "#tomas-reyes", "#marta-van-dijk"]
    assert words[0][1].startswith("Re. 2: the new opening hours")
    assert "Re. 5: I can bring" in words[0][1]


# A near miss: a reverend's label and a name that begins as "Re" does, each twice.
REVEREND_AND_REZA = """Rev. Okafor: Let us begin with a word of thanks.

Reza: Thank you for having us.

Rev. Okafor: The first item is the roof.

Reza: It leaks over the vestry.
"""


def test_a_reverend_and_a_name_opening_with_re_stay_speakers() -> None:
    tree = encode(REVEREND_AND_REZA)
    assert [who for who, _w in said(tree)] == ["#rev-okafor", "#reza", "#rev-okafor", "#reza"]


# A4: the same channel copied by a newer Discord: the display name alone on its line,
# the dash with the day and the time on the next line, the message under them.
DISCORD_NAME_OVER_DASH = """Marta van Dijk
 — Yesterday at 4:05 PM
Hello all, the agenda is in the pinned post.
Tomas Reyes
 — Yesterday at 4:20 PM
Thanks. I voted on both proposals.
Marta van Dijk
 — Today at 9:14 AM
Both passed. See you in two weeks.
"""


def test_a_discord_name_over_its_dashed_time_heads_the_post() -> None:
    tree = encode(DISCORD_NAME_OVER_DASH, "channel.txt")
    words = said(tree)
    assert [who for who, _w in words] == ["#marta-van-dijk", "#tomas-reyes", "#marta-van-dijk"]
    assert words[1][1] == "Thanks. I voted on both proposals."
    times = xp(tree, "//t:sp/t:speaker/t:time/text()")
    assert times == ["Yesterday at 4:05 PM", "Yesterday at 4:20 PM", "Today at 9:14 AM"]
    words_back(tree, DISCORD_NAME_OVER_DASH)


# A near miss: a list of tasks, each over a dashed note of when it is due: no one posts.
DUE_LIST = """Water the seedlings
 — Today at 9:00 AM
Check the greenhouse vents
 — Today at 1:00 PM
"""


def test_tasks_over_dashed_due_times_are_no_posts() -> None:
    assert turns(encode(DUE_LIST, "tasks.txt")) == 0


# A5: in captions whose voices are tags ("<v 0>"), a sentence the cues cut may open a
# cue with a word in capitals and a stop ("UK. And …"): a word of the sentence.
VTT_CAPITAL_WORD = """WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v 0>We lived in Osaka for three years and then moved back to the</v>

2
00:00:04.000 --> 00:00:07.000
UK. And I still miss the trains there, honestly.

3
00:00:07.500 --> 00:00:09.000
<v 1>The trains are the best part.</v>

4
00:00:09.000 --> 00:00:12.000
<v 0>They really are, always on time.</v>
"""


def test_a_capital_word_opening_a_voiced_cue_is_no_label() -> None:
    tree = encode(VTT_CAPITAL_WORD, "trains.vtt")
    words = said(tree)
    assert [who for who, _w in words] == ["#p-0", "#p-1", "#p-0"]
    assert "UK. And I still miss the trains" in words[0][1]


# Near misses: captions without voice tags, each cue opening with a name in capitals
# and a stop; and a name with its colon in an untagged cue among voiced ones.
CAPS_CAPTIONS = """WEBVTT

1
00:00:01.000 --> 00:00:03.000
CHAIR. The meeting will come to order.

2
00:00:03.500 --> 00:00:06.000
CLERK. All members are present.

3
00:00:06.500 --> 00:00:09.000
CHAIR. Then we begin with the minutes.
"""

VOICED_AND_COLON = """WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v Ana Ruiz>We moved to the coast in March.</v>

2
00:00:03.500 --> 00:00:05.000
BO KIM: Oh, when was that?

3
00:00:05.500 --> 00:00:07.000
<v Ana Ruiz>In the spring, after the storms.</v>
"""


def test_capital_labels_of_captions_without_voices_stay_labels() -> None:
    tree = encode(CAPS_CAPTIONS, "council.vtt")
    assert [who for who, _w in said(tree)] == ["#chair", "#clerk", "#chair"]
    tree = encode(VOICED_AND_COLON, "coast.vtt")
    assert [who for who, _w in said(tree)] == ["#ana-ruiz", "#bo-kim", "#ana-ruiz"]


# The same cut in SubRip captions, with a diariser's labels and with none.
SRT_CAPITAL_WORD = """1
00:00:01,000 --> 00:00:04,000
[SPEAKER_00]: We lived in Osaka and then moved back to the

2
00:00:04,000 --> 00:00:07,000
UK. And I still miss the trains there.

3
00:00:07,500 --> 00:00:09,000
[SPEAKER_01]: The trains are the best part.
"""


def test_a_capital_word_opening_a_subrip_cue_is_no_label() -> None:
    tree = encode(SRT_CAPITAL_WORD, "trains.srt")
    assert [who for who, _w in said(tree)] == ["#speaker-00", "#speaker-01"]
    unlabelled = "\n".join(line.split("]: ", 1)[-1] for line in SRT_CAPITAL_WORD.splitlines())
    assert turns(encode(unlabelled, "plain.srt")) == 0


# A6: a podcast site's transcript, "**Name** [m:ss] words", where the site's converter
# dropped the space after the bracket for one speaker ("[2:47]All the things.") or put
# a sound in brackets right after it ("[22:45][laughs]"), and a space inside one bracket.
BOLD_STAMPS_SPACING = """**Rosa** [0:00] Welcome back to Seed Swap, the gardening call-in show.

**Imre** [0:09]Thanks, Rosa. Today we talk about tomatoes.

**Rosa** [0:15] Tomatoes again!

**Imre** [0:17][laughs] Every single week.

**Rosa** [0:21 ] Fair enough, people love them.

**Imre** [0:25]Yes they do.
"""


def test_a_bold_name_and_bracketed_time_with_no_space_before_the_words() -> None:
    tree = encode(BOLD_STAMPS_SPACING, "seedswap.md")
    words = said(tree)
    assert [who for who, _w in words] == ["#rosa", "#imre"] * 3
    assert words[1][1] == "Thanks, Rosa. Today we talk about tomatoes."
    assert words[5][1] == "Yes they do."


# A near miss: a build's log, each step's time in brackets glued to its result.
BUILD_LOG = """Lint [00:00:04]ok
Tests [00:02:13]412 passed
Deploy [00:03:01]done
"""


def test_a_build_log_with_glued_times_is_no_transcript() -> None:
    assert turns(encode(BUILD_LOG, "build.txt")) == 0


# A7: an Otter export a podcast's editor went over: a few labels lost their time, the
# speaker's name alone over the words, among "Name  m:ss" labels of the same names.
UNTIMED_LABEL = """Rosa Lind  0:00
Welcome back to Seed Swap, the gardening call-in show.

Imre Kovacs  0:09
Thanks, Rosa. Today we talk about tomatoes.

Rosa Lind
Tomatoes again, every single week.

Imre Kovacs  0:17
People love them, what can I say.

Rosa Lind  0:21
Fair enough.
"""


def test_a_speakers_name_alone_among_its_timed_labels_is_its_label() -> None:
    tree = encode(UNTIMED_LABEL, "seedswap.txt")
    words = said(tree)
    assert [who for who, _w in words] == ["#rosa-lind", "#imre-kovacs"] * 2 + ["#rosa-lind"]
    assert words[2][1] == "Tomatoes again, every single week."


# Near misses: the name of a speaker heard once with a time (not an export's shape),
# and a letter's signature over a postscript.
ONCE_TIMED = """Rosa Lind  0:00
Welcome back to Seed Swap.

Imre Kovacs  0:09
Thanks. Today we talk about tomatoes.

Imre Kovacs  0:12
And about beans.

Rosa Lind
is the name on the seed packet, by the way.
"""

SIGNED_LETTER = """Dear members,

the swap moves to the library this month.

Rosa Lind
Secretary
"""


def test_a_name_alone_without_the_shape_stays_words() -> None:
    words = said(encode(ONCE_TIMED, "once.txt"))
    assert [who for who, _w in words] == ["#rosa-lind", "#imre-kovacs", "#imre-kovacs"]
    assert turns(encode(SIGNED_LETTER, "letter.txt")) == 0


# The same copy of today's posts: the dash with the time alone under the name.
DISCORD_TODAY = """Marta van Dijk
— 9:05 AM
Morning! The hall is booked for Friday.
Tomas Reyes
— 9:20 AM
Great, I will bring the chairs.
Marta van Dijk
— 9:31 AM
Thanks, see you there.
"""


def test_todays_discord_posts_under_a_dashed_time_alone() -> None:
    tree = encode(DISCORD_TODAY, "today.txt")
    assert [who for who, _w in said(tree)] == ["#marta-van-dijk", "#tomas-reyes", "#marta-van-dijk"]
    assert xp(tree, "//t:sp/t:speaker/t:time/text()") == ["9:05 AM", "9:20 AM", "9:31 AM"]
    words_back(tree, DISCORD_TODAY)


# A near miss: a day's programme, an item said twice, each over its round time.
PROGRAMME = """Conference day one

Keynote
— 9:00 AM
Opening remarks by the organisers.
Workshop
— 10:30 AM
Hands-on session in room B.
Keynote
— 2:00 PM
The closing talk.
"""


def test_a_programmes_items_over_round_times_are_no_posts() -> None:
    assert turns(encode(PROGRAMME, "programme.txt")) == 0


# A Discord copy whose members dress their names: an emoji, a tag in brackets.
DISCORD_DRESSED_NAMES = """Marta 🌻 — Today at 4:22 PM
The seed list is in the pinned post.
Tomas Reyes [HARBOR], ⭐ — Today at 4:23 PM
Thanks, I added the beans.
Marta 🌻 — Today at 4:27 PM
Perfect.
"""


def test_a_discord_name_with_an_emoji_or_a_tag_heads_its_post() -> None:
    tree = encode(DISCORD_DRESSED_NAMES, "seeds.txt")
    words = said(tree)
    assert [w for _who, w in words] == [
        "The seed list is in the pinned post.",
        "Thanks, I added the beans.",
        "Perfect.",
    ]
    assert words[0][0] == words[2][0] != words[1][0]


# A near miss: status lines with an emoji, words in small letters before the dash.
STATUS_LINES = """Backups finished ✅ — Today at 4:22 PM
All volumes copied.
Mirror synced ✅ — Today at 4:23 PM
No errors.
Backups finished ✅ — Today at 4:27 PM
All volumes copied again.
"""


def test_status_lines_with_an_emoji_are_no_posts() -> None:
    assert turns(encode(STATUS_LINES, "status.txt")) == 0
