<?xml version="1.0" encoding="UTF-8"?>
<!--
  core.xsl: the core, text-structure and transcription modules: divisions
  and headings, paragraphs, the front matter, supplied text (shown in
  square brackets, as in the source), foreign words (with their language),
  glosses, highlighting, line breaks, references, dates, and a fallback for
  any other element (its content, in a span named after it).
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="tei">

  <xsl:key name="language" match="tei:langUsage/tei:language" use="@ident"/>
  <xsl:key name="tei-char" match="tei:charDecl/tei:char" use="@xml:id"/>

  <!-- The page is written with the "xml" output method, where an element
       without content would become <x/>: an HTML parser reads that as an
       open tag.  Templates that may copy an empty TEI element call this. -->
  <xsl:template name="keep-open">
    <xsl:if test="not(node())"><xsl:comment/></xsl:if>
  </xsl:template>

  <!-- Structure ======================================================= -->

  <xsl:template match="tei:front | tei:body">
    <div class="{local-name()}">
      <xsl:value-of select="$nl"/>
      <xsl:call-template name="children"/><xsl:call-template name="keep-open"/>
    </div>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- A div with a head is a section; without one, a plain div. -->
  <xsl:template match="tei:div">
    <xsl:choose>
      <xsl:when test="tei:head">
        <section class="div {@type}">
          <xsl:if test="ancestor-or-self::tei:div[@type = 'act' or @type = 'scene' or @type = 'prologue' or @type = 'epilogue' or @type = 'induction']">
            <xsl:attribute name="id"><xsl:call-template name="division-id"/></xsl:attribute>
          </xsl:if>
          <xsl:call-template name="children"/><xsl:call-template name="keep-open"/>
        </section>
      </xsl:when>
      <xsl:otherwise>
        <div class="div {@type}">
          <xsl:call-template name="children"/><xsl:call-template name="keep-open"/>
        </div>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- h3 for a top-level division of the text (the page's sections are h2),
       one level deeper per enclosing div that has a heading, at most h6. -->
  <xsl:template match="tei:head">
    <xsl:variable name="depth" select="count(ancestor::tei:div[tei:head]) + 1 + count(ancestor::tei:front | ancestor::tei:body)"/>
    <xsl:variable name="level">
      <xsl:choose>
        <xsl:when test="$depth &gt; 6">6</xsl:when>
        <xsl:otherwise><xsl:value-of select="$depth"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:element name="h{$level}">
      <xsl:attribute name="class">head</xsl:attribute>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
    </xsl:element>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:p">
    <p>
      <xsl:if test="@type"><xsl:attribute name="class"><xsl:value-of select="@type"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
    </p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:ab">
    <p class="ab {@type}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:list">
    <ul><xsl:apply-templates select="tei:item"/></ul>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:item">
    <li><xsl:apply-templates/><xsl:call-template name="keep-open"/></li>
  </xsl:template>

  <!-- Front matter ==================================================== -->

  <xsl:template match="tei:docDate">
    <p class="docdate"><xsl:call-template name="date-content"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <!-- The document's own title line, as the source gives it (the page's h1
       comes from titleStmt and may say the same). -->
  <xsl:template match="tei:docTitle">
    <p class="doctitle"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:titlePart">
    <span class="titlepart"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <xsl:template match="tei:dateline">
    <p class="dateline"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:closer">
    <div class="closer"><xsl:apply-templates/><xsl:call-template name="keep-open"/></div>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:signed">
    <p class="signed"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
  </xsl:template>

  <!-- A bibliographic reference standing as a block of its own. -->
  <xsl:template match="tei:div/tei:bibl | tei:body/tei:bibl | tei:front/tei:bibl" priority="1">
    <p class="bibl {@type}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:bibl">
    <span class="bibl"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <!-- Transcription ==================================================== -->

  <!-- Words supplied by the translator, in square brackets. -->
  <xsl:template match="tei:supplied">
    <span class="supplied {@reason}">
      <xsl:attribute name="title">
        <xsl:choose>
          <xsl:when test="@reason='implied'"><xsl:value-of select="$label-reason-implied"/></xsl:when>
          <xsl:when test="@reason='punctuation'"><xsl:value-of select="$label-reason-punctuation"/></xsl:when>
          <xsl:when test="@reason='original-wording'"><xsl:value-of select="$label-reason-original-wording"/></xsl:when>
          <xsl:when test="@reason='gloss'"><xsl:value-of select="$label-reason-gloss"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="$label-supplied"/></xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <span class="bracket">[</span>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
      <span class="bracket">]</span>
    </span>
  </xsl:template>

  <!-- A foreign word: italic, with its language for readers and speech. -->
  <xsl:template match="tei:foreign">
    <i class="foreign">
      <xsl:if test="@xml:lang">
        <xsl:attribute name="lang"><xsl:value-of select="@xml:lang"/></xsl:attribute>
        <xsl:for-each select="key('language', @xml:lang)[1]">
          <xsl:attribute name="title"><xsl:value-of select="normalize-space(.)"/></xsl:attribute>
        </xsl:for-each>
      </xsl:if>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
    </i>
  </xsl:template>

  <xsl:template match="tei:gloss">
    <span class="gloss"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <xsl:template match="tei:term">
    <span class="term"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <!-- "our [your]": the source's word, then the correction in brackets -->
  <xsl:template match="tei:choice[count(*) = 2 and *[1][self::tei:sic] and *[2][self::tei:corr]]">
    <xsl:apply-templates select="tei:sic"/>
    <xsl:text> </xsl:text>
    <span class="supplied corr" title="{$label-correction}">
      <span class="bracket">[</span>
      <xsl:apply-templates select="tei:corr/node()"/><xsl:call-template name="keep-open"/>
      <span class="bracket">]</span>
    </span>
  </xsl:template>

  <xsl:template match="tei:sic | tei:corr | tei:orig | tei:reg | tei:unclear">
    <span class="{local-name()}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <!-- Phrase level ===================================================== -->

  <xsl:template match="tei:hi">
    <xsl:choose>
      <xsl:when test="@rend='italic' or @rend='italics'"><i><xsl:apply-templates/><xsl:call-template name="keep-open"/></i></xsl:when>
      <xsl:when test="@rend='bold'"><b><xsl:apply-templates/><xsl:call-template name="keep-open"/></b></xsl:when>
      <xsl:when test="@rend='sup' or @rend='superscript'"><sup><xsl:apply-templates/><xsl:call-template name="keep-open"/></sup></xsl:when>
      <xsl:when test="@rend='sub' or @rend='subscript'"><sub><xsl:apply-templates/><xsl:call-template name="keep-open"/></sub></xsl:when>
      <xsl:otherwise><span class="hi {@rend}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A character written as <g> (tei-encode writes one for each control
       character of the source, which XML cannot hold): its content, else the
       Unicode control picture of the control its <char> declares (U+2400 plus
       the code), with the declared name as the tooltip. -->
  <xsl:template match="tei:g">
    <xsl:variable name="char" select="key('tei-char', substring-after(@ref, '#'))[1]"/>
    <xsl:variable name="point" select="$char/tei:localProp[@name='codepoint']/@value"/>
    <xsl:variable name="hex" select="'0123456789ABCDEF'"/>
    <xsl:variable name="code"
      select="string-length(substring-before($hex, substring($point, 5, 1))) * 16
              + string-length(substring-before($hex, substring($point, 6, 1)))"/>
    <span class="glyph" title="{$char/tei:unicodeProp[@name='Name_Alias']/@value} ({$point})">
      <xsl:choose>
        <xsl:when test="normalize-space(.)"><xsl:value-of select="."/></xsl:when>
        <xsl:when test="string-length($point) = 6 and starts-with($point, 'U+00') and $code &lt; 32">
          <xsl:value-of select="substring('&#x2400;&#x2401;&#x2402;&#x2403;&#x2404;&#x2405;&#x2406;&#x2407;&#x2408;&#x2409;&#x240A;&#x240B;&#x240C;&#x240D;&#x240E;&#x240F;&#x2410;&#x2411;&#x2412;&#x2413;&#x2414;&#x2415;&#x2416;&#x2417;&#x2418;&#x2419;&#x241A;&#x241B;&#x241C;&#x241D;&#x241E;&#x241F;', $code + 1, 1)"/>
        </xsl:when>
        <xsl:otherwise>&#xFFFD;</xsl:otherwise>
      </xsl:choose>
    </span>
  </xsl:template>

  <!-- A line break; a margin line number (@n) is shown before its line. -->
  <xsl:template match="tei:lb">
    <xsl:if test="preceding-sibling::node()[not(self::tei:lb or self::tei:pb or self::tei:fw)][normalize-space(.) or self::*]">
      <br/>
    </xsl:if>
    <xsl:if test="@n">
      <span class="line-number" aria-hidden="true"><xsl:value-of select="@n"/></span>
    </xsl:if>
  </xsl:template>

  <!-- A page break: a marker with the page number (the printed form, if any,
       follows as fw). -->
  <xsl:template match="tei:pb">
    <span class="pb">
      <xsl:if test="@n">
        <xsl:attribute name="title"><xsl:value-of select="concat('page ', @n)"/></xsl:attribute>
      </xsl:if>
      <xsl:if test="not(following-sibling::node()[1][self::tei:fw])">
        <xsl:value-of select="concat('[', @n, ']')"/>
      </xsl:if>
      <xsl:call-template name="keep-open"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:fw">
    <span class="fw {@type}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>

  <!-- The points of the timeline are values, not text. -->
  <xsl:template match="tei:timeline"/>

  <!-- A time as written, with its value (its own @when, or its point of the
       timeline: seconds elapsed, or a time of day) as HTML's datetime. -->
  <xsl:template match="tei:time">
    <xsl:variable name="pointer" select="(@synch | ancestor::tei:sp[1]/@synch)[last()]"/>
    <xsl:variable name="when" select="key('tei-id', substring-after(normalize-space($pointer), '#'))[self::tei:when]"/>
    <time class="timestamp">
      <xsl:choose>
        <xsl:when test="@when">
          <xsl:attribute name="datetime"><xsl:value-of select="@when"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="$when/@absolute">
          <xsl:attribute name="datetime"><xsl:value-of select="$when/@absolute"/></xsl:attribute>
        </xsl:when>
        <xsl:when test="$when/@interval">
          <xsl:attribute name="datetime"><xsl:value-of select="concat('PT', $when/@interval, 'S')"/></xsl:attribute>
        </xsl:when>
      </xsl:choose>
      <xsl:apply-templates/><xsl:call-template name="keep-open"/>
    </time>
  </xsl:template>

  <!-- An event of the recording: a line of its own between blocks, a span in a line. -->
  <xsl:template match="tei:div/tei:incident | tei:sp/tei:incident | tei:body/tei:incident" priority="1">
    <p class="incident"><xsl:apply-templates select="tei:desc/node()"/></p>
    <xsl:value-of select="$nl"/>
  </xsl:template>

  <xsl:template match="tei:incident">
    <span class="incident"><xsl:apply-templates select="tei:desc/node()"/></span>
  </xsl:template>

  <xsl:template match="tei:title">
    <cite><xsl:apply-templates/><xsl:call-template name="keep-open"/></cite>
  </xsl:template>

  <xsl:template match="tei:date">
    <xsl:call-template name="date-content"/>
  </xsl:template>

  <xsl:template name="date-content">
    <xsl:choose>
      <xsl:when test="@when">
        <time datetime="{@when}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></time>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/><xsl:call-template name="keep-open"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A link out: only web and mail addresses become links. -->
  <xsl:template match="tei:ref | tei:ptr">
    <xsl:variable name="target" select="normalize-space(@target)"/>
    <xsl:choose>
      <xsl:when test="starts-with($target, 'https://') or starts-with($target, 'http://') or starts-with($target, 'mailto:')">
        <a href="{$target}">
          <xsl:apply-templates/><xsl:call-template name="keep-open"/>
          <xsl:if test="not(node())"><xsl:value-of select="$target"/></xsl:if>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span class="ref"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Anything else: its content, in a span named after it. -->
  <xsl:template match="tei:*">
    <span class="tei-{local-name()}"><xsl:apply-templates/><xsl:call-template name="keep-open"/></span>
  </xsl:template>
</xsl:stylesheet>
