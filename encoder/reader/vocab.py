"""Every word list of the reader and the transforms, kept in one place.

Patterns are built from these lists (``patterns.HONORIFIC`` from
:data:`HONORIFICS`, the office test from :data:`OFFICES`); a list that appears
a second time elsewhere is a bug waiting.
"""

from __future__ import annotations

from typing import Final

from ..lazyre import LazyPattern

# Titles and honorifics that may precede a name in a label or a list of
# participants ("Senator KENNEDY.", "Cde. Malinovsky", "THE PRESIDENT"), as
# regular-expression alternatives (a full stop is part of an abbreviation).
HONORIFICS: Final = (
    # offices of more than one word first, before their first word alone
    r"Prime\s+Minister",
    r"Deputy\s+Prime\s+Minister",
    r"Foreign\s+Minister",
    r"Secretary\s+of\s+State",
    r"Deputy\s+Secretary\s+of\s+State",
    r"Under\s+Secretary\s+of\s+State",
    r"Assistant\s+Secretary\s+of\s+State",
    # a briefing's labels: "UNDER SECRETARY BASS:" (State), "PRESS SECRETARY JOHN F.
    # KIRBY:" (the Pentagon), later "MR. KIRBY:": the office before the holder's name
    r"Under\s+Secretary",
    r"Assistant\s+Secretary",
    r"Press\s+Secretary",
    r"Secretary[-\s]General",
    r"Vice\s+President",
    r"Vice\s+Premier",
    r"Cdes?\.",
    "Comrades?",
    r"Messrs\.",
    r"Mr\.?",  # British usage drops the full stop
    r"Mrs\.?",
    r"Ms\.?",
    "Miss",
    # Spanish forms of address: "El Señor García López:", "La señora Ruiz:", "Sr. Gil"
    r"El\s+[Ss]eñor",
    r"La\s+[Ss]eñora",
    # the same in Galician and Catalan records: "O señor JORQUERA CASELAS:",
    # "A señora PRESIDENTA:", "El senyor PRESIDENT:", "La senyora ROCA:"; the
    # article must stand before the word, so a bare "A" or "O" is no title
    r"O\s+[Ss]eñor",
    r"A\s+[Ss]eñora",
    r"El\s+[Ss]enyor",
    r"La\s+[Ss]enyora",
    # a Brazilian chamber's record: "O SR. PRESIDENTE (…) -", "A SRA. ANA LIMA (…) -"
    r"O\s+SR\.",
    r"A\s+SRA\.",
    "Señora?",
    r"Sra?\.",
    "Doña",
    "Don",
    # British police ranks before an officer's name: "DC O'NEILL:", "DS Achterberg"
    "DCI",
    "DSU",
    "DC",
    "DS",
    "DI",
    "PC",
    "PS",
    # a head of government's office abbreviated before the name: "PM Ferreira:"
    "PM",
    # French forms of address: "Mme N'Diaye. –", "Mlle Roux"
    r"Mmes?\.?",
    r"Mlle\.?",
    "Madame",
    "Monsieur",
    r"Dr\.?",
    r"Gen\.",
    "General",
    "Marshal",
    "President",
    "Chairwoman",
    "Chairperson",
    "Chair",
    r"Vice\s+Chair(?:man|woman|person)?",  # "VICE CHAIRMAN MCDONOUGH." (FOMC)
    r"Ranking\s+Member",
    "Councillor",
    # the plural before a list of them: "Councilmembers Luis Alvarez, Hannah St. John"
    "Councilmembers",
    r"Council\s+Members",
    "Councillors",
    "Commissioners",
    "Aldermen",
    "Councilmember",
    r"Council\s+Member",
    "Supervisor",
    "Trustee",
    r"City\s+(?:Manager|Clerk|Attorney|Administrator)",
    "Councilman",
    "Councilwoman",
    "Assemblymember",
    r"Assembly\s+Member",
    "Assemblyman",
    "Assemblywoman",
    "Congressman",
    "Congresswoman",
    "Alderman",
    "Alderwoman",
    # a council's second officer before the name: "Vice Mayor Omar Roe", "Mayor Pro
    # Tem Ana Lee", "Deputy Mayor Bo Kerr" (the whole office, never "Vice" a given name)
    r"Vice[\s-]+Mayor",
    r"Mayor\s+Pro[\s-]+Tem(?:pore|\.)?",
    r"Deputy\s+Mayor",
    "Mayor",
    "Commissioner",
    "Delegate",
    "Governor",
    # New Zealand's and Australia's Hansard drop the full stop: "Hon Amy Roe"; without
    # it only before a full name, since "Hon Lee" is a given name and a surname
    r"Hon(?:\.|(?=\s+(?-i:[A-Z])[\w’'-]*\s+(?-i:[A-Z])))",
    "Honourable",
    "Honorable",
    # a member of Dáil Éireann before a full name: "Deputy Áine Roe:"; only so, since
    # "Deputy Director:" and "Deputy:" are offices, not a title before a name
    r"Deputy(?=\s+(?-i:[A-ZÁÉÍÓÚ])[\w’'-]*\s+(?-i:[A-ZÁÉÍÓÚ]))",
    r"Chief\s+Justice",
    "Ambassador",
    r"Amb\.",  # a documentary edition's list: "Amb. Walter J. Stoessel, Jr."
    "Minister",
    "Premier",
    "Chairman",
    r"Prof\.?",
    "Professor",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Senator",
    r"Sen\.",
    "Representatives?",
    r"Reps?\.",
    "Senators",
    r"Sens\.",
    "Secretary",
    "Admiral",
    # ranks shortened as the Pentagon's transcripts print them: "REAR ADM. JOHN KIRBY:",
    # "BRIG. GEN. PAT RYDER:", "SGT. MAJ. ANA ROE:"
    r"Rear\s+Adm(?:\.|iral)",
    r"Vice\s+Adm(?:\.|iral)",
    r"Adm\.",
    r"Brig\.",
    r"Sgt\.",
    r"Sergeant(?![\s-]+(?i:at)[\s-]+(?i:arms)\b)",  # (the Sergeant at Arms is an office)
    "Judge",
    "Justice",
    # a rank of two words before the name, as a hearing prints a witness in
    # uniform ("Lieutenant Colonel ROSSLER.", "Brig. Gen. Tull."): before its
    # first word alone
    r"Lieutenant\s+(?:Colonel|General|Commander|Governor)",
    r"Major\s+General",
    r"Brigadier\s+General",
    r"Lt\.\s+(?:Col|Gen|Cdr)\.",
    r"Maj\.\s+Gen\.",
    r"Brig\.\s+Gen\.",
    "Colonel",
    r"Col\.",
    "Major",
    r"Maj\.",
    "Captain",
    r"Capt\.",
    "Lieutenant",
    r"Lt\.",
    "Commander",
    r"Cdr\.",
    # the offices and forms of address of German parliamentary records
    # ("Vizepräsident Dr. Schäfer:", "Frau Dr. Lüders (FDP):")
    r"Vizepräsident(?:in)?",
    r"Alterspräsident(?:in)?",
    r"Präsident(?:in)?",
    r"Bundeskanzler(?:in)?",
    r"Bundesminister(?:in)?",
    r"Staatssekretär(?:in)?",
    r"Abgeordneter?",
    # its abbreviation in older records and in Landtag prints: "Abg. Müller (SPD):"
    r"Abg\.",
    # a member of Austria's second chamber: "Bundesrat Christoph Steiner (FPÖ, Tirol):",
    # "Bundesrätin Andrea Kahofer (SPÖ, Niederösterreich):"
    r"Bundesrat",
    r"Bundesrätin",
    # Austria's academic titles before a name: "Präsident Mag. Wolfgang Sobotka:",
    # "Abgeordnete Dipl.-Ing. Olga Voglauer (Grüne):"
    r"Mag\.(?:a\.)?",
    r"MMag\.",
    r"Dipl\.-Ing\.",
    r"Ing\.",
    r"DDr\.",
    "Frau",
    "Herr",
    # the Dutch and Flemish records' forms of address: "De heer Van Dam (VVD):",
    # "Mevrouw Baart (GroenLinks):"
    r"De\s+heer",
    "Mevrouw",
    "The",
)
# Titles as words, lower case: a biography's subject starts after them
# ("Ambassador Charles Bohlen"), and they are never a name's first word.
TITLE_WORDS: Final = frozenset(
    (
        "vice-admiral admiral general gen. marshal president chairman chairwoman premier "
        "minister ambassador secretary senator sen. representative rep. congressman "
        "congresswoman governor mayor judge justice chancellor commissioner comrade cde. "
        "cdes. mr. mrs. ms. miss dr. prof. professor sir lord lady king queen prince "
        "princess lieutenant-general major-general colonel captain the reference see"
    ).split()
)
# Titles that say a person's gender: "Mrs. SMITH" is not "Mr. Smith".
GENDERED_TITLES: Final = ("Mr", "Mrs", "Ms", "Miss", "Mme", "Madame", "Mlle")
# Offices named after a participant's name: "Colonel Goodpaster, Staff Secretary".
OFFICES: Final = (
    "Secretary",
    "Minister",
    "Ambassador",
    "Director",
    "Chairman",
    "Adviser",
    "Advisor",
    "Assistant",
    "Deputy",
    "Counselor",
    "Counsellor",
    "Officer",
    "Chief",
    "Head",
    "Interpreter",
    "Notetaker",
    "Premier",
    "Member",
    "Commissioner",
    "Attaché",
    "Consul",
    "Envoy",
    "Delegate",
    "Representative",
    # the part a participant takes: "Karen Lomax, Chairperson", "Nina Osei, Applicant"
    "Chairperson",
    "Chairwoman",
    "Chair",
    "Applicant",
    "Counsel",
    "Witness",
    "Moderator",
    # who speaks for an office to the press: "Ana Roe, Department Spokesperson"
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    # a society's or a committee's officers: "Tom Reed, Treasurer"
    "Treasurer",
    "Trustee",
    "Coordinator",
    "Convener",
    "Convenor",
    "Rapporteur",
    "Facilitator",
    # a body a participant belongs to: "Roger Morris, NSC Staff"
    "Staff",
    "Department",
    "Embassy",
    "Delegation",
    "Bureau",
)
# Offices a list of a hearing's participants sets on the line under a name,
# besides :data:`OFFICES`, which a copy may join to the name ("Jon Fisk Mayor"),
# and the words that may come before one ("Fire Chief", "Town Supervisor").
LIST_OFFICES: Final = frozenset(
    "mayor co-chair vice-chair co-chairman chairman supervisor superintendent executive "
    "manager coordinator trustee administrator commissioner ceo cfo coo".split()
)
OFFICE_QUALIFIERS: Final = frozenset(
    "fire police town city county village state executive managing general acting".split()
)
# The first word of a body's name on the line under a person's in such a list
# ("Village of Harbor Point", "Department of Transportation"): never a person.
BODY_WORDS: Final = frozenset(
    "village town city county state borough township department office committee board "
    "council agency authority commission university college school hospital district "
    "bureau ministry division association federation".split()
)
# Words of a record's or a body's name, never of a person's: a running head
# ("Rental Repairs Hearing") or a committee in a list of participants.
RECORD_WORDS: Final = frozenset(
    "hearing hearings committee senate assembly legislature legislative budget roundtable "
    "forum affairs services security department commission bureau".split()
)
# A chamber or its record named before a colon on a web page's title line
# ("Parliament: Questions and Answers - June 4"): said once before the text, no speaker.
CHAMBER_WORDS: Final = frozenset(
    "parliament congress senate assembly legislature house chamber hansard".split()
)
# Bodies a label may name as a speaker ("THE COURT:", the judge speaking for it):
# in running text, "the Court" is the body, not a name of the one who spoke so.
BODY_LABELS: Final = frozenset("court bench tribunal board commission committee panel".split())
# Words naming a kind of record, never a place: "CVR transcript Garden Air Flight
# 12 - 03 MAY 2001" is a title with its date, no dateline
# (a library's "Edith M. Crane Oral History Interview, June 2, 1970" names no place)
RECORD_KINDS: Final = frozenset("transcript transcription minutes recording log interview".split())
# What a title names before a dash and its date, no place: "Daily Press Briefing -
# October 14, 2015" (the State Department's archive), "Press Conference – 3 May 2019".
DATED_TITLE_KINDS: Final = frozenset(
    "briefing briefings conference interview hearing remarks statement gaggle "
    "call meeting session debate address".split()
)
# Offices a chamber's record names before their holder ("The Leader of the House
# (Ann Roe):"), besides :data:`OFFICES`.
HOLDER_OFFICES: Final = frozenset(
    "leader chancellor solicitor attorney advocate speaker president paymaster whip "
    "treasurer comptroller "
    # a Spanish record's chairs and ministers: "El señor VICEPRESIDENTE PRIMERO (Gil Soto):"
    "presidente presidenta vicepresidente vicepresidenta secretario secretaria consejero "
    "consejera ministro ministra "
    # the same offices in Galician and Catalan records: "O señor CONSELLEIRO DE
    # FACENDA (Lema Fraga):", "La consellera d'Acció Climàtica (Teresa Jordà i Roura)"
    "conselleiro conselleira conseller consellera vicepresident presidenta".split()
)
# Offices a Catalan, Spanish, Galician or Portuguese chamber's record sets alone on
# the line over the speech, in ordinary case after the article: "La presidenta",
# "El conseller d'Economia i Hisenda (Jaume Serra i Puig)" (see shapes._office_alone).
OFFICES_ALONE: Final = frozenset(
    "president presidenta presidente vicepresident vicepresidenta vicepresidente "
    "secretari secretària secretario secretaria conseller consellera conselleiro "
    "conselleira consejero consejera ministro ministra síndic síndica".split()
)
# The first word of an office that a record of debates prints without "The"
# before its holder in brackets: "Minister of State at the Department of
# Transport (Deputy Ann Roe):", "Parliamentary Secretary to the Minister for
# Finance (Deputy Ned Fry):" (Oireachtas debates); the office must hold a joining
# word ("of", "for", "at", "to"), so "Minister Roe (Fine Gael):" is no such label.
HOLDER_LEADS: Final = (
    "Minister",
    "Parliamentary",
    "Secretary",
    "Attorney",
    "Solicitor",
    "Chancellor",
    "Leader",
    "Government",
)
# The stage of an item of business that a chamber's record prints after the item's
# name and a colon as a heading between turns: "Order of Business: Motion",
# "Harbours Bill 2020: Second Stage", "Air Safety: Statements" (the Oireachtas),
# "Finance Bill: Third Reading" (Westminster). Whole stages only: a speaker's words
# that open with one ("Statements are not enough.") go on.
BUSINESS_STAGES: Final = (
    "Motions?",
    "Statements?",
    r"(?:First|Second|Third|Fourth|Fifth|Committee|Report|Final|Remaining"
    r"|Report\s+and\s+Final|Committee\s+and\s+Remaining)\s+Stages?",
    r"(?:Second|Third)\s+Reading",
    r"Referral\s+to\s+(?:Select|Joint)\s+Committee",
)
# Capitalised one-word notes on delivery: "(Laughter.)", "(Ironically)."
STAGE_WORDS: Final = frozenset(
    "laughter laughs applause pause silence crosstalk inaudible interruption aside sighs "
    "smiles smiling cheers booing noise".split()
)


