"""Probe 8e: records and transcripts in languages other than English.

Every transcript here is invented (other names, other words than the probe's
real samples), in the house styles the probe met."""

from __future__ import annotations

from test_exports_and_oral import encode, said, same_words, xp

from encoder.reader import patterns as P


def _speakers(tree: object) -> list[str]:
    return ["".join(s.itertext()) for s in xp(tree, "//t:sp/t:speaker")]  # type: ignore[arg-type]


# A Galician chamber's record: "A señora PRESIDENTA:", "O señor SURNAME SURNAME:",
# an office of many words (with "E", "and") before its holder in parentheses.
GALICIAN = """118

Ábrese a sesión ás dez e media da mañá.

A señora PRESIDENTA: Bos días, señorías. Ábrese a sesión.

Proposición non de lei sobre o transporte escolar

A señora PRESIDENTA: Ten a palabra a señora Vilar.

A señora VILAR ROMA: Grazas, presidenta.

O transporte escolar das parroquias segue sen horario fixo. (Aplausos.)

O señor OTERO PAZOS: Non é certo...

A señora PRESIDENTA: Señor Otero, non ten a palabra.

(O señor Otero Pazos pronuncia palabras que non se perciben.)

A señora CONSELLEIRA DE CULTURA E DEPORTES (Lema Fraga): Grazas, señora presidenta.

Señorías, bos días.
"""


def test_a_galician_record_opens_a_turn_at_each_article_and_senor() -> None:
    tree = encode(GALICIAN, "pleno-gl.txt")
    assert [who for who, _ in said(tree)] == [
        "#presidenta",
        "#presidenta",
        "#vilar-roma",
        "#otero-pazos",
        "#presidenta",
        "#lema-fraga",
    ]
    assert _speakers(tree)[-1] == "A señora CONSELLEIRA DE CULTURA E DEPORTES (Lema Fraga):"
    same_words(tree, GALICIAN)


def test_a_spanish_ministry_with_a_comma_and_y_names_its_holder() -> None:
    text = (
        "El señor PRESIDENTE: Tiene la palabra el señor ministro.\n\n"
        "El señor MINISTRO DE INDUSTRIA, COMERCIO Y TURISMO (Vidal Ríos): Gracias, presidente.\n\n"
        "La señora ORTIZ: Gracias.\n"
    )
    tree = encode(text, "pleno-es.txt")
    assert [who for who, _ in said(tree)] == ["#presidente", "#vidal-rios", "#ortiz"]


def test_a_catalan_senyor_opens_a_turn() -> None:
    text = (
        "El senyor PRESIDENT: Bona tarda. Comencem la sessió.\n\n"
        "La senyora FERRER: Gràcies, president.\n\n"
        "El senyor PRESIDENT: Gràcies, diputada.\n"
    )
    tree = encode(text, "ple-ca.txt")
    assert [who for who, _ in said(tree)] == ["#president", "#ferrer", "#president"]


def test_capitals_with_a_one_letter_word_are_no_label_without_a_form_of_address() -> None:
    # the comma and "E"/"Y"/"I" join an office only after "El señor", "A señora" ...
    assert P.UPPER_LABEL.match("WHAT I SAY: is what I mean") is None
    assert P.UPPER_LABEL.match("ROME, PARIS: two cities") is None
    prose = (
        "A señora Ruiz chegou tarde ao concello: non había autobús.\n\n"
        "O señor alcalde non dixo nada. Despois marchou para a casa.\n"
    )
    tree = encode(prose, "prosa-gl.txt")
    assert said(tree) == []


# A Brazilian chamber's shorthand notes: "O SR. NAME (Party - State. Note.) - speech",
# the chair "O SR. PRESIDENTE (Holder. Party - State) -", speeches wrapped in lines.
BRAZILIAN = """CÂMARA DOS DEPUTADOS
SESSÃO DELIBERATIVA

O SR. PRESIDENTE (Mário Teles. PDT - PI) - Está aberta a sessão.
Tem a palavra a Deputada Ana Lima.

A SRA. ANA LIMA (Bloco/PSB - CE. Sem revisão da oradora.) - Sr. Presidente, quero registrar
a visita dos alunos da escola municipal de Crato.
Muito obrigada.

O SR. PRESIDENTE (Mário Teles. PDT - PI) - Obrigado, Deputada.

O SR. JOÃO DE SOUSA (Bloco/PL - GO. Pela ordem. Sem revisão do orador.) - Obrigado, Sr. Presidente.
"""


