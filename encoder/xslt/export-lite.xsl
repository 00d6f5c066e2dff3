<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-lite.xsl: a tei-encode edition to TEI Lite (tei_lite.rng of the
  TEI Consortium), the subset most TEI tools read.

    xsltproc export-lite.xsl edition.xml > edition.lite.xml

  Besides export-common.xsl (names, settingDesc, registers in back), what
  Lite refuses is mapped to what it accepts:
  - supplied becomes seg[@type='supplied'] with the @reason as @subtype;
    ab a p;
  - the registers are lists (Lite has no listPerson): each person or
    personGrp an item with its id, its names as name[@type='person'], birth
    and death as date, a note's words, a ptr as ref;
  - fw (running heads, page numbers) becomes note[@type='fw'] with its
    @type as @subtype;
  - the header: editorialDecl's normalization and interpretation become
    its paragraphs, appInfo a paragraph naming the application and its
    version; msDesc in sourceDesc a bibl (repository, collection and idno
    as name and idno, msContents' title and locus, physDesc a note);
    notesStmt keeps its notes;
  - a span of hours (time with @from/@to, which Lite's time lacks) becomes
    a time with @when for each end, the text split at its dash;
  - a play's cast list (Lite has no castList) becomes list[@type='castList']
    with its head, in a paragraph where it stood among the front's
    paragraphs (Lite's front has no lists of its own): each castItem an
    item, its role a
    name[@type='role'] that keeps @corresp (the role's person), roleDesc a
    seg[@type='roleDesc'], actor a name[@type='actor'], the words between
    them as they stand;
  - Lite has no g and no charDecl: a control character of the source (a g
    pointing at a char of charDecl) becomes gap[@reason='control-character']
    with its code point as @n, and charDecl is left out.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">
  <xsl:import href="export-common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="tei:charDecl"/>
  <xsl:template match="tei:g[not(normalize-space(.))]">
    <xsl:variable name="id" select="substring-after(@ref, '#')"/>
    <gap reason="control-character">
      <xsl:attribute name="n">
        <xsl:value-of select="//tei:charDecl/tei:char[@xml:id = $id]/tei:localProp[@name='codepoint']/@value"/>
      </xsl:attribute>
    </gap>
  </xsl:template>
  <xsl:template match="tei:g">
    <xsl:value-of select="."/>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <seg type="supplied">
      <xsl:if test="@reason">
        <xsl:attribute name="subtype"><xsl:value-of select="@reason"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates select="@*[not(name() = 'reason')] | node()"/>
    </seg>
  </xsl:template>
  <xsl:template match="tei:time[@from or @to]">
    <xsl:variable name="dash" select="' – '"/>
    <xsl:variable name="both" select="@from and @to and contains(., $dash)"/>
    <xsl:if test="@from">
      <time when="{@from}">
        <xsl:choose>
          <xsl:when test="$both"><xsl:value-of select="substring-before(., $dash)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </time>
    </xsl:if>
    <xsl:if test="$both"><xsl:value-of select="$dash"/></xsl:if>
    <xsl:if test="@to and ($both or not(@from))">
      <time when="{@to}">
        <xsl:choose>
          <xsl:when test="$both"><xsl:value-of select="substring-after(., $dash)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </time>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:ab">
    <p><xsl:apply-templates select="@*[not(name() = 'type')] | node()"/></p>
  </xsl:template>

  <!-- forme work (running heads, page numbers) is a note of that subtype -->
  <xsl:template match="tei:fw">
    <note type="fw">
      <xsl:if test="@type">
        <xsl:attribute name="subtype"><xsl:value-of select="@type"/></xsl:attribute>
      </xsl:if>
      <xsl:apply-templates select="@*[not(name() = 'type')] | node()"/>
    </note>
  </xsl:template>

  <!-- a play's cast list -->
  <xsl:template match="tei:castList">
    <p>
      <list type="castList">
        <xsl:apply-templates select="@*[not(name() = 'type')] | node()"/>
      </list>
    </p>
  </xsl:template>
  <xsl:template match="tei:castItem | tei:castGroup">
    <item>
      <xsl:apply-templates select="@*[not(name() = 'type')] | node()"/>
    </item>
  </xsl:template>
  <xsl:template match="tei:castGroup/tei:castItem | tei:castGroup/tei:castGroup">
    <list>
      <item><xsl:apply-templates select="@*[not(name() = 'type')] | node()"/></item>
    </list>
  </xsl:template>
  <xsl:template match="tei:role | tei:actor">
    <name type="{local-name()}"><xsl:apply-templates select="@* | node()"/></name>
  </xsl:template>
  <xsl:template match="tei:roleDesc">
    <seg type="roleDesc"><xsl:apply-templates select="@* | node()"/></seg>
  </xsl:template>

  <!-- the header -->
  <xsl:template match="tei:editorialDecl/*[tei:p]">
    <xsl:apply-templates select="tei:p"/>
  </xsl:template>
  <xsl:template match="tei:appInfo">
    <xsl:for-each select="tei:application">
      <p>
        <xsl:text>Encoded with </xsl:text>
        <!-- its id goes with it: change/@who may point at the application -->
        <name type="software"><xsl:copy-of select="@xml:id"/><xsl:value-of select="@ident"/></name>
        <xsl:if test="@version"><xsl:value-of select="concat(' ', @version)"/></xsl:if>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:for-each>
  </xsl:template>
  <xsl:template match="tei:msDesc">
    <bibl type="msDesc">
      <xsl:apply-templates select="@*"/>
      <xsl:for-each select="tei:msIdentifier/*">
        <xsl:choose>
          <xsl:when test="self::tei:idno"><xsl:apply-templates select="."/></xsl:when>
          <xsl:otherwise>
            <name type="{local-name()}"><xsl:value-of select="normalize-space(.)"/></name>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
      </xsl:for-each>
      <xsl:for-each select="tei:msContents/tei:msItem">
        <xsl:apply-templates select="tei:title"/>
        <xsl:for-each select="tei:locus">
          <biblScope unit="page"><xsl:value-of select="normalize-space(.)"/></biblScope>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="tei:physDesc">
        <note type="physDesc"><xsl:value-of select="normalize-space(.)"/></note>
      </xsl:for-each>
    </bibl>
  </xsl:template>

  <!-- the registers: lists -->
  <xsl:template match="tei:listPerson" mode="register">
    <div>
      <xsl:attribute name="type"><xsl:call-template name="register-type"/></xsl:attribute>
      <list>
        <xsl:apply-templates select="*" mode="register"/>
      </list>
    </div>
  </xsl:template>
  <xsl:template match="tei:person | tei:personGrp" mode="register">
    <item>
      <xsl:apply-templates select="@xml:id | @n"/>
      <xsl:for-each select="*">
        <xsl:if test="position() &gt; 1"><xsl:text>; </xsl:text></xsl:if>
        <xsl:apply-templates select="." mode="person-part"/>
      </xsl:for-each>
    </item>
  </xsl:template>
  <xsl:template match="tei:birth | tei:death" mode="person-part">
    <xsl:value-of select="concat(local-name(), ' ')"/>
    <date><xsl:apply-templates select="@when | node()"/></date>
  </xsl:template>
  <xsl:template match="tei:note" mode="person-part">
    <xsl:apply-templates select="node()"/>
  </xsl:template>
  <xsl:template match="tei:ptr" mode="person-part">
    <ref><xsl:apply-templates select="@*"/></ref>
  </xsl:template>
  <xsl:template match="*" mode="person-part">
    <xsl:apply-templates select="."/>
  </xsl:template>
</xsl:stylesheet>
