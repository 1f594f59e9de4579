package md.itpp.persistence.objective;

import java.util.ArrayList;
import java.util.List;

import md.itpp.domain.objective.ObjectiveSnapshot;
import md.itpp.domain.objective.ObjectiveSnapshot.IndicatorEntry;
import md.itpp.domain.objective.ObjectiveSnapshot.MilestoneEntry;

/**
 * Every field of two snapshots side by side, in the order of the editor: texts in both
 * languages, the notes, the institutions, then each milestone and indicator by position.
 * Used by the comparison of revisions and by the conflict view of the editor.
 */
public final class ObjectiveComparison {

    private ObjectiveComparison() {
    }

    public static List<FieldDiff> compare(ObjectiveSnapshot older, ObjectiveSnapshot newer) {
        List<FieldDiff> fields = new ArrayList<>();
        fields.add(FieldDiff.value("authoritativeLanguage", older.authoritativeLanguage(), newer.authoritativeLanguage()));
        fields.add(FieldDiff.text("titleEn", 0, older.titleEn(), newer.titleEn()));
        fields.add(FieldDiff.text("titleRo", 0, older.titleRo(), newer.titleRo()));
        fields.add(FieldDiff.text("textEn", 0, older.textEn(), newer.textEn()));
        fields.add(FieldDiff.text("textRo", 0, older.textRo(), newer.textRo()));
        fields.add(FieldDiff.value("sourceInstrument", older.sourceInstrument(), newer.sourceInstrument()));
        fields.add(FieldDiff.value("priority", older.priority(), newer.priority()));
        fields.add(FieldDiff.text("resources", 0, older.resources(), newer.resources()));
        fields.add(FieldDiff.text("risks", 0, older.risks(), newer.risks()));
        fields.add(FieldDiff.text("context", 0, older.context(), newer.context()));
        fields.add(FieldDiff.text("leadInstitution", 0, older.leadInstitution(), newer.leadInstitution()));
        fields.add(FieldDiff.text("contributingInstitutions", 0,
                String.join(", ", older.contributingInstitutions()),
                String.join(", ", newer.contributingInstitutions())));
        int milestones = Math.max(older.milestones().size(), newer.milestones().size());
        for (int i = 0; i < milestones; i++) {
            MilestoneEntry a = i < older.milestones().size() ? older.milestones().get(i) : null;
            MilestoneEntry b = i < newer.milestones().size() ? newer.milestones().get(i) : null;
            fields.add(FieldDiff.text("milestones.year", i + 1,
                    a == null ? "" : String.valueOf(a.year()), b == null ? "" : String.valueOf(b.year())));
            fields.add(FieldDiff.text("milestones.descriptionEn", i + 1,
                    a == null ? "" : a.descriptionEn(), b == null ? "" : b.descriptionEn()));
            fields.add(FieldDiff.text("milestones.descriptionRo", i + 1,
                    a == null ? "" : a.descriptionRo(), b == null ? "" : b.descriptionRo()));
        }
        int indicators = Math.max(older.indicators().size(), newer.indicators().size());
        for (int i = 0; i < indicators; i++) {
            IndicatorEntry a = i < older.indicators().size() ? older.indicators().get(i) : null;
            IndicatorEntry b = i < newer.indicators().size() ? newer.indicators().get(i) : null;
            fields.add(FieldDiff.text("indicators.nameEn", i + 1, a == null ? "" : a.nameEn(), b == null ? "" : b.nameEn()));
            fields.add(FieldDiff.text("indicators.nameRo", i + 1, a == null ? "" : a.nameRo(), b == null ? "" : b.nameRo()));
            fields.add(FieldDiff.text("indicators.baseline", i + 1, a == null ? "" : a.baseline(), b == null ? "" : b.baseline()));
            fields.add(FieldDiff.text("indicators.target", i + 1, a == null ? "" : a.target(), b == null ? "" : b.target()));
            fields.add(FieldDiff.text("indicators.unitEn", i + 1, a == null ? "" : a.unitEn(), b == null ? "" : b.unitEn()));
            fields.add(FieldDiff.text("indicators.unitRo", i + 1, a == null ? "" : a.unitRo(), b == null ? "" : b.unitRo()));
            fields.add(FieldDiff.text("indicators.meansOfVerificationEn", i + 1,
                    a == null ? "" : a.meansOfVerificationEn(), b == null ? "" : b.meansOfVerificationEn()));
            fields.add(FieldDiff.text("indicators.meansOfVerificationRo", i + 1,
                    a == null ? "" : a.meansOfVerificationRo(), b == null ? "" : b.meansOfVerificationRo()));
        }
        return List.copyOf(fields);
    }
}