def is_delivery_word(word: str) -> bool:
    """A word that opens a note on delivery: "laughter", "jokingly", "smiling".

    >>> is_delivery_word("Ironically."), is_delivery_word("Laughter"), is_delivery_word("IAEA")
    (True, True, False)
    """
    lowered = word.lower().rstrip(".")
    return lowered in STAGE_WORDS or lowered.endswith(("ly", "ing"))


# Month names by number: English with its abbreviations, then French, German,
# Spanish, Italian, Portuguese, Russian (in the genitive of dates) and Irish (the
# Oireachtas dates its sittings in both languages: "Dé Céadaoin, 6 Deireadh Fómhair
# 2021"; two of its months are two words).
# (Catalan and Galician names where they differ: "dimarts 2 de novembre de 2021",
# "28 de outubro de 2016", "4 de xullo")
_OTHER_MONTH_NAMES: Final = (
    (
        "janvier",
        "januar",
        "jänner",
        "enero",
        "gennaio",
        "janeiro",
        "января",
        "eanáir",
        "gener",
        "xaneiro",
    ),
    (
        "février",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
        "февраля",
        "feabhra",
        "febrer",
        "febreiro",
    ),
    ("mars", "märz", "marzo", "março", "марта", "márta", "març"),
    ("avril", "abril", "aprile", "апреля", "aibreán"),
    ("mai", "mayo", "maggio", "maio", "мая", "bealtaine", "maig"),
    ("juin", "juni", "junio", "giugno", "junho", "июня", "meitheamh", "juny", "xuño"),
    ("juillet", "juli", "julio", "luglio", "julho", "июля", "iúil", "juliol", "xullo"),
    ("août", "agosto", "августа", "lúnasa"),
    (
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "setembro",
        "сентября",
        "meán fómhair",
        "setembre",
    ),
    ("octobre", "oktober", "octubre", "ottobre", "outubro", "октября", "deireadh fómhair"),
    ("novembre", "noviembre", "novembro", "ноября", "samhain"),
    (
        "décembre",
        "dezember",
        "diciembre",
        "dicembre",
        "dezembro",
        "декабря",
        "nollaig",
        "desembre",
        "decembro",
    ),
)
_ENGLISH_MONTH_NAMES: Final = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTH_NAMES: Final = tuple(
    english + other for english, other in zip(_ENGLISH_MONTH_NAMES, _OTHER_MONTH_NAMES, strict=True)
)
OTHER_MONTHS: Final = frozenset(name for names in _OTHER_MONTH_NAMES for name in names) | frozenset(
    ("august", "september", "november", "april")
)


