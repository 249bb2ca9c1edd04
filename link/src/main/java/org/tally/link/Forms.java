package org.tally.link;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inflected forms a name can take, per language, as small closed lists of endings: a text word and a
 * knowledge-base word are the same name when their sets of forms (the word itself, and the word less one ending)
 * meet. So "Russlands" meets "Russland", "Weißen" meets "Weißes", "России" meets "Россия", "북한은" meets "북한",
 * "l'Ukraine" meets "Ukraine", with no list of inflected names. Pure functions.
 */
final class Forms {

    private static final Map<String, List<String>> NOUN_ENDINGS = Map.of(
            "de", List.of("ern", "ens", "en", "er", "es", "em", "ns", "e", "s", "n"),
            "en", List.of("'s", "s'"),
            "ru", List.of("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ой", "ей", "ом", "ем",
                    "ам", "ям", "ах", "ях", "ов", "ев", "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их",
                    "ым", "им", "а", "я", "у", "ю", "е", "ы", "и", "о", "ь"),
            "uk", List.of("ами", "ями", "ого", "ому", "ими", "ою", "єю", "ій", "ої", "ом", "ем", "ам", "ям", "ах",
                    "ях", "ів", "ов", "ев", "ую", "ю", "а", "я", "у", "е", "є", "и", "і", "ї", "ь"),
            "pl", List.of("ami", "ach", "owi", "ego", "emu", "ymi", "imi", "om", "em", "ie", "ów", "ą", "ę", "a",
                    "i", "y", "u", "e", "o"),
            "cs", List.of("ami", "ách", "ou", "em", "ům", "y", "u", "e", "a", "i", "o", "ě"),
            "ko", List.of("에서는", "에서", "에게", "으로", "까지", "부터", "처럼", "보다", "이며", "이다", "은", "는",
                    "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "측"));

    private static final Map<String, List<String>> ADJECTIVE_ENDINGS = Map.of(
            "de", List.of("e", "en", "er", "es", "em"),
            "en", List.of("s"),
            "fr", List.of("s", "ne", "nes", "e", "es"),
            "ru", List.of("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ом",
                    "ем", "ую", "юю", "ым", "им", "ых", "их", "ыми", "ими"),
            "uk", List.of("ий", "ій", "а", "я", "е", "є", "і", "ого", "ому", "ім", "им", "ої", "ою", "у", "ю",
                    "их", "ими"),
            "pl", List.of("i", "y", "a", "ie", "ą", "ego", "emu", "ej", "ich", "im", "imi", "ym", "ymi", "ych", "e"),
            "cs", List.of("ý", "á", "é", "í", "ého", "ému", "ém", "ým", "ých", "ými", "ou"));

    /** Romance adjectives are listed in the masculine singular; their other forms change the last vowel. */
    private static final Map<String, List<String>> ROMANCE_VOWEL_FORMS = Map.of(
            "es", List.of("o", "a", "os", "as"),
            "it", List.of("o", "a", "i", "e"),
            "pt", List.of("o", "a", "os", "as"));

    private static final List<String> ELISIONS = List.of("l'", "d'", "qu'", "dell'", "nell'", "all'", "dall'",
            "sull'", "dell’", "l’", "d’", "qu’", "nell’", "all’");

    private Forms() {
    }

    /** Case folded, compatibility-normalised, typographic apostrophes unified, ё as е. */
    static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('ё', 'е');
    }

    /** Languages whose names themselves inflect (Россия, России, Россию): both sides lose endings. */
    private static final Set<String> NAMES_INFLECT = Set.of("ru", "uk", "pl", "cs", "sk", "sl", "hr", "sr", "bg", "be");
    /** The shortest stem two words may share when both lose an ending. */
    private static final int MIN_SHARED_STEM = 4;

    /** A normalised text word and what it may be without one inflectional ending of its language. */
    static Set<String> ofText(String word, String language) {
        return reduce(word, language, 2);
    }

    /**
     * The forms under which a knowledge-base word is found: the word itself, and where names inflect (Slavic
     * languages; the adjective-like words before the last word of a multi-word name: "Weißes Haus", "des Weißen
     * Hauses") also its stem.
     */
    static Set<String> ofName(String word, String language, boolean lastWordOfName) {
        if (lastWordOfName && !NAMES_INFLECT.contains(language)) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(word);
            return forms;
        }
        return reduce(word, language, MIN_SHARED_STEM);
    }

    private static Set<String> reduce(String word, String language, int minStem) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(word);
        for (String elision : ELISIONS) {
            if (word.startsWith(elision) && word.length() > elision.length() + 1) {
                forms.add(word.substring(elision.length()));
            }
        }
        List<String> endings = NOUN_ENDINGS.getOrDefault(language, List.of());
        int min = "ko".equals(language) ? 2 : minStem;
        for (String base : List.copyOf(forms)) {
            for (String ending : endings) {
                if (base.endsWith(ending) && base.length() - ending.length() >= min) {
                    forms.add(base.substring(0, base.length() - ending.length()));
                }
            }
        }
        return forms;
    }

    /** Whether a normalised text word is a form of a single-word name in a language. */
    static boolean same(String textWord, String nameWord, String language) {
        Set<String> text = ofText(textWord, language);
        for (String form : ofName(nameWord, language, true)) {
            if (text.contains(form)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a normalised word is an inflected form of an adjective given by its stem or base form in a language
     * ("nordkoreanische" of "nordkoreanisch", "северокорейского" of "северокорейск", "norcoreanas" of "norcoreano").
     */
    static boolean isAdjective(String word, String adjective, String language) {
        if (word.equals(adjective)) {
            return true;
        }
        List<String> vowelForms = ROMANCE_VOWEL_FORMS.get(language);
        if (vowelForms != null && adjective.length() > 3) {
            for (String ending : vowelForms) {
                if (adjective.endsWith(ending)) {
                    String root = adjective.substring(0, adjective.length() - ending.length());
                    for (String other : vowelForms) {
                        if (word.equals(root + other)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        }
        if (!word.startsWith(adjective)) {
            return false;
        }
        String ending = word.substring(adjective.length());
        return ADJECTIVE_ENDINGS.getOrDefault(language, List.of()).contains(ending);
    }
}
