<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-simple.xsl: a tei-encode edition to the TEI Simple Print profile
  (teisimple.rng of the TEI Consortium's TEI-Simple), for publishing tools
  built on its processing model.

    xsltproc export-simple.xsl edition.xml > edition.simple.xml

  Besides export-common.xsl (names, settingDesc, registers in back):
  - note/@place: foot becomes bottom (Simple's word for the foot of the
    page); end and inline are Simple's own; @rend="superscript" becomes
    @rendition="simple:superscript", the typographic brackets of editorial
    notes (@rend) are left out (the note keeps its @type);
  - the registers (see export-common.xsl) are listPerson in back; Simple's
    person holds paragraphs only, so each part of a person is an ab of that
    type (persName, birth, death with its date, note, ...), and a personGrp
    is a person (its @role kept);
  - ptr becomes ref, a dateline in front ab[@type='dateline'];
  - msDesc: msIdentifier keeps its repository and one idno that lists the
    collection and the other idno as "type value, ..."; msContents becomes a
    p with the locus and title, physDesc its paragraphs;
  - the header's charDecl (the source's control characters, each a g where
    it stood): each char a glyph, Simple's older form, named by glyphName
    with its description;
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">
  <xsl:import href="export-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="tei:charDecl/tei:char">
    <glyph>
      <xsl:copy-of select="@xml:id"/>
      <glyphName><xsl:value-of select="tei:unicodeProp[@name='Name_Alias']/@value"/></glyphName>
      <xsl:apply-templates select="tei:desc"/>
    </glyph>
  </xsl:template>

  <xsl:template match="tei:note/@place[. = 'foot']">
    <xsl:attribute name="place">bottom</xsl:attribute>
  </xsl:template>
  <xsl:template match="tei:note/@rend[. = 'superscript']">
    <xsl:attribute name="rendition">simple:superscript</xsl:attribute>
  </xsl:template>
  <xsl:template match="tei:note/@rend"/>

  <xsl:template match="tei:msContents">
    <xsl:for-each select="tei:msItem">
      <p>
        <xsl:for-each select="*">
          <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
          <xsl:choose>
            <xsl:when test="self::tei:title"><xsl:apply-templates select="."/></xsl:when>
            <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- a ptr (of a person, or of a bibl) is a ref -->
  <xsl:template match="tei:ptr">
    <ref><xsl:apply-templates select="@*"/></ref>
  </xsl:template>

  <!-- a dateline in front matter is an ab (Simple allows it only at the
       end of a division) -->
  <xsl:template match="tei:front/tei:dateline">
    <ab type="dateline"><xsl:apply-templates select="@* | node()"/></ab>
  </xsl:template>

  <!-- msIdentifier holds a repository and one idno: the others (collection,
       typed idno) join it as "type value, ..." -->
  <xsl:template match="tei:msIdentifier">
    <xsl:copy>
      <xsl:apply-templates select="@* | tei:repository"/>
      <xsl:if test="tei:collection | tei:idno">
        <idno>
          <xsl:for-each select="tei:collection | tei:idno">
            <xsl:if test="position() &gt; 1"><xsl:text>, </xsl:text></xsl:if>
            <xsl:choose>
              <xsl:when test="self::tei:collection">collection </xsl:when>
              <xsl:when test="@type"><xsl:value-of select="concat(@type, ' ')"/></xsl:when>
            </xsl:choose>
            <xsl:value-of select="normalize-space(.)"/>
          </xsl:for-each>
        </idno>
      </xsl:if>
    </xsl:copy>
  </xsl:template>
  <xsl:template match="tei:msDesc/tei:physDesc">
    <xsl:apply-templates select="tei:p | tei:ab"/>
  </xsl:template>

  <!-- the registers: Simple's person holds paragraphs only, so each of its
       parts is an ab of that type; a personGrp is a person -->
  <xsl:template match="tei:listPerson" mode="register">
    <div>
      <xsl:attribute name="type"><xsl:call-template name="register-type"/></xsl:attribute>
      <listPerson>
        <xsl:apply-templates select="@*"/>
        <xsl:apply-templates select="*" mode="register"/>
      </listPerson>
    </div>
  </xsl:template>
  <xsl:template match="tei:person | tei:personGrp" mode="register">
    <person>
      <xsl:apply-templates select="@*"/>
      <xsl:apply-templates select="*" mode="person-part"/>
    </person>
  </xsl:template>
  <xsl:template match="tei:birth | tei:death" mode="person-part">
    <ab type="{local-name()}">
      <date>
        <xsl:apply-templates select="@when"/>
        <xsl:apply-templates select="node()"/>
      </date>
    </ab>
  </xsl:template>
  <xsl:template match="tei:note" mode="person-part">
    <ab type="note"><xsl:apply-templates select="node()"/></ab>
  </xsl:template>
  <xsl:template match="*" mode="person-part">
    <ab type="{local-name()}"><xsl:apply-templates select="."/></ab>
  </xsl:template>
</xsl:stylesheet>
