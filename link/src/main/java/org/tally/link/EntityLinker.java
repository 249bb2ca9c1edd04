package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tally.kb.Ambiguity;
import org.tally.kb.EntityType;
import org.tally.kb.KbEntity;
import org.tally.kb.KnowledgeBase;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Mention;
import org.tally.nlp.Analysis;
import org.tally.nlp.NameSpan;
import org.tally.nlp.Sentence;

/**
 * Links the names in a document to the knowledge base, in passes over the document's {@link Piece}s:
 * <ol>
 *   <li>aliases of every language and the country adjectives of the document's language, longest match first;
 *       names written in Han or Kana by substring;</li>
 *   <li>names shared by several entities, resolved by what else the document names (or the knowledge base's
 *       listed default);</li>
 *   <li>short forms of persons named in full elsewhere in the document ("Schoigu", "Kim");</li>
 *   <li>role phrases resolved to the office holder on the document's date ({@link RoleResolver});</li>
 *   <li>capitals, which also name their country;</li>
 *   <li>names the knowledge base does not know, kept as new entities typed by the NER.</li>
 * </ol>
 * Thread-safe: the per-language indexes are built once, on first use, and shared.
 */
public final class EntityLinker {

    private final KnowledgeBase kb;
    private final Map<String, AliasIndex> indexes = new ConcurrentHashMap<>();
    private final RoleResolver roles;
    private final Map<String, List<String>> defaults = new HashMap<>();
    private final Map<String, KbEntity> capitalOf = new HashMap<>();

    public EntityLinker(KnowledgeBase kb) {
        this.kb = kb;
        this.roles = new RoleResolver(kb);
        for (Ambiguity a : kb.ambiguities()) {
            defaults.put(Forms.normalize(a.alias()), a.ids());
        }
        for (KbEntity country : kb.entities(EntityType.COUNTRY)) {
            country.attribute("capital").ifPresent(capital -> capitalOf.put(capital, country));
        }
    }

    /** A mention found by a pass, before mentions are grouped into entities. */
    record Found(int begin, int end, KbEntity entity, String how, int firstPiece, int endPiece) {
    }

    /** What a candidate match covers: pieces [first, end) and the entities it may name. */
    private record Candidate(int first, int end, Set<KbEntity> entities, AliasIndex.How how) {
    }

    private AliasIndex index(String language) {
        return indexes.computeIfAbsent(language == null ? "" : language, l -> new AliasIndex(kb, l));
    }

    public List<Entity> link(Document document, Analysis analysis) {
        String body = document.body();
        String language = document.language() == null ? "" : document.language();
        AliasIndex index = index(language);
        List<Piece> pieces = Piece.of(analysis);
        List<Set<String>> forms = new ArrayList<>(pieces.size());
        for (Piece p : pieces) {
            forms.add(Forms.ofText(p.norm(), language));
        }
        boolean[] covered = new boolean[pieces.size()];
        List<Found> found = new ArrayList<>();
        List<Candidate> ambiguous = new ArrayList<>();

        // 1. aliases and adjectives, longest first
        for (int i = 0; i < pieces.size(); ) {
            Candidate c = longestAt(index, pieces, forms, i);
            if (c == null) {
                i++;
                continue;
            }
            if (c.entities().size() == 1) {
                accept(found, pieces, c, c.entities().iterator().next(), c.how() == AliasIndex.How.ADJECTIVE ? "adjective" : "alias");
            } else {
                ambiguous.add(c);
            }
            for (int k = c.first(); k < c.end(); k++) {
                covered[k] = true;
            }
            i = c.end();
        }
        List<Found> ideographic = ideographic(index, body, found);
        found.addAll(ideographic);

        // 2. shared names, by what else the document names
        Set<KbEntity> named = new LinkedHashSet<>();
        found.forEach(f -> named.add(f.entity()));
        for (Candidate c : ambiguous) {
            resolve(c, named, pieces).ifPresent(e -> accept(found, pieces, c, e, "alias"));
        }

        // 3. short forms of persons named in full
        shortForms(pieces, forms, covered, found, language);

        // 4. role phrases
        found.addAll(roles.resolve(document, pieces, forms, covered, found, analysis, language));

        // 5. capitals also name their country
        List<Found> countries = new ArrayList<>();
        for (Found f : found) {
            KbEntity country = capitalOf.get(f.entity().id());
            if (country != null && f.entity().type() == EntityType.PLACE) {
                countries.add(new Found(f.begin(), f.end(), country, "capital", f.firstPiece(), f.endPiece()));
            }
        }
        found.addAll(countries);

        List<Entity> entities = group(document.doc(), body, found);
        entities.addAll(unknownNames(document.doc(), body, analysis, found, pieces, forms, language));
        return entities;
    }

