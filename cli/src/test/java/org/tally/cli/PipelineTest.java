package org.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.Lexicon;
import org.tally.extract.NormalizedTimes;
import org.tally.extract.ParsedQuantities;
import org.tally.extract.quantity.QuantityParser;
import org.tally.extract.time.TimeNormalizer;
import org.tally.ingest.acquire.Source;
import org.tally.ingest.acquire.SourceFinder;
import org.tally.ingest.acquire.SourceReader;
import org.tally.ingest.clean.Cleaner;
import org.tally.kb.KnowledgeBase;
import org.tally.link.EntityLinker;
import org.tally.nlp.Analyzer;
import org.tally.nlp.RuleBasedAnalyzer;

/** The pipeline's stages for one input, with the light rule-based analyser (no models needed). */
class PipelineTest {

    @TempDir
    Path dir;

    @Test
    void aDocumentTheDestinationHoldsIsCleanedButNotAnalysed() throws IOException {
        Path file = dir.resolve("report.txt");
        Files.writeString(file, "Grenzverkehr\n\nNordkorea hat nach Angaben aus Seoul erneut Güterzüge nach "
                + "Russland geschickt. Beobachter in Südkorea zählten dutzende Waggons an der Grenze.\n");
        Source source = new SourceFinder().find(List.of(file)).sources().get(0);

        Pipeline.Output fresh = pipeline(document -> false).process(source);
        Pipeline.Output held = pipeline(document -> true).process(source);

        assertThat(fresh.entities()).isNotEmpty();
        assertThat(held.document()).isEqualTo(fresh.document()); // same content hash: the ledger sees a duplicate
        assertThat(held.entities()).isEmpty();
        assertThat(held.events()).isEmpty();
        assertThat(held.problem()).isNull();
    }

    private static Pipeline pipeline(java.util.function.Predicate<org.tally.model.Document> stored) {
        Analyzer analyzer = new RuleBasedAnalyzer();
        KnowledgeBase kb = KnowledgeBase.bundled();
        return new Pipeline(new SourceReader(), new Cleaner(), analyzer, new EntityLinker(kb),
                new ClaimExtractor(analyzer, kb, Lexicon.bundled(), new NormalizedTimes(TimeNormalizer.shared()),
                        new ParsedQuantities(QuantityParser.standard())), Pipeline.Until.ANALYSE, stored);
    }
}
