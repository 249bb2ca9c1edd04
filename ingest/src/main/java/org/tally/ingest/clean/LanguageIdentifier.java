package org.tally.ingest.clean;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumSet;
import java.util.Locale;
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
        String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
        if (sample.codePoints().filter(Character::isLetter).map(LanguageIdentifier::weight).sum() < MIN_LETTERS) {
            return null;
        }
        Language language = detector().detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
