/**
 * Review and approval of objectives: the approval chain a programme's administrator configures
 * (ordered review steps, each "any one of" or "all of" its named reviewers, then final approval
 * by an approver), the submissions that run an objective's revision through that chain, and the
 * decisions taken on it, each bound to the SHA-256 of the exact revision decided on.
 */
package md.itpp.domain.approval;
