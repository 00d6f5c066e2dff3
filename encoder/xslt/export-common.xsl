<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-common.xsl: what the interchange profiles (export-simple.xsl,
  export-lite.xsl) share.  Included by each; a profile's own templates, in
  its entry file, take precedence over these (xsl:import below them).

  - everything is copied unless a template says otherwise (identity);
  - persName becomes name[@type='person'], placeName name[@type='place']
    (neither profile has the namesdates names);
  - the header's settingDesc is folded into creation (its date and place),
    which both profiles have;
  - the registers of persons (particDesc's participants and standOff's
    mentioned persons) move to a division at the end of the text,
    div[@type='participants'] / div[@type='mentioned'] in back, written by
    the mode "register" of each profile; their ids are kept, so every @who
    and @ref still points at its person;
  - incident becomes a stage of its @type with the words of its desc (a
    note before a speaker); gloss becomes seg[@type='gloss'];
  - timeline and the @synch pointing at it are left out (neither profile
    has them; the times stay in the speakers' text).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:template match="@* | node()">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:persName">
    <name type="person">
      <xsl:apply-templates select="@* | node()"/>
    </name>
  </xsl:template>

  <xsl:template match="tei:placeName">
    <name type="place">
      <xsl:apply-templates select="@* | node()"/>
    </name>
  </xsl:template>

  <!-- an incident (recording noises, tape changes) is a stage direction
       of that type, with the words of its desc -->
  <xsl:template match="tei:incident">
    <stage>
      <xsl:attribute name="type">
        <xsl:choose>
          <xsl:when test="@type"><xsl:value-of select="@type"/></xsl:when>
          <xsl:otherwise>incident</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:apply-templates select="@*[not(name() = 'type')] | tei:desc/node()"/>
    </stage>
  </xsl:template>

  <!-- ... except before the speaker, where neither profile allows a stage: a note -->
  <xsl:template match="tei:sp/tei:incident[following-sibling::tei:speaker]">
    <note place="inline">
      <xsl:apply-templates select="@* | tei:desc/node()"/>
    </note>
  </xsl:template>

  <!-- neither profile has a timeline: it and the @synch pointing at it are
       left out (the times stay in the speakers' text) -->
  <xsl:template match="tei:timeline | @synch"/>

  <xsl:template match="tei:gloss">
    <seg type="gloss"><xsl:apply-templates select="@* | node()"/></seg>
  </xsl:template>

  <!-- settingDesc: its dates and places join creation -->
  <xsl:template match="tei:settingDesc"/>
  <xsl:template match="tei:profileDesc">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:if test="tei:settingDesc and not(tei:creation)">
        <creation>
          <xsl:apply-templates select="tei:settingDesc/tei:setting/*"/>
        </creation>
      </xsl:if>
      <xsl:apply-templates select="node()"/>
    </xsl:copy>
  </xsl:template>
  <xsl:template match="tei:creation">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()"/>
      <xsl:for-each select="../tei:settingDesc/tei:setting/*">
        <xsl:text> </xsl:text>
        <xsl:apply-templates select="."/>
      </xsl:for-each>
    </xsl:copy>
  </xsl:template>

  <!-- the registers move to the back of the text -->
  <xsl:template match="tei:particDesc | tei:standOff"/>
  <xsl:variable name="registers"
    select="/tei:TEI/tei:teiHeader/tei:profileDesc/tei:particDesc/tei:listPerson
            | /tei:TEI/tei:standOff/tei:listPerson"/>

  <xsl:template match="tei:text">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()"/>
      <xsl:if test="not(tei:back) and $registers">
        <back>
          <xsl:apply-templates select="$registers" mode="register"/>
        </back>
      </xsl:if>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:back">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()"/>
      <xsl:apply-templates select="$registers" mode="register"/>
    </xsl:copy>
  </xsl:template>

  <!-- the type of the register's division: participants, mentioned, ... -->
  <xsl:template name="register-type">
    <xsl:choose>
      <xsl:when test="@type"><xsl:value-of select="@type"/></xsl:when>
      <xsl:otherwise>persons</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
