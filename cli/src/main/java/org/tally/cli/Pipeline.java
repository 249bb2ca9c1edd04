package org.tally.cli;

import java.util.ArrayList;
import java.util.List;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.link.EntityLinker;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.extract.ClaimExtractor;
import org.tally.model.Problem;
import org.tally.model.Stage;
import org.tally.model.StageResult;
import org.tally.model.json.FactJson;
import org.tally.nlp.Analysis;
import org.tally.nlp.Analyzer;

/**
 * The stages for one input, composed: acquire, clean, analyse (sentences, names, entities linked to the
 * knowledge base). A pure function of the input file; the heavy parts (models, indexes) are built once and shared
 * by all threads. A stage that fails after clean keeps the document and adds a problem record.
 */
final class Pipeline {

    /** How far to run. */
    enum Until { CLEAN, ANALYSE, EXTRACT }

    /** The fact records of one input, as JSON lines, and its problem if any. */
    record Output(String doc, List<String> lines, Problem problem) {
        Output {
            lines = List.copyOf(lines);
        }

        static Output of(Problem problem) {
            return new Output(problem.doc(), List.of(FactJson.line(problem)), problem);
        }
    }

    private final SourceReader reader;
    private final Cleaner cleaner;
    private final Analyzer analyzer;
    private final EntityLinker linker;
    private final ClaimExtractor claims;
    private final Until until;

    Pipeline(SourceReader reader, Cleaner cleaner, Analyzer analyzer, EntityLinker linker, ClaimExtractor claims,
             Until until) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.analyzer = analyzer;
        this.linker = linker;
        this.claims = claims;
        this.until = until;
    }

    StageResult<Document> document(Source source) {
        return reader.read(source).then(cleaner::clean);
    }

    Output process(Source source) {
        return switch (document(source)) {
            case StageResult.Ok<Document> ok -> analyse(ok.value());
            case StageResult.Skipped<Document> skipped -> Output.of(skipped.reason());
            case StageResult.Failed<Document> failed -> Output.of(failed.reason());
        };
    }

    private Output analyse(Document document) {
        List<String> lines = new ArrayList<>();
        lines.add(FactJson.line(document));
        if (until == Until.CLEAN) {
            return new Output(document.doc(), lines, null);
        }
        Analysis analysis;
        List<Entity> entities;
        try {
            analysis = analyzer.analyse(document.body(), document.language());
            entities = linker.link(document, analysis);
            for (Entity entity : entities) {
                lines.add(FactJson.line(entity));
            }
        } catch (RuntimeException e) {
            return failed(document, lines, Stage.ANALYSE, "analysis_failed", e, "without entities and events");
        }
        if (until == Until.ANALYSE) {
            return new Output(document.doc(), lines, null);
        }
        try {
            for (Event event : claims.extract(document, analysis, entities)) {
                lines.add(FactJson.line(event));
            }
        } catch (RuntimeException e) {
            return failed(document, lines, Stage.EXTRACT, "extraction_failed", e, "without events");
        }
        return new Output(document.doc(), lines, null);
    }

    private static Output failed(Document document, List<String> lines, Stage stage, String code, RuntimeException e,
                                 String kept) {
        StackTraceElement[] at = e.getStackTrace();
        Problem problem = new Problem(document.doc(), stage, code, document.doc() + ": " + stage.label() + " failed ("
                + e + (at.length > 0 ? " at " + at[0] : "") + "); the document is kept " + kept);
        lines.add(FactJson.line(problem));
        return new Output(document.doc(), lines, problem);
    }
}
