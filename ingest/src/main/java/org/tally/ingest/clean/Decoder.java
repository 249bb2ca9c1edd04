package org.tally.ingest.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;
import org.tally.ingest.acquire.Format;
import org.tally.ingest.acquire.RawDocument;
import org.tally.model.Stage;
import org.tally.model.StageResult;

/**
 * Turns bytes into text. The charset comes from, in order: a byte-order mark; the bytes being valid UTF-8 (a
 * strong signal that beats a wrong declaration); an HTML meta declaration; statistical detection; windows-1252.
 * Binary input (NUL bytes, many control characters) is refused. Invalid UTF-8 in mostly-UTF-8 input is replaced,
 * not fatal.
 */
public final class Decoder {

    /** Text and its charset. */
    public record Decoded(String text, Charset charset) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public StageResult<Decoded> decode(RawDocument raw) {
        byte[] bytes = raw.bytes();
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return StageResult.ok(new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom));
        }
        if (looksBinary(bytes)) {
            return StageResult.failed(raw.doc(), Stage.CLEAN, "binary",
                    raw.doc() + ": binary content, not text or HTML");
        }
        if (isValidUtf8(bytes)) {
            return StageResult.ok(new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        Charset declared = raw.format() == Format.HTML ? declaredCharset(bytes) : null;
        if (declared != null && declared != StandardCharsets.UTF_8) {
            return StageResult.ok(new Decoded(new String(bytes, declared), declared));
        }
        if (mostlyUtf8(bytes)) {
            return StageResult.ok(new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        Charset detected = detect(bytes);
        return StageResult.ok(new Decoded(new String(bytes, detected), detected));
    }

    static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** NUL bytes, or more than 10% control characters other than white space, in the first 8 KiB. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    static boolean isValidUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Well-formed multi-byte sequences outnumber malformed bytes four to one. Such sequences almost never arise by
     * chance in single-byte encodings, so even a few of them say UTF-8 with some damage.
     */
    static boolean mostlyUtf8(byte[] b) {
        int good = 0;
        int bad = 0;
        for (int i = 0; i < b.length; ) {
            int c = b[i] & 0xFF;
            int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                    : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (extra == 0) {
                i++;
                continue;
            }
            boolean ok = extra > 0;
            for (int k = 1; ok && k <= extra; k++) {
                ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                good++;
                i += extra + 1;
            } else {
                bad++;
                i++;
            }
        }
        return good > 0 && bad * 4 <= good;
    }

    static Charset declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            Charset cs = Charset.forName(name);
            // Browsers read a Latin-1 declaration as windows-1252 (WHATWG Encoding), and so do we.
            return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII) ? WINDOWS_1252 : cs;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static Charset detect(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name != null) {
            try {
                Charset cs = Charset.forName(name);
                return cs.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : cs;
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // fall through to the web's default
            }
        }
        return WINDOWS_1252;
    }
}
