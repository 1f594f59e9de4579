package md.itpp.web.consultation;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.domain.BusinessException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.consultation.RoundState;
import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundView;
import md.itpp.persistence.reference.ReferenceService;
import md.itpp.web.Pages;
import md.itpp.web.Shared;
import md.itpp.web.i18n.Dates;
import md.itpp.web.i18n.Messages;
import md.itpp.web.objectives.ReferenceOption;

/**
 * Backs consultation/configure.xhtml[?id=N]: a new round, or a planned one's title, deadline
 * (Chișinău time), objectives (added by code) and invited institutions. Saved as a whole, with
 * the version it loaded, so two negotiators do not overwrite each other.
 */
@Named("roundConfigure")
@ViewScoped
public class RoundConfigureBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Shared
    private ConsultationService service;

    @Inject
    @Shared
    private ReferenceService references;

    private Long id;
    private long version;
    private boolean loaded;
    private String title;
    /** Chișinău time, as the page says; the service takes the instant. */
    private LocalDateTime deadline;
    private String code;
    private final List<RoundView.ObjectiveItem> objectives = new ArrayList<>();
    private List<Long> institutionIds = new ArrayList<>();
    private List<ReferenceOption> institutions = List.of();

    /** View action. */
    public void load() {
        if (loaded) {
            return;
        }
        institutions = references.institutions().stream().map(ReferenceOption::of).toList();
        if (id != null) {
            try {
                RoundView round = service.round(id);
                if (round.state() != RoundState.PLANNED) {
                    Pages.notFound();
                    return;
                }
                version = round.version();
                title = round.title();
                deadline = round.deadline().atZone(Dates.ZONE).toLocalDateTime();
                objectives.addAll(round.objectives());
                institutionIds = new ArrayList<>(round.invitations().stream()
                        .map(RoundView.InvitationItem::institutionId).toList());
            } catch (BusinessException e) {
                Pages.notFound();
                return;
            }
        }
        loaded = true;
    }

    /** Adds the objective with the typed code, if it may go to consultation. */
    public void addObjective() {
        try {
            RoundView.ObjectiveItem item = service.eligibleObjective(code);
            if (objectives.stream().noneMatch(o -> o.objectiveId() == item.objectiveId())) {
                objectives.add(item);
            }
            code = null;
        } catch (BusinessException e) {
            Messages.fieldError("configure:code", e);
        }
    }

    public void removeObjective(long objectiveId) {
        objectives.removeIf(o -> o.objectiveId() == objectiveId);
    }

    public String save() {
        try {
            if (deadline == null) {
                throw ValidationException.required("deadline");
            }
            java.time.Instant until = deadline.atZone(Dates.ZONE).toInstant();
            List<String> codes = objectives.stream().map(RoundView.ObjectiveItem::code).toList();
            if (id == null) {
                long created = service.create(title, until, codes, institutionIds);
                return RoundBean.toRound(created, "page.consultation.configure.saved");
            }
            service.configure(id, version, title, until, codes, institutionIds);
            return RoundBean.toRound(id, "page.consultation.configure.saved");
        } catch (BusinessException e) {
            Messages.globalError(e);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<RoundView.ObjectiveItem> getObjectives() {
        return objectives;
    }

    /** An array, not a list: Faces converts the checked values by the array's element type. */
    public Long[] getInstitutionIds() {
        return institutionIds.toArray(new Long[0]);
    }

    public void setInstitutionIds(Long[] institutionIds) {
        this.institutionIds = institutionIds == null ? new ArrayList<>() : new ArrayList<>(List.of(institutionIds));
    }

    public List<ReferenceOption> getInstitutions() {
        return institutions;
    }

    public boolean isNew() {
        return id == null;
    }
}
