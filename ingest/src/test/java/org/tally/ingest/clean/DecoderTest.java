package org.tally.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tally.ingest.acquire.Format;
import org.tally.ingest.acquire.RawDocument;
import org.tally.model.StageResult;

class DecoderTest {

    private final Decoder decoder = new Decoder();

    private Decoder.Decoded decode(Format format, byte[] bytes) {
        StageResult<Decoder.Decoded> result = decoder.decode(new RawDocument("x", format, bytes));
        assertThat(result).isInstanceOf(StageResult.Ok.class);
        return ((StageResult.Ok<Decoder.Decoded>) result).value();
    }

    @Test
    void byteOrderMarkWinsAndIsRemoved() {
        byte[] text = "Zoll prüft Ladung".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        assertThat(decode(Format.TEXT, withBom).text()).isEqualTo("Zoll prüft Ladung");
    }

    @Test
    void declaredCharsetIsUsedForNonUtf8Bytes() {
        String page = "<html><head><meta charset=\"koi8-r\"></head><body>Груз прибыл в порт</body></html>";
        Decoder.Decoded d = decode(Format.HTML, page.getBytes(Charset.forName("KOI8-R")));
        assertThat(d.text()).contains("Груз прибыл в порт");
    }

    @Test
    void validUtf8BeatsAWrongLatin1Declaration() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
                + "</head><body>Die Frachter überquerten die Meerenge.</body></html>";
        assertThat(decode(Format.HTML, page.getBytes(StandardCharsets.UTF_8)).text()).contains("überquerten");
    }

    @Test
    void undeclaredLatin1IsReadAsWindows1252() {
        byte[] bytes = "Die Lieferung enthielt Güter für die Straßenbahn – sagte er.".getBytes(Charset.forName("windows-1252"));
        assertThat(decode(Format.TEXT, bytes).text()).contains("Güter für die Straßenbahn – sagte");
    }

    @Test
    void nulBytesMeanBinary() {
        StageResult<Decoder.Decoded> r = decoder.decode(new RawDocument("x.txt", Format.TEXT, new byte[] {'a', 0, 'b'}));
        assertThat(r).isInstanceOfSatisfying(StageResult.Failed.class,
                f -> assertThat(f.reason().code()).isEqualTo("binary"));
    }
}
