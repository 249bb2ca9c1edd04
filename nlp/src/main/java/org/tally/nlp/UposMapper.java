package org.tally.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Turns a tagger's own tags into universal parts of speech (UPOS). */
final class UposMapper {

    /** The 17 universal parts of speech of Universal Dependencies v2. */
    static final Set<String> UPOS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
            "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

    private final Map<String, String> byTag;
    private final Map<String, String> verbByLemma;

    private UposMapper(Map<String, String> byTag, Map<String, String> verbByLemma) {
        this.byTag = Map.copyOf(byTag);
        this.verbByLemma = Map.copyOf(verbByLemma);
    }

    /** For a tagger that already writes UPOS (such as CoreNLP's German UD tagger). */
    static UposMapper identity() {
        return new UposMapper(Map.of(), Map.of());
    }

    /** Reads {@code LANG/NAME}: lines "TAG&lt;TAB&gt;UPOS", and "@lemma&lt;TAB&gt;UPOS" for verb tags (VB*). */
    static UposMapper table(String language, String name) {
        Map<String, String> byTag = new HashMap<>();
        Map<String, String> verbByLemma = new HashMap<>();
        for (String line : LanguageResources.lines(language, name)) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || !UPOS.contains(cols[1])) {
                throw new IllegalStateException(language + "/" + name + ": bad line '" + line + "'");
            }
            if (cols[0].startsWith("@")) {
                verbByLemma.put(cols[0].substring(1), cols[1]);
            } else {
                byTag.put(cols[0], cols[1]);
            }
        }
        return new UposMapper(byTag, verbByLemma);
    }

    /** The UPOS of a token with this tag and lemma; {@code X} for a tag the table does not know. */
    String upos(String tag, String lemma) {
        if (tag == null) {
            return null;
        }
        if (byTag.isEmpty()) {
            return UPOS.contains(tag) ? tag : "X";
        }
        if (lemma != null && tag.startsWith("VB")) {
            String v = verbByLemma.get(lemma);
            if (v != null) {
                return v;
            }
        }
        return byTag.getOrDefault(tag, "X");
    }
}
