// The ledger alone: N small documents with 8 entities, 16 mentions and 5 claims each, one transaction apiece.
// Run after a build: java --enable-native-access=ALL-UNNAMED -cp "cli/target/lib/*" bench/LedgerBench.java 2000
import java.nio.file.*; import java.util.*; import org.tally.model.*; import org.tally.store.*;
public class LedgerBench { public static void main(String[] a) throws Exception {
  Path dir = Files.createTempDirectory("lb"); Random r = new Random(1); int n = Integer.parseInt(a[0]);
  try (Ledger l = Ledger.open(dir)) { long t = System.nanoTime();
    for (int i = 0; i < n; i++) { String body = "Freighter number " + i + " left the harbour at night with crates of cargo for the northern depot.";
      Document d = new Document("d"+i+".txt","en","2024-03-01","Report "+i, body, null,null,null,"text","h"+i, HexFormat.of().toHexDigits(r.nextLong()));
      List<Entity> es = new ArrayList<>(); for (int k=0;k<8;k++) es.add(new Entity(d.doc(),"new:place:p"+(i*8+k)%500,"place","P"+k,null,List.of(new Mention(0,9,"Freighter","ner"), new Mention(10,16,"number","ner"))));
      List<Event> ev = new ArrayList<>(); for (int k=0;k<5;k++) ev.add(new Event(d.doc(),"e"+k,"transfer","RU","KP","munitions",null,null,null,null,null,"asserted",body,0,body.length()));
      l.ingest(d, es, ev); }
    double s = (System.nanoTime()-t)/1e9; System.out.printf("%d documents (8 entities, 16 mentions, 5 claims each) in %.2f s: %.0f docs/s%n", n, s, n/s); } } }
