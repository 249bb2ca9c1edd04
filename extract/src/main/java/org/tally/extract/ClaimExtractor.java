package org.tally.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tally.extract.time.ReferenceDateEstimator;
import org.tally.extract.time.ReferenceEstimate;
import org.tally.kb.KbEntity;
import org.tally.kb.KnowledgeBase;
import org.tally.kb.OfficeHolding;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.model.Mention;
import org.tally.nlp.Analysis;
import org.tally.nlp.Analyzer;
import org.tally.nlp.Dependency;
import org.tally.nlp.DependencyParse;
import org.tally.nlp.Sentence;
import org.tally.nlp.Token;

/**
 * Claims from a document: for each sentence that holds a trigger, the sentence is parsed and the trigger's
 * dependents placed in the roles of its {@link Frame}; then modality, source, time, quantity, item and places are
 * read around it. Claims of one document that state the same thing are merged ({@link ClaimMerger}).
 *
 * <p>The parse gives the structure (which words belong to the trigger, with which preposition); who is subject and
 * who object between two bare names is decided by word order, case-marked articles and voice, since the German
 * parser often swaps them. Thread-safe: holds only shared, immutable parts.
 */
public final class ClaimExtractor {

    private static final Set<String> PERSON_PRONOUNS = Set.of("er", "ihm", "ihn", "sein", "seine", "seinen",
            "seinem", "seiner", "dessen", "he", "him", "his");
    private static final Set<String> THING_PRONOUNS = Set.of("das", "dies", "dieses", "es", "sie", "diese", "it",
            "this", "that", "them", "they");
    private static final Set<String> OBJECT_ARTICLES = Set.of("den", "dem", "einen", "einem", "ihren", "ihrem",
            "seinen", "seinem");
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("regierung", "führung", "staatsführung", "behörde",
            "behörden", "ministerium", "staat", "government", "leadership", "authorities", "regime", "administration");
    /** Verbs the parser sometimes takes for the main verb of a compound tense. */
    static final Set<String> AUXILIARIES = Set.of("haben", "sein", "werden", "have", "be", "do");

    /** Heads of compounds whose modifier names who acts: "US-Regierung", "Nordkorea-Machthaber". */
    private static final Set<String> AGENT_HEADS = Set.of("regierung", "führung", "machthaber", "präsident",
            "minister", "armee", "militär", "behörde", "geheimdienst", "truppe", "streitkräfte", "marine", "staat",
            "government", "administration", "military", "forces", "army", "navy", "leader", "officials", "sprecher",
            "außenminister", "verteidigungsminister", "diktator", "chef");
    private static final Set<String> COUNT_UNITS = Set.of("container", "shell", "round", "missile", "rocket", "ton",
            "wagon", "vehicle", "tank", "drone", "soldier", "ship", "barrel", "train", "truck", "howitzer", "launcher");
    /** A trigger's companion that asks for a guest as object (a person, a delegation) instead of a word. */
    private static final String GUEST = "@guest";

    private final Analyzer analyzer;
    private final KnowledgeBase kb;
    private final Lexicon lexicon;
    private final Times times;
    private final Quantities quantities;
    private final ReferenceDateEstimator estimator = ReferenceDateEstimator.shared();

    public ClaimExtractor(Analyzer analyzer, KnowledgeBase kb, Lexicon lexicon, Times times, Quantities quantities) {
        this.analyzer = analyzer;
        this.kb = kb;
        this.lexicon = lexicon;
        this.times = times;
        this.quantities = quantities;
    }

    /** An entity as a claim names it: the SCHEMA value (ISO code or canonical name) and what it is. */
    record Party(String name, String type, String country, int begin) {
    }

    /** A claim under construction. */
    static final class Draft {
        String type;
        Party actor;
        Party target;
        String item;
        Event.Amount quantity;
        Event.Period when;
        String origin;
        String destination;
        String source;
        String modality = "asserted";
        int sentence;
        int begin;
        int end;
        String evidence;
        boolean itemFromPronoun;
        boolean whenFuzzy;
        /** Triggered by a noun ("Putins Besuch"): says less about how sure the document is than a verb. */
        boolean nominal;
        /** Goes to a place no entity names ("an die Front"). */
        boolean unknownPlace;
        /**
         * The state of the ship, train or aircraft that carries a transfer, when the text gives one ("der russische
         * Frachter", a vessel of the knowledge base with its flag): the actor only when no origin names the supplier.
         */
        String carrierState;
        /** Further countries of a visit's target phrase ("Nordkorea und Vietnam besuchen"): one visit each. */
        final List<Party> moreTargets = new ArrayList<>();

        Draft copyWithTarget(Party other) {
            Draft d = new Draft();
            d.type = type;
            d.actor = actor;
            d.target = other;
            d.item = item;
            d.quantity = quantity;
            d.when = when;
            d.whenFuzzy = whenFuzzy;
            d.source = source;
            d.modality = modality;
            d.sentence = sentence;
            d.begin = begin;
            d.end = end;
            d.evidence = evidence;
            return d;
        }

        String actorName() {
            return actor == null ? null : actor.name();
        }

        String targetName() {
            return target == null ? null : target.name();
        }
    }

    public List<Event> extract(Document document, Analysis analysis, List<Entity> entities) {
        String language = document.language();
        if (language == null || !lexicon.knows(language) || !analyzer.fullyAnalysedLanguages().contains(language)) {
            return List.of();
        }
        DocumentView view = new DocumentView(document, analysis, entities, kb);
        LocalDate reference = referenceDate(document, language, entities);
        List<Draft> drafts = new ArrayList<>();
        String lastSource = null;
        Map<String, Integer> organizationSources = new LinkedHashMap<>();
        String lastPerson = null;
        int lastSourceSentence = -10;
        for (Sentence sentence : analysis.sentences()) {
            List<Integer> triggers = !view.namesKnownParty(sentence.begin(), sentence.end())
                    ? List.of() // no known person, state or body named: no claim, and no parse (the costliest step)
                    : triggerCandidates(sentence, language);
            String text = document.body().substring(sentence.begin(), sentence.end());
            List<Quantities.Span> amounts = quantities.find(text, language);
            if (!triggers.isEmpty() && amounts.isEmpty() && onlyGoodsTriggers(view, sentence, triggers, language)
                    && !namesGoodsOrRoute(view, sentence, language)) {
                triggers = List.of(); // "liefern" with no goods, count, route or two states: build() would drop it
            }
            // times date the claims a trigger makes; a sentence without one needs none (12 % of the time before)
            List<Times.Span> timeSpans = triggers.isEmpty() ? List.of() : times.find(text, language, reference);
            SentenceView parsed = triggers.isEmpty() ? null
                    : new SentenceView(sentence, analyzer.parse(analysis, sentence), view, lexicon, language);
            Attribution attribution = new Attribution(lexicon, language, view, sentence, parsed);
            String sentenceSource = attribution.sourceAnywhere();
            boolean reportedSpeech = attribution.reportedSpeech();
            if (sentenceSource == null && attribution.sourceNoun() && !organizationSources.isEmpty()) {
                // "die Zeitung berichtete weiter": the outlet the story cites most (the latest of equals)
                sentenceSource = organizationSources.entrySet().stream()
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            } else if (sentenceSource == null && attribution.sourcePerson() && lastPerson != null) {
                sentenceSource = lastPerson; // "erklärte er"
            } else if (sentenceSource == null && reportedSpeech && !attribution.hearsay()
                    && sentence.index() - lastSourceSentence <= 2) {
                sentenceSource = lastSource;
            }
            if (triggers.isEmpty()) {
                elaborate(drafts, sentence, text, amounts, sentenceSource, view, language);
            } else {
                SentenceView s = parsed;
                for (int t : triggers) {
                    for (Lexicon.Trigger trigger : lexicon.triggers(language, s.lemmaWithParticle(t))) {
                        List<Draft> built = new ArrayList<>();
                        Roles roles = new Roles(s, t, language, lexicon, trigger.noun());
                        List<Roles> variants = new ArrayList<>();
                        roles.perSubject(trigger.frame()).forEach(r -> variants.addAll(r.perObject(trigger.frame())));
                        for (Roles one : variants) {
                            Draft d = build(trigger, t, s, one, language, view, timeSpans, amounts, text,
                                    attribution, sentenceSource, drafts, reference);
                            if (d != null) {
                                built.add(d);
                                d.moreTargets.forEach(other -> built.add(d.copyWithTarget(other)));
                            }
                        }
                        if (!built.isEmpty()) {
                            drafts.addAll(built);
                            break;
                        }
                    }
                }
            }
            String explicit = attribution.sourceAnywhere();
            if (explicit != null && view.typeOfName(explicit).equals("organization")) {
                organizationSources.merge(explicit, 1, Integer::sum);
            }
            if (explicit != null && view.typeOfName(explicit).equals("person")) {
                lastPerson = explicit;
            }
            if (explicit != null) {
                lastSource = explicit;
                lastSourceSentence = sentence.index();
            } else if (sentenceSource != null && reportedSpeech) {
                lastSourceSentence = sentence.index();
            }
        }
        return new ClaimMerger(view).finish(document.doc(), drafts);
    }

