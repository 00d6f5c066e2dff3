"""Cases the coordinator mended in session 16, each beside a text of the same look
that must not be read the new way. All texts written for these tests."""

from __future__ import annotations

from test_exports_and_oral import encode, same_words, xp

from encoder.tei import TEI_NS

# A US briefing's page: the date in the title in numbers only, month first, and
# the time it began in a US zone under it.
US_BRIEFING = """Office of the Press Secretary

Press Briefing by Press Secretary Dana Wells, 7/9/2019

Briefing Room

1:05 P.M. EDT

MS. WELLS:  Good afternoon, everyone.
Q    Thanks, Dana.  On the harbour bill?
MS. WELLS:  We expect a vote on Thursday.
"""


def _header_days(tree: object) -> set[str]:
    return {str(d) for d in xp(tree, "//t:teiHeader//t:date/@when")}


def test_a_numeric_title_date_over_a_us_clock_is_read_month_first() -> None:
    tree = encode(US_BRIEFING, "briefing.txt")
    assert "2019-07-09" in _header_days(tree)
    assert "2019-09-07" not in _header_days(tree)
    same_words(tree, US_BRIEFING)


def test_a_numeric_title_date_without_a_us_clock_stays_undated() -> None:
    # the same title over a clock of no zone: 7/9 may be either day, so neither is read
    text = US_BRIEFING.replace("1:05 P.M. EDT", "(1.05 pm)")
    days = _header_days(encode(text, "briefing.txt"))
    assert "2019-07-09" not in days
    assert "2019-09-07" not in days


def test_a_date_that_is_no_day_stays_undated_under_a_us_clock() -> None:
    text = US_BRIEFING.replace("7/9/2019", "2/30/2019")
    days = _header_days(encode(text, "briefing.txt"))
    assert not any(d.startswith("2019-02") or d.startswith("2019-03") for d in days)


def test_an_unambiguous_date_in_the_title_is_read_as_before() -> None:
    # a day over 12 says the order itself, zone or none
    text = US_BRIEFING.replace("7/9/2019", "7/19/2019").replace("1:05 P.M. EDT", "(1.05 pm)")
    assert "2019-07-19" in _header_days(encode(text, "briefing.txt"))


# A page's number between the two halves of a sentence, blank lines around it,
# as a transcript copied from a paginated PDF has it.
CUT_BY_A_PAGE = """Interview with Ruth Okafor
Interviewer: Sam Lind

LIND: Where did you grow up?

OKAFOR: In a small town by the river. My father kept the ferry, and we all decided to go

Page 2

there, to the city, because the ferry closed.

LIND: What was the city like?

OKAFOR: Loud.

Page 3

I missed the river.
"""


def _paragraphs(tree: object) -> list[str]:
    return ["".join(p.itertext()) for p in xp(tree, "//t:body//t:sp/t:p")]


def test_a_sentence_cut_by_a_page_is_one_paragraph_with_the_break_inside() -> None:
    tree = encode(CUT_BY_A_PAGE, "okafor.txt")
    paragraphs = _paragraphs(tree)
    assert (
        "In a small town by the river. My father kept the ferry, and we all decided to go "
        "Page 2there, to the city, because the ferry closed."
    ) in paragraphs
    cut = [p for p in xp(tree, "//t:sp/t:p") if "decided to go" in "".join(p.itertext())]
    assert [b.get("n") for b in xp(cut[0], "t:pb")] == ["2"]
    same_words(tree, CUT_BY_A_PAGE)


def test_a_page_after_a_finished_sentence_opens_a_paragraph() -> None:
    # "Loud." ends its sentence; "I missed the river." opens a paragraph of its own
    paragraphs = _paragraphs(encode(CUT_BY_A_PAGE, "okafor.txt"))
    assert "Loud." in paragraphs
    assert any(p.endswith("I missed the river.") and "Loud" not in p for p in paragraphs)


def test_a_label_after_a_page_is_never_carried_into_the_sentence_before() -> None:
    # a label in capitals, and a handle's label in small letters, each open their line
    for label in ("LIND: there", "ana: there"):
        text = CUT_BY_A_PAGE.replace("there, to the city", label + ", to the city")
        tree = encode(text, "okafor.txt")
        assert not any("decided to go Page 2" in p for p in _paragraphs(tree)), label


