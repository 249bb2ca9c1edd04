package org.tally.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TimeNormalizer} skips a rule when a word it cannot do without is not in the text ({@link Grammar#anchors});
 * the result must be what running every rule gives.
 */
class RuleAnchorsTest {

    private static final TimeNormalizer TIME = new TimeNormalizer();

    @Test
    void anchorsAreThePlaceholdersAMatchNeeds() {
        assertThat(Grammar.anchors("{D:d}\\.\\s*{month|monthabbr:m}(?: {Y:y})?"))
                .containsExactly(List.of(Grammar.DIGIT), List.of("month", "monthabbr"));
        // optional groups, alternatives, lookarounds and quantifiers that allow none give no anchor
        assertThat(Grammar.anchors("(?:{part:p} )?{month:m}(?: {Y:y}| {relunit:ru})?"))
                .containsExactly(List.of("month"));
        assertThat(Grammar.anchors("(?:{few:q} )*{units:u}")).containsExactly(List.of("units"));
        assertThat(Grammar.anchors("{rel:r}{0,2} {unit:u}")).containsExactly(List.of("unit"));
        assertThat(Grammar.anchors("(?:{rel:r}|{season:s}) {Y:y}")).containsExactly(List.of(Grammar.DIGIT));
        assertThat(Grammar.anchors("{weekday:w}|{dayrel:dr}")).isEmpty();
        assertThat(Grammar.anchors("(?<x>{INT|number:n} {units|unit:u}) ago(?! {month:m})"))
                .containsExactly(List.of(Grammar.DIGIT, "number"), List.of("units", "unit"));
        // \\p{L} is a class, not a placeholder; [{(] is a class, not a group
        assertThat(Grammar.anchors("(?-i:\\p{Lu}\\p{L}+)'s [{(]{Y:y}")).containsExactly(List.of(Grammar.DIGIT));
        assertThat(Grammar.anchors("(?:the )+(?<x>{season:s}){1,3}")).containsExactly(List.of("season"));
    }

    /** Every sentence of the cases, and texts that mix them, give the same expressions either way. */
    @Test
    void skippingRulesChangesNothing() {
        List<String[]> texts = new ArrayList<>();
        StringBuilder de = new StringBuilder();
        StringBuilder en = new StringBuilder();
        TimeNormalizerCasesTest.CASES.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> {
                    String[] f = l.split("\\|", -1);
                    texts.add(new String[] {f[0], f[2]});
                    (f[0].equals("de") ? de : en).append(f[2]).append(' ');
                });
        texts.add(new String[] {"de", de.toString()});
        texts.add(new String[] {"en", en.toString()});
        texts.add(new String[] {"de", "Ohne jede Zeitangabe liefert die Werft Granaten an die Armee."});
        texts.add(new String[] {"en", "No time at all: the yard supplies shells to the army."});
        texts.add(new String[] {"fr", "Le 13 octobre 2023, puis en 2024."});
        int expressions = 0;
        for (String[] t : texts) {
            for (LocalDate reference : new LocalDate[] {LocalDate.of(2023, 10, 13), null}) {
                List<TimeExpression> all = TIME.find(t[1], t[0], reference, false);
                assertThat(TIME.find(t[1], t[0], reference, true)).as(t[1]).isEqualTo(all);
                expressions += all.size();
            }
        }
        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(expressions).isGreaterThan(200);
    }
}