    /**
     * The date relative expressions resolve against. The publication date, made precise by the latest full date
     * the text gives within it ("am Freitag (4. August)" in an article of August). Without one, the date the text
     * itself reveals ({@link #referenceEstimate}: "der 70. Jahrestag des Endes des Koreakriegs" is 2023), made
     * precise the same way; without that, the latest absolute date or year the text names (the article is from
     * after it).
     */
    LocalDate referenceDate(Document document, String language, List<Entity> entities) {
        String published = document.published();
        if (published != null && published.length() == 10) {
            return LocalDate.parse(published);
        }
        LocalDate rough = published == null ? null : published.length() == 7
                ? LocalDate.parse(published + "-15") : LocalDate.of(Integer.parseInt(published), 7, 1);
        if (published == null) {
            Optional<ReferenceEstimate> estimate = referenceEstimate(document, language, entities);
            if (estimate.isPresent()) {
                published = estimate.get().value(); // only for this method: the document keeps published null
                rough = estimate.get().anchor();
            }
        }
        LocalDate latest = null;
        String body = document.body();
        for (Times.Span t : times.find(body, language, rough)) {
            // absolute dates, and yearless ones the text writes with a day number ("am Freitag (4. August)")
            boolean statedDay = t.end2() == null && t.start() != null && t.start().length() == 10
                    && body.substring(t.begin(), t.end()).chars().anyMatch(Character::isDigit);
            if (t.fuzzy() || t.start() == null || t.relative() && !statedDay) {
                continue;
            }
            String value = t.end2() != null ? t.end2() : t.start();
            if (published != null && !(value.length() == 10 && value.startsWith(published))) {
                continue; // with a publication date, only full dates inside it make it precise
            }
            LocalDate date = endOf(value);
            if (date != null && (latest == null || date.isAfter(latest))) {
                latest = date;
            }
        }
        return latest != null ? latest : rough;
    }

    /**
     * The date an undated document reveals through its own words (anniversaries, weekdays), bounded by the offices
     * it names together with their holders ("Verteidigungsminister Sergej Schoigu" was written during his
     * tenure). Empty for a document with a publication date, and when no clue dates it. The estimate never
     * becomes the document's {@code published}: it only anchors relative expressions.
     */
    public Optional<ReferenceEstimate> referenceEstimate(Document document, String language, List<Entity> entities) {
        if (document.published() != null) {
            return Optional.empty();
        }
        return estimator.estimate(document.body(), language, tenureBounds(document.body(), language, entities));
    }

    /**
     * For each person named right after the title of an office they held ("der russische Verteidigungsminister
     * Sergej Schoigu"), the span of their tenures in that office: the text was written within it. Titles after
     * "ehemalige", "former", "Ex-" do not count.
     */
    List<ReferenceDateEstimator.Bound> tenureBounds(String body, String language, List<Entity> entities) {
        List<ReferenceDateEstimator.Bound> bounds = new ArrayList<>();
        if (language == null) {
            return bounds;
        }
        for (Entity e : entities) {
            if (!e.type().equals("person")) {
                continue;
            }
            List<OfficeHolding> holdings = kb.holdingsBy(e.id());
            if (holdings.isEmpty()) {
                continue;
            }
            for (Mention m : e.mentions()) {
                String before = body.substring(Math.max(0, m.begin() - 60), m.begin())
                        .toLowerCase(Locale.ROOT).stripTrailing();
                if (FORMER.matcher(before).find()) {
                    continue;
                }
                LocalDate first = null;
                LocalDate last = null;
                boolean open = false;
                for (OfficeHolding h : holdings) {
                    boolean titled = kb.office(h.office()).map(o -> o.titles(language)).orElse(List.of()).stream()
                            .anyMatch(t -> before.endsWith(t.toLowerCase(Locale.ROOT))
                                    || before.matches("(?s).*\\b" + Pattern.quote(t.toLowerCase(Locale.ROOT))
                                    + "\\p{L}{0,2}$"));
                    if (!titled) {
                        continue;
                    }
                    first = first == null || h.start().isBefore(first) ? h.start() : first;
                    if (h.end() == null) {
                        open = true;
                    } else if (last == null || h.end().isAfter(last)) {
                        last = h.end();
                    }
                }
                if (first != null) {
                    bounds.add(new ReferenceDateEstimator.Bound(first, open ? null : last,
                            e.name() + " in office"));
                }
            }
        }
        return bounds;
    }

