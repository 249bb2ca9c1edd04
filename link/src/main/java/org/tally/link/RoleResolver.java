package org.tally.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tally.kb.EntityType;
import org.tally.kb.KbEntity;
import org.tally.kb.KnowledgeBase;
import org.tally.kb.Office;
import org.tally.model.Document;
import org.tally.nlp.Analysis;
import org.tally.nlp.NameSpan;
import org.tally.nlp.Sentence;

/**
 * Role phrases to persons: "der russische Verteidigungsminister", "Russia's defence minister", "министр обороны
 * России", "Kremlchef". A title shared by several offices needs a country next to it (an adjective or a name
 * before it, a name after it, "of X"); a title only one office has stands alone. The office's holder on the
 * document's publication date is the person. Deputies and former holders are not the holder, and a title whose
 * holder is named beside it needs no resolving.
 */
final class RoleResolver {

    /** Words before a title that make it someone else's: deputies, former and designated holders. */
    private static final List<String> NOT_THE_HOLDER = List.of("stellvertret", "vize", "ehemalig", "früher", "ex",
            "designiert", "deputy", "vice", "former", "acting", "заместител", "замминистр", "бывш", "вице",
            "заступник", "колишн", "ancien", "adjoint", "sous", "vicem", "exministr", "były", "wice", "zastępc");
    private static final Set<String> OF = Set.of("of", "de", "du", "des", "di", "del", "da", "do", "der");

    private record Title(Office office, List<Set<String>> pieces) {
    }

    private record Titles(Map<String, List<Title>> byFirstForm, Map<String, Integer> officesPerTitle) {
    }

    private final KnowledgeBase kb;
    private final Map<String, Titles> byLanguage = new ConcurrentHashMap<>();

    RoleResolver(KnowledgeBase kb) {
        this.kb = kb;
    }

    private Titles titles(String language) {
        return byLanguage.computeIfAbsent(language, l -> {
            Map<String, List<Title>> index = new HashMap<>();
            Map<String, Integer> count = new HashMap<>();
            for (Office office : kb.offices()) {
                for (String title : office.titles(l)) {
                    List<String> words = AliasIndex.words(title);
                    if (words.isEmpty()) {
                        continue;
                    }
                    List<Set<String>> pieces = new ArrayList<>();
                    for (int k = 0; k < words.size(); k++) {
                        pieces.add(Forms.ofName(words.get(k), l, k == words.size() - 1));
                    }
                    Title t = new Title(office, pieces);
                    for (String form : pieces.get(0)) {
                        index.computeIfAbsent(form, k -> new ArrayList<>()).add(t);
                    }
                    count.merge(String.join(" ", words), 1, Integer::sum);
                }
            }
            return new Titles(index, count);
        });
    }

    static Optional<LocalDate> referenceDate(String published) {
        if (published == null) {
            return Optional.empty();
        }
        String[] p = published.split("-");
        int year = Integer.parseInt(p[0]);
        return Optional.of(p.length == 1 ? LocalDate.of(year, 7, 1)
                : p.length == 2 ? LocalDate.of(year, Integer.parseInt(p[1]), 15)
                : LocalDate.parse(published));
    }

