package md.itpp.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/**
 * The rows' markup as {@code <itpp:rows>} writes it: each kind of cell, the row's class, and
 * every text and attribute value escaped, so that what users typed (a comment, an audit event's
 * JSON) is shown as text and never read as markup.
 */
class RowsRendererTest {

    private static String row(TableRow row) {
        StringBuilder html = new StringBuilder();
        RowsRenderer.appendRow(html, row);
        return html.toString();
    }

    @Test
    void eachKindOfCell() {
        assertEquals("<tr class=\"task-row\"><th scope=\"row\">2026</th><td>Baseline</td>"
                        + "<td class=\"numeric\">12</td>"
                        + "<td class=\"code-column\"><a class=\"objective-link\" href=\"/objectives/detail.xhtml?id=7\">SO-1</a></td>"
                        + "<td><time datetime=\"2026-12-07T10:00:00Z\">07.12.2026</time></td>"
                        + "<td><span class=\"badge\">Overdue</span></td>"
                        + "<td><code class=\"hash\" title=\"abcdef\">abc</code></td>"
                        + "<td><span class=\"decision-kind\">Signed off</span> — 1. Area review</td></tr>\n",
                row(TableRow.of("task-row", Cell.header("2026"), Cell.text("Baseline"), Cell.number(12),
                        Cell.objectiveLink("/objectives/detail.xhtml?id=7", "SO-1"),
                        Cell.time(Instant.parse("2026-12-07T10:00:00Z"), "07.12.2026"),
                        Cell.span("badge", "Overdue"), Cell.code("hash", "abcdef", "abc"),
                        Cell.of(Cell.span("decision-kind", "Signed off"), Cell.text(" — 1. Area review")))));
    }

    @Test
    void nothingMissingIsWritten() {
        assertEquals("<tr><td></td><td>no address</td><td>no time</td><td><span></span></td></tr>\n",
                row(TableRow.of(null, Cell.text(null), Cell.link(null, "x", "no address"),
                        Cell.time((Instant) null, "no time"), Cell.span(null, ""))));
    }

    @Test
    void textsAndAttributesAreEscaped() {
        assertEquals("<tr><td>&lt;script&gt;alert(\"x\") &amp; more</td>"
                        + "<td><a class=\"l\" href=\"/a?x=1&amp;y=&quot;2&quot;\">&lt;b&gt;</a></td>"
                        + "<td>{\"title\":\"Rom\u00e2n\u0103\"}</td></tr>\n",
                row(TableRow.of(null, Cell.text("<script>alert(\"x\") & more"),
                        Cell.link("/a?x=1&y=\"2\"", "l", "<b>"), Cell.text("{\"title\":\"Rom\u00e2n\u0103\"}"))));
    }
}
