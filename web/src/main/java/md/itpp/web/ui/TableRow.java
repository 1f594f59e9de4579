package md.itpp.web.ui;

import java.util.List;

/** A row of a plain table written by {@code <itpp:rows>} ({@link RowsRenderer}). */
public interface TableRow {

    /** The row's cells, in the table's order of columns. */
    List<Cell> cells();

    /** The row's class, or null for none. */
    default String styleClass() {
        return null;
    }

    /** A row of these cells, with this class (or null). */
    static TableRow of(String styleClass, Cell... cells) {
        return new Plain(styleClass, List.of(cells));
    }

    /** A row made of its cells, for beans whose rows are nothing else. */
    record Plain(String styleClass, List<Cell> cells) implements TableRow {
    }
}