    List<EntityLinker.Found> resolve(Document document, List<Piece> pieces, List<Set<String>> forms,
                                     boolean[] covered, List<EntityLinker.Found> found, Analysis analysis,
                                     String language) {
        List<EntityLinker.Found> result = new ArrayList<>();
        Optional<LocalDate> date = referenceDate(document.published());
        Titles titles = titles(language);
        if (date.isEmpty() || titles.byFirstForm().isEmpty()) {
            return result;
        }
        List<Integer> personStarts = new ArrayList<>();
        for (Sentence s : analysis.sentences()) {
            for (NameSpan span : s.names()) {
                if (span.label().equals(NameSpan.PERSON)) {
                    personStarts.add(span.begin());
                }
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            if (covered[i]) {
                continue;
            }
            int end = -1;
            List<Office> offices = new ArrayList<>();
            String titleKey = null;
            for (String form : forms.get(i)) {
                for (Title t : titles.byFirstForm().getOrDefault(form, List.of())) {
                    int n = t.pieces().size();
                    if (i + n > pieces.size() || !fits(t, pieces, forms, i)) {
                        continue;
                    }
                    if (i + n > end) {
                        end = i + n;
                        offices.clear();
                    }
                    if (i + n == end && !offices.contains(t.office())) {
                        offices.add(t.office());
                        titleKey = key(pieces, i, end);
                    }
                }
            }
            if (end < 0 || notTheHolder(pieces, i) || holderNamedBeside(pieces, found, personStarts, i, end)) {
                continue;
            }
            String country = countryBeside(pieces, found, i, end);
            List<Office> candidates = offices.stream()
                    .filter(o -> country != null ? country.equals(o.country()) : true).toList();
            boolean standsAlone = country == null && titles.officesPerTitle().getOrDefault(titleKey, 0) <= 1;
            if (candidates.size() != 1 || country == null && !standsAlone) {
                continue;
            }
            Optional<KbEntity> holder = kb.holderOf(candidates.get(0).id(), date.get());
            if (holder.isPresent() && holder.get().type() == EntityType.PERSON) {
                for (int k = i; k < end; k++) {
                    covered[k] = true;
                }
                result.add(new EntityLinker.Found(pieces.get(i).begin(), pieces.get(end - 1).end(), holder.get(),
                        "role", i, end));
                i = end - 1;
            }
        }
        return result;
    }

    private static String key(List<Piece> pieces, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(k > from ? " " : "").append(pieces.get(k).norm());
        }
        return key.toString();
    }

    private static boolean fits(Title t, List<Piece> pieces, List<Set<String>> forms, int i) {
        for (int k = 1; k < t.pieces().size(); k++) {
            if (pieces.get(i + k).sentence() != pieces.get(i).sentence()) {
                return false;
            }
            boolean any = false;
            for (String f : forms.get(i + k)) {
                any |= t.pieces().get(k).contains(f);
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean notTheHolder(List<Piece> pieces, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (pieces.get(k).sentence() != pieces.get(i).sentence()) {
                continue;
            }
            String norm = pieces.get(k).norm();
            for (String prefix : NOT_THE_HOLDER) {
                if (norm.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A person named right after the title ("Verteidigungsminister Sergej Schoigu") or right before it. */
    private static boolean holderNamedBeside(List<Piece> pieces, List<EntityLinker.Found> found,
                                             List<Integer> personStarts, int i, int end) {
        for (EntityLinker.Found f : found) {
            if (f.entity().type() == EntityType.PERSON && f.firstPiece() >= 0
                    && (f.firstPiece() >= end && f.firstPiece() <= end + 2 || f.endPiece() <= i && f.endPiece() >= i - 1)) {
                return true;
            }
        }
        int from = pieces.get(end - 1).end();
        int to = end + 2 < pieces.size() ? pieces.get(end + 2).end() : Integer.MAX_VALUE;
        return personStarts.stream().anyMatch(b -> b > from && b <= to);
    }

    /** The country named next to the title, if any. */
    private static String countryBeside(List<Piece> pieces, List<EntityLinker.Found> found, int i, int end) {
        for (EntityLinker.Found f : found) {
            if (f.entity().type() != EntityType.COUNTRY || f.firstPiece() < 0) {
                continue;
            }
            boolean before = f.endPiece() == i
                    || f.endPiece() == i - 1 && pieces.get(i - 1).norm().equals("'s");
            boolean after = f.firstPiece() == end
                    || f.firstPiece() == end + 1 && OF.contains(pieces.get(end).norm())
                    || f.firstPiece() == end + 2 && OF.contains(pieces.get(end).norm())
                    && Set.of("the", "la", "le", "l'", "los").contains(pieces.get(end + 1).norm());
            if ((before || after) && f.begin() >= 0) {
                return f.entity().id();
            }
        }
        return null;
    }
}
