package org.tally.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Checks the bundled data files: completeness, consistency and the rules of the format. */
class BundledDataTest {

    static final List<String> LANGUAGES = List.of("de", "en", "ru", "uk", "fr", "es", "pl", "ko", "zh", "ja");
    static final Set<String> PLACE_KINDS = Set.of("city", "port", "border_crossing", "rail_hub", "depot",
            "cosmodrome", "region", "sea", "facility", "airbase");
    static final Set<String> ORG_KINDS = Set.of("government_body", "ministry", "agency", "intl_org", "un_body",
            "media", "think_tank", "company", "military_unit", "political_party");
    static final Set<String> ITEMS = Set.of("artillery_shells", "munitions", "missiles", "rockets",
            "anti_tank_weapons", "weapons", "military_equipment", "armored_vehicles");

    static final Set<String> STORY_COUNTRIES = Set.of("KP", "KR", "RU", "UA", "US", "CN", "JP", "IR");

    final KnowledgeBase kb = KnowledgeBase.bundled();

    private static Tsv table(String name) throws IOException {
        try (InputStream in = KnowledgeBase.class.getResourceAsStream(name)) {
            return Tsv.parse(name, in);
        }
    }

    @Test
    void idsAreUniqueAcrossFilesAndFilesAreSortedById() throws IOException {
        var seen = new HashMap<String, String>();
        for (String f : List.of("countries.tsv", "places.tsv", "persons.tsv", "organizations.tsv", "vessels.tsv",
                "weapons.tsv")) {
            Tsv t = table(f);
            String previous = "";
            for (Tsv.Row r : t.rows) {
                String id = r.get("id");
                assertThat(seen.put(id, f)).as("id %s in %s", id, f).isNull();
                assertThat(id.compareTo(previous)).as("%s:%d %s sorts after %s", f, r.line(), id, previous)
                        .isGreaterThan(0);
                previous = id;
            }
        }
        assertThat(kb.entities().size()).isEqualTo(seen.size());
    }

    @Test
    void everyRowNamesItsSources() {
        var missing = new ArrayList<String>();
        kb.entities().stream().filter(e -> e.sources().isEmpty()).forEach(e -> missing.add(e.id()));
        kb.offices().stream().filter(o -> o.sources().isEmpty()).forEach(o -> missing.add(o.id()));
        kb.holdings().stream().filter(h -> h.sources().isEmpty())
                .forEach(h -> missing.add(h.office() + " " + h.person()));
        assertThat(missing).as("rows without a source").isEmpty();
    }

    @Test
    void wikidataIdsAreUnique() {
        var byQ = new HashMap<String, String>();
        for (KbEntity e : kb.entities()) {
            if (e.wikidata() != null) {
                assertThat(byQ.put(e.wikidata(), e.id())).as("%s of %s", e.wikidata(), e.id()).isNull();
            }
        }
    }

    @Test
    void countriesHaveAllNamesAdjectivesAndACapital() {
        List<KbEntity> countries = kb.entities(EntityType.COUNTRY);
        assertThat(countries.size()).isGreaterThanOrEqualTo(198);
        for (KbEntity c : countries) {
            for (String lang : LANGUAGES) {
                assertThat(c.aliases(lang)).as("%s name in %s", c.id(), lang).isNotEmpty();
            }
            // Some small states have no usual adjective in every language; the story's countries have all.
            List<String> needed = STORY_COUNTRIES.contains(c.id()) ? LANGUAGES : List.of("en");
            for (String lang : needed) {
                assertThat(c.adjectives(lang)).as("%s adjective in %s", c.id(), lang).isNotEmpty();
            }
            // Slavic adjectives are stems: the linker adds the endings (северокорейск-ий, północnokoreańsk-i).
            for (String lang : List.of("ru", "uk", "pl")) {
                for (String adj : c.adjectives(lang)) {
                    assertThat(adj).as("%s adjective stem in %s", c.id(), lang).doesNotMatch(".*[aeiouyаеиоуыяійї]");
                }
            }
            String capital = c.attribute("capital").orElseThrow(() -> new AssertionError(c.id() + " capital"));
            KbEntity place = kb.byId(capital).orElseThrow(() -> new AssertionError(c.id() + " " + capital));
            assertThat(place.type()).as(capital).isEqualTo(EntityType.PLACE);
            assertThat(place.country()).as("country of %s", capital).isEqualTo(c.id());
            assertThat(place.lat()).as("lat of %s", capital).isNotNull();
        }
    }

