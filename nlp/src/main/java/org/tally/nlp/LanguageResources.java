package org.tally.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads the per-language files under {@code org/tally/nlp/LANG/} on the class path. */
final class LanguageResources {

    private LanguageResources() {
    }

    static boolean exists(String language, String name) {
        return LanguageResources.class.getResource(name(language, name)) != null;
    }

    /** The non-blank lines of a text file, without comment lines (those starting with "# "). */
    static List<String> lines(String language, String name) {
        List<String> lines = new ArrayList<>();
        for (String line : read(language, name).split("\n")) {
            String l = line.stripTrailing();
            if (!l.isEmpty() && !l.startsWith("# ")) {
                lines.add(l);
            }
        }
        return lines;
    }

    static Properties properties(String language, String name) {
        Properties p = new Properties();
        try (InputStream in = open(name(language, name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name(language, name), e);
        }
        return p;
    }

    /** Properties of a file beside the classes of this package (such as versions.properties). */
    static Properties properties(String name) {
        return properties(null, name);
    }

    private static String read(String language, String name) {
        try (InputStream in = open(name(language, name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name(language, name), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = LanguageResources.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource + " (is the jar complete?)");
        }
        return in;
    }

    private static String name(String language, String name) {
        return language == null ? name : language + "/" + name;
    }
}
