<?xml version="1.0" encoding="UTF-8"?>
<!--
  crosswalk-dc.xsl: a TEI edition's header to one oai_dc record (unqualified
  Dublin Core as OAI-PMH serves it; valid against openarchives.org's
  oai_dc.xsd).  The mapping is in dc-record.xsl.

    xsltproc crosswalk-dc.xsl edition.xml > edition.dc.xml
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="dc-record.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/">
    <xsl:call-template name="oai-dc"/>
  </xsl:template>
</xsl:stylesheet>
