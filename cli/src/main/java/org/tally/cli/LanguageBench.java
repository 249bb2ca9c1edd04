package org.tally.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tally.ingest.clean.LanguageIdentifier;

/**
 * Compares Lingua's configurations on labelled samples (lines of {@code code<TAB>kind<TAB>text}): load time,
 * heap held by the models, accuracy per kind of sample, and identifications per second.
 */
final class LanguageBench {

    private record Sample(String language, String kind, String text) {
    }

    private LanguageBench() {
    }

    static int run(List<Path> files, LanguageIdentifier.Accuracy only) throws IOException {
        List<Sample> samples = new ArrayList<>();
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] cells = line.split("\t", 3);
                if (!line.startsWith("#") && cells.length == 3) {
                    samples.add(new Sample(cells[0], cells[1], cells[2]));
                }
            }
        }
        System.out.printf(Locale.ROOT, "samples %d, languages considered %d%n", samples.size(),
                LanguageIdentifier.LANGUAGES.size());
        for (LanguageIdentifier.Accuracy accuracy : LanguageIdentifier.Accuracy.values()) {
            if (only != null && only != accuracy) {
                continue;
            }
            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();
            LanguageIdentifier identifier = new LanguageIdentifier(accuracy);
            identifier.identify("warm up the models with a sentence of text");
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long heap = usedHeapAfterGc() - heapBefore;
            Map<String, int[]> byKind = new TreeMap<>();
            for (Sample s : samples) {
                int[] counts = byKind.computeIfAbsent(s.kind(), k -> new int[2]);
                counts[1]++;
                if (s.language().equals(identifier.identify(s.text()))) {
                    counts[0]++;
                }
            }
            int rounds = 20;
            start = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (Sample s : samples) {
                    identifier.identify(s.text());
                }
            }
            double perSecond = rounds * samples.size() / ((System.nanoTime() - start) / 1e9);
            StringBuilder accuracyText = new StringBuilder();
            byKind.forEach((kind, c) -> accuracyText.append(String.format(Locale.ROOT, " %s %d/%d", kind, c[0], c[1])));
            System.out.printf(Locale.ROOT, "lingua %-4s load %.2f s, heap %d MiB, correct:%s, %.0f texts/s (1 thread)%n",
                    accuracy, loadSeconds, heap >> 20, accuracyText, perSecond);
        }
        return 0;
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
