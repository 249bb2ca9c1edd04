package org.tally.ingest.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Identifies the language of a body with Lingua, restricted to the languages Tally expects in news about this
 * domain (restricting makes it both more accurate and far lighter than all 75 models). The models are loaded once,
 * on first use, and shared by all threads: the detector is thread-safe. Measured choice: see BENCHMARKS.md.
 */
public final class LanguageIdentifier {

    /**
     * The languages considered: those of the knowledge base's aliases, the rest of Europe, and the languages of
     * the regions this domain reports on. A language left out is not "unknown" but mislabelled as its nearest
     * neighbour (Indonesian as Turkish), so the set is broad; in low-accuracy mode each costs about 1 MiB.
     */
    public static final Set<Language> LANGUAGES = EnumSet.of(
            Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
            Language.PORTUGUESE, Language.DUTCH, Language.POLISH, Language.CZECH, Language.SLOVAK,
            Language.SLOVENE, Language.CROATIAN, Language.SERBIAN, Language.BOSNIAN, Language.BULGARIAN,
            Language.MACEDONIAN, Language.ROMANIAN, Language.HUNGARIAN, Language.GREEK, Language.ALBANIAN,
            Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.ESTONIAN,
            Language.LATVIAN, Language.LITHUANIAN, Language.RUSSIAN, Language.UKRAINIAN, Language.BELARUSIAN,
            Language.GEORGIAN, Language.ARMENIAN, Language.AZERBAIJANI, Language.KAZAKH, Language.MONGOLIAN,
            Language.TURKISH, Language.ARABIC, Language.PERSIAN, Language.HEBREW, Language.URDU, Language.HINDI,
            Language.KOREAN, Language.CHINESE, Language.JAPANESE, Language.VIETNAMESE, Language.THAI,
            Language.INDONESIAN, Language.MALAY, Language.TAGALOG);

    /** Texts with fewer letters than this say too little about their language (a CJK character counts three). */
    private static final int MIN_LETTERS = 12;

    /** Lingua reads at most this many characters of a text. */
    private static final int SAMPLE = 4000;

    /**
     * A longer text is first judged by this many characters, which decide when the result is clear (Lingua's time
     * grows with the length: on the 181 benchmark pages this took its time from 0.9 to 0.5 CPU-seconds a round).
     */
    private static final int FIRST_LOOK = 1000;

    /** The highest confidence of the runner-up that still makes the first look's result clear. */
    private static final double CLEAR_RUNNER_UP = 0.9;

    /** How thoroughly Lingua works: all n-gram models, or trigrams only (lighter; weaker on short texts). */
    public enum Accuracy { HIGH, LOW }

    private final Accuracy accuracy;
    private volatile LanguageDetector detector;

    public LanguageIdentifier(Accuracy accuracy) {
        this.accuracy = accuracy;
    }

    public LanguageIdentifier() {
        this(Accuracy.LOW);
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    LanguageDetectorBuilder builder = LanguageDetectorBuilder
                            .fromLanguages(LANGUAGES.toArray(Language[]::new))
                            .withPreloadedLanguageModels();
                    detector = d = (accuracy == Accuracy.LOW ? builder.withLowAccuracyMode() : builder).build();
                }
            }
        }
        return d;
    }

    /** ISO 639-1 code of the text's language, or {@code null} when it cannot be told. */
    private static int weight(int letter) {
        Character.UnicodeScript script = Character.UnicodeScript.of(letter);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA ? 3 : 1;
    }

    public String identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).map(LanguageIdentifier::weight).sum() < MIN_LETTERS) {
            return null;
        }
        Language language = sample.length() > FIRST_LOOK ? clearly(sample.substring(0, FIRST_LOOK)) : null;
        if (language == null) {
            language = detector().detectLanguageOf(sample);
        }
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The language of a text when the first runner-up is clearly behind, else null. Lingua's confidence of a
     * language is the best language's summed trigram log-probability divided by its own, so the runner-up at 0.9
     * or less has an average log-probability per trigram at least 11 % below the best one's. Such a margin did not
     * change between the first 1,000 characters and 4,000 on any of our 186 bodies (English against Tagalog sits
     * at 0.80-0.87, German against Dutch at 0.70-0.78, Russian against Ukrainian at 0.71-0.78), while the close
     * pairs stay above it (Indonesian and Malay 0.975-1.0, a Portuguese table against Spanish 0.955) and get the
     * whole sample.
     */
    private Language clearly(String text) {
        Iterator<Map.Entry<Language, Double>> ranked =
                detector().computeLanguageConfidenceValues(text).entrySet().iterator();
        if (!ranked.hasNext()) {
            return null;
        }
        Language best = ranked.next().getKey();
        return ranked.hasNext() && ranked.next().getValue() <= CLEAR_RUNNER_UP ? best : null;
    }
}
