package md.itpp.domain.approval;

/** Where one run of the approval chain stands. */
public enum SubmissionState {
    /** Under review or awaiting approval. */
    OPEN,
    /** Sent back to revision; a new submission starts the chain again. */
    RETURNED,
    /** Approved. */
    APPROVED
}
