package org.tally.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tally.extract.time.TimeExpression;
import org.tally.extract.time.TimeNormalizer;

/** {@link Times} from the {@link TimeNormalizer}: resolved expressions only. */
public final class NormalizedTimes implements Times {

    private final TimeNormalizer normalizer;

    public NormalizedTimes(TimeNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    public List<Span> find(String sentence, String language, LocalDate reference) {
        List<Span> spans = new ArrayList<>();
        for (TimeExpression t : normalizer.find(sentence, language, reference)) {
            if (t.start() != null) {
                String end = t.finish() == null || t.finish().equals(t.start()) ? null : t.finish();
                spans.add(new Span(t.begin(), t.end(), t.start(), end, t.fuzzy(), t.relative()));
            }
        }
        return spans;
    }
}
