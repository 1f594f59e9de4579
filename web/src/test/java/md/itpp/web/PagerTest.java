package md.itpp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void aMiddlePageShowsItsRangeAndBothLinks() {
        Pager pager = Pager.of(2, 50, 312);
        assertEquals(2, pager.getPage());
        assertEquals(50, pager.getOffset());
        assertEquals(51, pager.getFirstShown());
        assertEquals(100, pager.getLastShown());
        assertEquals(7, pager.getLastPage());
        assertTrue(pager.isPaged());
        assertTrue(pager.isPrevious());
        assertTrue(pager.isNext());
    }

    @Test
    void theLastPageEndsAtTheTotal() {
        Pager pager = Pager.of(7, 50, 312);
        assertEquals(301, pager.getFirstShown());
        assertEquals(312, pager.getLastShown());
        assertFalse(pager.isNext());
    }

    @Test
    void aPageOutOfRangeIsTheNearestOne() {
        assertEquals(7, Pager.of(99, 50, 312).getPage());
        assertEquals(1, Pager.of(0, 50, 312).getPage());
        assertEquals(1, Pager.of(-3, 50, 312).getPage());
        assertEquals(0, Pager.offset(-3, 50));
        assertEquals(100, Pager.offset(3, 50));
    }

    @Test
    void anEmptyOrShortListIsOnePageWithoutAPager() {
        Pager empty = Pager.of(1, 50, 0);
        assertEquals(1, empty.getLastPage());
        assertEquals(0, empty.getFirstShown());
        assertEquals(0, empty.getLastShown());
        assertFalse(empty.isPaged());
        Pager exact = Pager.of(1, 50, 50);
        assertFalse(exact.isPaged());
        assertFalse(exact.isNext());
        assertEquals(50, exact.getLastShown());
    }

    @Test
    void aPageInRangeIsReadOnce() {
        List<Integer> offsets = new ArrayList<>();
        Pager.Read<Long> read = Pager.read(3, 50, (offset, size) -> {
            offsets.add(offset);
            return 312L;
        }, total -> total);
        assertEquals(List.of(100), offsets);
        assertEquals(3, read.pager().getPage());
    }

    @Test
    void aPagePastTheLastIsReadAgainAsTheLast() {
        List<Integer> offsets = new ArrayList<>();
        Pager.Read<Long> read = Pager.read(9, 50, (offset, size) -> {
            offsets.add(offset);
            return 120L;
        }, total -> total);
        assertEquals(List.of(400, 100), offsets);
        assertEquals(3, read.pager().getPage());
        assertEquals(100, read.pager().getOffset());
    }
}
