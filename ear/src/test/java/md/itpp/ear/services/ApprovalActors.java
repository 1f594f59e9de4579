package md.itpp.ear.services;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import md.itpp.domain.account.Role;

/**
 * Run-as beans for the approval tests beyond {@link RunAsRole}'s one person per role: a second
 * reviewer and a second approver (distinct people), an author who also reviews and approves,
 * and an administrator who also holds the approver role. Their principals and roles are mapped
 * in {@code approval/glassfish-*.xml}.
 */
public final class ApprovalActors {

    private ApprovalActors() {
    }

    @Stateless
    @RunAs(Role.Names.APPROVER)
    @PermitAll
    public static class AsApproverTwo {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.REVIEWER)
    @PermitAll
    public static class AsReviewerTwo {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.NEGOTIATOR)
    @PermitAll
    public static class AsAuthorReviewer {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.APPROVER)
    @PermitAll
    public static class AsAdminApprover {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }
}
