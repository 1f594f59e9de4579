package md.itpp.domain.objective;

import static md.itpp.domain.objective.Fixtures.AUTHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/**
 * The canonical snapshot a revision keeps: the same content always gives the same JSON and
 * hash, the JSON reads back to the same value, and every field takes part in the hash.
 */
class ObjectiveSnapshotTest {

    private static Objective full() {
        Objective objective = Fixtures.draft();
        objective.edit(AUTHOR, Fixtures.content(), Fixtures.MAEIE, List.of(Fixtures.MA, Fixtures.STISC),
                List.of(new Milestone(2025, "Baseline", "Referință"), new Milestone(2027, "Operational", "Operațional")),
                List.of(new Indicator("Responders", "Specialiști", "0", "40", "persons", "Annual report")));
        return objective;
    }

    @Test
    void sameContentSameJsonAndHash() {
        ObjectiveSnapshot a = ObjectiveSnapshot.of(full());
        ObjectiveSnapshot b = ObjectiveSnapshot.of(full());
        assertEquals(a.toJson(), b.toJson());
        assertEquals(a.sha256(), b.sha256());
        assertTrue(a.sha256().matches("[0-9a-f]{64}"), a.sha256());
    }

    @Test
    void theJsonHasAFixedOrderAndReadsBack() {
        ObjectiveSnapshot snapshot = ObjectiveSnapshot.of(full());
        String json = snapshot.toJson();
        assertTrue(json.startsWith("{\"code\":\"SO-CYB-1\",\"parentCode\":\"\",\"areaCode\":\"CYB\","
                + "\"authoritativeLanguage\":\"EN\",\"titleEn\":"), json);
        assertTrue(json.contains("\"contributingInstitutions\":[\"MA\",\"STISC\"]"), json);
        assertTrue(json.endsWith("\"translationOutdated\":false}"), json);
        assertEquals(snapshot, ObjectiveSnapshot.fromJson(json));
        assertEquals(ObjectiveSnapshot.sha256(json), snapshot.sha256());
    }

    @Test
    void contributorsOrderDoesNotChangeTheHash() {
        Objective other = Fixtures.draft();
        other.edit(AUTHOR, Fixtures.content(), Fixtures.MAEIE, List.of(Fixtures.STISC, Fixtures.MA),
                full().getMilestones(), full().getIndicators());
        assertEquals(ObjectiveSnapshot.of(full()).sha256(), ObjectiveSnapshot.of(other).sha256());
    }

    @Test
    void everyFieldChangesTheHash() {
        ObjectiveContent c = Fixtures.content();
        List<Consumer<Objective>> changes = List.of(
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn() + " x", c.titleRo(), c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo() + " x", c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn() + " x", c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo() + " x",
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(),
                        Language.RO, c.sourceInstrument(), c.priority(), c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), SourceInstrument.PARP, c.priority(), c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), Priority.LOW, c.resources(), c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), "more", c.risks(), c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), c.resources(), "more", c.context())),
                o -> Fixtures.edit(o, AUTHOR, new ObjectiveContent(c.titleEn(), c.titleRo(), c.textEn(), c.textRo(),
                        c.authoritativeLanguage(), c.sourceInstrument(), c.priority(), c.resources(), c.risks(), "more")),
                o -> o.assignInstitutions(AUTHOR, Fixtures.STISC, List.of(Fixtures.MA)),
                o -> o.assignInstitutions(AUTHOR, Fixtures.MAEIE, List.of(Fixtures.MA)),
                o -> o.replaceMilestones(AUTHOR, List.of(new Milestone(2026, "Baseline", "Referință"),
                        new Milestone(2027, "Operational", "Operațional"))),
                o -> o.replaceMilestones(AUTHOR, List.of(new Milestone(2025, "Baseline!", "Referință"),
                        new Milestone(2027, "Operational", "Operațional"))),
                o -> o.replaceMilestones(AUTHOR, List.of(new Milestone(2025, "Baseline", "Referință!"),
                        new Milestone(2027, "Operational", "Operațional"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders!", "Specialiști", "0", "40", "persons", "Annual report"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști!", "0", "40", "persons", "Annual report"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști", "1", "40", "persons", "Annual report"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști", "0", "41", "persons", "Annual report"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști", "0", "40", "people", "Annual report"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști", "0", "40", "persons", "Audit"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști", "0", "40", "persons",
                        "persoane", "Annual report", "Annual report"))),
                o -> o.replaceIndicators(AUTHOR, List.of(new Indicator("Responders", "Specialiști", "0", "40", "persons",
                        "persons", "Annual report", "Raport anual"))),
                o -> o.replaceIndicators(AUTHOR, List.of()));
        String original = ObjectiveSnapshot.of(full()).sha256();
        Set<String> hashes = new HashSet<>();
        hashes.add(original);
        for (Consumer<Objective> change : changes) {
            Objective changed = full();
            change.accept(changed);
            String hash = ObjectiveSnapshot.of(changed).sha256();
            assertNotEquals(original, hash);
            hashes.add(hash);
        }
        assertEquals(changes.size() + 1, hashes.size(), "every change gives its own hash");
    }

    @Test
    void aRevisionKeepsTheSnapshotAndItsHash() {
        Objective objective = full();
        ObjectiveRevision first = new ObjectiveRevision(objective, 0, RevisionKind.CREATED, AUTHOR,
                "0f8fad5b-d9cb-469f-a165-70867728950e");
        assertEquals(1, first.getNumber());
        assertEquals(ObjectiveSnapshot.of(objective).toJson(), first.getSnapshot());
        assertEquals(ObjectiveSnapshot.of(objective).sha256(), first.getSha256());
        assertEquals(AUTHOR.username(), first.getAuthor());
        assertEquals(3, new ObjectiveRevision(objective, 2, RevisionKind.EDITED, AUTHOR, null).getNumber());
        List<String> forged = new ArrayList<>(List.of("not-a-uuid", "0F8FAD5B-D9CB-469F-A165-70867728950E' or 1=1"));
        for (String token : forged) {
            org.junit.jupiter.api.Assertions.assertThrows(md.itpp.domain.ValidationException.class,
                    () -> new ObjectiveRevision(objective, 0, RevisionKind.EDITED, AUTHOR, token));
        }
    }

    @Test
    void aSnapshotWrittenBeforeTheRomanianUnitReadsTheOneTextAsBothLanguages() {
        String old = ObjectiveSnapshot.of(full()).toJson()
                .replace(",\"unitRo\":\"persons\"", "").replace(",\"meansOfVerificationRo\":\"Annual report\"", "");
        assertFalse(old.contains("unitRo"), old);
        ObjectiveSnapshot.IndicatorEntry entry = ObjectiveSnapshot.fromJson(old).indicators().get(0);
        assertEquals("persons", entry.unitRo());
        assertEquals("Annual report", entry.meansOfVerificationRo());
        assertEquals(ObjectiveSnapshot.of(full()), ObjectiveSnapshot.fromJson(old));
    }
}
