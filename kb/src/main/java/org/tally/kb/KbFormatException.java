package org.tally.kb;

/**
 * A knowledge-base file that cannot be read as it is: which file, which line and column (1-based; 0 when the
 * problem is not about one line or one column) and what is wrong, e.g.
 * {@code places.tsv:12:6 (lat): "91.5" is not a latitude between -90 and 90}.
 */
public final class KbFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public KbFormatException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + " " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The file's name as it was given (a bundled file's resource name, or the user's path). */
    public String file() {
        return file;
    }

    /** 1-based line number, counting the header and any comment lines; 0 when not about one line. */
    public int line() {
        return line;
    }

    /** 1-based column number; 0 when not about one column. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
