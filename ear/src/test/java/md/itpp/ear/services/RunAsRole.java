package md.itpp.ear.services;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import md.itpp.domain.account.Role;

/**
 * Calls a service under one role, as the container would for a signed-in user of that role.
 * The run-as principal has no account, so it belongs to no institution.
 */
public final class RunAsRole {

    private RunAsRole() {
    }

    /** Calls without any run-as role: as the caller the test already is (unauthenticated). */
    public static Object callUnchecked(Callable<?> work) {
        return call(work);
    }

    static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Stateless
    @RunAs(Role.Names.NEGOTIATOR)
    @PermitAll
    public static class AsNegotiator {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.CONSULTEE)
    @PermitAll
    public static class AsConsultee {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.REVIEWER)
    @PermitAll
    public static class AsReviewer {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.APPROVER)
    @PermitAll
    public static class AsApprover {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.ADMIN)
    @PermitAll
    public static class AsAdmin {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }

    @Stateless
    @RunAs(Role.Names.AUDITOR)
    @PermitAll
    public static class AsAuditor {
        public <T> T call(Callable<T> work) {
            return RunAsRole.call(work);
        }
    }
}
