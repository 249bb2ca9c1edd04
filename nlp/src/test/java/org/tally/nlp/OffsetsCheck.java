package org.tally.nlp;

import static org.assertj.core.api.Assertions.assertThat;

/** The promise every analysis keeps: spans slice the original text to the recorded text, in order. */
final class OffsetsCheck {

    private OffsetsCheck() {
    }

    static void assertSlices(String original, Analysis analysis) {
        int previousSentenceEnd = 0;
        for (Sentence s : analysis.sentences()) {
            assertThat(s.begin()).as("sentence %d begins after the one before", s.index())
                    .isGreaterThanOrEqualTo(previousSentenceEnd);
            previousSentenceEnd = s.end();
            int previousBegin = s.begin();
            for (Token t : s.tokens()) {
                assertThat(original.substring(t.begin(), t.end())).as("token %s", t).isEqualTo(t.text());
                assertThat(t.begin()).as("tokens in order: %s", t).isGreaterThanOrEqualTo(previousBegin);
                previousBegin = t.begin();
            }
            for (NameSpan n : s.names()) {
                assertThat(original.substring(n.begin(), n.end())).as("name %s", n).isEqualTo(n.text());
                assertThat(n.begin()).isEqualTo(s.tokens().get(n.firstToken()).begin());
                assertThat(n.end()).isEqualTo(s.tokens().get(n.endToken() - 1).end());
            }
        }
    }
}