# Verbs of a record's narration of its proceedings (third person, past):
# "The motion was carried.", "Several members rose."
PASSIVE_PROCEEDINGS: Final = (
    "adopted",
    "approved",
    "agreed",
    "carried",
    "rejected",
    "negatived",
    "read",
    "put",
    "suspended",
    "adjourned",
    "resumed",
    "called",
    "sworn",
    "excused",
    "withdrawn",
    "seated",
    "opened",
    "closed",
)
ACTIVE_PROCEEDINGS: Final = (
    "rose",
    "left",
    "entered",
    "withdrew",
    "laughed",
    "applauded",
    "voted",
    "divided",
    # the clerk's business, as the Congressional Record reports it: "The bill clerk
    # proceeded to call the roll.", "The assistant legislative clerk read as follows:"
    r"clerk\s+(?:read|proceeded|called)",
)


# The heading over an oral history's abstract in its front matter, alone on its
# line: "ABSTRACT" over the paragraph that sums the interview up.
ABSTRACT_HEADINGS: Final = frozenset(
    "abstract summary synopsis zusammenfassung kurzfassung samenvatting résumé resumen".split()
) | frozenset(
    # the narrator's life, summed up over the interview in the same place ("Biographical
    # Note" on a presidential library's administrative page)
    ("biographical note", "biographical sketch", "biographical summary", "interview summary")
)
# An oral history's table of contents over the interview, its topics and pages in
# the front matter like an abstract: "TABLE OF CONTENTS", "Inhaltsverzeichnis".
CONTENTS_HEADINGS: Final = frozenset(
    (
        "contents",
        "table of contents",
        "inhaltsverzeichnis",
        "inhoudsopgave",
        "table des matières",
        "sommaire",
        "índice general",
    )
)

# Notes about the recording in German, Dutch, French and Spanish oral histories,
# read only where set apart (in brackets or parentheses, or in capitals):
# "[Ende Band 1, Seite A]", "[Einde interview]", "[Fin de l'entretien]",
# "[Fin de la cinta 2, lado B]". The words that open such a note, the things
# recorded (a tape, the interview, a session), the side of a tape, and the small
# words between ("Ende des Interviews", "Fin de la cassette").
RECORDING_NOTE_OPENERS: Final = tuple(
    "ende einde fin beginn anfang begin début debut inicio comienzo".split()
)
RECORDING_NOTE_THINGS: Final = tuple(
    "band bänder kassette interview interviews gesprächs gespräch aufnahme sitzung "
    "gesprek opname cassettebandje bandje entretien enregistrement cassette bande séance "
    "entrevista grabación grabacion cinta casete sesión sesion".split()
)
RECORDING_NOTE_SIDES: Final = tuple("seite kant face lado".split())
RECORDING_NOTE_LINKS: Final = tuple("des der de du van het la le del".split())

# The words of a title that names who was interviewed: "Interview with Jane Doe",
# "Oral history of …", German "Zeitzeugeninterview mit …", "Gespräch mit …",
# Dutch "Interview met …", "Gesprek met …", French "Entretien avec …",
# Spanish "Entrevista con …" (the word for the talk, then the word for "with").
INTERVIEW_TITLE_WORDS: Final = tuple(
    "interview interviewed zeitzeugeninterview gespräch gesprek entretien entrevista".split()
)
INTERVIEW_TITLE_WITH: Final = tuple("with of mit met avec con".split())
# The words after the name in such a title: "… by Tom Berg", "… von …", "… door …".
INTERVIEW_TITLE_AFTER: Final = tuple("by on at in von am door op par le por el".split())

