package md.itpp.persistence.programme;

import java.io.OutputStream;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import md.itpp.domain.account.Role;
import md.itpp.domain.objective.Language;
import md.itpp.persistence.document.DocumentCache;

/**
 * The programme document ({@link ProgrammeModel}: the nationally approved objectives, and on
 * through the negotiation with NATO, by area) for its readers: readers of the whole programme
 * only, since a consultee sees its institution's objectives, not the programme.
 */
@Stateless
@RolesAllowed({Role.Names.NEGOTIATOR, Role.Names.REVIEWER, Role.Names.APPROVER, Role.Names.AUDITOR})
public class ProgrammeDocumentService {

    /** The formats, as the download's address and the document's key name them. */
    static final String DOCX = "docx";
    static final String PDF = "pdf";

    @Inject
    private ProgrammeModel model;
    @Resource
    private ManagedExecutorService executor;
    @Inject
    private DocumentCache cache;
    @Inject
    private ProgrammeDocumentsAhead ahead;

    /**
     * Writes the DOCX to {@code out} (a download's response, say), which stays open: nothing is
     * written before access is checked and the document's content is read.
     */
    public void docx(Language language, OutputStream out) {
        send(DOCX, language, out);
    }

    /**
     * Writes the PDF to {@code out}, which stays open; nothing is written until its layout is
     * done, which the server's managed executor shares (a part laid out while the next is filled).
     */
    public void pdf(Language language, OutputStream out) {
        send(PDF, language, out);
    }

    /**
     * The documents are written once per content ({@link DocumentCache}): the model is read on
     * every download (access is checked, the content is current), and laid out only when no
     * document of that content is kept on this node, which {@link ProgrammeDocumentsAhead} sees
     * to after a change for the documents this node has been asked for.
     */
    private void send(String format, Language language, OutputStream out) {
        ProgrammeDocument document = model.read(language);
        ahead.asked(format, language);
        cache.send(key(format, document), out, writer(format, document, executor));
    }

    /** The model of the document in {@code language}. */
    public ProgrammeDocument document(Language language) {
        return model.read(language);
    }

    static String key(String format, ProgrammeDocument document) {
        return DocumentCache.key("programme", format, document.language().code(), document.contentDigest());
    }

    static Consumer<OutputStream> writer(String format, ProgrammeDocument document, Executor executor) {
        return PDF.equals(format) ? file -> PdfWriter.write(document, file, executor)
                : file -> DocxWriter.write(document, file);
    }
}
