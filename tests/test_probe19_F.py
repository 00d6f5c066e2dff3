"""Records of parliamentary debates as users copy them from monitoring sites and
official web pages, which a tester's probe (19, F) found misread. Small records
written for these tests (members, seats, parties, dates and words invented, in the
house styles found); every expectation was written from the record above it, by
reading."""

from __future__ import annotations

from test_exports_and_oral import encode, said, xp

# F1: a monitoring site's copy of a debate heads each contribution with the member's
# photograph's text, the word "Portrait" and the member line as the record prints it
# (a member with seat and party, an office and its holder, a name alone), over the
# site's row of links ("- Hansard - - - Excerpts") and the speech. Read as 0 turns.
PORTRAITS = """Harbour Dues

Orla Fenn Excerpts
Tuesday 4th March 2031

(1 year, 9 months ago)

Commons Chamber
Read Full debate Read Hansard Text Read Debate Ministerial Extracts
Tamsin Kerr Portrait Tamsin Kerr (Wexmouth North) (Lab)
- Hansard - - - Excerpts

4. What steps she is taking to reduce harbour dues for inshore fishing boats.

Orla Fenn Portrait The Parliamentary Under-Secretary of State for Harbours (Orla Fenn)
- Hansard - -

We are reviewing the dues with every harbour authority this spring.

Tamsin Kerr Portrait Tamsin Kerr
- Hansard - - - Excerpts

I thank the Minister, but the boats cannot wait for the spring.

Lord Pellow of Dunmere Portrait Lord Quarry of Treen (Con)
- Hansard - -

My Lords, I add only that the review should publish its figures.
"""


def test_a_sites_member_lines_over_its_links_open_the_turns() -> None:
    tree = encode(PORTRAITS)
    assert [who for who, _ in said(tree)] == [
        "#tamsin-kerr",
        "#orla-fenn",
        "#tamsin-kerr",
        "#quarry-of-treen",
    ]
    assert said(tree)[0][1].startswith("4. What steps she is taking")
    assert said(tree)[3][1].startswith("My Lords, I add only")
    # the photograph's text names no one who speaks; the links are no one's words
    assert xp(tree, "//t:person[contains(@xml:id, 'pellow')]") == []
    assert not any("Hansard - -" in text for _, text in said(tree))
    assert "(1 year, 9 months ago)" in xp(tree, "//t:note[@type='boilerplate']/text()")


# near misses: a portrait's caption over the links names no member, nor does a
# sentence with a parenthesis; without the links under it, "X Portrait Y" is no
# member line.
NO_LINKS = """Gallery notes

(Painted 2 years ago, in the east room.)

Self Portrait with a Lantern (1931)
- Hansard - -

The quay was busy that night (as the harbour master said)
- Hansard - - - Excerpts

Orla Fenn Portrait Tamsin Kerr
The painting hangs in the east room.

Tamsin Kerr: Shall we move on?
Orla Fenn: Yes.
Tamsin Kerr: Good.
"""


def test_a_portraits_caption_without_the_sites_links_is_no_label() -> None:
    tree = encode(NO_LINKS)
    assert [who for who, _ in said(tree)] == ["#tamsin-kerr", "#orla-fenn", "#tamsin-kerr"]
    texts = ["".join(p.itertext()) for p in xp(tree, "//t:body//t:p[not(ancestor::t:sp)]")]
    assert "Orla Fenn Portrait Tamsin Kerr" in texts
    assert "Self Portrait with a Lantern (1931)" in texts
    furniture = xp(tree, "//t:note[@type='boilerplate']/text()")
    assert "(Painted 2 years ago, in the east room.)" not in furniture


