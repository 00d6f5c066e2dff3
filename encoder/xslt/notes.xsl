<?xml version="1.0" encoding="UTF-8"?>
<!--
  notes.xsl: notes, in two modes.

  Default mode: the marker in the text, a numbered link
    <a role="doc-noteref" href="#note-K" id="noteref-K">
  where K is the note's xml:id, or for a note without one its position among
  the numbered notes of the text (so ids are unique even if two notes share
  an @n); the label shown is @n when there is one.
  Mode "endnote": the body, an item of the list at the end with a link back
  (role="doc-backlink") to its marker.

  Numbered notes are all notes in <text> but those with place="inline":
  footnotes sitting at their anchor, and the bodies in
  back/div[@type='notes'].  A body in the back is referenced by the first
  <ref target="#id"> that points to it, else it is listed, with its marker,
  after the text as a note whose anchor the source lacks.  Inline notes
  (editorial remarks) are shown where they stand, between the brackets or
  parentheses named by @rend.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:key name="note-anchor" match="tei:text//tei:ref[starts-with(@target, '#')]"
    use="substring(normalize-space(@target), 2)"/>

  <xsl:variable name="numbered-notes"
    select="/tei:TEI/tei:text//tei:note[not(@place='inline')]"/>

  <xsl:template name="note-number">
    <xsl:number level="any" count="tei:text//tei:note[not(@place='inline')]" from="tei:TEI"/>
  </xsl:template>

  <!-- What the HTML ids of a note are made from: its xml:id when it has one
       (constant time, and stable across editions), else its position. -->
  <xsl:template name="note-key">
    <xsl:choose>
      <xsl:when test="@xml:id"><xsl:value-of select="@xml:id"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="note-number"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="note-label">
    <xsl:choose>
      <xsl:when test="normalize-space(@n)"><xsl:value-of select="normalize-space(@n)"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="note-number"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The marker; the context node is the note. -->
  <xsl:template name="note-marker">
    <xsl:variable name="num"><xsl:call-template name="note-key"/></xsl:variable>
    <xsl:variable name="label"><xsl:call-template name="note-label"/></xsl:variable>
    <sup class="noteref"><a role="doc-noteref" href="#note-{$num}" id="noteref-{$num}" aria-label="{$label-note} {$label}"><xsl:value-of select="$label"/></a></sup>
  </xsl:template>

  <xsl:template name="is-in-back-notes">
    <xsl:if test="ancestor::tei:div[@type='notes'][parent::tei:back]">yes</xsl:if>
  </xsl:template>

  <!-- A footnote at its anchor: only the marker is shown here. -->
  <xsl:template match="tei:text//tei:note" priority="2">
    <xsl:variable name="in-back"><xsl:call-template name="is-in-back-notes"/></xsl:variable>
    <xsl:if test="$in-back != 'yes'">
      <xsl:call-template name="note-marker"/>
    </xsl:if>
  </xsl:template>

  <!-- An editorial remark: shown inline, in its brackets. -->
  <xsl:template match="tei:text//tei:note[@place='inline']" priority="3">
    <xsl:variable name="open">
      <xsl:choose>
        <xsl:when test="@rend='parentheses'">(</xsl:when>
        <xsl:when test="@rend='none'"/>
        <xsl:otherwise>[</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="close">
      <xsl:choose>
        <xsl:when test="@rend='parentheses'">)</xsl:when>
        <xsl:when test="@rend='none'"/>
        <xsl:otherwise>]</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <span class="editorial-note">
      <xsl:attribute name="title">
        <xsl:value-of select="$label-editorial-note"/>
        <xsl:call-template name="resp-names"/>
      </xsl:attribute>
      <xsl:value-of select="$open"/>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
      <xsl:value-of select="$close"/>
    </span>
  </xsl:template>

  <!-- The original's words the translator gives in brackets: shown as written. -->
  <xsl:template match="tei:text//tei:note[@place='inline'][@type='original-wording']" priority="4">
    <span class="supplied original-wording" title="{$label-reason-original-wording}">
      <span class="bracket">[</span>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
      <span class="bracket">]</span>
    </span>
  </xsl:template>

  <!-- ": A.P., N.P." from @resp pointing at respStmts (or persons). -->
  <xsl:template name="resp-names">
    <xsl:param name="rest" select="concat(normalize-space(@resp), ' ')"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="normalize-space($rest)">
      <xsl:variable name="token" select="substring-before($rest, ' ')"/>
      <xsl:variable name="target" select="key('tei-id', substring-after($token, '#'))"/>
      <xsl:choose>
        <xsl:when test="$first">: </xsl:when>
        <xsl:otherwise>, </xsl:otherwise>
      </xsl:choose>
      <xsl:choose>
        <xsl:when test="$target/tei:name | $target/tei:persName">
          <xsl:value-of select="normalize-space(($target/tei:name | $target/tei:persName)[1])"/>
        </xsl:when>
        <xsl:otherwise><xsl:value-of select="$token"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="resp-names">
        <xsl:with-param name="rest" select="substring-after($rest, ' ')"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- A pointer to a note: the marker of a body kept in the back, or a
       plain cross-reference to the note. -->
  <xsl:template match="tei:text//tei:ref[starts-with(@target, '#')]" priority="2">
    <xsl:variable name="ref" select="."/>
    <xsl:variable name="target" select="key('tei-id', substring(normalize-space(@target), 2))"/>
    <xsl:choose>
      <xsl:when test="$target/self::tei:note[not(@place='inline')][ancestor::tei:text]">
        <xsl:variable name="first-anchor" select="key('note-anchor', $target/@xml:id)[1]"/>
        <xsl:variable name="in-back">
          <xsl:for-each select="$target"><xsl:call-template name="is-in-back-notes"/></xsl:for-each>
        </xsl:variable>
        <xsl:for-each select="$target">
          <xsl:choose>
            <xsl:when test="$in-back = 'yes' and generate-id($first-anchor) = generate-id($ref)">
              <xsl:call-template name="note-marker"/>
            </xsl:when>
            <xsl:otherwise>
              <xsl:variable name="num"><xsl:call-template name="note-key"/></xsl:variable>
              <a class="note-xref" href="#note-{$num}"><xsl:apply-templates select="$ref/node()"/></a>
            </xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="$target/self::tei:person">
        <a class="person-xref" href="#person-{$target/@xml:id}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- After the text: markers of the back notes that nothing points to. -->
  <xsl:template name="unanchored-notes">
    <xsl:variable name="orphans"
      select="tei:text/tei:back/tei:div[@type='notes']//tei:note[not(@place='inline')][not(@xml:id and key('note-anchor', @xml:id))]"/>
    <xsl:if test="$orphans">
      <p class="unanchored-notes">
        <xsl:value-of select="$label-unanchored"/>
        <xsl:for-each select="$orphans">
          <xsl:text> </xsl:text>
          <xsl:call-template name="note-marker"/>
        </xsl:for-each>
      </p>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <!-- The list of note bodies. -->
  <xsl:template name="notes-section">
    <xsl:if test="$numbered-notes">
      <section id="notes" class="notes" role="doc-endnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading"><xsl:value-of select="$label-notes"/></h2>
        <xsl:value-of select="$nl"/>
        <ol class="notes">
          <xsl:value-of select="$nl"/>
          <xsl:choose>
            <xsl:when test="$part = 'frame'"><xsl:processing-instruction name="tei-encoder-part"/></xsl:when>
            <xsl:otherwise><xsl:apply-templates select="$numbered-notes" mode="endnote"/></xsl:otherwise>
          </xsl:choose>
        </ol>
      </section>
      <xsl:value-of select="$nl"/>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="endnote">
    <xsl:variable name="num"><xsl:call-template name="note-key"/></xsl:variable>
    <xsl:variable name="label"><xsl:call-template name="note-label"/></xsl:variable>
    <li id="note-{$num}">
      <a class="backlink" role="doc-backlink" href="#noteref-{$num}" aria-label="{$label-back} {$label}"><xsl:value-of select="$label"/></a>
      <xsl:text> </xsl:text>
      <div class="note-body"><xsl:apply-templates/><xsl:call-template name="keep-open"/></div>
    </li>
    <xsl:value-of select="$nl"/>
  </xsl:template>
</xsl:stylesheet>
