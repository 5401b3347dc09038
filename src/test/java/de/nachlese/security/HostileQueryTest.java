package de.nachlese.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.nachlese.DemoServerTest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Hostile queries against the search page and the JSON API: every one gets a 200 (answered, maybe through the
 * plain-words fallback) or a 400 with a message, never a 5xx. The slowest answers are printed as figures.
 */
@DemoServerTest
class HostileQueryTest {

    @Autowired
    MockMvc mvc;

    static List<String> queries() {
        Set<String> q = new LinkedHashSet<>();
        for (int depth : new int[] {10, 100, 1_000, 5_000}) {
            q.add("(".repeat(depth) + "Musk" + ")".repeat(depth));
            q.add("(".repeat(depth) + "Musk");
            q.add("Musk" + ")".repeat(depth));
            q.add("\"".repeat(depth));
            q.add("NOT ".repeat(depth) + "Musk");
            q.add("-".repeat(depth) + "Musk");
        }
        for (int n : new int[] {2, 50, 200, 1_000, 1_024, 1_025, 5_000}) {
            q.add(String.join(" OR ", java.util.Collections.nCopies(n, "Musk")));
            q.add(String.join(" AND ", java.util.Collections.nCopies(n, "a")));
            q.add("word ".repeat(n));
            q.add("firma:X ".repeat(n));
        }
        for (String pattern : List.of(
                "*",
                "?",
                "*a*",
                "?*?*?*",
                "/.*/",
                "/(a+)+b/",
                "/[a-z]{1,1000}/",
                "a*",
                "*Musk",
                "Mu*k",
                "M?sk",
                "~",
                "Musk~",
                "Musk~2",
                "Musk~100",
                "\"Musk Trump\"~1000",
                "a~2 b~2 c~2 d~2 e~2 f~2",
                "\\",
                "\\\\",
                "\\\"",
                "\"",
                "\"\"",
                "()",
                ")(",
                "[]",
                "{}",
                "[a TO z]",
                "{a TO *}",
                "^",
                "Musk^1000",
                "Musk^-1",
                "Musk^NaN",
                "&&",
                "||",
                "!",
                "!Musk",
                "+",
                "++Musk",
                "--Musk",
                ":",
                "::",
                "firma:",
                "firma:\"",
                "woche:",
                "woche:9999-W99",
                "woche:2025-W00",
                "woche:2025-W54",
                "von:gestern",
                "von:2025-02-30",
                "bis:0000-01-01",
                "von:2025-03-01 bis:2024-01-01",
                "since:99999-01-01",
                "typ:unbekannt",
                "type:",
                "quelle:*",
                "thema:/.*/",
                "company:" + "x".repeat(400),
                "person:\"Elon Musk",
                "%00",
                "\u0000Musk",
                "\uFFFF",
                "\uD800",
                "😀".repeat(100),
                "\u202EMusk",
                "\u200B",
                "\r\n",
                "\t\t\t",
                " ",
                "Mus\u0000k",
                "<script>",
                "' OR 1=1 --",
                "${jndi:ldap://x}",
                "{{7*7}}",
                "../../etc/passwd",
                "Musk AND",
                "OR Musk",
                "AND",
                "OR",
                "NOT",
                "UND ODER NICHT",
                "Musk NOT NOT NOT",
                "Musk AND (OR)",
                "Musk (",
                "Musk )",
                "((Musk) OR (Trump)) AND ((((Nvidia))))")) {
            q.add(pattern);
        }
        for (int i = 0; i < 40; i++) {
            q.add("x".repeat(i * 12 + 1) + "~2");
            q.add("*" + "ab".repeat(i + 1) + "*");
        }
        q.add("M".repeat(500));
        q.add("M".repeat(501));
        q.add("Musk ".repeat(100).strip());
        return new ArrayList<>(q);
    }

