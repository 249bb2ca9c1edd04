package org.tally.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The claim stage's knowledge of language, read from resource files: triggers (lemma to event type and frame),
 * item stems, and cues for modality and attribution. Immutable and thread-safe; {@link #bundled()} is loaded once.
 */
public final class Lexicon {

    /** A trigger: the event type its lemma signals and the frame that places its roles. */
    public record Trigger(String lemma, String type, Frame frame, boolean noun, String companion) {
    }

    private final Map<String, Map<String, List<Trigger>>> triggers = new HashMap<>();
    private final Map<String, List<String[]>> items = new HashMap<>();
    private final Map<String, Map<String, Set<String>>> cues = new HashMap<>();
    /** German verb forms the lemmatizer leaves alone ("empfing"), to their infinitive. */
    private final Map<String, String> germanVerbForms = new HashMap<>();

    private Lexicon() {
        for (String[] row : read("triggers.tsv", 4)) {
            boolean noun = row[1].startsWith("N:");
            String lemma = noun ? row[1].substring(2) : row[1];
            String[] frame = row[3].split(":", 2);
            triggers.computeIfAbsent(row[0], k -> new HashMap<>()).computeIfAbsent(lemma, k -> new ArrayList<>())
                    .add(new Trigger(lemma, row[2], Frame.valueOf(frame[0]), noun, frame.length > 1 ? frame[1] : null));
        }
        for (String[] row : read("items.tsv", 3)) {
            items.computeIfAbsent(row[0], k -> new ArrayList<>()).add(new String[] {row[1], row[2]});
        }
        for (String[] row : read("de-verb-forms.tsv", 2)) {
            for (String form : row[1].split("\\|")) {
                germanVerbForms.putIfAbsent(form, row[0]);
            }
        }
        for (String[] row : read("cues.tsv", 3)) {
            cues.computeIfAbsent(row[0], k -> new HashMap<>()).computeIfAbsent(row[1], k -> new HashSet<>()).add(row[2]);
        }
    }

    private static final class Holder {
        static final Lexicon BUNDLED = new Lexicon();
    }

    public static Lexicon bundled() {
        return Holder.BUNDLED;
    }

    private static List<String[]> read(String name, int columns) {
        String resource = "/org/tally/extract/" + name;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns + " columns");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A token's lemma, lower case; German strong-verb forms the lemmatizer missed are looked up. */
    public String lemma(String language, org.tally.nlp.Token t) {
        String text = t.text().toLowerCase(Locale.ROOT);
        String lemma = t.lemma() == null ? text : t.lemma().toLowerCase(Locale.ROOT);
        if ("de".equals(language) && !knownLemma(language, lemma)) {
            // the lemmatizer left the form alone or got it wrong ("anstrebtn"): German morphology decides
            String strong = germanVerbForms.get(text);
            return strong != null ? strong : weakGermanVerb(text).orElse(lemma);
        }
        return lemma;
    }

    /**
     * The infinitive of a weak German verb form the lemmatizer left alone: participles and preterites
     * ("verschifft", "geliefert", "lieferte") less their endings and "ge-", plus "-en" or "-n", if it is a word
     * this lexicon knows.
     */
    private Optional<String> weakGermanVerb(String form) {
        for (String ending : List.of("eten", "ete", "ten", "te", "et", "t", "est", "e")) { // "-e": Konjunktiv I
            if (!form.endsWith(ending) || form.length() - ending.length() < 3) {
                continue;
            }
            String stem = form.substring(0, form.length() - ending.length());
            List<String> stems = new ArrayList<>(List.of(stem));
            int ge = stem.indexOf("ge");
            if (ge >= 0 && ge <= 6) {
                stems.add(stem.substring(0, ge) + stem.substring(ge + 2)); // "geliefert", "zurückgewiesen"
            }
            for (String s : stems) {
                for (String infinitive : List.of(s + "en", s + "n")) {
                    if (knownLemma("de", infinitive)) {
                        return Optional.of(infinitive);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private boolean knownLemma(String language, String lemma) {
        if (triggers.getOrDefault(language, Map.of()).containsKey(lemma)) {
            return true;
        }
        return cues.getOrDefault(language, Map.of()).values().stream().anyMatch(set -> set.contains(lemma));
    }

    public boolean knows(String language) {
        return triggers.containsKey(language);
    }

    /** The triggers of a lemma (lower case) in a language. */
    public List<Trigger> triggers(String language, String lemma) {
        return triggers.getOrDefault(language, Map.of()).getOrDefault(lemma, List.of());
    }

    /** The item category a noun names: the category of the longest stem it contains. */
    public Optional<String> item(String language, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int length = 0;
        for (String[] stem : items.getOrDefault(language, List.of())) {
            boolean phrase = stem[0].contains(" ");
            if (stem[0].length() > length && (phrase ? w.endsWith(stem[0]) : w.contains(stem[0]) && !w.contains(" ")
                    || !phrase && w.contains(" ") && w.substring(w.lastIndexOf(' ') + 1).contains(stem[0]))) {
                best = stem[1];
                length = stem[0].length();
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The item a noun names, read with the word before it first ("artillery ammunition"): the phrase's category
     * when it differs from the noun's own, else the noun's.
     *
     * @param before the lemma of the word before the noun, or {@code null} at the start of a sentence
     */
    public Optional<String> itemOfNoun(String language, String before, String lemma) {
        Optional<String> single = item(language, lemma);
        if (before != null) {
            Optional<String> phrase = item(language, before + " " + lemma);
            if (phrase.isPresent() && !phrase.equals(single)) {
                return phrase;
            }
        }
        return single;
    }

    /**
     * {@link #itemOfNoun(String, String, String)} for a noun token: by its lemma, else by the word as written ("arms",
     * which the English lemmatizer makes "arm").
     */
    public Optional<String> itemOfNoun(String language, String before, org.tally.nlp.Token noun) {
        Optional<String> byLemma = itemOfNoun(language, before, lemma(language, noun));
        return byLemma.isPresent() ? byLemma : itemOfNoun(language, before, noun.text().toLowerCase(Locale.ROOT));
    }

    /** Whether a word (lower-cased) ends with a cue of this kind: compounds by their head ("Medienbericht"). */
    public boolean endsWithAny(String language, String kind, String word) {
        if (word == null) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        for (String cue : cues.getOrDefault(language, Map.of()).getOrDefault(kind, Set.of())) {
            if (w.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a German word form is a preterite or participle of a strong or irregular verb ("flog", "traf"). */
    public boolean germanPastForm(String word) {
        return germanVerbForms.containsKey(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a noun names a carrier of goods ({@code carrier} cues): the word itself, or in German the head of a
     * compound ("Containerschiff", "Güterzug"); cues of three letters only as whole words ("Zug", not "Abzug").
     */
    public boolean isCarrier(String language, String lemma) {
        String w = lemma.toLowerCase(Locale.ROOT);
        for (String cue : cues.getOrDefault(language, Map.of()).getOrDefault("carrier", Set.of())) {
            if (w.equals(cue) || "de".equals(language) && cue.length() > 3 && w.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    public boolean is(String language, String kind, String word) {
        if (word == null) {
            return false;
        }
        return cues.getOrDefault(language, Map.of()).getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
    }
}
