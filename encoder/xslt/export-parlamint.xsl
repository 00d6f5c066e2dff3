<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-parlamint.xsl: a tei-encode edition as a ParlaMint component file
  (the "plain text" TEI of the ParlaMint parliamentary corpora, checked
  against ParlaMint-TEI.rng).

    xsltproc export-parlamint.xsl edition.xml | xsltproc export-parlamint-tags.xsl - \
      > edition.parlamint.xml

  (the second pass counts the elements of the text for the header's
  tagsDecl, which XSLT 1.0 cannot do on a result it is still making).

  ParlaMint asks for header facts the transcript may not give: the edition's
  TEI/@xml:id, publisher, publication date and a CC BY 4.0 licence, the
  date and place of the conversation and a digital source (a URL or record
  id).  This stylesheet does not invent them: run on an edition that lacks
  one, its output is not valid ParlaMint (tei-encode export says which are
  missing and writes nothing).

  The header:
    title[@type='main']      titleStmt/title[1]
    meeting                  the same title (the conversation is the meeting)
    edition                  the application and version that encoded it
    extent                   the number of speeches (u)
    publicationStmt          publisher, idno (URI, else local), the licence,
                             the availability's text, publicationStmt/date
    sourceDesc/bibl          the digital source's title (else the title),
                             its ptr/@target and record idno
    projectDesc              the editorial declaration's paragraphs
    tagsDecl                 how often each element occurs in the text
    settingDesc/setting      the place (creation/placeName, else the
                             setting's) and the date of the conversation
  The text: each top-level div (and the front and back matter) is a
  div[@type='debateSection'] (nested divisions flattened, their heads
  notes); sp becomes u with its @who and @xml:id and @ana '#regular' (the
  transcript says nothing of roles); the speaker's label a
  note[@type='speaker']; p a seg of its words; stage directions in a turn
  (delivery: how it was said) vocal[@type='speaking'], narration between
  turns incident[@type='action'], recording incidents
  incident[@type='editorial'], each with a desc; footnotes and editorial
  notes note[@type] with their words; page breaks pb; anything else
  outside a turn a note with its words.
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

  <!-- the turns that become a u: those with words, or a comment, to hold -->
  <xsl:variable name="turns" select="/tei:TEI/tei:text//tei:sp[normalize-space(.) or .//tei:pb]"/>

  <xsl:template match="/tei:TEI">
    <TEI>
      <xsl:copy-of select="@xml:id | @xml:lang"/>
      <xsl:attribute name="ana">#reference</xsl:attribute>
      <teiHeader>
        <fileDesc>
          <titleStmt>
            <title type="main"><xsl:value-of select="$title"/></title>
            <meeting ana="#conversation"><xsl:value-of select="$title"/></meeting>
          </titleStmt>
          <editionStmt>
            <edition>
              <xsl:for-each select="$header/tei:encodingDesc/tei:appInfo/tei:application[1]">
                <xsl:value-of select="normalize-space(concat(@ident, ' ', @version))"/>
              </xsl:for-each>
            </edition>
          </editionStmt>
          <extent>
            <xsl:variable name="speeches" select="count($turns)"/>
            <measure unit="speeches" quantity="{$speeches}">
              <xsl:value-of select="concat($speeches, ' speeches')"/>
            </measure>
          </extent>
          <publicationStmt>
            <publisher><xsl:value-of select="normalize-space($pub/tei:publisher)"/></publisher>
            <xsl:choose>
              <xsl:when test="$pub/tei:idno[@type='URI']">
                <idno type="URI"><xsl:value-of select="normalize-space($pub/tei:idno[@type='URI'])"/></idno>
              </xsl:when>
              <xsl:otherwise>
                <idno type="local"><xsl:value-of select="@xml:id"/></idno>
              </xsl:otherwise>
            </xsl:choose>
            <availability status="free">
              <!-- ParlaMint spells the licence's URI with http -->
              <xsl:variable name="licence" select="$pub/tei:availability/tei:licence/@target"/>
              <licence>
                <xsl:choose>
                  <xsl:when test="$licence = 'https://creativecommons.org/licenses/by/4.0/'">
                    <xsl:text>http://creativecommons.org/licenses/by/4.0/</xsl:text>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="$licence"/></xsl:otherwise>
                </xsl:choose>
              </licence>
              <p>
                <xsl:value-of select="normalize-space($pub/tei:availability/tei:licence)"/>
              </p>
              <xsl:for-each select="$pub/tei:availability/tei:p">
                <p><xsl:value-of select="normalize-space(.)"/></p>
              </xsl:for-each>
            </availability>
            <date when="{$pub/tei:date/@when}"><xsl:value-of select="normalize-space($pub/tei:date)"/></date>
          </publicationStmt>
          <sourceDesc>
            <bibl>
              <title type="main">
                <xsl:choose>
                  <xsl:when test="$source/tei:title">
                    <xsl:value-of select="normalize-space($source/tei:title)"/>
                  </xsl:when>
                  <xsl:otherwise><xsl:value-of select="$title"/></xsl:otherwise>
                </xsl:choose>
              </title>
              <xsl:for-each select="$source/tei:ptr/@target">
                <idno type="URI"><xsl:value-of select="."/></idno>
              </xsl:for-each>
              <xsl:for-each select="$source/tei:idno[@type='record']">
                <idno type="record"><xsl:value-of select="normalize-space(.)"/></idno>
              </xsl:for-each>
            </bibl>
          </sourceDesc>
        </fileDesc>
        <encodingDesc>
          <projectDesc>
            <xsl:for-each select="$header/tei:encodingDesc/tei:editorialDecl//tei:p">
              <p><xsl:value-of select="normalize-space(.)"/></p>
            </xsl:for-each>
            <xsl:if test="not($header/tei:encodingDesc/tei:editorialDecl//tei:p)">
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
              <xsl:for-each select="($profile/tei:creation/tei:date
                                     | $profile/tei:settingDesc/tei:setting/tei:date)[1]">
                <date when="{@when}"><xsl:value-of select="normalize-space(.)"/></date>
              </xsl:for-each>
            </setting>
          </settingDesc>
        </profileDesc>
      </teiHeader>
      <xsl:apply-templates select="tei:text"/>
    </TEI>
  </xsl:template>

  <!-- the text: one debateSection per top-level division, front and back -->
  <xsl:template match="tei:text">
    <text ana="#reference">
      <body>
        <xsl:apply-templates select="tei:front | tei:body/tei:div | tei:back" mode="section"/>
      </body>
    </text>
  </xsl:template>

  <!-- a section with no words and no page break would be empty: left out -->
  <xsl:template match="*" mode="section">
    <xsl:if test="normalize-space(.) or .//tei:pb">
      <div type="debateSection">
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
  <xsl:template match="tei:p | tei:ab" mode="turn">
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
