package org.tally.serve.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tally.kb.EntityType;
import org.tally.kb.KbEntity;
import org.tally.kb.KnowledgeBase;
import org.tally.model.Document;
import org.tally.model.Entity;
import org.tally.model.Event;
import org.tally.model.Mention;
import org.tally.store.Ledger;

/**
 * A synthetic but plausible ledger for benchmarks: {@code n} German and English reports (our own template
 * sentences) about a pool of underlying events — states supplying items to states, visits, accusations, denials —
 * dated 2019–2025, each reported by one to three documents with different sources and modalities, so that fusion
 * has something to merge. Everything comes from one seeded {@link Random}: the same seed gives the same ledger.
 *
 * <p>It writes through {@link Ledger#ingest}, like {@code tally ingest}, so the generated ledger carries the events
 * real fusion makes.
 */
public final class SyntheticLedger {

    private static final List<String> COUNTRIES = List.of("KP", "RU", "UA", "IR", "CN", "US", "KR", "BY", "SY", "DE",
            "FR", "GB", "IL", "TR", "PK", "IN", "JP", "VE", "MM", "ER", "SD", "LY", "YE", "RS");
    private static final Map<String, String[]> UNITS = Map.of("artillery_shells", new String[] {"shell", "Granaten"},
            "missiles", new String[] {"missile", "Raketen"}, "munitions", new String[] {"container", "Container"},
            "armored_vehicles", new String[] {"vehicle", "Fahrzeuge"}, "fuel", new String[] {"ton", "Tonnen"},
            "troops", new String[] {"soldier", "Soldaten"}, "rockets", new String[] {"rocket", "Raketen"});
    private static final List<String> ITEMS = List.copyOf(UNITS.keySet()).stream().sorted().toList();
    private static final String[] TYPES = {"transfer", "transfer", "transfer", "request", "visit", "accuse", "deny",
            "meeting", "use"};
    private static final String[] MODALITIES = {"asserted", "reported", "reported", "alleged", "possible", "planned",
            "denied"};
    private static final String[] FILLER_EN = {"Observers said the situation remained unclear.",
            "The ministry did not respond to a request for comment.",
            "Satellite images show increased activity at the site.",
            "Analysts expect further deliveries in the coming months.",
            "The report could not be independently verified."};
    private static final String[] FILLER_DE = {"Beobachter nannten die Lage unübersichtlich.",
            "Das Ministerium äußerte sich auf Anfrage nicht.",
            "Satellitenbilder zeigen mehr Betrieb auf dem Gelände.",
            "Fachleute rechnen mit weiteren Lieferungen in den kommenden Monaten.",
            "Unabhängig überprüfen ließ sich der Bericht nicht."};

    /** One underlying real-world event that several documents report. */
    private record Truth(String type, String actor, String target, String item, double quantity, LocalDate date,
                         KbEntity origin, KbEntity destination) {
    }

    private final Random random;
    private final KnowledgeBase kb;
    private final List<KbEntity> places;
    private final List<KbEntity> persons;
    private final List<Truth> truths;

    public SyntheticLedger(long seed, int documents) {
        this.random = new Random(seed);
        this.kb = KnowledgeBase.bundled();
        this.places = kb.entities(EntityType.PLACE).stream().filter(p -> p.lat() != null).limit(80).toList();
        this.persons = kb.entities(EntityType.PERSON).stream().limit(40).toList();
        this.truths = new ArrayList<>();
        for (int i = 0; i < Math.max(1, documents * 3 / 4); i++) {
            truths.add(truth());
        }
    }

