package org.tally.nlp;

import java.util.Locale;
import java.util.Map;

/** Language codes as callers write them, reduced to ISO 639-1. */
final class Languages {

    /** BCP 47's code for an undetermined language. */
    static final String UNDETERMINED = "und";

    private static final Map<String, String> THREE_LETTER = Map.of(
            "deu", "de", "ger", "de", "eng", "en");

    private Languages() {
    }

    /** {@code de-AT}, {@code DE}, {@code deu} give {@code de}; {@code null} or blank gives {@value #UNDETERMINED}. */
    static String normalise(String language) {
        if (language == null || language.isBlank()) {
            return UNDETERMINED;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        int cut = indexOfSeparator(code);
        if (cut > 0) {
            code = code.substring(0, cut);
        }
        return THREE_LETTER.getOrDefault(code, code);
    }

    private static int indexOfSeparator(String code) {
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) == '-' || code.charAt(i) == '_') {
                return i;
            }
        }
        return -1;
    }
}
