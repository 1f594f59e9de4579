package md.itpp.web.objectives;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.consultation.ConsultationProgressService;
import md.itpp.persistence.consultation.RoundProgress;

/** The dashboard's "Consultation progress" section: each recent round and its figures. */
@Named("dashboardConsultation")
@RequestScoped
public class DashboardConsultationBean {

    @Inject
    private ConsultationProgressService service;

    private List<RoundProgress> rounds;

    public List<RoundProgress> getRounds() {
        if (rounds == null) {
            rounds = service.progress();
        }
        return rounds;
    }
}
