package md.itpp.domain.approval;

import java.io.Serializable;
import java.util.List;

/**
 * One review step as an administrator defines it: its name in both languages, its rule, and
 * the usernames of its reviewers, in the order given.
 */
public record StepDefinition(String nameEn, String nameRo, StepRule rule, List<String> reviewers)
        implements Serializable {

    public StepDefinition {
        reviewers = reviewers == null ? List.of() : List.copyOf(reviewers.stream()
                .map(r -> r == null ? "" : r).toList());
    }
}
