package org.tally.ingest.clean.html;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages state, in ISO form truncated to what is known ({@code 2019-11-19}, {@code 2019-11},
 * {@code 2019}): ISO 8601 and its look-alikes, day-month-year with dots or slashes, month names in English,
 * German, French, Spanish, Italian, Portuguese and Russian, and the dates in URL paths. The patterns are bounded
 * and anchored so that they run in linear time.
 */
final class Dates {

    private static final int MIN_YEAR = 1990;

    private static final Pattern ISO = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?:[T ].{0,40})?\\s*$");
    private static final Pattern COMPACT = Pattern.compile("^\\s*(\\d{4})(\\d{2})(\\d{2})(?:[T ]?\\d{0,6}.{0,20})?$");
    private static final Pattern YMD_SLASH = Pattern.compile("\\b(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");
    private static final Pattern WORDS = Pattern.compile("[\\p{L}]{3,12}\\.?|\\d{1,4}");
    private static final Pattern URL_YMD = Pattern.compile(
            "/((?:19|20)\\d{2})[/\\-_]?(0[1-9]|1[0-2])[/\\-_]?(0[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");
    private static final Pattern URL_YMD_SEP = Pattern.compile(
            "[/\\-_]((?:19|20)\\d{2})[/\\-_](0?[1-9]|1[0-2])[/\\-_](0?[1-9]|[12]\\d|3[01])(?:[/\\-_.]|$)");
    private static final Pattern URL_YM = Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/");

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
                {"jan", "january", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "январь", "января",
                        "янв", "janv"},
                {"feb", "february", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "февраль",
                        "февраля", "фев", "févr", "fev"},
                {"mar", "march", "märz", "maerz", "mars", "marzo", "março", "marco", "март", "марта", "мар", "mär"},
                {"apr", "april", "avril", "abril", "aprile", "апрель", "апреля", "апр", "avr"},
                {"may", "mai", "mayo", "maggio", "maio", "май", "мая"},
                {"jun", "june", "juni", "juin", "junio", "giugno", "junho", "июнь", "июня", "июн"},
                {"jul", "july", "juli", "juillet", "julio", "luglio", "julho", "июль", "июля", "июл", "juil"},
                {"aug", "august", "août", "aout", "agosto", "август", "августа", "авг"},
                {"sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "сентябрь",
                        "сентября", "сен", "set"},
                {"oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октябрь",
                        "октября", "окт", "out", "ott"},
                {"nov", "november", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя"},
                {"dec", "december", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro",
                        "декабрь", "декабря", "дек", "déc", "dic"}};
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private Dates() {
    }

    /** Whether the word names a month ("November", "Nov.", "ноября"). */
    static boolean isMonth(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".") || w.endsWith(",")) {
            w = w.substring(0, w.length() - 1);
        }
        return MONTHS.containsKey(w);
    }

    /** The date a metadata value states, or {@code null}. */
    static String parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 200) {
            return null;
        }
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = YMD_SLASH.matcher(v);
        if (m.find()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DMY.matcher(v);
        if (m.find()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        if (v.length() >= 10 && v.chars().allMatch(Character::isDigit) && v.length() <= 13) {
            // seconds or milliseconds since the epoch
            long n = Long.parseLong(v);
            long seconds = v.length() == 13 ? n / 1000 : n;
            LocalDate d = LocalDate.ofEpochDay(seconds / 86_400);
            return valid(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) ? d.toString() : null;
        }
        return words(v);
    }

    /** "19 November 2019", "Nov. 19, 2019", "Tue, 19 Nov 2019 10:00:00 GMT", month names as listed. */
    private static String words(String v) {
        Matcher m = WORDS.matcher(v.toLowerCase(Locale.ROOT));
        int year = 0;
        int month = 0;
        int day = 0;
        int tokens = 0;
        while (m.find() && tokens++ < 40) {
            String t = m.group();
            if (Character.isDigit(t.charAt(0))) {
                int n = Integer.parseInt(t);
                if (t.length() == 4 && n >= MIN_YEAR && year == 0) {
                    year = n;
                } else if (t.length() <= 2 && n >= 1 && n <= 31 && day == 0 && (month == 0 || year == 0)) {
                    day = n;
                }
            } else if (month == 0) {
                String w = t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
                Integer mm = MONTHS.get(w);
                if (mm != null) {
                    month = mm;
                }
            }
            if (year != 0 && month != 0 && day != 0) {
                break;
            }
        }
        if (year == 0 || month == 0) {
            return null;
        }
        return date(Integer.toString(year), Integer.toString(month), day == 0 ? null : Integer.toString(day));
    }

    /** The date in a URL path: /2019/11/19/, /2019-11-19/, /20191119/, else the month of /2019/11/. */
    static String fromUrl(String url) {
        if (url == null) {
            return null;
        }
        int q = url.indexOf('?');
        String path = q >= 0 ? url.substring(0, q) : url;
        int scheme = path.indexOf("://");
        if (scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash >= 0 ? path.substring(slash) : "/";
        }
        if (path.length() > 2000) {
            return null;
        }
        Matcher m = URL_YMD_SEP.matcher(path);
        if (m.find()) {
            String d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_YMD.matcher(path);
        if (m.find()) {
            String d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        m = URL_YM.matcher(path);
        if (m.find()) {
            return date(m.group(1), m.group(2), null);
        }
        return null;
    }

    private static String date(String y, String mo, String d) {
        try {
            int year = Integer.parseInt(y);
            int month = mo == null ? 0 : Integer.parseInt(mo);
            int day = d == null ? 0 : Integer.parseInt(d);
            if (month == 0) {
                return year >= MIN_YEAR && year <= LocalDate.now().getYear() + 1 ? Integer.toString(year) : null;
            }
            if (day == 0) {
                return valid(year, month, 1) ? YearMonth.of(year, month).toString() : null;
            }
            return valid(year, month, day) ? LocalDate.of(year, month, day).toString() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean valid(int year, int month, int day) {
        if (year < MIN_YEAR || year > LocalDate.now().getYear() + 1 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= YearMonth.of(year, month).lengthOfMonth();
    }
}