# A printed play's prefixes of several of one kind, numbered without a stop after
# the number ("1 NEI.", "2 NEI."), and some of them speaking together ("1, 2, 4 NEI.").
NUMBERED_PREFIXES = """THE CLOCKMAKER

DRAMATIS PERSONAE

  TOBIAS, a clockmaker.
  MERCY, his wife.
  NEIGHBOURS.

ACT 1. SCENE 1.1.

  ENTER TOBIAS, WITH SEVERAL OF THE NEIGHBOURS.

  TOB. Has there been such noise, say you?

  1 NEI. Daily, sir.

  2 NEI. And nightly, too.

  4 NEI. Ay, some as loud as bells.

  TOB. And no man stirred?

  1 NEI. Not one.

  1, 2, 4 NEI. We heard it all.

  MER. Tobias, come in.
"""


def _speeches(tree: object) -> list[tuple[str, str]]:
    return [
        (sp.get("who") or "", "".join(sp.find("t:speaker", {"t": TEI_NS}).itertext()))
        for sp in xp(tree, "//t:body//t:sp")
    ]


def test_numbered_prefixes_without_a_stop_open_speeches_of_the_group_s_members() -> None:
    tree = encode(NUMBERED_PREFIXES, "clock.txt")
    speeches = _speeches(tree)
    assert [s for _, s in speeches] == [
        "TOB.",
        "1 NEI.",
        "2 NEI.",
        "4 NEI.",
        "TOB.",
        "1 NEI.",
        "1, 2, 4 NEI.",
        "MER.",
    ]
    who = dict((s, w) for w, s in speeches)
    assert who["1 NEI."] == "#first-neighbour"
    assert who["1, 2, 4 NEI."].split() == [
        "#first-neighbour",
        "#second-neighbour",
        "#fourth-neighbour",
    ]
    same_words(tree, NUMBERED_PREFIXES)


def test_a_verse_line_s_number_is_no_prefix() -> None:
    # a line's number before its verse, no stop, the verse in small letters after a
    # capital: "10 That will be ere the set of sun" goes on with the speech
    text = NUMBERED_PREFIXES.replace(
        "  TOB. And no man stirred?",
        "  TOB. And no man stirred?\n  10 That will be ere the set of sun.",
    )
    speeches = [s for _, s in _speeches(encode(text, "clock.txt"))]
    assert "10" not in speeches and not any(s.startswith("10") for s in speeches)
    assert speeches.count("TOB.") == 2


# Names in capitals alone over their speeches, as Methuen set Wilde's verse plays;
# some speakers named with an article ("A VOICE OUTSIDE", "A CITIZEN").
NAMES_WITH_AN_ARTICLE = """THE LANTERN

THE PERSONS OF THE PLAY

GUIDO, a lamplighter
BEATRICE, his sister
CITIZENS, SOLDIERS

ACT I

A STREET

GUIDO

   The lamps are out along the quay tonight.

BEATRICE

   Then light them, brother, ere the watch comes by.

A VOICE OUTSIDE

   Room for the watch!

GUIDO

   They come too soon.

A CITIZEN

   The Duke is on the bridge!

BEATRICE

   Then all is lost.
"""


def test_a_name_alone_with_an_article_opens_a_speech() -> None:
    tree = encode(NAMES_WITH_AN_ARTICLE, "lantern.txt")
    speakers = [s for _, s in _speeches(tree)]
    assert speakers == ["GUIDO", "BEATRICE", "A VOICE OUTSIDE", "GUIDO", "A CITIZEN", "BEATRICE"]
    same_words(tree, NAMES_WITH_AN_ARTICLE)


def test_a_place_with_an_article_under_the_act_stays_the_setting() -> None:
    tree = encode(NAMES_WITH_AN_ARTICLE, "lantern.txt")
    assert [s.text for s in xp(tree, "//t:stage[@type='setting']")] == ["A STREET"]


# A chat copied as text: each line a handle in small letters, a colon, the words.
HANDLES_CHAT = """Build channel, 3 May

ana: shall we start with the build
bo: yes, the build broke again on friday
ana: what broke?
bo: the cache step, it timed out twice
cy: I can look at it after lunch
ana: thanks cy
"""


def test_handles_in_small_letters_label_a_chat_s_lines() -> None:
    tree = encode(HANDLES_CHAT, "build.txt")
    assert [s for _, s in _speeches(tree)] == ["ana:", "bo:", "ana:", "bo:", "cy:", "ana:"]
    first = xp(tree, "//t:body//t:sp[1]/t:p")[0]
    assert "".join(first.itertext()) == "shall we start with the build"
    same_words(tree, HANDLES_CHAT)


def test_notes_whose_lines_open_with_a_word_and_a_colon_have_no_speakers() -> None:
    notes = """Release checklist

note: tag the release first
tip: run the tests twice
note: the cache may be cold
tip: keep the old runner
"""
    assert _speeches(encode(notes, "checklist.txt")) == []


