import java.sql.*;
import java.util.*;
/**
 * Times SQL queries on a ledger with the driver Tally uses: each query five times, the best, with its plan; an
 * argument starting with "!" is a statement to execute first (CREATE INDEX ...). Usage:
 * java --enable-native-access=ALL-UNNAMED -cp "cli/target/lib/*" bench/QueryTiming.java LEDGER.db "SQL" ...
 */
public class QueryTiming {
  public static void main(String[] a) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + a[0])) {
      for (int i = 1; i < a.length; i++) {
        if (a[i].startsWith("!")) { c.createStatement().execute(a[i].substring(1)); System.out.println("did " + a[i]); continue; }
        String q = a[i];
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = c.createStatement().executeQuery("EXPLAIN QUERY PLAN " + q)) { while (rs.next()) plan.append(rs.getString(4)).append("; "); }
        double best = 1e9; int n = 0;
        for (int r = 0; r < 5; r++) {
          long t = System.nanoTime(); n = 0;
          try (ResultSet rs = c.createStatement().executeQuery(q)) { while (rs.next()) n++; }
          best = Math.min(best, (System.nanoTime() - t) / 1e6);
        }
        System.out.printf("%6.1f ms %6d rows  %s%n        %s%n", best, n, q.substring(0, Math.min(120, q.length())), plan);
      }
    }
  }
}