# Lower-case words inside a personal name: "Aaron van Wirdum", "Ana de la Cruz".
# The words of an office or a form of address in small letters after "De" that open
# a Dutch or Flemish record's label: "De voorzitter:", "De heer Van Dam (VVD):",
# "De minister van Financiën:" (COLON_LABEL takes them as the label's first word).
DUTCH_ARTICLE_LEADS: Final = ("heer", "voorzitter", "minister", "staatssecretaris", "griffier")

# Degrees written after a name and a comma, as Austria's records print them:
# "Bundeskanzler Karl Nehammer, MSc:", "Abgeordnete Petra Bayr, MA MLS (SPÖ):",
# "Abgeordneter Alois Stöger, diplômé (SPÖ):" (COLON_LABEL keeps them out of the name).
POST_NOMINAL_DEGREES: Final = (
    *"BA BSc BEd MA MSc MEd MBA MAS MES MPA MLS LLM PhD diplômé".split(),
    r"LL\.\s?M\.",
    r"Bakk\.",
)

NAME_PARTICLES: Final = tuple(
    "van von der den de del della di da do dos du la le ter ten al bin ibn bint".split()
)

# Irish surnames' prefixes, capitalised words of their own before the surname:
# "Aengus Ó Snodaigh", "Máire Ní Bhriain", "Síle Nic Giolla", "Bean Uí Néill".
PATRONYMIC_PREFIXES: Final = ("Ó", "Ní", "Nic", "Uí", "Mhic")

# English words that join the parts of a name or a title, in small letters
# inside it: "Duke of Milan", "Lord of the Isles", "Member for Bootle".
NAME_JOINING_WORDS: Final = frozenset(("of", "the", "and", "for", "upon"))

# Small words a heading in title case leaves in small letters: "Nuclear
# Non-proliferation and Disarmament", "Roads for the Future".
TITLE_CASE_MINOR: Final = frozenset(
    "a an and as at but by for from in into of on or per the to under upon via with".split()
)

# Words that open a line like a speaker's label but name no speaker:
# decisions in minutes, the parts of a court record.
# The fields of a federal reporter's cover sheet after its "Title:" (an NRC
# transcript: "Title: / Docket Number: / Location: / Date: / Work Order No.:"),
# which a PDF's text gives with each value on the next line, the next field's name
# after it ("St. Francisville, Louisiana Date:")
COVER_FIELDS: Final = (
    "Docket Number",
    "Docket No.",
    "ASLBP Number",
    "Location",
    "Date",
    "Work Order No.",
    "Place",
    "Pages",
)
NOT_LABELS: Final = frozenset(
    {
        # a recogniser's "OK." alone under a speaker's label: a word said, no name
        "OK",
        # a meeting's courtesies, which open sentences of captions in capitals
        # ("THANK YOU ALL. AT THIS TIME, ARE THERE ANY PUBLIC COMMENTS?"): words
        # said, never a speaker's name before a full stop
        "THANK YOU",
        "THANK YOU ALL",
        "THANK YOU VERY MUCH",
        "THANK YOU SO MUCH",
        "THANKS",
        "ALL RIGHT",
        "GOOD MORNING",
        "GOOD AFTERNOON",
        "GOOD EVENING",
        "SO MOVED",
        "RESOLVED",
        "AGREED",
        "CARRIED",
        "MOTION",
        "ACTION",
        "DECISION",
        "NOTE",
        "NOTES",
        # a signature line ("Signed: ________ (Client)"); a play's setting ("SCENE: A hall")
        "SIGNED",
        "SCENE",
        "SETTING",
        # a manual's callouts beside "Note:": "Warning: the tables are predictions only."
        "WARNING",
        "CAUTION",
        "TIP",
        "HINT",
        # a transcript's notice: "Please Note: This transcript is not edited …"
        "PLEASE NOTE",
        "EDITOR'S NOTE",
        "SUBJECT",
        # the fields heading minutes sent by e-mail (W3C's scribe tool): "Agenda:",
        # "Topics:", "Organizer:" with their values below or after them
        "AGENDA",
        "TOPIC",
        "TOPICS",
        "ORGANIZER",
        "ORGANIZERS",
        "ORGANISER",
        "ORGANISERS",
        # a link to the recording over each part of call notes: "Video | [3:20](…)"
        "VIDEO",
        "AUDIO",
        "PRESENT",
        "ABSENT",
        "APOLOGIES",
        "APPEARANCES",
        "ALSO PRESENT",
        # a reporter's cover sheet: "REPORTED BY:" over the reporter's name
        "REPORTED BY",
        "TRANSCRIBED BY",
        "WHEREUPON",
        "ATTEST",
        "CERTIFICATE",
        "INDEX",
        "EXHIBITS",
        "CONTENTS",
        "APPROVED",
        "ADJOURNED",
        "RECESS",
        "PROCEEDINGS",
        "END",
        "WEBVTT",
        "PAGE",
        "TAPE",
        # a court record's caption: "Before: HON. ANA RUIZ," and counsel's "BY: JO LEE"
        "BY",
        "HON",
        "HONORABLE",
        "THE HONORABLE",
        "BEFORE",
        # a briefing notice's fields: "BACKGROUND: Lena Park is …", "WHERE: 12 Harbor St"
        "BACKGROUND",
        # a note's or a release's fields in capitals: "REMARKS: No incidents."
        "REMARKS",
        "EMBARGOED",
        "EMBARGO",
        "CORRECTION",
        "ADVISORY",
        "SUMMARY",
        "WHAT",
        "WHERE",
        "WHEN",
        # an e-mail's header pasted with the transcript: "From: Bookings <…>", "Sent: …"
        "FROM",
        "SENT",
        "BCC",
        "REPLY-TO",
        # a report's section headings in capitals, alone on their lines
        "FINDINGS",
        "CONCLUSION",
        "CONCLUSIONS",
        "RECOMMENDATIONS",
        "INTRODUCTION",
        "OVERVIEW",
        "DISCUSSION",
        "METHODS",
        "METHODOLOGY",
        "ABSTRACT",
        # a list's or a meeting's outcome: "Result: carried 5-2."
        "RESULT",
        "RESULTS",
        "OUTCOME",
        # a German record's outcomes in its contents: "Gewählt:" over the members
        # elected, "Angenommen:", "Abgelehnt:", "Überwiesen:" after an item
        "GEWÄHLT",
        "ANGENOMMEN",
        "ABGELEHNT",
        "ÜBERWIESEN",
    }
)

# Words a title's line cannot end with: the title goes on over the next line
# ("Transcript of the Meeting on" / "June 12–13, 2018").
RUN_ON_WORDS: Final = frozenset(
    ("on", "of", "the", "and", "for", "to", "in", "at", "by", "with", "from", "a", "an")
)