# F2: TheyWorkForYou's member line: the photograph's text, the name, then the party
# or the office and the time and day of the contribution, with a space between
# ("Photo of Ann Roe Ann Roe Plaid Cymru 5:33, 24 May 2017"); its line under the
# debate's title gives the chamber, the hour and the day. Read as 0 turns, undated.
PHOTOS = """4. Short Debate: Ferries to the Islands

– in the Senedd at 5:12 pm on 14 May 2031.

Alert me about debates like this

Photo of Morwen Pryce Morwen Pryce Plaid Cymru 5:12, 14 May 2031

I call the short debate, and Gethin Rowe to speak. Gethin Rowe.

Photo of Gethin Rowe Gethin Rowe Welsh Labour

Thank you, Llywydd. The ferries to the islands run twice a week in winter.

That is not enough for the schools.

Photo of Morwen Pryce Morwen Pryce Speaker 5:20, 14 May 2031

Thank you. That brings the short debate to a close.
"""


def test_a_sites_photo_line_with_the_name_twice_opens_a_turn() -> None:
    tree = encode(PHOTOS)
    assert [who for who, _ in said(tree)] == ["#morwen-pryce", "#gethin-rowe", "#morwen-pryce"]
    sps = xp(tree, "//t:sp")
    assert len(xp(sps[1], "t:p")) == 2  # both paragraphs are the member's
    assert xp(tree, "//t:profileDesc//t:creation/t:date/@when") == ["2031-05-14"]


# near misses: a photograph's caption whose words are not a name said twice, and a
# sentence with a dash and a day in it, stay text; the record is not dated by it.
CAPTIONS = """Photo of the harbour at dusk

Photo of Ann Roe and Ben Lee at the quay

He said – in the end on 4 May 2031 the ferry sailed.

Morwen Pryce: The ferry sailed late.
Gethin Rowe: It did.
Morwen Pryce: Thank you.
"""


def test_captions_and_a_sentence_with_a_day_stay_text() -> None:
    tree = encode(CAPTIONS)
    assert [who for who, _ in said(tree)] == ["#morwen-pryce", "#gethin-rowe", "#morwen-pryce"]
    assert xp(tree, "//t:profileDesc//t:creation/t:date/@when") == []
    assert xp(tree, "//t:person[contains(@xml:id, 'harbour')]") == []


# F3: an assembly's official report copied as one contribution: the sitting ("The
# Assembly met at …") over the chair's label said once. Read as 0 turns.
SITTING = """Official Report: Tuesday 11 March 2031
The Assembly met at 10:30 am (Mr Speaker in the Chair).
Members observed two minutes' silence.
Mr Speaker: Before we begin today's business, I will say a few words about the harbour bill.
I remind Members that points of order come after this item.
"""


def test_a_chairs_label_said_once_under_the_sitting_is_a_turn() -> None:
    tree = encode(SITTING)
    sps = xp(tree, "//t:sp")
    assert len(sps) == 1
    assert "".join(xp(sps[0], "t:speaker//text()")) == "Mr Speaker:"
    assert len(xp(sps[0], "t:p")) == 2


# near miss: under the same sitting, an agenda's field said once is no speaker.
SITTING_AGENDA = """Official Report: Tuesday 11 March 2031
The Assembly met at 10:30 am (Mr Speaker in the Chair).
Agenda: the harbour bill, then questions to the Minister for Roads.
Members observed two minutes' silence.
"""


def test_a_field_under_the_sitting_is_no_turn() -> None:
    tree = encode(SITTING_AGENDA)
    assert xp(tree, "//t:sp") == []


# F4: a monitoring site's page of one contribution: the photograph's text glued to
# the name, the office, then the site's links ("Photo of Ann RoeAnn Roe (Speaker)
# Share this | Hansard source"); notes of members calling out with no dash ("Mr Hale
# interjecting"); the business's headings under the date ("Questions without
# Notice" / "Ferries"). Read as 0 turns, the notes as words and the headings as a place.
ONE_CONTRIBUTION = """House debates

Tuesday, 11 March 2031

Questions without Notice

Ferries

2:41 pm

Photo of Ada QuillAda Quill (Speaker) Share this | Hansard source

The member for Wexmouth will resume his seat.

Mr Hale interjecting

I say to the member for Wexmouth that the ferry timetable is not a prop.

Government members interjecting

The minister has the call.
"""


