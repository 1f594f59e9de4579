package md.itpp.web.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.audit.AuditEvent;
import md.itpp.domain.audit.AuditVerification;
import md.itpp.persistence.audit.AuditFilter;
import md.itpp.persistence.audit.AuditService;
import md.itpp.web.ListAddress;
import md.itpp.web.Pager;
import md.itpp.web.Shared;
import md.itpp.web.i18n.EnumLabels;
import md.itpp.web.i18n.Messages;
import md.itpp.web.ui.Cell;
import md.itpp.web.ui.TableRow;

/**
 * Backs audit/events.xhtml, a page read with GET like the objectives list: the filter (UTC days,
 * user, action, object) and the page are in the address
 * ({@code ?from=2026-11-01&to=2026-11-30&actor=popescu&action=login.&page=2}), so an auditor can
 * bookmark a search or send it with a finding; each page is one count and one page of events.
 * The same form's other buttons export the events it selects as CSV ({@code export=csv}) and
 * verify the chain ({@code verify=chain}): both only read, and neither is a view parameter, so
 * the language switch (which posts the view parameters again) repeats neither. A parameter that
 * is not understood is left out with a message, never an error page.
 */
@Named("auditEvents")
@RequestScoped
public class AuditEventsBean {

    static final int PAGE_SIZE = 25;
    /** The longest filter text taken (the fields' maxlength); a longer one from a hand-made address is cut. */
    static final int TEXT_MAX = 64;
    /** Export is capped so that one click cannot hold a server thread for ever. */
    public static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_BATCH = 1000;

    @Inject
    @Shared
    private AuditService service;

    @Inject
    private EnumLabels labels;

    // The address's parameters as given, set by the page's f:viewParam.
    private String from;
    private String to;
    private String actor;
    private String action;
    private String type;
    private String object;
    private String page;

    private LocalDate fromDay;
    private LocalDate toDay;
    private AuditFilter filter = AuditFilter.none();
    private Pager pager = Pager.of(1, PAGE_SIZE, 0);
    private List<Row> events = List.of();

    /**
     * One event as the page shows it, its texts made once here rather than an expression per
     * cell in the page (the time twice, the short hash): times are UTC as stored, since auditors
     * compare them with other systems' logs; what an event does not have is empty.
     */
    public record Row(long number, String occurredAt, String actor, String action, String objectType,
                      String objectId, String before, String after, String hash, String shortHash) implements TableRow {

        @Override
        public List<Cell> cells() {
            return List.of(Cell.span("event-number", Long.toString(number)), Cell.time(occurredAt, occurredAt),
                    Cell.text(actor), Cell.span("event-action", action), Cell.text(objectType + " " + objectId),
                    Cell.code("audit-state", null, before), Cell.code("audit-state", null, after),
                    Cell.code(null, hash, shortHash));
        }

        static Row of(AuditEvent event) {
            String hash = event.getHash();
            return new Row(event.getNumber(), event.getOccurredAt().toString(), event.getActor(), event.getAction(),
                    text(event.getObjectType()), text(event.getObjectId()), text(event.getBefore()),
                    text(event.getAfter()), hash, hash.substring(0, Math.min(12, hash.length())));
        }

        private static String text(String value) {
            return value == null ? "" : value;
        }
    }

    /**
     * View action: reads the parameters, then writes the export, or verifies the chain, or not;
     * then one page of events and their count.
     */
    public void load() throws IOException {
        boolean understood = true;
        fromDay = day(from);
        understood &= fromDay != null || ListAddress.blank(from);
        toDay = day(to);
        understood &= toDay != null || ListAddress.blank(to);
        filter = new AuditFilter(
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                ListAddress.text(actor, TEXT_MAX), ListAddress.text(action, TEXT_MAX),
                ListAddress.text(type, TEXT_MAX), ListAddress.text(object, TEXT_MAX));

        FacesContext context = FacesContext.getCurrentInstance();
        Map<String, String> request = context.getExternalContext().getRequestParameterMap();
        // An export of a filter with a day not understood is not written: the page says so instead,
        // rather than a file larger than the one asked for.
        if (!context.isPostback() && "csv".equals(request.get("export")) && understood) {
            export(context);
            return;
        }
        if (!context.isPostback() && "chain".equals(request.get("verify"))) {
            verify();
        }

        Integer asked = ListAddress.page(page);
        understood &= asked != null;
        Pager.Read<AuditService.Page> read = Pager.read(asked == null ? 1 : asked, PAGE_SIZE,
                (offset, size) -> service.page(filter, offset, size), AuditService.Page::total);
        pager = read.pager();
        events = read.rows().events().stream().map(Row::of).toList();
        if (!understood) {
            Messages.globalWarning("page.audit.events.notUnderstood");
        }
    }

    /** A day as the date fields send it (ISO, {@code 2026-11-30}), or null. */
    static LocalDate day(String value) {
        if (ListAddress.blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void verify() {
        AuditVerification verification = service.verify();
        if (verification.isIntact()) {
            Messages.globalInfo("page.audit.events.intact", verification.checked());
        } else {
            Messages.globalError("page.audit.events.broken", verification.brokenAt(),
                    labels.of(verification.problem()));
        }
    }

    /** Writes the events the filter selects as CSV (UTF-8, RFC 4180), newest first as on the page. */
    private void export(FacesContext context) throws IOException {
        ExternalContext external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
        try (Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
            out.write("number,occurred_at_utc,actor,action,object_type,object_id,before,after,previous_hash,hash\r\n");
            int written = 0;
            while (written < MAX_EXPORT) {
                List<AuditEvent> batch = service.find(filter, written, EXPORT_BATCH);
                for (AuditEvent event : batch) {
                    out.write(Csv.row(Long.toString(event.getNumber()), event.getOccurredAt().toString(),
                            event.getActor(), event.getAction(), event.getObjectType(), event.getObjectId(),
                            event.getBefore(), event.getAfter(), event.getPreviousHash(), event.getHash()));
                }
                written += batch.size();
                if (batch.size() < EXPORT_BATCH) {
                    break;
                }
            }
        }
        context.responseComplete();
    }

    /** The same search at another page. */
    public String pageUrl(int number) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", fromDay);
        parameters.put("to", toDay);
        parameters.put("actor", filter.actor());
        parameters.put("action", filter.action());
        parameters.put("type", filter.objectType());
        parameters.put("object", filter.objectId());
        parameters.put("page", number > 1 ? number : null);
        return ListAddress.of("/audit/events.xhtml", parameters);
    }

    // What the page shows.

    /** The page's events, newest first. */
    public List<Row> getEvents() {
        return events;
    }

    /** Where the page stands: "Events 26-50 of 200,000", previous and next. */
    public Pager getPager() {
        return pager;
    }

    /** The filter as understood, for the search form. */
    public AuditFilter getFilter() {
        return filter;
    }

    /** The first day as understood, for the date field ({@code yyyy-MM-dd}), or null. */
    public LocalDate getFromDay() {
        return fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    // The address's parameters (f:viewParam).

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
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

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