# Labels of speakers who are several people at once, or no one named.
# Words of a heading or a list's key, never of a person's name: "Action Items:",
# "Next Steps:", "Key Points:" are not speakers, however a meeting's labels look.
HEADING_WORDS: Final = frozenset(
    (
        "action",
        "actions",
        "items",
        "item",
        "next",
        "steps",
        "step",
        "key",
        "points",
        "point",
        "summary",
        "agenda",
        "minutes",
        "attendees",
        "follow",
        "up",
        "open",
        "questions",
        "question",
        "answers",
        "answer",
        "meeting",
        "notes",
        "decisions",
        "decision",
        "date",
        "time",
        "location",
        "topic",
        "topics",
        "update",
        "updates",
        "status",
        "discussion",
        "outcome",
        "outcomes",
        "resolution",
        "comments",
        "comment",
        "reminder",
        "reminders",
        "the",
        "our",
        "my",
        "your",
        "this",
        "that",
        "and",
        "for",
        "recording",
        "transcript",
        "chat",
        "link",
        "links",
        "part",
        "section",
        "chapter",
        # a webinar's script marks the slide shown: "**Slide 12:** So what's our agenda?"
        "slide",
        "slides",
        "break",
        "intro",
        "outro",
        "music",
        "sponsor",
        # a Markdown page's callouts in bold: "**Tip:** restart the app", "**Warning:** …"
        "tip",
        "tips",
        "warning",
        "caution",
        "important",
        "hint",
        "release",
        "recap",
    )
)

# The first word of a German record's agenda item over its business
# ("Tagesordnungspunkt 29:", "Zusatztagesordnungspunkt 12:", "Zusatzpunkt 3:",
# "TOP 4:"), alone in the table of contents or heading the business: the
# sitting's order, never a member, however many members' labels stand around it.
AGENDA_ITEM_WORDS: Final = frozenset(
    ("tagesordnungspunkt", "zusatztagesordnungspunkt", "zusatzpunkt", "top")
)

# The first word of a transcriber's section marker alone on a line, in brackets
# and capitals ("[INTRODUCTION]", "[EPISODE]", "[INTERVIEW]"): a heading.
SECTION_MARKERS: Final = frozenset(
    (
        "introduction",
        "intro",
        "episode",
        "interview",
        "conversation",
        "discussion",
        "segment",
        "outro",
        "conclusion",
        "closing",
        "epilogue",
        "prologue",
    )
)

# Roles a podcast's transcriber writes in lower case as labels ("host: …" among
# "AP:" and "PW:"); a label only where it recurs.
LOWER_ROLE_LABELS: Final = (
    "host",
    "co-host",
    "cohost",
    "guest",
    "interviewer",
    "interviewee",
    "moderator",
    "caller",
    "announcer",
    "narrator",
)

# Roles a transcript names its speakers by, in any case ("MODERATOR:", "Host:",
# a State briefing's "QUESTION:"): a label even where it is said once.
# Words of the roles a key to call signs gives (NASA's voice transcriptions:
# "Command module pilot", "Capsule Communicator", "Public Affairs Officer"):
# never a word of the name a row may give after its role.
KEY_ROLE_WORDS: Final = frozenset(
    (
        "commander pilot communicator director officer technician controller engineer "
        "surgeon specialist operator announcer airboss crewmember crew speakers module "
        "capsule flight mission public affairs recovery network control center station "
        "range tracking ship aircraft helicopter team"
    ).split()
)
ROLE_LABELS: Final = frozenset(
    (
        "moderator host co-host cohost staff operator announcer narrator interviewer "
        "interviewee reporter question questioner audience caller presenter anchor guest"
    ).split()
)

# Words in small letters that open a line before a colon and are never a
# handle used as a label ("note: the room was cold"), however often they recur.
NOT_HANDLES: Final = frozenset(
    (
        "note notes nb ps update edit edited example examples answer question source sources "
        "step tip tips warning caution todo see also re fyi cc usage output input result "
        "error summary correction transcript translation update addendum reminder"
    ).split()
)

# Commands of a meeting's IRC minutes ("Topic: …", "Meeting: …", "Agenda: …"):
# never the name of a speaker whose words a scribe types
IRC_COMMANDS: Final = frozenset(
    (
        "topic subtopic meeting agenda chair chairs scribe scribenick present regrets date "
        "action resolved resolution proposal proposed info note summary minutes"
    ).split()
)

_GROUP: Final = (
    r"(?:(?:the|several|some|many|all|other|various|two|three)\s+)*"
    r"(?:hon\.?\s+|honourable\s+|honorable\s+)?"
    # a council's or a board's members answering together: "COUNCILMEMBERS: Aye.",
    # "BOARD MEMBERS:", "TRUSTEES:", "SUPERVISORS:"
    r"(?:(?:council|board|committee|assembly)\s?members|trustees|supervisors|aldermen|"
    r"legislators|"
    r"members|voices|senators|representatives|delegates|participants|jurors|jury|"
    r"audience(?:\s+members)?|crowd|protesters|students|children|everyone|all|group|chorus|"
    r"citizens|people|councillors|commissioners|panel|panelists|panellists|reporters|press|"
    # a State briefing's "QUESTION:": the press asking, not someone called so
    r"questions?|"
    # a Spanish press record's "PREGUNTA" (the press), "VOCES A CORO" (a chorus)
    r"preguntas?|voces(?:\s+a\s+coro)?|coro|todos|"
    r"multiple|several|many|various|group|participants|"
    # in plays: "Both:", "All Lords:", "Servants:"
    r"both|omnes|lords|ladies|gentlemen|servants|soldiers|attendants|officers|musicians|"
    r"guards|watchmen|murderers|conspirators|senators|others|"
    # a meeting room's device in a call, several people speaking through it: Teams'
    # "Team Room 40/3125", "Conf Room 4B", "Boardroom East", "Room 204" (a room's
    # kind before it, or its number after: "Adrian Room" is a person's name)
    r"(?:(?:team|teams|conference|conf\.?|meeting|board|huddle|class|seminar|breakout)"
    r"\s+room|boardroom)(?:\s+[\w./#-]+){0,2}|room\s+[\w./#-]*\d[\w./#-]*)"
)
# a diariser's label: "SPEAKER_00", "Speaker 1", "spk_0", "Speaker B", Azure's
# "Guest-1"; numbered as a study anonymises its voices: "Participant 3", "Respondent 12"
_DIARISER: Final = (
    r"(?:(?:speaker|spk)(?:[_ :]?\d{1,3}| [a-z])|guest-\d{1,3}"
    # Speechmatics' "S1", "S2" … and "UU" for a voice it could not tell: "SPEAKER: S1"
    r"|speaker:? (?:s\d{1,3}|uu)"
    r"|(?:participant|respondent|interviewee|informant)[ _-]?\d{1,3})"
)
_ANONYMOUS: Final = (
    "(?:" + _DIARISER + r"|unknown(?:\s+speaker)?|anonymous(?:\s+[\w.]+)?|"
    # a mission log's voice it could not tell, abbreviated: "UNK:", "UKN:" (NASA)
    r"unk|ukn|"
    r"unidentified(?:\s+[\w.]+){0,3}|"
    # a court's prospective juror, unnamed in the record: "JUROR", "JUROR NO. 12"
    r"(?:prospective\s+)?juror(?:\s+(?:no\.?\s*|number\s+)?\d{1,3})?|"
    # a title whose name was redacted ("Mr.   Of course."): someone, unnamed
    r"mr|ms|mrs|miss|dr|"
    r"(?:an?\s+)?(?:hon\.?\s+)?member|(?:[\w.]+\s+){0,4}(?:member|voice|speaker|participant|"
    r"questioner|reporter|caller|interjection|official)"  # "SENIOR ADMINISTRATION OFFICIAL"
    # numbered where a call has two or more of them: "SENIOR ADMINISTRATION OFFICIAL TWO"
    r"(?:\s+(?:one|two|three|four|five|six|#?\d{1,2}))?|"
    # a court's or a hearing's interpreter, a role that several may fill in turn:
    # "THE INTERPRETER", "THE SPANISH INTERPRETER", "INTERPRETER NO. 2" (a field
    # naming her, "Interpreter: Ana Ruiz", makes her a person: see persons.py)
    r"(?:the\s+)?(?:[\w.]+\s+)?interpreter(?:\s+(?:no\.?\s*|number\s+)?\d{1,2})?|"
    # a voice in Spanish ("VOZ MUJER", "VOZ EN OFF"), a reporter's follow-up ("INTERLOCUTOR")
    r"voz(?:\s+[\w.]+){0,2}|interlocutora?|"
    # a member unnamed in a chamber's record: "A government senator", "An honourable senator"
    r"an?\s+(?:[\w.]+\s+){0,3}(?:senator|deputy|representative|councillor))"
)