def test_a_sites_one_contribution_with_its_notes_of_interjections() -> None:
    tree = encode(ONE_CONTRIBUTION)
    sps = xp(tree, "//t:sp")
    assert [sp.get("who") for sp in sps] == ["#ada-quill"]
    stages = ["".join(s.itertext()) for s in xp(sps[0], "t:stage")]
    assert stages == ["Mr Hale interjecting", "Government members interjecting"]
    assert len(xp(sps[0], "t:p")) == 3
    assert xp(tree, "//t:profileDesc//t:placeName") == []
    assert xp(tree, "//t:profileDesc//t:creation/t:date/@when") == ["2031-03-11"]


# near miss: a speech's line that ends on the word without a name or members before
# it stays the speaker's words.
SENTENCE = """Ada Quill: Order.

Nobody likes interjecting

Ben Hale: Agreed.

Ada Quill: Thank you.
"""


def test_a_sentence_ending_on_interjecting_stays_words() -> None:
    tree = encode(SENTENCE)
    first = xp(tree, "//t:sp")[0]
    assert ["".join(p.itertext()) for p in xp(first, "t:p")] == [
        "Order.",
        "Nobody likes interjecting",
    ]
    assert xp(tree, "//t:stage") == []


# F5: a parliament's official report on the web sets the time a member rose alone
# over the member's line ("14:21" / "Ann Roe (Fife) (Con)"). Read as the words of the
# speech before it.
TIMED_MEMBER = """Meeting of the Parliament

Meeting date: Tuesday, March 11, 2031

Harbour Dues

The Presiding Officer (Ada Quill)

The next item of business is a debate on harbour dues. I call Tamsin Kerr to open the debate.

14:21

Tamsin Kerr (Wexmouth North) (Lab)

The dues have doubled in two years.

14:29

Orla Fenn (Treen) (Con)

They have, and the boats have halved.
"""


def test_a_time_alone_over_a_members_line_is_the_time_the_member_rose() -> None:
    tree = encode(TIMED_MEMBER)
    assert [who for who, _ in said(tree)] == ["#ada-quill", "#tamsin-kerr", "#orla-fenn"]
    first = xp(tree, "//t:sp")[0]
    assert ["".join(p.itertext()) for p in xp(first, "t:p")][-1].startswith("The next item")
    assert xp(tree, "//t:timeline/t:when/@absolute") == ["14:21:00", "14:29:00"]


# near miss: a time alone over a sentence stays where it stands; no member line
# under it, no turn's time.
TIME_OVER_WORDS = """The Presiding Officer (Ada Quill)

The debate will resume at

14:21

after the suspension. Tamsin Kerr (Wexmouth North) (Lab)

Orla Fenn (Treen) (Con)

Thank you.
"""


def test_a_time_over_words_is_no_turns_time() -> None:
    tree = encode(TIME_OVER_WORDS)
    assert xp(tree, "//t:timeline/t:when/@absolute") == []


# F6: a parliament's search page of one member's contributions: each result headed by
# the meeting, the item of business and its date field, the member's name alone
# under them, then the contribution. Read as 0 turns.
RESULTS = """Official Report: search what was said in Parliament

Displaying 3 contributions

Meeting of the Parliament

Harbour Dues

Meeting date: 4 March 2031

Ada Quill

That concludes the statement on harbour dues.

Meeting of the Parliament

Decision Time

Meeting date: 4 March 2031

Ada Quill

The result of the division is: For 60, Against 58.

Motion agreed to.

Meeting of the Parliament

Ferries to the Islands

Meeting date: 5 March 2031

Ada Quill

I call Tamsin Kerr to open the debate.
"""