    @Test
    void placesHaveKindCoordinatesAndCountry() {
        List<KbEntity> places = kb.entities(EntityType.PLACE);
        assertThat(places.size()).isGreaterThanOrEqualTo(300);
        for (KbEntity p : places) {
            assertThat(p.kind()).as(p.id()).isIn(PLACE_KINDS);
            assertThat(p.lat()).as("lat of %s", p.id()).isNotNull().isBetween(-90.0, 90.0);
            assertThat(p.lon()).as("lon of %s", p.id()).isNotNull().isBetween(-180.0, 180.0);
            if (!p.kind().equals("sea") && !p.kind().equals("region")) {
                assertThat(p.country()).as("country of %s", p.id()).isNotNull();
            }
            assertThat(p.aliases("en")).as("English names of %s", p.id()).isNotEmpty();
        }
    }

    @Test
    void personsOrganizationsVesselsAndWeaponsAreComplete() {
        assertThat(kb.entities(EntityType.PERSON).size()).isGreaterThanOrEqualTo(150);
        for (KbEntity p : kb.entities(EntityType.PERSON)) {
            assertThat(p.country()).as("country of %s", p.id()).isNotNull();
        }
        assertThat(kb.entities(EntityType.ORGANIZATION).size()).isGreaterThanOrEqualTo(150);
        for (KbEntity o : kb.entities(EntityType.ORGANIZATION)) {
            assertThat(o.kind()).as("kind of %s", o.id()).isIn(ORG_KINDS);
        }
        assertThat(kb.entities(EntityType.VESSEL).size()).isPositive();
        for (KbEntity v : kb.entities(EntityType.VESSEL)) {
            v.attribute("imo").ifPresent(imo -> assertThat(validImo(imo)).as("IMO %s of %s", imo, v.id()).isTrue());
            v.attribute("flag").ifPresent(f -> assertThat(kb.byId(f)).as("flag of %s", v.id()).isPresent());
        }
        assertThat(kb.entities(EntityType.WEAPON).size()).isPositive();
        for (KbEntity w : kb.entities(EntityType.WEAPON)) {
            assertThat(w.attribute("item").orElse("")).as("item of %s", w.id()).isIn(ITEMS);
        }
    }

    /** IMO numbers: 7 digits, the last a check digit (weights 7..2 on the first six, mod 10). */
    static boolean validImo(String imo) {
        if (!imo.matches("[0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (imo.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == imo.charAt(6) - '0';
    }

    @Test
    void noAliasIsSharedWithinATypeUnlessListedAsAmbiguous() {
        var allowed = new HashSet<String>();
        for (Ambiguity a : kb.ambiguities()) {
            allowed.add(a.type() + " " + KnowledgeBase.normalize(a.alias()));
        }
        var owners = new TreeMap<String, Set<String>>();
        for (KbEntity e : kb.entities()) {
            for (String n : e.allNames()) {
                owners.computeIfAbsent(e.type() + " " + KnowledgeBase.normalize(n), k -> new HashSet<>())
                        .add(e.id());
            }
        }
        var clashes = new ArrayList<String>();
        owners.forEach((key, ids) -> {
            if (ids.size() > 1 && !allowed.contains(key)) {
                clashes.add(key + " " + ids);
            }
        });
        assertThat(clashes).as("aliases shared by entities of one type").isEmpty();
        for (Ambiguity a : kb.ambiguities()) {
            Set<String> ids = owners.get(a.type() + " " + KnowledgeBase.normalize(a.alias()));
            assertThat(ids).as("ambiguity %s", a.alias()).containsExactlyInAnyOrderElementsOf(a.ids());
        }
    }

    @Test
    void officesHaveTitlesAndHoldingsDoNotOverlap() throws IOException {
        assertThat(kb.offices().size()).isPositive();
        for (Office o : kb.offices()) {
            for (String lang : List.of("de", "en", "ru")) {
                assertThat(o.titles(lang)).as("%s title in %s", o.id(), lang).isNotEmpty();
            }
        }
        Map<String, List<OfficeHolding>> byOffice = new HashMap<>();
        kb.holdings().forEach(h -> byOffice.computeIfAbsent(h.office(), k -> new ArrayList<>()).add(h));
        byOffice.forEach((office, list) -> {
            for (int i = 1; i < list.size(); i++) {
                OfficeHolding before = list.get(i - 1);
                OfficeHolding after = list.get(i);
                assertThat(before.end()).as("%s before %s", before, after).isNotNull();
                assertThat(before.end()).as("%s overlaps %s", before, after)
                        .isBeforeOrEqualTo(after.start());
            }
        });
        Tsv holders = table("office_holders.tsv");
        String previous = "";
        for (Tsv.Row r : holders.rows) {
            String key = r.get("office") + " " + r.get("start");
            assertThat(key.compareTo(previous)).as("office_holders.tsv:%d sorted", r.line()).isGreaterThan(0);
            previous = key;
        }
        for (OfficeHolding h : kb.holdings()) {
            assertThat(h.start()).as(h.toString()).isAfter(LocalDate.of(1940, 1, 1));
        }
    }
}
