<?xml version="1.0" encoding="UTF-8"?>
<!--
  export-parlamint-tags.xsl: the second pass of export-parlamint.xsl.  It
  copies the ParlaMint document and fills the header's tagsDecl/namespace
  with one tagUsage per element name of the text (first seen first) and
  how often it occurs, as ParlaMint requires.
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
</xsl:stylesheet>