def test_a_brazilian_member_in_capitals_before_a_bracket_and_a_dash_opens_a_turn() -> None:
    tree = encode(BRAZILIAN, "sessao-br.txt")
    assert [who for who, _ in said(tree)] == [
        "#presidente",
        "#ana-lima",
        "#presidente",
        "#joao-de-sousa",
    ]
    assert _speakers(tree)[1] == "A SRA. ANA LIMA (Bloco/PSB - CE. Sem revisão da oradora.) -"
    same_words(tree, BRAZILIAN)


def test_a_bracket_and_a_dash_without_o_sr_open_no_turn() -> None:
    # a list of places, each with a bracket and a dash, is no record of speakers
    notes = (
        "Roteiro da viagem\n\n"
        "Lisboa (Portugal) - Chegada no sábado de manhã.\n"
        "Porto (Portugal) - Dois dias de visitas.\n"
        "Vigo (Galiza) - Regresso na terça-feira.\n"
        "Porto (Portugal) - Mais um dia.\n"
        "Lisboa (Portugal) - Partida.\n"
    )
    tree = encode(notes, "roteiro.txt")
    assert said(tree) == []


# A Catalan chamber's record as its Diari de Sessions sets it: the office or the
# member's name alone on its line, in ordinary case, the speech below; headings
# and file numbers between.
CATALAN = """Ple del Parlament
Sessió 9, segona reunió, dijous 4 de març de 2021
ORDRE DEL DIA
1. Preguntes amb resposta oral.
El president
Bon dia. Comencem la sessió.
Interpel·lació al Govern sobre el transport als pobles
300-00041/13
Té la paraula el diputat senyor Pere Vall.
Pere Vall i Soler
Gràcies, president. Consellera, els autobusos no arriben a l'hora.
(Aplaudiments.)
El president
Gràcies, diputat. Té la paraula la consellera.
La consellera de Territori (Marta Puig i Roca)
Gràcies, president. Hi treballem cada dia.
El president
Té la paraula la consellera.
La consellera de Territori
Només una precisió.
El president
Passem al punt següent.
"""


def test_a_catalan_office_or_member_alone_over_the_speech_opens_a_turn() -> None:
    tree = encode(CATALAN, "ple-ca.txt")
    labels = _speakers(tree)
    assert labels == [
        "El president",
        "Pere Vall i Soler",
        "El president",
        "La consellera de Territori (Marta Puig i Roca)",
        "El president",
        "La consellera de Territori",
        "El president",
    ]
    # the holder in brackets keys the office, also where it is written without them
    assert [who for who, _ in said(tree)] == [
        "#el-president",
        "#pere-vall-i-soler",
        "#el-president",
        "#marta-puig-i-roca",
        "#el-president",
        "#marta-puig-i-roca",
        "#el-president",
    ]
    # headings, file numbers and the head stay out of the turns' labels
    body = "".join(xp(tree, "//t:body//text()"))  # type: ignore[arg-type]
    assert "Interpel·lació al Govern sobre el transport als pobles" in body
    same_words(tree, CATALAN)


def test_an_office_alone_once_or_a_heading_alone_twice_opens_no_turn() -> None:
    # an article about the chamber: "El president" alone once is a heading
    once = (
        "El parlament i la ciutat\n"
        "El president\n"
        "El president del Parlament va visitar ahir l'escola del barri.\n"
        "La ciutat\n"
        "La ciutat ha crescut molt aquests anys.\n"
        "La ciutat\n"
        "Els veïns demanen més places d'aparcament.\n"
    )
    assert said(encode(once, "article-ca.txt")) == []


