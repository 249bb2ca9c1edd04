package org.tally.link;

import java.util.ArrayList;
import java.util.List;
import org.tally.nlp.Analysis;
import org.tally.nlp.Sentence;
import org.tally.nlp.Token;

/**
 * A word of the text as the linker sees it: a token, or part of one split at hyphens and slashes, so that the
 * parts of compounds are found ("Ukraine-Krieg", "US-Regierung", "Pjöngjang/Moskau").
 *
 * @param begin    offset into the body
 * @param end      offset after the last character
 * @param surface  the body's text
 * @param norm     {@link Forms#normalize normalised}
 * @param sentence index of its sentence
 * @param joined   whether it is joined to the previous piece by a hyphen or slash (a part of one token)
 */
record Piece(int begin, int end, String surface, String norm, int sentence, boolean joined) {

    /** Whether the word starts with a capital, after an elided article ("l'Ukraine", "d'Iran"). */
    boolean capitalised() {
        int apostrophe = Math.max(surface.indexOf('\''), surface.indexOf('’'));
        int start = apostrophe > 0 && apostrophe <= 4 && apostrophe + 1 < surface.length() ? apostrophe + 1 : 0;
        return Character.isUpperCase(surface.codePointAt(start));
    }

    boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean cased() {
        int c = surface.codePointAt(0);
        return Character.isUpperCase(c) || Character.isLowerCase(c);
    }

    static List<Piece> of(Analysis analysis) {
        List<Piece> pieces = new ArrayList<>();
        for (Sentence sentence : analysis.sentences()) {
            int previousEnd = -1;
            for (Token token : sentence.tokens()) {
                if (token.begin() == previousEnd && token.end() == previousEnd) {
                    continue;
                }
                if (token.begin() < previousEnd) {
                    continue; // a contraction's second word shares the span of the first ("zum" = "zu dem")
                }
                previousEnd = token.end();
                split(token, sentence.index(), pieces);
            }
        }
        return pieces;
    }

    private static void split(Token token, int sentence, List<Piece> into) {
        String text = token.text();
        int start = 0;
        boolean joined = false;
        for (int i = 0; i <= text.length(); i++) {
            boolean boundary = i == text.length() || isJoiner(text.charAt(i));
            if (boundary) {
                if (i > start) {
                    String surface = text.substring(start, i);
                    if (surface.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        into.add(new Piece(token.begin() + start, token.begin() + i, surface,
                                Forms.normalize(surface), sentence, joined));
                    }
                }
                start = i + 1;
                joined = i < text.length();
            }
        }
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '‐' || c == '‑' || c == '/';
    }
}
