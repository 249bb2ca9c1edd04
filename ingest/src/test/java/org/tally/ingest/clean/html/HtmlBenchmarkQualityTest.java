package org.tally.ingest.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Body quality on the shared article-extraction benchmark (181 real pages), with the metric of its
 * {@code score.py}: bags of word 4-grams per page, tp/fp/fn normalised per page, precision and recall averaged
 * over pages, F1 of the averages. Skipped when the shared folder is not beside the repository.
 */
class HtmlBenchmarkQualityTest {

    /** F1 measured when this pin was set, less 0.005 for harmless changes. */
    private static final double MIN_F1 = 0.9722;

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    @Test
    void bodyF1OnTheBenchmarkStaysAtItsLevel() throws IOException {
        String shared = System.getProperty("tally.shared");
        Assumptions.assumeTrue(shared != null, "tally.shared is not set");
        Path bench = Path.of(shared, "bench", "article-extraction");
        Assumptions.assumeTrue(Files.isRegularFile(bench.resolve("ground-truth.json")),
                "benchmark not found under " + bench);

        Object truthJson = Json.parse(Files.readString(bench.resolve("ground-truth.json")));
        assertThat(truthJson).isInstanceOf(Map.class);
        Map<?, ?> truth = (Map<?, ?>) truthJson;
        HtmlExtractor extractor = new HtmlExtractor();
        double precisionSum = 0;
        double recallSum = 0;
        int precisionPages = 0;
        int recallPages = 0;
        for (Map.Entry<?, ?> e : truth.entrySet()) {
            String id = (String) e.getKey();
            Object body = ((Map<?, ?>) e.getValue()).get("articleBody");
            String expected = body instanceof String s ? s : "";
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(bench.resolve("html/" + id
                    + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String actual = extractor.extract(html, null).body();
            double[] c = counts(expected, actual);
            double tp = c[0];
            double fp = c[1];
            double fn = c[2];
            if (tp + fp > 0) {
                precisionSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fp);
                precisionPages++;
            }
            if (tp + fn > 0) {
                recallSum += fp == 0 && fn == 0 ? 1 : tp / (tp + fn);
                recallPages++;
            }
        }
        double p = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double r = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(java.util.Locale.ROOT, "article-extraction benchmark: %d pages, F1 %.4f, precision %.4f, recall %.4f%n",
                truth.size(), f1, p, r);
        assertThat(truth).hasSize(181);
        assertThat(f1).isGreaterThanOrEqualTo(MIN_F1);
    }

    /** Normalised tp, fp, fn of the two bags of word 4-grams. */
    static double[] counts(String truth, String prediction) {
        Map<List<String>, Integer> t = grams(truth);
        Map<List<String>, Integer> p = grams(prediction);
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            int inTruth = t.getOrDefault(e.getKey(), 0);
            tp += Math.min(inTruth, e.getValue());
            fp += Math.max(0, e.getValue() - inTruth);
        }
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            fn += Math.max(0, e.getValue() - p.getOrDefault(e.getKey(), 0));
        }
        double total = tp + fp + fn;
        return total == 0 ? new double[] {0, 0, 0} : new double[] {tp / total, fp / total, fn / total};
    }

    /** Word 4-grams with counts; a text of fewer than four words gives one shorter gram, as score.py does. */
    static Map<List<String>, Integer> grams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<List<String>, Integer> bag = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - 3); i++) {
            List<String> gram = List.copyOf(words.subList(i, Math.min(words.size(), i + 4)));
            if (!gram.isEmpty()) {
                bag.merge(gram, 1, Integer::sum);
            }
        }
        return bag;
    }
}
