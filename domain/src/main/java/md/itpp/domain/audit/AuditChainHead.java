package md.itpp.domain.audit;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The single row that names the newest event of the chain. Appending locks it (pessimistic
 * write), so two transactions that record at once are serialised and can never both extend the
 * same predecessor: the chain cannot fork. It also lets verification notice deleted newest
 * events, which leave no gap behind them.
 */
@Entity
@Table(name = "audit_chain_head")
@NamedQuery(name = AuditChainHead.LAST_NUMBER,
        query = "SELECT h.lastNumber FROM AuditChainHead h WHERE h.id = 1")
public class AuditChainHead implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The number of the newest event, read as a scalar (never a managed, possibly stale, row). */
    public static final String LAST_NUMBER = "AuditChainHead.lastNumber";

    /** The id of the only row, inserted by the migration. */
    public static final long ID = 1L;

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    @Column(name = "last_hash", length = 64, nullable = false)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** The head of an empty trail, as the migration inserts it. */
    public static AuditChainHead empty() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    /** Moves the head to the event just appended after it. */
    public void advanceTo(AuditEvent event) {
        if (event.getNumber() != lastNumber + 1 || !event.getPreviousHash().equals(lastHash)) {
            throw new IllegalStateException("Event " + event.getNumber() + " does not follow the head");
        }
        this.lastNumber = event.getNumber();
        this.lastHash = event.getHash();
    }

    public long getLastNumber() {
        return lastNumber;
    }

    public String getLastHash() {
        return lastHash;
    }
}