def test_a_search_pages_name_under_each_results_date_opens_a_turn() -> None:
    tree = encode(RESULTS)
    assert [who for who, _ in said(tree)] == ["#ada-quill"] * 3
    second = xp(tree, "//t:sp")[1]
    assert ["".join(p.itertext()) for p in xp(second, "t:p")] == [
        "The result of the division is: For 60, Against 58."
    ]
    # (the record's decision after it is the record's line, not the chair's words)
    assert "Motion agreed to." in ["".join(s.itertext()) for s in xp(tree, "//t:stage")]
    heads = ["".join(h.itertext()) for h in xp(tree, "//t:head")]
    assert "Decision Time" in heads and "Ferries to the Islands" in heads


# near miss: minutes with one date field over a name (the clerk who took them) are
# no search page: the name is no label.
MINUTES = """Harbour Committee

Meeting date: 4 March 2031

Ada Quill

Present: Tamsin Kerr, Orla Fenn.

The committee agreed the dues.
"""


def test_one_date_field_over_a_name_is_no_results_page() -> None:
    tree = encode(MINUTES)
    assert xp(tree, "//t:sp") == []


# F7: a record's note that the chair changes hands, on a line of its own inside a
# speech ("The Deputy Presiding Officer took the Chair."), was read as the member's
# words; the site's "Alert me about debates like this", "Loading…" and "Chamber and
# committees" were read as text (the last as the record's title).
CHAIR_CHANGE = """Loading…

Chamber and committees

Meeting of the Parliament

Meeting date: Tuesday, March 11, 2031

Alert me about debates like this

The Presiding Officer (Ada Quill)

I call Tamsin Kerr.

Tamsin Kerr (Wexmouth North) (Lab)

The dues have doubled.

The Deputy Presiding Officer took the Chair.

The boats have halved.

The Deputy Presiding Officer (Orla Fenn)

Thank you.
"""


def test_a_change_of_chair_is_the_records_note_and_site_lines_are_furniture() -> None:
    tree = encode(CHAIR_CHANGE)
    assert [who for who, _ in said(tree)] == ["#ada-quill", "#tamsin-kerr", "#orla-fenn"]
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:sp//t:stage")]
    assert stages == ["The Deputy Presiding Officer took the Chair."]
    member = xp(tree, "//t:sp")[1]
    assert ["".join(p.itertext()) for p in xp(member, "t:p")] == [
        "The dues have doubled.",
        "The boats have halved.",
    ]
    assert xp(tree, "//t:titleStmt/t:title/text()") == ["Meeting of the Parliament"]
    furniture = xp(tree, "//t:note[@type='boilerplate']/text()")
    assert furniture == ["Loading…", "Chamber and committees", "Alert me about debates like this"]


# near miss: a sentence about the chair that goes on is the speaker's words.
CHAIR_WORDS = """Ada Quill: Order.

The Deputy Presiding Officer took the Chair of the committee last year.

Tamsin Kerr: Thank you.

Ada Quill: Next.
"""


def test_a_sentence_about_the_chair_stays_words() -> None:
    tree = encode(CHAIR_WORDS)
    assert xp(tree, "//t:stage") == []


# F8: a Landtag's web page of one contribution: the chair's office and name alone
# with a colon over the words, the page's only label. Read as 0 turns.
ONE_CHAIR = """Plenarsitzung

Transkript

Vizepräsidentin Dr. Ada Quellmann:

Wir treten in das Abstimmungsverfahren ein.

Wer dem Antrag zustimmt, den bitte ich um das Kartenzeichen. - Das ist die Mehrheit.
"""


def test_a_chairs_office_and_name_alone_once_is_a_turn() -> None:
    tree = encode(ONE_CHAIR)
    sps = xp(tree, "//t:sp")
    assert [sp.get("who") for sp in sps] == ["#ada-quellmann"]
    assert len(xp(sps[0], "t:p")) == 2


# near miss: an office without a name alone with its colon ("Präsident des Vereins:")
# over a line is a field of a club's notes, no turn.
CLUB = """Vorstand

Präsident des Vereins:

Jonas Feld, seit 2029.
"""


