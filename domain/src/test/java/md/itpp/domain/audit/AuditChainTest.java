package md.itpp.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import md.itpp.domain.ValidationException;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00.123456Z");

    private static List<AuditLink> chain(int length) {
        AuditChainHead head = AuditChainHead.empty();
        List<AuditLink> links = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            AuditEvent event = new AuditEvent(head, T0.plusSeconds(i), "negotiator", "objective.save",
                    "Objective", String.valueOf(i), "{\"v\":" + i + "}", "{\"v\":" + (i + 1) + "}");
            head.advanceTo(event);
            links.add(event.link());
        }
        return links;
    }

    private static AuditVerification verify(List<AuditLink> links, long headNumber, String headHash) {
        AuditChain chain = new AuditChain();
        for (AuditLink link : links) {
            if (!chain.accept(link)) {
                break;
            }
        }
        return chain.finish(headNumber, headHash);
    }

    private static AuditVerification verify(List<AuditLink> links) {
        AuditLink last = links.get(links.size() - 1);
        return verify(links, last.number(), last.hash());
    }

    @Test
    void anUntouchedChainIsIntact() {
        AuditVerification result = verify(chain(5));
        assertTrue(result.isIntact());
        assertEquals(5, result.checked());
        assertTrue(verify(List.of(), 0, AuditChain.GENESIS).isIntact());
    }

    @Test
    void eventsAreNumberedAndLinked() {
        List<AuditLink> links = chain(3);
        assertEquals(AuditChain.GENESIS, links.get(0).previousHash());
        assertEquals(links.get(0).hash(), links.get(1).previousHash());
        assertEquals(3, links.get(2).number());
    }

    @Test
    void anEditedFieldBreaksTheChainAtThatEvent() {
        List<AuditLink> links = chain(5);
        AuditLink third = links.get(2);
        links.set(2, new AuditLink(third.number(), third.occurredAt(), "someone.else", third.action(),
                third.objectType(), third.objectId(), third.before(), third.after(), third.previousHash(), third.hash()));
        AuditVerification result = verify(links);
        assertEquals(3L, result.brokenAt());
        assertEquals(AuditBreak.ALTERED, result.problem());
        assertEquals(2, result.checked());
    }

    @Test
    void anEditedAndRehashedEventBreaksTheLinkOfTheNext() {
        List<AuditLink> links = chain(5);
        AuditLink third = links.get(2);
        AuditLink forged = new AuditLink(third.number(), third.occurredAt(), third.actor(), third.action(),
                third.objectType(), third.objectId(), third.before(), "{\"v\":99}", third.previousHash(), null);
        links.set(2, new AuditLink(forged.number(), forged.occurredAt(), forged.actor(), forged.action(),
                forged.objectType(), forged.objectId(), forged.before(), forged.after(), forged.previousHash(),
                AuditChain.hash(forged)));
        AuditVerification result = verify(links);
        assertEquals(4L, result.brokenAt());
        assertEquals(AuditBreak.BROKEN_LINK, result.problem());
    }

    @Test
    void deletionsAreDetectedInTheMiddleAndAtTheEnd() {
        List<AuditLink> links = chain(5);
        AuditLink last = links.get(4);
        List<AuditLink> middleGone = new ArrayList<>(links);
        middleGone.remove(1);
        assertEquals(new AuditVerification(1, 3L, AuditBreak.MISSING_EVENTS), verify(middleGone, 5, last.hash()));
        List<AuditLink> tailGone = new ArrayList<>(links.subList(0, 4));
        assertEquals(new AuditVerification(4, 5L, AuditBreak.MISSING_TAIL), verify(tailGone, 5, last.hash()));
    }

    @Test
    void aRewrittenTableVerifiesAloneButNotAgainstItsAnchors() {
        List<AuditLink> original = chain(5);
        AuditAnchor atThree = new AuditAnchor(T0, 3, original.get(2).hash());
        // The whole table rewritten from event 2 with recomputed hashes: consistent on its own.
        List<AuditLink> rewritten = new ArrayList<>(original.subList(0, 1));
        String previous = original.get(0).hash();
        for (AuditLink link : original.subList(1, 5)) {
            AuditLink forged = new AuditLink(link.number(), link.occurredAt(), "forger", link.action(),
                    link.objectType(), link.objectId(), link.before(), link.after(), previous, null);
            String hash = AuditChain.hash(forged);
            rewritten.add(new AuditLink(forged.number(), forged.occurredAt(), forged.actor(), forged.action(),
                    forged.objectType(), forged.objectId(), forged.before(), forged.after(), previous, hash));
            previous = hash;
        }
        assertTrue(verify(rewritten, 5, previous).isIntact(), "without anchors the forgery passes");
        AuditVerification anchoredResult = verifyAnchored(rewritten, 5, previous, List.of(atThree));
        assertEquals(new AuditVerification(2, 3L, AuditBreak.ANCHOR_MISMATCH), anchoredResult);
        assertTrue(verifyAnchored(original, 5, original.get(4).hash(), List.of(atThree)).isIntact());
    }

    @Test
    void eventsDeletedWithTheHeadsRecordAreSeenByALaterAnchor() {
        List<AuditLink> links = chain(5);
        AuditAnchor atFive = new AuditAnchor(T0, 5, links.get(4).hash());
        List<AuditLink> shortened = links.subList(0, 3);
        assertTrue(verify(shortened, 3, links.get(2).hash()).isIntact(), "head rewritten too: passes alone");
        assertEquals(new AuditVerification(3, 4L, AuditBreak.MISSING_TAIL),
                verifyAnchored(shortened, 3, links.get(2).hash(), List.of(atFive)));
    }

    @Test
    void anchorsAreLinesOfText() {
        AuditAnchor anchor = new AuditAnchor(T0, 12, "ab".repeat(32));
        assertEquals(anchor, AuditAnchor.parse(anchor.line()).orElseThrow());
        assertTrue(AuditAnchor.parse("# a comment").isEmpty());
        assertTrue(AuditAnchor.parse("  ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.parse("2026-12-02T02:00:00Z 12"));
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.parse("2026-12-02T02:00:00Z 12 xyz"));
        assertThrows(IllegalArgumentException.class, () -> AuditAnchor.parse("yesterday 12 " + "ab".repeat(32)));
    }

    private static AuditVerification verifyAnchored(List<AuditLink> links, long headNumber, String headHash,
                                                    List<AuditAnchor> anchors) {
        AuditChain chain = new AuditChain(anchors);
        for (AuditLink link : links) {
            if (!chain.accept(link)) {
                break;
            }
        }
        return chain.finish(headNumber, headHash);
    }

    @Test
    void nullAndEmptyHashDifferently() {
        assertNotEquals(AuditChain.hash(1, T0, "a", "x.y", null, null, null, null, AuditChain.GENESIS),
                AuditChain.hash(1, T0, "a", "x.y", "", null, null, null, AuditChain.GENESIS));
        // Length prefixes: moving text from one field to the next changes the hash.
        assertNotEquals(AuditChain.hash(1, T0, "ab", "x.y", "c", null, null, null, AuditChain.GENESIS),
                AuditChain.hash(1, T0, "a", "x.y", "bc", null, null, null, AuditChain.GENESIS));
    }

    @Test
    void actionsAreDottedNamesAndActorsAreKeptReadable() {
        AuditChainHead head = AuditChainHead.empty();
        assertThrows(ValidationException.class,
                () -> new AuditEvent(head, T0, "a", "drop table", null, null, null, null));
        AuditEvent event = new AuditEvent(head, T0, "x".repeat(100) + "\n", "login.failure", null, null, null, null);
        assertEquals(64, event.getActor().length());
        AuditEvent control = new AuditEvent(head, T0, "a\u0007b", "login.failure", null, null, null, null);
        assertEquals("a?b", control.getActor());
    }
}