# Compiled on first use, from the regex cache (encoder.recache): as strings
# given to re.fullmatch they were compiled afresh in every process, ~7 ms of a
# cold run (the two larger ones serve every transcript with a speaker). Each
# is a test of a whole label, anchored at both ends: searched for in a long
# text it fails at once where no label starts (unanchored, a search tried its
# runs of words at every position, quadratic).
_DIARISER_RE: Final = LazyPattern(rf"^(?:{_DIARISER})\Z")
_GROUP_RE: Final = LazyPattern(rf"^(?:{_GROUP})\Z")
_ANONYMOUS_RE: Final = LazyPattern(rf"^(?:{_ANONYMOUS})\Z")


def is_diariser_label(label: str) -> bool:
    """Whether a label is one a diariser gives: "SPEAKER_00", "Speaker 1", "spk_0".

    >>> is_diariser_label("SPEAKER_02"), is_diariser_label("Volume 999")
    (True, False)
    """
    return _DIARISER_RE.match(label.strip().casefold()) is not None


def speaker_kind(label: str, briefing: bool = False) -> str:
    """ "group" for a collective label, "anonymous" for an unnamed one, else "person".

    ``briefing``: the document's questions ("Q") come from the press, unnamed.

    >>> speaker_kind("HON. MEMBERS"), speaker_kind("SPEAKER_01"), speaker_kind("MR. SMITH")
    ('group', 'anonymous', 'person')
    >>> speaker_kind("-"), speaker_kind("Anonymous")
    ('anonymous', 'anonymous')
    >>> speaker_kind("VOCES A CORO"), speaker_kind("VOZ MUJER"), speaker_kind("INTERLOCUTORA")
    ('group', 'anonymous', 'anonymous')
    >>> speaker_kind("THE INTERPRETER"), speaker_kind("MS. INTERPRETER-ROE")
    ('anonymous', 'person')
    >>> speaker_kind("UKN"), speaker_kind("UNK"), speaker_kind("UNKEL")
    ('anonymous', 'anonymous', 'person')
    >>> speaker_kind("SENIOR ADMINISTRATION OFFICIAL TWO"), speaker_kind("OFFICIAL #2")
    ('anonymous', 'anonymous')
    >>> speaker_kind("COUNCILMEMBERS"), speaker_kind("Board Members"), speaker_kind("TRUSTEE ROE")
    ('group', 'group', 'person')
    >>> speaker_kind("Team Room 40/3125"), speaker_kind("Boardroom East"), speaker_kind("Room 4B")
    ('group', 'group', 'group')
    >>> speaker_kind("Adrian Room"), speaker_kind("Rooney"), speaker_kind("Room")
    ('person', 'person', 'person')
    """
    text = " ".join(label.replace("_", " ").split()).strip(" .:").casefold()
    if _GROUP_RE.match(text) or _GROUP_RE.match(_nearest_group_words(text)):
        return "group"
    if _ANONYMOUS_RE.match(text) or not any(c.isalpha() for c in text):
        return "anonymous"  # also a voice with no name: WebVTT's "<v ->"
    if briefing and text == "q":
        return "group"
    return "person"


_GROUP_WORDS: Final = ("members", "audience", "senators", "participants", "protesters", "citizens")


def _nearest_group_words(text: str) -> str:
    """The label with a word one letter from a group word read as that word
    (transcribers' typos: "AUDICENCE")."""
    from .names import edit_distance_one

    words = text.split()
    for index, word in enumerate(words):
        for group in _GROUP_WORDS:
            singular = word in (group[:-1], group[:-1] + "'s", group[:-1] + "’s")
            if len(word) >= 6 and word != group and not singular and edit_distance_one(word, group):
                words[index] = group  # ("PARTICIPANT", "MEMBER'S" are one person)
    return " ".join(words)


# ---------------------------------------------------------------- plays

# Numbers of acts and scenes written as words ("FIRST ACT", "Actus Primus", "Scena Secunda").
ORDINAL_WORDS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)
_NUMBER_WORDS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# The words that number the parts of a plan, a course or a programme: "DAY ONE:",
# "STEP 2:", "ROUND THREE:", "WEEK 4:" are headings, not speakers.
SEQUENCE_WORDS: Final = frozenset(
    "day days step round stage phase week lesson unit level module session task option "
    "exercise month year stop leg heat game match period quarter half".split()
)


def sequence_heading(name: str) -> bool:
    """A part of a sequence named as a label would be: a sequence word and a
    number ("DAY ONE", "Step 2", "ROUND III", "WEEK FOUR").

    >>> sequence_heading("DAY ONE"), sequence_heading("STEP 2"), sequence_heading("VOICE ONE")
    (True, True, False)
    """
    words = name.split()
    if len(words) != 2 or words[0].casefold() not in SEQUENCE_WORDS:
        return False
    number = words[1].rstrip(".").casefold()
    return (
        number.isdigit()
        or number in _NUMBER_WORDS
        or number in ORDINAL_WORDS
        or (number.isalpha() and set(number) <= set("ivx"))
    )


