package md.itpp.domain.objective;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
