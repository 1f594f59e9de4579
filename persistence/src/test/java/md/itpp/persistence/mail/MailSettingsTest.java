package md.itpp.persistence.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Mail is off unless a host is set; the rest has defaults; the password never shows. */
class MailSettingsTest {

    @Test
    void noHostMeansMailIsDisabled() {
        assertTrue(MailSettings.from(Map.of()).isEmpty());
        assertTrue(MailSettings.from(Map.of("ITPP_SMTP_HOST", "  ")).isEmpty());
    }

    @Test
    void defaultsAndOverrides() {
        MailSettings defaults = MailSettings.from(Map.of("ITPP_SMTP_HOST", "smtp.gov.md")).orElseThrow();
        assertEquals(25, defaults.port());
        assertEquals(MailSettings.DEFAULT_FROM, defaults.from());
        assertFalse(defaults.startTls());
        MailSettings set = MailSettings.from(Map.of("ITPP_SMTP_HOST", "smtp.gov.md", "ITPP_SMTP_PORT", "587",
                "ITPP_MAIL_FROM", "itpp@mfa.gov.md", "ITPP_SMTP_USER", "itpp", "ITPP_SMTP_PASSWORD", "s3cret",
                "ITPP_SMTP_STARTTLS", "true")).orElseThrow();
        assertEquals(587, set.port());
        assertTrue(set.startTls());
        assertFalse(set.toString().contains("s3cret"));
        assertThrows(IllegalStateException.class,
                () -> MailSettings.from(Map.of("ITPP_SMTP_HOST", "h", "ITPP_SMTP_PORT", "x")));
    }
}
