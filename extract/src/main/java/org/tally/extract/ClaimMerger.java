package org.tally.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tally.model.Event;

/**
 * The document-level steps after each sentence gave its claims: state-level parties for state acts, the missing
 * party of a transfer or request taken from the country pair the story is about, claims without an actor dropped,
 * and repeats of one claim merged (headline, caption and body versions; elaborations) without merging claims
 * whose figures, periods or sources show they are different.
 */
final class ClaimMerger {

    /** Event types whose parties are states: a leader or ministry acting stands for the country. */
    private static final Set<String> STATE_ACTS = Set.of("transfer", "request", "use", "deny", "accuse");
    private static final Set<String> SYMMETRIC = Set.of("meeting", "agreement");
    /** Items that can be the same goods described more or less precisely. */
    private static final Set<String> ARMS = Set.of("weapons", "munitions", "artillery_shells", "missiles", "rockets",
            "military_equipment", "armored_vehicles", "anti_tank_weapons");

    private final ClaimExtractor.DocumentView view;

    ClaimMerger(ClaimExtractor.DocumentView view) {
        this.view = view;
    }

    List<Event> finish(String doc, List<ClaimExtractor.Draft> drafts) {
        List<String> pair = view.countryPair();
        List<ClaimExtractor.Draft> kept = new ArrayList<>();
        Map<ClaimExtractor.Draft, ClaimExtractor.Draft> keptAs = new IdentityHashMap<>(); // draft -> the one kept
        for (ClaimExtractor.Draft d : drafts) {
            if (STATE_ACTS.contains(d.type)) {
                d.actor = state(d.actor);
                d.target = state(d.target);
            }
            if ("visit".equals(d.type) && d.target != null && !"country".equals(d.target.type())) {
                d.target = state(d.target);
            }
            if (("transfer".equals(d.type) || "request".equals(d.type)) && pair.size() == 2) {
                if (d.actor == null && d.target != null && pair.contains(d.targetName())) {
                    d.actor = country(other(pair, d.targetName()));
                } else if (d.target == null && d.actor != null && pair.contains(d.actorName())) {
                    d.target = country(other(pair, d.actorName()));
                }
            }
            if (d.actor == null || Objects.equals(d.actorName(), d.targetName())) {
                continue;
            }
            boolean speaksForItself = Set.of("accuse", "deny").contains(d.type);
            if (d.source != null && d.source.equals(d.actorName()) && (speaksForItself || "denied".equals(d.modality))) {
                // the actor says so: who accuses or denies (a minister's accusation is the state's once the actor is
                // the state; a spokesman who tells of it stays its source), or who dismisses a claim about itself
                // ("Pyongyang dismissed reports that it shipped shells")
                d.source = null;
                if (speaksForItself && "reported".equals(d.modality)) {
                    d.modality = "asserted";
                }
            }
            ClaimExtractor.Draft same = kept.stream().filter(k -> sameClaim(k, d)).findFirst().orElse(null);
            if (same == null) {
                kept.add(d);
                keptAs.put(d, d);
            } else {
                fill(same, d);
                keptAs.put(d, same);
            }
        }
        datePerTrip(keptAs);
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (ClaimExtractor.Draft d : kept) {
            events.add(new Event(doc, "e" + ++n, d.type, d.actorName(), d.targetName(), d.item, d.quantity, d.when,
                    d.origin, d.destination, d.source, d.modality, d.evidence, d.begin, d.end));
        }
        return events;
    }

    /**
     * A meeting told in the same sentence as a trip of one of its participants, to where the meeting is or to no
     * place said, happens on that trip: "Kim will travel to Vladivostok, where he will meet Putin". With no time
     * of its own, it takes the trip's — as the trip's claims were merged across sentences ("Kim plans to travel to
     * Russia in September").
     */
    private static void datePerTrip(Map<ClaimExtractor.Draft, ClaimExtractor.Draft> keptAs) {
        for (Map.Entry<ClaimExtractor.Draft, ClaimExtractor.Draft> m : keptAs.entrySet()) {
            ClaimExtractor.Draft meeting = m.getKey(); // as told in its sentence
            ClaimExtractor.Draft kept = m.getValue(); // as merged with the same claim told elsewhere
            if (!"meeting".equals(meeting.type) || kept.when != null) {
                continue;
            }
            for (Map.Entry<ClaimExtractor.Draft, ClaimExtractor.Draft> v : keptAs.entrySet()) {
                ClaimExtractor.Draft trip = v.getKey();
                ClaimExtractor.Draft told = v.getValue();
                if ("visit".equals(trip.type) && trip.sentence == meeting.sentence && told.when != null
                        && (Objects.equals(trip.actorName(), meeting.actorName())
                        || Objects.equals(trip.actorName(), meeting.targetName()))
                        && (meeting.destination == null || meeting.destination.equals(trip.destination))) {
                    kept.when = told.when;
                    kept.whenFuzzy = told.whenFuzzy;
                    break;
                }
            }
        }
    }

