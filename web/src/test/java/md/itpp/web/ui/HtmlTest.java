package md.itpp.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Html}: what it escapes in text and in attribute values, wherever it stands in the value. */
class HtmlTest {

    private static String text(String value) {
        StringBuilder html = new StringBuilder("[");
        Html.text(html, value);
        return html.append(']').toString();
    }

    private static String attribute(String value) {
        StringBuilder html = new StringBuilder("[");
        Html.attributeValue(html, value);
        return html.append(']').toString();
    }

    @Test
    void textWithNothingToEscapeIsCopiedAsItIs() {
        assertEquals("[Obiectivul 1.2 \"ș\" 'x']", text("Obiectivul 1.2 \"ș\" 'x'"));
        assertEquals("[]", text(""));
        assertEquals("[]", text(null));
    }

    @Test
    void markupCharactersAreEscapedAtTheStartTheEndAndInARow() {
        assertEquals("[&lt;b&gt;]", text("<b>"));
        assertEquals("[&amp;&amp;x&lt;]", text("&&x<"));
        assertEquals("[a &amp; b]", text("a & b"));
    }

    @Test
    void anAttributeValueEscapesItsQuotesToo() {
        assertEquals("[&quot;a&quot; &amp; &lt;b&gt;]", attribute("\"a\" & <b>"));
        assertEquals("[/x?a=1&amp;b=2]", attribute("/x?a=1&b=2"));
        assertEquals("[plain]", attribute("plain"));
    }
}
