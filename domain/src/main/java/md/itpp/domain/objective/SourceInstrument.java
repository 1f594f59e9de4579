package md.itpp.domain.objective;

/**
 * The NATO partnership tool an objective comes from, now folded into the ITPP ("one partner,
 * one plan"), or {@link #NEW} when the programme introduces it.
 */
public enum SourceInstrument {
    /** Individual Partnership Action Plan. */
    IPAP,
    /** Planning and Review Process, with its Partnership Goals. */
    PARP,
    /** Defence Capacity Building. */
    DCB,
    /** Building Integrity. */
    BI,
    /** Science for Peace and Security. */
    SPS,
    TRUST_FUND,
    /** Partnership Cooperation Menu. */
    PCM,
    NEW
}
