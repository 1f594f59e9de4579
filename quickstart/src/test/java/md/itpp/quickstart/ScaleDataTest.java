package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleDataTest {

    @Test
    void generatesNothingUnlessAskedForAPositiveNumber() {
        assertEquals(0, ScaleData.requested(null, null));
        assertEquals(0, ScaleData.requested(" ", ""));
        assertEquals(0, ScaleData.requested("many", null));
        assertEquals(0, ScaleData.requested("-5", null));
    }

    @Test
    void theEnvironmentWinsOverTheSystemProperty() {
        assertEquals(5000, ScaleData.requested(" 5000 ", "10"));
        assertEquals(10, ScaleData.requested(null, "10"));
    }

    @Test
    void staysWithinOneTransactionsReach() {
        assertEquals(ScaleData.MAX_OBJECTIVES, ScaleData.requested("10000000", null));
    }

    @Test
    void writesAtLeastTheObjectivesAskedFor() {
        assertEquals(1667, ScaleData.strategicCount(5000)); // 1,667 + 3,334 goals = 5,001
        assertEquals(1, ScaleData.strategicCount(1));
        assertEquals(1, ScaleData.strategicCount(3));
        assertEquals(2, ScaleData.strategicCount(4));
    }
}
