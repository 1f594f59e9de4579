package md.itpp.persistence.approval;

import md.itpp.domain.objective.Objective;

/**
 * What an objective's page shows, read in one call ({@link ApprovalService#objectivePage}): the
 * objective with its milestones, indicators, goals and a goal's strategic objective, its review
 * and approval panel, and whether the reader may open the strategic objective's page.
 *
 * @param parentReadable {@code false} for a strategic objective, and for a goal whose strategic
 *                       objective the reader may not see (a consultee whose institution takes part
 *                       in the goal only): the page then names it without a link
 */
public record ObjectivePage(Objective objective, ApprovalRecord approval, boolean parentReadable) {
}