    /** Writes {@code documents} documents into the ledger in {@code dir}; returns the wall time in seconds. */
    public static double generate(Path dir, int documents, long seed, java.io.PrintStream out) {
        long start = System.nanoTime();
        SyntheticLedger generator = new SyntheticLedger(seed, documents);
        try (Ledger ledger = Ledger.open(dir)) {
            for (int i = 0; i < documents; i++) {
                generator.ingestOne(ledger, i);
                if ((i + 1) % 10_000 == 0) {
                    out.printf(Locale.ROOT, "%,d documents, %.0f s%n", i + 1, (System.nanoTime() - start) / 1e9);
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private Truth truth() {
        String type = TYPES[random.nextInt(TYPES.length)];
        String actor = COUNTRIES.get(random.nextInt(8)); // a few busy actors ...
        String target;
        do {
            target = COUNTRIES.get(random.nextInt(COUNTRIES.size())); // ... and many counterparts
        } while (target.equals(actor));
        String item = type.equals("transfer") || type.equals("request") || type.equals("use")
                ? ITEMS.get(random.nextInt(ITEMS.size())) : null;
        double quantity = item == null ? 0 : (1 + random.nextInt(200)) * (random.nextBoolean() ? 10 : 100);
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(7 * 365));
        KbEntity origin = type.equals("transfer") ? places.get(random.nextInt(places.size())) : null;
        KbEntity destination = type.equals("transfer") || type.equals("visit")
                ? places.get(random.nextInt(places.size())) : null;
        return new Truth(type, actor, target, item, quantity, date, origin, destination);
    }

    /** Builds one document and its records with exact offsets, and ingests it. */
    void ingestOne(Ledger ledger, int index) {
        boolean german = random.nextInt(10) < 6;
        String doc = String.format(Locale.ROOT, "synthetic-%06d.txt", index);
        StringBuilder body = new StringBuilder();
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        int claims = 1 + random.nextInt(3);
        LocalDate published = null;
        String title = null;
        for (int c = 0; c < claims; c++) {
            Truth t = truths.get((int) Math.min(truths.size() - 1, Math.abs(random.nextGaussian()) * truths.size() / 3));
            if (published == null || t.date().isAfter(published)) {
                published = t.date().plusDays(random.nextInt(20));
            }
            String modality = t.type().equals("deny") ? "denied" : MODALITIES[random.nextInt(MODALITIES.length)];
            KbEntity source = modality.equals("asserted") ? null : persons.get(random.nextInt(persons.size()));
            int sentenceStart = body.length();
            Sentence s = new Sentence(body, mentions);
            String actorName = name(t.actor(), german);
            String targetName = name(t.target(), german);
            if (german) {
                if (source != null) {
                    s.text(modality.equals("alleged") ? "Angeblich, so " : "Nach Angaben von ").mention(source.name(), source.id()).text(": ");
                }
                s.mention(actorName, t.actor()).text(switch (t.type()) {
                    case "transfer" -> " lieferte " + fmt(t.quantity()) + " " + UNITS.get(t.item())[1] + " an ";
                    case "request" -> " bat ";
                    case "visit" -> " reiste nach ";
                    case "accuse" -> " beschuldigte ";
                    case "deny" -> " bestritt Lieferungen an ";
                    case "meeting" -> " traf Vertreter von ";
                    default -> " setzte Waffen gegen ";
                }).mention(targetName, t.target());
                if (t.origin() != null) {
                    s.text(" über ").mention(t.origin().aliases("de").isEmpty() ? t.origin().name()
                            : t.origin().aliases("de").get(0), t.origin().id());
                }
                s.text(" im " + month(t.date(), true) + ".");
            } else {
                if (source != null) {
                    s.mention(source.name(), source.id()).text(modality.equals("alleged") ? " alleged: " : " said: ");
                }
                s.mention(actorName, t.actor()).text(switch (t.type()) {
                    case "transfer" -> " delivered " + fmt(t.quantity()) + " " + UNITS.get(t.item())[0] + "s to ";
                    case "request" -> " asked ";
                    case "visit" -> " visited ";
                    case "accuse" -> " accused ";
                    case "deny" -> " denied supplying ";
                    case "meeting" -> " met officials of ";
                    default -> " used weapons against ";
                }).mention(targetName, t.target());
                if (t.origin() != null) {
                    s.text(" via ").mention(t.origin().name(), t.origin().id());
                }
                s.text(" in " + month(t.date(), false) + ".");
            }
            int sentenceEnd = body.length();
            body.append(' ').append((german ? FILLER_DE : FILLER_EN)[random.nextInt(FILLER_EN.length)]).append("\n\n");
            if (title == null) {
                title = (german ? "Bericht: " : "Report: ") + actorName + " / " + targetName + " (" + t.type() + ")";
            }
            String when = random.nextInt(4) == 0 ? t.date().toString().substring(0, 7) : t.date().toString();
            events.add(new Event(doc, "e" + (c + 1), t.type(), t.actor(), t.target(), t.item(),
                    t.item() == null ? null : new Event.Amount(t.quantity(), UNITS.get(t.item())[0], "exact"),
                    new Event.Period(when, null), t.origin() == null ? null : t.origin().name(),
                    t.destination() == null ? null : t.destination().name(), source == null ? null : source.name(),
                    modality, body.substring(sentenceStart, sentenceEnd), sentenceStart, sentenceEnd));
        }
        for (var e : mentions.entrySet()) {
            KbEntity k = kb.byId(e.getKey()).orElseThrow();
            String name = k.type() == EntityType.COUNTRY ? k.id() : k.name();
            entities.put(e.getKey(), new Entity(doc, k.id(), k.type().code(), name, k.wikidata(), e.getValue()));
        }
        String text = body.toString().strip();
        Document d = new Document(doc, german ? "de" : "en", published.toString(), title, text, null, null,
                "synthetic.example", "text", null, String.format(Locale.ROOT, "%016x", random.nextLong()));
        ledger.ingest(d, List.copyOf(entities.values()), events);
    }

    private String name(String country, boolean german) {
        KbEntity k = kb.byId(country).orElseThrow();
        List<String> names = k.aliases(german ? "de" : "en");
        return names.isEmpty() ? k.name() : names.get(0);
    }

    private static String fmt(double quantity) {
        return String.format(Locale.ROOT, "%,d", (long) quantity);
    }

    private static String month(LocalDate date, boolean german) {
        String[] de = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                "November", "Dezember"};
        String[] en = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December"};
        return (german ? de : en)[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** Appends text to the body and records where each entity is named. */
    private static final class Sentence {
        private final StringBuilder body;
        private final Map<String, List<Mention>> mentions;

        Sentence(StringBuilder body, Map<String, List<Mention>> mentions) {
            this.body = body;
            this.mentions = mentions;
        }

        Sentence text(String s) {
            body.append(s);
            return this;
        }

        Sentence mention(String text, String entity) {
            int begin = body.length();
            body.append(text);
            mentions.computeIfAbsent(entity, k -> new ArrayList<>()).add(new Mention(begin, body.length(), text, "alias"));
            return this;
        }
    }
}
