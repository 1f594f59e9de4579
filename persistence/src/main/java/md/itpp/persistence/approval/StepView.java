package md.itpp.persistence.approval;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import md.itpp.domain.approval.StepRule;
import md.itpp.domain.Bilingual;

/**
 * One review step as the objective's page shows it: who may sign, who signed in the current
 * run, whether it is done or the one awaiting a decision.
 */
public record StepView(int position, String nameEn, String nameRo, StepRule rule, List<String> reviewers,
                       List<String> signedBy, boolean done, boolean current) implements Serializable {

    public String name(Locale locale) {
        return Bilingual.of(nameEn, nameRo).in(locale);
    }

    /** From 1, as people count. */
    public int number() {
        return position + 1;
    }
}
