package md.itpp.persistence.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A document's XHTML template, loaded from the class path and filled through the DOM: text goes
 * in as text nodes, so nothing a user typed can become markup. The template holds the layout
 * (CSS for the page, running header and footer, headings, tables); the writer fills it:
 * <ul>
 * <li>{@link #slot(String, String)} fills an element of the template by its {@code id} (the
 * footer's labels, the generation date);</li>
 * <li>{@link #content()} is the element with {@code id="content"} the body goes into, built with
 * {@link #add(Element, String, String, String)}, {@link #heading(int, String, String)} and
 * {@link #table(Element, String, int[], List, List)}.</li>
 * </ul>
 * The outline is {@link PdfBook}'s, which joins the pages of a document.
 * The {@code <html lang>} and {@code <title>} become the PDF's language and title.
 */
public final class HtmlPage {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Document dom;
    private final Element content;
    private final String title;
    private final DocumentLanguage language;

    private HtmlPage(Document dom, String title, DocumentLanguage language) {
        this.dom = dom;
        this.title = title;
        this.language = language;
        this.content = byId("content");
        dom.getDocumentElement().setAttribute("lang", language.tag());
        dom.getDocumentElement().setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", language.tag());
        Element titleElement = (Element) dom.getElementsByTagNameNS(XHTML, "title").item(0);
        titleElement.setTextContent(title);
    }

    /** Loads the template at {@code resource} (a class-path path) for a document with this title. */
    public static HtmlPage fromTemplate(String resource, String title, DocumentLanguage language) {
        try (InputStream in = HtmlPage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Template missing from the class path: " + resource));
            }
            return new HtmlPage(parser().parse(in), title, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("Template not well-formed: " + resource, e);
        }
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document's description (PDF subject), which accessible PDFs carry. */
    public HtmlPage description(String text) {
        Element head = (Element) dom.getElementsByTagNameNS(XHTML, "head").item(0);
        // The renderer takes the PDF subject from "subject", and checks "description" for PDF/UA.
        for (String name : new String[] {"subject", "description"}) {
            Element meta = dom.createElementNS(XHTML, "meta");
            meta.setAttribute("name", name);
            meta.setAttribute("content", text == null ? "" : text);
            head.appendChild(meta);
        }
        return this;
    }

    public String title() {
        return title;
    }

    public DocumentLanguage language() {
        return language;
    }

    Document dom() {
        return dom;
    }

    /** The element the body goes into. */
    public Element content() {
        return content;
    }

    /** Sets the text of the template's element with this id. */
    public HtmlPage slot(String id, String text) {
        byId(id).setTextContent(text == null ? "" : text);
        return this;
    }

    /** Appends {@code <tag class="cssClass">text</tag>} to {@code parent}; class and text may be null. */
    public Element add(Element parent, String tag, String cssClass, String text) {
        Element element = dom.createElementNS(XHTML, tag);
        if (cssClass != null) {
            element.setAttribute("class", cssClass);
        }
        if (text != null) {
            element.setTextContent(text);
        }
        parent.appendChild(element);
        return element;
    }

    /** A heading h1-h3 in the content with an id, to which bookmarks and links can point. */
    public Element heading(int level, String id, String text) {
        Element heading = add(content, "h" + Math.max(1, Math.min(level, 3)), null, text);
        if (id != null) {
            heading.setAttribute("id", id);
        }
        return heading;
    }

    /** A link to an element of this page by its id, its text also its title for screen readers. */
    public Element link(Element parent, String targetId, String text) {
        Element link = add(parent, "a", null, text);
        link.setAttribute("href", "#" + targetId);
        link.setAttribute("title", text);
        return link;
    }

    /**
     * A table with a header row (column headings marked as such for screen readers, repeated on
     * every page) and the rows given; line breaks in a cell's text are kept. {@code widths} are
     * the columns' shares of the width in percent, or null to let the layout decide.
     */
    public Element table(Element parent, String cssClass, int[] widths, List<String> headers, List<List<String>> rows) {
        Element table = add(parent, "table", cssClass, null);
        if (widths != null) {
            Element group = add(table, "colgroup", null, null);
            for (int width : widths) {
                add(group, "col", null, null).setAttribute("style", "width: " + width + "%;");
            }
        }
        Element head = add(add(table, "thead", null, null), "tr", null, null);
        for (String header : headers) {
            add(head, "th", null, header).setAttribute("scope", "col");
        }
        Element body = add(table, "tbody", null, null);
        for (List<String> row : rows) {
            Element tr = add(body, "tr", null, null);
            for (String cell : row) {
                add(tr, "td", null, cell == null ? "" : cell);
            }
        }
        return table;
    }

    private Element byId(String id) {
        Element found = find(dom.getDocumentElement(), id);
        if (found == null) {
            throw new IllegalArgumentException("The template has no element with id " + id);
        }
        return found;
    }

    private static Element find(Element element, String id) {
        if (id.equals(element.getAttribute("id"))) {
            return element;
        }
        for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                Element found = find(e, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
