package org.tally.extract;

import java.util.List;

/** Counted amounts in a sentence (numbers with a bound and a unit): the claim stage's view of them. */
public interface Quantities {

    /** One amount: offsets, value, singular English unit (or null), SCHEMA qualifier, vague ("Hunderte"). */
    record Span(int begin, int end, double value, String unit, String qualifier, boolean vague) {
    }

    List<Span> find(String sentence, String language);

    Quantities NONE = (sentence, language) -> List.of();
}