    private static String other(List<String> pair, String one) {
        return pair.get(0).equals(one) ? pair.get(1) : pair.get(0);
    }

    private static ClaimExtractor.Party country(String code) {
        return new ClaimExtractor.Party(code, "country", code, -1);
    }

    /** A person or organization acting for a state stands for its country. */
    private static ClaimExtractor.Party state(ClaimExtractor.Party p) {
        if (p == null || "country".equals(p.type()) || p.country() == null) {
            return p;
        }
        return new ClaimExtractor.Party(p.country(), "country", p.country(), p.begin());
    }

    private boolean sameClaim(ClaimExtractor.Draft a, ClaimExtractor.Draft b) {
        if (!a.type.equals(b.type)) {
            return false;
        }
        boolean parties = Objects.equals(a.actorName(), b.actorName()) && compatible(a.targetName(), b.targetName())
                || SYMMETRIC.contains(a.type) && Objects.equals(a.actorName(), b.targetName())
                && Objects.equals(a.targetName(), b.actorName());
        if (!parties) {
            return false;
        }
        if (a.quantity != null && b.quantity != null && !a.quantity.equals(b.quantity)) {
            return false;
        }
        if (a.when != null && b.when != null && !a.whenFuzzy && !b.whenFuzzy && !overlap(a.when, b.when)) {
            return false;
        }
        if (a.item != null && b.item != null && !a.item.equals(b.item) && !(ARMS.contains(a.item) && ARMS.contains(b.item))) {
            return false;
        }
        // different sides' figures of goods are different claims; a visit or meeting is one event, whoever tells
        if (Set.of("transfer", "request").contains(a.type) && a.source != null && b.source != null
                && !sameSide(a.source, b.source)) {
            return false;
        }
        if (a.unknownPlace != b.unknownPlace && (a.target != null || b.target != null)) {
            return false; // a trip "an die Front" is not the trip to a named country
        }
        if (Set.of("visit", "meeting").contains(a.type) && intended(a.modality) != intended(b.modality)) {
            return false; // visits and meetings recur: a planned one is not the one that took place
        }
        return !("denied".equals(a.modality) ^ "denied".equals(b.modality));
    }

    private static boolean intended(String modality) {
        return "planned".equals(modality) || "possible".equals(modality);
    }

    private static boolean compatible(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    /** Two sources are one side when equal or of one country (a government and its spokesman). */
    private boolean sameSide(String a, String b) {
        return a.equals(b) || Objects.equals(view.countryOfName(a), view.countryOfName(b))
                && view.countryOfName(a) != null;
    }

    private static boolean overlap(Event.Period a, Event.Period b) {
        String aEnd = a.end() == null ? a.start() : a.end();
        String bEnd = b.end() == null ? b.start() : b.end();
        return !(before(aEnd, b.start()) || before(bEnd, a.start()));
    }

    /** Whether truncated ISO date x ends before y begins (a prefix of the other overlaps). */
    private static boolean before(String x, String y) {
        int n = Math.min(x.length(), y.length());
        return x.substring(0, n).compareTo(y.substring(0, n)) < 0;
    }

    /** The merged claim keeps the most committed modality its mentions give. */
    private static final List<String> COMMITMENT = List.of("reported", "asserted", "alleged", "planned", "possible");

    private static void fill(ClaimExtractor.Draft into, ClaimExtractor.Draft from) {
        if (into.nominal && !from.nominal) {
            into.modality = from.modality; // the verb's modality, not the noun's ("ein Besuch" vs "werde besuchen")
            into.nominal = false;
        } else if (!from.nominal && COMMITMENT.indexOf(from.modality) >= 0 && COMMITMENT.indexOf(into.modality) >= 0
                && COMMITMENT.indexOf(from.modality) < COMMITMENT.indexOf(into.modality)) {
            into.modality = from.modality;
        }
        if (into.target == null) {
            into.target = from.target;
        }
        if (into.item == null || into.itemFromPronoun && from.item != null) {
            into.item = from.item;
        }
        if (into.quantity == null && from.quantity != null) {
            into.quantity = from.quantity;
            into.evidence = from.evidence;
            into.begin = from.begin;
            into.end = from.end;
        }
        if (from.when != null && (into.when == null || into.whenFuzzy && !from.whenFuzzy
                || from.when.end() != null && into.when.end() == null && !from.whenFuzzy)) {
            into.when = from.when;
            into.whenFuzzy = from.whenFuzzy;
        }
        if (into.origin == null) {
            into.origin = from.origin;
        }
        if (into.destination == null) {
            into.destination = from.destination;
        }
        if (into.source == null) {
            into.source = from.source;
            if (from.source != null && "asserted".equals(into.modality)) {
                into.modality = "reported";
            }
        }
    }
}
