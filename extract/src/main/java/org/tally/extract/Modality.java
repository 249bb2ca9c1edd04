package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tally.nlp.Dependency;
import org.tally.nlp.Token;

/**
 * How sure the document is of a claim, from the words around its trigger: auxiliaries and adverbs of the trigger
 * and of the verbs it depends on ("plant ... zu reisen", "soll ... geliefert haben", "könnte", "may"), adjectives
 * of nominal triggers ("ein möglicher Besuch"), and negation. Denied beats alleged beats possible beats planned;
 * a named source makes an otherwise asserted claim reported (set by the caller).
 */
final class Modality {

    private Modality() {
    }

    /** Negation of the trigger itself, and not "nicht nur" / "not only". */
    private static boolean ownNegation(Token cue, ClaimExtractor.SentenceView s, int t) {
        int i = s.sentence().tokens().indexOf(cue);
        boolean notOnly = i + 1 < s.size() && Set.of("nur", "only", "just").contains(s.token(i + 1).text().toLowerCase(Locale.ROOT));
        List<Integer> heads = new ArrayList<>(List.of(t));
        s.arc(t).filter(a -> a.relation().equals("xcomp") && a.head() >= 0
                && ClaimExtractor.AUXILIARIES.contains(s.lemma(a.head()))).ifPresent(a -> heads.add(a.head()));
        boolean attached = heads.stream().anyMatch(h -> s.children(h).stream().anyMatch(d -> d.dependent() == i
                || s.children(d.dependent()).stream().anyMatch(g -> g.dependent() == i)));
        return attached && !notOnly;
    }

    static void apply(ClaimExtractor.Draft d, ClaimExtractor.SentenceView s, int t, Lexicon lexicon, String language,
                      Lexicon.Trigger trigger) {
        List<Token> cues = new ArrayList<>();
        int node = t;
        for (int depth = 0; depth < 3 && node >= 0; depth++) {
            for (Dependency c : s.children(node)) {
                String r = c.relation();
                if (r.startsWith("aux") && !r.equals("aux:pass") || r.equals("advmod") || r.equals("amod")
                        || r.equals("mark") || r.equals("cop") || r.equals("cc") || r.equals("cc:preconj")) { // "nor denied", "weder"
                    cues.add(s.token(c.dependent())); // a passive "wird" is no plan
                }
                if ((r.equals("obj") || r.equals("nsubj")) && (node == t || depth == 1
                        && ClaimExtractor.AUXILIARIES.contains(s.lemma(node)))) {
                    for (Dependency g : s.children(c.dependent())) {
                        if (g.relation().equals("det") || g.relation().equals("advmod")) {
                            cues.add(s.token(g.dependent())); // "keine Waffen"
                        }
                    }
                }
            }
            var arc = s.arc(node);
            if (arc.isEmpty() || !(arc.get().relation().equals("xcomp") || arc.get().relation().equals("conj")
                    || arc.get().relation().equals("ccomp") || arc.get().relation().startsWith("csubj"))) {
                break;
            }
            node = arc.get().head();
            if (node >= 0 && (arc.get().relation().equals("xcomp") || arc.get().relation().startsWith("csubj")
                    || arc.get().relation().equals("ccomp"))) {
                cues.add(s.token(node)); // the governing verb: "plant", "hopes", "es wird erwartet, dass"
            }
        }
        // adverbs of doubt anywhere before the trigger in the sentence ("Laut Berichten ist X angeblich ..."); a
        // German adverb is the adjective's bare form, which the tagger often reads as an adjective ("hat angeblich
        // Raketen geliefert"), while the attributive one is inflected ("angebliche Lieferungen")
        for (int i = Math.max(0, t - 10); i < t; i++) {
            Token token = s.token(i);
            String w = token.text().toLowerCase(Locale.ROOT);
            boolean adverb = "ADV".equals(token.pos()) || "ADJ".equals(token.pos()) && language.equals("de");
            if (adverb && (lexicon.is(language, "alleged", w) || lexicon.is(language, "possible", w))) {
                cues.add(token);
            }
        }
        boolean negated = false;
        boolean alleged = false;
        boolean possible = false;
        boolean planned = false;
        for (Token c : cues) {
            String w = c.text().toLowerCase(Locale.ROOT);
            String lemma = lexicon.lemma(language, c);
            negated |= lexicon.is(language, "negation", w) && ownNegation(c, s, t);
            alleged |= lexicon.is(language, "alleged", w) || lexicon.is(language, "alleged", lemma);
            possible |= lexicon.is(language, "possible", w)
                    || lexicon.is(language, "possible", lemma) && !w.equals("kann") && !w.equals("can")
                    || w.startsWith("möglich") || w.equals("possible");
            planned |= lexicon.is(language, "planned", w) || lexicon.is(language, "planned", lemma)
                    || w.startsWith("geplant") || w.startsWith("bevorstehend") || w.equals("upcoming")
                    || w.equals("planned");
        }
        if (language.equals("de")) {
            // "wird/werden" is the future only with an infinitive; as passive auxiliary it is no plan
            boolean passive = s.children(t).stream().anyMatch(c -> c.relation().equals("aux:pass"));
            if (passive) {
                planned &= cues.stream().anyMatch(c -> c.text().equalsIgnoreCase("werde") || c.text().equalsIgnoreCase("plant"));
            }
        }
        if (negated) {
            d.modality = "denied";
        } else if (alleged) {
            d.modality = "alleged";
        } else if (possible) {
            d.modality = "possible";
        } else if (planned) {
            d.modality = "planned";
        }
    }
}