# German ordinals, as an act ("ERSTER AKT", "Zweiter Aufzug"), a scene ("ERSTER
# AUFTRITT", "Zweite Scene") is numbered: masculine and feminine forms.
_GERMAN_ORDINALS: Final = tuple(
    stem + ending
    for stem in ("erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebent", "siebt", "acht")
    for ending in ("er", "e")
)
# Spanish and French ordinals of an act ("ACTO PRIMERO", "ACTE PREMIER") and a
# scene ("ESCENA PRIMERA", "SCÈNE PREMIÈRE"), both genders.
_ROMANCE_ORDINALS: Final = (
    "primero",
    "primera",
    "segundo",
    "segunda",
    "tercero",
    "tercera",
    "cuarto",
    "cuarta",
    "quinto",
    "premier",
    "première",
    "second",
    "seconde",
    "deuxième",
    "troisième",
    "quatrième",
    "cinquième",
)
ACT_WORDS: Final = frozenset(
    (
        *ORDINAL_WORDS,
        *_NUMBER_WORDS,
        *_GERMAN_ORDINALS,
        *_ROMANCE_ORDINALS,
        "last",
        "primus",
        "secundus",
        "tertius",
        "quartus",
        "quintus",
    )
)
SCENE_WORDS: Final = frozenset(
    (
        *ORDINAL_WORDS,
        *_NUMBER_WORDS,
        *_GERMAN_ORDINALS,
        *_ROMANCE_ORDINALS,
        "last",
        "prima",
        "secunda",
        "tertia",
        "quarta",
        "quinta",
        "sexta",
        "septima",
        "octava",
        "nona",
        "decima",
        "undecima",
        "duodecima",
    )
)
# The words that name a play's division, in the languages read.
DIVISION_WORDS: Final = frozenset(
    (
        "act",
        "actus",
        "scene",
        "scena",
        "akt",
        "aufzug",
        "auftritt",
        "szene",
        "acte",
        "scène",
        "acto",
        "escena",
    )
)


def division_name(name: str) -> bool:
    """Whether a name is a division's heading: "SCENE II", "Act 3", "ERSTER AKT",
    never a speaker.

    >>> division_name("SCENE II"), division_name("ERSTER AUFTRITT"), division_name("ACTON BELL")
    (True, True, False)
    """
    words = name.casefold().split()
    if len(words) != 2:
        return False
    first, second = words
    if first in DIVISION_WORDS:
        return second.isdecimal() or set(second) <= set("ivxlc") or second in SCENE_WORDS
    return second in DIVISION_WORDS and first in ACT_WORDS | SCENE_WORDS


# The verbs of a novel's dialogue tag: '"Yes, madam," replied Charles', '"I can tell
# you, papa," said George' (a paragraph of narration quoting someone, never a speech's
# own paragraph).
SPEECH_TAG_VERBS: Final = frozenset(
    (
        "said",
        "says",
        "replied",
        "replies",
        "inquired",
        "enquired",
        "asked",
        "answered",
        "cried",
        "exclaimed",
        "continued",
        "returned",
        "rejoined",
        "observed",
        "remarked",
        "added",
        "whispered",
        "interrupted",
    )
)


# Words that open a direction set in capitals after a speaker's name and a comma, as
# editions of French plays print it ("PHILISTE, À ALCIPPE.", "ISABELLE, À CLARICE, TOUT
# BAS.", "GROS-RENÉ, À PART."): to whom or how the speech is said. A name never opens
# with one of them. (A present participle, "LES SALUANT", "REVENANT À EUX", is told by
# its ending: drama.capital_direction.)
ADDRESS_OPENERS: Final = frozenset(("à", "au", "aux", "tout", "seul", "seule", "bas", "aside"))
# The object pronouns that may stand before such a participle ("LE TIRANT", "SE RETOURNANT").
PARTICIPLE_PRONOUNS: Final = frozenset(("le", "la", "les", "lui", "leur", "se", "s'", "l'", "en"))


