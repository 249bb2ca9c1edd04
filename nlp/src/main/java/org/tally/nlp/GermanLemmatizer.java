package org.tally.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.Locale;
import java.util.Properties;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;

/**
 * German lemmas by Apache OpenNLP's statistical lemmatizer, trained on UD German GSD (words and UPOS in, lemmas
 * out). The model is shared; {@link LemmatizerME} is not thread-safe, so each call makes its own (cheap: it holds
 * no more than a beam of three).
 */
final class GermanLemmatizer {

    private final LemmatizerModel model;
    private final String name;

    private GermanLemmatizer(LemmatizerModel model, String name) {
        this.model = model;
        this.name = name;
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
