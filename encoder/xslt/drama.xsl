<?xml version="1.0" encoding="UTF-8"?>
<!--
  drama.xsl: the drama module (performance texts).  A turn (sp) becomes a
  block whose first paragraph starts with the speaker's label and the stage
  notes about the delivery, run in as in the source; narration between the
  turns is a paragraph of its own, set apart by its style.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <!-- The id of a turn: its xml:id (tei-encode writes turn-N), else turn-N
       when all turns share one parent, else turn-A-B-N, numbering the
       enclosing divisions too.  (Any counting costs time quadratic in the
       number of turns: libxslt walks the siblings for every turn.) -->
  <xsl:variable name="turns-share-a-parent"
    select="count(/tei:TEI/tei:text//tei:sp/..) &lt;= 1"/>

  <xsl:template name="turn-id">
    <xsl:choose>
      <xsl:when test="@xml:id">
        <xsl:value-of select="@xml:id"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:text>turn-</xsl:text>
        <xsl:call-template name="turn-number"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="turn-number">
    <xsl:choose>
      <xsl:when test="$turns-share-a-parent">
        <xsl:number level="single" count="tei:sp"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:number level="multiple" count="tei:front | tei:body | tei:back | tei:div | tei:sp" format="1-1"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:sp">
    <xsl:variable name="lead" select="tei:p[1]/preceding-sibling::*"/>
    <div class="sp">
      <xsl:attribute name="id"><xsl:call-template name="turn-id"/></xsl:attribute>
      <xsl:choose>
        <xsl:when test="tei:p and not($lead[not(self::tei:speaker or self::tei:stage or self::tei:lb or self::tei:pb or self::tei:fw)])">
          <p>
            <xsl:for-each select="$lead">
              <xsl:apply-templates select="." mode="run-in"/>
              <xsl:text> </xsl:text>
            </xsl:for-each>
            <xsl:apply-templates select="tei:p[1]/node()"/>
          </p>
          <xsl:apply-templates select="tei:p[1]/following-sibling::node()"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:apply-templates/><xsl:call-template name="keep-open"/>
        </xsl:otherwise>
      </xsl:choose>
    </div>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- The speaker's label as written, linked to the register entry of the
       person named by @who (the first one when the turn has several; its title
       names them all). -->
  <xsl:template match="tei:speaker" mode="run-in">
    <xsl:variable name="who" select="normalize-space(../@who)"/>
    <xsl:variable name="first">
      <xsl:choose>
        <xsl:when test="contains($who, ' ')"><xsl:value-of select="substring-before($who, ' ')"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$who"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:variable name="person" select="key('tei-id', substring-after($first, '#'))[self::tei:person or self::tei:personGrp]"/>
    <b class="speaker">
      <xsl:choose>
        <xsl:when test="starts-with($first, '#') and $person">
          <a class="speaker-link" href="#person-{$person/@xml:id}">
            <xsl:attribute name="title"><xsl:call-template name="who-names"><xsl:with-param name="who" select="$who"/></xsl:call-template></xsl:attribute>
            <xsl:apply-templates/><xsl:call-template name="keep-open"/>
          </a>
        </xsl:when>
        <xsl:otherwise><xsl:apply-templates/><xsl:call-template name="keep-open"/></xsl:otherwise>
      </xsl:choose>
    </b>
  </xsl:template>

  <!-- The names of the persons a space-separated @who points at, joined by
       " and " ("Ann Hale and Bo Hale" for "#ann-hale #bo-hale"). -->
  <xsl:template name="who-names">
    <xsl:param name="who"/>
    <xsl:variable name="first" select="substring-before(concat($who, ' '), ' ')"/>
    <xsl:variable name="rest" select="substring-after($who, ' ')"/>
    <xsl:variable name="person" select="key('tei-id', substring-after($first, '#'))[self::tei:person or self::tei:personGrp]"/>
    <xsl:if test="$person">
      <xsl:call-template name="person-name"><xsl:with-param name="person" select="$person"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="$rest">
      <xsl:text> and </xsl:text>
      <xsl:call-template name="who-names"><xsl:with-param name="who" select="$rest"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:speaker">
    <p class="speaker-line"><xsl:apply-templates select="." mode="run-in"/></p>
  </xsl:template>

  <!-- Page and line breaks before a label run into the first line. -->
  <xsl:template match="tei:lb | tei:pb | tei:fw" mode="run-in">
    <xsl:apply-templates select="."/>
  </xsl:template>

  <xsl:template match="tei:stage" mode="run-in">
    <span class="stage {@type}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <!-- A stage note between blocks (narration, or delivery on its own). -->
  <xsl:template match="tei:div/tei:stage | tei:body/tei:stage | tei:sp/tei:stage | tei:front/tei:stage | tei:back/tei:stage" priority="1">
    <p class="stage {@type}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- Plays ========================================================== -->

  <!-- The cast list: its heading, then one item per line of the list. -->
  <xsl:template match="tei:castList">
    <section class="castList">
      <xsl:apply-templates select="tei:head"/>
      <ul class="cast">
        <xsl:apply-templates select="tei:castItem"/>
      </ul>
    </section>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:castItem">
    <li class="castItem"><xsl:apply-templates/><xsl:call-template name="keep-open"/></li>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:role | tei:roleDesc">
    <span class="{local-name()}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <xsl:template match="tei:docAuthor | tei:trailer">
    <p class="{local-name()}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A verse line, numbered every fifth line of its division; the parts of
       a line split between speakers count as one line, numbered at the first. -->
  <xsl:template match="tei:l">
    <span class="l">
      <xsl:if test="@part = 'M' or @part = 'F'">
        <xsl:attribute name="class">l part</xsl:attribute>
      </xsl:if>
      <xsl:if test="not(@part = 'M' or @part = 'F')">
        <xsl:variable name="n">
          <xsl:number level="any" count="tei:l[not(@part = 'M' or @part = 'F')]" from="tei:div"/>
        </xsl:variable>
        <xsl:if test="$n mod 5 = 0">
          <span class="lineno" aria-hidden="true"><xsl:value-of select="$n"/></span>
        </xsl:if>
      </xsl:if>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
    </span>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- The cast list's heading, a level below the page's sections. -->
  <xsl:template match="tei:castList/tei:head">
    <h3 class="head"><xsl:apply-templates/><xsl:call-template name="keep-open"/></h3>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A prefix or label on a line of its own (after its delivery note, if any):
       the speaker's line is a block already, or runs into the speech. -->
  <xsl:template match="tei:sp/tei:lb[preceding-sibling::*[1][self::tei:speaker]]" priority="2"/>
  <xsl:template match="tei:sp/tei:lb[not(@n)][preceding-sibling::*[1][self::tei:stage[@type = 'delivery']]][preceding-sibling::*[2][self::tei:speaker]]" priority="2"/>

  <!-- The acts and scenes of a play, for the page's contents. -->
  <xsl:template name="play-contents">
    <xsl:for-each select="tei:text/tei:body/tei:div[tei:head][@type = 'act' or @type = 'scene' or @type = 'prologue' or @type = 'epilogue' or @type = 'induction']">
      <li>
        <a>
          <xsl:attribute name="href">#<xsl:call-template name="division-id"/></xsl:attribute>
          <xsl:value-of select="normalize-space(tei:head)"/>
        </a>
        <xsl:if test="tei:div[tei:head][@type = 'scene']">
          <ul>
            <xsl:for-each select="tei:div[tei:head][@type = 'scene']">
              <li>
                <a>
                  <xsl:attribute name="href">#<xsl:call-template name="division-id"/></xsl:attribute>
                  <xsl:value-of select="normalize-space(tei:head)"/>
                </a>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
      </li>
    </xsl:for-each>
  </xsl:template>

  <!-- The id of a division with a heading: div-1, div-1-2 (acts, then scenes). -->
  <xsl:template name="division-id">
    <xsl:text>div-</xsl:text>
    <xsl:number level="multiple" count="tei:body/tei:div[tei:head] | tei:div/tei:div[tei:head]" format="1-1"/>
  </xsl:template>

  <!-- A stage note inside a paragraph. -->
  <xsl:template match="tei:stage">
    <span class="stage {@type}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>
</xsl:stylesheet>
