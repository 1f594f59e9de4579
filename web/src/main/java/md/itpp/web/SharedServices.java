package md.itpp.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import md.itpp.persistence.account.AccountService;
import md.itpp.persistence.account.ApiTokenService;
import md.itpp.persistence.account.PasswordService;
import md.itpp.persistence.approval.ApprovalService;
import md.itpp.persistence.approval.DashboardService;
import md.itpp.persistence.approval.NegotiationService;
import md.itpp.persistence.approval.TaskService;
import md.itpp.persistence.audit.AuditService;
import md.itpp.persistence.audit.AuditTrail;
import md.itpp.persistence.consultation.ConsultationProgressService;
import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.menu.MenuService;
import md.itpp.persistence.monitoring.MonitoringService;
import md.itpp.persistence.notification.NotificationService;
import md.itpp.persistence.objective.DraftingService;
import md.itpp.persistence.objective.ObjectiveService;
import md.itpp.persistence.objective.PersonalDraftService;
import md.itpp.persistence.reference.ReferenceAdminService;
import md.itpp.persistence.reference.ReferenceService;

/**
 * The services' references for the beans made on every request or view ({@link Shared}), each
 * made once for the application.
 * <p>
 * A stateless session bean is {@code @Dependent}: a plain {@code @Inject} of one makes a new
 * reference each time the injecting bean is made, which the server does with a JNDI lookup and a
 * scan of the bean's injection annotations. The beans of a page (the menu, the current user, the
 * page's own beans) are made on every request, so an objective's page paid for six such
 * references on every request (8 % of its CPU in a paired run). A stateless session bean's
 * reference may be called by any number of threads at once: each call gets an instance of the
 * pool, and the caller's roles and the transaction are checked as on any other reference. So one
 * reference per service serves the whole application, and what it may do is unchanged.
 * <p>
 * Beans made once (servlets, filters, application-scoped beans) inject the services directly.
 */
@ApplicationScoped
public class SharedServices {

    @Inject
    private AccountService accountService;

    @Inject
    private ApiTokenService apiTokenService;

    @Inject
    private ApprovalService approvalService;

    @Inject
    private AuditService auditService;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private ConsultationProgressService consultationProgressService;

    @Inject
    private ConsultationService consultationService;

    @Inject
    private DashboardService dashboardService;

    @Inject
    private DraftingService draftingService;

    @Inject
    private MenuService menuService;

    @Inject
    private MonitoringService monitoringService;

    @Inject
    private NegotiationService negotiationService;

    @Inject
    private NotificationService notificationService;

    @Inject
    private ObjectiveService objectiveService;

    @Inject
    private PasswordService passwordService;

    @Inject
    private PersonalDraftService personalDraftService;

    @Inject
    private ReferenceAdminService referenceAdminService;

    @Inject
    private ReferenceService referenceService;

    @Inject
    private TaskService taskService;

    @Produces
    @Shared
    AccountService accountService() {
        return accountService;
    }

    @Produces
    @Shared
    ApiTokenService apiTokenService() {
        return apiTokenService;
    }

    @Produces
    @Shared
    ApprovalService approvalService() {
        return approvalService;
    }

    @Produces
    @Shared
    AuditService auditService() {
        return auditService;
    }

    @Produces
    @Shared
    AuditTrail auditTrail() {
        return auditTrail;
    }

    @Produces
    @Shared
    ConsultationProgressService consultationProgressService() {
        return consultationProgressService;
    }

    @Produces
    @Shared
    ConsultationService consultationService() {
        return consultationService;
    }

    @Produces
    @Shared
    DashboardService dashboardService() {
        return dashboardService;
    }

    @Produces
    @Shared
    DraftingService draftingService() {
        return draftingService;
    }

    @Produces
    @Shared
    MenuService menuService() {
        return menuService;
    }

    @Produces
    @Shared
    MonitoringService monitoringService() {
        return monitoringService;
    }

    @Produces
    @Shared
    NegotiationService negotiationService() {
        return negotiationService;
    }

    @Produces
    @Shared
    NotificationService notificationService() {
        return notificationService;
    }

    @Produces
    @Shared
    ObjectiveService objectiveService() {
        return objectiveService;
    }

    @Produces
    @Shared
    PasswordService passwordService() {
        return passwordService;
    }

    @Produces
    @Shared
    PersonalDraftService personalDraftService() {
        return personalDraftService;
    }

    @Produces
    @Shared
    ReferenceAdminService referenceAdminService() {
        return referenceAdminService;
    }

    @Produces
    @Shared
    ReferenceService referenceService() {
        return referenceService;
    }

    @Produces
    @Shared
    TaskService taskService() {
        return taskService;
    }
}
