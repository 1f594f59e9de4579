/**
 * The document machinery every exported document shares, so the programme document, the
 * comment-resolution table and the national report of monitoring look and behave alike:
 * <ul>
 * <li>{@link WordDocument}: a DOCX on the styled template ({@code word-styles.xml}: Title,
 * Heading 1-3, contents levels, a table style, header and footer), with a table-of-contents
 * field, "page X of Y" in the footer, language tags on the text, landscape when asked and
 * landscape sections for wide tables;</li>
 * <li>{@link PrintableSheet}: an XLSX sheet set up to print (landscape, one page wide, header row
 * repeated and frozen, auto-filter, row heights and column widths fitted to the text, title and
 * page numbers in the print header and footer; cells as text, numbers or yes/no);</li>
 * <li>{@link HtmlPage}, {@link ArchivalPdf} and {@link PdfBook}: an XHTML template per document
 * filled through the DOM (never by pasting strings), rendered as tagged PDF/A-2a and PDF/UA-1
 * with embedded Liberation Sans, title and language, a part of a few dozen objectives at a time,
 * and the parts streamed into one PDF ({@link PdfJoin}) with the bookmarks, the links between
 * parts (described) and "page X of Y" across them, so a document's memory does not grow with
 * its length.</li>
 * </ul>
 * {@link DocumentLanguage} gives the language tags both formats write.
 */
package md.itpp.persistence.document;