    private static final Pattern FORMER = Pattern.compile(
            "\\b(ehemalige\\p{L}*|frühere\\p{L}*|einstige\\p{L}*|ex-|former|ex|then|damalige\\p{L}*)\\b[^.]{0,40}$",
            Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

    /** The last day a truncated ISO date can mean. */
    private static LocalDate endOf(String iso) {
        try {
            return switch (iso.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(iso), 12, 31);
                case 7 -> LocalDate.parse(iso + "-01").plusMonths(1).minusDays(1);
                case 10 -> LocalDate.parse(iso);
                default -> null;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Tokens whose lemma (with a separable particle anywhere in the sentence) is a trigger. */
    /** The claim types about goods: {@link #build} keeps them only with an item, a count, a route or two states. */
    private static final Set<String> GOODS_TYPES = Set.of("transfer", "request", "use");

    /** Whether every trigger candidate, read any way the lexicon allows, is of a {@link #GOODS_TYPES goods type}. */
    private boolean onlyGoodsTriggers(DocumentView view, Sentence sentence, List<Integer> candidates, String language) {
        for (int i : candidates) {
            for (String lemma : triggerLemmas(sentence, i, language)) {
                for (Lexicon.Trigger trigger : lexicon.triggers(language, lemma)) {
                    if (GUEST.equals(trigger.companion()) && !namesGuest(view, sentence, language)) {
                        continue; // "received FDA clearance": no one to receive, no meeting to look for
                    }
                    if (!GOODS_TYPES.contains(trigger.type())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Whether a sentence names a person or a guest noun ("delegation"): what a meeting by "receive" needs. */
    private boolean namesGuest(DocumentView view, Sentence sentence, String language) {
        return view.within(sentence.begin(), sentence.end()).stream().anyMatch(m -> m.entity().type().equals("person"))
                || sentence.tokens().stream().anyMatch(t -> lexicon.endsWithAny(language, "guest", lexicon.lemma(language, t)));
    }

    /**
     * Whether a sentence names what a goods claim needs besides a count (checked apart): an item noun, a place (a
     * route's end) or two states. The same conditions {@link #build} checks after the parse, read off the words, so
     * that sentences it would drop are not parsed at all.
     */
    private boolean namesGoodsOrRoute(DocumentView view, Sentence sentence, String language) {
        if (countriesIn(view, sentence) >= 2 || view.within(sentence.begin(), sentence.end()).stream()
                .anyMatch(m -> m.entity().type().equals("place"))) {
            return true;
        }
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos();
            if (!"NOUN".equals(pos) && !"PROPN".equals(pos)) {
                continue;
            }
            String before = i > 0 ? lexicon.lemma(language, tokens.get(i - 1)) : null;
            if (lexicon.itemOfNoun(language, before, tokens.get(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The lemmas under which token {@code i} may be a trigger: its own, and with a separated particle before it. */
    private List<String> triggerLemmas(Sentence sentence, int i, String language) {
        List<Token> tokens = sentence.tokens();
        String lemma = lexicon.lemma(language, tokens.get(i));
        List<String> lemmas = new ArrayList<>(List.of(lemma));
        for (int j = 0; j < tokens.size(); j++) {
            String particle = tokens.get(j).text().toLowerCase(Locale.ROOT);
            if (j != i && particle.length() <= 7 && !lexicon.triggers(language, particle + lemma).isEmpty()) {
                lemmas.add(particle + lemma);
            }
        }
        return lemmas;
    }

    private List<Integer> triggerCandidates(Sentence sentence, String language) {
        List<Integer> found = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String pos = tokens.get(i).pos() == null ? "" : tokens.get(i).pos();
            if (!pos.equals("VERB") && !pos.equals("NOUN") && !pos.equals("AUX") && !pos.equals("ADJ")) {
                continue;
            }
            if (triggerLemmas(sentence, i, language).stream().anyMatch(l -> !lexicon.triggers(language, l).isEmpty())) {
                found.add(i);
            }
        }
        return found;
    }

    private Draft build(Lexicon.Trigger trigger, int t, SentenceView s, Roles roles, String language, DocumentView view,
                        List<Times.Span> timeSpans, List<Quantities.Span> amounts, String text,
                        Attribution attribution, String sentenceSource, List<Draft> earlier, LocalDate reference) {
        Token token = s.token(t);
        String pos = token.pos();
        if (trigger.noun() != "NOUN".equals(pos) && !(trigger.noun() && "PROPN".equals(pos))) {
            return null;
        }
        if (!trigger.noun() && "AUX".equals(pos) && s.child(t, "obj").isEmpty()) {
            return null; // a modal, not a main verb ("will reisen")
        }
        if (GUEST.equals(trigger.companion()) ? !roles.objectIsGuest()
                : trigger.companion() != null && !s.sentenceHasLemma(trigger.companion())) {
            return null; // "verantwortlich machen"; "receive" is a meeting only with a guest ("received Kim")
        }
        Frame frame = trigger.frame();
        Draft d = new Draft();
        d.type = trigger.type();
        d.sentence = s.sentence().index();
        d.begin = s.sentence().begin();
        d.end = s.sentence().end();
        d.evidence = text.strip();
        if (frame == Frame.HOST && roles.objectIsThing()) {
            frame = Frame.RECEIVE; // "empfangen" with goods as object
            d.type = "transfer";
        }
        if ("transfer".equals(d.type) && frame == Frame.RECEIVE && !trigger.noun() && roles.objectIsGuest()
                && !roles.objectIsThing()) {
            return null; // "Putin received Kim": a guest, not goods (the trigger's meeting reading comes next)
        }
        if ("transfer".equals(d.type) && frame == Frame.GIVE && (roles.hasPreposition(Frame.SUPPLY.itemPrepositions)
                || roles.objectIsOnlyParty())) {
            frame = Frame.SUPPLY; // "supply X with Y", "provide X with Y", "of supplying Russia"
        }
        roles.assign(frame, d, view, earlier);
        if (d.actor == null && d.carrierState != null && (d.target == null || !d.carrierState.equals(d.target.country()))) {
            // "Nordkoreanische Frachter brachten Munition nach Russland": with no origin, the carrier's state
            d.actor = new Party(d.carrierState, "country", d.carrierState, -1);
        }
        if (("meeting".equals(d.type) || "visit".equals(d.type)) && d.destination == null) {
            roles.locativeAnywhere(d, view);
        }
        if ("meeting".equals(d.type) && d.target == null && d.actor != null) {
            roles.otherPerson(d, view); // "empfing im September Kim" with Kim hung on the date
        }
        if (("use".equals(d.type) || "visit".equals(d.type)) && d.target == null && d.actor != null) {
            roles.countryAfterTrigger(d, view); // "einsetzen, um ukrainische Städte anzugreifen"; "Besuch ... in X"
        }
        if (d.actor == null && d.target == null && d.origin == null && d.destination == null) {
            return null;
        }
        if (d.item == null) {
            d.item = roles.itemAnywhere(frame);
        }
        if (d.item == null && Set.of("transfer", "request", "use", "deny").contains(d.type)) {
            d.item = roles.itemNearest();
        }
        if (d.item == null && "deny".equals(d.type) && !earlier.isEmpty()
                && d.sentence - earlier.get(earlier.size() - 1).sentence <= 1) {
            d.item = earlier.get(earlier.size() - 1).item; // "weist das zurück": what was just claimed
        }
        if ("request".equals(d.type) && d.item == null && frame == Frame.ASK
                && !s.child(t, "obj").isEmpty() && "wollen".equals(lexicon.lemma(language, token))) {
            return null;
        }
        if (Set.of("transfer", "request", "use").contains(d.type) && d.item == null && d.quantity == null
                && nearestAmount(amounts) == null && countriesIn(view, s.sentence()) < 2
                && d.origin == null && d.destination == null) {
            return null; // goods are what these claims are about: an item, a count, a route, or two states
        }
        Modality.apply(d, s, t, lexicon, language, trigger);
        int sourceVerb = attribution.sourceVerb();
        d.source = !Set.of("accuse", "deny").contains(d.type) ? sentenceSource
                // an accusing verb is a verb of saying, but its speaker is the accusation's actor, not its source
                : sourceVerb == t ? null
                // who accuses or denies speaks for themselves: another speaker only when telling of it ("Kirby
                // said Moscow denied it"), not beside it ("Russia denied it, but US officials say ...")
                : sourceVerb >= 0 && !governs(s, sourceVerb, t) && !tacked(s, sourceVerb, t) ? null
                : attribution.sourceAnywhere();
        if (Set.of("accuse", "deny", "agreement").contains(d.type) && d.source != null && d.actor != null
                && d.source.equals(d.actorName())) {
            d.source = null; // who accuses or denies is the one who says so
        }
        int denial = "deny".equals(d.type) ? -1 : governingDenial(s, t, language);
        if (denial >= 0) {
            // "Moscow denied receiving weapons", "wies Berichte zurück, wonach ...": the claim is what is denied;
            // who denies it is its source, unless it is the claim's own actor
            d.modality = "denied";
            Roles denying = new Roles(s, denial, language, lexicon, false);
            Draft denier = new Draft();
            denier.type = "deny";
            denying.assign(Frame.DENY, denier, view, earlier);
            Party who = denier.actor;
            boolean actorDenies = who != null && d.actor != null && (who.name().equals(d.actorName())
                    || who.country() != null && who.country().equals(d.actor.country()));
            d.source = who == null || actorDenies ? null : who.name();
        }
        boolean saidBySomeone = (attribution.reportedSpeech() || attribution.hasSpeaker())
                && !Set.of("accuse", "deny").contains(d.type);
        if ((d.source != null || saidBySomeone) && "asserted".equals(d.modality)) {
            d.modality = "reported"; // attributed, or reported speech with its speaker left unnamed
        }
        if (attribution.hearsay() && d.source == null && !Set.of("accuse", "deny").contains(d.type)
                && Set.of("asserted", "reported").contains(d.modality)) {
            d.modality = "alleged"; // "is said to", "es heißt", "Berichten zufolge": passed on, no one named
        }
        d.nominal = trigger.noun();
        if ("deny".equals(d.type) && "denied".equals(d.modality)) {
            return null; // "has not denied", "neither confirmed nor denied": no denial
        }
        // what is denied is dated in its own clause: "dementierte am Montag Berichte, wonach ..." dates the denial
        Times.Span time = nearestTimeSpan(timeSpans, s, t, attribution, denial >= 0 ? s.span(t) : null);
        if (time != null) {
            d.when = new Event.Period(nextIfScheduled(time, text, s, t, language, reference), time.end2());
            d.whenFuzzy = time.fuzzy();
            if (reference != null && Set.of("asserted", "reported").contains(d.modality)
                    && d.when.start().compareTo(reference.toString()) > 0 && presentTense(s, t, language)) {
                d.modality = "planned"; // "Kim reist am Dienstag nach Moskau": what is yet to come is announced
            }
        }
        if (roles.intendsToObtain(frame, d, lexicon, language)) {
            // a recipient who wants, tries or hopes to obtain something asks for it
            Party recipient = d.target;
            d.type = "request";
            d.target = d.actor;
            d.actor = recipient;
            if ("planned".equals(d.modality)) {
                d.modality = d.source != null ? "reported" : "asserted";
            }
        }
        if ("transfer".equals(d.type) || "request".equals(d.type)) {
            d.quantity = nearestAmount(amounts);
        }
        return d;
    }

    /**
     * The start of a claim's time, moved a week on when a bare weekday ("am Dienstag", "on Tuesday") dates a verb
     * in the present tense: "Kim reist am Dienstag nach Moskau" is the coming Tuesday, not the one before the
     * report (the time normaliser, which sees no tense, takes the one before). The expression is bare when it is
     * the name of its day alone (with a part of the day: "Dienstagabend").
     */
    private String nextIfScheduled(Times.Span time, String text, SentenceView s, int t, String language,
                                   LocalDate reference) {
        String start = time.start();
        if (reference == null || start.length() != 10 || time.end2() != null || !time.relative()) {
            return start;
        }
        LocalDate day = LocalDate.parse(start);
        String said = text.substring(time.begin(), time.end());
        String name = day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                Locale.forLanguageTag(language));
        if (!day.isBefore(reference) || !said.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))
                || said.contains(" ") || !presentTense(s, t, language)) {
            return start;
        }
        return day.plusDays(7).toString();
    }

    /**
     * Whether a verb trigger is in the present tense: English VBZ/VBP (or a present progressive, "is travelling");
     * German a finite form with no auxiliary that is no preterite or participle (weak "-te", strong forms of
     * de-verb-forms.tsv).
     */
    private boolean presentTense(SentenceView s, int t, String language) {
        Token token = s.token(t);
        if (!"VERB".equals(token.pos())) {
            return false;
        }
        List<String> auxiliaries = new ArrayList<>();
        for (Dependency c : s.children(t)) {
            if (c.relation().startsWith("aux")) {
                auxiliaries.add(s.token(c.dependent()).text().toLowerCase(Locale.ROOT));
            }
        }
        if (language.equals("en")) {
            String tag = String.valueOf(token.tag());
            return auxiliaries.isEmpty() && (tag.equals("VBZ") || tag.equals("VBP"))
                    || tag.equals("VBG") && !auxiliaries.isEmpty()
                    && Set.of("is", "are", "am", "'s", "'re").containsAll(auxiliaries);
        }
        if (!language.equals("de") || !auxiliaries.isEmpty() || s.arc(t).map(a -> a.relation().equals("xcomp")).orElse(false)) {
            return false;
        }
        String w = token.text().toLowerCase(Locale.ROOT);
        String lemma = s.lemma(t);
        boolean participle = w.startsWith("ge") && !lemma.startsWith("ge");
        return !w.equals(lemma) && !participle && !lexicon.germanPastForm(w)
                && !w.matches(".*(te|ten|test|tet)$");
    }

    /** Conjunctions and markers of a clause that says what is denied: "denied that", "Berichte, wonach". */
    private static final Set<String> CONTENT_MARKERS = Set.of("dass", "daß", "wonach", "ob", "zu", "that", "whether",
            "to", "of");

    /**
     * The deny trigger whose complement holds token t ("Moscow denied receiving weapons", "Russia rejected claims
     * that it had received missiles", "wies Berichte zurück, wonach Iran Raketen geliefert habe"), or -1. The way up
     * may pass through objects, nouns and their clauses, but not through a clause coordinated with the denial
     * ("denied it and shipped more") or an adverbial clause of time, cause or concession ("obwohl", "after").
     */
    private int governingDenial(SentenceView s, int t, String language) {
        int node = t;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Dependency> arc = s.arc(node);
            if (arc.isEmpty() || arc.get().head() < 0) {
                return -1;
            }
            String r = arc.get().relation();
            int head = arc.get().head();
            boolean denies = lexicon.triggers(language, s.lemmaWithParticle(head)).stream()
                    .anyMatch(tr -> tr.type().equals("deny") && !tr.noun());
            if (r.equals("parataxis") || r.equals("conj") && denies) {
                return -1;
            }
            if (r.startsWith("advcl") && !contentClause(s, node) || "CCONJ".equals(s.token(head).pos())) {
                return -1; // "obwohl ...", "after ..."; "denied the reports and shipped" parsed under "and"
            }
            if (denies && "VERB".equals(s.token(head).pos())) {
                return negated(s, head, language) ? -1 : head; // "has not denied receiving": not denied
            }
            if ("VERB".equals(s.token(head).pos()) && lexicon.is(language, "say", s.lemmaWithParticle(head))) {
                return -1; // "dismissed the envoy who had accused Pyongyang of shipping arms": the accuser's claim
            }
            node = head;
        }
        return -1;
    }

    /**
     * Whether verb {@code head} takes token {@code t} into what it says: an ancestor through complements
     * ("Kirby said Moscow denied it", "sagte, Moskau habe dementiert"), not through a relative or adverbial clause
     * ("wirft ... vor, ..., was Moskau bestreitet").
     */
    private static boolean governs(SentenceView s, int head, int t) {
        int node = t;
        for (int depth = 0; depth < 12; depth++) {
            Optional<Dependency> arc = s.arc(node);
            if (arc.isEmpty() || arc.get().head() < 0 || arc.get().relation().startsWith("acl")
                    || arc.get().relation().startsWith("advcl")) {
                return false;
            }
            node = arc.get().head();
            if (node == head) {
                return true;
            }
        }
        return false;
    }

    /** Whether verb {@code say} is tacked on to the clause of {@code t}: "Pjöngjang weist das zurück, sagte Kirby". */
    private static boolean tacked(SentenceView s, int say, int t) {
        Optional<Dependency> arc = s.arc(say);
        boolean asyndetic = arc.isPresent() && arc.get().relation().equals("conj")
                && s.children(say).stream().noneMatch(c -> c.relation().equals("cc")); // no "und", "but"
        return arc.isPresent() && (asyndetic || Set.of("parataxis", "dep", "ccomp").contains(arc.get().relation()))
                && (arc.get().head() == t || governs(s, arc.get().head(), t));
    }

    /** Whether a verb has a negation of its own ("not", "nicht", "nor"), directly or on its auxiliary. */
    private boolean negated(SentenceView s, int verb, String language) {
        for (Dependency c : s.children(verb)) {
            if (Set.of("advmod", "cc", "cc:preconj", "aux").contains(c.relation())
                    && lexicon.is(language, "negation", s.token(c.dependent()).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause of verb i is introduced as content ("dass", "wonach", "zu", "that") or not at all. */
    private static boolean contentClause(SentenceView s, int i) {
        for (Dependency c : s.children(i)) {
            String w = s.token(c.dependent()).text().toLowerCase(Locale.ROOT);
            if (c.relation().equals("mark") || c.relation().equals("advmod") && w.startsWith("wo")) {
                return CONTENT_MARKERS.contains(w);
            }
        }
        return true;
    }

    private static long countriesIn(DocumentView view, Sentence sentence) {
        return view.within(sentence.begin(), sentence.end()).stream()
                .filter(m -> m.entity().type().equals("country")).map(m -> m.entity().name()).distinct().count();
    }

    /** The time nearest the trigger, not one that dates the report; within {@code clause} (tokens) when given. */
    private Times.Span nearestTimeSpan(List<Times.Span> spans, SentenceView s, int t, Attribution attribution,
                                       int[] clause) {
        int anchor = s.token(t).begin() - s.sentence().begin();
        Times.Span best = null;
        for (Times.Span span : spans) {
            if (span.start() == null || attribution.isReportTime(span.begin() + s.sentence().begin())) {
                continue;
            }
            int offset = span.begin() + s.sentence().begin();
            if (clause != null && (offset < s.token(clause[0]).begin() || offset >= s.token(clause[1]).end())) {
                continue;
            }
            if (best == null || Math.abs(span.begin() - anchor) < Math.abs(best.begin() - anchor)) {
                best = span;
            }
        }
        return best;
    }

    /** The first count of goods; a precise figure beats a vague one ("mehrere Container ... 4,8 Millionen Granaten"). */
    private static Event.Amount nearestAmount(List<Quantities.Span> amounts) {
        Quantities.Span vague = null;
        for (Quantities.Span a : amounts) {
            if (a.unit() != null && COUNT_UNITS.contains(a.unit())) {
                if (!a.vague()) {
                    return new Event.Amount(a.value(), a.unit(), a.qualifier());
                }
                vague = vague == null ? a : vague;
            }
        }
        return vague == null ? null : new Event.Amount(vague.value(), vague.unit(), vague.qualifier());
    }

    /**
     * A sentence without a trigger that gives a count of goods ("Es handle sich um mehr als 1.000 Container mit
     * Munition") elaborates the transfer of the sentence before it: it lends its quantity, item, time and source.
     */
    private void elaborate(List<Draft> drafts, Sentence sentence, String text, List<Quantities.Span> amounts,
                           String source, DocumentView view, String language) {
        Event.Amount amount = nearestAmount(amounts);
        if (amount == null) {
            return;
        }
        Draft moved = movement(sentence, text, amount, source, view, language);
        if (moved != null) {
            drafts.add(moved);
            return;
        }
        if (drafts.isEmpty()) {
            return;
        }
        Draft last = drafts.get(drafts.size() - 1);
        if (!"transfer".equals(last.type) || sentence.index() - last.sentence > 2 || last.quantity != null) {
            return;
        }
        last.quantity = amount;
        if (last.item == null || "weapons".equals(last.item)) {
            for (Token token : sentence.tokens()) {
                Optional<String> item = lexicon.item(language, lexicon.lemma(language, token));
                if (item.isPresent() && ("NOUN".equals(token.pos()) || "PROPN".equals(token.pos()))) {
                    last.item = item.get();
                    break;
                }
            }
        }
        if (last.source == null && source != null) {
            last.source = source;
        }
        last.evidence = text.strip();
        last.begin = sentence.begin();
        last.end = sentence.end();
    }

    private static final Set<String> FROM = Set.of("aus", "von", "from");
    private static final Set<String> TOWARDS = Set.of("nach", "to", "into", "towards");

    /**
     * Goods counted on their way with no verb of giving: "Container aus Nordkorea auf dem Weg nach Russland, die
     * bis zu 4,8 Millionen Granaten enthalten könnten" is a transfer from the country after "aus/from" to the one
     * after "nach/to". The sentence's modal verbs give its modality.
     */
    private Draft movement(Sentence sentence, String text, Event.Amount amount, String source, DocumentView view,
                           String language) {
        String from = null;
        String to = null;
        List<Token> tokens = sentence.tokens();
        for (DocumentView.Mentioned m : view.within(sentence.begin(), sentence.end())) {
            if (!m.entity().type().equals("country")) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).begin() == m.begin() && i > 0) {
                    String before = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
                    if (FROM.contains(before) && from == null) {
                        from = m.entity().name();
                    } else if (TOWARDS.contains(before) && to == null) {
                        to = m.entity().name();
                    }
                }
            }
        }
        if (from == null || to == null || from.equals(to)) {
            return null;
        }
        Draft d = new Draft();
        d.type = "transfer";
        d.actor = new Party(from, "country", from, -1);
        d.target = new Party(to, "country", to, -1);
        d.quantity = amount;
        d.sentence = sentence.index();
        d.begin = sentence.begin();
        d.end = sentence.end();
        d.evidence = text.strip();
        d.source = source;
        for (Token token : tokens) {
            Optional<String> item = lexicon.item(language, lexicon.lemma(language, token));
            if (item.isPresent() && ("NOUN".equals(token.pos()) || "PROPN".equals(token.pos()))) {
                d.item = item.get();
            }
        }
        for (Token token : tokens) {
            String w = token.text().toLowerCase(Locale.ROOT);
            if (lexicon.is(language, "possible", w) || lexicon.is(language, "possible", lexicon.lemma(language, token))
                    && "AUX".equals(token.pos()) && !w.equals("kann") && !w.equals("can")) {
                d.modality = "possible";
            } else if (lexicon.is(language, "alleged", w) && !"possible".equals(d.modality)) {
                d.modality = "alleged";
            }
        }
        if ("asserted".equals(d.modality) && source != null) {
            d.modality = "reported";
        }
        return d;
    }

    /** Document-wide facts the claims need: mentions by offset, the reference date, countries of places. */
    static final class DocumentView {
        final Document document;
        final Analysis analysis;
        final KnowledgeBase kb;
        final List<Mentioned> mentions = new ArrayList<>();
        final Map<String, Integer> countryMentions = new HashMap<>();

        record Mentioned(int begin, int end, Entity entity, String how) {
        }

        DocumentView(Document document, Analysis analysis, List<Entity> entities, KnowledgeBase kb) {
            this.document = document;
            this.analysis = analysis;
            this.kb = kb;
            String body = document.body();
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    if (isDateline(body, m)) {
                        continue; // "Moskau – Nordkorea hat ...": where the story was filed, not who acts
                    }
                    mentions.add(new Mentioned(m.begin(), m.end(), e, m.how()));
                    if (e.type().equals("country")) {
                        countryMentions.merge(e.name(), 1, Integer::sum);
                    }
                }
            }
            mentions.sort(Comparator.comparingInt(Mentioned::begin));
        }

        /** A place name opening a paragraph and followed by a dash or an agency in parentheses. */
        static boolean isDateline(String body, Mention m) {
            boolean opensParagraph = m.begin() == 0 || body.charAt(m.begin() - 1) == '\n'
                    || body.substring(Math.max(0, m.begin() - 30), m.begin()).matches("(?s).*\\n[\\p{Lu}/ .-]*");
            String after = body.substring(m.end(), Math.min(body.length(), m.end() + 12));
            return opensParagraph && after.matches("(?s)(/[^ ]+)?\\s*(\\([^)]{1,10}\\))?\\s*[–—-]\\s.*");
        }

        List<Mentioned> within(int begin, int end) {
            List<Mentioned> found = new ArrayList<>();
            for (Mentioned m : mentions) {
                if (m.begin() >= begin && m.end() <= end) {
                    found.add(m);
                }
            }
            return found;
        }

        /** The party a mention names in a claim: capitals and other places stand for their country. */
        Party party(Mentioned m) {
            Entity e = m.entity();
            String country = countryOf(e);
            return new Party(e.name(), e.type(), country, m.begin());
        }

        String countryOf(Entity e) {
            if (e.type().equals("country")) {
                return e.name();
            }
            return kb.byId(e.id()).map(KbEntity::country).orElse(null);
        }

        /** Whether a place mention is a capital (the linker also links its country at the same span). */
        boolean isCapital(Mentioned place) {
            return mentions.stream().anyMatch(m -> m.begin() == place.begin() && m.how().equals("capital"));
        }

        /**
         * Whether the knowledge base knows something named between two offsets (a person, state, body or place
         * of this domain). Names only the NER found do not make a claim.
         */
        boolean namesKnownParty(int begin, int end) {
            for (Mentioned m : within(begin, end)) {
                Entity e = m.entity();
                if (e.known()) {
                    return true;
                }
            }
            return false;
        }

        /** The type of an entity named in this document by its SCHEMA name, or "". */
        String typeOfName(String name) {
            for (Mentioned m : mentions) {
                if (m.entity().name().equals(name)) {
                    return m.entity().type();
                }
            }
            return "";
        }

        /** The country of an entity named in this document by its SCHEMA name, or null. */
        String countryOfName(String name) {
            for (Mentioned m : mentions) {
                if (m.entity().name().equals(name)) {
                    return countryOf(m.entity());
                }
            }
            return null;
        }

        /** The most recent person named before an offset. */
        Optional<Mentioned> personBefore(int offset) {
            Mentioned found = null;
            for (Mentioned m : mentions) {
                if (m.begin() < offset && m.entity().type().equals("person")) {
                    found = m;
                }
            }
            return Optional.ofNullable(found);
        }

        /** The two countries the document names most: the pair a bilateral story is about. */
        List<String> countryPair() {
            return countryMentions.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(2).map(Map.Entry::getKey).toList();
        }
    }

    /** The parse of one sentence, with helpers over its tree. */
    static final class SentenceView {
        private final Sentence sentence;
        private final DependencyParse parse;
        private final DocumentView view;
        private final Map<Integer, List<Dependency>> children = new LinkedHashMap<>();
        private final Map<Integer, Dependency> arcOf = new HashMap<>();
        private final Lexicon lexicon;
        private final String language;

        SentenceView(Sentence sentence, DependencyParse parse, DocumentView view, Lexicon lexicon, String language) {
            this.sentence = sentence;
            this.parse = parse;
            this.view = view;
            this.lexicon = lexicon;
            this.language = language;
            for (Dependency d : parse.arcs()) {
                arcOf.put(d.dependent(), d);
                children.computeIfAbsent(d.head(), k -> new ArrayList<>()).add(d);
            }
        }

        Sentence sentence() {
            return sentence;
        }

        DocumentView view() {
            return view;
        }

        Token token(int i) {
            return sentence.tokens().get(i);
        }

        int size() {
            return sentence.tokens().size();
        }

        List<Dependency> children(int head) {
            return children.getOrDefault(head, List.of());
        }

        Optional<Dependency> arc(int dependent) {
            return Optional.ofNullable(arcOf.get(dependent));
        }

        List<Integer> child(int head, String relation) {
            List<Integer> found = new ArrayList<>();
            for (Dependency d : children(head)) {
                if (d.relation().equals(relation)) {
                    found.add(d.dependent());
                }
            }
            return found;
        }

        String lemma(int i) {
            return lexicon.lemma(language, token(i));
        }

        String lemma(Token t) {
            return lexicon.lemma(language, t);
        }

        /** The lemma, with a separable particle attached as a child ("weist ... zurück" = zurückweisen). */
        String lemmaWithParticle(int i) {
            String lemma = lemma(i);
            for (Dependency d : children(i)) {
                if (d.relation().equals("compound:prt")) {
                    return token(d.dependent()).text().toLowerCase(Locale.ROOT) + lemma;
                }
            }
            return lemma;
        }

        boolean sentenceHasLemma(String lemma) {
            return sentence.tokens().stream().anyMatch(t -> lemma(t).equals(lemma));
        }

        /** Token indices of the subtree under {@code head}, head included. */
        int[] span(int head) {
            int min = head;
            int max = head;
            List<Integer> stack = new ArrayList<>(List.of(head));
            boolean[] seen = new boolean[size()];
            while (!stack.isEmpty()) {
                int i = stack.remove(stack.size() - 1);
                if (seen[i]) {
                    continue;
                }
                seen[i] = true;
                min = Math.min(min, i);
                max = Math.max(max, i);
                for (Dependency d : children(i)) {
                    if (!d.relation().equals("punct") && !d.relation().startsWith("acl") && !d.relation().equals("parataxis")) {
                        stack.add(d.dependent());
                    }
                }
            }
            return new int[] {min, max};
        }

        /**
         * The mentions inside the subtree under {@code head} that name a party: a name that only modifies a compound
         * ("Ukraine-Krieg") does not, unless the compound's head is an agent ("US-Regierung", "Nordkorea-Machthaber").
         */
        List<DocumentView.Mentioned> mentions(int head) {
            int[] span = span(head);
            return parties(token(span[0]).begin(), token(span[1]).end());
        }

        /** The mentions between two offsets that name a party (see {@link #mentions(int)}). */
        List<DocumentView.Mentioned> parties(int begin, int end) {
            List<DocumentView.Mentioned> found = view.within(begin, end);
            found.removeIf(m -> {
                for (Token t : sentence.tokens()) {
                    if (m.begin() >= t.begin() && m.end() < t.end() && t.text().charAt(m.end() - t.begin()) == '-') {
                        String head2 = t.text().substring(t.text().lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
                        return AGENT_HEADS.stream().noneMatch(head2::startsWith);
                    }
                }
                return false;
            });
            return found;
        }

        /** The preposition that governs a dependent ("case" child), lower case, "im" read as "in". */
        String preposition(int dependent) {
            for (Dependency d : children(dependent)) {
                if (d.relation().equals("case")) {
                    String p = token(d.dependent()).text().toLowerCase(Locale.ROOT);
                    return switch (p) {
                        case "im", "ins" -> "in";
                        case "zum", "zur" -> "zu";
                        case "vom" -> "von";
                        case "am" -> "an";
                        case "beim" -> "bei";
                        default -> p;
                    };
                }
            }
            if (dependent > 0) { // the parser sometimes attaches the preposition elsewhere
                Token before = token(dependent - 1);
                if ("ADP".equals(before.pos())) {
                    return before.text().toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }

        /** The article of a dependent, lower case, or null. */
        String article(int dependent) {
            for (Dependency d : children(dependent)) {
                if (d.relation().equals("det")) {
                    return token(d.dependent()).text().toLowerCase(Locale.ROOT);
                }
            }
            return null;
        }
    }

    /** Membership that accepts null (immutable sets do not). */
    static boolean in(Set<String> set, String word) {
        return word != null && set.contains(word);
    }

    /** Places the dependents of one trigger in the roles of its frame. */
    static final class Roles {
        /** Frames in which a capital after a preposition is a place ("nach Moskau"), not its state. */
        private static final Set<Frame> MOVEMENT = Set.of(Frame.GIVE, Frame.SUPPLY, Frame.RECEIVE, Frame.BUY,
                Frame.VISIT, Frame.MEET, Frame.HOST);
        private final SentenceView s;
        private final int t;
        private final String language;
        private final Lexicon lexicon;
        private final boolean noun;
        private final List<Integer> subjects = new ArrayList<>();
        private final List<Integer> objects = new ArrayList<>();
        private final List<Integer> indirect = new ArrayList<>();
        private final List<Integer> obliques = new ArrayList<>();
        private boolean passive;

        private Roles(Roles other, int subject) {
            this.s = other.s;
            this.t = other.t;
            this.language = other.language;
            this.lexicon = other.lexicon;
            this.noun = other.noun;
            if (subject >= 0) {
                this.subjects.add(subject);
            }
            this.objects.addAll(other.objects);
            this.indirect.addAll(other.indirect);
            this.obliques.addAll(other.obliques);
            this.passive = other.passive;
        }

        /**
         * One set of roles per coordinated subject ("Nordkorea und Russland haben dementiert" is two denials),
         * except where coordination makes the parties of one claim (meetings, agreements).
         */
        /** One set of roles per coordinated object where each is a destination ("Nordkorea und Vietnam besuchen"). */
        List<Roles> perObject(Frame frame) {
            if (objects.size() != 1 || frame != Frame.VISIT) {
                return List.of(this);
            }
            List<Roles> each = new ArrayList<>(List.of(this));
            for (Dependency c : s.children(objects.get(0))) {
                if (c.relation().equals("conj") && !s.mentions(c.dependent()).isEmpty()) {
                    Roles other = new Roles(this, subjects.isEmpty() ? -1 : subjects.get(0));
                    other.objects.clear();
                    other.objects.add(c.dependent());
                    each.add(other);
                }
            }
            return each;
        }

        List<Roles> perSubject(Frame frame) {
            if (subjects.size() <= 1 || frame == Frame.MEET || frame == Frame.PLEDGE || frame == Frame.TALK) {
                return List.of(this);
            }
            List<Roles> each = new ArrayList<>();
            for (int subject : subjects) {
                each.add(new Roles(this, subject));
            }
            return each;
        }

        Roles(SentenceView s, int t, String language, Lexicon lexicon, boolean noun) {
            this.s = s;
            this.t = t;
            this.language = language;
            this.lexicon = lexicon;
            this.noun = noun;
            collect(t);
            auxiliaryHead(t).ifPresent(this::collect); // "hat keine Waffen ... geliefert" parsed with "hat" as the verb
            Optional<Dependency> arc = s.arc(t);
            if (!noun && objects.isEmpty() && arc.isPresent() && arc.get().relation().equals("amod")
                    && arc.get().head() > t && afterGerundPreposition()) {
                // "of shipping missiles", "of supplying Russia" parsed as an adjective of the noun after it
                objects.add(arc.get().head());
                collectAround(arc.get().head());
            }
            if (!noun && language.equals("de") && !passive) {
                repairGermanOrder();
            }
            for (int subject : List.copyOf(subjects)) {
                for (Dependency c : s.children(subject)) {
                    if (c.relation().equals("conj")) {
                        subjects.add(c.dependent()); // "Nordkorea und Russland"
                    }
                }
            }
            if (subjects.isEmpty() && !noun) {
                inheritSubject(t);
            }
            if (subjects.isEmpty() && !noun) {
                gerundController().ifPresent(subjects::addAll);
            }
            if (subjects.isEmpty() && !noun && !passive) {
                firstBareNameBefore().ifPresent(subjects::add);
            }
        }

        /** Whether the trigger is an English gerund after "of/for/with" ("accused X of shipping"). */
        private boolean afterGerundPreposition() {
            return t > 0 && Set.of("of", "for", "with").contains(s.token(t - 1).text().toLowerCase(Locale.ROOT))
                    && "VBG".equals(s.token(t).tag());
        }

        /** The prepositional phrases of an object, which may belong to the verb ("Waffen an Russland"). */
        private void collectAround(int object) {
            for (Dependency d : s.children(object)) {
                if (d.relation().startsWith("nmod") && s.preposition(d.dependent()) != null
                        && !isAttribution(d.dependent())) {
                    obliques.add(d.dependent());
                }
            }
        }

        /**
         * The subject of a gerund after "of/for/with" that completes a verb of object control: "accused North Korea
         * of shipping", "North Korea is accused of shipping" (its object, or its passive subject).
         */
        private Optional<List<Integer>> gerundController() {
            if (!afterGerundPreposition()) {
                return Optional.empty();
            }
            for (int v = t - 2; v >= 0; v--) {
                if (lexicon.is(language, "object_control", s.lemma(v))) {
                    List<Integer> controllers = new ArrayList<>(s.child(v, "obj"));
                    controllers.addAll(s.child(v, "nsubj:pass"));
                    return controllers.isEmpty() ? Optional.empty() : Optional.of(controllers);
                }
            }
            return Optional.empty();
        }

        private void collect(int head) {
            for (Dependency aux : s.children(head)) {
                if (aux.relation().startsWith("aux")) {
                    subjects.addAll(s.child(aux.dependent(), "nsubj")); // "Russland hat ... eingesetzt" hung on "hat"
                }
            }
            for (Dependency d : s.children(head)) {
                String r = d.relation();
                int i = d.dependent();
                switch (r) {
                    case "nsubj" -> subjects.add(i);
                    case "nsubj:pass" -> objects.add(i); // passive only with a passive auxiliary (below)
                    case "aux:pass" -> passive = true;
                    case "obj" -> objects.add(i);
                    case "iobj" -> indirect.add(i);
                    case "obl", "obl:agent", "obl:arg", "nmod", "nmod:poss", "obl:tmod" -> {
                        if (!isAttribution(i)) {
                            obliques.add(i);
                        }
                    }
                    default -> {
                    }
                }
            }
            // a prepositional phrase the parser hung on the object may belong to the verb ("Waffen an Russland")
            for (int o : List.copyOf(objects)) {
                collectAround(o);
            }
        }

        /** "nach Angaben X", "laut X": who says it, not a role of the claim. */
        private boolean isAttribution(int i) {
            String p = s.preposition(i);
            String lemma = s.lemma(i);
            return in(Set.of("laut", "gemäß", "zufolge", "according"), p)
                    || Set.of("angabe", "darstellung", "information", "bericht", "einschätzung", "erkenntnis",
                    "report", "assessment").stream().anyMatch(n -> lemma.endsWith(n) || lemma.endsWith(n + "en"));
        }

        /**
         * A subject the parse lost ("Schoigu war vergangene Woche ... gereist" read with a copula): the first name
         * before the trigger in its clause that no preposition governs, as subjects come first in most clauses.
         */
        Optional<Integer> firstBareNameBefore() {
            int start = 0;
            for (int i = t - 1; i >= 0; i--) {
                String w = s.token(i).text();
                if (w.equals(",") || w.equals(";") || w.equals(":")) {
                    start = i + 1;
                    break;
                }
            }
            for (int i = start; i < t; i++) {
                Token token = s.token(i);
                if (!"PROPN".equals(token.pos()) && !"NOUN".equals(token.pos())) {
                    continue;
                }
                boolean governed = i > 0 && ("ADP".equals(s.token(i - 1).pos())
                        || i > 1 && "DET".equals(s.token(i - 1).pos()) && "ADP".equals(s.token(i - 2).pos()));
                if (!governed && !s.parties(token.begin(), token.end()).isEmpty()) {
                    return Optional.of(i);
                }
                if (!governed) {
                    return Optional.empty(); // a subject without a name ("Der Minister")
                }
            }
            return Optional.empty();
        }

        /** The auxiliary the parser made the head of the trigger ("hat" over "geliefert"), if any. */
        Optional<Integer> auxiliaryHead(int i) {
            return s.arc(i).filter(a -> a.relation().equals("xcomp") && a.head() >= 0)
                    .map(Dependency::head).filter(h -> AUXILIARIES.contains(s.lemma(h)));
        }

        /** "plant, nach Russland zu reisen", "haben dementiert, aber versprochen": the subject of the head verb. */
        private void inheritSubject(int i) {
            Optional<Dependency> arc = s.arc(i);
            if (arc.isPresent() && arc.get().relation().startsWith("acl") && arc.get().head() >= 0) {
                // "Versuche Russlands, Munition zu beziehen": the genitive of the noun the clause belongs to
                for (Dependency d : s.children(arc.get().head())) {
                    if (d.relation().startsWith("nmod") && s.preposition(d.dependent()) == null
                            && !s.mentions(d.dependent()).isEmpty()) {
                        subjects.add(d.dependent());
                        return;
                    }
                }
                return;
            }
            for (int depth = 0; arc.isPresent() && depth < 1; depth++) {
                String r = arc.get().relation();
                if (!(r.equals("xcomp") || r.equals("conj") || r.startsWith("advcl") || r.equals("ccomp"))) {
                    return;
                }
                if ((r.startsWith("advcl") || r.equals("ccomp")) && finite(i)) {
                    return; // "..., wonach Nordkorea ... geliefert habe": a finite clause has a subject of its own
                }
                int head = arc.get().head();
                if (head < 0) {
                    return;
                }
                if (lexicon.is(language, "object_control", s.lemmaWithParticle(head))) {
                    List<Integer> controllers = new ArrayList<>(s.child(head, "obj"));
                    controllers.addAll(s.child(head, "iobj"));
                    controllers.addAll(s.child(head, "nsubj:pass")); // "Nordkorea wird vorgeworfen, ... zu haben"
                    if (!controllers.isEmpty()) {
                        subjects.addAll(controllers); // "verurteilten Nordkorea dafür, ... geliefert zu haben"
                        return;
                    }
                }
                List<Integer> found = new ArrayList<>(s.child(head, "nsubj"));
                if (found.isEmpty() && r.equals("xcomp")) {
                    found.addAll(s.child(head, "nsubj:pass")); // "North Korea is said to have shipped"
                }
                if (!found.isEmpty()) {
                    subjects.addAll(found);
                    return;
                }
                arc = s.arc(head);
            }
        }

        /**
         * Whether the clause of verb i is finite: it has an auxiliary or a conjunction of its own ("dass", "that",
         * "wonach"), and no infinitive marker ("zu", "um ... zu", "to").
         */
        private boolean finite(int i) {
            boolean own = false;
            for (Dependency c : s.children(i)) {
                String w = s.token(c.dependent()).text().toLowerCase(Locale.ROOT);
                if (c.relation().equals("mark") && Set.of("zu", "um", "ohne", "statt", "anstatt", "to").contains(w)) {
                    return false; // "um sie ... einzusetzen", "(in order) to use them"
                }
                own |= c.relation().equals("mark") || c.relation().startsWith("aux")
                        || c.relation().equals("advmod") && Set.of("wonach", "wobei", "wodurch").contains(w);
            }
            return own;
        }

        /**
         * German parses often mislabel subject and objects between names ("Nordkoreas Machthaber" as subject and
         * object, "Nordkorea soll Russland beliefert haben" swapped). So the core dependents are taken in sentence
         * order: a prenominal genitive ("Nordkoreas") joins the noun after it; an accusative article (den, einen)
         * marks the object and a dative one (dem, einem) the indirect object; the first of the rest is the subject.
         */
        private void repairGermanOrder() {
            List<Integer> core = new ArrayList<>();
            core.addAll(subjects);
            core.addAll(objects);
            core.addAll(indirect);
            core.removeIf(i -> s.preposition(i) != null && !"ADP".equals(s.token(i).pos()) && hasCase(i));
            core.sort(Integer::compare);
            core.removeIf(i -> core.contains(i + 1) && "PROPN".equals(s.token(i).pos())
                    && s.token(i).text().endsWith("s")); // "Nordkoreas Machthaber"
            if (core.size() < 2) {
                return;
            }
            List<Integer> subject = new ArrayList<>();
            List<Integer> object = new ArrayList<>();
            List<Integer> dative = new ArrayList<>();
            List<Integer> open = new ArrayList<>();
            for (int i : core) {
                String article = String.valueOf(s.article(i));
                String word = s.token(i).text().toLowerCase(Locale.ROOT);
                if (Set.of("den", "einen", "ihren", "seinen").contains(article) || Set.of("ihn").contains(word)) {
                    object.add(i);
                } else if (Set.of("dem", "einem", "ihrem", "seinem").contains(article) || word.equals("ihm")) {
                    dative.add(i);
                } else {
                    open.add(i);
                }
            }
            boolean infinitive = s.children(t).stream().anyMatch(c -> c.relation().equals("mark")
                    && s.token(c.dependent()).text().equalsIgnoreCase("zu"));
            // a relative pronoun opens its clause whatever its role ("..., was Moskau bestreitet"): a name after
            // it is the likelier subject
            if (open.size() >= 2 && isFrontedRelative(open.get(0))) {
                open.add(open.remove(0));
            }
            if (!open.isEmpty() && !infinitive) {
                subject.add(open.remove(0)); // "bestreitet, Russland Waffen geliefert zu haben": no subject of its own
            }
            if (open.size() >= 2 && dative.isEmpty()) {
                // "soll Putin Ausrüstung geschickt haben": the party is the dative, the thing the object
                for (int i : List.copyOf(open)) {
                    if (!s.mentions(i).isEmpty() && open.stream().anyMatch(j -> j != i && s.mentions(j).isEmpty())) {
                        dative.add(i);
                        open.remove(Integer.valueOf(i));
                        break;
                    }
                }
            }
            for (int i : open) {
                (object.isEmpty() ? object : dative).add(i);
            }
            subjects.clear();
            subjects.addAll(subject);
            objects.clear();
            objects.addAll(object);
            indirect.clear();
            indirect.addAll(dative);
        }

        /** A relative pronoun right after a comma ("..., was", "..., die"). */
        private boolean isFrontedRelative(int i) {
            return i > 0 && s.token(i - 1).text().equals(",") && "PRON".equals(s.token(i).pos())
                    && Set.of("was", "der", "die", "das", "welche", "welcher", "welches")
                    .contains(s.token(i).text().toLowerCase(Locale.ROOT));
        }

        /** A noun of time ("im Mai", "in der Woche"), not a place. */
        private boolean isTime(int i) {
            return Set.of("woche", "monat", "jahr", "tag", "zeit", "week", "month", "year", "day", "time")
                    .contains(s.lemma(i));
        }

        private boolean hasCase(int i) {
            return s.children(i).stream().anyMatch(d -> d.relation().equals("case"));
        }

        /** A place after "in/nach/at/to" anywhere under the trigger: where a meeting or visit happens. */
        void locativeAnywhere(Draft d, DocumentView view) {
            for (int i = t - 1; i > 0; i--) { // "nach Wladiwostok reisen, wo er sich mit Putin treffen werde"
                String w = s.token(i).text().toLowerCase(Locale.ROOT);
                if (w.equals("wo") || w.equals("where")) {
                    List<DocumentView.Mentioned> before = view.within(s.token(Math.max(0, i - 8)).begin(), s.token(i).begin());
                    for (int k = before.size() - 1; k >= 0; k--) {
                        if (before.get(k).entity().type().equals("place")) {
                            placeLocation(Frame.VISIT, d, "in", before.get(k), view);
                            return;
                        }
                    }
                }
            }
            int[] span = s.span(t);
            for (DocumentView.Mentioned m : view.within(s.token(span[0]).begin(), s.token(span[1]).end())) {
                if (!m.entity().type().equals("place")) {
                    continue;
                }
                for (int i = span[0]; i <= span[1]; i++) {
                    if (s.token(i).begin() == m.begin() && i > 0) {
                        String before = s.token(i - 1).text().toLowerCase(Locale.ROOT);
                        String before2 = i > 1 ? s.token(i - 2).text().toLowerCase(Locale.ROOT) : "";
                        if (Set.of("in", "im", "nach", "at", "to").contains(before)
                                || Set.of("in", "im", "nach", "at", "to").contains(before2)
                                && "DET".equals(s.token(i - 1).pos())) {
                            placeLocation(Frame.VISIT, d, "in", m, view);
                            return;
                        }
                    }
                }
            }
        }

        /** A receiving or buying verb under "wollen", "versuchen", "darum gehen", "want", "try", "seek". */
        boolean intendsToObtain(Frame frame, Draft d, Lexicon lexicon, String language) {
            if (frame != Frame.RECEIVE && frame != Frame.BUY || !"transfer".equals(d.type)) {
                return false;
            }
            int node = t;
            for (int depth = 0; depth < 3 && node >= 0; depth++) {
                for (Dependency c : s.children(node)) {
                    if (c.relation().startsWith("aux") && lexicon.is(language, "intend", s.lemma(c.dependent()))) {
                        return true;
                    }
                }
                Optional<Dependency> arc = s.arc(node);
                if (arc.isEmpty() || arc.get().head() < 0) {
                    return false;
                }
                node = arc.get().head();
                if (lexicon.is(language, "intend", s.lemma(node))) {
                    return true;
                }
            }
            return false;
        }

        void otherPerson(Draft d, DocumentView view) {
            for (DocumentView.Mentioned m : s.parties(s.sentence().begin(), s.sentence().end())) {
                if (m.entity().type().equals("person") && !m.entity().name().equals(d.actorName())) {
                    d.target = view.party(m);
                    return;
                }
            }
        }

        void countryAfterTrigger(Draft d, DocumentView view) {
            int from = s.token(t).end();
            for (DocumentView.Mentioned m : s.parties(from, s.sentence().end())) {
                if (m.entity().type().equals("country") && !m.entity().name().equals(d.actorName())
                        && (d.actor == null || !m.entity().name().equals(d.actor.country()))) {
                    d.target = view.party(m);
                    return;
                }
            }
        }

        /** A ship, train, truck or aircraft ({@code carrier} in cues.tsv), or a vessel the knowledge base knows. */
        private boolean isCarrier(int dependent, List<DocumentView.Mentioned> mentions) {
            Token head = s.token(dependent);
            boolean vessel = mentions.stream().anyMatch(m -> m.entity().type().equals("vessel")
                    && m.begin() <= head.begin() && m.end() >= head.end());
            return vessel || lexicon.isCarrier(language, s.lemma(dependent));
        }

        /**
         * Whether the one object is a party and names no goods, with no recipient beside it: "supplying Russia"
         * is supplying it (the recipient), as nobody ships a country.
         */
        boolean objectIsOnlyParty() {
            return objects.size() == 1 && indirect.isEmpty() && !s.mentions(objects.get(0)).isEmpty()
                    && itemIn(objects.get(0)) == null
                    && obliques.stream().noneMatch(o -> in(Frame.GIVE.targetPrepositions, s.preposition(o)));
        }

        /** Whether an object is a person or a delegation: someone received as a guest, not goods. */
        boolean objectIsGuest() {
            for (int o : objects) {
                if (lexicon.endsWithAny(language, "guest", s.lemma(o)) || isPerson(o)) {
                    return true;
                }
                for (Dependency c : s.children(o)) { // "received the minister, Sergei Shoigu"
                    if (Set.of("appos", "flat", "compound").contains(c.relation()) && isPerson(c.dependent())) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether token i lies in the mention of a person (the object itself, not a name further down its phrase). */
        private boolean isPerson(int i) {
            Token token = s.token(i);
            return s.view().mentions.stream().anyMatch(m -> m.entity().type().equals("person")
                    && m.begin() <= token.begin() && m.end() >= token.end());
        }

        boolean objectIsThing() {
            for (int o : objects) {
                Token head = s.token(o); // "empfing Granaten aus Nordkorea": the head noun, not its modifiers
                if (s.view().within(head.begin(), head.end()).isEmpty() && itemAt(o).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        boolean hasPreposition(Set<String> prepositions) {
            return obliques.stream().anyMatch(o -> in(prepositions, s.preposition(o)));
        }

        void assign(Frame frame, Draft d, DocumentView view, List<Draft> earlier) {
            if (noun) {
                assignNoun(d, view);
                return;
            }
            for (int subject : subjects) {
                place(passive ? Frame.Role.NONE : frame.subject, subject, d, view, earlier, frame);
            }
            for (int object : objects) {
                place(passive ? passiveObject(frame) : frame.object, object, d, view, earlier, frame);
            }
            for (int i : indirect) {
                place(frame.indirectObject, i, d, view, earlier, frame);
            }
            for (int o : obliques) {
                String p = s.preposition(o);
                List<DocumentView.Mentioned> mentions = s.mentions(o);
                Optional<DocumentView.Mentioned> place = mentions.stream()
                        .filter(m -> m.entity().type().equals("place")
                                && (!view.isCapital(m) || MOVEMENT.contains(frame))).findFirst();
                if (place.isPresent() && p != null) {
                    placeLocation(frame, d, p, place.get(), view);
                    continue;
                }
                if (p == null) {
                    continue;
                }
                if (frame == Frame.VISIT && mentions.isEmpty() && Set.of("nach", "an", "zu", "to", "in").contains(p)
                        && "NOUN".equals(s.token(o).pos()) && !isTime(o)) {
                    d.unknownPlace = true;
                }
                if (passive && Set.of("von", "durch", "by", "seitens").contains(p)) {
                    place(Frame.Role.ACTOR, o, d, view, earlier, frame);
                } else if (frame.targetPrepositions.contains(p)) {
                    place(Frame.Role.TARGET, o, d, view, earlier, frame);
                } else if (frame.actorPrepositions.contains(p)) {
                    place(Frame.Role.ACTOR, o, d, view, earlier, frame);
                } else if (frame.itemPrepositions.contains(p)) {
                    place(Frame.Role.ITEM, o, d, view, earlier, frame);
                }
            }
        }

        private static Frame.Role passiveObject(Frame frame) {
            return frame == Frame.SUPPLY ? Frame.Role.TARGET : frame.object;
        }

        private void placeLocation(Frame frame, Draft d, String preposition, DocumentView.Mentioned place,
                                   DocumentView view) {
            String name = place.entity().name();
            String country = view.countryOf(place.entity());
            boolean from = Set.of("von", "aus", "from", "ab").contains(preposition);
            boolean to = Set.of("nach", "zu", "to", "into", "in", "an", "bis").contains(preposition);
            if (d.type.equals("transfer")) {
                if (from && d.origin == null) {
                    d.origin = name;
                    if (d.actor == null && country != null) {
                        d.actor = new Party(country, "country", country, place.begin());
                    }
                } else if (to && d.destination == null) {
                    d.destination = name;
                    if (d.target == null && country != null) {
                        d.target = new Party(country, "country", country, place.begin());
                    }
                }
            } else if (to || Set.of("at", "auf", "bei").contains(preposition)) {
                if (d.destination == null) {
                    d.destination = name;
                }
                if (d.type.equals("visit") && d.target == null && country != null) {
                    d.target = new Party(country, "country", country, place.begin());
                }
            }
        }

        /** Nominal triggers (Besuch, Treffen): the genitive or possessor is the actor, "in/nach X" the target. */
        private void assignNoun(Draft d, DocumentView view) {
            for (Dependency dep : s.children(t)) {
                int i = dep.dependent();
                String p = s.preposition(i);
                List<DocumentView.Mentioned> mentions = s.mentions(i);
                if (PERSON_PRONOUNS.contains(s.token(i).text().toLowerCase(Locale.ROOT))
                        && Set.of("det", "nmod", "nmod:poss").contains(dep.relation())) {
                    view.personBefore(s.token(i).begin()).ifPresent(m -> d.actor = view.party(m));
                    continue;
                }
                if (mentions.isEmpty()) {
                    continue;
                }
                if (p == null && (dep.relation().startsWith("nmod") || dep.relation().equals("det"))) {
                    if (d.actor == null) {
                        d.actor = pick(mentions, view, true);
                    }
                } else if (p != null && Set.of("in", "nach", "to", "zu").contains(p)) {
                    Optional<DocumentView.Mentioned> place = mentions.stream()
                            .filter(m -> m.entity().type().equals("place")).findFirst();
                    if (place.isPresent()) {
                        placeLocation(Frame.VISIT, d, p, place.get(), view);
                    } else if (d.target == null) {
                        d.target = pick(mentions, view, false);
                    }
                } else if (p != null && Set.of("mit", "with", "zwischen", "between").contains(p) && d.target == null) {
                    d.target = pick(mentions, view, false);
                }
            }
            if (d.actor == null) {
                // "Besuch des Ministers" parsed with the genitive before the noun ("Putins Besuch")
                int begin = s.token(t).begin();
                for (DocumentView.Mentioned m : view.within(Math.max(s.sentence().begin(), begin - 40), begin)) {
                    if (m.end() >= begin - 2 && !m.entity().type().equals("place")) {
                        d.actor = view.party(m);
                    }
                }
            }
            if (d.actor == null) {
                d.target = null;
                d.destination = null;
            }
        }

        private void place(Frame.Role role, int dependent, Draft d, DocumentView view, List<Draft> earlier, Frame frame) {
            if (role == Frame.Role.NONE) {
                return;
            }
            String word = s.token(dependent).text().toLowerCase(Locale.ROOT);
            if (role == Frame.Role.ITEM) {
                if (d.item == null) {
                    d.item = itemIn(dependent);
                    if (d.item == null && THING_PRONOUNS.contains(word)) {
                        d.item = itemBefore(dependent);
                        if (d.item == null && !earlier.isEmpty()) {
                            d.item = earlier.get(earlier.size() - 1).item;
                        }
                        d.itemFromPronoun = true;
                    }
                }
                return;
            }
            List<DocumentView.Mentioned> mentions = s.mentions(dependent);
            if (role == Frame.Role.ACTOR && "transfer".equals(d.type) && isCarrier(dependent, mentions)) {
                // "Der Frachter brachte Container von Rason nach Dunai": the ship carries, the supplier is where
                // the goods come from; its own state (flag, adjective) only stands in when no origin is said
                for (DocumentView.Mentioned m : mentions) {
                    String state = view.countryOf(m.entity());
                    if (state != null && d.carrierState == null) {
                        d.carrierState = state;
                    }
                }
                return;
            }
            Party party = null;
            if (!mentions.isEmpty()) {
                party = pick(mentions, view, role == Frame.Role.ACTOR);
                if ((frame == Frame.MEET || frame == Frame.PLEDGE || frame == Frame.TALK) && role == Frame.Role.ACTOR && d.target == null) {
                    List<Party> parties = distinctParties(mentions, view);
                    if (parties.size() >= 2) {
                        d.actor = parties.get(0);
                        d.target = parties.get(1);
                        return;
                    }
                }
            } else if (PERSON_PRONOUNS.contains(word)) {
                party = view.personBefore(s.token(dependent).begin()).map(view::party).orElse(null);
            } else if ((word.equals("sie") || word.equals("they")) && role == Frame.Role.ACTOR
                    && (frame == Frame.MEET || frame == Frame.PLEDGE || frame == Frame.TALK)) {
                // "in dem sie sich verpflichtet hätten": the two persons named just before
                List<DocumentView.Mentioned> persons = view.within(
                        Math.max(0, s.token(dependent).begin() - 300), s.token(dependent).begin()).stream()
                        .filter(m -> m.entity().type().equals("person")).toList();
                List<Party> parties = distinctParties(persons, view);
                if (parties.size() >= 2 && d.target == null) {
                    d.actor = parties.get(parties.size() - 2);
                    d.target = parties.get(parties.size() - 1);
                    return;
                }
            } else if (GOVERNMENT_NOUNS.contains(s.lemma(dependent))) {
                int end = s.token(dependent).end();
                List<DocumentView.Mentioned> after = view.within(end, Math.min(s.sentence().end(), end + 25));
                if (!after.isEmpty()) {
                    party = view.party(after.get(0));
                }
            }
            if (party == null) {
                if (role == Frame.Role.TARGET && d.item == null) {
                    d.item = itemIn(dependent);
                }
                return;
            }
            if (role == Frame.Role.ACTOR && d.actor == null) {
                d.actor = party;
            } else if (role == Frame.Role.TARGET && d.target == null) {
                d.target = party;
                if (frame == Frame.VISIT) {
                    for (Party p : distinctParties(mentions, view)) {
                        if ("country".equals(p.type()) && !p.name().equals(party.name())) {
                            d.moreTargets.add(p);
                        }
                    }
                }
            }
        }

        private List<Party> distinctParties(List<DocumentView.Mentioned> mentions, DocumentView view) {
            List<Party> parties = new ArrayList<>();
            for (DocumentView.Mentioned m : mentions) {
                Party p = view.party(m);
                if (parties.stream().noneMatch(x -> x.name().equals(p.name()))) {
                    parties.add(p);
                }
            }
            return parties;
        }

        /** The party among mentions: persons and organizations before countries before places (as their country). */
        private Party pick(List<DocumentView.Mentioned> mentions, DocumentView view, boolean actor) {
            DocumentView.Mentioned best = null;
            int bestRank = Integer.MAX_VALUE;
            for (DocumentView.Mentioned m : mentions) {
                int rank = switch (m.entity().type()) {
                    case "person" -> 0;
                    case "organization" -> 1;
                    case "country" -> 1;
                    default -> 3;
                };
                if (rank < bestRank) {
                    best = m;
                    bestRank = rank;
                }
            }
            if (best == null) {
                return null;
            }
            if (best.entity().type().equals("place")) {
                String country = view.countryOf(best.entity());
                return country == null ? null : new Party(country, "country", country, best.begin());
            }
            return view.party(best);
        }

        /** The item a noun names, trying it with the word before first ("artillery ammunition"). */
        Optional<String> itemAt(int i) {
            return lexicon.itemOfNoun(language, i > 0 ? s.lemma(i - 1) : null, s.token(i));
        }

        /** The item named nearest before a token in its sentence: what "sie", "das", "it" stand for. */
        String itemBefore(int token) {
            for (int i = token - 1; i >= 0; i--) {
                Token candidate = s.token(i);
                if ("NOUN".equals(candidate.pos()) || "PROPN".equals(candidate.pos())) {
                    Optional<String> item = itemAt(i);
                    if (item.isPresent()) {
                        return item.get();
                    }
                }
            }
            return null;
        }

        /** The item noun nearest the trigger, when no role carried one. */
        String itemNearest() {
            String best = null;
            int distance = Integer.MAX_VALUE;
            for (int i = 0; i < s.size(); i++) {
                Token candidate = s.token(i);
                if (("NOUN".equals(candidate.pos()) || "PROPN".equals(candidate.pos())) && Math.abs(i - t) < distance) {
                    Optional<String> item = itemAt(i);
                    if (item.isPresent()) {
                        best = item.get();
                        distance = Math.abs(i - t);
                    }
                }
            }
            return best;
        }

        /** The item category named in the subtree under a dependent. */
        String itemIn(int dependent) {
            int[] span = s.span(dependent);
            for (int i = span[0]; i <= span[1]; i++) {
                Token token = s.token(i);
                if ("NOUN".equals(token.pos()) || "PROPN".equals(token.pos())) {
                    Optional<String> item = itemAt(i);
                    if (item.isPresent()) {
                        return item.get();
                    }
                }
            }
            return null;
        }

        /** An item named anywhere among the trigger's object-like dependents. */
        String itemAnywhere(Frame frame) {
            for (int o : objects) {
                String item = itemIn(o);
                if (item != null) {
                    return item;
                }
            }
            for (int o : obliques) {
                if (in(frame.itemPrepositions, s.preposition(o))) {
                    String item = itemIn(o);
                    if (item != null) {
                        return item;
                    }
                }
            }
            return null;
        }
    }
}