def test_a_galician_candidate_a_one_letter_preposition_in_the_office() -> None:
    text = (
        "O señor PRESIDENTE: Ten a palabra o candidato.\n\n"
        "O señor CANDIDATO A PRESIDENTE DA XUNTA DE GALICIA (Souto Vilar): Señor presidente.\n\n"
        "O señor PRESIDENTE: Grazas.\n"
    )
    tree = encode(text, "investidura-gl.txt")
    assert [who for who, _ in said(tree)] == ["#presidente", "#souto-vilar", "#presidente"]


def _wrapped(words: list[str], width: int) -> list[str]:
    lines, line = [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def test_a_pdfs_text_wrapped_at_120_columns_joins_its_lines() -> None:
    # a speech of a Brazilian chamber's notes, as its PDF's text wraps it
    speech = (
        "Sr. Presidente, quero registrar a presença dos prefeitos da região do Cariri, que vieram "
        "a Brasília para tratar da seca que castiga os municípios do interior do Ceará há três "
        "anos, e pedir que o Governo libere os recursos prometidos para os carros-pipa, para as "
        "cisternas e para a recuperação das estradas vicinais que ligam as comunidades rurais "
        "às sedes dos municípios, porque sem estrada não chega água, não chega merenda escolar "
        "e não chega atendimento de saúde para as famílias que mais precisam do poder público."
    ).split()
    label = "A SRA. ANA LIMA (Bloco/PSB - CE. Sem revisão da oradora.) -"
    lines = _wrapped([*label.split(), *speech], 118)  # the label wrapped with its speech
    text = (
        "O SR. PRESIDENTE (Mário Teles. PDT - PI) - Tem a palavra a Deputada Ana Lima.\n\n"
        + "\n".join(lines)
        + "\n\nO SR. PRESIDENTE (Mário Teles. PDT - PI) - Obrigado, Deputada.\n"
    )
    tree = encode(text, "notas-br.txt")
    assert [who for who, _ in said(tree)] == ["#presidente", "#ana-lima", "#presidente"]
    # the wrapped lines are one paragraph, not one paragraph a line
    assert len(xp(tree, "//t:sp[2]/t:p")) == 1  # type: ignore[arg-type]


def test_lines_of_110_columns_each_a_sentence_are_no_wrapped_text() -> None:
    from encoder.reader.blocks import wrap_width

    template = "Item {}: the committee agreed to review the budget for the harbour works again, {}."
    lines = tuple(template.format(n, n).ljust(100 + n, "!") for n in range(12))
    assert wrap_width(lines) is None


def test_a_pdfs_page_of_pages_foot_numbers_its_page() -> None:
    from encoder.reader.shapes import _page_numbers

    lines = (
        "Sessão de: 02/03/2025",
        "O SR. PRESIDENTE (Mário Teles. PDT - PI) - Está aberta a sessão.",
        "1/3",
        "\x0cSessão de: 02/03/2025",
        "Segue o texto.",
        "2/3",
        "\x0cSessão de: 02/03/2025",
        "Fim.",
        "3/3",
    )
    numbers, furniture = _page_numbers(lines)
    assert numbers == {0: "1", 1: "2", 2: "3"}
    assert furniture[3] == "pageNum"


def test_a_fraction_at_one_page_edge_numbers_no_page() -> None:
    from encoder.reader.shapes import _page_numbers

    lines = (
        "Recipe for bread",
        "Mix the flour and water.",
        "3/4",
        "\x0cBake for forty minutes.",
        "Let it cool.",
        "\x0cServe warm.",
        "Enjoy.",
    )
    assert _page_numbers(lines)[0] == {}


def test_catalan_and_brazilian_sitting_lines_date_the_record() -> None:
    tree = encode(CATALAN, "ple-ca.txt")
    assert xp(tree, "//t:creation/t:date/@when") == ["2021-03-04"]
    text = "CÂMARA DOS DEPUTADOS\n\nEm 2 de março de 2025\n\n" + BRAZILIAN
    assert xp(encode(text, "sessao-br.txt"), "//t:creation/t:date/@when") == ["2025-03-02"]
    # "Em" opens a date line only before a date: "Em breve …" is a sentence
    assert P.DATE_LINE.match("Em breve teremos mais notícias") is None
