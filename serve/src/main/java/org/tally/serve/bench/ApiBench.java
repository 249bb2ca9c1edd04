package org.tally.serve.bench;

import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.tally.serve.ApiServer;

/**
 * {@code tally bench api}: latency of the API over real HTTP (java.net.http, one client, requests one after
 * another) against an in-process server on the given ledger. Each endpoint gets {@code n} requests with parameters
 * drawn from a seeded {@link Random} (filters, pages, query words), after a warm-up of the same kind. Prints p50, p99
 * and max per endpoint, and for the cached aggregates (timeline, graph) also the first request of each distinct URL,
 * which is computed from the ledger.
 */
public final class ApiBench {

    private static final String[] TYPES = {"transfer", "request", "visit", "meeting", "accuse", "deny", "use"};
    private static final String[] ACTORS = {"KP", "RU", "UA", "IR", "CN", "US", "KR", "BY"};
    private static final String[] WORDS = {"Granaten", "Raketen", "shells", "missiles", "Container", "fuel",
            "Lieferungen", "Ministerium", "satellite", "Russland", "Iran", "deliveries", "Soldaten", "vehicles",
            "Beobachter", "verified", "Tonnen", "Fachleute", "report", "Bericht"};

    private ApiBench() {
    }

    public static void run(Path dir, int n, long seed, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        try (ApiServer server = ApiServer.start(new ApiServer.Options(dir, "127.0.0.1", 0, Duration.ofMinutes(10)))) {
            out.printf(Locale.ROOT, "server up in %.2f s (search index: %,d documents)%n",
                    (System.nanoTime() - t0) / 1e9, server.indexedDocuments());
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            Random random = new Random(seed);
            Map<String, Supplier<String>> endpoints = new LinkedHashMap<>();
            endpoints.put("events", () -> "/api/events" + eventQuery(random, true));
            endpoints.put("events/{id}", null); // filled from the events answers below
            endpoints.put("search", () -> "/api/search?q=" + enc(WORDS[random.nextInt(WORDS.length)]
                    + (random.nextInt(3) == 0 ? " " + WORDS[random.nextInt(WORDS.length)] : ""))
                    + (random.nextInt(4) == 0 ? "&language=de" : "") + "&offset=" + 20 * random.nextInt(3));
            endpoints.put("timeline", () -> "/api/timeline?bucket=" + new String[] {"year", "month", "day"}[random.nextInt(3)]
                    + eventQuery(random, false).replace('?', '&'));
            endpoints.put("graph", () -> "/api/graph" + eventQuery(random, false));
            // what the screen asks on each zoom step: the marks of a year, month or day (no claims), and the bars
            // of a full-text search (not cached: the index follows the ledger)
            endpoints.put("marks", () -> "/api/events?limit=300&claims=0&" + period(random));
            endpoints.put("timeline?q", () -> "/api/timeline?bucket=month&q=" + enc(WORDS[random.nextInt(WORDS.length)]));
            out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s   %s%n", "endpoint", "requests", "p50 ms", "p99 ms", "max ms",
                    "first request per distinct URL (computed, not cached): p50 / p99 / max ms");
            List<String> eventIds = new ArrayList<>();
            for (var e : endpoints.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                for (int i = 0; i < Math.max(20, n / 10); i++) { // warm-up
                    send(http, base + e.getValue().get());
                }
                double[] all = new double[n];
                List<Double> firsts = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < n; i++) {
                    String url = e.getValue().get();
                    long start = System.nanoTime();
                    String body = send(http, base + url);
                    all[i] = (System.nanoTime() - start) / 1e6;
                    if (seen.add(url)) {
                        firsts.add(all[i]);
                    }
                    if (e.getKey().equals("events") && eventIds.size() < 1000) {
                        var m = java.util.regex.Pattern.compile("\"id\":\"(ev[0-9a-f]{16})\"").matcher(body);
                        while (m.find()) {
                            eventIds.add(m.group(1));
                        }
                    }
                }
                print(out, e.getKey(), all, e.getKey().equals("timeline") || e.getKey().equals("graph") ? firsts : null);
                if (e.getKey().equals("events") && !eventIds.isEmpty()) {
                    double[] one = new double[n];
                    for (int i = 0; i < n; i++) {
                        String url = base + "/api/events/" + eventIds.get(random.nextInt(eventIds.size()));
                        long start = System.nanoTime();
                        send(http, url);
                        one[i] = (System.nanoTime() - start) / 1e6;
                    }
                    print(out, "events/{id}", one, null);
                }
            }
        }
    }

    /** A year, a month or a day of 2019-2025, as from and to. */
    private static String period(Random random) {
        String p = String.valueOf(2019 + random.nextInt(7));
        int depth = random.nextInt(3);
        if (depth > 0) {
            p += String.format(Locale.ROOT, "-%02d", 1 + random.nextInt(12));
        }
        if (depth > 1) {
            p += String.format(Locale.ROOT, "-%02d", 1 + random.nextInt(28));
        }
        return "from=" + p + "&to=" + p;
    }

    private static String eventQuery(Random random, boolean paged) {
        List<String> p = new ArrayList<>();
        switch (random.nextInt(5)) {
            case 0 -> p.add("type=" + TYPES[random.nextInt(TYPES.length)]);
            case 1 -> p.add("actor=" + ACTORS[random.nextInt(ACTORS.length)]);
            case 2 -> {
                int year = 2019 + random.nextInt(7);
                p.add("from=" + year);
                p.add("to=" + year + "-" + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(12)));
            }
            case 3 -> p.add("modality=" + new String[] {"reported", "alleged", "denied"}[random.nextInt(3)]);
            default -> {
            }
        }
        if (paged && random.nextBoolean()) {
            p.add("offset=" + 50 * random.nextInt(10));
        }
        return p.isEmpty() ? "" : "?" + String.join("&", p);
    }

    private static String send(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static void print(PrintStream out, String name, double[] times, List<Double> firsts) {
        double[] t = times.clone();
        Arrays.sort(t);
        String extra = "";
        if (firsts != null && !firsts.isEmpty()) {
            double[] f = firsts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            extra = String.format(Locale.ROOT, "%d distinct: %.1f / %.1f / %.1f", f.length, pct(f, 50), pct(f, 99),
                    f[f.length - 1]);
        }
        out.printf(Locale.ROOT, "%-12s %8d %8.1f %8.1f %8.1f   %s%n", name, t.length, pct(t, 50), pct(t, 99),
                t[t.length - 1], extra);
    }

    private static double pct(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
