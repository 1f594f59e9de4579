package md.itpp.persistence.scale;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import md.itpp.domain.consultation.RoundState;
import md.itpp.domain.objective.Language;
import md.itpp.persistence.consultation.SynthesisExporter;
import md.itpp.persistence.consultation.SynthesisFormat;
import md.itpp.persistence.consultation.SynthesisRow;
import md.itpp.persistence.document.PdfBook;
import md.itpp.persistence.monitoring.FiguresXlsx;
import md.itpp.persistence.monitoring.NationalReport;
import md.itpp.persistence.monitoring.NationalReportDocx;
import md.itpp.persistence.monitoring.NationalReportPdf;
import md.itpp.persistence.programme.DocxWriter;
import md.itpp.persistence.programme.PdfWriter;
import md.itpp.persistence.programme.ProgrammeDocument;

/**
 * Times one document at scale, for {@code bench/documents-benchmark.sh}, which runs it once per
 * document in a fresh JVM (so each figure has the heap to itself, as the server at
 * {@code -Xmx512m} would): {@code DocumentsBenchmark <document> <count> <ro|en> <file> [caller]}, where
 * document is {@code national-pdf}, {@code national-docx}, {@code national-xlsx},
 * {@code programme-pdf}, {@code programme-docx} or {@code synthesis-pdf} (a round's
 * comment-resolution table) and count the progress reports, objectives or comments.
 * A PDF's parts are laid out by two threads, as the server's managed executor lays them out;
 * with {@code caller}, in the writer's own thread.
 * Prints one line: document, count, seconds, bytes, the heap's peak use (MB, summed over the
 * heap's pools, reset after the model is built) and the process's peak resident size (VmHWM).
 */
public final class DocumentsBenchmark {

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String document = args[0];
        int count = Integer.parseInt(args[1]);
        Language language = "ro".equals(args[2]) ? Language.RO : Language.EN;
        Path file = Path.of(args[3]);
        // The PDFs' parts laid out by two threads, as the server's managed executor does, or ("caller") in the writer's own.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Executor executor = args.length > 4 && "caller".equals(args[4]) ? PdfBook.IN_CALLER : threads;
        // A document of 10 first, unmeasured: a server has its classes loaded and compiled.
        boolean synthesis = document.startsWith("synthesis");
        if (synthesis) {
            synthesis(ScaleModels.synthesis(10), language, OutputStream.nullOutputStream(), executor);
        } else {
            write(document, ScaleModels.nationalReport(10, language), ScaleModels.programme(10, language),
                    OutputStream.nullOutputStream(), executor);
        }
        NationalReport report = document.startsWith("national") ? ScaleModels.nationalReport(count, language) : null;
        ProgrammeDocument programme = document.startsWith("programme") ? ScaleModels.programme(count, language) : null;
        List<SynthesisRow> comments = synthesis ? ScaleModels.synthesis(count) : null;
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (synthesis) {
                synthesis(comments, language, out, executor);
            } else {
                write(document, report, programme, out, executor);
            }
        } finally {
            threads.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s %d %s: %.1f s, %,d bytes, heap peak %d MB, RSS peak %s%n", document, count,
                args[2], seconds, Files.size(file), peak >> 20, rssPeak());
    }

    private static void write(String document, NationalReport report, ProgrammeDocument programme, OutputStream out,
                              Executor executor) throws IOException {
        switch (document) {
            case "national-pdf" -> NationalReportPdf.write(report, out, executor);
            case "national-docx" -> NationalReportDocx.write(report, out);
            case "national-xlsx" -> FiguresXlsx.write(report, out);
            case "programme-pdf" -> PdfWriter.write(programme, out, executor);
            case "programme-docx" -> DocxWriter.write(programme, out);
            default -> throw new IllegalArgumentException("unknown document " + document);
        }
    }

    private static void synthesis(List<SynthesisRow> rows, Language language, OutputStream out, Executor executor) {
        SynthesisExporter.export(SynthesisFormat.PDF, "Runda 1", RoundState.SYNTHESIS_FINAL, rows,
                Locale.forLanguageTag(language.code()), executor, out);
    }

    private static String rssPeak() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "?";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("?");
    }
}
