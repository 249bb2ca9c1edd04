package org.tally.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.json.FactJson;

/** Bad input through the real `tally extract`: each gives a record and the batch goes on. */
class ExtractCommandTest {

    @TempDir
    static Path dir;
    static Map<String, Map<String, Object>> byDoc;
    static int exitStatus;

    private static final String ARTICLE = "Ein Güterzug mit Kesselwagen hat am Montag die Grenzstation erreicht. "
            + "Die Behörden äußerten sich zunächst nicht zur Fracht. Beobachter zählten mehr als vierzig Wagen.";

    @BeforeAll
    static void runExtractOverBadInputs() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[10] = 0;
        Files.write(dir.resolve("binary.html"), noise);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.txt"))) {
            byte[] line = (ARTICLE + "\n").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += line.length) {
                out.write(line);
            }
        }
        byte[] utf8 = ("Bericht über Lieferungen\n\n" + ARTICLE).getBytes(StandardCharsets.UTF_8);
        utf8[2] = (byte) 0xC3; // a lead byte followed by a non-continuation byte, in the headline
        utf8[3] = (byte) 0x28;
        Files.write(dir.resolve("invalid-utf8.txt"), utf8);
        String latin1Page = "<html><head><title>Grenzübergang geschlossen</title></head><body><article><h1>"
                + "Grenzübergang geschlossen</h1><p>" + ARTICLE + "</p><p>Die Straße bleibt über das Wochenende "
                + "gesperrt, hieß es aus dem Ministerium. Lastwagen müssen einen Umweg über den nördlichen Übergang "
                + "nehmen.</p></article></body></html>";
        Files.write(dir.resolve("latin1.html"), latin1Page.getBytes(Charset.forName("ISO-8859-1")));
        Files.writeString(dir.resolve("scripts.html"),
                "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script></body></html>");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("good.txt.gz")))) {
            out.write(("Güterzug an der Grenze\n\n" + ARTICLE).getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("broken.txt.gz"), "this is not gzip");
        Files.writeString(dir.resolve("notes.md"), "# not an input type");
        Path out = dir.resolve("out/facts.jsonl");
        exitStatus = TallyCommand.run("extract", dir.toString(), dir.resolve("missing.txt").toString(),
                "--out", out.toString(), "--quiet", "--threads", "2");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        byDoc = new java.util.HashMap<>();
        for (String line : lines) {
            Map<String, Object> record = FactJson.parse(line);
            assertThat(byDoc.put(String.valueOf(record.get("doc")).replaceAll(".*/", ""), record))
                    .as("one record per input: %s", line).isNull();
        }
    }

    private static Map<String, Object> record(String doc) {
        assertThat(byDoc).containsKey(doc);
        return byDoc.get(doc);
    }

    private static void assertProblem(String doc, String code) {
        assertThat(record(doc)).containsEntry("kind", "problem").containsEntry("code", code);
        assertThat((String) record(doc).get("message")).contains(doc);
    }

    @Test
    void everyInputIsProcessedOrReportedAndTheExitStatusIsZero() {
        assertThat(exitStatus).isZero();
        assertThat(byDoc.keySet()).containsExactlyInAnyOrder("empty.txt", "binary.html", "huge.txt",
                "invalid-utf8.txt", "latin1.html", "scripts.html", "good.txt.gz", "broken.txt.gz", "missing.txt");
    }

    @Test
    void emptyFileIsReported() {
        assertProblem("empty.txt", "no_text");
    }

    @Test
    void binaryFileIsReported() {
        assertProblem("binary.html", "binary");
    }

    @Test
    void fiftyMegabyteFileIsReportedWithoutReadingItAll() {
        assertProblem("huge.txt", "too_large");
    }

    @Test
    void invalidUtf8GivesADocumentWithReplacementCharacters() {
        Map<String, Object> d = record("invalid-utf8.txt");
        assertThat(d).containsEntry("kind", "document").containsEntry("language", "de");
        assertThat((String) d.get("body")).contains("Güterzug mit Kesselwagen");
    }

    @Test
    void latin1HtmlWithoutCharsetIsDecoded() {
        Map<String, Object> d = record("latin1.html");
        assertThat(d).containsEntry("kind", "document").containsEntry("title", "Grenzübergang geschlossen");
        assertThat((String) d.get("body")).contains("Die Straße bleibt über das Wochenende gesperrt");
    }

    @Test
    void htmlWithOnlyScriptsIsReported() {
        assertProblem("scripts.html", "no_text");
    }

    @Test
    void gzipIsReadAndBrokenGzipIsReported() {
        assertThat(record("good.txt.gz")).containsEntry("kind", "document").containsEntry("title", "Güterzug an der Grenze");
        assertProblem("broken.txt.gz", "bad_gzip");
    }

    @Test
    void missingPathIsReported() {
        assertProblem("missing.txt", "not_found");
    }

    @Test
    void documentsCarryHashAndFingerprint() {
        Map<String, Object> d = record("good.txt.gz");
        assertThat((String) d.get("content_hash")).matches("[0-9a-f]{64}");
        assertThat((String) d.get("fingerprint")).matches("[0-9a-f]{16}");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(TallyCommand.run("extract")).isEqualTo(2);
        assertThat(TallyCommand.run("extract", "--no-such-option", "x")).isEqualTo(2);
        assertThat(TallyCommand.run("no-such-command")).isEqualTo(2);
    }
}
