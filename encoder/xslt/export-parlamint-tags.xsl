<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-parlamint-tags.xsl: the second pass of export-parlamint.xsl.  It
  copies the ParlaMint document and fills in what only the finished text
  can tell, as ParlaMint requires:
  - the header's tagsDecl/namespace: one tagUsage per element name of the
    text (first seen first) and how often it occurs;
  - extent/measure[@unit='words']: the words of the speeches, that is the
    runs of characters between spaces in the text of their segs (the
    comments inside a seg are not words of the speech).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns="http://www.tei-c.org/ns/1.0"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:key name="in-text" match="tei:text//*" use="local-name()"/>

  <xsl:template match="@* | node()">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()"/>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:tagsDecl/tei:namespace">
    <xsl:copy>
      <xsl:apply-templates select="@*"/>
      <xsl:for-each select="/tei:TEI/tei:text//*
                            [generate-id() = generate-id(key('in-text', local-name())[1])]">
        <tagUsage gi="{local-name()}" occurs="{count(key('in-text', local-name()))}"/>
      </xsl:for-each>
    </xsl:copy>
  </xsl:template>

  <xsl:template match="tei:extent/tei:measure[@unit='words']">
    <xsl:variable name="all">
      <xsl:for-each select="/tei:TEI/tei:text//tei:u/tei:seg/text()">
        <xsl:value-of select="concat(' ', translate(., '&#9;&#10;&#13;', '   '))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="words" select="normalize-space($all)"/>
    <xsl:variable name="count">
      <xsl:choose>
        <xsl:when test="$words = ''">0</xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="string-length($words)
                                - string-length(translate($words, ' ', '')) + 1"/>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:copy>
      <xsl:copy-of select="@unit"/>
      <xsl:attribute name="quantity"><xsl:value-of select="$count"/></xsl:attribute>
      <xsl:copy-of select="@xml:lang"/>
      <xsl:value-of select="concat($count, ' words')"/>
    </xsl:copy>
  </xsl:template>
</xsl:stylesheet>
