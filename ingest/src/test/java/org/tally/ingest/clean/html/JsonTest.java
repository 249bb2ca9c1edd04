package org.tally.ingest.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsObjectsArraysAndEscapes() {
        Object v = Json.parse("{\"a\": [1, 2.5, true, null, \"x\\u00e9\\n\"], \"b\": {\"c\": \"d\"}}");
        assertThat(v).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, 2.5, true, null, "x\u00e9\n"), "b",
                Map.of("c", "d")));
    }

    @Test
    void givesNullForBrokenInputAndDoesNotOverflowOnDeepNesting() {
        assertThat(Json.parse("{\"a\": ")).isNull();
        assertThat(Json.parse("[1, 2")).isNull();
        assertThat(Json.parse("nonsense words")).isNull();
        assertThat(Json.parse("[".repeat(100_000))).isNull();
        assertThat(Json.parse("[[1]] trailing")).isNull();
        assertThat(Json.parse("[1,]")).isEqualTo(List.of(1.0));
    }
}
