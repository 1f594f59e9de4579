package md.itpp.web.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import md.itpp.domain.audit.AuditEvent;
import md.itpp.domain.audit.AuditVerification;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.Messages;

/**
 * Backs audit/events.xhtml: the audit trail filtered by time (UTC days), user, action and
 * object, paged in the database; its export as CSV; and the chain's verification. View-scoped
 * for the table's paging and the filter.
 */
@Named("auditEvents")
@ViewScoped
public class AuditEventsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Export is capped so that one click cannot hold a server thread for ever. */
    public static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_BATCH = 1000;

    @Inject
    private AuditService service;

    @Inject
    private EnumLabels labels;

    private LocalDate fromDay;
    private LocalDate toDay;
    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private AuditFilter filter = AuditFilter.none();
    private AuditVerification verification;
    private final LazyDataModel<AuditEvent> model = new Events(this);

    public void search() {
        filter = new AuditFilter(
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                actor, action, objectType, objectId);
    }

    public void clear() {
        fromDay = null;
        toDay = null;
        actor = null;
        action = null;
        objectType = null;
        objectId = null;
        filter = AuditFilter.none();
    }

    public void verify() {
        verification = service.verify();
        if (verification.isIntact()) {
            Messages.globalInfo("page.audit.events.intact", verification.checked());
        } else {
            Messages.globalError("page.audit.events.broken", verification.brokenAt(),
                    labels.of(verification.problem()));
        }
    }

    /**
     * Writes the events the filter fields select (as they are now, searched or not) as CSV
     * (UTF-8, RFC 4180), newest first as on the page.
     */
    public void export() throws IOException {
        search();
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write("number,occurred_at_utc,actor,action,object_type,object_id,before,after,previous_hash,hash\r\n");
            int written = 0;
            while (written < MAX_EXPORT) {
                List<AuditEvent> page = service.find(filter, written, EXPORT_BATCH);
                for (AuditEvent event : page) {
                    out.write(Csv.row(Long.toString(event.getNumber()), event.getOccurredAt().toString(),
                            event.getActor(), event.getAction(), event.getObjectType(), event.getObjectId(),
                            event.getBefore(), event.getAfter(), event.getPreviousHash(), event.getHash()));
                }
                written += page.size();
                if (page.size() < EXPORT_BATCH) {
                    break;
                }
            }
        }
        context.responseComplete();
    }

    /** Times on this page are UTC, as stored: auditors compare them with other systems' logs. */
    public String utc(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    /** The events matching the bean's current filter, one page at a time. */
    static final class Events extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        private final AuditEventsBean bean;

        Events(AuditEventsBean bean) {
            this.bean = bean;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, bean.service.count(bean.filter));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return bean.service.find(bean.filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getNumber());
        }

        @Override
        public AuditEvent getRowData(String rowKey) {
            return null;
        }
    }
}
