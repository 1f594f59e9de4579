package md.itpp.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import md.itpp.domain.account.Role;

/** What a list page makes of its address, and the addresses it writes. */
class ListAddressTest {

    @Test
    void textIsStrippedCutToItsLengthAndBlankIsNull() {
        assertEquals("popescu", ListAddress.text("  popescu ", 64));
        assertEquals("abc", ListAddress.text("abcdef", 3));
        assertNull(ListAddress.text("   ", 64));
        assertNull(ListAddress.text(null, 64));
    }

    @Test
    void numbersAboveZeroAreReadAndAnythingElseIsNull() {
        assertEquals(7, ListAddress.positive(" 7 "));
        assertNull(ListAddress.positive("0"));
        assertNull(ListAddress.positive("-3"));
        assertNull(ListAddress.positive("x"));
        assertNull(ListAddress.positive("99999999999"));
        assertNull(ListAddress.positive(""));
        assertNull(ListAddress.positive(null));
    }

    @Test
    void noPageIsTheFirstAndAPageThatIsNotANumberAboveZeroIsNull() {
        assertEquals(1, ListAddress.page(null));
        assertEquals(1, ListAddress.page(" "));
        assertEquals(4, ListAddress.page("4"));
        assertNull(ListAddress.page("two"));
        assertNull(ListAddress.page("0"));
    }

    @Test
    void idsAreReadOnlyWhenKnownAndConstantsOnlyByTheirExactName() {
        assertEquals(3L, ListAddress.knownId("3", List.of(1L, 3L)));
        assertNull(ListAddress.knownId("4", List.of(1L, 3L)));
        assertNull(ListAddress.knownId("three", List.of(1L, 3L)));
        assertEquals(Role.REVIEWER, ListAddress.constant(Role.class, " REVIEWER "));
        assertNull(ListAddress.constant(Role.class, "reviewer"));
        assertNull(ListAddress.constant(Role.class, "NOT-A-ROLE"));
        assertNull(ListAddress.constant(Role.class, null));
    }

    @Test
    void linksCarryTheParametersThatHaveAValueEncodedInTheirOrder() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("q", "ana & ion ș");
        parameters.put("role", null);
        parameters.put("page", 2);
        assertEquals("/itpp/admin/accounts.xhtml?q=ana+%26+ion+%C8%99&page=2",
                ListAddress.link("/itpp/admin/accounts.xhtml", parameters));
        parameters.clear();
        parameters.put("q", null);
        assertEquals("/admin/accounts.xhtml", ListAddress.link("/admin/accounts.xhtml", parameters));
    }
}
