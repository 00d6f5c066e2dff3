<?xml version="1.0" encoding="UTF-8"?>
<!--
  header.xsl: the teiHeader module.  The <head> of the page, the banner
  with the title and the contents, the metadata block ("About this
  document") and the "How to cite" section.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- the edition's people (titleStmt) and the source's (its digital bibl) -->
  <xsl:key name="resp-by-role" match="tei:titleStmt/tei:respStmt | tei:sourceDesc/tei:bibl/tei:respStmt"
    use="normalize-space(tei:resp)"/>

  <xsl:variable name="file-desc" select="/tei:TEI/tei:teiHeader/tei:fileDesc"/>
  <xsl:variable name="profile-desc" select="/tei:TEI/tei:teiHeader/tei:profileDesc"/>

  <!-- The title: the main title of titleStmt, else its first title. -->
  <xsl:variable name="title-node"
    select="($file-desc/tei:titleStmt/tei:title[@type='main'] | $file-desc/tei:titleStmt/tei:title[not(../tei:title[@type='main'])])[1]"/>
  <xsl:variable name="title" select="normalize-space($title-node)"/>

  <xsl:template name="page-head">
    <meta charset="utf-8"/>
    <meta name="viewport" content="width=device-width, initial-scale=1"/>
    <meta name="generator" content="tei-encoder tei-html.xsl"/>
    <title><xsl:value-of select="$title"/></title>
    <xsl:choose>
      <xsl:when test="$css-inline = 'yes'">
        <style><xsl:call-template name="css"/></style>
      </xsl:when>
      <xsl:otherwise>
        <link rel="stylesheet" href="{$css-href}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The banner: a skip link, the document type, the title and the contents. -->
  <xsl:template name="page-header">
    <header class="page-header">
      <a class="skip-link" href="#text"><xsl:value-of select="$label-skip"/></a>
      <xsl:for-each select="$profile-desc/tei:textClass/tei:keywords/tei:term[1]">
        <p class="doc-type"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
      </xsl:for-each>
      <h1><xsl:apply-templates select="$title-node/node()"/></h1>
      <xsl:value-of select="$nl"/>
      <nav aria-label="{$label-contents}">
        <ul>
          <li><a href="#about"><xsl:value-of select="$label-about"/></a></li>
          <li><a href="#text"><xsl:value-of select="$label-text"/></a></li>
          <xsl:call-template name="play-contents"/>
          <xsl:if test="$numbered-notes">
            <li><a href="#notes"><xsl:value-of select="$label-notes"/></a></li>
          </xsl:if>
          <xsl:for-each select="tei:text/tei:back/tei:div[not(@type='notes')]">
            <li>
              <a href="#back-{count(preceding-sibling::tei:div) + 1}">
                <xsl:choose>
                  <xsl:when test="tei:head"><xsl:value-of select="normalize-space(tei:head[1])"/></xsl:when>
                  <xsl:when test="@type='commentary'"><xsl:value-of select="$label-commentary"/></xsl:when>
                  <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
                </xsl:choose>
              </a>
            </li>
          </xsl:for-each>
          <xsl:if test="$persons">
            <li><a href="#people"><xsl:value-of select="$label-people"/></a></li>
          </xsl:if>
          <li><a href="#cite"><xsl:value-of select="$label-cite"/></a></li>
          <xsl:if test="$collection-href != ''">
            <li><a href="{$collection-href}"><xsl:value-of select="$label-all-documents"/></a></li>
          </xsl:if>
          <xsl:if test="$collection-people-href != ''">
            <li><a href="{$collection-people-href}"><xsl:value-of select="$label-all-people"/></a></li>
          </xsl:if>
        </ul>
      </nav>
      <xsl:value-of select="$nl"/>
    </header>
  </xsl:template>

  <!-- "About this document": a definition list built from the header. -->
  <xsl:template name="metadata-section">
    <section id="about" class="about" aria-labelledby="about-heading">
      <h2 id="about-heading"><xsl:value-of select="$label-about"/></h2>
      <xsl:value-of select="$nl"/>
      <dl class="metadata">
        <xsl:for-each select="$profile-desc/tei:textClass/tei:keywords">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-doctype"/>
            <xsl:with-param name="items" select="tei:term"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-date"/>
          <xsl:with-param name="items" select="$profile-desc/tei:creation/tei:date"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-place"/>
          <xsl:with-param name="items" select="$profile-desc/tei:settingDesc/tei:setting/tei:placeName"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-participants"/>
          <xsl:with-param name="items" select="$profile-desc/tei:particDesc/tei:listPerson/tei:person"/>
          <xsl:with-param name="mode" select="'person'"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-source"/>
          <xsl:with-param name="items" select="$file-desc/tei:sourceDesc/tei:bibl[not(@type='digital')] | $file-desc/tei:sourceDesc/tei:p"/>
          <xsl:with-param name="mode" select="'block'"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-source-url"/>
          <xsl:with-param name="items" select="$file-desc/tei:sourceDesc/tei:bibl[@type='digital']/tei:ptr"/>
        </xsl:call-template>
        <xsl:for-each select="$file-desc/tei:sourceDesc/tei:msDesc | $file-desc/tei:sourceDesc/tei:bibl/tei:relatedItem/tei:msDesc">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-repository"/>
            <xsl:with-param name="items" select="tei:msIdentifier/tei:repository"/>
          </xsl:call-template>
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-collection"/>
            <xsl:with-param name="items" select="tei:msIdentifier/tei:collection | tei:msIdentifier/tei:idno"/>
            <xsl:with-param name="mode" select="'typed'"/>
          </xsl:call-template>
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-locus"/>
            <xsl:with-param name="items" select="tei:msContents/tei:msItem/tei:locus"/>
          </xsl:call-template>
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label" select="$label-physical"/>
            <xsl:with-param name="items" select="tei:physDesc/tei:p"/>
          </xsl:call-template>
        </xsl:for-each>
        <!-- One row per kind of responsibility, in first-seen order. -->
        <xsl:for-each select="($file-desc/tei:titleStmt/tei:respStmt | $file-desc/tei:sourceDesc/tei:bibl/tei:respStmt)[generate-id() = generate-id(key('resp-by-role', normalize-space(tei:resp))[1])]">
          <xsl:call-template name="meta-row">
            <xsl:with-param name="label">
              <xsl:call-template name="capitalise">
                <xsl:with-param name="text" select="normalize-space(tei:resp)"/>
              </xsl:call-template>
            </xsl:with-param>
            <xsl:with-param name="items" select="key('resp-by-role', normalize-space(tei:resp))/*[not(self::tei:resp)]"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-funder"/>
          <xsl:with-param name="items" select="$file-desc/tei:titleStmt/tei:funder | $file-desc/tei:sourceDesc/tei:bibl/tei:funder"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-rights"/>
          <xsl:with-param name="items" select="$file-desc/tei:sourceDesc/tei:bibl/tei:availability/tei:p"/>
          <xsl:with-param name="mode" select="'block'"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-publisher"/>
          <xsl:with-param name="items" select="$file-desc/tei:publicationStmt/tei:publisher"/>
        </xsl:call-template>
        <xsl:call-template name="meta-row">
          <xsl:with-param name="label" select="$label-licence"/>
          <xsl:with-param name="items" select="$file-desc/tei:publicationStmt/tei:availability/tei:licence | $file-desc/tei:publicationStmt/tei:availability/tei:p"/>
        </xsl:call-template>
      </dl>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- One dt and one dd; nothing when there are no items.  $mode: 'inline'
       (items joined by semicolons), 'block' (one p each), 'person' (links
       to the register), 'typed' (each item preceded by its @type). -->
  <xsl:template name="meta-row">
    <xsl:param name="label"/>
    <xsl:param name="items"/>
    <xsl:param name="mode" select="'inline'"/>
    <xsl:if test="$items">
      <div class="meta-row">
        <dt><xsl:value-of select="$label"/></dt>
        <dd>
          <xsl:for-each select="$items">
            <xsl:choose>
              <xsl:when test="$mode = 'block'">
                <p class="{local-name()}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
              </xsl:when>
              <xsl:when test="$mode = 'person'">
                <xsl:call-template name="person-link"/>
                <xsl:if test="position() != last()">, </xsl:if>
              </xsl:when>
              <xsl:otherwise>
                <xsl:if test="$mode = 'typed' and @type">
                  <xsl:value-of select="concat(@type, ' ')"/>
                </xsl:if>
                <xsl:apply-templates select="."/>
                <xsl:if test="position() != last()">; </xsl:if>
              </xsl:otherwise>
            </xsl:choose>
          </xsl:for-each>
        </dd>
      </div>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <!-- First letter upper case (ASCII only: XSLT 1.0 has no upper-case()). -->
  <xsl:template name="capitalise">
    <xsl:param name="text"/>
    <xsl:value-of select="concat(translate(substring($text, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($text, 2))"/>
  </xsl:template>

  <!-- "How to cite": title, date, translator, the archival citation, URL. -->
  <xsl:template name="cite-section">
    <section id="cite" class="cite" aria-labelledby="cite-heading">
      <h2 id="cite-heading"><xsl:value-of select="$label-cite"/></h2>
      <p><xsl:value-of select="$label-cite-intro"/></p>
      <p class="citation">
        <cite><xsl:value-of select="$title"/></cite>
        <xsl:text>.</xsl:text>
        <xsl:for-each select="$profile-desc/tei:creation/tei:date[1]">
          <xsl:value-of select="concat(' ', normalize-space(.), '.')"/>
        </xsl:for-each>
        <xsl:for-each select="($file-desc/tei:titleStmt/tei:respStmt | $file-desc/tei:sourceDesc/tei:bibl/tei:respStmt)[normalize-space(tei:resp) = 'translation'][1]">
          <xsl:value-of select="concat(' ', $label-translator, ' ')"/>
          <xsl:for-each select="*[not(self::tei:resp)]">
            <xsl:value-of select="normalize-space(.)"/>
            <xsl:if test="position() != last()">, </xsl:if>
          </xsl:for-each>
          <xsl:text>.</xsl:text>
        </xsl:for-each>
        <xsl:for-each select="($file-desc/tei:sourceDesc/tei:bibl[not(@type='digital')])[last()]">
          <xsl:value-of select="concat(' ', $label-cite-source, ' ', normalize-space(.))"/>
          <xsl:if test="not(substring(normalize-space(.), string-length(normalize-space(.))) = '.')">.</xsl:if>
        </xsl:for-each>
        <xsl:if test="$edition-url != ''">
          <xsl:value-of select="concat(' ', $label-available, ' ', $edition-url, '.')"/>
        </xsl:if>
      </p>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- what the copy did not have (an address a web page hid) -->
  <xsl:template match="tei:availability//tei:gap">
    <span class="gap">[…]</span>
  </xsl:template>

  <!-- a licence: its label, linked to its text -->
  <xsl:template match="tei:licence">
    <xsl:choose>
      <xsl:when test="starts-with(normalize-space(@target), 'https://') or starts-with(normalize-space(@target), 'http://')">
        <a href="{normalize-space(@target)}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/><xsl:call-template name="keep-open"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:locus">
    <xsl:apply-templates/><xsl:call-template name="keep-open"/>
  </xsl:template>
</xsl:stylesheet>
