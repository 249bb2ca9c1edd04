package org.tally.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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

    /**
     * The fact records of one input: its document (or {@code null}), entities and events, and its problem if any.
     * {@code tally extract} writes them as JSON lines, {@code tally ingest} stores them.
     */
    record Output(String doc, Document document, List<Entity> entities, List<Event> events, Problem problem) {
        Output {
            entities = List.copyOf(entities);
            events = List.copyOf(events);
        }

        static Output of(Problem problem) {
            return new Output(problem.doc(), null, List.of(), List.of(), problem);
        }

        /** The records as JSON lines: document, entities, events, problem. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (document != null) {
                lines.add(FactJson.line(document));
            }
            entities.forEach(e -> lines.add(FactJson.line(e)));
            events.forEach(e -> lines.add(FactJson.line(e)));
            if (problem != null) {
                lines.add(FactJson.line(problem));
            }
            return lines;
        }
    }

    private final SourceReader reader;
    private final Cleaner cleaner;
    private final Analyzer analyzer;
    private final EntityLinker linker;
    private final ClaimExtractor claims;
    private final Until until;
    private final Predicate<Document> stored;

    /**
     * @param stored whether the destination holds a document already (a read-only lookup; {@code tally ingest}
     *               asks its ledger): such a document is cleaned but not analysed, and goes on without entities
     *               and events, for the destination to count as a duplicate
     */
    Pipeline(SourceReader reader, Cleaner cleaner, Analyzer analyzer, EntityLinker linker, ClaimExtractor claims,
             Until until, Predicate<Document> stored) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.analyzer = analyzer;
        this.linker = linker;
        this.claims = claims;
        this.until = until;
        this.stored = stored;
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
        if (until == Until.CLEAN || stored.test(document)) {
            return new Output(document.doc(), document, List.of(), List.of(), null);
        }
        Analysis analysis;
        List<Entity> entities;
        try {
            analysis = analyzer.analyse(document.body(), document.language());
            entities = linker.link(document, analysis);
        } catch (RuntimeException e) {
            return failed(document, List.of(), Stage.ANALYSE, "analysis_failed", e, "without entities and events");
        }
        if (until == Until.ANALYSE) {
            return new Output(document.doc(), document, entities, List.of(), null);
        }
        List<Event> events;
        try {
            events = claims.extract(document, analysis, entities);
        } catch (RuntimeException e) {
            return failed(document, entities, Stage.EXTRACT, "extraction_failed", e, "without events");
        }
        return new Output(document.doc(), document, entities, events, null);
    }

    private static Output failed(Document document, List<Entity> entities, Stage stage, String code,
                                 RuntimeException e, String kept) {
        StackTraceElement[] at = e.getStackTrace();
        Problem problem = new Problem(document.doc(), stage, code, document.doc() + ": " + stage.label() + " failed ("
                + e + (at.length > 0 ? " at " + at[0] : "") + "); the document is kept " + kept);
        return new Output(document.doc(), document, entities, List.of(), problem);
    }
}