# Words that open a stage direction on a line of its own ("Enter …", "Flourish.").
STAGE_OPENERS: Final = frozenset(
    (
        "Enter",
        "Enters",
        "Exit",
        "Exeunt",
        "Exit",
        "Re-enter",
        "Reenter",
        "Re-enters",
        "Manet",
        "Manent",
        "Flourish",
        "Alarum",
        "Alarums",
        "Sennet",
        "Sennit",
        "Shout",
        "Shouts",
        "Hautboys",
        "Trumpets",
        "Thunder",
        "Curtain",
        "Retreat",
        "Aside",
        "Drum",
        "Drums",
        "Music",
        "Musicke",
        "Knock",
        "Knocking",
        "Hoboyes",
        "Trumpet",
    )
)
# The verb that ends a short direction naming who does it ("Witches vanish.", "He dies.").
STAGE_VERBS: Final = frozenset(
    (
        "vanish",
        "vanishes",
        "dies",
        "die",
        "falls",
        "kneels",
        "rises",
        "sings",
        "sing",
        "reads",
        "weeps",
        "sleeps",
        "fight",
        "fights",
        "descends",
        "ascends",
        "knocks",
        "within",
    )
)
# Words of a direction that make it an entrance or an exit (TEI stage/@type).
ENTRANCE_WORDS: Final = frozenset(("enter", "enters", "reenter", "entering", "enterd", "comes"))
EXIT_WORDS: Final = frozenset(("exit", "exeunt", "exits", "goes"))
# An editor's heading in capitals after the play, over its back matter ("GLOSSARY" over
# "ABATE, cast down, subdue.", which would otherwise run on as the last speech).
BACK_MATTER_HEADS: Final = frozenset(("GLOSSARY", "GLOSSARIAL INDEX"))
# A curtain's cue alone on its line at an act's end, where the play prints no "Curtain"
# ("ACT DROP" in Methuen's Wilde).
CURTAIN_LINES: Final = frozenset(
    ("act drop", "act-drop", "quick curtain", "slow curtain", "tableau", "blackout")
)
# Words that head a section of a cast list, over its roles ("MEN." / "WOMEN.").
CAST_SECTION_HEADS: Final = frozenset(
    (
        "men",
        "women",
        "male characters",
        "female characters",
        "male parts",
        "female parts",
        "ladies",
        "gentlemen",
    )
)
# Nouns that name a group of characters in a cast list ("Lords, Ladies, and Attendants").
GROUP_NOUNS: Final = frozenset(
    (
        "lords",
        "ladies",
        "gentlemen",
        "gentlewomen",
        "citizens",
        "servants",
        "soldiers",
        "attendants",
        "officers",
        "messengers",
        "murderers",
        "witches",
        "sailors",
        "musicians",
        "guests",
        "courtiers",
        "players",
        "senators",
        "guards",
        "peasants",
        "villagers",
        "friends",
        "others",
        "apparitions",
        "spirits",
        "fairies",
        "watchmen",
        "pages",
        "priests",
        "waiters",
        "maids",
        "footmen",
        "dancers",
        "singers",
        "children",
        "visitors",
        "constables",
        "drawers",
        "turnkeys",
        "thieves",
        "lovers",
        "peasants",
        "farm-hands",
        "men",
        "women",
        "monks",
        "nuns",
        "friars",
        "knights",
        "companions",
        "workmen",
        "horsemen",
        "fishermen",
        "townspeople",
        "mourners",
        "neighbours",
        "neighbors",
        "schoolboys",
    )
)
# Words that open a sentence with a full stop or colon and are never a speaker prefix.
NOT_PREFIXES: Final = frozenset(
    (
        "yes",
        "no",
        "oh",
        "o",
        "ay",
        "aye",
        "well",
        "why",
        "what",
        "sir",
        "madam",
        "farewell",
        "come",
        "go",
        "peace",
        "nay",
        "here",
        "there",
        "now",
        "so",
        "then",
        "good",
        "thanks",
        "alas",
        "indeed",
        "enough",
        "true",
        "hark",
        "hush",
        "stay",
        "hold",
        "away",
        "ah",
        "ha",
        "exit",
        "exeunt",
        "enter",
        "note",
        "finis",
        "the end",
        "curtain",
        "scene",  # "SCENE" centred over the setting, as Methuen printed Wilde
    )
)
# The officers of a deposition or a hearing the GPO prints by role, with a stop, in
# mixed case ("The Witness.", "The Reporter.", "The Videographer."): labels of the
# record, each perhaps said once on a page.
RECORD_ROLES: Final = frozenset(
    "witness reporter videographer interpreter stenographer deponent court clerk".split()
)
# Words of the office or the district a court's list of appearances sets in under
# counsel's name ("United States Attorney for the" / "Southern District of New York",
# "Assistant United States Attorneys", "Federal Defenders of New York"): no one's name.
COUNSEL_OFFICE_WORDS: Final = frozenset(
    "attorney attorneys district defender defenders prosecutor prosecutors solicitor "
    "counsel".split()
)
# The parties of a case as a court's list of appearances names them ("on behalf of
# Petitioner." wrapped, "Respondent." alone on its numbered line): no one's name.
LITIGANT_ROLES: Final = frozenset(
    "petitioner petitioners respondent respondents appellant appellants appellee appellees "
    "plaintiff plaintiffs defendant defendants claimant claimants intervenor intervenors".split()
)
# Abbreviated titles that a full stop does not end ("Mrs. Hale:").
TITLE_ABBREVIATIONS: Final = frozenset(("Mr", "Mrs", "Ms", "Dr", "St", "Messrs", "MR", "MRS", "DR"))
# Titles that open a court's or an inquiry's labels in capitals ("MR CLARKE:", "DR. ROE:",
# "LORD JUSTICE HALE:"): such a label is someone speaking, never a form's field, even
# where the page's last line cut the speech off before its sentence ended.
COURT_TITLES: Final = frozenset("MR MRS MS MISS DR SIR LORD LADY DAME PROFESSOR".split())
# A rank or office shortened before a name in capitals, as a court's list of counsel
# writes it ("GEN. ANNA PIKE, ESQ., Attorney General"): no one's label alone; inside
# a label in capitals it is part of the name ("REAR ADM. JOHN KIRBY:", "BRIG. GEN. TULL:").
RANK_ABBREVIATIONS: Final = frozenset(
    "GEN SEN REP GOV HON ADM COL CAPT MAJ SGT LT CMDR CDR BRIG AMB PROF REV".split()
)
# Grades in capitals as a military court's reporter sets them in brackets after the
# officer's role: "MJ [COL ROE]:", "TC [MAJ DEWITT]:", "CP [BG HALE]:" (with the
# court's titles, "LDC [MR. OKAFOR]:"; a grade in mixed case, "[Col HARLOW]", reads as a
# name's first word).
BRACKET_GRADES: Final = frozenset(
    "BG MG LTG LTC CPT LCDR RADM VADM SSG SFC MSG SGM CW2 CW3 CW4 CW5 1LT 2LT".split()
)
# The states (and the territories that send a Delegate) the Congressional Record
# names after a member's surname where two members share it: "Mr. MILLER of
# Florida.", "Mr. SMITH of New Jersey." A closed list, so a label's "of" is read
# only before a state and "Mr. PRESIDENT of course." stays no label.
US_STATES: Final = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
    "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
    "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
    "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
    "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
    "Wisconsin", "Wyoming", "Guam", "Puerto Rico", "American Samoa", "the Virgin Islands",
    "the District of Columbia",
)  # fmt: skip
# Words of a cast list that state a character's sex (TEI person/@sex only where stated).
FEMALE_WORDS: Final = frozenset(
    (
        "mrs",
        "miss",
        "lady",
        "queen",
        "duchess",
        "countess",
        "princess",
        "mistress",
        "wife",
        "daughter",
        "daughters",
        "sister",
        "sisters",
        "mother",
        "widow",
        "niece",
        "aunt",
        "woman",
        "girl",
        "maid",
        "female",
        "empress",
        "marchioness",
        "viscountess",
        "baroness",
        "abbess",
        "nun",
        "nuns",
        "courtesan",
        "courtezan",
        "gentlewoman",
        "bride",
        "heiress",
        "actress",
        "maidservant",
        "landlady",
        "goddess",
    )
)
MALE_WORDS: Final = frozenset(
    (
        "mr",
        "sir",
        "lord",
        "king",
        "duke",
        "earl",
        "prince",
        "son",
        "sons",
        "brother",
        "brothers",
        "father",
        "husband",
        "nephew",
        "uncle",
        "man",
        "boy",
        "male",
        "emperor",
        "marquess",
        "marquis",
        "viscount",
        "vicomte",
        "baron",
        "gentleman",
        "friar",
        "friars",
        "monk",
        "abbot",
        "knight",
        "bridegroom",
        "god",
        "landlord",
    )
)

# The offsets from UTC of the time zones written after a clock time in
# English-language records ("1:12 P.M. EDT"); a zone not here (or one whose
# abbreviation means two zones, as IST) gives a time without an offset.
TIME_ZONES: Final = {
    "UTC": "Z",
    "GMT": "Z",
    "Z": "Z",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "AKST": "-09:00",
    "AKDT": "-08:00",
    "HST": "-10:00",
    "BST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
}

# The days of the week, as a date line may open with one ("Wednesday, 12 March
# 2025"): never a place.
WEEKDAYS: Final = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lunes martes miércoles jueves viernes sábado domingo".split()
)

# The column names of a transcript exported as a table (CSV, TSV): a recogniser's or
# an editor's "Speaker,Start Time,End Time,Text", "start,end,speaker,text". Names are
# compared casefolded, "_" and "-" read as spaces, a unit in parentheses dropped
# ("Start (s)"): the speaker's column, the words' column (the row's last), the start's.
TABLE_SPEAKER_COLUMNS: Final = frozenset(
    "speaker;speaker name;speaker label;speakers;name;participant;who;voice".split(";")
)
TABLE_TEXT_COLUMNS: Final = frozenset(
    "text;transcript;transcription;utterance;content;conversation;sentence;message;"
    "words;caption;dialogue;speech".split(";")
)
TABLE_START_COLUMNS: Final = frozenset(
    "start;start time;starttime;start timecode;start ms;begin;timestamp;time;time in;in".split(";")
)

# Fields a record's head gives a time ("Duration: 00:52:10", "Start: 18:00"): never a
# speaker said once among "Ana Ruiz: 00:03:20" heads of turns.
TIME_FIELDS: Final = frozenset(
    "duration length start started end ended time date recorded recording runtime "
    "timestamp break pause elapsed meeting call session total".split()
)
