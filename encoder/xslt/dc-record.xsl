<?xml version="1.0" encoding="UTF-8"?>
<!--
  dc-record.xsl: the named template "oai-dc", one unqualified Dublin Core
  record (OAI-PMH's oai_dc) of the TEI document in context.  Included by
  crosswalk-dc.xsl (the record alone) and crosswalk-mets.xsl (its dmdSec).

  It reads only the header places listed in docs/deposit.md and leaves out
  an element whose place is absent: nothing is invented.
    dc:title        titleStmt/title[1]
    dc:contributor  titleStmt/respStmt[resp]/persName (the edition's editors)
    dc:subject      the participants' first persName (listPerson[@type='participants'])
    dc:publisher    publicationStmt/publisher
    dc:date         publicationStmt/date/@when and profileDesc/creation/date/@when
                    (in document order)
    dc:type         the DCMI type Text
    dc:format       application/tei+xml
    dc:identifier   publicationStmt/idno[@type='URI'], idno[@type='local']
                    (or TEI/@xml:id when there is no local idno)
    dc:source       sourceDesc/bibl[@type='digital']: ptr/@target, else its title
    dc:language     langUsage/language/@ident
    dc:coverage     profileDesc/creation/placeName
    dc:rights       availability/licence: its text, then its @target
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  exclude-result-prefixes="tei">

  <xsl:template name="oai-dc">
    <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <xsl:variable name="pub" select="$file/tei:publicationStmt"/>
    <xsl:variable name="profile" select="$header/tei:profileDesc"/>
    <oai_dc:dc>
      <xsl:for-each select="$file/tei:titleStmt/tei:title[1]">
        <dc:title><xsl:value-of select="normalize-space(.)"/></dc:title>
      </xsl:for-each>
      <xsl:for-each select="$file/tei:titleStmt/tei:respStmt[tei:resp]/tei:persName">
        <dc:contributor><xsl:value-of select="normalize-space(.)"/></dc:contributor>
      </xsl:for-each>
      <xsl:for-each select="$profile/tei:particDesc/tei:listPerson[@type='participants']
                            /*[self::tei:person or self::tei:personGrp]/tei:persName[1]">
        <dc:subject><xsl:value-of select="normalize-space(.)"/></dc:subject>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:publisher">
        <dc:publisher><xsl:value-of select="normalize-space(.)"/></dc:publisher>
      </xsl:for-each>
      <xsl:for-each select="$profile/tei:creation/tei:date/@when | $pub/tei:date/@when">
        <dc:date><xsl:value-of select="."/></dc:date>
      </xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:for-each select="$pub/tei:idno[@type='URI']">
        <dc:identifier><xsl:value-of select="normalize-space(.)"/></dc:identifier>
      </xsl:for-each>
      <xsl:choose>
        <xsl:when test="$pub/tei:idno[@type='local']">
          <dc:identifier><xsl:value-of select="normalize-space($pub/tei:idno[@type='local'])"/></dc:identifier>
        </xsl:when>
        <xsl:when test="/tei:TEI/@xml:id">
          <dc:identifier><xsl:value-of select="/tei:TEI/@xml:id"/></dc:identifier>
        </xsl:when>
      </xsl:choose>
      <xsl:for-each select="$file/tei:sourceDesc/tei:bibl[@type='digital']">
        <xsl:choose>
          <xsl:when test="tei:ptr/@target">
            <dc:source><xsl:value-of select="tei:ptr/@target"/></dc:source>
          </xsl:when>
          <xsl:when test="tei:title">
            <dc:source><xsl:value-of select="normalize-space(tei:title)"/></dc:source>
          </xsl:when>
        </xsl:choose>
      </xsl:for-each>
      <xsl:for-each select="$profile/tei:langUsage/tei:language/@ident">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:for-each select="$profile/tei:creation/tei:placeName">
        <dc:coverage><xsl:value-of select="normalize-space(.)"/></dc:coverage>
      </xsl:for-each>
      <xsl:for-each select="$pub/tei:availability/tei:licence">
        <xsl:if test="normalize-space(.)">
          <dc:rights><xsl:value-of select="normalize-space(.)"/></dc:rights>
        </xsl:if>
        <xsl:if test="@target">
          <dc:rights><xsl:value-of select="@target"/></dc:rights>
        </xsl:if>
      </xsl:for-each>
    </oai_dc:dc>
  </xsl:template>

</xsl:stylesheet>
