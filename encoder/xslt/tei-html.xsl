<?xml version="1.0" encoding="UTF-8"?>
<!--
  tei-html.xsl: TEI P5 (as written by tei-encode) to one self-contained
  HTML5 page.

  Usage (any XSLT 1.0 or later processor; no extension functions are used):

    xsltproc -o page.html tei-html.xsl edition.xml
    java -jar saxon-he.jar -s:edition.xml -xsl:tei-html.xsl -o:page.html
    python -m saxonche ... (or from Python: encoder.html.render_file)

  Parameters (see params.xsl) are plain strings, e.g. with xsltproc:
    stringparam css-inline no        link tei-html.css instead of inlining it
    stringparam edition-url https://example.org/ed/
  and the label-* parameters translate the page's own words.

  The page: doctype, <html lang> from TEI/@xml:lang, the title from
  titleStmt, a header with the contents, a metadata block, the text (front
  and body), the numbered notes (reference in the text, body in a list at
  the end, each linked both ways), the commentary, a register of persons
  with links to every mention, and a "how to cite" paragraph.  The bundled
  CSS (css.xsl, a copy of tei-html.css) is inlined, so the page needs no
  network and works from file://.

  Layout, after the TEI Consortium's stylesheets: this thin entry file
  imports the parameters and includes one file per TEI module:
    params.xsl  parameters and labels (imported: lowest precedence)
    header.xsl  teiHeader: head of the page, metadata block, how to cite
    drama.xsl   sp, speaker, stage
    notes.xsl   note: the marker in the text, the bodies collected at the end
    names.xsl   persName, placeName, the register of persons
    core.xsl    p, head, div, supplied, foreign, gloss, hi, lb, ref, ...
    css.xsl     the stylesheet of the page

  The output method is "xml" on purpose: the "html" method of libxslt and
  Saxon adds a second (http-equiv) charset declaration.  Every element the
  page uses is therefore either void (br, meta) or given content, and the
  CSS avoids the characters < > and &.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:import href="params.xsl"/>
  <xsl:include href="header.xsl"/>
  <xsl:include href="drama.xsl"/>
  <xsl:include href="notes.xsl"/>
  <xsl:include href="names.xsl"/>
  <xsl:include href="core.xsl"/>
  <xsl:include href="css.xsl"/>

  <xsl:output method="xml" encoding="UTF-8" indent="no" omit-xml-declaration="yes"/>

  <!-- Element-only TEI containers: their indentation is not content. -->
  <xsl:strip-space elements="tei:TEI tei:teiHeader tei:fileDesc tei:titleStmt
    tei:respStmt tei:publicationStmt tei:availability tei:notesStmt tei:sourceDesc
    tei:msDesc tei:msIdentifier tei:msContents tei:msItem tei:physDesc
    tei:encodingDesc tei:profileDesc tei:creation tei:langUsage tei:textClass
    tei:keywords tei:particDesc tei:listPerson tei:person tei:settingDesc
    tei:setting tei:revisionDesc tei:standOff tei:text tei:front tei:body
    tei:back tei:div tei:sp tei:closer tei:docTitle tei:listBibl tei:list"/>

  <xsl:key name="tei-id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:variable name="lang">
    <xsl:choose>
      <xsl:when test="normalize-space(/tei:TEI/@xml:lang)">
        <xsl:value-of select="normalize-space(/tei:TEI/@xml:lang)"/>
      </xsl:when>
      <xsl:when test="normalize-space(/tei:TEI/tei:text/@xml:lang)">
        <xsl:value-of select="normalize-space(/tei:TEI/tei:text/@xml:lang)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$default-lang"/></xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:if test="not(tei:TEI)">
      <xsl:message terminate="yes">tei-html.xsl: the document element is not a TEI element in the TEI P5 namespace</xsl:message>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$part = 'children'">
        <xsl:apply-templates
          select="$part-container/*[position() &gt;= number($part-from) and position() &lt;= number($part-to)]"/>
      </xsl:when>
      <xsl:when test="$part = 'notes'">
        <xsl:apply-templates mode="endnote"
          select="$numbered-notes[position() &gt;= number($part-from) and position() &lt;= number($part-to)]"/>
      </xsl:when>
      <xsl:when test="$part = 'register'">
        <xsl:apply-templates mode="register"
          select="$registers[position() = number($part-parent)]/*[self::tei:person or self::tei:personGrp][position() &gt;= number($part-from) and position() &lt;= number($part-to)]"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text disable-output-escaping="yes">&lt;!DOCTYPE html&gt;</xsl:text>
        <xsl:value-of select="$nl"/>
        <xsl:apply-templates select="tei:TEI"/>
        <xsl:value-of select="$nl"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The container rendered in parts (see params.xsl); empty when the
       page is rendered whole, so nothing is computed for it. -->
  <xsl:variable name="part-container"
    select="(/tei:TEI[$part != '']/tei:text/tei:body | /tei:TEI[$part != '']/tei:text/tei:body//tei:div)[position() = number($part-parent)]"/>

  <!-- The children of a body or div: in the frame of a page rendered in
       parts, the container's are left to the 'children' passes. -->
  <xsl:template name="children">
    <xsl:choose>
      <xsl:when test="$part = 'frame' and count(. | $part-container) = 1">
        <xsl:processing-instruction name="tei-encoder-part"/>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:TEI">
    <html lang="{$lang}">
      <xsl:value-of select="$nl"/>
      <head>
        <xsl:call-template name="page-head"/>
      </head>
      <xsl:value-of select="$nl"/>
      <body>
        <xsl:value-of select="$nl"/>
        <xsl:call-template name="page-header"/>
        <xsl:value-of select="$nl"/>
        <main id="main">
          <xsl:value-of select="$nl"/>
          <xsl:call-template name="metadata-section"/>
          <xsl:call-template name="text-section"/>
          <xsl:call-template name="notes-section"/>
          <xsl:apply-templates select="tei:text/tei:back/tei:div[not(@type='notes')]" mode="back"/>
          <xsl:call-template name="people-section"/>
          <xsl:call-template name="cite-section"/>
        </main>
        <xsl:value-of select="$nl"/>
        <footer class="page-footer">
          <p><xsl:value-of select="$label-generated"/></p>
        </footer>
        <xsl:value-of select="$nl"/>
      </body>
      <xsl:value-of select="$nl"/>
    </html>
  </xsl:template>

  <!-- The text: front and body of the TEI, in document order. -->
  <xsl:template name="text-section">
    <section id="text" class="text" aria-labelledby="text-heading">
      <h2 id="text-heading"><xsl:value-of select="$label-text"/></h2>
      <xsl:value-of select="$nl"/>
      <xsl:apply-templates select="tei:text/tei:front | tei:text/tei:body"/>
      <xsl:call-template name="unanchored-notes"/>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A back div becomes a section of the page with a level-2 heading. -->
  <xsl:template match="tei:back/tei:div" mode="back">
    <xsl:variable name="id" select="concat('back-', count(preceding-sibling::tei:div) + 1)"/>
    <section class="back {@type}" id="{$id}" aria-labelledby="{$id}-heading">
      <h2 id="{$id}-heading">
        <xsl:choose>
          <xsl:when test="tei:head"><xsl:apply-templates select="tei:head[1]/node()"/></xsl:when>
          <xsl:when test="@type='commentary'"><xsl:value-of select="$label-commentary"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="@type"/></xsl:otherwise>
        </xsl:choose>
      </h2>
      <xsl:value-of select="$nl"/>
      <xsl:apply-templates select="node()[not(self::tei:head and not(preceding-sibling::tei:head))]"/>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>
</xsl:stylesheet>
