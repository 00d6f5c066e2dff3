<?xml version="1.0" encoding="UTF-8"?>
<!--
  names.xsl: the names and dates module.  A name in the text links to the
  person's entry in the register and carries an id (mention-PATH) to which the
  register links back; the register lists every person of the header and of
  standOff, in document order, with names, years, occupation, notes,
  authority links and a link to every turn (sp/@who) and every mention
  (persName/@ref).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- Single pointers ("#id") by key; pointer lists are searched. -->
  <xsl:key name="mentions" match="tei:text//tei:persName[@ref]" use="normalize-space(@ref)"/>
  <xsl:key name="turns" match="tei:text//tei:sp[@who]" use="normalize-space(@who)"/>

  <!-- Turns and names that point at several persons, found once. -->
  <xsl:variable name="multi-who" select="/tei:TEI/tei:text//tei:sp[contains(normalize-space(@who), ' ')]"/>
  <xsl:variable name="multi-ref" select="/tei:TEI/tei:text//tei:persName[contains(normalize-space(@ref), ' ')]"/>

  <!-- The lists of the register, each a section of it. -->
  <xsl:variable name="registers"
    select="/tei:TEI/tei:teiHeader//tei:listPerson[tei:person | tei:personGrp] | /tei:TEI/tei:standOff//tei:listPerson[tei:person]"/>

  <xsl:variable name="persons" select="/tei:TEI/tei:teiHeader//tei:listPerson/tei:person | /tei:TEI/tei:teiHeader//tei:listPerson/tei:personGrp | /tei:TEI/tei:standOff//tei:listPerson/tei:person"/>

  <xsl:template name="mention-id">
    <!-- Within a note or a turn that has an xml:id: that id and the name's
         number inside it (counting stops at the note or turn, so the cost
         is the size of that note or turn).  Elsewhere: the element's path
         in the text, stable but slower on long divisions. -->
    <xsl:text>mention-</xsl:text>
    <xsl:choose>
      <xsl:when test="ancestor::tei:note[@xml:id]">
        <xsl:value-of select="concat(ancestor::tei:note[@xml:id][1]/@xml:id, '-')"/>
        <xsl:number level="any" count="tei:persName" from="tei:note[@xml:id]"/>
      </xsl:when>
      <xsl:when test="ancestor::tei:sp[@xml:id]">
        <xsl:value-of select="concat(ancestor::tei:sp[@xml:id][1]/@xml:id, '-')"/>
        <xsl:number level="any" count="tei:persName" from="tei:sp[@xml:id]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:number level="multiple" count="*" format="1-1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The display name of $person: its first persName, whitespace normalised. -->
  <xsl:template name="person-name">
    <xsl:param name="person" select="."/>
    <xsl:value-of select="normalize-space(($person/tei:persName | $person/tei:name)[1])"/>
  </xsl:template>

  <!-- A link to the register entry of the context person. -->
  <xsl:template name="person-link">
    <a class="person-link" href="#person-{@xml:id}"><xsl:call-template name="person-name"/></a>
  </xsl:template>

  <!-- The person a single pointer names, or nothing. -->
  <xsl:template match="tei:persName">
    <xsl:variable name="ref" select="normalize-space(@ref)"/>
    <xsl:variable name="person" select="key('tei-id', substring-after($ref, '#'))[self::tei:person or self::tei:personGrp]"/>
    <xsl:variable name="in-text" select="ancestor::tei:text and @ref"/>
    <xsl:choose>
      <xsl:when test="starts-with($ref, '#') and not(contains($ref, ' ')) and $person and normalize-space(.)">
        <a class="persname" href="#person-{$person/@xml:id}">
          <xsl:if test="$in-text">
            <xsl:attribute name="id"><xsl:call-template name="mention-id"/></xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/><xsl:call-template name="keep-open"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="persname">
          <xsl:if test="$in-text">
            <xsl:attribute name="id"><xsl:call-template name="mention-id"/></xsl:attribute>
          </xsl:if>
          <xsl:apply-templates/><xsl:call-template name="keep-open"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:placeName">
    <span class="placename"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <!-- The register. -->
  <xsl:template name="people-section">
    <xsl:if test="$persons">
      <section id="people" class="people" aria-labelledby="people-heading">
        <h2 id="people-heading"><xsl:value-of select="$label-people"/></h2>
        <xsl:value-of select="$nl"/>
        <xsl:for-each select="$registers">
          <xsl:variable name="heading-id" select="concat('people-', position())"/>
          <section class="register" aria-labelledby="{$heading-id}">
            <h3 id="{$heading-id}">
              <xsl:choose>
                <xsl:when test="tei:head"><xsl:value-of select="normalize-space(tei:head)"/></xsl:when>
                <xsl:when test="@type='participants' or ancestor::tei:particDesc"><xsl:value-of select="$label-participants"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="$label-mentioned"/></xsl:otherwise>
              </xsl:choose>
            </h3>
            <ul class="register">
              <xsl:choose>
                <xsl:when test="$part = 'frame'"><xsl:processing-instruction name="tei-encoder-part"/></xsl:when>
                <xsl:otherwise><xsl:apply-templates select="tei:person | tei:personGrp" mode="register"/></xsl:otherwise>
              </xsl:choose>
            </ul>
          </section>
          <xsl:value-of select="$nl"/>
        </xsl:for-each>
      </section>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:person | tei:personGrp" mode="register">
    <xsl:variable name="pointer" select="concat('#', @xml:id)"/>
    <xsl:variable name="padded" select="concat(' ', $pointer, ' ')"/>
    <xsl:variable name="turns" select="key('turns', $pointer)
      | $multi-who[contains(concat(' ', normalize-space(@who), ' '), $padded)]"/>
    <xsl:variable name="mentions" select="key('mentions', $pointer)
      | $multi-ref[contains(concat(' ', normalize-space(@ref), ' '), $padded)]"/>
    <li id="person-{@xml:id}">
      <span class="person-name"><xsl:call-template name="person-name"/></span>
      <xsl:call-template name="years"/>
      <xsl:for-each select="tei:occupation | tei:note | tei:roleName | tei:affiliation">
        <xsl:text> </xsl:text>
        <span class="person-{local-name()}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
      </xsl:for-each>
      <xsl:if test="count(tei:persName | tei:name) &gt; 1">
        <span class="variants">
          <xsl:value-of select="concat(' ', $label-also, ': ')"/>
          <xsl:for-each select="(tei:persName | tei:name)[position() &gt; 1]">
            <xsl:value-of select="normalize-space(.)"/>
            <xsl:if test="position() != last()">; </xsl:if>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </span>
      </xsl:if>
      <xsl:for-each select="tei:idno">
        <xsl:text> </xsl:text>
        <xsl:call-template name="authority-link"/>
      </xsl:for-each>
      <xsl:if test="$turns">
        <span class="occurrences">
          <xsl:value-of select="concat(' ', $label-turns-of, ': ')"/>
          <xsl:for-each select="$turns">
            <a>
              <xsl:attribute name="href">#<xsl:call-template name="turn-id"/></xsl:attribute>
              <xsl:value-of select="position()"/>
            </a>
            <xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:if test="$mentions">
        <span class="occurrences">
          <xsl:value-of select="concat(' ', $label-mentions, ': ')"/>
          <xsl:for-each select="$mentions">
            <a>
              <xsl:attribute name="href">#<xsl:call-template name="mention-id"/></xsl:attribute>
              <xsl:value-of select="position()"/>
            </a>
            <xsl:if test="position() != last()"><xsl:text> </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
    </li>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- (1888–1959), (b. 1888), (d. 1959) from @when or the element's text. -->
  <xsl:template name="years">
    <xsl:variable name="born">
      <xsl:for-each select="tei:birth[1]">
        <xsl:choose>
          <xsl:when test="@when"><xsl:value-of select="substring(@when, 1, 4)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="died">
      <xsl:for-each select="tei:death[1]">
        <xsl:choose>
          <xsl:when test="@when"><xsl:value-of select="substring(@when, 1, 4)"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="$born != '' and $died != ''">
        <span class="years"><xsl:value-of select="concat(' (', $born, '–', $died, ')')"/></span>
      </xsl:when>
      <xsl:when test="$born != ''">
        <span class="years"><xsl:value-of select="concat(' (', $label-born, ' ', $born, ')')"/></span>
      </xsl:when>
      <xsl:when test="$died != ''">
        <span class="years"><xsl:value-of select="concat(' (', $label-died, ' ', $died, ')')"/></span>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- An authority record: a link when the idno is a web address. -->
  <xsl:template name="authority-link">
    <xsl:variable name="value" select="normalize-space(.)"/>
    <xsl:variable name="label">
      <xsl:choose>
        <xsl:when test="@type"><xsl:value-of select="@type"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$label-authority"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span class="authority">
      <xsl:choose>
        <xsl:when test="starts-with($value, 'https://') or starts-with($value, 'http://')">
          <a href="{$value}" rel="external"><xsl:value-of select="$label"/></a>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="concat($label, ' ', $value)"/></xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>
</xsl:stylesheet>
