package md.itpp.web.ui;

import java.time.Instant;
import java.util.List;

/**
 * One cell of a table row written by {@code <itpp:rows>} ({@link RowsRenderer}): its text made
 * by the page's bean in the reader's language, and how it is shown.
 */
public sealed interface Cell {

    /** {@code <td>text</td>}, or {@code <td class="...">} when a class is given. */
    record Text(String text, String styleClass) implements Cell {
    }

    /**
     * {@code <td><a class="..." href="...">text</a></td>} ({@code <td class="...">} when a class is
     * given); plain text when there is no address.
     */
    record Link(String href, String linkClass, String text, String styleClass) implements Cell {
    }

    /** {@code <td><time datetime="...">text</time></td>}; plain text when there is no time. */
    record Time(String datetime, String text) implements Cell {
    }

    /**
     * A cell of several pieces written one after the other ({@code <span class="task-kind">Review</span>
     * — 1. Area review}, a time and a badge): each a text, link, time, span or code.
     */
    record Parts(List<Cell> parts) implements Cell {
    }

    /** {@code <th scope="row">text</th>}: the cell that names its row. */
    record Header(String text) implements Cell {
    }

    /**
     * {@code <td><span class="...">text</span></td>} or another inline element ({@code code}),
     * with a title when one is given (class and title may be null).
     */
    record Inline(String element, String elementClass, String title, String text) implements Cell {
    }

    static Cell text(String text) {
        return new Text(text, null);
    }

    /** A number, right-aligned ({@code class="numeric"}). */
    static Cell number(long value) {
        return new Text(Long.toString(value), "numeric");
    }

    static Cell link(String href, String linkClass, String text) {
        return new Link(href, linkClass, text, null);
    }

    /** An objective's code as the link to its page, in the code column of a list of objectives. */
    static Cell objectiveLink(String href, String code) {
        return new Link(href, "objective-link", code, "code-column");
    }

    static Cell time(Instant at, String text) {
        return new Time(at == null ? null : at.toString(), text);
    }

    /** A time already written as ISO 8601 (its {@code datetime}), shown as the given text. */
    static Cell time(String datetime, String text) {
        return new Time(datetime, text);
    }

    /** One cell of these pieces; a piece of empty text writes nothing. */
    static Cell of(Cell... parts) {
        return new Parts(List.of(parts));
    }

    static Cell header(String text) {
        return new Header(text);
    }

    static Cell span(String spanClass, String text) {
        return new Inline("span", spanClass, null, text);
    }

    static Cell code(String codeClass, String title, String text) {
        return new Inline("code", codeClass, title, text);
    }
}