    @Test
    void everyHostileQueryIsAnsweredOrRefusedClearly() throws Exception {
        List<String> queries = queries();
        assertThat(queries).hasSizeGreaterThanOrEqualTo(200);
        List<String> failures = new ArrayList<>();
        long slowestNanos = 0;
        String slowest = "";
        int answered = 0;
        int refused = 0;
        for (String query : queries) {
            for (String path : List.of("/api/search", "/")) {
                long start = System.nanoTime();
                MvcResult result = mvc.perform(get(path).param("q", query)).andReturn();
                long nanos = System.nanoTime() - start;
                int status = result.getResponse().getStatus();
                if (status == 200) {
                    answered++;
                } else if (status == 400
                        && !result.getResponse().getContentAsString().isBlank()) {
                    refused++;
                } else {
                    failures.add(status + " for " + path + " q=" + abbreviate(query));
                }
                if (nanos > slowestNanos) {
                    slowestNanos = nanos;
                    slowest = path + " q=" + abbreviate(query);
                }
            }
        }
        System.out.printf(
                "Hostile queries: %d queries x 2 endpoints: %d answered, %d refused with 400, %d other; "
                        + "slowest %d ms (%s)%n",
                queries.size(), answered, refused, failures.size(), slowestNanos / 1_000_000, slowest);
        assertThat(failures).isEmpty();
    }

    /** Every ASCII punctuation mark and operator of the query language, and one long word, each repeated in a ramp. */
    static List<String> rampUnits() {
        List<String> units = new ArrayList<>();
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".chars().forEach(c -> units.add(String.valueOf((char) c)));
        units.addAll(List.of(
                "AND ",
                "OR ",
                "NOT ",
                "UND ",
                "ODER ",
                "NICHT ",
                "&& ",
                "|| ",
                "a ",
                "-a ",
                "!a ",
                "(a ",
                "a) ",
                "\"a\" ",
                "firma:a ",
                "woche:2025-W05 ",
                "von:2025-03-01 ",
                "-(",
                "(-",
                "a~ ",
                "a* ",
                "M"));
        return units;
    }

    static final int[] RAMP_CHARS = {10, 30, 100, 300, 500, 1_000, 3_000, 10_000};

    /**
     * Length ramps from 10 to 10,000 characters of each punctuation mark and operator. Time and allocated bytes per
     * request are printed; what is asserted is that allocation grows at most linearly with the length (a quadratic
     * parse allocated 0.6 GB for 300 dashes and 2.7 GB for 499), since wall time on a shared machine proves nothing.
     */
    @Test
    void costGrowsLinearlyWithTheQueryLength() throws Exception {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        mvc.perform(get("/api/search").param("q", "warm up")).andReturn();
        List<String> superLinear = new ArrayList<>();
        long slowestMs = 0;
        for (String unit : rampUnits()) {
            StringBuilder line = new StringBuilder(String.format("Ramp %-16s", "\"" + unit.strip() + "\""));
            long[] bytes = new long[RAMP_CHARS.length];
            for (int r = 0; r < RAMP_CHARS.length; r++) {
                String query = unit.repeat(RAMP_CHARS[r] / unit.length() + 1).substring(0, RAMP_CHARS[r]);
                long before = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                int status = mvc.perform(get("/api/search").param("q", query))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                long ms = (System.nanoTime() - start) / 1_000_000;
                bytes[r] = threads.getCurrentThreadAllocatedBytes() - before;
                slowestMs = Math.max(slowestMs, ms);
                line.append(String.format(" | %5d: %d %4d ms %6d KB", RAMP_CHARS[r], status, ms, bytes[r] / 1024));
                assertThat(status).as("%s x %d", unit, RAMP_CHARS[r]).isIn(200, 400);
            }
            System.out.println(line);
            // 100 -> 500 characters is 5 times the length: linear work stays well under 5 times the 100-character
            // allocation plus the fixed cost of a request; quadratic work would be 25 times, cubic 125 times
            long at100 = bytes[2];
            long at500 = bytes[4];
            if (at500 > 10 * at100 + 4_000_000L) {
                superLinear.add(
                        unit.strip() + ": " + at100 / 1024 + " KB at 100 chars, " + at500 / 1024 + " KB at 500");
            }
        }
        System.out.printf(
                "Ramps: %d units x %d lengths, slowest %d ms%n", rampUnits().size(), RAMP_CHARS.length, slowestMs);
        assertThat(superLinear).isEmpty();
    }

    private static String abbreviate(String query) {
        return query.length() <= 40 ? query : query.substring(0, 40) + "… (" + query.length() + " chars)";
    }
}
