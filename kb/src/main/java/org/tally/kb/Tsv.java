package org.tally.kb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One parsed TSV file: UTF-8, a header row, then one record a row with exactly as many tab-separated cells as the
 * header has columns. Blank lines and lines starting with {@code #} are skipped. Cells carry no leading or
 * trailing spaces; multi-valued cells separate values with {@code |}.
 */
final class Tsv {

    /** One data row and where it came from. */
    record Row(Tsv table, int line, List<String> cells) {

        /** The cell of {@code column}, or "" when the table has no such column. */
        String get(String column) {
            Integer i = table.index.get(column);
            return i == null ? "" : cells.get(i);
        }

        /** The cell, or {@code null} when empty or absent. */
        String getOrNull(String column) {
            String s = get(column);
            return s.isEmpty() ? null : s;
        }

        /** The {@code |}-separated values of the cell, each checked non-empty. */
        List<String> values(String column) {
            String s = get(column);
            if (s.isEmpty()) {
                return List.of();
            }
            var out = new ArrayList<String>();
            for (String v : s.split("\\|", -1)) {
                if (v.isEmpty()) {
                    throw error(column, "empty value between '|' separators in \"" + s + "\"");
                }
                if (!v.strip().equals(v)) {
                    throw error(column, "value \"" + v + "\" has spaces around it");
                }
                out.add(v);
            }
            return out;
        }

        /** A single value: must not contain {@code |}. */
        String single(String column) {
            String s = get(column);
            if (s.contains("|")) {
                throw error(column, "takes one value, got \"" + s + "\"");
            }
            return s;
        }

        KbFormatException error(String column, String problem) {
            Integer i = table.index.get(column);
            return new KbFormatException(table.file, line, i == null ? 0 : i + 1,
                    "(" + column + "): " + problem);
        }

        KbFormatException error(String problem) {
            return new KbFormatException(table.file, line, 0, problem);
        }
    }

    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

    final String file;
    final int headerLine;
    final List<String> header;
    final Map<String, Integer> index = new HashMap<>();
    final List<Row> rows = new ArrayList<>();

    private Tsv(String file, int headerLine, List<String> header) {
        this.file = file;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    static Tsv parse(String file, InputStream in) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new KbFormatException(file, 0, 0, "is not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\n", -1);
        Tsv table = null;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            int lineNo = n + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (table == null) {
                table = header(file, lineNo, cells);
                continue;
            }
            if (cells.size() != table.header.size()) {
                throw new KbFormatException(file, lineNo, Math.min(cells.size(), table.header.size()) + 1,
                        "has " + cells.size() + " cells, the header has " + table.header.size() + " columns");
            }
            for (int c = 0; c < cells.size(); c++) {
                String cell = cells.get(c);
                if (!cell.strip().equals(cell)) {
                    throw new KbFormatException(file, lineNo, c + 1,
                            "(" + table.header.get(c) + "): \"" + cell + "\" has spaces around it");
                }
            }
            table.rows.add(new Row(table, lineNo, cells));
        }
        if (table == null) {
            throw new KbFormatException(file, 0, 0, "has no header row");
        }
        return table;
    }

    static Tsv parse(String file, String content) {
        try {
            return parse(file, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Tsv header(String file, int lineNo, List<String> cells) {
        var seen = new HashMap<String, Integer>();
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c);
            if (!COLUMN.matcher(name).matches()) {
                throw new KbFormatException(file, lineNo, c + 1,
                        "header \"" + name + "\" is not a column name (lower-case letters, digits, '_')");
            }
            if (seen.putIfAbsent(name, c) != null) {
                throw new KbFormatException(file, lineNo, c + 1, "header \"" + name + "\" appears twice");
            }
        }
        return new Tsv(file, lineNo, cells);
    }
}
