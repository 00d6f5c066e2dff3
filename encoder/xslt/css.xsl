<?xml version="1.0" encoding="UTF-8"?>
<!--
  css.xsl: the page style, a verbatim copy of tei-html.css, given to the
  page by the named template "css" (XSLT 1.0 cannot read a text file).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template name="css"><xsl:text><![CDATA[/* tei-html.css: the page style of the tei-encoder HTML edition.
   Inlined by tei-html.xsl through css.xsl (keep the two identical; the
   test suite checks it).  No child combinators or other characters that
   XML would escape. */
:root {
  --ink: #1d1d1b;
  --muted: #595959;
  --rule: #c9c3b6;
  --paper: #fdfcf8;
  --accent: #7a2e1d;
  --note-bg: #f5f1e6;
  --measure: 40rem;
  color-scheme: light;
}
html { background: var(--paper); }
body {
  margin: 0 auto;
  padding: 0 1.25rem 3rem;
  max-width: var(--measure);
  color: var(--ink);
  font-family: "Iowan Old Style", "Palatino Linotype", Palatino, "Noto Serif", "DejaVu Serif", Georgia, "Noto Serif CJK SC", "Noto Sans CJK SC", serif;
  font-size: 1.0625rem;
  line-height: 1.6;
  font-variant-numeric: oldstyle-nums proportional-nums;
  hyphens: auto;
  text-rendering: optimizeLegibility;
}
a { color: var(--accent); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
h1, h2, h3, h4, h5, h6 { font-weight: normal; line-height: 1.25; }
h1 { font-size: 1.75rem; margin: 0.25rem 0 1rem; }
h2 {
  font-size: 1rem;
  font-variant-caps: all-small-caps;
  letter-spacing: 0.08em;
  margin: 3rem 0 1rem;
  padding-bottom: 0.25rem;
  border-bottom: 1px solid var(--rule);
}
h3 { font-size: 1rem; font-style: italic; margin: 1.5rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.5rem; }
p { margin: 0 0 0.75rem; }

/* Banner and contents */
.skip-link { position: absolute; left: -999rem; }
.skip-link:focus { position: static; display: inline-block; margin-top: 0.5rem; }
.page-header { padding-top: 2.5rem; border-bottom: 3px double var(--rule); }
.doc-type {
  margin: 0;
  color: var(--muted);
  font-variant-caps: all-small-caps;
  letter-spacing: 0.1em;
}
.page-header nav ul {
  list-style: none;
  margin: 0 0 1rem;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1.25rem;
  font-size: 0.9375rem;
}

/* Metadata */
dl.metadata { margin: 0; font-size: 0.9375rem; }
.meta-row {
  display: grid;
  grid-template-columns: 11rem 1fr;
  gap: 1rem;
  padding: 0.3rem 0;
  border-bottom: 1px dotted var(--rule);
}
.meta-row dt { color: var(--muted); }
.meta-row dd { margin: 0; }
.meta-row dd p { margin: 0 0 0.25rem; }

/* The text */
.front .docdate, .front .dateline { font-style: italic; }
.front .dateline { text-align: right; }
.front .doctitle { font-size: 1.125rem; text-align: center; margin: 1rem 0; }
.div.participants { margin: 1.5rem 0 2rem; }
.div.participants h3 { font-style: normal; font-weight: bold; }
.sp { margin: 0 0 1rem; }
.sp p { margin: 0 0 0.5rem; }
.sp p + p { text-indent: 1.5em; }
.speaker { font-weight: bold; font-variant-caps: all-small-caps; letter-spacing: 0.04em; }
a.speaker-link, a.persname, a.person-link {
  color: inherit;
  text-decoration: underline dotted var(--muted);
  text-underline-offset: 0.2em;
}
a.speaker-link:hover, a.persname:hover, a.person-link:hover { color: var(--accent); }
.stage { font-style: italic; }
.stage.delivery { color: var(--muted); }
p.stage.narration {
  margin: 1.25rem 2rem;
  color: var(--muted);
}
.supplied .bracket, .editorial-note { color: var(--muted); }
.supplied.original-wording, .supplied.gloss { font-size: 0.9375em; }
.editorial-note { font-size: 0.9375em; font-style: italic; }
i.foreign { font-style: italic; }
.stage i.foreign, .editorial-note i.foreign { font-style: normal; }
.closer { margin: 2rem 0 1rem; text-align: right; font-style: italic; }
.bibl.archival { margin-top: 1.5rem; font-size: 0.9375rem; color: var(--muted); }
.unanchored-notes { font-size: 0.9375rem; color: var(--muted); }

/* Note references and the notes */
sup.noteref { line-height: 0; font-size: 0.75em; }
sup.noteref a { text-decoration: none; padding: 0 0.1em; }
sup.noteref a:hover, sup.noteref a:focus { text-decoration: underline; }
ol.notes { list-style: none; padding: 0; margin: 0; font-size: 0.9375rem; }
ol.notes li {
  display: grid;
  grid-template-columns: 3rem 1fr;
  gap: 0.5rem;
  margin: 0 0 0.5rem;
  scroll-margin-top: 1rem;
}
ol.notes li:target, .sp:target, [id^="noteref-"]:target, [id^="mention-"]:target, li[id^="person-"]:target {
  background: var(--note-bg);
  outline: 1px solid var(--rule);
}
a.backlink { text-align: right; text-decoration: none; white-space: nowrap; font-variant-numeric: lining-nums; }
a.backlink::after { content: " \2191"; }
.note-body p { margin: 0 0 0.25rem; }

/* Register of persons */
ul.register { list-style: none; padding: 0; margin: 0; font-size: 0.9375rem; }
ul.register li { margin: 0 0 0.6rem; padding-left: 1.5rem; text-indent: -1.5rem; }
.person-name { font-weight: bold; }
.years, .variants, .occurrences { color: var(--muted); }
.variants, .occurrences { display: block; text-indent: 0; }
.occurrences a { padding: 0 0.1em; }
.authority a { font-variant-caps: all-small-caps; }

/* How to cite, footer */
.citation { padding: 0.75rem 1rem; background: var(--note-bg); border-left: 3px solid var(--rule); }
.page-footer { margin-top: 3rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: 0.875rem; }

@media print {
  body { max-width: none; font-size: 11pt; }
  .page-header nav, .skip-link, a.backlink::after { display: none; }
  a { color: inherit; text-decoration: none; }
}

/* transcript shapes: margin line numbers, page breaks, timestamps, incidents */
.line-number { display: inline-block; min-width: 2em; margin-left: -2.5em; margin-right: 0.5em;
  text-align: right; color: #595959; font-size: 0.8em; font-variant-numeric: tabular-nums; }
.pb { display: block; margin: 0.8em 0 0.2em; border-top: 1px dashed #767676; color: #595959;
  font-size: 0.8em; }
.fw { color: #595959; font-size: 0.8em; margin-right: 0.5em; }
.pb + .fw.pageNum { display: block; }
.fw.header { font-style: italic; }
time.timestamp { font-variant-numeric: tabular-nums; color: #3d3d3d; }
.incident { font-style: italic; color: #3d3d3d; }

/* plays: cast list, verse lines numbered every fifth line, trailers */
.castList ul.cast { list-style: none; padding: 0; margin: 0 0 1rem; }
.castItem { margin: 0.1rem 0; }
.role { font-variant-caps: all-small-caps; letter-spacing: 0.04em; }
.roleDesc { font-style: italic; }
.docAuthor, .trailer { text-align: center; }
.sp .l { display: block; position: relative; padding-left: 3em; }
.sp .l.part { padding-left: 9em; }
.lineno { position: absolute; left: 0; width: 2.2em; text-align: right; color: #595959;
  font-size: 0.8em; font-variant-numeric: tabular-nums; }
.page-header nav ul ul { display: inline-flex; gap: 0.25rem 0.75rem; margin: 0 0 0 0.5rem; }
]]></xsl:text></xsl:template>
</xsl:stylesheet>
