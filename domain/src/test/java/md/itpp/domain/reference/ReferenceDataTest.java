package md.itpp.domain.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;

class ReferenceDataTest {

    private static final Programme ITPP = new Programme("ITPP-MDA-2025", "ITPP 2025-2028",
            "PPIA 2025-2028", 2025, 2028);

    @Test
    void theProgrammeCoversItsYearsBothEndsIncluded() {
        assertFalse(ITPP.coversYear(2024));
        assertTrue(ITPP.coversYear(2025));
        assertTrue(ITPP.coversYear(2028));
        assertFalse(ITPP.coversYear(2029));
    }

    @Test
    void aProgrammeEndsNoEarlierThanItStarts() {
        assertThrows(ValidationException.class, () -> new Programme("X", "X", "X", 2028, 2025));
    }

    @Test
    void namesFollowTheLocale() {
        CooperationArea area = new CooperationArea(ITPP, "CYB", "Cyber defence", "Apărare cibernetică", 1);
        Institution institution = new Institution("SIS", "SIS", "Information and Security Service",
                "Serviciul de Informații și Securitate");

        assertEquals("Apărare cibernetică", area.name(new Locale("ro", "MD")));
        assertEquals("Cyber defence", area.name(Locale.ENGLISH));
        assertEquals("Cyber defence", area.name(null));
        assertEquals("Serviciul de Informații și Securitate", institution.name(new Locale("ro")));
        assertEquals("Information and Security Service", institution.name(Locale.UK));
        assertEquals("PPIA 2025-2028", ITPP.title(new Locale("ro")));
    }

    @Test
    void theCodeIdentifies() {
        Institution one = new Institution("MA", "MA", "Ministry of Defence", "Ministerul Apărării");
        Institution same = new Institution("MA", "MA", "Defence", "Apărare");

        assertEquals(one, same);
        assertEquals(one.hashCode(), same.hashCode());
        assertNotEquals(one, new Institution("MAI", "MAI", "Interior", "Interne"));
    }
}
