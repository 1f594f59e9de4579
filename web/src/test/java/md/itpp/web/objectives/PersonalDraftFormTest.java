package md.itpp.web.objectives;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import md.itpp.domain.objective.Language;
import md.itpp.domain.objective.Priority;
import md.itpp.domain.objective.SourceInstrument;

/** The editor's form kept as a personal draft and brought back: everything typed, nothing fixed. */
class PersonalDraftFormTest {

    private static ObjectiveForm typed() {
        ObjectiveForm form = ObjectiveForm.newStrategic();
        form.setCode("SO-NEW-1");
        form.setAreaId(4L);
        form.setTitleEn("Typed title");
        form.setTitleRo("Titlu tastat, cu diacritice: ăâîșț");
        form.setTextEn("Line one.\nLine \"two\" <b>.");
        form.setAuthoritativeLanguage(Language.RO);
        form.setSourceInstrument(SourceInstrument.PARP);
        form.setPriority(Priority.HIGH);
        form.setRisks("Risks");
        form.setContributorIds(List.of(3L, 7L));
        form.setLeadId(5L);
        form.addMilestone(2026);
        form.getMilestones().get(0).setDescriptionEn("Framework adopted");
        form.addIndicator();
        form.getIndicators().get(0).setNameEn("Trained experts");
        form.getIndicators().get(0).setTarget("40");
        return form;
    }

    @Test
    void comesBackAsTyped() {
        ObjectiveForm restored = ObjectiveForm.newStrategic();
        restored.restore(ObjectiveForm.fromJson(typed().toJson()));

        assertEquals("SO-NEW-1", restored.getCode());
        assertEquals(4L, restored.getAreaId());
        assertEquals("Typed title", restored.getTitleEn());
        assertEquals("Titlu tastat, cu diacritice: ăâîșț", restored.getTitleRo());
        assertEquals("Line one.\nLine \"two\" <b>.", restored.getTextEn());
        assertEquals(null, restored.getTextRo());
        assertEquals(Language.RO, restored.getAuthoritativeLanguage());
        assertEquals(SourceInstrument.PARP, restored.getSourceInstrument());
        assertEquals(Priority.HIGH, restored.getPriority());
        assertEquals("Risks", restored.getRisks());
        assertEquals(5L, restored.getLeadId());
        assertEquals(List.of(3L, 7L), restored.getContributorIds());
        assertEquals(1, restored.getMilestones().size());
        assertEquals(2026, restored.getMilestones().get(0).getYear());
        assertEquals("Framework adopted", restored.getMilestones().get(0).getDescriptionEn());
        assertEquals("Trained experts", restored.getIndicators().get(0).getNameEn());
        assertEquals("40", restored.getIndicators().get(0).getTarget());
    }

    @Test
    void neverChangesTheCodeOrAreaOfAnExistingObjective() {
        ObjectiveForm existing = ObjectiveForm.fromJson(
                "{\"codeFixed\":true,\"areaFixed\":true,\"code\":\"SO-CYB-1\",\"areaId\":1,\"titleEn\":\"Saved\"}");

        existing.restore(ObjectiveForm.fromJson(typed().toJson()));

        assertTrue(existing.isCodeFixed());
        assertEquals("SO-CYB-1", existing.getCode());
        assertEquals(1L, existing.getAreaId());
        assertEquals("Typed title", existing.getTitleEn());
    }

    @Test
    void refusesWhatIsNotAKeptForm() {
        assertThrows(IllegalArgumentException.class, () -> ObjectiveForm.fromJson("not json"));
        assertThrows(IllegalArgumentException.class, () -> ObjectiveForm.fromJson("null"));
    }
}
