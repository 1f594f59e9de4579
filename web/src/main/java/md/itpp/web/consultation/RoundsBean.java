package md.itpp.web.consultation;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import md.itpp.persistence.consultation.ConsultationService;
import md.itpp.persistence.consultation.RoundSummary;
import md.itpp.web.Shared;
import md.itpp.web.security.CurrentUser;

/** Backs consultation/rounds.xhtml: the rounds the caller may see, newest first. */
@Named("consultationRounds")
@RequestScoped
public class RoundsBean {

    @Inject
    @Shared
    private ConsultationService service;

    @Inject
    private CurrentUser currentUser;

    private List<RoundSummary> rounds;

    public List<RoundSummary> getRounds() {
        if (rounds == null) {
            rounds = service.rounds();
        }
        return rounds;
    }

    public boolean isNegotiator() {
        return currentUser.isNegotiator();
    }
}