def test_two_handles_in_a_page_of_prose_are_no_chat() -> None:
    text = "\n\n".join(
        ["The build broke on Friday and nobody noticed until Monday morning."] * 5
        + ["ana: shall we start", "bo: yes", "ana: go", "bo: ok"]
    )
    assert _speeches(encode(text + "\n", "essay.txt")) == []


# WeeChat's log: the day and the time, a tab, the nick, a tab, the message.
WEECHAT_LOG = (
    "2024-05-01 10:02:11\tana\tshall we start with the build?\n"
    "2024-05-01 10:02:40\t-->\tcy (~cy@host) has joined #build\n"
    "2024-05-01 10:02:52\t@bo\tyes, it broke again on friday\n"
    "2024-05-01 10:03:02\tana\twhat broke?\n"
    "2024-05-01 10:03:30\t@bo\tthe cache step\n"
)


def test_a_weechat_log_s_lines_are_the_nicks_turns() -> None:
    tree = encode(WEECHAT_LOG, "build.log.txt")
    whos = [w for w, _ in _speeches(tree)]
    assert whos == ["#ana", "#bo", "#ana", "#bo"]
    times = [t.text for t in xp(tree, "//t:sp/t:speaker/t:time")]
    assert times[0] == "2024-05-01 10:02:11"
    same_words(tree, WEECHAT_LOG)


def test_a_table_of_readings_with_a_day_and_a_tab_is_no_log() -> None:
    table = "".join(f"2024-05-01 10:0{i}:00\tpump_{i % 2}\t{40 + i}\n" for i in range(5))
    assert _speeches(encode(table, "readings.txt")) == []


# A chat's copy that heads each message with the poster's name, a comma and the time.
COMMA_TIMED_POSTS = """Ana Ruiz, 10:02 AM
Shall we begin with the moorings?

Bo Lee, 10:03 AM
Yes. The list came in on Monday.

Ana Ruiz, 10:04 AM
Thank you, go on.

Bo Lee, 10:05 AM
Three boats are late.
"""


def test_a_name_a_comma_and_a_time_alone_head_a_post() -> None:
    tree = encode(COMMA_TIMED_POSTS, "chat.txt")
    assert [w for w, _ in _speeches(tree)] == ["#ana-ruiz", "#bo-lee", "#ana-ruiz", "#bo-lee"]
    same_words(tree, COMMA_TIMED_POSTS)


def test_a_day_s_programme_with_commas_before_its_times_has_no_speakers() -> None:
    programme = """Harbour open day

Registration, 09:00 AM
Coffee in the boathouse.

Welcome, 09:30 AM
The harbour master opens the day.

Tours, 10:00 AM
Three boats leave from the east quay.
"""
    assert _speeches(encode(programme, "openday.txt")) == []


# A transcript whose times stand before the labels with a dash between.
DASHED_STAMPS = """00:00:03 - Ana Ruiz: Shall we begin with the moorings?
00:00:09 - Bo Lee: Yes. The list came in on Monday.
00:00:15 - Ana Ruiz: Thank you, go on.
00:00:21 - Bo Lee: Three boats are late.
"""


def test_a_time_a_dash_and_a_label_open_a_turn() -> None:
    tree = encode(DASHED_STAMPS, "moorings.txt")
    assert [w for w, _ in _speeches(tree)] == ["#ana-ruiz", "#bo-lee", "#ana-ruiz", "#bo-lee"]
    assert [t.text for t in xp(tree, "//t:sp/t:speaker/t:time")][:2] == ["00:00:03", "00:00:09"]
    same_words(tree, DASHED_STAMPS)


def test_a_programme_of_times_and_dashes_has_no_speakers() -> None:
    programme = "09:00 - Doors open\n09:30 - Welcome: the harbour master\n10:00 - Boat tours\n"
    assert _speeches(encode(programme, "openday.txt")) == []


# A chat bridged from another network: display names with spaces in angle brackets.
BRIDGED_NAMES = """<Ana Ruiz> shall we start with the build?
<Bo Lee> yes, it broke again on friday
<Ana Ruiz> what broke?
<Bo Lee> the cache step
"""


def test_display_names_in_angle_brackets_are_the_speakers() -> None:
    tree = encode(BRIDGED_NAMES, "bridge.txt")
    assert [w for w, _ in _speeches(tree)] == ["#ana-ruiz", "#bo-lee", "#ana-ruiz", "#bo-lee"]
    same_words(tree, BRIDGED_NAMES)
