package md.itpp.ear.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import md.itpp.ear.Deployments;

/**
 * The whole review-and-approval path in headless Chromium: an administrator configures a
 * two-step chain; a negotiator drafts and submits; the first reviewer signs off, the second
 * returns with a reason; after revision both sign off; the approver approves. Each person's
 * inbox shows the task and clears it once acted on; the page shows which revision each
 * decision covered and which are stale.
 */
@BrowserJourney
class ApprovalIT {

    /** Codes sort between SO-BI-1 and SO-CYB-1: other classes' first pages keep the demo's rows. */
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.releaseEarWithDemoData();
    }

    private BrowserSession chromium;

    private void signInAs(String username) {
        chromium.signIn(username);
    }

    private void configureTwoStepChain() {
        signInAs("admin");
        ChainAdminPage chain = ChainAdminPage.open(chromium.driver(), chromium.base());
        while (chain.steps() < 2) {
            chain.addStep();
        }
        while (chain.steps() > 2) {
            chain.removeLastStep();
        }
        chain.step(0, "Area review", "Avizarea pe domeniu", "reviewer")
                .step(1, "Legal review", "Avizarea juridică", "reviewer.legal")
                .reviewDays("10")
                .save();
        assertTrue(chain.messages().contains("The approval chain was saved."), chain.messages());
    }

    private String create(String code) {
        return EditorPage.openNew(chromium.driver(), chromium.base())
                .essentials(code, "Science and technology", "Information Technology and Cyber Security Service (STISC)",
                        "Title of " + code, "Titlul " + code, "Develop national research capacity.",
                        "Dezvoltarea capacității de cercetare.")
                .addMilestone("2026", "Framework adopted", "Cadru adoptat")
                .addIndicator("Trained experts", "Experți instruiți", "0", "40", "persons", "persoane",
                        "Annual report of STISC", "Raportul anual al STISC")
                .saveNew();
    }

    private void inboxShows(String user, String code, boolean shown) {
        signInAs(user);
        TaskInboxPage inbox = TaskInboxPage.open(chromium.driver(), chromium.base());
        assertEquals(shown, inbox.codes().contains(code), user + "'s inbox: " + inbox.codes());
        if (shown) {
            assertTrue(inbox.menuEntry().matches("My tasks \\(\\d+\\)"), inbox.menuEntry());
        }
    }

    private ApprovalPanel decide(String user, String id, String action, String reason) {
        signInAs(user);
        ApprovalPanel panel = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        assertTrue(panel.offers(action), user + " is offered " + action + ": " + panel.bodyText());
        if (reason != null) {
            panel.reason(reason);
        }
        panel.take(action);
        assertFalse(panel.messages().isBlank(), "a confirmation is shown");
        return panel;
    }

    @Test
    void negotiatorSubmitsTwoReviewersActTheApproverApproves() {
        configureTwoStepChain();
        String code = "SO-CBR-" + RUN;

        signInAs("negotiator");
        String id = create(code);
        ApprovalPanel submitted = decide("negotiator", id, "submit", "No consultation needed: agreed at the IPAP review.");
        assertEquals("Submitted for approval", submitted.status(), submitted.messages());

        inboxShows("reviewer", code, true);
        TaskInboxPage signOffs = TaskInboxPage.open(chromium.driver(), chromium.base()).showKind("SIGN_OFF");
        assertTrue(signOffs.codes().contains(code), "every sign-off of the reviewer: " + signOffs.codes());
        assertEquals(Set.of("To sign off"), Set.copyOf(signOffs.kinds()), "that kind alone");
        assertEquals("Tasks: To sign off", signOffs.caption());
        inboxShows("reviewer.legal", code, false);
        ApprovalPanel signed = decide("reviewer", id, "sign-off", null);
        assertEquals("Submitted for approval", signed.status(), "the legal step remains");
        inboxShows("reviewer", code, false);

        inboxShows("reviewer.legal", code, true);
        signInAs("reviewer.legal");
        ApprovalPanel returning = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        returning.take("return");
        assertTrue(returning.messages().contains("reason"), "a return needs a reason: " + returning.messages());
        assertEquals("Submitted for approval", returning.status());
        ApprovalPanel returned = decide("reviewer.legal", id, "return", "The indicator needs a baseline year.");
        assertEquals("Returned for revision", returned.status());
        inboxShows("reviewer.legal", code, false);

        signInAs("negotiator");
        TaskInboxPage negotiatorInbox = TaskInboxPage.open(chromium.driver(), chromium.base());
        assertTrue(negotiatorInbox.row(code).contains("Returned: to revise"), negotiatorInbox.row(code));
        // Both languages: a submission is refused while the translation is flagged out of date.
        EditorPage.openExisting(chromium.driver(), chromium.base(), id).type("textEn", "Develop national research capacity from the 2025 baseline.")
                .type("textRo", "Dezvoltarea capacității de cercetare de la nivelul de referință din 2025.")
                .save();
        decide("negotiator", id, "submit", null);

        decide("reviewer", id, "sign-off", null);
        ApprovalPanel reviewed = decide("reviewer.legal", id, "sign-off", null);
        assertEquals("Signed off", reviewed.status());
        inboxShows("reviewer", code, false);
        inboxShows("reviewer.legal", code, false);

        inboxShows("approver", code, true);
        ApprovalPanel approved = decide("approver", id, "approve", null);
        assertEquals("Approved", approved.status());
        inboxShows("approver", code, false);

        approved = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        List<String> decisions = approved.decisions();
        assertEquals(5, decisions.size(), decisions.toString());
        assertTrue(decisions.get(0).contains("Signed off") && decisions.get(0).contains("reviewer")
                && decisions.get(0).contains("Revision 1"), decisions.get(0));
        assertTrue(decisions.get(1).contains("Returned for revision") && decisions.get(1).contains("baseline year"),
                decisions.get(1));
        assertTrue(decisions.get(4).contains("Approved") && decisions.get(4).contains("approver")
                && decisions.get(4).contains("Revision 2"), decisions.get(4));
        assertEquals(2, approved.staleDecisions(), "the first round's decisions covered revision 1");
        assertEquals(2, approved.changedSinceLinks());
        ComparePage changes = approved.openChangedSince(0);
        assertTrue(changes.inserted().stream().anyMatch(t -> t.contains("baseline")), changes.inserted().toString());

        // The programme document holds the objective and its approval record.
        String docx = docxText(download("format=docx&lang=en"));
        int at = docx.indexOf(code + " Title of " + code, docx.indexOf("Contents") + 10);
        assertTrue(at > 0, "the objective is in the document body: " + docx);
        String record = docx.substring(at);
        assertTrue(record.contains("Approval record"), record);
        assertTrue(record.contains("reviewer.legal") && record.contains("Legal review"), record);
        assertTrue(record.contains("approver") && record.contains("Approved"), record);
        String pdf = pdfText(download("format=pdf&lang=ro"));
        assertTrue(pdf.contains(code) && pdf.contains("Titlul " + code), pdf);
        assertTrue(pdf.contains("Istoricul aprobării") && pdf.contains("reviewer.legal"), pdf);
        assertTrue(pdf.contains("persoane") && pdf.contains("Raportul anual al STISC"),
                "the indicator's unit and means of verification in Romanian: " + pdf);
        assertTrue(record.contains("persons") && record.contains("Annual report of STISC"), "and in English: " + record);

        DashboardPage dashboard = DashboardPage.open(chromium.driver(), chromium.base());
        assertTrue(dashboard.count("SCI", "Approved") >= 1, "approved objectives counted: " + dashboard.areaRow("SCI"));
        assertTrue(dashboard.hasChart());

        // After national approval: the negotiation with NATO, then adoption by Government decision.
        assertEquals("Sent to NATO", decide("negotiator", id, "send-to-nato", null).status());
        ApprovalPanel agreed = decide("negotiator", id, "agree", null);
        assertEquals("Agreed with NATO", agreed.status());
        assertTrue(chromium.driver().findElements(By.id("edit")).isEmpty(), "agreed text is locked");
        assertTrue(agreed.offers("reopen"), "reopening it is offered instead");
        ApprovalPanel adopted = agreed.field("decision-number", "HG nr. 77").decisionDate("11.03.2026").take("adopt");
        assertEquals("Adopted", adopted.status(), adopted.messages());
        assertTrue(docxText(download("format=docx&lang=en")).contains("Government decision HG nr. 77, 11.03.2026"));
    }

    /** Fetches the programme document with the signed-in browser's session. */
    private byte[] download(String query) {
        try {
            String cookies = chromium.driver().manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(chromium.base() + "objectives/programme-document?" + query))
                            .header("Cookie", cookies).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode(), query);
            return response.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String docxText(byte[] bytes) {
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx =
                     new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor =
                     new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx)) {
            return extractor.getText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] bytes) {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A decision names the text the page showed: the objective changed in another tab after the
     * page was opened, the submission is refused with a message, and the page then shows (and
     * its next submission names) the text as it is now.
     */
    @Test
    void aDecisionOnTextSomeoneChangedSinceThePageWasOpenedIsRefused() {
        signInAs("negotiator");
        String id = create("SO-CBV-" + RUN);
        ApprovalPanel panel = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        String shown = chromium.driver().getWindowHandle();

        chromium.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        EditorPage.openExisting(chromium.driver(), chromium.base(), id)
                .type("textEn", "Develop national research capacity, changed in another tab.")
                .type("textRo", "Dezvoltarea capacității de cercetare, schimbată în altă filă.")
                .save();
        chromium.driver().close();
        chromium.driver().switchTo().window(shown);

        panel.reason("Submitted on what this page showed.").take("submit");
        assertTrue(panel.messages().contains("changed by someone else after this page showed it"), panel.messages());
        assertEquals("Draft", panel.status(), "nothing was submitted");
        assertTrue(panel.bodyText().contains("changed in another tab"), "the page shows the text as it is now");

        panel.take("submit");
        assertEquals("Submitted for approval", panel.status(), panel.messages());
    }

    /** The English (authoritative) text changed alone: the page flags the translation, and confirms it. */
    @Test
    void aFlaggedTranslationIsConfirmedFromTheObjectivesPage() {
        signInAs("negotiator");
        String id = create("SO-CBT-" + RUN);
        EditorPage.openExisting(chromium.driver(), chromium.base(), id)
                .type("textEn", "Develop national research capacity, in English only.")
                .save();
        ApprovalPanel panel = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        assertTrue(panel.translationFlagged(), panel.bodyText());
        panel.confirmTranslation();
        assertTrue(panel.messages().contains("The translation was confirmed"), panel.messages());
        assertFalse(panel.translationFlagged(), "the warning is gone");
    }

    @Test
    void theAuthorIsNotOfferedASignOffAndOtherRolesSeeNoDecisions() {
        signInAs("negotiator");
        String id = create("SO-CBX-" + RUN);
        ApprovalPanel panel = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        assertTrue(panel.offers("submit"));
        assertFalse(panel.offers("sign-off"));
        assertFalse(panel.offers("approve"));

        signInAs("auditor");
        ApprovalPanel auditor = ApprovalPanel.open(chromium.driver(), chromium.base(), id);
        assertTrue(chromium.driver().findElements(By.id("approval-actions")).isEmpty(), "an auditor decides nothing");
        assertTrue(auditor.bodyText().contains("Review and approval"));

        signInAs("consultee");
        chromium.driver().get(chromium.base() + "objectives/dashboard.xhtml");
        assertEquals("Access denied", new ErrorPage(chromium.driver(), chromium.base()).heading(), "the whole programme is not a consultee's");
    }
}
