package org.tally.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumeralsTest {

    @ParameterizedTest(name = "{1} in {0} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            de | 1.000       | 1000
            de | 7000        | 7000
            de | 7.000       | 7000
            de | 4,8         | 4.8
            de | 1.000.000   | 1000000
            de | 1.234,5     | 1234.5
            de | 1,000       | 1
            de | 1.5         | 1.5
            de | 1000.5      | 1000.5
            de | 5'000       | 5000
            en | 1,000       | 1000
            en | 7000        | 7000
            en | 4.8         | 4.8
            en | 1.000       | 1
            en | 1,000,000   | 1000000
            en | 1,234.5     | 1234.5
            en | 4,8         | 4.8
            fr | 1.000       | 1000
            fr | 1,000       | 1000
            fr | 4,8         | 4.8
            fr | 1.234,5     | 1234.5
            """)
    void digitsFollowTheLanguage(String language, String raw, String expected) {
        assertThat(Numerals.parseDigits(raw, language)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void malformedGroupsAreNoNumber() {
        assertThat(Numerals.parseDigits("1,2,3", "en")).isNull();
        assertThat(Numerals.parseDigits("1.00.000", "de")).isNull();
        assertThat(Numerals.parseDigits("1.000,5,5", "de")).isNull();
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zwei                         | 2
            zehn                         | 10
            zwölf                        | 12
            siebzehn                     | 17
            zwanzig                      | 20
            einundzwanzig                | 21
            fünfundzwanzig               | 25
            neunundneunzig               | 99
            hundert                      | 100
            einhundert                   | 100
            dreihundertzwölf             | 312
            tausend                      | 1000
            zweitausend                  | 2000
            zehntausend                  | 10000
            zweihunderttausend           | 200000
            hunderttausend               | 100000
            zweitausendfünfhundert       | 2500
            dreihundertvierzigtausendeins | 340001
            eineinhalb                   | 1.5
            zweieinhalb                  | 2.5
            """)
    void germanNumberWords(String word, String expected) {
        Lexicon de = Lexicon.load("de");
        assertThat(Numerals.parseGermanWord(word, de.atoms, de.inner)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @CsvSource({"hunderte", "tausende", "achtung", "elfmeter", "hundertschaft", "tausendmal", "undzwanzig", "zwanzigund"})
    void wordsThatOnlyLookLikeNumbers(String word) {
        Lexicon de = Lexicon.load("de");
        assertThat(Numerals.parseGermanWord(word, de.atoms, de.inner)).isNull();
    }
}
