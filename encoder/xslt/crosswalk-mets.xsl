<?xml version="1.0" encoding="UTF-8"?>
<!--
  crosswalk-mets.xsl: a METS wrapper of one TEI edition, for repositories
  that ingest METS: the header's Dublin Core (dc-record.xsl) in a dmdSec,
  the files in a fileSec with their SHA-256 checksums, and a structMap with
  one div for the conversation pointing at them.

  The checksums cannot be computed in XSLT 1.0: they are parameters, as are
  the files' locations (relative to where the METS file is written).

    xsltproc stringparam master-href ../masters/x.xml \
             stringparam master-sha256 ... stringparam master-size 1234 \
             [stringparam derivative-href ../derivatives/x.html ...] \
             crosswalk-mets.xsl x.xml > x.mets.xml

  With an empty derivative-href the fileSec holds the master alone.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:mets="http://www.loc.gov/METS/"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  exclude-result-prefixes="tei">
  <xsl:include href="dc-record.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:param name="master-href" select="''"/>
  <xsl:param name="master-sha256" select="''"/>
  <xsl:param name="master-size" select="''"/>
  <xsl:param name="derivative-href" select="''"/>
  <xsl:param name="derivative-sha256" select="''"/>
  <xsl:param name="derivative-size" select="''"/>

  <xsl:template match="/">
    <xsl:variable name="pub" select="tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt"/>
    <xsl:variable name="title"
      select="normalize-space(tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
    <mets:mets TYPE="conversation" LABEL="{$title}">
      <xsl:choose>
        <xsl:when test="$pub/tei:idno[@type='local']">
          <xsl:attribute name="OBJID"><xsl:value-of select="normalize-space($pub/tei:idno[@type='local'])"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="tei:TEI/@xml:id">
          <xsl:attribute name="OBJID"><xsl:value-of select="tei:TEI/@xml:id"/></xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <mets:metsHdr>
        <xsl:for-each select="tei:TEI/tei:teiHeader/tei:encodingDesc/tei:appInfo/tei:application[1]">
          <mets:agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">
            <mets:name><xsl:value-of select="normalize-space(concat(@ident, ' ', @version))"/></mets:name>
          </mets:agent>
        </xsl:for-each>
        <xsl:for-each select="$pub/tei:publisher">
          <mets:agent ROLE="CUSTODIAN" TYPE="ORGANIZATION">
            <mets:name><xsl:value-of select="normalize-space(.)"/></mets:name>
          </mets:agent>
        </xsl:for-each>
      </mets:metsHdr>
      <mets:dmdSec ID="dmd-dc">
        <mets:mdWrap MDTYPE="DC" MIMETYPE="text/xml">
          <mets:xmlData>
            <xsl:call-template name="oai-dc"/>
          </mets:xmlData>
        </mets:mdWrap>
      </mets:dmdSec>
      <mets:fileSec>
        <mets:fileGrp USE="master">
          <xsl:call-template name="file">
            <xsl:with-param name="id" select="'file-master'"/>
            <xsl:with-param name="mimetype" select="'application/tei+xml'"/>
            <xsl:with-param name="href" select="$master-href"/>
            <xsl:with-param name="sha256" select="$master-sha256"/>
            <xsl:with-param name="size" select="$master-size"/>
          </xsl:call-template>
        </mets:fileGrp>
        <xsl:if test="$derivative-href != ''">
          <mets:fileGrp USE="derivative">
            <xsl:call-template name="file">
              <xsl:with-param name="id" select="'file-derivative'"/>
              <xsl:with-param name="mimetype" select="'text/html'"/>
              <xsl:with-param name="href" select="$derivative-href"/>
              <xsl:with-param name="sha256" select="$derivative-sha256"/>
              <xsl:with-param name="size" select="$derivative-size"/>
            </xsl:call-template>
          </mets:fileGrp>
        </xsl:if>
      </mets:fileSec>
      <mets:structMap TYPE="logical">
        <mets:div TYPE="conversation" LABEL="{$title}" DMDID="dmd-dc">
          <mets:fptr FILEID="file-master"/>
          <xsl:if test="$derivative-href != ''">
            <mets:fptr FILEID="file-derivative"/>
          </xsl:if>
        </mets:div>
      </mets:structMap>
    </mets:mets>
  </xsl:template>

  <xsl:template name="file">
    <xsl:param name="id"/>
    <xsl:param name="mimetype"/>
    <xsl:param name="href"/>
    <xsl:param name="sha256"/>
    <xsl:param name="size"/>
    <mets:file ID="{$id}" MIMETYPE="{$mimetype}">
      <xsl:if test="$size != ''">
        <xsl:attribute name="SIZE"><xsl:value-of select="$size"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="$sha256 != ''">
        <xsl:attribute name="CHECKSUM"><xsl:value-of select="$sha256"/></xsl:attribute>
        <xsl:attribute name="CHECKSUMTYPE">SHA-256</xsl:attribute>
      </xsl:if>
      <mets:FLocat LOCTYPE="URL" xlink:type="simple" xlink:href="{$href}"/>
    </mets:file>
  </xsl:template>
</xsl:stylesheet>
