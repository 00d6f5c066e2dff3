"""The table of line patterns: one named pattern per kind of line.

Nothing here names a person, a date or a title of any one document; these
are the shapes such lines take in transcripts copied from archives' pages.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from typing import Final

from .. import recache
from ..lazyre import LazyPattern
from ..model import MetadataKind
from .vocab import (
    ACTIVE_PROCEEDINGS,
    AGENDA_ITEM_WORDS,
    BRACKET_GRADES,
    BUSINESS_STAGES,
    COURT_TITLES,
    DUTCH_ARTICLE_LEADS,
    HOLDER_LEADS,
    HONORIFICS,
    LOWER_ROLE_LABELS,
    MONTH_NAMES,
    NAME_PARTICLES,
    OTHER_MONTHS,
    PASSIVE_PROCEEDINGS,
    POST_NOMINAL_DEGREES,
    RANK_ABBREVIATIONS,
    SPEECH_TAG_VERBS,
    TIME_ZONES,
    US_STATES,
)


def _letter_class(test: str) -> str:
    """A regex character class of the Latin, Greek and Cyrillic letters for
    which ``str.<test>()`` holds, so labels in "MÜLLER." or "ХРУЩЕВ." work."""
    chars = [chr(c) for c in range(0x41, 0x530) if getattr(chr(c), test)()]
    ranges: list[str] = []
    start = prev = ord(chars[0])
    for char in [*chars[1:], "\uffff"]:
        code = ord(char)
        if code != prev + 1:
            ranges.append(
                re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else "")
            )
            start = code
        prev = code
    return "[" + "".join(ranges) + "]"


UP: Final = _letter_class("isupper")  # an upper-case letter
LOW: Final = _letter_class("islower")  # a lower-case letter
# A letter of a script with no capitals, as names in Hebrew, Arabic, the Indic
# scripts, Thai, Korean and Japanese kana are written (Han is apart: see COLON_LABEL)
CASELESS: Final = (
    "[\u05b0-\u05c7\u05d0-\u05ea\u0621-\u065f\u0671-\u06d3"
    "\u0900-\u0dff\u0e01-\u0e4e\u3041-\u30ff\uac00-\ud7af]"
)
# A name of one to five words in such letters: "דנה לוי", "היו\"ר דנה לוי" (an
# abbreviation's quotation mark or geresh inside a word), "김민준", "さくら"
CASELESS_NAME: Final = (
    rf"{CASELESS}(?:{CASELESS}|[\"'\u05f3\u05f4-](?={CASELESS}))*"
    rf"(?:[ \u00a0]{CASELESS}(?:{CASELESS}|[\"'\u05f3\u05f4-](?={CASELESS}))*){{0,4}}"
)


MONTHS: Final = {name: number for number, names in enumerate(MONTH_NAMES, 1) for name in names}
_MONTH: Final = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    # in capitals, as press offices date their transcripts: "JULY 12, 2023"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER"
    # shortened in capitals, as an aviation record dates it: "19 JUL 2000"
    r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?"
)
# Month names of other languages, any case: "août", "August", "agosto", "августа".
# Longest first; names of one length in a fixed order, so that the pattern's
# text is the same in every process (a set's order changes with the hash seed).
_OTHER_MONTH: Final = (
    "(?i:" + "|".join(sorted(OTHER_MONTHS, key=lambda name: (-len(name), name))) + ")"
)
_ORDINAL: Final = r"(?:st|nd|rd|th)?"  # "6th April 2025", "April 6th, 2025"
DATE: Final = (
    # (a meeting over two days, the first: "February 3-4, 1994", an FOMC transcript's)
    rf"(?:{_MONTH}\s+\d{{1,2}}{_ORDINAL}(?:[-–]\d{{1,2}})?,?\s+\d{{4}}"  # August 1, 1958
    rf"|\d{{1,2}}{_ORDINAL}\s+{_MONTH},?\s+\d{{4}}"  # 1 August 1958
    r"|\d{4}-\d{2}-\d{2}"  # 1958-08-01
    r"|\d{4}/\d{2}/\d{2}"  # 2024/11/21, as meeting programs write the year first
    r"|\d{4}年\d{1,2}月\d{1,2}日"  # 2006年10月11日
    # numbers only where the order cannot be mistaken: 17.05.2022 (day first, as
    # German and French records write it), 14/11/2023 or 08/21/2025 (a day over 12)
    r"|\d{1,2}\.\d{1,2}\.\d{4}"
    r"|(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d{4}"
    r"|(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d{4}"
    rf"|{_MONTH}\s+\d{{4}}"  # August 1958
    # 1er août 1958, 1. August 1958, 1 de agosto de 1958, 1 августа 1958 г.
    rf"|\d{{1,2}}(?:er|\.|º|°)?\s+(?:de\s+)?{_OTHER_MONTH}\s+(?:de\s+)?\d{{4}}(?:\s*г\.?)?)"
)
_WEEKDAY: Final = (
    # (in capitals too, as a hearing's cover sets its date: "MONDAY, MAY 7, 2001")
    r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY"
    r"|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+"
    # a German record's "Freitag, den 18. Juni 2010"
    r"|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag),?\s+(?:den\s+)?"
    # a French or Spanish record's "mercredi 28 juin 2006", "miércoles, 20 de junio de 2007"
    r"|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo"
    # a Catalan or Galician record's "dimarts 2 de novembre de 2021", "xoves, 4 de xullo"
    r"|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge"
    r"|luns|m[ée]rcores|xoves|venres),?\s+"
    # an Irish record's "Dé Céadaoin, 6 Deireadh Fómhair 2021", "Déardaoin, 18 Samhain 2021"
    r"|(?:Dé (?:Luain|Máirt|Céadaoin|hAoine|Sathairn|Domhnaigh)|Déardaoin),?\s+)"
)
# What a sitting's date line says before the day: "1ère séance du mercredi …",
# "Séance du mardi …", "Sesión celebrada el jueves, …", "celebrada el miércoles, …".
_SITTING_OF: Final = (
    r"(?:(?:\d{1,2}(?:ère|re|e|ª|a)?\s+)?(?i:séance|sesión|sitting)\s+(?:du|of|de)\s+"
    r"|(?:(?i:sesión)\s+)?(?i:celebrada)\s+el\s+"
    # a Catalan record's "Sessió 16, primera reunió, dimarts …"; a Brazilian's
    # "Em 16 de setembro de 2025" (on)
    r"|Sessió\s+\d{1,3}(?:,\s+[^\W\d_]+\s+reunió)?,\s+|Em\s+"
    # a parliament's web report: "Meeting of the Parliament 3 March 2021" (behind a
    # bullet in the old copy: "• Meeting of the Parliament …")
    r"|(?:[•·▪◦‣]\s+)?Meeting of the [A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,3}\s+"
    # a monitoring site's line under a debate's title: the business, the chamber, the
    # hour and the day ("Private Members' Business – in the Senedd at 5:33 pm on ")
    r"|(?:[A-Z][^–\n]{0,80} )?–\s+in the [A-Z][\w’'-]*(?: (?:of )?[A-Z][\w’'-]*){0,4}"
    r"(?:\s+at\s+\d{1,2}[:.]\d{2}\s?[ap]m)?\s+on\s+)"
)
DATE_IN_TEXT: Final = LazyPattern(DATE)
# A time of day may follow, as meeting programs write it: "March 12, 2024, 9:03AM".
_TIME_OF_DAY: Final = (
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?|\s?[AaPp]\.?\s?[Mm]\.?)"
    # "9:03AM", "10 a.m.", "11:00 EDT"; a community call's notes name the zone by its
    # region and give its offset: "11:00 a.m. Eastern (UTC-5)"
    r"(?:\s+(?:[A-Z]{2,4}|Eastern|Central|Mountain|Pacific))?"
    r"(?:\s\((?:UTC|GMT)[+\-−–]\d{1,2}(?::\d{2})?\))?)"
)
# A news site's byline before the date it posted the record: "by Desk Editor on
# Wednesday, June 4, 2014 — 6:10 PM".
_BYLINE_ON: Final = r"(?:[Bb]y [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} on )"
DATE_LINE: Final = recache.compile(
    # "Recorded March 14, 2018", as oral histories date the recording; Otter's
    # "Tue, Mar 12, 2024 9:03AM • 45:12" (the day, the hour, the length)
    # ("On 8 March, 2004" under "Conducted by …", as a museum's oral history dates it)
    # (as a Markdown heading too, in call notes: "### Friday, June 4, 2021 at 14:00 UTC")
    r"^(?:#{1,6}[ \t]+)?"
    rf"(?:(?:Recorded|Interviewed|Dated)(?: on)?:? |On |{_SITTING_OF}|{_BYLINE_ON})?{_WEEKDAY}?"
    # (an interview over two days: "8 and 9 March, 2004", "8-9 March 2004": the first)
    rf"(?P<date>(?:\d{{1,2}}(?:\s(?:and|&)\s|[-–]))?{DATE})(?:{_TIME_OF_DAY}|\s[—–]{_TIME_OF_DAY})?"
    # the same time in another zone in parentheses, as calls across zones are announced:
    # "Friday, June 4, 2021 at 14:00 UTC (10:00 ET)"
    r"(?: \(\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s[A-Z]{2,4}\))?"
    r"(?: [•·] \d{1,2}:\d{2}(?::\d{2})?)?\.?$"
)
# An e-mail service's stamp over a US agency's bulletin: "10/11/2022 07:54 PM EDT" (a
# State Department briefing as GovDelivery sends it): a US time zone after the clock
# says the date is written month first, as the US writes it.
US_STAMP: Final = recache.compile(
    r"^(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])/(?P<y>\d{4}),?[ \t]+"
    r"\d{1,2}:\d{2}(?::\d{2})?[ \t]?[AaPp]\.?[Mm]\.?[ \t]+(?:E|C|M|P|AK|H)[SD]T$"
)
# A chamber's sitting by its number, as its record is titled: "50. Sitzung".
SITTING_TITLE: Final = recache.compile(r"^\d{1,4}\.[ \t](?:Sitzung|Plenarsitzung|séance)$")
# "Washington, May 17, 1955", "Berlin, 30 November 1960": a place, then the date.
PLACE_DATE: Final = recache.compile(
    # (a cover in capitals may leave out the comma: "PORTLAND, MAINE MARCH 3, 2019")
    # (a typewriter's dash doubled: "Los Angeles, California -- September 17, 1996")
    # (a German record's head line without the weekday: "Bonn, den 14. März 1962")
    rf"^(?P<place>{UP}[\w.,’' -]{{1,40}}?)(?P<sep>(?:,|\s(?:--|[–—-]))\s+{_WEEKDAY}?(?:den\s+)?"
    r"|(?<=[A-Z]) (?=[A-Z]{3,9}\.? \d))"
    rf"(?P<date>{DATE})"
    # an hour may follow: "Washington, May 17, 1955, 3 p.m.", or hours: "4:15–5 p.m.",
    # "10:30 a.m.–12:15 p.m."
    r"(?P<end>(?:,?\s+\d{1,2}(?:[:.]\d{2})?(?:\s?(?:[ap]\.\s?m\.|[AP]M))?"
    r"(?:[–—-]\d{1,2}(?:[:.]\d{2})?)?\s?(?:[ap]\.\s?m\.|[AP]M|o’clock|o'clock|hours))?\.?)$"
)
# A place ended by its full stop, then the weekday and the date, as a debate's head
# line has it: "Civic Center for the Arts, State University, Springfield, IL.  Friday,
# October 3, 2031." (the place longer than PLACE_DATE takes one).
PLACE_STOP_DATE: Final = LazyPattern(
    rf"^(?P<place>{UP}[\w.,’' -]{{1,100}}?\.)(?P<sep>\s+{_WEEKDAY})(?P<date>{DATE})(?P<end>\.?)$"
)


def place_date(text: str) -> re.Match[str] | None:
    """A place ended by its stop before a weekday (PLACE_STOP_DATE), or PLACE_DATE.

    >>> place_date("Town Hall, Springfield.  Friday, October 3, 2031.").group("place")
    'Town Hall, Springfield.'
    """
    stopped = PLACE_STOP_DATE.match(text) if ". " in text[:110] else None
    return stopped or PLACE_DATE.match(text)


# "Livingston, Alabama, 1940": a place of two or three capitalised parts, then a year.
_PLACE_PART: Final = rf"{UP}[\w.’'-]*(?: {UP}[\w.’'-]*){{0,3}}"
PLACE_YEAR: Final = recache.compile(
    rf"^(?P<place>{_PLACE_PART}(?:, {_PLACE_PART}){{1,2}})"
    r"(?P<sep>,\s+)(?P<date>1[5-9]\d\d|20\d\d)\.?$"
)
METADATA_FIELD: Final = recache.compile(
    # a call's notes in Markdown head them as headings, the meeting's name before
    # the key: "### Moderator: Ana Ruiz", "## Meeting Date/Time: Thursday 2024/03/14"
    # (the key in Markdown bold, as call notes set it: "**Date**: July 31 2024")
    # (a byte-order mark copied with the first line, after its indent: "  \ufeffDATE: …")
    r"^\ufeff?(?:#{1,6}[ \t]+)?(?P<bm>\*\*|__)?(?:(?:meeting|session|call)[ \t]+)?"
    r"(?P<key>date/time|date and time|date & time|day & time|day and time|date|time|datum|"
    r"fecha|дата|beginn|room|"
    r"date of (?:the )?(?:interview|recording)|interview date|recording date|"
    # a web page's date of the record: "Published: Wed 4 Jun 2014", "Meeting date: …"
    r"published|meeting date|sitting date|"
    r"place of (?:the )?interview|location of (?:the )?interview|interview location|"
    r"place|location|venue|held at|subject|topic|source|interviewers?|interviewed by|interviewees?|"
    # an oral history's keyword list over the interview: "Keywords: canals; floods"
    r"(?:summary )?key ?words|"
    # a title page's "INTERVIEW:  Vladimir Prelog" (the Chemical Heritage Foundation's)
    # an archive's field for the one interviewed: "Interview with: Orla Denby"
    r"interview with|interview|"
    r"(?:interview )?conducted by|"
    r"narrators?|moderator|videographer|camera operator|observer|length|duration|running time|"
    # an immigration museum's head: who ran the recorder, and when the narrator was
    # born ("RECORDING ENGINEER:  JANET LEVINE, PH.D.", "BIRTHDATE:  FEBRUARY 9, 1907")
    r"recording engineer|birth ?date|date of birth|"
    # a veterans' oral history names the one interviewed by what he was: "Veteran: Carl Benning"
    r"veteran|"
    # who takes part, as focus groups and broadcasts list them: "Facilitator: Dr Helen
    # Mwangi (F)", "PRESENTER: Harriet Lyle" (a value that is no name is a turn)
    r"facilitator(?:\(s\)|s)?|co-facilitator|note-?taker|notes|presenter|co-presenter|host|co-host|guest|"
    r"producer|reporter|correspondent|panell?ist|respondent|participant|interpreter|"
    # a committee's witness named over the questions: "Witness: Dr Helen Moreau, …"
    r"witness(?:es)?|"
    # the same in other languages: "Interviewerin: Anna Schäfer (I)", "Befragte: …"
    r"interviewerin|befragter?|interviewter?|entrevistador[a]?|entrevistad[oa]|"
    r"intervieweu(?:r|se)|enquêt(?:eur|rice)|témoin|narrador[a]?|"
    # their place: "Ort: Görlitz", "Lugar: Tucson, Arizona", "Lieu : Roubaix"
    r"ort|lugar|lieu|"
    # a broadcast's times: "TRANSMISSION: Tuesday 4 March 2025, 09:00", "REPEAT: …"
    r"transmission|first broadcast|broadcast|aired|repeat|"
    r"dauer|transcribed by|transcriber|transkription|translator|recorded by|edited by|editor|"
    # an immigration museum's makers of the transcript: "TRANSCRIPT PREPARED BY:  …",
    # "TRANSCRIPT ORIGINALLY PREPARED BY:", "TRANSCRIPT RECONCEIVED BY:", "… REVIEWED BY:"
    r"transcript (?:originally )?prepared by|transcript reconceived by|transcript reviewed by|"
    # lines about the meeting, kept in the front matter: "Absent: …", "Note: …"
    r"absent|also absent|excused|note|"
    # a digital library's head and a screenplay's title page (Fountain): "First Posted:",
    # "Copyright:", "Contact:", "Draft date:"
    r"first posted|posting date|release date|last updated|language|character set encoding|"
    r"copyright|contact|credit|draft date|title|"
    # a broadcast's or a podcast's name over its transcript: "Podcast: Small Engines, episode 4"
    r"podcast|programme|program|series|"
    # Chinese records' time and place, with the full-width colon: "时间：2006年10月11日下午"
    r"时间|時間|日期|地点|地點)"
    # "Interviewed by Rebecca Wright" needs no colon
    r"(?(bm)(?:(?P=bm)\s*[:：]|\s*[:：](?P=bm))\s*|(?:\s*[:：]\s*|(?<=\sby)\s+))(?P<value>\S.*)$",
    re.I,
)
# The date after a role's name: "Interviewed by Paul Ames, 12 May 1989".
ROLE_DATE: Final = LazyPattern(rf"(?P<sep>,\s*|(?<!\s)\s+on\s+)(?P<date>{DATE})\.?$")
# "Key: value" lines after a conversation that are about the document, not turns.
CLOSING_FIELD: Final = recache.compile(
    r"^(?P<key>source|sources|note|notes|editor[’']?s note|drafted by|approved by|cleared by|"
    # a meeting's minutes close with their approval and who kept them
    r"minutes approved|approved|prepared by|submitted by|respectfully submitted by|attest|"
    r"schluss|schluß|"
    r"distribution|classification|attachment|enclosure|reference|references)\s*:\s*(?P<value>\S.*)$",
    re.I,
)
METADATA_KINDS: Final[dict[str, MetadataKind]] = {
    "时间": "date",
    "時間": "date",
    "日期": "date",
    "地点": "place",
    "地點": "place",
    "absent": "note",
    "also absent": "note",
    "excused": "note",
    "note": "note",
    "date": "date",
    "date/time": "date",
    "date and time": "date",
    "date & time": "date",
    "day & time": "date",
    "day and time": "date",
    "room": "place",
    "datum": "date",
    "fecha": "date",
    "дата": "date",
    "time": "date",
    "beginn": "date",
    "date of interview": "date",
    "date of the interview": "date",
    "date of recording": "date",
    "date of the recording": "date",
    "interview date": "date",
    "recording date": "date",
    "published": "date",
    "meeting date": "date",
    "sitting date": "date",
    "place of interview": "place",
    "place of the interview": "place",
    "location of interview": "place",
    "location of the interview": "place",
    "interview location": "place",
    "place": "place",
    "ort": "place",
    "lugar": "place",
    "lieu": "place",
    "transmission": "date",
    "first broadcast": "date",
    "broadcast": "date",
    "aired": "date",
    "repeat": "note",
    "length": "extent",
    "duration": "extent",
    "running time": "extent",
    # the narrator's birth, no date of the interview
    "birthdate": "note",
    "birth date": "note",
    "date of birth": "note",
    "dauer": "extent",
    "location": "place",
    "venue": "place",
    "held at": "place",
    "subject": "subject",
    "topic": "subject",
    "keywords": "subject",
    "key words": "subject",
    "summary keywords": "subject",
    "summary key words": "subject",
    "source": "source",
    "first posted": "note",
    "posting date": "note",
    "release date": "note",
    "last updated": "note",
    "language": "note",
    "character set encoding": "note",
    "copyright": "note",
    "contact": "note",
    "credit": "note",
    "draft date": "note",
    "title": "title",
    "podcast": "title",
    "programme": "title",
    "program": "title",
    "series": "title",
}
DATELINE: Final = recache.compile(
    # the place starts and ends with a non-space, so the spaces before a tail
    # are read once (a lazy place before "\s*…\s*$" was cubic in them)
    rf"^(?P<date>{DATE})(?P<sep>,?\s+(?:in|at)\s+)(?P<place>[^\[\]()\s](?:[^\[\]()]*[^\[\]()\s])?)"
    r"(?P<tail>(?:\s*\[\d{1,4}\])?\s*)$"
)

# A link of a page's row of links (see BOILERPLATE).
_NAV_LINK: Final = (
    r"(?:printer-friendly(?: version)?|print(?: this page)?|search|home|share|e-?mail"
    r"|contact us|site ?map|help|text[- ]only)"
)
# A site's menu of five links or more, each a few words, the first capitalised
# ("Gordon Campbell | Parliament TV | Parliament Today | Video | Search").
_MENU_ITEM: Final = r"[A-Z][\w’'.-]*(?: [\w’'.-]+){0,3}"
SITE_MENU: Final = recache.compile(rf"^{_MENU_ITEM}(?: \| {_MENU_ITEM}){{4,11}}$")
BOILERPLATE: Final = recache.compile(
    r"^(?:skip to (?:main )?content|menu|search|share|print|download|back to top|"
    r"record id|original uploaded date|date uploaded|original language|related content|"
    r"related documents|share this|print this page|download pdf|download the pdf|"
    # a parliament site's links under a member's name: "Link to this: Individually | In context"
    r"link to this(?:[:|][^\n]{0,60})?|"
    # a monitoring site's links under its member line ("- Hansard - - - Excerpts") and
    # its row of links over a debate ("Read Full debate Read Hansard Text …")
    r"-[ \t]hansard(?:[ \t]-)+(?:[ \t]excerpts)?|alert me about debates like this|"
    # a page's script still loading when it was copied; a parliament site's section
    # link over its report ("Chamber and committees")
    r"loading(?:…|\.\.\.)|chamber and committees|"
    # a site's note of how long ago the record was (Parallel Parliament's "(2 years, 6
    # months ago)" under the date)
    r"\(\d{1,3} (?:year|month|week|day|hour)s?(?:, \d{1,3} (?:month|week|day|hour)s?)? ago\)|"
    # a site's empty comments box under the record, and a German cookie banner
    # ("Cookies helfen uns bei der Weiterentwicklung …")
    r"no comments(?: yet)?|cookies helfen uns\b.*|"
    # a news site's advertisement slot and paywall banner between a record's lines
    r"advertisement(?: - scroll to continue reading)?|"
    r"[\w.]{2,30}(?: [\w.]{2,30}){0,3} has an ethical paywall|"
    r"licence needed for work use(?: start free trial| learn more)?|"
    r"read full debate[ \t]read hansard text(?:[ \t]read debate ministerial extracts)?|"
    # a parliament's record's buttons, a link's text doubled by its icon's: "Download
    # Current HansardDownload Current Hansard", "Previous Fragment    Next Fragment"
    r"(?:(?:download current hansard|view or save xml|view/save xml)[ \t]*){1,4}|"
    r"previous fragment\s+next fragment|"
    # a document viewer's page count ("You are on page 1of 25", in Indonesian "Anda di
    # halaman 1dari 62") and a site's language switch ("Language: English / Gàidhlig")
    r"you are on page \d{1,5} ?of \d{1,5}|anda di halaman \d{1,5} ?dari \d{1,5}|"
    r"language: [^\W\d_]{2,20}(?: / [^\W\d_]{2,20}){1,3}|"
    r"accept all cookies|cookie policy|privacy policy|terms of use|"
    # a link's text to the record's source: "You can find the original interview here."
    r"(?:you can )?(?:find|view|read|hear|listen to) the (?:original|full) "
    r"(?:interview|recording|transcript|audio)(?: here)?\.?|"
    r"associated (?:people & organizations|places|topics)|cookie settings|"
    r"sign in|log in|subscribe|previous section|next section|home page|(?-i:Index)|"
    # the heading of a breadcrumb trail: "Ruta de navegación", "Vous êtes ici"
    r"breadcrumbs?|you are here|ruta de navegación|fil d['’]ariane|vous êtes ici|sie sind hier|"
    # a page's buttons for the size of its type: "Afficher en plus grand"
    r"(?:afficher|texte) en plus (?:grand|petit)|(?:increase|decrease) (?:font|text) size"
    # a breadcrumb trail ("Home › Collections › Oral Histories", "Accueil > Archives >
    # Comptes rendus") and cookie banners
    r"|(?:[^›»>\n]{1,80}\s[›»>]\s+){2,}[^›»>\n]{1,80}|we use cookies\b.*"
    # a page's row of links set apart by bars: "| Printer-Friendly | Search"
    rf"|\|?[ \t]*{_NAV_LINK}(?:[ \t]*\|[ \t]*{_NAV_LINK}){{1,6}}[ \t]*\|?)$",
    re.I,
)


# A call sign with a maker's prefix in small letters, after a time ("xCC").
PREFIXED_SIGN: Final = r"[a-z]{1,2}[A-Z][A-Z0-9]{1,6}"

# A line of HTML alone, a web page's markup in a Markdown copy: "<center><img
# src="/image/a-01.jpg"></center>", "<!--more-->", "<iframe …></iframe>" (an
# autolink, "<https://…>", is no tag).
# A tag is one with attributes, a closing or an empty one, or an HTML element's
# name alone: a transcriber's "<crying>" or "<crosstalk>" on its line is said.
_HTML_NAMES: Final = (
    "a|article|audio|b|br|center|div|em|figcaption|figure|footer|h[1-6]|header|hr|i|iframe"
    "|img|li|ol|p|picture|script|section|source|span|strong|style|table|td|th|tr|ul|video"
)
MARKUP_LINE: Final = recache.compile(
    r"^(?:<!--[^<>]{0,200}-->"
    r"|<[A-Za-z][A-Za-z0-9]{0,15}\s[^<>=]{0,200}=[^<>]{0,1000}>"
    rf"|</[A-Za-z][A-Za-z0-9]{{0,15}}\s*>|<[A-Za-z][A-Za-z0-9]{{0,15}}\s*/>|<(?:{_HTML_NAMES})>"
    r"|[ \t])+$"
)


# The banner over a United States government web page, copied with the page:
# "An official website of the United States government" / "Here's how you know" /
# "Official websites use .gov" / … / "A lock ( lock ) or https:// means you've …"
_GOV_LINE: Final = (
    r"(?:(?:U\.S\. flag\s+)?An official website of the United States government\.?"
    r"|Here['’]s how you know|(?:dot gov icon\s+)?Official websites use \.gov"
    r"|(?:A\s+)?\.gov website belongs to an official government organization in the United States\."
    r"|(?:https icon\s+)?Secure (?:\.gov )?websites use HTTPS"
    # (the lock's icon may come out as its name or as nothing: "A lock ( ) or https://")
    r"|A (?:small )?lock(?: \( ?(?:lock ?)?\))? or https:// means you['’]ve safely connected to "
    r"(?:the|a) \.gov website\.(?: Share sensitive information only on official, secure "
    r"websites\.)?"
    # defense.gov's notice over an archived transcript (the link's text may be lost:
    # "… a historical collection on Some of …")
    r"|You have accessed part of a historical collection on(?: [\w.-]{1,40}\.?)? Some of "
    r"the information contained within may be outdated and links may not function\. "
    r"Please contact the DO[Dd] Webmaster with any questions\."
    # the National Archives' notice over an archived White House page, the site's
    # search box and the release's "For Immediate Release" under the office's name:
    # the page's furniture, no title (the office's lines stay the front's)
    r"|This is historical material [“\"]frozen in time[”\"]\. The website is no longer "
    r"updated and links to external websites and some internal pages may not work\."
    r"|For Immediate Release|Search form"
    # govinfo's text version of a printed hearing or report, over its cover:
    # "[House Hearing, 111 Congress]" / "[From the U.S. Government Printing Office]"
    r"|\[(?:(?:House|Senate|Joint)(?: Hearing| Report| Document|,)[\w ,.-]{0,30}"
    r"|From the U\.S\. Government (?:Printing|Publishing) Office(?:, www\.gpo\.gov)?)\])"
)
GOV_BANNER: Final = recache.compile(rf"^{_GOV_LINE}(?:\s+{_GOV_LINE})*\s*$", re.I)
_GOV_FIRST: Final = frozenset("AaUuHhDdOoSsYyTtFf.[")  # the letters the banner's lines open with


def gov_banner(text: str) -> re.Match[str] | None:
    """GOV_BANNER, tried only on a line that can be one (the reader asks it only
    of the lines over a page copy's first turn: a speaker may read the words).

    >>> gov_banner("Official websites use .gov").group(), gov_banner("Official business")
    ('Official websites use .gov', None)
    >>> gov_banner("[House Hearing, 111 Congress]") is not None, gov_banner("[Laughter.]")
    (True, None)
    """
    if text[:1] in _GOV_FIRST and len(text) < 400:  # a .gov banner's lines, a few together
        return GOV_BANNER.match(text)
    return None


def return_link(text: str) -> bool:
    """A web page's link back to its site's home, its text said once or twice (an
    image's and the link's): "Return to Johnson Space Center home page Return to
    Johnson Space Center home page".

    >>> link = "Return to Johnson Space Center home page"
    >>> return_link(link + " " + link), return_link(link)
    (True, True)
    >>> return_link("Return to the mill, he said, it was home."), return_link("Return to sender")
    (False, False)
    """
    if text[:10].casefold() != "return to " or len(text) > 200:
        return False
    pieces = [p.strip() for p in text.split("Return to ")[1:]]
    return (
        1 <= len(pieces) <= 2
        and len(pieces) == text.count("Return to ")
        and all(p.casefold().endswith("home page") and 2 <= len(p.split()) <= 10 for p in pieces)
    )


def boilerplate_match(text: str) -> re.Match[str] | None:
    """BOILERPLATE, tried only on a line it can match: a phrase of its list is
    short, a breadcrumb has › or », a cookie banner starts with "we" (the
    engine fails a long line of speech only after trying every phrase).
    (a short breadcrumb's arrow may be ">": "Accueil > Archives > Comptes rendus")

    >>> trail = "Home › Archive › Papers of the Committee › Oral Histories › 1958–59"
    >>> len(trail) > 64, bool(boilerplate_match(trail))
    (True, True)
    >>> boilerplate_match("Skip to main content").group(), boilerplate_match("x" * 70)
    ('Skip to main content', None)
    """
    # (a parliament's buttons, "Download Current HansardDownload …", may run longer)
    if (
        len(text) > 64
        and text[:1] not in "wWdD"
        and text[:16] != "Read Full debate"  # a monitoring site's row of links
        and text[:18] != "Cookies helfen uns"  # a German cookie banner
        and "›" not in text
        and "»" not in text
        and ">" not in text
    ):
        return _site_menu(text)
    return BOILERPLATE.match(text) or _site_menu(text)


def _site_menu(text: str) -> re.Match[str] | None:
    """A site's menu of links set apart by bars, one of them a word alone ("… |
    Video | Search"): a row of names ("Ana Roe | Ben Lee | …") is a list's.

    >>> bool(_site_menu("Home | Parliament TV | Today | Video | Questions Of the Day"))
    True
    >>> bool(_site_menu("Ana Roe | Ben Lee | Cy Dee | Di Eve | Flo Gee"))
    False
    """
    if text.count(" | ") < 4:
        return None
    menu = SITE_MENU.match(text)
    if menu is None or all(" " in item for item in text.split(" | ")):
        return None
    return menu


# What a meeting program or a recogniser says of its own transcript, after it.
TRANSCRIPT_NOTICE: Final = recache.compile(
    r"^(?:this|the)\s+(?:editable\s+)?(?:transcript|transcription)\s+(?:was|is|has been)\s+"
    r"(?:computer[ -]generated|generated|automatically|machine|auto)",
    re.I,
)
SECTION_LABEL: Final = recache.compile(
    r"^(?:document information|document details|metadata|notes|footnotes|endnotes|"
    r"editor[’']s notes?|sources?|citation|references|bibliography"
    # a heading that opens matter after the conversation: "Appendix A: The Text"
    r"|(?:appendix|annex|attachment|enclosure|postscript|afterword)\b[^.!?]{0,80}"
    # an oral history's index of names after the interview: "INDEX", "Namensregister"
    r"|index(?: of (?:names|persons|people))?|name index|(?:namens|personen)register"
    r"|index des noms|índice (?:onomástico|de nombres)|register van namen)$",
    re.I,
)
NOTES_HEADING: Final = recache.compile(r"^(?:notes|footnotes|endnotes)$", re.I)
# An end note in a "Notes" section: "3. Text" or "3) Text".
NUMBERED_NOTE: Final = recache.compile(r"^(?P<number>\d{1,4})[.)]\s+(?P<body>\S.*)$")
DOC_TYPE: Final = recache.compile(
    r"^(?:memorandum of conversation|record of conversation|memorandum|minutes|"
    r"transcript|interview|oral history|letter|telegram|cable|report|diary entry|"
    r"speech|hearing|debate)$",
    re.I,
)


def funding_match(text: str) -> re.Match[str] | None:
    """FUNDING, tried only on lines that can hold it (its leading ``.*`` is slow)."""
    lowered = text.lower()
    if "support" not in lowered and "funded" not in lowered:
        return None
    return FUNDING.match(text)


FUNDING: Final = recache.compile(
    r"^(?P<lead>.*\b(?:made possible (?:with|by)(?: the)?(?: generous)? support (?:from|of)|"
    r"funded by|supported by|with (?:the )?support (?:from|of)))\s+(?P<funder>.+?)(?P<end>\.?)$",
    re.I,
)
# "Present:", "Participants:" or the heading alone on its line ("PARTICIPANTS").
# A transcriber's direction in brackets: "[Speaking over Lund]", "[Talking over
# the host]", "[Moderated by Carla Mott, Press Secretary]": about the scene, not
# words an editor supplied (the bracket's content, without its brackets)
DIRECTION: Final = recache.compile(
    r"^(?i:(?:speaking|talking|interrupting|overlapping|cutting in)\s+(?:over|with|on)"
    r"|(?:moderated|hosted|chaired|introduced)\s+by)\s+\S"
)
PARTICIPANTS_HEAD: Final = recache.compile(
    r"^(?P<head>(?:(?:senate|house|assembly|roundtable|panel|forum|hearing|meeting|list\s+of)\s+)?"
    r"(?:present|participants|attending|also present|in attendance|those present"
    r"|attendees|presiding|appearances|panelists|panel members|witnesses|speakers|staff"
    # a stenographer's letter-spaced headings: "B E F O R E:", "A P P E A R A N C E S"
    r"|before|b e f o r e|a p p e a r a n c e s|council members|committee members"
    # a radio script's cast over one name a line: "CAST", "_CAST_"
    r"|cast(?:\s+of\s+characters)?"
    # a hearing's index over who opens it: "OPENING BY:      PAGE"
    r"|opening(?:\s+(?:remarks|statements?))?\s+by"
    # a hearing's index of witnesses ("INDEX") by panel ("PANEL 1:"), names and pages
    r"|index(?=\s*$)|panel\s+(?:\d{1,2}|[ivx]{1,4})(?=:?\s*$)"
    # a verbatim record's roster, a country and its member over dot leaders:
    # "Members:   Algeria . . . . . . Mr. Ben Youssef" (never "MEMBERS: Aye.")
    r"|(?:members|president)(?=:\s+\S.*?(?: \.){3})"
    # who presides a Spanish session, named: "PRESIDENCIA: DOÑA ANA RUIZ" (never
    # the chair's words, "PRESIDENCIA: Gracias")
    r"|presidencia(?=:\s*(?:do[ñn]a|don|d\.|dña\.)\s)"
    # "SENATORS PRESENT:", "Members present:"
    r"|(?:senators|(?:assembly ?)?members|representatives|commissioners|council ?members"
    r"|committee members"
    r"|board members|staff|legislators|officials|guests)\s+present"
    # the same heading in other languages of archival records
    # Jitsi's transcriber over the names it found in the room: "Initial people present
    # at 10:02:11 AM:"
    r"|initial\s+people\s+present\s+at\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"|anwesend|teilnehmer|présents|presents|presentes|asistentes|presenti|obecni"
    r"|присутствовали|присутствуют|участники)"
    r"(?:\b[^:]*:\s*(?P<inline>.*)|\s*))$",
    re.I,
)


def by_initial(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` (regex fragments that each start with a plain
    letter) grouped by that letter, the words of a group in their order: the
    same matches as ``"|".join(words)``, but the engine tries only the group
    of the text's letter instead of every word in turn.

    >>> by_initial(("Mr", "Dr", "Mrs", "Sir"))
    '(?:M(?:r|rs)|D(?:r)|S(?:ir))'
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    # the patterns match it ignoring case: two groups whose letters differ only
    # in case would change the order in which words are tried
    assert len({first.casefold() for first in groups}) == len(groups), words
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


HONORIFIC: Final = by_initial(HONORIFICS)
HONORIFIC_PREFIX: Final = recache.compile(
    rf"^(?P<hon>(?:(?:{HONORIFIC}|(?:Right|Rt\.?)\s+Hon(?:ourable|\.)?)\s+)+)"
    r"(?!pro\s+tempore\b)",  # "The PRESIDENT pro tempore" is an office, not a title
    re.I,  # "MR. SMITH", "THE PRESIDENT" as well
)
# a lower-case particle inside a name: "Aaron van Wirdum", "Ana de la Cruz"
PARTICLE: Final = "(?:" + "|".join(NAME_PARTICLES) + ")"
NAME_ITEM: Final = recache.compile(
    rf"^(?:{PARTICLE}\s+){{0,2}}(?:{UP}[\w’'.\-]*)(?:\s+(?:{UP}[\w’'.\-]*|{PARTICLE})){{0,4}}$"
)
# An attendee a meeting program lists that is no person: a note-taking bot
# ("Fireflies.ai Notetaker Ana"), a screen shared ("Ana Ruiz's Presentation").
MEETING_NON_PERSON: Final = recache.compile(
    r"^(?:[^,]{1,60}[ \t](?i:notetaker|note-taker)\b[^,]{0,40}"
    r"|[^,]{1,60}['’]s (?i:presentation|screen))$"
)
# "\s+and" starts where a run of spaces starts, so the run is read once
LIST_SPLIT: Final = recache.compile(r"[,;]\s*(?:and\s+)?|(?<!\s)\s+and\s+")

# Speaker labels. Upper-case names ("N.S. KHRUSHCHEV.", "B. N. PONOMAREV:"),
# optionally with a delivery note "(jokingly)" before the terminator.
# initials and "ST." (Saint) before the word: "J.R. EWING", "ST. JOHN"; a rank
# shortened with a stop before a name, as the Pentagon's transcripts print it:
# "REAR ADM. JOHN KIRBY:", "BRIG. GEN. TULL:" (a closed list: "ADM." alone is no name)
_RANKS: Final = "|".join(sorted(RANK_ABBREVIATIONS, key=lambda r: (-len(r), r)))
_UPPER_WORD: Final = rf"(?:(?:{UP}|STE?|{_RANKS})\.\s?)*{UP}(?:{UP}|[’'\-‐‑−])+"
# A title in ordinary case may precede the name, as in hearings: "Senator KENNEDY.",
# "Mr. DULLES.", "The CHAIRMAN.".
# A particle may follow the title: "Mr. de la GARZA.", "Ms. van HOLLEN.".
# The chair of the US Congress in its own right: "The PRESIDENT pro tempore.",
# "The ACTING PRESIDENT pro tempore.", "The SPEAKER pro tempore.".
_STATE: Final = "(?:" + "|".join(US_STATES) + ")"
_ADDRESS: Final = r"(?:El|La|O|A)\s+[Ss]e(?:ñora?|nyora?)\s+"
UPPER_LABEL: Final = recache.compile(
    # (two names joined by an ampersand: "LENA & OTTO:", a turn of both)
    # (after a Spanish, Galician or Catalan form of address an office in capitals
    # may hold a comma and a one-letter "and", "to" or "the": "El señor MINISTRO DE
    # AGRICULTURA, PESCA Y ALIMENTACIÓN (Planas Puchades):", "A señora CONSELLEIRA DO
    # MEDIO RURAL E DO MAR (Quintana Carballo):", "O señor CANDIDATO A PRESIDENTE DA
    # XUNTA (Núñez Feijóo):"; only there, so "WHAT I SAY:" stays no label)
    # (never a small letter first: the title before the name is matched in any case,
    # "MR. SMITH.", "THE PRESIDENT.", but a hard-wrapped speech's line "the SDLP. Next
    # week ..." is the end of a sentence, no label)
    rf"^(?![a-z])(?P<name>{_ADDRESS}{_UPPER_WORD}(?:,?\s+(?:[EYIAO]\s+)?{_UPPER_WORD})*"
    rf"|(?:(?i:{HONORIFIC})\s+(?:{PARTICLE}\s+){{0,2}})?"
    rf"{_UPPER_WORD}(?:\s+(?:&\s+)?{_UPPER_WORD})*"
    # the member's state where two members share a surname, "Mr. MILLER of Florida."
    # (the Congressional Record; only after a name and only a state of the list)
    rf"(?: of {_STATE})?"
    # the initials after the surname, as the Verkhovna Rada's and the Duma's
    # stenograms set a speaker's label alone over the speech: "БОНДАР А.В.",
    # "МЕЛЬНИК В." (only alone on its line: "SMITH J. went" is a sentence)
    rf"(?:\s{UP}(?:\.\s?{UP})?(?=\.\s*$))?"
    r"(?: pro tempore)?)"
    r"(?:\s*(?P<delivery>\([^()]*\)(?:\s*\([^()]*\))?))?"
    # (a space before the stop, as a PDF's text leaves after a hyphenated name:
    # "NANCY ROE-LEE . Nancy Roe-Lee with …"; only before a capital)
    rf"(?: (?=\.\s+{UP}))?(?P<term>[.:])"
    # a footnote's number, a superscript once, against the label: "MR. POTTER.1 Thank you"
    r"(?P<note>\d{1,2}(?=\s))?(?:\s+(?P<rest>\S.*))?$"
)
# A play's label whose direction stands between the name and the colon, in the
# lower case of running words: "HALVARD sets down his glass: Enough.", "ODA,
# laughing: No." (the first colon ends the direction); or, in French printed plays,
# after a comma with a full stop, alone over the speech: "ODA, à part." The name is
# a label only where it recurs so or as a bare label (Classifier._directed_speaker);
# a lower-case word after the name that joins a name ("of", "de") opens no direction.
_DIRECTION_START: Final = (
    r"(?!(?:of|for|and|pro|et|y|und|" + "|".join(NAME_PARTICLES) + r")\b)" + LOW
)
DIRECTED_LABEL: Final = recache.compile(
    rf"^(?P<name>(?:(?i:{HONORIFIC})\s+)?{_UPPER_WORD}(?: {_UPPER_WORD}){{0,3}})"
    rf"(?:(?P<comma>,)?[ \t](?P<delivery>{_DIRECTION_START}[^:\n]{{0,160}}:)"
    rf"|(?P<stop>,)[ \t](?P<short>{_DIRECTION_START}[^.:!?\n]{{0,60}}\.))"
    r"(?:[ \t]+(?P<rest>\S.*))?$"
)


def directed_label(text: str) -> re.Match[str] | None:
    """:data:`DIRECTED_LABEL`, tried only on a line that opens with a capital.

    >>> directed_label("HALVARD sets down his glass: Enough.").group("delivery")
    'sets down his glass:'
    >>> directed_label("ODA, à part.").group("short"), directed_label("NATO said so.")
    ('à part.', None)
    """
    if not text[:1].isupper():
        return None
    return DIRECTED_LABEL.match(text)


# A role written in lower case as a label among initials ("host: And you?"): a
# label only where it recurs (see Classifier.is_speaker).
LOWER_ROLES: Final = "(?:" + "|".join(LOWER_ROLE_LABELS) + ")"
# (a Dutch record's office or form of address in small letters after "De": "De
# voorzitter:", "De heer Van Dam (VVD):"), as a label's first word
DUTCH_LEAD: Final = r"De (?:" + "|".join(DUTCH_ARTICLE_LEADS) + r")(?=[\s(:])"
# degrees after a name and a comma: "Karl Nehammer, MSc:"
_DEGREES: Final = "|".join(POST_NOMINAL_DEGREES)
# A grade or title in capitals opening a bracket after a role's letters ("TC [MAJ DEWITT]:").
_BRACKET_GRADE: Final = "|".join(
    sorted(BRACKET_GRADES | RANK_ABBREVIATIONS | COURT_TITLES, key=lambda g: (-len(g), g))
)
# Mixed-case names need a colon: "Mao Zedong: ...", "Interviewer (laughing): ...", "Q: ...";
# Chinese and Japanese names take the full-width colon: "毛泽东：……".
COLON_LABEL: Final = recache.compile(
    # up to six words: "The Parliamentary Under-Secretary of State for Transport (Ms Ann Roe):"
    # (an OCR's "Schmitt -Vockenhausen"; a space before the colon, as French
    # typography and scanned records write it: "Dr. Ritz (CDU/CSU) : Herr …")
    # (a crew's "F/O:", a call sign with its flight's number, "Jet Link 2760:")
    # (a caller's name as heard, in parentheses: "(Ann Lee): Hi.")
    # (a Dutch record's "De voorzitter:", "De heer Van Dam (VVD):")
    rf"^(?P<heard>\()?(?P<name>(?:{DUTCH_LEAD}|{UP}[\w’'.\-]*(?:/{UP}[\w’'.\-]*)?)"
    # (a particle joined by a hyphen: Malay's chair "Tuan Yang di-Pertua:", "Ali al-Rashid:")
    rf"(?:\s+(?:(?:of|for|the|and|hon\.|{PARTICLE})\s+)?(?:-|{PARTICLE}-)?{UP}[\w’'.\-]*)"
    # (a voice the transcriber could not name: "???:", or an ellipsis, "...:", as
    # NASA's typescripts leave a speaker they could not tell)
    rf"{{0,5}}(?:\s+\d{{1,4}})?|[\u3400-\u9fff]{{1,6}}|{CASELESS_NAME}|{LOWER_ROLES}|\?{{3}}|\.{{3}}|…)"
    # (degrees after a comma, outside the name: "Karl Nehammer, MSc:")
    rf"(?P<degrees>,(?:\s(?:{_DEGREES})(?=[\s(:]))+)?"
    # (where a caller heard rings from, after a comma: "(Dale, Tulsa): Hi.")
    rf"(?(heard)(?P<town>,\s{UP}[\w’'.\-]*(?:\s{UP}[\w’'.\-]*){{0,2}})?\))"
    # (the holder of an office in brackets, as Malaysia's Hansard prints it:
    # "Menteri Kewangan [Dato’ Rahim Yusof]:")
    r"(?:\s*(?P<delivery>[(（][^()（）]*[)）](?:\s*\([^()]*\))?"
    rf"|\[{UP}{LOW}[\w’'.\-]*(?:\s+(?:{PARTICLE}\s+)?{UP}[\w’'.\-]*){{1,5}}\]"
    # (a military court's officer by role, the grade and name in brackets: "TC [MAJ DEWITT]:")
    rf"|\[(?:{_BRACKET_GRADE})\.?(?:\s+{UP}[\w’'\-]*){{1,3}}\]))?"
    r"(?:(?P<term>[ \u00a0\u202f]?:)\s+|(?P<wide>：)\s*)(?P<rest>\S.*)?$"
)
# An office of many words before its holder in brackets, small joining words
# inside it, as Malaysia's Hansard prints a minister's label: "Menteri Perdagangan
# Dalam Negeri dan Hal Ehwal Pengguna [Dato’ Shahrir Abdul Samad]:" (colon_label
# tries it where COLON_LABEL, of six words, fails).
HOLDER_IN_BRACKETS: Final = LazyPattern(
    rf"^(?P<name>{UP}[\w’'.\-]*(?:\s+(?:{LOW}{{1,4}}\s+)?{UP}[\w’'.\-]*){{1,11}})\s*"
    rf"(?P<delivery>\[{UP}{LOW}[\w’'.\-]*(?:\s+(?:{PARTICLE}\s+)?{UP}[\w’'.\-]*){{1,5}}\])"
    r"(?P<term>:)\s+(?P<rest>\S.*)?$"
)
# A handle in small letters as a chat or IRC name is written, then a colon: "tidewater:
# Not bad" (a label only where the record uses such handles; see Survey.handles).
HANDLE_LABEL: Final = recache.compile(
    r"^(?P<name>[a-z][a-z0-9_\-]{1,30})(?P<delivery>\([^()\n]{1,40}\))?(?P<term>:)"
    r"\s+(?P<rest>\S.*)$"
)
# A name, then a tab or a dash, then the speech: "SMITH<TAB>Good morning.", "Mary
# Jones - Yes.", "Smith — Well, …" (counted on the survey: only where it recurs).
# (a double name, "Lindgren-Achebe — Lagos."; French minutes' "M. le maire. – Mes chers
# collègues", "Mme N'Diaye. – Merci", an article or particle inside the name)
# (a French compte rendu's office after the name, before an en dash: "M. Paul
# Ferrand, rapporteur de la commission – Ce texte …")
# (a firm and its speaker, as call notes write an auditor's: "Trail of Bits/Josselin F - …")
SEPARATED_LABEL: Final = LazyPattern(
    rf"^(?P<name>{UP}[\w’'.\-]*(?:/{UP}[\w’'.\-]*)?(?: (?:{UP}[\w’'.\-]*(?:/{UP}[\w’'.\-]*)?"
    rf"|(?:le|la|les) [^\W\d_][\w’'.\-]*|de|du|des|of)){{0,4}})"
    r"(?:, (?P<role>\w[\w’'.\-]*(?: \w[\w’'.\-]*){0,9}))?"
    # (a Brazilian record's party, state and note in brackets before the dash:
    # "O SR. PEDRO ALVES (Bloco/PT - BA. Sem revisão do orador.) - Sr. Presidente, …")
    r"(?P<paren> \([^()]{1,120}\))?"
    # (two spaces after the dash now and then, as notes typed by hand have them)
    # (the Sénat's analytical report sets two spaces before its hyphen, and a space
    # before the stop that ends a name: "M. le président.  - ", "M. Paul Roux .  - ")
    r"(?P<sep>\t+|(?: \.)? {1,2}[-–—]{1,2} {1,2})(?P<rest>\S.*)$"
)
# A name with the hyphen typed against it, then the words: "Danny- Makes sense." (a
# label only where the same name stands before " - " twice or more elsewhere).
TIGHT_DASH_LABEL: Final = recache.compile(
    rf"^(?P<name>{UP}[\w’'.]*(?: {UP}[\w’'.]*){{0,3}})-(?P<sep> {{1,2}})(?P<rest>\S.*)$"
)
# A record of debates that sets an em dash against the speech, a space before it
# only: "Senator Okoro —I rise …", "The CHAIR —Order!", the time the member rose
# glued to the name: "Senator OKORO(4.12 p.m.) —Madam Chair, …" (counted on the
# survey: a label only where the document writes two or more).
DASH_GLUED_LABEL: Final = LazyPattern(
    rf"^(?P<name>{UP}[\w’'.\-]*(?: {UP}[\w’'.\-]*){{0,3}})"
    r"(?P<delivery>\((?P<t>\d{1,2}[.:]\d{2}\s?[ap]\.?m\.?)\))?"
    r"(?P<sep> —)(?P<rest>[^\s—].*)$"
)


def dash_glued_label(text: str) -> re.Match[str] | None:
    """:data:`DASH_GLUED_LABEL`, tried only where " —" stands near the start.

    >>> dash_glued_label("Senator ROE(4.12 p.m.) —Madam Chair").group("name", "t")
    ('Senator ROE', '4.12 p.m.')
    >>> dash_glued_label("It was — as I said — late"), dash_glued_label("Ann Roe — Yes")
    (None, None)

    One ordinary word before the dash is prose's aside, no member's label; a
    name in capitals, two words or more, or a time glued to the name is one:

    >>> dash_glued_label("However —as the survey showed— it fell")
    >>> [dash_glued_label(t).group("name") for t in ("ROE —Yes", "Ms Roe —Yes")]
    ['ROE', 'Ms Roe']
    """
    if " —" not in text[:80]:
        return None
    match = DASH_GLUED_LABEL.match(text)
    if match is None or match.group("delivery") or " " in match.group("name"):
        return match
    name = match.group("name")
    return match if len(name) > 1 and name.isupper() else None


# A title before a name, as a record of debates writes each member: "M.", "Mme", "Mr".
# (a Brazilian record's "O SR." / "A SRA." before a name in capitals)
SEPARATED_TITLE: Final = recache.compile(
    r"^(?:M\.|MM\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|O SR\.|A SRA\.) "
)


def separated_label(text: str) -> re.Match[str] | None:
    """:data:`SEPARATED_LABEL`, tried only where a tab or a dash stands near the start."""
    start = text[:120]  # (a role may stand between the name and the dash)
    if "\t" not in start and " -" not in start and " –" not in start and " —" not in start:
        return None
    return SEPARATED_LABEL.match(text)


# A French verbatim record's label: a title and a name, or an article and an office,
# an office after a comma, then the full stop and the speech, as the Assemblée's and
# the Sénat's comptes rendus intégraux print every speaker: "M. le président. La
# parole est à …", "Mme Anne Roux, ministre de la culture. Monsieur le député, …"
# (a label only where the record writes two or more; see Survey.stop_labels).
STOP_LABEL: Final = LazyPattern(
    rf"^(?P<name>(?:M\.|Mme|Mlle) (?:(?:le|la) {LOW}[\w’'\-]*(?: {LOW}[\w’'\-]*){{0,8}}"
    rf"|{UP}[\w’'\-]*(?: (?:{UP}[\w’'\-]*|de|du|des|d’{UP}[\w’'\-]*)){{0,4}}))"
    r"(?:, (?P<role>[^.:;!?()\n]{1,160}?))?(?P<paren>)(?P<sep>\.) "
    rf"(?P<rest>(?:{UP}|[«“\"(…\[]).*)$"
)


def stop_label(text: str) -> re.Match[str] | None:
    """:data:`STOP_LABEL`, tried only on a line that opens with a French title.

    >>> stop_label("Mme la présidente. La parole est à M. Roux.").group("name")
    'Mme la présidente'
    >>> stop_label("M. Paul Roux, rapporteur. Je vous remercie.").group("role")
    'rapporteur'
    >>> stop_label("M. Roux arriva tard."), stop_label("Mr. Kohl. Thank you.")
    (None, None)
    """
    if text[:1] != "M" or ". " not in text[:200]:
        return None
    return STOP_LABEL.match(text)


# The titles a person's name is written after in ordinary case: "Mr Tom Baird",
# "(Dame Nora Pike)"; a pattern adds the ones only its records use.
PERSON_TITLES: Final = "Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady"
# An office whose name holds a comma, then its holder: "The Minister of State,
# Department for Rural Affairs (Mr. Tobias Lindqvist):".
# (Hansard names a holder without a title where there is none: "(Ada Crane)")
# (or, without "The", an office of a joining word that opens with an office's word:
# "Minister of State at the Department of Transport (Deputy Ann Roe):")
# (what follows an item's name and a colon in a heading of business, the whole
# line: "Second Stage (Resumed)", "Motion [Private Members]"; see BUSINESS_STAGES)
BUSINESS_STAGE: Final = recache.compile(
    rf"(?:{'|'.join(BUSINESS_STAGES)})(?:\s*\((?:Resumed|Continued)\))?"
    r"(?:\s*\[[^\[\]\n]{1,40}\])?"
)


def business_stage(rest: str) -> bool:
    """Whether the words after a colon are a stage of business and nothing more,
    as a chamber's heading sets them ("Order of Business: Motion").

    >>> business_stage("Motion"), business_stage("Second Stage (Resumed)")
    (True, True)
    >>> business_stage("Motion [Private Members]"), business_stage("Statements are rare.")
    (True, False)
    """
    # (cheap first: a stage is a few words opening with a capital)
    if len(rest) > 60 or not rest[:1].isupper():
        return False
    return BUSINESS_STAGE.fullmatch(rest.rstrip()) is not None


_HOLDER_LEAD: Final = "|".join(HOLDER_LEADS)
# Such an office at a line's start (the lines of a wrapped label are tried with it).
HOLDER_LEAD_OFFICE: Final = recache.compile(
    rf"^(?:{_HOLDER_LEAD})\b(?=[^():\n]{{0,80}}\s(?:of|for|at|to)\s)"
)
HOLDER_LABEL: Final = LazyPattern(
    rf"(?P<name>The {UP}[^():\n]{{2,100}}?"
    rf"|(?:{_HOLDER_LEAD})\b(?=[^():\n]{{0,80}}\s(?:of|for|at|to)\s)[^():\n]{{2,100}}?)\s*"
    rf"(?P<delivery>\((?:(?:{PERSON_TITLES})\.?\s[^()\n]{{2,60}}"
    rf"|{UP}[\w’'-]+(?:\s{UP}[\w’'-]+){{1,3}})\))"
    r"(?P<term>:)\s+(?P<rest>\S.*)?$"
)
# A name, then the office in which its bearer speaks: "Dr. Dehler, Bundesminister
# der Justiz:", "Dr. Brenner (SPD), Berichterstatter:", "Ms Roe, Rapporteur:",
# "Dr. van Horn, Parl. Staatssekretär:" (a particle in the name, the office shortened).
_SPEAKING_OFFICES: Final = (
    r"(?:Bundeskanzler|Bundesminister|Berichterstatter|Bundespräsident"
    r"|(?:Parlamentarischer? |Parl\. )?Staatssekretär|Staatsminister"
    r"|Ministerpräsident|Minister|Senator|Bürgermeister|Antragsteller"
    # a minister of a field, in one word: "Kultusminister", "Finanzministerin"
    r"|[A-ZÄÖÜ][a-zäöüß]{2,20}minister)(?:in)?"
    r"|Rapporteur|Secretary|Chancellor|Attorney General|Solicitor General"
    # the Swiss Amtliches Bulletin: a federal councillor after the name, surname
    # first ("Keller-Sutter Karin, Bundesrätin:"), a member speaking for the
    # committee ("Gafner Andreas (V, BE), für die Kommission:", "… pour la commission:")
    r"|Bundesrat|Bundesrätin|für die Kommission|pour la commission"
)
OFFICE_LABEL: Final = LazyPattern(
    # (up to five words: "Prof. Dr. K. Peter Voss, Finanzminister:")
    rf"^(?P<name>{UP}[\w’'.\-]*(?:\s+(?:{PARTICLE}\s+){{0,2}}-?{UP}[\w’'.\-]*){{0,4}})(?:\s*\([^()\n]{{1,40}}\))?,\s+"
    rf"(?:{_SPEAKING_OFFICES})\b[^:\n]{{0,100}}:(?:\s+(?P<rest>\S)|\s*$)"
)
# The first line of a label in capitals that a stenographer wrapped after the
# name and office, the rest on the next lines up to its colon: "SENATOR MAYA IBSEN,
# CHAIR," / "SENATE STANDING COMMITTEE ON PORTS:   Good morning" (Geneva Worldwide).
_CAPS_TITLED_NAME: Final = rf"^(?i:{HONORIFIC})\s+{_UPPER_WORD}(?:\s+{_UPPER_WORD}){{0,4}},"
CAPS_OFFICE_OPEN: Final = recache.compile(_CAPS_TITLED_NAME + r"\s+[A-Z][A-Z&.'’ -]{0,40},$")
# Such a first line wrapped inside the office, no comma at its end: "SENATOR TIM ROE,
# CHAIR, SENATE" / "STANDING COMMITTEE ON PORTS:   Well, …" (a caller checks that a
# line in capitals with the colon follows, so that a list of names in capitals is none).
CAPS_OFFICE_HEAD: Final = recache.compile(_CAPS_TITLED_NAME + r"\s+[A-Z][A-Z&.'’ ,-]{0,60}[A-Z]$")
# The first line of such a label that the print wrapped: "Ertl, Bundesminister für Ernährung,".
OFFICE_OPEN: Final = LazyPattern(
    rf"^(?P<name>{UP}[\w’'.\-]*(?:\s+(?:{PARTICLE}\s+){{0,2}}-?{UP}[\w’'.\-]*){{0,4}})(?:\s*\([^()\n]{{1,40}}\))?,\s+"
    rf"(?:{_SPEAKING_OFFICES})\b[^:\n]{{0,80}}$"
)


# A member's label with no space after its colon, as a copy from a web page leaves
# it: "Mr Tom Baird:Thank you.", "Ada Crane (Bootle) (Lab):I beg to move". A title
# or the seat and party in brackets makes it a name, not "Note:The" or "Re:Budget".
TIGHT_NAME_LABEL: Final = LazyPattern(
    rf"^(?P<name>(?P<title>(?:{PERSON_TITLES})\.?\s+)?"
    rf"{UP}[\w’'\-]*(?:\s+{UP}[\w’'\-]*){{0,3}})"
    r"(?:\s*(?P<delivery>\([^()]*\)(?P<party>\s*\([^()]*\))?))?"
    r"(?P<term>:)(?P<rest>[A-Z\"“‘'(\[].*)$"
)


# A reply to a numbered item, as a chat or a thread answers an agenda point by point:
# "Re. 9", "Re 3.1" before the colon.
_ITEM_REPLY: Final = recache.compile(r"^Re\.?[ \t]+\d[\d.]*$")


def colon_label(text: str) -> re.Match[str] | None:
    """COLON_LABEL, tried only on text with a colon (most lines of speech have
    none, and the name's words are tried every way before the engine fails);
    then a member's label whose speech follows the colon without a space.

    >>> colon_label("Mao Zedong: Yes.").group("name"), colon_label("MAO ZEDONG. Yes.")
    ('Mao Zedong', None)
    >>> colon_label("Ms Ada Crane:Thank you.").group("rest"), colon_label("Note:The end")
    ('Thank you.', None)
    >>> colon_label("Re. 9: I agree."), colon_label("Rev. Ames: Let us pray.").group("name")
    (None, 'Rev. Ames')
    """
    if ":" not in text and "：" not in text:
        return None
    found = COLON_LABEL.match(text)
    if found is not None and found.group("degrees") and " " not in found.group("name"):
        return None  # degrees follow a person's full name ("Ada Roe, MA:"), not "Studium, BA:"
    if found is not None and text[:2] == "Re" and _ITEM_REPLY.match(found.group("name")):
        return None  # "Re. 9: I agree" answers an agenda's item 9: no one's label
    if found is None and "]:" in text[:200]:
        found = HOLDER_IN_BRACKETS.match(text)
    if found is None and ":" in text[:120]:
        tight = TIGHT_NAME_LABEL.match(text)
        if tight is not None and (tight.group("title") or tight.group("party")):
            return tight
    return found


# A title and a name, then a full stop, in mixed case: printed hearings whose small
# capitals were lost in the text copy ("Mr. Kohl. Thank you.", "Chairwoman Marsh.").
_TITLES: Final = (
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gen|Adm|Gov|Col|Lt|Capt|Maj|Sgt|Cdr|Prof|Rev)\.|Senator|"
    r"Representative|Chairman|Chairwoman|Chairperson|Chair|Judge|Justice|Commissioner|"
    r"Secretary|Governor|Mayor|Ambassador|Admiral|General|Madam|Madame|The|"
    # ranks and callings, as a witness is addressed: "Colonel North.", "Lieutenant
    # Colonel Reed.", "Professor Ames.", "Father Ryan."
    r"(?:Lieutenant\s+)?Colonel|Major|Captain|Lieutenant|Sergeant|Commander|Professor|"
    r"Father|Sister|Reverend|Bishop|Dean)"
)
TITLED_LABEL: Final = recache.compile(
    rf"^(?P<name>{_TITLES}"
    # "Ms. Tuiasosopo of American Samoa", as members are told apart
    # (a name the print wrapped at its hyphen, the lines joined: "Baptiste- Moreau")
    # (a web copy that lost the space after the title's stop: "Mr.Ball.")
    rf"(?:\s+|(?<=\.)(?={UP})){UP}(?:[\w’']*-\s{UP})?[\w’'\-]+"
    rf"(?:\s+(?:of|de|van|von|del|da)\s+{UP}[\w’'\-]+(?:\s+{UP}[\w’'\-]+)?)?)"
    r"(?:\s*(?P<delivery>\([^()]*\)|\[[^\[\]]*\]))?(?P<term>\.)(?:\s+(?P<rest>\S.*))?$"
)
# A title whose name the record's publisher blacked out, then the speech after the
# gap the name left: "Mr.   Of course." (a congressional committee's released
# deposition, its staff's names redacted).
REDACTED_TITLE: Final = recache.compile(
    r"^(?P<name>(?:Mr|Ms|Mrs|Miss|Dr)\.)(?P<gap>[ \t\u00a0]{2,})(?P<rest>\S.*)$"
)
# A deposition's cover naming the deponent: "DEPOSITION OF: DANA QUIRKE", "VIDEOTAPED
# DEPOSITION OF KEITH KELLOGG, JR.", "TRANSCRIBED INTERVIEW OF ANA ROE" (callers try
# it only on a line in capitals opening so).
DEPONENT: Final = recache.compile(
    r"^(?:(?:VIDEOTAPED|VIDEO|ORAL|REMOTE|CONTINUED)\s+)?(?:DEPOSITION|TRANSCRIBED\s+INTERVIEW)"
    r"\s+OF:?\s+(?P<name>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){1,4})(?:,.*)?$"
)
# Who presides, as a hearing's opening paragraph says: "Hon. Delia Marsh [chairwoman of
# the subcommittee] presiding", "Hon. Teodoro Ruiz, chairman of the committee, presiding".
PRESIDING: Final = LazyPattern(
    rf"\b(?:Hon\.|Senator|Representative)\s+(?P<name>{UP}[\w’'.-]*(?:\s+{UP}[\w’'.-]*){{0,3}})"
    r"\s*[\[(,]\s*(?P<office>chair(?:man|woman|person)?|vice chair(?:man|woman)?)\b"
    r"[^\[\]()]{0,80}?[\])]?,?\s+presiding\b",
    re.I,
)


def presiding_item(text: str) -> str | None:
    """Who presides, as an older print's list of members says: "Present:
    Representatives Hale (presiding), Moss of Utah, …". Read from the
    words right before the note (no pattern searched over the whole line).

    >>> presiding_item("Hale (presiding), Lund"), presiding_item("Lund of Ohio (presiding)")
    ('Hale', 'Lund of Ohio')
    >>> presiding_item("the member presiding")
    """
    at = text.find(" (presiding)")
    if at < 0:
        return None
    words = text[max(0, at - 80) : at].replace(",", " ").split()
    if len(words) >= 3 and words[-2] == "of" and words[-3][:1].isupper():
        words = words[-3:]  # "Moss of Utah": a member named with the state
    elif words:
        words = words[-1:]
    name = " ".join(words)
    return (
        name if name[:1].isupper() and name.replace(" of ", "").replace(" ", "").isalpha() else None
    )


# The first line of a label the print wrapped: "Ms. Tuiasosopo of American" / "Samoa. …".
TITLED_OPEN: Final = recache.compile(
    rf"^{_TITLES}\s+{UP}[\w’'\-]+(?:\s+(?:of|de|van|von|del|da)(?:\s+{UP}[\w’'\-]+)?|-)$"
)
# A hearing's heading before a witness's words: "STATEMENT OF DR. ADA OKAFOR, …",
# "OPENING STATEMENT OF HON. …", "TESTIMONY OF …": never a label.
_HEARING_HEAD: Final = (
    r"^(?:(?:OPENING|PREPARED|JOINT|CLOSING)\s+)?(?:STATEMENTS?|TESTIMONY|REMARKS)\s+OF"
)
HEARING_HEADING: Final = recache.compile(_HEARING_HEAD + r"\b")
# the first letters of those words: lines opening otherwise are not tried
HEARING_FIRST: Final = "OPJCSTR"
# The witness a hearing's heading names: "STATEMENT OF THE HONORABLE PETER J.
# LINDQVIST, ADMINISTRATOR, …", "TESTIMONY OF DR. ANN ROE" (up to a comma or the end).
# (a rank before the name is no part of it: "STATEMENT OF LIEUTENANT COLONEL HAGEN
# ROSSLER, …"; two words of name at least must follow, so "MAJOR OWENS" stays a name)
_WITNESS_RANK: Final = (
    r"(?:(?:(?:LIEUTENANT|MAJOR|BRIGADIER|REAR|VICE)\s+)?"
    r"(?:GENERAL|COLONEL|ADMIRAL|COMMANDER|CAPTAIN|MAJOR|LIEUTENANT)\s+)?"
)
WITNESS_NAME: Final = recache.compile(
    _HEARING_HEAD
    + r"\s+(?:THE\s+)?(?:HONORABLE\s+|HON\.\s+)?(?:(?:DR|MR|MRS|MS|MISS)\.?\s+)?"
    + _WITNESS_RANK
    + r"(?P<name>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){1,4})(?:,|$)"
)
# A member on a committee's roster, as a GPO print sets it on the cover: the name
# in capitals, a comma and the state, two columns to a line that a copy may run
# together ("PAUL E. KANJORSKI, Pennsylvania      SPENCER BACHUS, Alabama",
# "CAROLYN McCARTHY, New York", "DIANA DeGETTE, Colorado"; the chair's own line
# adds ", Chairman"). Only a state of the closed list ends it, so "JONES, Jr.,
# North Carolina" is left out.
_ROSTER_WORD: Final = r"(?:[A-Z][a-z]{1,2})?[A-Z][A-Z’'-]*\.?"
ROSTER_MEMBER: Final = recache.compile(
    rf"(?<![\w.’'-])(?P<name>{_ROSTER_WORD}(?: {_ROSTER_WORD}){{1,4}}), "
    rf"(?P<state>{_STATE})(?![a-z])"
)
# The same member as the contents list names her, in running case, by her seat:
# "Hon. Janice D. Roe, a Representative in Congress from the State of Illinois"
# (also "a U.S. Senator from the State of …", "… from the Commonwealth of …").
SEATED_MEMBER: Final = recache.compile(
    r"(?<![\w.’'-])Hon\. (?P<name>[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,4}), an? "
    r"(?:Representative in Congress|U\.S\. Senator|United States Senator|Delegate in Congress"
    r"|Resident Commissioner in Congress) from (?:the )?(?:State|Commonwealth|Territory) of "
    rf"(?P<state>{_STATE})(?![a-z])"
)
# A transcript's key to its labels: "I: Interviewerin (Maren Schröder)", "B: Befragte
# (anonymised)", "R: Respondent": a label, a role, the person in parentheses.
LEGEND: Final = LazyPattern(
    r"^(?P<label>[A-Z]{1,3}\d?):[ \t\xa0]+"
    r"(?P<role>Interviewer(?:in)?|Interviewte[rn]?|Befragte[rn]?|Erzähler(?:in)?|"
    r"Respondent|Interviewee|Narrator|Moderator(?:in)?)"
    r"(?:[ \t]*\((?P<name>[^()\n]{1,60})\))?[ \t]*$"
)
# A key to initials that opens the label, the name after it, a role after that:
# "RF: Rosa Fuentes, interviewer", "TL = Teodora Lisle (narrator)", "JW - Jane Wu"
# (a key only where the letters are the name's initials, or the role's shortened
# with a number after it, "INT2 = Tomas Vey (interviewer)": the caller checks).
INITIALS_LEGEND: Final = LazyPattern(
    r"^(?P<label>[A-Z][A-Za-z]{0,3}\d?)[ \t]*(?::|=|[-–—](?=[ \t]))[ \t]*"
    r"(?P<name>[^\s,()=:;][^,()=:;\n]{1,58}?)"
    r"(?:[ \t]*,[ \t]*(?P<role>[^,()\n]{2,40}?)|[ \t]*\((?P<role2>[^()\n]{2,40})\))?[ \t]*$"
)
# The rest of a "Key: value" line that is only a link: "Agenda: <https://…>".
LINK_ONLY: Final = recache.compile(r"^<?(?:https?://|www\.)[^\s<>]+>?$")
# Initials as a label with no space after the colon: "JS:Well, ...".
TIGHT_LABEL: Final = recache.compile(r"^(?P<name>[A-Z]{1,4}):(?P<rest>[A-Z\"“‘'(\[].*)$")
# Depositions and hearings: "Q. Where were you?" / "A. At home."
# (numbered in a sworn statement: "Q1. What time …", "A1. About 1800.")
# (spelled out with a full stop, as the GPO prints a staff deposition in a committee's
# hearing volume: "Question. Did you log it?" / "Answer. I did."; with a colon the word
# heads a quiz's or a FAQ's entry, "Answer: Lima.", and stays no label)
QA_LABEL: Final = recache.compile(
    r"^(?P<name>[QA])(?:\d{1,3}[.:]|[.:]|(?<=Q)uestion\.|(?<=A)nswer\.)\s+(?P<rest>\S.*)$"
)
# Court transcripts: "DIRECT EXAMINATION", "CROSS-EXAMINATION BY MR. SMITH:",
# "EXAMINATION OF JOHN DOE", "BY MS. JONES:" (who asks the questions that follow).
_BY_NAME: Final = r"(?:MR|MRS|MS|MISS|DR)\.?\s+[A-Z][A-Za-z'’\-]+(?:\s+[A-Z][A-Za-z'’\-]+)?"
EXAMINATION: Final = recache.compile(
    r"^(?:(?:(?:RE-?)?(?:DIRECT|CROSS|RECROSS|REDIRECT|VOIR\s+DIRE|FURTHER(?:\s+[A-Z]+)?)"
    r"[\s-]+)?EXAMINATION(?:\s+OF\s+(?P<of>[A-Z][A-Z.'’\- ]{1,40}?))?"
    rf"(?:\s*\(?(?:CONTINUED|RESUMED)\)?)?(?:\s+BY\s+(?P<by>{_BY_NAME}))?[.:]?"
    rf"|BY\s+(?P<by2>{_BY_NAME})[.:]?)$"
)
# A public inquiry's "Questions from LEAD COUNSEL TO THE INQUIRY", "Questions by MR
# KEITH" (:func:`inquiry_questions` refuses a line of the index, "… ....... 12").
INQUIRY_QUESTIONS: Final = recache.compile(
    r"^(?:Further\s+)?(?:[Qq]uestions|[Qq]uestioned|[Ee]xamination|[Ee]xamined)\s+(?:from|by)\s+"
    # (a military court's office with its holder in brackets: "Questions by the Trial
    # Counsel [MAJ DEWITT]:")
    r"(?P<from>[A-Z].{0,60}|the\s+[A-Z][^\[\]]{0,60}\[(?P<holder>[^\[\]]{2,40})\]:?)$"
)


def inquiry_questions(text: str) -> str | None:
    """Who asks, as the heading names them (a name or an office), or None.

    >>> inquiry_questions("Questions by the Trial Counsel [MAJ DEWITT]:")
    'MAJ DEWITT'
    >>> inquiry_questions("Questions by the way, 12")
    """
    found = INQUIRY_QUESTIONS.match(text)
    if found is None or any(c.isdigit() for c in found.group("from")):
        return None
    if found.group("holder"):
        return found.group("holder").strip()  # the officer the brackets name asks
    asker = found.group("from")
    for tail in (" (continued)", " (resumed)"):
        asker = asker.removesuffix(tail)
    return asker.strip()


# "PROFESSOR ANN WARD (affirmed)", "MR JOHN SMITH (sworn)": a witness takes the oath;
# an inquest's witness known by a cipher only ("W42 (re-sworn)") as well.
WITNESS_OATH: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Z0-9.'’\- ]{2,60}?)\s*\((?:duly\s+|re-?|previously\s+)?(?:sworn|affirmed)"
    r"(?:,?\s+via\s+[\w ]+)?\)\.?$"
)


def witness_oath(text: str) -> re.Match[str] | None:
    """:data:`WITNESS_OATH`, tried only on a line that ends with its bracket and
    holds its words (the lexer and the classifier ask it of every line)."""
    if text[-1:] not in ")." or ("sworn" not in text and "affirmed" not in text):
        return None
    return WITNESS_OATH.match(text)


# "JOHN DOE, having been first duly sworn, testified as follows:"; a court
# reporter's line over the examination: "TOM PARK, GOVERNMENT'S WITNESS, SWORN",
# "ANA LIND, DEFENDANT'S WITNESS, PREVIOUSLY SWORN", "JO REYES, SWORN"
WITNESS_SWORN: Final = recache.compile(
    r"^(?P<name>[A-Z][A-Za-z.'’\-]+(?:\s+[A-Z][A-Za-z.'’\-]+){0,3}),\s+(?:having\s+been|"
    # (a military court's witness with the service after the name: "OLIN PRAGER, U.S.
    # Army, was called as a witness for the prosecution, was sworn, …")
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},\s+)?(?:was\s+)?"
    r"called\s+as\s+a\s+witness|being\s+(?:first\s+)?(?:duly\s+)?sworn|"
    r"a\s+witness\s+(?:called|produced)|who,?\s+having|"
    r"(?:[A-Z]+['’]S\s+)?(?:REBUTTAL\s+)?WITNESS,\s+(?:PREVIOUSLY\s+|RE)?(?:SWORN|AFFIRMED)\b|"
    r"(?:SWORN|AFFIRMED)\b)"
)
# The reporter's sentence that calls a witness: "Whereupon, J. Lee Rankin was called
# for examination …", "Whereupon, ANA ROE, having been first duly sworn, …" (callers
# look for it only in a paragraph holding "Whereupon").
WHEREUPON_WITNESS: Final = recache.compile(
    r"\bWhereupon,\s+(?P<name>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]+),?\s+"
    r"(?:was\s+(?:called|duly\s+sworn|first\s+duly\s+sworn|sworn)|having\s+been|called\s+as)"
)
# A time inside a label's parentheses: "Jane Doe (00:01:23):".
LABEL_TIME: Final = recache.compile(r"\((?P<t>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\)")
CAPITALS_LINE: Final = recache.compile(r"^(?=[^a-z]*[A-Z]{3})[^a-z]*$")


def capitals_heading(text: str, min_words: int = 1) -> bool:
    """A line in capitals with no full stop at its end: "DIRECT EXAMINATION".

    >>> capitals_heading("DIRECT EXAMINATION"), capitals_heading("NO.")
    (True, False)
    >>> capitals_heading("INDEX", min_words=2)
    False
    """
    return (
        len(text) <= 80
        and len(text.split()) >= min_words
        and bool(CAPITALS_LINE.match(text))
        and not text.endswith((".", "?", "!", ","))
    )


# Reported speech: an upper-case name followed by a lower-case word.
REPORTED: Final = recache.compile(
    rf"^(?P<name>(?:(?i:{HONORIFIC})\s+)?{_UPPER_WORD}(?:\s+{_UPPER_WORD})*)\s+(?P<verb>{LOW}+)\b"
)
INITIALS_PREFIX: Final = recache.compile(rf"^(?:{UP}\.\s?)+")

SUPERSCRIPT_DIGITS: Final = "⁰¹²³⁴⁵⁶⁷⁸⁹"
FROM_SUPERSCRIPT: Final = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
TO_SUPERSCRIPT: Final = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)
NOTE_BODY: Final = recache.compile(
    rf"^(?:\[(?P<number>\d{{1,4}})\]|(?P<sup>[{SUPERSCRIPT_DIGITS}]{{1,4}}))"
    r"(?P<space>\s*)(?P<body>.*)$"
)


def year_number(number: str) -> bool:
    """Whether a bracketed number is four figures of a year (1700-2099), as a
    law report's neutral citation opens ("[1995] HCATrans 200") and a text
    cites one ("Roe v Lee [2003] EWCA Civ 12"): a footnote's number only where
    the notes go that far.

    >>> year_number("1995"), year_number("12"), year_number("2150")
    (True, False, False)
    """
    return len(number) == 4 and "1700" <= number <= "2099"


CLOSER: Final = recache.compile(
    r"^(?P<intro>(?:[A-Z][a-z]+\s+)?(?:transcribed|recorded|prepared|compiled|taken down|"
    r"written down|noted down|drafted)\s+by):?\s*(?P<names>.*)$",
    re.I,
)
# A name of up to four words; a middle initial may stand among them ("Augustus P. Lindqvist").
# (particles inside: "Marcus van der Berg", "Ana de la Cruz")
# (capitals of any script: "José Ñúñez", "Łucja Ćwik")
SHORT_NAME: Final = recache.compile(
    rf"^(?:{UP}\.\s?)*{UP}[\w’'\-]+(?:\s+(?:{UP}\.|{UP}[\w’'\-]+))?"
    rf"(?:\s+{PARTICLE}){{0,2}}(?:\s+(?:{UP}\.|{UP}[\w’'\-]+)){{0,3}}(?<=[\w’'\-])\.?$"
)


def by_line_names(text: str) -> list[str] | None:
    """The interviewers a presidential library's title block names on a line of
    their own under the place and the date ("by J.T. Curry and P.D. Lagerquist"):
    each a name of two words or more, or None where the line holds anything
    else ("by Christmas Day the mill had closed").

    >>> by_line_names("by J.T. Curry and P.D. Lagerquist")
    ['J.T. Curry', 'P.D. Lagerquist']
    >>> by_line_names("by Christmas Day the mill had closed") is None
    True
    """
    if text[:3] != "by ":
        return None  # (nearly every line: no such line)
    names = [n.strip() for n in re.split(r",\s+and\s+|\s+and\s+|\s+&\s+|,\s+", text[3:].strip())]
    if not all(" " in n and SHORT_NAME.match(n) for n in names):
        return None
    return names


# "Ruth Bellamy (RB)": a name with the initials the transcript labels her by.
# (what follows the initials after a comma is kept: "Jürgen Kaya (B), geb. 1951")
NAME_WITH_INITIALS: Final = recache.compile(
    r"^(?P<name>[^\s,()](?:[^,()]*[^\s,()])?)\s+\((?P<initials>[A-Z]{1,4})\)(?:,[^()]*)?$"
)
TRANSLATOR: Final = recache.compile(
    r"(?P<lead>Translated(?:\s+from\s+(?:the\s+)?(?P<lang>[A-Z][a-z]+))?\s+"
    r"(?:and\s+annotated\s+)?by)\s+"
    # names with initials ("A. P. Smith"): each full stop is followed by a capital,
    # so the runs between full stops are read once each; a run starts and ends
    # with a non-space, so the spaces around it are read once too
    r"(?P<names>[^.\s](?:[^.]*[^.\s])?(?:\.\s?[A-Z](?:[^.]*[^.\s])?)*)\.?\s*$"
)
ARCHIVE_KEY: Final = recache.compile(
    r"\b(?P<key>Collection|Fond|Record Group|Inventory|Opis|File|Delo|Sheets?|Pages?|"
    r"Box|Folder|Series|f\.|op\.|d\.|ll\.|l\.|RG)\s*(?P<value>\d[\w\-–]*)"
)
ARCHIVE_HEAD: Final = recache.compile(r"^(?P<repo>[A-Z][A-Za-z]{1,11})[.,]\s+(?P<rest>.*)$")
# Searches over whole lines begin with a look-ahead for the first letters the
# words can start with, so the engine skips other positions cheaply.
RIGHTS: Final = recache.compile(
    r"(?=[wcrlap©])\b(?:welcomes reuse|copyright|rights holders?|rights status|all rights reserved|"
    r"licen[cs]ed under|creative commons|permission to reproduce|permission for)\b|©",
    re.I,
)
# A piece of each alternative of RIGHTS: a text that has none of them, lower-cased,
# cannot match. Their letters match, ignoring case, only characters that
# lower() turns into them (checked over every code point), so this is exact.
_RIGHTS_WORDS: Final = (
    "welcome",
    "copyr",
    "holder",
    "tatu",
    "erved",
    "ed under",
    "creat",
    "perm",
    "©",
)


# An oral history's release or rights field in its front matter: "Release: The
# narrator signed …", "Legal release: …", "Restrictions: none", "Nutzungsrechte: …".
RIGHTS_KEY: Final = recache.compile(
    r"^(?:legal\s+)?(?:release|rights|restrictions|terms of use|conditions of use"
    r"|nutzungsrechte|rechte|droits|derechos|sperrfrist)\s?:[ \t]+\S",
    re.I,
)


def rights_search(text: str) -> re.Match[str] | None:
    """RIGHTS, tried only on text that holds a piece of one of its words (a
    case-insensitive alternation is tried at every position of the text)."""
    lowered = text.lower()
    if not any(word in lowered for word in _RIGHTS_WORDS):
        return None
    return RIGHTS.search(text)


# Words of a speaker to the room: the first and second persons, and a request
# ("Juror 4, please come forward.": an address, never the record's narration).
FIRST_SECOND_PERSON: Final = recache.compile(
    r"(?=[imwuyop])\b(?:I|me|my|mine|we|us|our|ours|you|your|yours|please)\b", re.I
)
# A record's line about the proceedings, in the third person and the past:
# "The agenda was adopted.", "The witness was sworn.", "Several HON. MEMBERS rose."
PROCEEDINGS: Final = recache.compile(
    r"^(?:The|Several|Some|Many|All|Other|Two|Three|Both)\s(?:[^!?]{0,60}?\s)?"
    r"(?:(?:was|were)\s(?:"
    + "|".join(PASSIVE_PROCEEDINGS)
    + r")|"
    + "|".join(ACTIVE_PROCEEDINGS)
    + r")\b[^!?]{0,60}[.!]?$"
)
# Westminster's record of a question before the House, on a line of its own between
# speeches ("Question put, That the amendment be made.", "Question put forthwith
# (Standing Order No. 62(2)), That …", "Question accordingly agreed to.", "Amendment
# negatived.", "Bill accordingly read a Second time."): the clerk's narration, no
# member's words. Tried only on a line opening with one of the words (see HOUSE_QUESTION_LEADS).
HOUSE_QUESTION: Final = recache.compile(
    r"^(?:Question|Main\sQuestion|Amendment|Motion|Clause|Bill|Lords\samendment)"
    r"(?:\s\d{1,3}[A-Z]?)?\s(?:accordingly\s|forthwith\s|again\s)?"
    r"(?:put|agreed\sto|negatived|withdrawn|proposed|read\sa\s(?:First|Second|Third)\stime)\b"
)
HOUSE_QUESTION_LEADS: Final = (
    "Question ",
    "Main Question",
    "Amendment",
    "Motion ",
    "Clause ",
    "Bill ",
    "Lords amendment",
)
# A chamber's record of its sitting before the first speech: "The House met at
# half-past Eleven o'clock", "The Subcommittee met, pursuant to notice, at 2 p.m.",
# "The Secretary of State was asked—", "Prayers", "[Madam Deputy Speaker in the
# Chair]", the Lords' "Baroness Hallam of Bexford asked His Majesty's Government:"
# over the question.
SITTING_NARRATION: Final = recache.compile(
    # (an assembly's as a parliament's: "The Assembly met at 10:30 am (Mr Speaker in
    # the Chair).")
    r"^(?:The\s(?:House|Assembly|Senate|Senedd|Parliament)\s(?:met|being\smet)\b[^\n]{0,300}"
    # a hearing's opening: "The committee met, pursuant to notice, at 10 a.m., in …"
    r"|The\s(?:[A-Z]?[a-z]+\s){0,3}(?:[Ss]ubcommittee|[Cc]ommittee|[Cc]ommission|[Bb]oard"
    r"|[Cc]ouncil|[Pp]anel)\s(?:met|convened|reconvened)\b[^\n]{0,300}"
    r"|The\s(?:[\w'’,-]+\s){0,12}was\sasked\W{0,3}"
    r"|(?:Prayers|PRAYERS)[.—-]?"
    # an assembly's silence before its business: "Members observed two minutes' silence."
    r"|Members\sobserved\s(?:a|one|two|a\sminute['’]s|one\sminute['’]s|two\sminutes['’])\ssilence\.?"
    r"|(?:[\w'’.-]+\s){1,8}asked\s(?:Her|His)\sMajesty['’]s\sGovernment:?"
    r"|\[(?:[\w.'’-]+\s){1,8}in\sthe\s(?:Chair|CHAIR)\.?\])$"
)
# A chamber's time of day alone on its line as Hansard prints it: "9.30 am", "2.44 pm".
SITTING_TIME: Final = recache.compile(r"^\d{1,2}\.\d{2}\s?[ap]\.?m\.?$")
# The clerk's business as the Congressional Record reports it, of any length:
# "The assistant legislative clerk read the nomination of …, to be …".
CLERK_BUSINESS: Final = recache.compile(
    r"^The\s(?:[a-z]+\s){0,3}clerk\s(?:read|proceeded|called)\b"
)
# A paragraph of a novel's dialogue: it opens with a quotation that a tag names the
# speaker of, right after its closing mark ('"Yes, madam," replied Charles, "I …',
# '"Oh!" cried Mrs. Hale.', '"Well," Mr. Wilton said'), narration quoting someone.
_TAG_VERB: Final = "|".join(sorted(SPEECH_TAG_VERBS))
DIALOGUE_TAG: Final = recache.compile(
    r"^[\"“][^\"“”\n]{1,400}[\"”],?\s+"
    rf"(?:(?:{_TAG_VERB})\s+(?:(?:Mr|Mrs|Dr)\.\s|Miss\s)?{UP}"
    rf"|(?:(?:Mr|Mrs|Dr)\.\s)?{UP}\w+(?:\s{UP}\w+)?\s(?:{_TAG_VERB})\b)"
)
NARRATION_SUBJECT: Final = recache.compile(
    r"^(?:They|Both|All|Everyone|The (?:participants|sides|leaders|delegations|"
    r"interlocutors|conversation|meeting|talks?))\b"
)

LANGUAGE_CODES: Final = {
    "russian": "ru",
    "chinese": "zh",
    "german": "de",
    "french": "fr",
    "spanish": "es",
    "italian": "it",
    "polish": "pl",
    "czech": "cs",
    "hungarian": "hu",
    "romanian": "ro",
    "bulgarian": "bg",
    "serbian": "sr",
    "ukrainian": "uk",
    "japanese": "ja",
    "korean": "ko",
    "vietnamese": "vi",
    "arabic": "ar",
    "persian": "fa",
    "portuguese": "pt",
    "mongolian": "mn",
    "albanian": "sq",
}
# Citation styles that imply the language of the original document:
# "f. 52, op. 1, d. 498" (fond, opis, delo) in this order.
_RUSSIAN_KEYS: Final = (
    recache.compile(r"\bf\.\s*\d"),
    recache.compile(r"\bop\.\s*\d"),
    recache.compile(r"\bd\.\s*\d"),
)


def russian_archive_style(text: str) -> bool:
    """Whether a citation names fond, opis and delo in this order (three scans,
    each from where the last one ended: linear, where one pattern with two
    ``.*`` was cubic).

    >>> russian_archive_style("RGANI, f. 52, op. 1, d. 498"), russian_archive_style("op. 1 f. 2")
    (True, False)
    """
    position = 0
    for key in _RUSSIAN_KEYS:
        found = key.search(text, position)
        if found is None:
            return False
        position = found.end()
    return True


# A line that gives only a time of day, as a briefing's first and last lines do:
# "1:12 P.M. EDT", "10:03 a.m.", "END    1:31 P.M. EDT" (the word END before it).
# (whitehouse.gov's pages since 2025 set no-break spaces between END and the time)
CLOCK_LINE: Final = recache.compile(
    r"^(?:(?P<end>END|End)[ \t\u00a0]+)?(?P<time>(?P<h>\d{1,2})[:.](?P<m>[0-5]\d)[ \t]?"
    r"(?P<ap>[AaPp])\.?[ \t]?[Mm]\.?(?:[ \t\u00a0]+(?P<zone>[A-Z]{1,5}))?)"
)


def clock_line(text: str) -> re.Match[str] | None:
    """The parts of a line that gives only a time of day, or None.

    >>> clock_line("END                1:31 P.M. EDT").group("time")
    '1:31 P.M. EDT'
    >>> clock_line("1:12 p.m.") is not None, clock_line("Ends at 1:31 P.M.") is None
    (True, True)
    """
    first = text[:1]
    if not (first.isdigit() or first in "Ee") or len(text) > 60:
        return None
    match = CLOCK_LINE.fullmatch(text)
    if match is None or not 1 <= int(match.group("h")) <= 12:
        return None
    return match


def parse_clock(match: re.Match[str]) -> str:
    """The xs:time of a :func:`clock_line` ("13:12:00-04:00"), with the offset
    of its zone where :data:`TIME_ZONES` knows it.

    >>> parse_clock(clock_line("1:12 P.M. EDT")), parse_clock(clock_line("12:05 a.m."))
    ('13:12:00-04:00', '00:05:00')
    """
    hour = _hour_of_day(match.group("h"), match.group("ap"))
    return f"{hour:02d}:{match.group('m')}:00" + TIME_ZONES.get(match.group("zone") or "", "")


def _hour_of_day(hour: str, half: str) -> int:
    """The hour on a 24-hour clock of an hour on a 12-hour one and its "a"/"p"."""
    return int(hour) % 12 + (12 if half in "Pp" else 0)


# A German record's time of day: "9.01 Uhr", "13.30 Uhr", "11 Uhr 14 Minuten", "9 Uhr".
_UHR: Final = (
    r"(?P<time>(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d)[ \t]+Uhr"
    r"|[ \t]+Uhr(?:[ \t]+(?P<min>[0-5]?\d)[ \t]+Minuten)?))"
)
# A German record's hours of sitting on a line of their own: "Beginn: 9.01 Uhr",
# "(Schluss: 17.12 Uhr)", "(Schluß der Sitzung: 11 Uhr 14 Minuten.)", and the
# opening in a sentence, "Die Sitzung wird um 9 Uhr 3 Minuten durch den Präsidenten
# Dr. Roth eröffnet."
SITTING_HOURS: Final = recache.compile(
    r"^(?:\(?(?:(?P<start>Beginn)|(?P<end>Schlu(?:ss|ß)(?:[ \t]+der[ \t]+Sitzung)?))"
    r"[ \t]*:[ \t]*" + _UHR + r"\.?\)?"
    r"|(?P<opened>Die[ \t]+Sitzung[ \t]+wird[ \t]+um)[ \t]+"
    + _UHR.replace("?P<", "?P<o")
    + r"[ \t][^\n]{0,200}eröffnet\.?)$"
)


def sitting_hours(text: str) -> tuple[str, int, int, str] | None:
    """Where a line gives a German sitting's start or end ("Beginn: 9.01 Uhr"):
    its edge ("start" or "end"), where the time stands in it, and the time as
    xs:time; None for any other line.

    >>> sitting_hours("Beginn: 9.01 Uhr"), sitting_hours("(Schluß der Sitzung: 11 Uhr 14 Minuten.)")
    (('start', 8, 16, '09:01:00'), ('end', 21, 38, '11:14:00'))
    >>> sitting_hours("Wir beginnen um 9.30 Uhr.") is None
    True
    """
    if text[:1] not in "(BSD" or len(text) > 300:
        return None
    match = SITTING_HOURS.fullmatch(text)
    if match is None:
        return None
    prefix = "o" if match.group("opened") else ""
    minute = match.group(prefix + "m") or match.group(prefix + "min") or "0"
    edge = "end" if match.group("end") else "start"
    when = f"{int(match.group(prefix + 'h')):02d}:{int(minute):02d}:00"
    return edge, match.start(prefix + "time"), match.end(prefix + "time"), when


# An international tribunal's line for the sitting's times, set off by dashes: "---
# Upon commencing at 9.03 a.m." (the start), "--- Recess taken at 10.30 a.m.", "--- On
# resuming at 10.52 a.m.", "--- Whereupon the hearing adjourned at 1.45 p.m., to be
# reconvened …" (the end).
_TRIBUNAL_TIME: Final = recache.compile(
    r"^-{2,3} ?(?P<what>Upon commencing|On resuming|(?:Luncheon |Short )?(?:Recess|Break) taken"
    r"|Whereupon the (?:hearing|proceedings?) adjourned) at "
    r"(?P<time>(?P<h>\d{1,2})[.:](?P<m>[0-5]\d) ?(?P<ap>[ap])\.?m\.?)"
)


def tribunal_hours(text: str) -> tuple[str, int, int, str] | None:
    """Where a tribunal's dashed line gives the sitting's time, as
    :func:`sitting_hours` gives it; None for any other line.

    >>> tribunal_hours("--- Upon commencing at 9.03 a.m.")
    ('start', 23, 32, '09:03:00')
    >>> tribunal_hours("--- On resuming at 2.30 p.m.")
    ('', 19, 28, '14:30:00')
    >>> tribunal_hours("--- Whereupon the hearing adjourned at 1.45 p.m., to be reconvened")[0]
    'end'
    >>> tribunal_hours("--- see above at 9.03 a.m.") is None
    True
    """
    match = _TRIBUNAL_TIME.match(text) if text[:1] == "-" else None
    if match is None or not 1 <= int(match.group("h")) <= 12:
        return None
    what = match.group("what")
    edge = "start" if what == "Upon commencing" else "end" if what[:1] == "W" else ""
    when = f"{_hour_of_day(match.group('h'), match.group('ap')):02d}:{int(match.group('m')):02d}:00"
    return edge, match.start("time"), match.end("time"), when


# Hansard's time of a division, its bracket left open as printed, the minutes
# in one digit where under ten: "[9.2 pm" (21:02), "[10.15 pm".
_DIVISION_TIME: Final = recache.compile(
    r"^\[(?P<time>(?P<h>\d{1,2})\.(?P<m>[0-5]?\d)[ \t]?(?P<ap>[ap])\.?m\.?)$"
)


def division_time(text: str) -> tuple[str, int, int, str] | None:
    """Where a line is Hansard's division time ("[9.2 pm"): as
    :func:`sitting_hours` gives it, the edge empty; None for any other line.

    >>> division_time("[9.2 pm"), division_time("[12.30 am"), division_time("[Interruption.]")
    (('', 1, 7, '21:02:00'), ('', 1, 9, '00:30:00'), None)
    """
    match = _DIVISION_TIME.match(text) if text[:1] == "[" and len(text) <= 12 else None
    if match is None or not 1 <= int(match.group("h")) <= 12:
        return None
    when = f"{_hour_of_day(match.group('h'), match.group('ap')):02d}:{int(match.group('m')):02d}:00"
    return "", match.start("time"), match.end("time"), when


# Hansard's time alone on its line over a debate or a speech, the minutes in one
# digit where under ten as in its division times: "3.2 pm" (15:02), "11.5 am".
# (Two digits, "2.58 pm", are any clock line's: :func:`clock_line`.)
_HANSARD_TIME: Final = recache.compile(
    r"(?P<time>(?P<h>\d{1,2})\.(?P<m>\d)[ \t]?(?P<ap>[ap])\.?m\.?)"
)


def hansard_time(text: str) -> tuple[str, int, int, str] | None:
    """Where a line is Hansard's time with one digit of minutes ("3.2 pm"): as
    :func:`division_time` gives it; None for any other line.

    >>> hansard_time("3.2 pm"), hansard_time("3.25 pm"), hansard_time("3.2 per cent")
    (('', 0, 6, '15:02:00'), None, None)
    """
    match = _HANSARD_TIME.fullmatch(text) if text[:1].isdigit() and len(text) <= 8 else None
    if match is None or not 1 <= int(match.group("h")) <= 12:
        return None
    when = f"{_hour_of_day(match.group('h'), match.group('ap')):02d}:0{match.group('m')}:00"
    return "", 0, len(text), when


_NUMERIC_DATE: Final = recache.compile(
    r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})[./](?P<year>\d{4})"
)


_HAN_DATE: Final = recache.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")


def parse_date(text: str) -> str | None:
    """ISO form of a date written in one of the DATE shapes, or None.

    >>> parse_date("17.05.2022"), parse_date("14/11/2023"), parse_date("08/21/2025")
    ('2022-05-17', '2023-11-14', '2025-08-21')
    >>> parse_date("Sunday 6th April 2025"), parse_date("April 6th, 2025")
    ('2025-04-06', '2025-04-06')

    >>> parse_date("August 1, 1958"), parse_date("1 Aug. 1958"), parse_date("March 1953")
    ('1958-08-01', '1958-08-01', '1953-03')
    >>> parse_date("February 3-4, 1994")  # a meeting over two days: its first
    '1994-02-03'
    >>> parse_date("February 30, 1958") is None, parse_date("1958-02-30") is None
    (True, True)
    >>> parse_date("1er août 1958"), parse_date("1 августа 1958 г"), parse_date("3 de mayo de 1961")
    ('1958-08-01', '1958-08-01', '1961-05-03')
    >>> parse_date("2006年10月11日"), parse_date("2024/11/21")
    ('2006-10-11', '2024-11-21')
    >>> parse_date("Dé Céadaoin, 6 Deireadh Fómhair 2021"), parse_date("18 Samhain 2021")
    ('2021-10-06', '2021-11-18')
    """
    text = text.strip().rstrip(".")
    han = _HAN_DATE.match(text)
    if han is not None:  # "2006年10月11日", also with the time of day after it ("…日下午")
        try:
            return _dt.date(int(han["y"]), int(han["m"]), int(han["d"])).isoformat()
        except ValueError:
            return None
    numeric = _NUMERIC_DATE.fullmatch(text)
    if numeric is not None:  # "17.05.2022", "14/11/2023", "08/21/2025"
        first, second = int(numeric.group("a")), int(numeric.group("b"))
        swapped = numeric.group("sep") == "/" and second > 12  # "08/21/2025": month first
        dd, mm = (second, first) if swapped else (first, second)
        try:
            return _dt.date(int(numeric.group("year")), mm, dd).isoformat()
        except ValueError:
            return None
    if re.fullmatch(r"\d{4}[-/]\d{2}[-/]\d{2}", text):  # "1958-08-01", "2024/11/21"
        try:
            return _dt.date.fromisoformat(text.replace("/", "-")).isoformat()
        except ValueError:  # "1958-02-30", "1958-13-01"
            return None
    words = re.findall(r"[^\W\d_]+|\d+", text)
    # (a month of two words first: Irish "6 Deireadh Fómhair 2021")
    pairs = (f"{a} {b}".lower() for a, b in itertools.pairwise(words))
    month = next((MONTHS[p] for p in pairs if p in MONTHS), None)
    if month is None:
        month = next((MONTHS[w.lower()] for w in words if w.lower() in MONTHS), None)
    numbers = [w for w in words if w.isdigit()]
    if month is None or not numbers:
        return None
    year = next((n for n in numbers if len(n) == 4), None)
    if year is None:
        return None
    days = [n for n in numbers if len(n) <= 2]
    if not days:
        return f"{year}-{month:02d}"
    try:
        return _dt.date(int(year), month, int(days[0])).isoformat()
    except ValueError:  # "February 30, 1958": not a day of the calendar
        return None


# A line of YAML front matter: "title: \"Press Briefing …\"", "source_url: https://…".
# (a Hugo site writes its front matter in TOML, between "+++" lines: "title = "…"")
YAML_FIELD: Final = recache.compile(
    r"(?P<key>[A-Za-z_][\w-]{0,30})(?::|[ \t]*=)[ \t]*(?P<value>.*)"
)
# How far down the "---" that closes a YAML front matter is looked for (a site's
# episode notes, hosts and links make a front matter of a hundred lines or more).
YAML_LINES: Final = 400


def yaml_front_end(texts: list[str]) -> int:
    """The index of the "---" that closes a YAML front matter opening ``texts``
    (non-blank lines: "---" / "title: …" / … / "---"), or 0 if there is none.

    >>> yaml_front_end(["---", "title: Radios", "---", "AM: Hello."])
    2
    >>> yaml_front_end(["---", "AM: Hello.", "BK: Hi."])
    0
    >>> yaml_front_end(["+++", 'title = "Radios"', "+++", "AM: Hello."])
    2
    >>> yaml_front_end(["---", "# View this page at https://…", "slug: radios", "---", "AM: Hi."])
    3
    """
    if len(texts) < 3 or texts[0] not in FRONT_MATTER_RULES:
        return 0
    first = 1
    while first < len(texts) - 1 and texts[first][:2] == "# ":
        first += 1  # a site's comments over the fields, as Hugo's archetypes write them
    if YAML_FIELD.fullmatch(texts[first]) is None:
        return 0
    # (a value may go on over lines, as YAML folds them)
    rule = texts[0]
    return next((i for i in range(2, min(len(texts), YAML_LINES)) if texts[i] == rule), 0)


# The lines around a front matter: YAML's, and TOML's as Hugo writes it.
FRONT_MATTER_RULES: Final = ("---", "+++")


def agenda_item(name: str) -> bool:
    """Whether a colon's name is a German record's agenda item, its word and its
    number ("Tagesordnungspunkt 29", "Zusatzpunkt 3 a", "TOP 4"): the order of
    the sitting, never a member, though it stands alone with a colon as members'
    labels do in the table of contents.

    >>> agenda_item("Tagesordnungspunkt 29"), agenda_item("Zusatzpunkt 3 a")
    (True, True)
    >>> agenda_item("TOP 4"), agenda_item("Tobias Utter"), agenda_item("Top Gun")
    (True, False, False)
    """
    first, _, rest = name.partition(" ")
    return first.casefold() in AGENDA_ITEM_WORDS and rest[:1].isdigit()
