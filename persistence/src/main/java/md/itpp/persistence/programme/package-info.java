/**
 * The programme document: the consolidated ITPP draft of the nationally approved objectives,
 * by cooperation area, with goals, milestones, indicators and each objective's approval
 * record, written as DOCX ({@link DocxWriter}) and PDF ({@link PdfWriter}) in English or
 * Romanian. The writers work on a plain model ({@link ProgrammeDocument}) and need no database;
 * {@link ProgrammeModel} reads it, {@link ProgrammeDocumentService} serves the downloads, and
 * {@link ProgrammeDocumentsAhead} writes again, on its timer, the documents a node was asked for
 * once their content changed.
 */
package md.itpp.persistence.programme;
