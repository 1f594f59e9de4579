package md.itpp.ear.services;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import md.itpp.persistence.consultation.ConsultationDeadlines;
import md.itpp.persistence.consultation.ConsultationJobs;
import md.itpp.persistence.consultation.SchedulerSettings;

/**
 * Test only, added to the EJB module: runs the scheduler's deadline work as its timer does,
 * from inside the module that holds the persistence unit. Called straight from the web module,
 * the jobs' entity manager would look for the unit in the web module, which cannot see it (a
 * unit packaged in an EJB jar is visible to that jar only), and fail.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineProbe {

    @Inject
    private ConsultationJobs jobs;

    @Inject
    private ConsultationDeadlines deadlines;

    public void run(Instant now, SchedulerSettings settings) {
        deadlines.run(now, settings);
    }

    public boolean closeIfOverdue(long roundId, Instant now) {
        return jobs.closeIfOverdue(roundId, now);
    }

    public int remind(long invitationId, Instant now, String baseUrl) {
        return jobs.remind(invitationId, now, baseUrl);
    }
}
