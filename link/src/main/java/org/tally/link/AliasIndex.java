package org.tally.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tally.kb.EntityType;
import org.tally.kb.KbEntity;
import org.tally.kb.KnowledgeBase;

/**
 * Every name of the knowledge base, compiled for texts in one language: aliases of all languages (names cross
 * languages) matched by {@link Forms} of that language, and the country adjectives of that language matched with
 * their endings. Built once per language and shared; immutable after construction.
 */
final class AliasIndex {

    /** How a name was found. */
    enum How { ALIAS, ADJECTIVE }

    /**
     * One name, as pieces: each piece is matched by its forms (aliases) or by an explicit set of inflected forms
     * (the last piece of an adjective).
     */
    record Name(KbEntity entity, String surface, List<Set<String>> pieces, boolean exactLast, How how,
                boolean capitalised, boolean acronym) {

        int length() {
            return pieces.size();
        }
    }

    /** The types linked as entities; weapons are items of claims, not entities of documents. */
    static final Set<EntityType> LINKED = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY,
            EntityType.PLACE, EntityType.VESSEL);

    private final String language;
    private final Map<String, List<Name>> byFirstForm = new HashMap<>();
    /** Names written in Han or Kana, found by substring because such text has no spaces. */
    private final Map<String, List<Name>> ideographic = new HashMap<>();
    private int longestIdeographic;

    AliasIndex(KnowledgeBase kb, String language) {
        this.language = language;
        for (KbEntity entity : kb.entities()) {
            if (!LINKED.contains(entity.type())) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            names.add(entity.name());
            entity.aliases().values().forEach(names::addAll);
            for (String name : names) {
                addAlias(entity, name.strip());
            }
            for (String adjective : entity.adjectives(language)) {
                addAdjective(entity, adjective.strip());
            }
        }
    }

    String language() {
        return language;
    }

    private void addAlias(KbEntity entity, String alias) {
        if (alias.length() < 2) {
            return;
        }
        if (isIdeographic(alias)) {
            ideographic.computeIfAbsent(alias, k -> new ArrayList<>())
                    .add(new Name(entity, alias, List.of(Set.of(alias)), true, How.ALIAS, false, false));
            longestIdeographic = Math.max(longestIdeographic, alias.length());
            return;
        }
        List<String> words = words(alias);
        if (words.isEmpty()) {
            return;
        }
        List<Set<String>> pieces = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            pieces.add(Forms.ofName(words.get(i), language, i == words.size() - 1));
        }
        boolean capitalised = Character.isUpperCase(alias.codePointAt(0));
        boolean acronym = words.size() == 1 && alias.length() <= 5 && alias.chars().noneMatch(Character::isLowerCase);
        add(new Name(entity, alias, pieces, false, How.ALIAS, capitalised, acronym));
    }

    private void addAdjective(KbEntity entity, String adjective) {
        List<String> words = words(adjective);
        if (words.isEmpty() || isIdeographic(adjective)) {
            return;
        }
        List<Set<String>> pieces = new ArrayList<>();
        for (int i = 0; i < words.size() - 1; i++) {
            pieces.add(Set.of(words.get(i)));
        }
        pieces.add(adjectiveForms(words.get(words.size() - 1)));
        // languages that write adjectives of nations with a capital (English) are matched with a capital
        boolean capitalised = Character.isUpperCase(adjective.codePointAt(0));
        boolean acronym = words.size() == 1 && adjective.length() <= 5
                && adjective.chars().noneMatch(Character::isLowerCase);
        add(new Name(entity, adjective, pieces, true, How.ADJECTIVE, capitalised, acronym));
    }

    /** The inflected forms of an adjective's last word that {@link Forms#isAdjective} accepts. */
    private Set<String> adjectiveForms(String stem) {
        Set<String> forms = new HashSet<>();
        forms.add(stem);
        for (String ending : List.of("e", "en", "er", "es", "em", "s", "ne", "nes", "ий", "ый", "ой", "ая", "яя",
                "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ом", "ем", "ую", "юю", "ым", "им", "ых", "их",
                "ыми", "ими", "ій", "а", "я", "є", "і", "ім", "ої", "ою", "у", "ю", "i", "y", "a", "ie", "ą", "ego",
                "emu", "ej", "ich", "im", "imi", "ym", "ymi", "ych", "ý", "á", "é", "í", "ého", "ému", "ém", "ým",
                "ých", "ými", "ou")) {
            if (Forms.isAdjective(stem + ending, stem, language)) {
                forms.add(stem + ending);
            }
        }
        for (String vowel : List.of("o", "a", "os", "as", "i", "e")) {
            String root = stem.replaceFirst("(os|as|o|a|i|e)$", "");
            if (Forms.isAdjective(root + vowel, stem, language)) {
                forms.add(root + vowel);
            }
        }
        return forms;
    }

    private void add(Name name) {
        for (String form : name.pieces().get(0)) {
            byFirstForm.computeIfAbsent(form, k -> new ArrayList<>()).add(name);
        }
    }

    /** The normalised words of a name, split like the text's {@link Piece}s. */
    static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String word : Forms.normalize(name).split("[\\s\\-‐‑/]+")) {
            String w = word.replaceAll("^[\\p{Punct}«»„“”‚‘]+|[\\p{Punct}«»„“”‚‘&&[^.']]+$", "");
            if (!w.isEmpty() && w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(w);
            }
        }
        return words;
    }

    static boolean isIdeographic(String s) {
        return !s.isEmpty() && s.codePoints().filter(Character::isLetter).allMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        }) && s.codePoints().anyMatch(Character::isLetter);
    }

    /** The names whose first piece can be this text piece. */
    List<Name> startingWith(Set<String> textForms) {
        List<Name> found = new ArrayList<>();
        Set<Name> seen = new HashSet<>();
        for (String form : textForms) {
            for (Name name : byFirstForm.getOrDefault(form, List.of())) {
                if (seen.add(name)) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    Map<String, List<Name>> ideographic() {
        return ideographic;
    }

    int longestIdeographic() {
        return longestIdeographic;
    }
}
