<?xml version="1.0" encoding="UTF-8"?>
<!--
  crosswalk-jsonld.xsl: a TEI edition's header to schema.org JSON-LD (a
  Conversation, schema.org's CreativeWork for an exchange of messages).

    xsltproc crosswalk-jsonld.xsl edition.xml > edition.jsonld

  It reads only the header places listed in docs/deposit.md and leaves a
  property out when its place is absent:
    name            titleStmt/title[1]
    identifier      publicationStmt/idno[@type='local'] (or TEI/@xml:id),
                    idno[@type='URI'] (also the node's @id and url)
    dateCreated     profileDesc/creation/date/@when
    datePublished   publicationStmt/date/@when
    locationCreated profileDesc/creation/placeName
    license         availability/licence/@target
    publisher       publicationStmt/publisher (an Organization)
    editor          titleStmt/respStmt[resp]/persName (@ref, an ORCID, as @id)
    contributor     the participants (listPerson[@type='participants']/person
                    and personGrp): their first persName, idno URIs as sameAs
    inLanguage      langUsage/language/@ident
    isBasedOn       sourceDesc/bibl[@type='digital']: title, ptr/@target,
                    idno[@type='record']
    encodingFormat  application/tei+xml

  Every value is whitespace-normalised, and escaped for JSON by the template
  "string" (after normalize-space only the quote and backslash need it).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0">
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="file" select="$header/tei:fileDesc"/>
  <xsl:variable name="pub" select="$file/tei:publicationStmt"/>
  <xsl:variable name="profile" select="$header/tei:profileDesc"/>
  <xsl:variable name="uri" select="$pub/tei:idno[@type='URI'][1]"/>

  <xsl:template match="/">
    <xsl:text>{&#10;  "@context": "https://schema.org",&#10;  "@type": "Conversation"</xsl:text>
    <xsl:if test="$uri">
      <xsl:call-template name="member">
        <xsl:with-param name="key" select="'@id'"/>
        <xsl:with-param name="value" select="$uri"/>
      </xsl:call-template>
      <xsl:call-template name="member">
        <xsl:with-param name="key" select="'url'"/>
        <xsl:with-param name="value" select="$uri"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:for-each select="$file/tei:titleStmt/tei:title[1]">
      <xsl:call-template name="member">
        <xsl:with-param name="key" select="'name'"/>
        <xsl:with-param name="value" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="identifiers"/>
    <xsl:for-each select="$profile/tei:creation/tei:date/@when">
      <xsl:call-template name="member">
        <xsl:with-param name="key" select="'dateCreated'"/>
        <xsl:with-param name="value" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$pub/tei:date/@when">
      <xsl:call-template name="member">
        <xsl:with-param name="key" select="'datePublished'"/>
        <xsl:with-param name="value" select="."/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$profile/tei:creation/tei:placeName[1]">
      <xsl:text>,&#10;  "locationCreated": {"@type": "Place", "name": </xsl:text>
      <xsl:call-template name="string"/>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:for-each select="$pub/tei:availability/tei:licence[@target][1]">
      <xsl:call-template name="member">
        <xsl:with-param name="key" select="'license'"/>
        <xsl:with-param name="value" select="@target"/>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$pub/tei:publisher[1]">
      <xsl:text>,&#10;  "publisher": {"@type": "Organization", "name": </xsl:text>
      <xsl:call-template name="string"/>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:call-template name="people">
      <xsl:with-param name="key" select="'editor'"/>
      <xsl:with-param name="names" select="$file/tei:titleStmt/tei:respStmt[tei:resp]/tei:persName"/>
    </xsl:call-template>
    <xsl:call-template name="people">
      <xsl:with-param name="key" select="'contributor'"/>
      <xsl:with-param name="names" select="$profile/tei:particDesc/tei:listPerson[@type='participants']
                                           /*[self::tei:person or self::tei:personGrp]/tei:persName[1]"/>
    </xsl:call-template>
    <xsl:if test="$profile/tei:langUsage/tei:language/@ident">
      <xsl:text>,&#10;  "inLanguage": [</xsl:text>
      <xsl:for-each select="$profile/tei:langUsage/tei:language/@ident">
        <xsl:if test="position() &gt; 1">, </xsl:if>
        <xsl:call-template name="string"/>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
    </xsl:if>
    <xsl:for-each select="$file/tei:sourceDesc/tei:bibl[@type='digital'][1]">
      <xsl:text>,&#10;  "isBasedOn": {"@type": "CreativeWork"</xsl:text>
      <xsl:for-each select="tei:title[1]">
        <xsl:text>, "name": </xsl:text>
        <xsl:call-template name="string"/>
      </xsl:for-each>
      <xsl:for-each select="tei:ptr/@target">
        <xsl:text>, "url": </xsl:text>
        <xsl:call-template name="string"/>
      </xsl:for-each>
      <xsl:for-each select="tei:idno[@type='record'][1]">
        <xsl:text>, "identifier": </xsl:text>
        <xsl:call-template name="string"/>
      </xsl:for-each>
      <xsl:text>}</xsl:text>
    </xsl:for-each>
    <xsl:text>,&#10;  "encodingFormat": "application/tei+xml"&#10;}&#10;</xsl:text>
  </xsl:template>

  <!-- "identifier": the local id (idno or TEI/@xml:id) and the URIs -->
  <xsl:template name="identifiers">
    <xsl:variable name="local" select="$pub/tei:idno[@type='local'][1]"/>
    <xsl:variable name="id" select="/tei:TEI/@xml:id"/>
    <xsl:variable name="uris" select="$pub/tei:idno[@type='URI']"/>
    <xsl:if test="$local or $id or $uris">
      <xsl:text>,&#10;  "identifier": [</xsl:text>
      <xsl:choose>
        <xsl:when test="$local">
          <xsl:call-template name="string"><xsl:with-param name="value" select="$local"/></xsl:call-template>
        </xsl:when>
        <xsl:when test="$id">
          <xsl:call-template name="string"><xsl:with-param name="value" select="$id"/></xsl:call-template>
        </xsl:when>
      </xsl:choose>
      <xsl:for-each select="$uris">
        <xsl:if test="position() &gt; 1 or $local or $id">, </xsl:if>
        <xsl:call-template name="string"/>
      </xsl:for-each>
      <xsl:text>]</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- "key": a list of Person nodes, one per persName in names -->
  <xsl:template name="people">
    <xsl:param name="key"/>
    <xsl:param name="names"/>
    <xsl:if test="$names">
      <xsl:text>,&#10;  "</xsl:text>
      <xsl:value-of select="$key"/>
      <xsl:text>": [</xsl:text>
      <xsl:for-each select="$names">
        <xsl:if test="position() &gt; 1">,</xsl:if>
        <xsl:text>&#10;    {"@type": "</xsl:text>
        <xsl:choose>
          <xsl:when test="parent::tei:personGrp">Organization</xsl:when>
          <xsl:otherwise>Person</xsl:otherwise>
        </xsl:choose>
        <xsl:text>"</xsl:text>
        <xsl:if test="@ref">
          <xsl:text>, "@id": </xsl:text>
          <xsl:call-template name="string"><xsl:with-param name="value" select="@ref"/></xsl:call-template>
        </xsl:if>
        <xsl:text>, "name": </xsl:text>
        <xsl:call-template name="string"/>
        <xsl:if test="../tei:idno">
          <xsl:text>, "sameAs": [</xsl:text>
          <xsl:for-each select="../tei:idno">
            <xsl:if test="position() &gt; 1">, </xsl:if>
            <xsl:call-template name="string"/>
          </xsl:for-each>
          <xsl:text>]</xsl:text>
        </xsl:if>
        <xsl:text>}</xsl:text>
      </xsl:for-each>
      <xsl:text>&#10;  ]</xsl:text>
    </xsl:if>
  </xsl:template>

  <!-- ,\n  "key": "value" -->
  <xsl:template name="member">
    <xsl:param name="key"/>
    <xsl:param name="value"/>
    <xsl:text>,&#10;  "</xsl:text>
    <xsl:value-of select="$key"/>
    <xsl:text>": </xsl:text>
    <xsl:call-template name="string">
      <xsl:with-param name="value" select="$value"/>
    </xsl:call-template>
  </xsl:template>

  <!-- a JSON string of the normalised value -->
  <xsl:template name="string">
    <xsl:param name="value" select="."/>
    <xsl:text>"</xsl:text>
    <xsl:call-template name="escape">
      <xsl:with-param name="text" select="normalize-space($value)"/>
    </xsl:call-template>
    <xsl:text>"</xsl:text>
  </xsl:template>

  <xsl:template name="escape">
    <xsl:param name="text"/>
    <xsl:variable name="quote">"</xsl:variable>
    <xsl:choose>
      <xsl:when test="contains($text, '\') and (not(contains($text, $quote))
                      or string-length(substring-before($text, '\'))
                         &lt; string-length(substring-before($text, $quote)))">
        <xsl:value-of select="substring-before($text, '\')"/>
        <xsl:text>\\</xsl:text>
        <xsl:call-template name="escape">
          <xsl:with-param name="text" select="substring-after($text, '\')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:when test="contains($text, $quote)">
        <xsl:value-of select="substring-before($text, $quote)"/>
        <xsl:text>\"</xsl:text>
        <xsl:call-template name="escape">
          <xsl:with-param name="text" select="substring-after($text, $quote)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
