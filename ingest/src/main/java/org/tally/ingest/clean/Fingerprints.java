package org.tally.ingest.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Identity of a body for deduplication: an exact hash of its normalised words, and a 64-bit SimHash of its word
 * 3-shingles, so that syndicated copies of one story (a changed headline, an added credit line) differ in only a
 * few bits. Pure functions.
 */
public final class Fingerprints {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Fingerprints() {
    }

    static String[] words(String body) {
        String folded = Normalizer.normalize(body, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String trimmed = NON_WORD.matcher(folded).replaceAll(" ").strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split(" ");
    }

    /** SHA-256 of the body's words, case and punctuation folded, in hex. */
    public static String contentHash(String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(String.join(" ", words(body)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** SimHash over word 3-shingles, 16 hex digits. */
    public static String simHash(String body) {
        String[] w = words(body);
        int[] votes = new int[64];
        int shingles = Math.max(1, w.length - 2);
        for (int i = 0; i < shingles && w.length > 0; i++) {
            long h = fnv1a64(w[i] + ' ' + (i + 1 < w.length ? w[i + 1] : "") + ' ' + (i + 2 < w.length ? w[i + 2] : ""));
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return HexFormat.of().toHexDigits(hash);
    }

    /** Bits in which two SimHashes differ; near-duplicates differ in at most a few. */
    public static int distance(String simHashA, String simHashB) {
        return Long.bitCount(HexFormat.fromHexDigitsToLong(simHashA) ^ HexFormat.fromHexDigitsToLong(simHashB));
    }

    private static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        // a final avalanche, so that similar strings do not share low bits
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
