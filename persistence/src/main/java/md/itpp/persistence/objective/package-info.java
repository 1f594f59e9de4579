/**
 * Services over objectives: the paged list and the detail ({@code ObjectiveService}), drafting
 * with revisions, conflict detection and one-time form tokens ({@code DraftingService}), and the
 * word-level comparison of two versions ({@code ObjectiveComparison}, {@code TextDiff}).
 */
package md.itpp.persistence.objective;
