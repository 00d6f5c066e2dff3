<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-parlamint.xsl: a tei-encode edition as a ParlaMint component file
  (the "plain text" TEI of the ParlaMint parliamentary corpora, checked
  against the project's ParlaMint-TEI.rng with the ParlaMint.rng it
  includes).

    xsltproc export-parlamint.xsl edition.xml | xsltproc export-parlamint-tags.xsl - \
      > edition.parlamint.xml

  (the second pass counts the elements of the text for the header's
  tagsDecl and the words of the speeches for its extent, which XSLT 1.0
  cannot do on a result it is still making).

  ParlaMint asks for header facts the transcript may not give: the edition's
  TEI/@xml:id and @xml:lang, its title, publisher, publication date, an
  http(s) URI of the edition and a CC BY 4.0 licence, the software that made
  it, the date and place of the conversation and the http(s) address of its
  digital source.  This stylesheet does not invent them: run on an edition
  that lacks one, its output is not valid ParlaMint (tei-encode export says
  which are missing and writes nothing).

  The header:
    title[@type='main']      titleStmt/title[1]
    meeting                  the same title (the conversation is the meeting)
    respStmt                 the edition's editors (titleStmt/respStmt)
    edition                  editionStmt/edition, else the application and
                             version that encoded it
    extent                   the number of speeches (u) and of their words
                             (the second pass counts them)
    publicationStmt          publisher, the edition's http(s) idno[@type='URI'],
                             the licence, the licence's words (else its URI)
                             and the availability's paragraphs,
                             publicationStmt/date
    sourceDesc/bibl          the digital source's title (else the title) and
                             its address (ptr/@target) as idno[@type='URI']; a
                             record id is not a URI, so ParlaMint has no place
                             for it
    projectDesc              the editorial declaration's paragraphs (else the
                             title)
    tagsDecl                 how often each element occurs in the text
    settingDesc/setting      the place (creation/placeName, else the
                             setting's) and the date of the conversation
  Fixed by the profile, not read from the edition (ParlaMint requires an
  @ana, a pointer into the taxonomies every ParlaMint corpus root holds):
    TEI/@ana, text/@ana      the subcorpus of the taxonomy "subcorpus", from
                             the date of the conversation: '#reference' before
                             2020-01-31, '#covid' from then, '#covid #war' from
                             2022-02-24 (a date of only a year or a month is
                             taken as its first day)
    meeting/@ana             '#parla.meeting' (taxonomy "parla.legislature")
    u/@ana                   '#regular' (taxonomy "speaker_types": a
                             transcript does not say who chaired)
  The text: each top-level div (and the front and back matter) is a
  div[@type='debateSection'] when it holds a turn, else a
  div[@type='commentSection'] (nested divisions flattened, their heads
  notes); sp becomes u with its @who and @xml:id; the speaker's label a
  note[@type='speaker']; p (and a verse line, l) a seg of its words; stage directions in a turn
  (delivery: how it was said) vocal[@type='speaking'], narration between
  turns incident[@type='action'], recording incidents
  incident[@type='editorial'], each with a desc (left out when it has no
  words); footnotes and editorial notes note[@type] with their words; page
  breaks pb; anything else outside a turn a note with its words.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:text tei:body tei:front tei:back tei:div tei:sp"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="file" select="$header/tei:fileDesc"/>
  <xsl:variable name="pub" select="$file/tei:publicationStmt"/>
  <xsl:variable name="profile" select="$header/tei:profileDesc"/>
  <xsl:variable name="title" select="normalize-space($file/tei:titleStmt/tei:title[1])"/>
  <xsl:variable name="source" select="$file/tei:sourceDesc/tei:bibl[@type='digital'][1]"/>
  <xsl:variable name="when" select="($profile/tei:creation/tei:date
                                     | $profile/tei:settingDesc/tei:setting/tei:date)[1]/@when"/>

  <!-- the turns that become a u: those with words, or a comment, to hold -->
  <xsl:variable name="turns" select="/tei:TEI/tei:text//tei:sp[normalize-space(.) or .//tei:pb]"/>

  <!-- the subcorpus of ParlaMint's taxonomy by the date of the conversation
       (yyyy, yyyy-mm and yyyy-mm-dd compare as their first day) -->
  <xsl:variable name="day"
    select="number(translate(substring(concat($when, '-01-01'), 1, 10), '-', ''))"/>
  <xsl:variable name="subcorpus">
    <xsl:choose>
      <xsl:when test="$day &gt;= 20220224">#covid #war</xsl:when>
      <xsl:when test="$day &gt;= 20200131">#covid</xsl:when>
      <xsl:otherwise>#reference</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/tei:TEI">
    <TEI>
      <xsl:copy-of select="@xml:id | @xml:lang"/>
      <xsl:attribute name="ana"><xsl:value-of select="$subcorpus"/></xsl:attribute>
      <teiHeader>
        <fileDesc>
          <titleStmt>
            <title type="main"><xsl:value-of select="$title"/></title>
            <meeting ana="#parla.meeting"><xsl:value-of select="$title"/></meeting>
            <xsl:for-each select="$file/tei:titleStmt/tei:respStmt
                                  [tei:persName[normalize-space()] and tei:resp[normalize-space()]]">
              <respStmt>
                <xsl:for-each select="tei:persName[normalize-space()]">
                  <persName>
                    <xsl:copy-of select="@ref"/>
                    <xsl:value-of select="normalize-space(.)"/>
                  </persName>
                </xsl:for-each>
                <xsl:for-each select="tei:resp[normalize-space()]">
                  <resp><xsl:value-of select="normalize-space(.)"/></resp>
                </xsl:for-each>
              </respStmt>
            </xsl:for-each>
          </titleStmt>
          <editionStmt>
            <edition>
              <xsl:choose>
                <xsl:when test="normalize-space($file/tei:editionStmt/tei:edition)">
                  <xsl:value-of select="normalize-space($file/tei:editionStmt/tei:edition)"/>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:for-each select="$header/tei:encodingDesc/tei:appInfo/tei:application[1]">
                    <xsl:value-of select="normalize-space(concat(@ident, ' ', @version))"/>
                  </xsl:for-each>
                </xsl:otherwise>
              </xsl:choose>
            </edition>
          </editionStmt>
          <extent>
            <xsl:variable name="speeches" select="count($turns)"/>
            <measure unit="speeches" quantity="{$speeches}" xml:lang="en">
              <xsl:value-of select="concat($speeches, ' speeches')"/>
            </measure>
            <!-- counted by the second pass, export-parlamint-tags.xsl -->
            <measure unit="words" quantity="0" xml:lang="en"/>
          </extent>
          <publicationStmt>
            <publisher><xsl:value-of select="normalize-space($pub/tei:publisher)"/></publisher>
            <xsl:for-each select="$pub/tei:idno[@type='URI']
                                  [starts-with(normalize-space(), 'http://')
                                   or starts-with(normalize-space(), 'https://')][1]">
              <idno type="URI"><xsl:value-of select="normalize-space(.)"/></idno>
            </xsl:for-each>
            <availability status="free">
              <xsl:variable name="licence" select="$pub/tei:availability/tei:licence
                [@target = 'http://creativecommons.org/licenses/by/4.0/'
                 or @target = 'https://creativecommons.org/licenses/by/4.0/'][1]"/>
              <!-- ParlaMint spells the licence's URI with http -->
              <licence>http://creativecommons.org/licenses/by/4.0/</licence>
              <p>
                <xsl:choose>
                  <xsl:when test="normalize-space($licence)">
                    <xsl:value-of select="normalize-space($licence)"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="$licence/@target"/></xsl:otherwise>
                </xsl:choose>
              </p>
              <xsl:for-each select="$pub/tei:availability/tei:p[normalize-space()]">
                <p><xsl:value-of select="normalize-space(.)"/></p>
              </xsl:for-each>
            </availability>
            <date when="{$pub/tei:date/@when}"><xsl:value-of select="normalize-space($pub/tei:date)"/></date>
          </publicationStmt>
          <sourceDesc>
            <bibl>
              <title type="main">
                <xsl:choose>
                  <xsl:when test="normalize-space($source/tei:title)">
                    <xsl:value-of select="normalize-space($source/tei:title)"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
                </xsl:choose>
              </title>
              <xsl:for-each select="$source/tei:ptr/@target
                                    [starts-with(., 'http://') or starts-with(., 'https://')]">
                <idno type="URI"><xsl:value-of select="."/></idno>
              </xsl:for-each>
            </bibl>
          </sourceDesc>
        </fileDesc>
        <encodingDesc>
          <projectDesc>
            <xsl:for-each select="$header/tei:encodingDesc/tei:editorialDecl//tei:p[normalize-space()]">
              <p><xsl:value-of select="normalize-space(.)"/></p>
            </xsl:for-each>
            <xsl:if test="not($header/tei:encodingDesc/tei:editorialDecl//tei:p[normalize-space()])">
              <p><xsl:value-of select="$title"/></p>
            </xsl:if>
          </projectDesc>
          <!-- filled with a tagUsage per element of the text by the second
               pass, export-parlamint-tags.xsl -->
          <tagsDecl>
            <namespace name="http://www.tei-c.org/ns/1.0"/>
          </tagsDecl>
        </encodingDesc>
        <profileDesc>
          <settingDesc>
            <setting>
              <xsl:for-each select="($profile/tei:creation/tei:placeName
                                     | $profile/tei:settingDesc/tei:setting/tei:placeName)[1]">
                <name type="place"><xsl:value-of select="normalize-space(.)"/></name>
              </xsl:for-each>
              <date when="{$when}">
                <xsl:value-of select="normalize-space($when/..)"/>
              </date>
            </setting>
          </settingDesc>
        </profileDesc>
      </teiHeader>
      <xsl:apply-templates select="tei:text"/>
    </TEI>
  </xsl:template>

  <!-- the text: one debateSection per top-level division, front and back -->
  <xsl:template match="tei:text">
    <text ana="{$subcorpus}">
      <body>
        <xsl:apply-templates select="tei:front | tei:body/tei:div | tei:back" mode="section"/>
      </body>
    </text>
  </xsl:template>

  <!-- a section with no words and no page break would be empty: left out;
       one without a turn holds comments only -->
  <xsl:template match="*" mode="section">
    <xsl:if test="normalize-space(.) or .//tei:pb">
      <div type="debateSection">
        <xsl:if test="not(.//tei:sp[count(. | $turns) = count($turns)])">
          <xsl:attribute name="type">commentSection</xsl:attribute>
        </xsl:if>
        <xsl:apply-templates select="*" mode="item"/>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- what a section holds -->
  <xsl:template match="tei:div" mode="item">
    <xsl:apply-templates select="*" mode="item"/>
  </xsl:template>
  <xsl:template match="tei:timeline" mode="item"/>
  <xsl:template match="tei:pb" mode="item">
    <xsl:apply-templates select="."/>
  </xsl:template>
  <xsl:template match="tei:stage | tei:incident" mode="item">
    <xsl:apply-templates select="."/>
  </xsl:template>
  <xsl:template match="tei:sp" mode="item">
    <xsl:if test="count(. | $turns) = count($turns)">
    <u ana="#regular">
      <xsl:copy-of select="@xml:id"/>
      <xsl:if test="@who">
        <xsl:attribute name="who"><xsl:value-of select="substring-before(concat(@who, ' '), ' ')"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates select="*" mode="turn"/>
    </u>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="item">
    <xsl:call-template name="note">
      <xsl:with-param name="type" select="local-name()"/>
    </xsl:call-template>
  </xsl:template>

  <!-- what a turn holds -->
  <xsl:template match="tei:speaker" mode="turn">
    <xsl:call-template name="note">
      <xsl:with-param name="type" select="'speaker'"/>
    </xsl:call-template>
  </xsl:template>
  <!-- a verse speech: each line a seg of its own -->
  <xsl:template match="tei:lg" mode="turn">
    <xsl:apply-templates select="*" mode="turn"/>
  </xsl:template>
  <xsl:template match="tei:p | tei:ab | tei:l" mode="turn">
    <xsl:if test="normalize-space(.) or .//tei:pb or .//tei:stage or .//tei:note or .//tei:incident">
      <seg><xsl:apply-templates select="node()" mode="words"/></seg>
    </xsl:if>
  </xsl:template>
  <xsl:template match="*" mode="turn">
    <xsl:apply-templates select="." mode="words"/>
  </xsl:template>

  <!-- inside a seg: words, and the comments and page breaks between them -->
  <xsl:template match="text()" mode="words">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="words">
    <xsl:text> </xsl:text>
  </xsl:template>
  <xsl:template match="tei:pb | tei:stage | tei:incident" mode="words">
    <xsl:apply-templates select="."/>
  </xsl:template>
  <xsl:template match="tei:note | tei:fw" mode="words">
    <xsl:call-template name="note">
      <xsl:with-param name="type">
        <xsl:choose>
          <xsl:when test="@type"><xsl:value-of select="@type"/></xsl:when>
          <xsl:when test="self::tei:fw">fw</xsl:when>
          <xsl:otherwise><xsl:value-of select="@place"/></xsl:otherwise>
        </xsl:choose>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>
  <xsl:template match="*" mode="words">
    <xsl:apply-templates select="node()" mode="words"/>
  </xsl:template>

  <!-- the comments -->
  <xsl:template match="tei:pb">
    <pb>
      <xsl:copy-of select="@n"/>
    </pb>
  </xsl:template>
  <!-- a comment with no words would have an empty desc: left out -->
  <xsl:template match="tei:stage[not(normalize-space())] | tei:incident[not(normalize-space())]"/>
  <xsl:template match="tei:stage[@type='delivery']">
    <vocal type="speaking"><xsl:call-template name="desc"/></vocal>
  </xsl:template>
  <xsl:template match="tei:stage">
    <incident type="action"><xsl:call-template name="desc"/></incident>
  </xsl:template>
  <xsl:template match="tei:incident">
    <incident type="editorial"><xsl:call-template name="desc"/></incident>
  </xsl:template>

  <xsl:template name="desc">
    <desc><xsl:value-of select="normalize-space(.)"/></desc>
  </xsl:template>

  <!-- a note of the element's words; the notes inside it (a footnote in a
       dateline) follow as notes of their own -->
  <xsl:template name="note">
    <xsl:param name="type"/>
    <xsl:variable name="words">
      <xsl:apply-templates select="node()" mode="plain"/>
    </xsl:variable>
    <xsl:if test="normalize-space($words)">
      <note>
        <xsl:if test="string($type)">
          <xsl:attribute name="type"><xsl:value-of select="$type"/></xsl:attribute>
        </xsl:if>
        <xsl:value-of select="normalize-space($words)"/>
      </note>
    </xsl:if>
    <xsl:apply-templates select=".//tei:note" mode="words"/>
  </xsl:template>
  <xsl:template match="tei:note" mode="plain"/>
  <xsl:template match="tei:lb" mode="plain">
    <xsl:text> </xsl:text>
  </xsl:template>

</xsl:stylesheet>