def test_an_office_without_a_name_alone_is_no_turn() -> None:
    tree = encode(CLUB)
    assert xp(tree, "//t:sp") == []


# F9: a news site's copy of a parliament's questions sets its advertisement slot
# and paywall banner among the record's lines; they were read as the minister's
# words and the record's title.
ADVERTISED = """Harbourside News has an Ethical Paywall
Licence needed for work use Learn More

Sitting date: 11 March 2031

1. TAMSIN KERR (Labour) to the Minister for Harbours: Will the dues fall?

Hon ORLA FENN (Minister for Harbours): They will, from July.

Advertisement - scroll to continue reading

Tamsin Kerr: By how much?

Hon ORLA FENN: By a fifth.
"""


def test_a_news_sites_advertisement_slot_is_furniture() -> None:
    tree = encode(ADVERTISED)
    assert [who for who, _ in said(tree)] == [
        "#tamsin-kerr",
        "#orla-fenn",
        "#tamsin-kerr",
        "#orla-fenn",
    ]
    assert said(tree)[1] == ("#orla-fenn", "They will, from July.")
    furniture = xp(tree, "//t:note[@type='boilerplate']/text()")
    assert "Advertisement - scroll to continue reading" in furniture
    assert "Harbourside News has an Ethical Paywall" in furniture


# near miss: a sentence that opens with the word is the speaker's.
ADVERT_WORDS = """Tamsin Kerr: Was the post advertised?

Orla Fenn: It was.

Advertisement of the post ran for a month.

Tamsin Kerr: Thank you.
"""


def test_a_sentence_about_an_advertisement_stays_words() -> None:
    tree = encode(ADVERT_WORDS)
    assert xp(tree, "//t:note[@type='boilerplate']") == []


# F10: an assembly's sitting opens with the members' silence before its business;
# "Members observed two minutes' silence." and "The Assembly met at …" were read as
# paragraphs of text, the heading of the business too.
OPENING = """Official Report: Monday 10 March 2031

The Assembly met at 12:00 pm (Mr Speaker in the Chair).

Members observed two minutes' silence.

Assembly Business

Mr Speaker: Good afternoon, Members. I have received notice of a petition.

Ms Tamsin Kerr: On a point of order, Mr Speaker.

Mr Speaker: I will take it after the petition.
"""


def test_an_assemblys_silence_is_the_sittings_narration() -> None:
    tree = encode(OPENING)
    assert len(xp(tree, "//t:sp")) == 3
    stages = ["".join(s.itertext()) for s in xp(tree, "//t:body//t:stage")]
    assert "Members observed two minutes' silence." in stages
    assert "The Assembly met at 12:00 pm (Mr Speaker in the Chair)." in stages
    assert ["".join(h.itertext()) for h in xp(tree, "//t:head")] == ["Assembly Business"]


# near miss: members observing something else is a sentence of the text.
OBSERVED = """Harbour notes

Members observed the vote closely.

Tamsin Kerr: Shall we begin?
Orla Fenn: Yes.
Tamsin Kerr: Good.
"""


def test_members_observing_something_else_is_text() -> None:
    tree = encode(OBSERVED)
    assert xp(tree, "//t:stage") == []


# F11: a site's list of members' contributions sets each under the avatar's
# initials and the name alone ("AD" / "Ada Dunmore" / the words). The initials
# were read as call signs, the name as the first words.
AVATARS = """TK
Tamsin Kerr
If she will make a statement on harbour dues.
OF
Orla Fenn
The dues will fall by a fifth from July.
TK
Tamsin Kerr
Will the Minister meet the harbour masters?
OF
Orla Fenn
I will, next week.
"""


def test_a_name_under_its_avatars_initials_is_the_label() -> None:
    tree = encode(AVATARS)
    assert said(tree) == [
        ("#tamsin-kerr", "If she will make a statement on harbour dues."),
        ("#orla-fenn", "The dues will fall by a fifth from July."),
        ("#tamsin-kerr", "Will the Minister meet the harbour masters?"),
        ("#orla-fenn", "I will, next week."),
    ]
    assert xp(tree, "//t:note[@type='boilerplate']/text()") == ["TK", "OF", "TK", "OF"]