    private Candidate longestAt(AliasIndex index, List<Piece> pieces, List<Set<String>> forms, int i) {
        Piece first = pieces.get(i);
        int best = 0;
        Set<KbEntity> entities = new LinkedHashSet<>();
        AliasIndex.How how = AliasIndex.How.ALIAS;
        for (AliasIndex.Name name : index.startingWith(forms.get(i))) {
            int n = name.length();
            if (n < best || i + n > pieces.size() || !caseFits(name, first)) {
                continue;
            }
            boolean fits = true;
            for (int k = 1; k < n && fits; k++) {
                Piece p = pieces.get(i + k);
                fits = p.sentence() == first.sentence() && matches(name, k, p, forms.get(i + k));
            }
            if (n == 1 && name.exactLast()) {
                fits = name.pieces().get(0).contains(first.norm());
            }
            if (!fits) {
                continue;
            }
            if (n > best) {
                best = n;
                entities.clear();
            }
            entities.add(name.entity());
            how = name.how();
        }
        return best == 0 ? null : new Candidate(i, i + best, entities, how);
    }

    private static boolean matches(AliasIndex.Name name, int k, Piece p, Set<String> textForms) {
        Set<String> nameForms = name.pieces().get(k);
        if (name.exactLast() && k == name.length() - 1) {
            return nameForms.contains(p.norm());
        }
        for (String f : textForms) {
            if (nameForms.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised names need capitalised text; short all-capital names (US, UN, NATO) need the same letters. */
    private static boolean caseFits(AliasIndex.Name name, Piece first) {
        if (!first.cased()) {
            return true;
        }
        if (name.acronym()) {
            return first.allCaps() && first.surface().startsWith(name.surface());
        }
        return !name.capitalised() || first.capitalised();
    }

    private static void accept(List<Found> found, List<Piece> pieces, Candidate c, KbEntity entity, String how) {
        found.add(new Found(pieces.get(c.first()).begin(), pieces.get(c.end() - 1).end(), entity, how, c.first(), c.end()));
    }

    private Optional<KbEntity> resolve(Candidate c, Set<KbEntity> named, List<Piece> pieces) {
        List<KbEntity> known = c.entities().stream().filter(named::contains).toList();
        if (known.size() == 1) {
            return Optional.of(known.get(0));
        }
        String surface = Forms.normalize(pieces.subList(c.first(), c.end()).stream().map(Piece::surface)
                .reduce((a, b) -> a + " " + b).orElse(""));
        List<String> ids = defaults.get(surface);
        if (ids != null && !ids.isEmpty()) {
            return c.entities().stream().filter(e -> e.id().equals(ids.get(0))).findFirst();
        }
        List<KbEntity> countries = c.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
        return countries.size() == 1 ? Optional.of(countries.get(0)) : Optional.empty();
    }

    private List<Found> ideographic(AliasIndex index, String body, List<Found> already) {
        List<Found> found = new ArrayList<>();
        if (index.ideographic().isEmpty()) {
            return found;
        }
        boolean[] taken = new boolean[body.length()];
        for (Found f : already) {
            for (int k = f.begin(); k < f.end(); k++) {
                taken[k] = true;
            }
        }
        for (int i = 0; i < body.length(); i++) {
            if (taken[i] || !AliasIndex.isIdeographic(String.valueOf(body.charAt(i)))) {
                continue;
            }
            for (int n = Math.min(index.longestIdeographic(), body.length() - i); n >= 2; n--) {
                List<AliasIndex.Name> names = index.ideographic().get(body.substring(i, i + n));
                if (names != null) {
                    Set<KbEntity> entities = new LinkedHashSet<>();
                    names.forEach(x -> entities.add(x.entity()));
                    if (entities.size() == 1) {
                        found.add(new Found(i, i + n, entities.iterator().next(), "alias", -1, -1));
                    }
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A person named in full lends their family name to the rest of the document: the first word for Korean,
     * Chinese and Vietnamese names, the last otherwise, and the last word of each multi-word alias. A bare family
     * name goes to the person named most recently before it, or to the only person who has it.
     */
    private void shortForms(List<Piece> pieces, List<Set<String>> forms, boolean[] covered, List<Found> found,
                            String language) {
        Map<String, List<KbEntity>> byShort = new HashMap<>();
        for (Found f : found) {
            KbEntity e = f.entity();
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            Set<String> shorts = new LinkedHashSet<>();
            List<String> canonical = AliasIndex.words(e.name());
            boolean familyFirst = Set.of("KP", "KR", "CN", "VN", "TW").contains(e.country());
            if (canonical.size() > 1) {
                shorts.add(familyFirst ? canonical.get(0) : canonical.get(canonical.size() - 1));
            }
            for (List<String> aliases : e.aliases().values()) {
                for (String alias : aliases) {
                    List<String> words = AliasIndex.words(alias);
                    if (words.size() > 1 && !familyFirst) {
                        shorts.add(words.get(words.size() - 1));
                    }
                }
            }
            for (String s : shorts) {
                for (String form : Forms.ofName(s, language, true)) {
                    List<KbEntity> list = byShort.computeIfAbsent(form, k -> new ArrayList<>());
                    if (!list.contains(e)) {
                        list.add(e);
                    }
                }
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (covered[i] || !p.capitalised()) {
                continue;
            }
            Set<KbEntity> candidates = new LinkedHashSet<>();
            for (String form : forms.get(i)) {
                candidates.addAll(byShort.getOrDefault(form, List.of()));
            }
            if (candidates.isEmpty()) {
                continue;
            }
            KbEntity chosen = null;
            if (candidates.size() == 1) {
                chosen = candidates.iterator().next();
            } else {
                int latest = -1;
                for (Found f : found) {
                    if (candidates.contains(f.entity()) && f.begin() < p.begin() && f.begin() > latest) {
                        latest = f.begin();
                        chosen = f.entity();
                    }
                }
            }
            if (chosen != null) {
                covered[i] = true;
                found.add(new Found(p.begin(), p.end(), chosen, "short_form", i, i + 1));
            }
        }
    }

    private List<Entity> group(String doc, String body, List<Found> found) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, KbEntity> entities = new HashMap<>();
        found.sort(Comparator.comparingInt(Found::begin));
        for (Found f : found) {
            entities.put(f.entity().id(), f.entity());
            mentions.computeIfAbsent(f.entity().id(), k -> new ArrayList<>())
                    .add(new Mention(f.begin(), f.end(), body.substring(f.begin(), f.end()), f.how()));
        }
        List<Entity> result = new ArrayList<>();
        mentions.forEach((id, list) -> {
            KbEntity e = entities.get(id);
            String type = e.type().code();
            String name = e.type() == EntityType.COUNTRY ? e.id() : e.name();
            result.add(new Entity(doc, id, type, name, e.wikidata(), list));
        });
        return result;
    }

    /** NER names that no pass linked: persons, organizations and places the knowledge base does not know. */
    private List<Entity> unknownNames(String doc, String body, Analysis analysis, List<Found> found, List<Piece> pieces,
                                      List<Set<String>> forms, String language) {
        boolean[] linked = new boolean[body.length()];
        for (Found f : found) {
            for (int k = f.begin(); k < f.end(); k++) {
                linked[k] = true;
            }
        }
        Map<String, List<Mention>> byId = new LinkedHashMap<>();
        Map<String, String[]> typeAndName = new HashMap<>();
        for (Sentence sentence : analysis.sentences()) {
            for (NameSpan span : sentence.names()) {
                String type = switch (span.label()) {
                    case NameSpan.PERSON -> "person";
                    case NameSpan.ORGANIZATION -> "organization";
                    case NameSpan.LOCATION -> "place";
                    default -> null;
                };
                if (type == null || overlaps(linked, span.begin(), span.end()) || !plausibleName(span.text())) {
                    continue;
                }
                String name = span.text().replaceAll("\\s+", " ").strip();
                String id = "new:" + type + ":" + Forms.normalize(name).replaceAll("[^\\p{L}\\p{N}]+", "_");
                byId.computeIfAbsent(id, k -> new ArrayList<>())
                        .add(new Mention(span.begin(), span.end(), body.substring(span.begin(), span.end()), "ner"));
                typeAndName.putIfAbsent(id, new String[] {type, name});
            }
        }
        List<Entity> result = new ArrayList<>();
        byId.forEach((id, mentions) -> result.add(
                new Entity(doc, id, typeAndName.get(id)[0], typeAndName.get(id)[1], null, mentions)));
        return result;
    }

    private static boolean overlaps(boolean[] linked, int begin, int end) {
        for (int k = begin; k < end && k < linked.length; k++) {
            if (linked[k]) {
                return true;
            }
        }
        return false;
    }

    /** At least two letters, a capital or a non-cased script, not all punctuation. */
    private static boolean plausibleName(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        int first = text.codePointAt(0);
        return letters >= 2 && (Character.isUpperCase(first) || !Character.isLowerCase(first));
    }
}
