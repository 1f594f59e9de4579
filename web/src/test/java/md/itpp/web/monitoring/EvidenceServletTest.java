package md.itpp.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The download header: the name survives in UTF-8, and nothing in it can end or split the header. */
class EvidenceServletTest {

    @Test
    void theNameIsGivenInAsciiAndInUtf8() {
        assertEquals("attachment; filename=\"Raport anual 2025.pdf\"; filename*=UTF-8''Raport%20anual%202025.pdf",
                EvidenceServlet.attachment("Raport anual 2025.pdf"));
        assertEquals("attachment; filename=\"Dovad_ privind _arul.pdf\"; "
                + "filename*=UTF-8''Dovad%C4%83%20privind%20%C8%9Barul.pdf",
                EvidenceServlet.attachment("Dovadă privind țarul.pdf"));
    }

    @Test
    void quotesSemicolonsAndLineBreaksNeverReachTheHeader() {
        String header = EvidenceServlet.attachment("a\";\r\nSet-Cookie: x=1.pdf");
        assertFalse(header.contains("\r") || header.contains("\n"), header);
        assertEquals("attachment; filename=\"a____Set-Cookie_ x_1.pdf\"; "
                + "filename*=UTF-8''a%22%3B%0D%0ASet-Cookie%3A%20x%3D1.pdf", header);
    }
}
