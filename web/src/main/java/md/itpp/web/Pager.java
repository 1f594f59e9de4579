package md.itpp.web;

import java.io.Serializable;
import java.util.function.ToLongFunction;

/**
 * Where a paged list stands: the page shown (from 1), the rows a page holds and how many rows
 * there are in all, for "Tasks 51-100 of 312" and the previous and next links. Each page is one
 * GET with a {@code page} view parameter that reads one page from the database.
 */
public final class Pager implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int page;
    private final int size;
    private final long total;

    private Pager(int page, int size, long total) {
        this.page = page;
        this.size = size;
        this.total = total;
    }

    /**
     * The page asked for, within range: below 1 is the first page, past the last page (a link
     * kept from before the list shrank) the last one.
     */
    public static Pager of(int requestedPage, int size, long total) {
        return new Pager(Math.min(Math.max(1, requestedPage), lastPage(size, total)), size, total);
    }

    /** The offset of the first row of the requested page (below 1: the first page), to read it. */
    public static int offset(int requestedPage, int size) {
        return (Math.max(1, requestedPage) - 1) * size;
    }

    /** Reads one page of a list: {@code (offset, size)} to what was read, which also holds the total. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(int offset, int size);
    }

    /** A page as read, with where it stands. */
    public record Read<T>(T rows, Pager pager) {
    }

    /**
     * Reads the requested page in one call when the total comes with the rows: a page past the
     * last one (a link kept from before the list shrank) is read again as the last page.
     */
    public static <T> Read<T> read(int requestedPage, int size, Reader<T> reader, ToLongFunction<T> total) {
        int offset = offset(requestedPage, size);
        T rows = reader.read(offset, size);
        Pager pager = of(requestedPage, size, total.applyAsLong(rows));
        if (pager.getOffset() != offset) {
            rows = reader.read(pager.getOffset(), size);
        }
        return new Read<>(rows, pager);
    }

    public int getPage() {
        return page;
    }

    public int getSize() {
        return size;
    }

    public long getTotal() {
        return total;
    }

    /** The offset of this page's first row. */
    public int getOffset() {
        return (page - 1) * size;
    }

    public int getLastPage() {
        return lastPage(size, total);
    }

    private static int lastPage(int size, long total) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Whether the rows need more than one page (the pager is shown then). */
    public boolean isPaged() {
        return total > size;
    }

    /** Position of the page's first row, from 1 (0 when there is none). */
    public long getFirstShown() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long getLastShown() {
        return Math.min(total, (long) page * size);
    }

    public boolean isPrevious() {
        return page > 1;
    }

    public boolean isNext() {
        return page < getLastPage();
    }
}
