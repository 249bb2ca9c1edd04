package org.tally.extract;

import java.time.LocalDate;
import java.util.List;

/** Temporal expressions in a sentence, resolved against the document's date: the claim stage's view of them. */
public interface Times {

    /**
     * One expression: offsets into the sentence, its value as ISO dates truncated to what is known, and whether it
     * is vague ("in den kommenden Tagen", "kürzlich") or relative to the reference date ("vergangene Woche").
     */
    record Span(int begin, int end, String start, String end2, boolean fuzzy, boolean relative) {
    }

    List<Span> find(String sentence, String language, LocalDate reference);

    Times NONE = (sentence, language, reference) -> List.of();
}
