package md.itpp.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import md.itpp.domain.AccessDeniedException;
import md.itpp.domain.ValidationException;
import md.itpp.domain.account.ApiTokenNotFoundException;
import md.itpp.domain.approval.ConcurrentDecisionException;
import md.itpp.domain.monitoring.ReportStateException;
import md.itpp.domain.objective.ConcurrentEditException;
import md.itpp.domain.objective.ObjectiveNotFoundException;
import md.itpp.domain.objective.RevisionNotFoundException;
import md.itpp.persistence.account.AccountException;
import md.itpp.persistence.reference.ReferenceException;
import md.itpp.web.api.ProblemMappers.Refusal;

class ProblemMappersTest {

    @Test
    void everyNotFoundRefusalAnswers404WhateverItsName() {
        assertEquals(Refusal.NOT_FOUND, Refusal.of(new AccessDeniedException()));
        assertEquals(Refusal.NOT_FOUND, Refusal.of(new ObjectiveNotFoundException(1L)));
        assertEquals(Refusal.NOT_FOUND, Refusal.of(new RevisionNotFoundException(1L, 2)));
        assertEquals(Refusal.NOT_FOUND, Refusal.of(new ApiTokenNotFoundException(1L)));
        assertEquals(Refusal.NOT_FOUND, Refusal.of(new ReferenceException.NotFound(1L)));
        assertEquals(Refusal.NOT_FOUND, Refusal.of(new AccountException.NotFound(1L)));
        assertEquals(404, Refusal.NOT_FOUND.status);
    }

    @Test
    void staleInvalidAndOtherRefusalsHaveTheirOwnStatus() {
        assertEquals(412, Refusal.of(new ConcurrentEditException(1L, "SO-1")).status);
        assertEquals(412, Refusal.of(new ConcurrentDecisionException("SO-1")).status);
        assertEquals(400, Refusal.of(ValidationException.required("report")).status);
        assertEquals(409, Refusal.of(new ReportStateException(md.itpp.domain.monitoring.ReportState.SUBMITTED)).status);
        assertEquals(409, Refusal.of(new ReferenceException.CodeTaken("CYB")).status);
    }
}
