package org.tally.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * German lemmas by Apache OpenNLP's statistical lemmatizer, trained on UD German GSD (words and UPOS in, edit
 * scripts from word to lemma out).
 *
 * <p>OpenNLP's own {@link LemmatizerME} decodes with a beam of three and normalises the scores of all ~1,900
 * edit scripts with {@code exp} for every token and beam entry, then sorts them: it took half of the German
 * analysis time. The model's features only look at the word, its tag and the previous token's edit script, so
 * this class decodes greedily: for each token it adds up the feature weights and takes the best edit script,
 * without normalising (which does not change the best) or sorting. On the seed texts it agrees with
 * {@code LemmatizerME} on more than 99.9 % of tokens ({@code GermanLemmatizerTest}). The model is read-only;
 * each call keeps its own state, so one instance serves all threads.
 */
final class GermanLemmatizer {

    private final LemmatizerModel model;
    private final String name;
    private final LemmatizerContextGenerator contexts;
    private final Map<String, Context> weights;
    private final String[] outcomes;

    @SuppressWarnings("unchecked")
    private GermanLemmatizer(LemmatizerModel model, String name) {
        this.model = model;
        this.name = name;
        this.contexts = model.getFactory().getContextGenerator();
        AbstractModel maxent = model.getArtifact("lemmatizer.model");
        Object[] data = maxent.getDataStructures();
        this.weights = (Map<String, Context>) data[1];
        this.outcomes = (String[]) data[2];
    }

    /** Loads the model that the jar {@code opennlp-models-lemmatizer-de} puts on the class path. */
    static GermanLemmatizer load() {
        try {
            for (URL url : Collections.list(GermanLemmatizer.class.getClassLoader().getResources("model.properties"))) {
                Properties p = new Properties();
                try (InputStream in = url.openStream()) {
                    p.load(in);
                }
                String file = p.getProperty("model.name", "");
                if ("de".equals(p.getProperty("model.language")) && file.contains("lemmas")) {
                    try (InputStream in = GermanLemmatizer.class.getResourceAsStream("/" + file)) {
                        if (in == null) {
                            throw new IllegalStateException("model.properties names " + file + ", which is missing");
                        }
                        return new GermanLemmatizer(new LemmatizerModel(in), file.replaceFirst("\\.bin$", ""));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the German lemmatizer", e);
        }
        throw new IllegalStateException("no German lemmatizer model on the class path "
                + "(org.apache.opennlp:opennlp-models-lemmatizer-de)");
    }

    /** The model's file name without extension, such as {@code opennlp-de-ud-gsd-lemmas-1.3-2.5.4}. */
    String name() {
        return name;
    }

    /**
     * Lemmas of one sentence's words, given their UPOS. OpenNLP answers in lower case; nouns get their capital
     * back ("Waffen" gives Waffe), proper nouns, numbers, symbols and punctuation keep their form (the model
     * turns "Russland" into "rußland").
     */
    String[] lemmatize(String[] words, String[] upos) {
        String[] scripts = new String[words.length];
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < words.length; i++) {
            Arrays.fill(scores, 0);
            for (String feature : contexts.getContext(i, words, upos, scripts)) {
                Context c = weights.get(feature);
                if (c != null) {
                    int[] o = c.getOutcomes();
                    double[] w = c.getParameters();
                    for (int k = 0; k < o.length; k++) {
                        scores[o[k]] += w[k];
                    }
                }
            }
            int best = 0;
            for (int k = 1; k < scores.length; k++) {
                if (scores[k] > scores[best]) {
                    best = k;
                }
            }
            scripts[i] = outcomes[best];
        }
        String[] lemmas = LemmatizerME.decodeLemmas(words, scripts);
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = repair(words[i], upos[i], lemmas[i]);
        }
        return lemmas;
    }

    /** OpenNLP's own beam-search decoding, for comparison in tests. */
    String[] lemmatizeWithOpenNlp(String[] words, String[] upos) {
        String[] lemmas = new LemmatizerME(model).lemmatize(words, upos);
        for (int i = 0; i < words.length; i++) {
            lemmas[i] = repair(words[i], upos[i], lemmas[i]);
        }
        return lemmas;
    }

    private static String repair(String word, String upos, String lemma) {
        switch (upos) {
            case "PROPN", "NUM", "SYM", "PUNCT", "X" -> {
                return word;
            }
            default -> {
                if (lemma == null || lemma.isEmpty() || lemma.equals("_") || lemma.equals("O")) {
                    return word.toLowerCase(Locale.GERMAN);
                }
                if (upos.equals("NOUN") && Character.isUpperCase(word.codePointAt(0))) {
                    return lemma.substring(0, lemma.offsetByCodePoints(0, 1)).toUpperCase(Locale.GERMAN)
                            + lemma.substring(lemma.offsetByCodePoints(0, 1));
                }
                return lemma;
            }
        }
    }
}
