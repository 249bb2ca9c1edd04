package org.tally.cli;

import java.util.List;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.model.Document;
import org.tally.model.Problem;
import org.tally.model.StageResult;
import org.tally.model.json.FactJson;

/**
 * The stages for one input, composed: acquire, clean (and, as they arrive, analyse and extract). A pure function
 * of the input file; the heavy parts (models) are built once and shared by all threads.
 */
final class Pipeline {

    /** The fact records of one input, as JSON lines, and whether it failed. */
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

    Pipeline(SourceReader reader, Cleaner cleaner) {
        this.reader = reader;
        this.cleaner = cleaner;
    }

    StageResult<Document> document(Source source) {
        return reader.read(source).then(cleaner::clean);
    }

    Output process(Source source) {
        return switch (document(source)) {
            case StageResult.Ok<Document> ok -> new Output(source.doc(), List.of(FactJson.line(ok.value())), null);
            case StageResult.Skipped<Document> skipped -> Output.of(skipped.reason());
            case StageResult.Failed<Document> failed -> Output.of(failed.reason());
        };
    }
}
