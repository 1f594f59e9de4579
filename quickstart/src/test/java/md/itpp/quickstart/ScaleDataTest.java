package md.itpp.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import md.itpp.domain.account.Role;
import md.itpp.domain.audit.AuditChain;
import md.itpp.domain.audit.AuditChainHead;
import md.itpp.domain.audit.AuditEvent;
import md.itpp.domain.audit.AuditVerification;

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

    @Test
    void tenTimesTheRealScaleAtFiveThousandObjectives() {
        ScaleData.Sizes sizes = ScaleData.Sizes.of(5000, -1);
        assertEquals(new ScaleData.Sizes(200, 50, 50_000, 200_000), sizes);
        assertEquals(1_000_000, ScaleData.Sizes.of(5000, 1_000_000).auditEvents());
        ScaleData.Sizes small = ScaleData.Sizes.of(100, -1);
        assertEquals(new ScaleData.Sizes(40, 2, 1000, 4000), small);
    }

    @Test
    void auditEventsAreAskedForByANonNegativeNumber() {
        assertEquals(-1, ScaleData.auditEvents(null, null));
        assertEquals(-1, ScaleData.auditEvents("lots", null));
        assertEquals(1_000_000, ScaleData.auditEvents(null, "1000000"));
        assertEquals(ScaleData.MAX_AUDIT_EVENTS, ScaleData.auditEvents("999999999", null));
    }

    @Test
    void everyRoleHasAccountsAndMostAreConsultees() {
        Map<Role, Integer> staff = ScaleData.staffCounts(200);
        assertEquals(List.of(20, 20, 8, 6, 10), List.of(staff.get(Role.NEGOTIATOR), staff.get(Role.REVIEWER),
                staff.get(Role.APPROVER), staff.get(Role.ADMIN), staff.get(Role.AUDITOR)));
        assertEquals(136, 200 - staff.values().stream().mapToInt(Integer::intValue).sum());
        ScaleData.staffCounts(40).values().forEach(n -> assertTrue(n >= 1));
    }

    @Test
    void theCommentsAddUpAndTheFirstRoundIsTheLongest() {
        int[] sizes = ScaleConsultation.commentsPerRound(50, 50_000, new SplittableRandom(1));
        assertEquals(50, sizes.length);
        assertEquals(50_000, Arrays.stream(sizes).sum());
        assertEquals(1_500, sizes[0]);
        for (int size : Arrays.copyOfRange(sizes, 1, sizes.length)) {
            assertTrue(size >= 1 && size < 1_500, "round of " + size);
        }
        int[] small = ScaleConsultation.commentsPerRound(2, 1000, new SplittableRandom(1));
        assertEquals(1000, small[0] + small[1]);
    }

    @Test
    void theGeneratedEventsFormAChainTheVerifierAccepts() {
        AuditChainHead head = AuditChainHead.empty();
        ScaleAudit.Events events = new ScaleAudit.Events(head, List.of("negotiator", "scale.ma.focal"),
                List.of(1L, 2L, 3L), new SplittableRandom(7), 5000, java.time.Instant.now());
        AuditChain chain = new AuditChain();
        AuditEvent last = null;
        for (int i = 0; i < 5000; i++) {
            last = events.next();
            assertTrue(chain.accept(last.link()), "event " + last.getNumber());
        }
        AuditVerification result = chain.finish(head.getLastNumber(), head.getLastHash());
        assertTrue(result.isIntact(), result.toString());
        assertEquals(5000, head.getLastNumber());
        assertEquals(last.getHash(), head.getLastHash());
        assertTrue(last.getOccurredAt().isBefore(java.time.Instant.now().plusSeconds(1)));
    }
}
