package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import org.tally.extract.quantity.Quantity;
import org.tally.extract.quantity.QuantityParser;

/** {@link Quantities} from the {@link QuantityParser}: amounts only (no calibres, money, percentages), with a value. */
public final class ParsedQuantities implements Quantities {

    private final QuantityParser parser;

    public ParsedQuantities(QuantityParser parser) {
        this.parser = parser;
    }

    @Override
    public List<Span> find(String sentence, String language) {
        List<Span> spans = new ArrayList<>();
        for (Quantity q : parser.find(sentence, language)) {
            if (q.isAmount() && q.hasValue()) {
                spans.add(new Span(q.begin(), q.end(), q.value(), q.unit(), q.qualifier().code(), q.vague()));
            }
        }
        return spans;
    }
}
