/**
 * Temporal expressions in German and English: {@link org.tally.extract.time.TimeNormalizer} finds them and
 * normalises them to ISO-8601 values ({@link org.tally.extract.time.TimeExpression}), resolving relative ones
 * against the publication date. The words are lexicons and the constructions grammars of regular-expression
 * templates, both resource files beside these classes; the conventions for vague expressions are in docs/time.md.
 */
package org.tally.extract.time;
