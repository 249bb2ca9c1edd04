package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Test helpers: the quantities of a sentence, and one of them by its text. */
final class Found {

    private Found() {}

    static List<Quantity> all(String sentence, String language) {
        List<Quantity> found = QuantityParser.standard().find(sentence, language);
        for (Quantity q : found) {
            assertThat(sentence.substring(q.begin(), q.end())).as("span of %s", q).isEqualTo(q.text());
        }
        return found;
    }

    static Quantity the(String sentence, String language, String text) {
        List<Quantity> found = all(sentence, language);
        return found.stream().filter(q -> q.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity '" + text + "' in: " + sentence + "\nfound: " + found));
    }

    static Quantity only(String sentence, String language) {
        List<Quantity> found = all(sentence, language);
        assertThat(found).as(sentence).hasSize(1);
        return found.getFirst();
    }

    /** Checks text, value, unit and qualifier; "-" for unit means none. */
    static Quantity check(String sentence, String language, String text, double value, String unit, String qualifier) {
        Quantity q = the(sentence, language, text);
        assertThat(q.value()).as("value of " + text).isEqualTo(value);
        assertThat(q.unit()).as("unit of " + text).isEqualTo(unit);
        assertThat(q.qualifier().code()).as("qualifier of " + text).isEqualTo(qualifier);
        return q;
    }
}
