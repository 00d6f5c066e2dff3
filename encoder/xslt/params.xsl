<?xml version="1.0" encoding="UTF-8"?>
<!--
  params.xsl: every setting a publisher may change, in one place.

  The entry file tei-html.xsl imports this file, so a customising stylesheet
  that imports tei-html.xsl, or a string parameter given on the command line
  of xsltproc or Saxon, overrides any of these.
-->
<xsl:stylesheet version="1.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- Styling: 'yes' copies the bundled CSS into a <style> element, so the
       page is one self-contained file; anything else links $css-href. -->
  <xsl:param name="css-inline" select="'yes'"/>
  <xsl:param name="css-href" select="'tei-html.css'"/>

  <!-- Language of the page when the TEI has no xml:lang (BCP 47). -->
  <xsl:param name="default-lang" select="'en'"/>

  <!-- Where the edition is published; shown in "How to cite" when set. -->
  <xsl:param name="edition-url" select="''"/>

  <!-- The collection the edition belongs to (tei-encode build writes its
       index.html and people.html beside the editions): when set, the
       banner links to them. -->
  <xsl:param name="collection-href" select="''"/>
  <xsl:param name="collection-people-href" select="''"/>

  <!-- Rendering in parts (encoder/html.py), for a large page: the same
       bytes as the whole page, with one part's result tree in memory at a
       time.  $part = '' (the default) writes the whole page.
       $part = 'frame': the whole page with the processing instruction
         <?tei-encoder-part?> in place of (in this order) the element children
         of the container ($part-parent: its position in document order among
         the body and its divs, 0 for none), the items of the list of notes,
         and the items of each list of the register.
       $part = 'children' | 'notes' | 'register': only the items $part-from
         to $part-to (positions, from 1) of the container's children, of the
         numbered notes, or of the persons of the $part-parent-th list of the
         register.
       The container must have nothing but elements and XML whitespace. -->
  <xsl:param name="part" select="''"/>
  <xsl:param name="part-parent" select="'0'"/>
  <xsl:param name="part-from" select="'1'"/>
  <xsl:param name="part-to" select="'0'"/>

  <!-- Labels of the page, in the language of the edition. -->
  <xsl:param name="label-skip" select="'Skip to the text'"/>
  <xsl:param name="label-contents" select="'Contents'"/>
  <xsl:param name="label-about" select="'About this document'"/>
  <xsl:param name="label-text" select="'Text'"/>
  <xsl:param name="label-notes" select="'Notes'"/>
  <xsl:param name="label-commentary" select="'Commentary'"/>
  <xsl:param name="label-people" select="'People'"/>
  <xsl:param name="label-all-documents" select="'All documents'"/>
  <xsl:param name="label-all-people" select="'People in all documents'"/>
  <xsl:param name="label-cite" select="'How to cite'"/>
  <xsl:param name="label-date" select="'Date'"/>
  <xsl:param name="label-place" select="'Place'"/>
  <xsl:param name="label-participants" select="'Participants'"/>
  <xsl:param name="label-mentioned" select="'Other persons mentioned'"/>
  <xsl:param name="label-source" select="'Source'"/>
  <xsl:param name="label-repository" select="'Repository'"/>
  <xsl:param name="label-collection" select="'Collection'"/>
  <xsl:param name="label-locus" select="'Sheets'"/>
  <xsl:param name="label-physical" select="'Physical description'"/>
  <xsl:param name="label-doctype" select="'Document type'"/>
  <xsl:param name="label-translator" select="'Translated by'"/>
  <xsl:param name="label-editors" select="'Editorial remarks'"/>
  <xsl:param name="label-responsibility" select="'Responsibility'"/>
  <xsl:param name="label-funder" select="'Funding'"/>
  <xsl:param name="label-rights" select="'Rights'"/>
  <xsl:param name="label-source-url" select="'Copied from'"/>
  <xsl:param name="label-publisher" select="'Publisher of this edition'"/>
  <xsl:param name="label-licence" select="'Licence of this edition'"/>
  <xsl:param name="label-note" select="'Note'"/>
  <xsl:param name="label-back" select="'Back to the reference of note'"/>
  <xsl:param name="label-unanchored" select="'Notes with no anchor in the source:'"/>
  <xsl:param name="label-editorial-note" select="'Editorial remark'"/>
  <xsl:param name="label-supplied" select="'Supplied by the translator'"/>
  <xsl:param name="label-mentions" select="'Mentions'"/>
  <xsl:param name="label-turns-of" select="'Speaks'"/>
  <xsl:param name="label-born" select="'b.'"/>
  <xsl:param name="label-died" select="'d.'"/>
  <xsl:param name="label-also" select="'Also written'"/>
  <xsl:param name="label-authority" select="'Authority record'"/>
  <xsl:param name="label-cite-intro" select="'Please cite this edition as:'"/>
  <xsl:param name="label-cite-source" select="'Original:'"/>
  <xsl:param name="label-available" select="'Available at'"/>
  <xsl:param name="label-generated" select="'Rendered from TEI P5 by the tei-encoder stylesheets.'"/>

  <!-- Translation of the TEI encoding's closed value lists. -->
  <xsl:param name="label-reason-implied" select="'word supplied by the translator'"/>
  <xsl:param name="label-reason-punctuation" select="'punctuation supplied by the translator'"/>
  <xsl:param name="label-reason-original-wording" select="'original wording'"/>
  <xsl:param name="label-correction" select="'correction'"/>
  <xsl:param name="label-reason-gloss" select="'translation of the preceding words'"/>
</xsl:stylesheet>