# near miss: an abbreviation over its expansion, once, beside one such pair, is a
# glossary's, no avatar's.
GLOSSARY = """Terms

UK
United Kingdom

TK
Tamsin Kerr

Tamsin Kerr: Shall we begin?
Orla Fenn: Yes.
Tamsin Kerr: Good.
"""


def test_an_abbreviation_over_its_expansion_is_no_avatar() -> None:
    tree = encode(GLOSSARY)
    assert [who for who, _ in said(tree)] == ["#tamsin-kerr", "#orla-fenn", "#tamsin-kerr"]
    assert xp(tree, "//t:note[@type='boilerplate']") == []


# F12: a news site's copy heads the record with its section's word and its menu
# ("Parliament" / "Ada Quill | Parliament TV | Today | Video | Search") over the
# record's title: the menu was read as the title, or, under the section word, no
# title was read at all.
SECTION = """Parliament

Ada Quill | Parliament TV | Parliament Today | Video | Questions Of the Day | Search

Oral Questions — Questions To Ministers | Sitting Date: 11 March 2031

Sitting date: 11 March 2031

1. TAMSIN KERR (Labour) to the Minister for Harbours: Will the dues fall?

Hon ORLA FENN (Minister for Harbours): They will, from July.

Tamsin Kerr: By how much?

Hon ORLA FENN: By a fifth.
"""


def test_a_sites_section_word_and_menu_leave_the_title_to_the_record() -> None:
    tree = encode(SECTION)
    assert xp(tree, "//t:titleStmt/t:title/text()") == [
        "Oral Questions — Questions To Ministers | Sitting Date: 11 March 2031"
    ]
    menu = "Ada Quill | Parliament TV | Parliament Today | Video | Questions Of the Day | Search"
    assert menu in xp(tree, "//t:note[@type='boilerplate']/text()")
    assert len(xp(tree, "//t:sp")) == 4


# near miss: a row of names set apart by bars is a list of who came, no menu.
NAMES_ROW = """Harbour committee, 11 March 2031

Tamsin Kerr | Orla Fenn | Ada Quill | Ben Hale | Cy Dunmore

Tamsin Kerr: Shall we begin?
Orla Fenn: Yes.
Tamsin Kerr: Good.
"""


def test_a_row_of_names_set_apart_by_bars_is_no_menu() -> None:
    tree = encode(NAMES_ROW)
    assert xp(tree, "//t:note[@type='boilerplate']") == []


# F13: a site's empty comments box after the record ("No comments") and a German
# cookie banner over it were read as the last speaker's words and the first line.
BOXED = """Cookies helfen uns bei der Weiterentwicklung und Bereitstellung der Webseite.

Vizepräsidentin Dr. Ada Quellmann:

Wir treten in das Abstimmungsverfahren ein.

No comments
"""


def test_a_cookie_banner_and_an_empty_comments_box_are_furniture() -> None:
    tree = encode(BOXED)
    sps = xp(tree, "//t:sp")
    assert ["".join(p.itertext()) for p in xp(sps[0], "t:p")] == [
        "Wir treten in das Abstimmungsverfahren ein."
    ]
    furniture = xp(tree, "//t:note[@type='boilerplate']/text()")
    assert "No comments" in furniture
    assert furniture[0].startswith("Cookies helfen uns")


# near miss: a speaker who has no comments says so.
NO_COMMENT = """Ada Quill: Any comments on the dues?

Tamsin Kerr: No comments from me.

Ada Quill: Thank you.
"""


def test_no_comments_said_in_a_turn_stays_words() -> None:
    tree = encode(NO_COMMENT)
    assert said(tree)[1] == ("#tamsin-kerr", "No comments from me.")
    assert xp(tree, "//t:note[@type='boilerplate']") == []
