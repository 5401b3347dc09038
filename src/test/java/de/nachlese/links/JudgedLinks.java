package de.nachlese.links;

import de.nachlese.search.ItemSearcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The judged draft links ({@code src/test/resources/links/judged-links.tsv}) and the demo issues they were judged on,
 * read the same way by the quality test and by the details printed for ranking work.
 */
public final class JudgedLinks {

    private JudgedLinks() {}

    /** Draft issue date → (draft item id → judged earlier item id → grade), dates in order. */
    public static Map<LocalDate, Map<String, Map<String, Integer>>> read() {
        Map<LocalDate, Map<String, Map<String, Integer>>> judged = new TreeMap<>();
        try (InputStream in = JudgedLinks.class.getResourceAsStream("/links/judged-links.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Map<String, Integer> grades = new HashMap<>();
                if (cols.length > 2) {
                    for (String j : cols[2].trim().split("\\s+")) {
                        if (!j.isEmpty()) {
                            grades.put(
                                    j.substring(0, j.indexOf('=')), Integer.parseInt(j.substring(j.indexOf('=') + 1)));
                        }
                    }
                }
                judged.computeIfAbsent(LocalDate.parse(cols[1]), d -> new LinkedHashMap<>())
                        .put(cols[0], grades);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return judged;
    }

    /**
     * One fresh draft ({@code src/test/resources/links/fresh/}) with its judgements, never tuned on.
     *
     * @param set         the folder under {@code links/} the draft is in ({@code fresh} or {@code fresh2})
     * @param file        the draft's file name in that folder
     * @param contentType how the draft is posted, by its file name
     * @param before      the draft's date, given explicitly as the one draft without a byline needs
     * @param judged      draft item headline → judged earlier item id → grade
     */
    public record FreshDraft(
            String set, String file, String contentType, LocalDate before, Map<String, Map<String, Integer>> judged) {

        /** The draft as the bytes it is posted with. */
        public byte[] text() {
            try (InputStream in = JudgedLinks.class.getResourceAsStream("/links/" + set + "/" + file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The fresh drafts of {@code links/fresh-links.tsv}, in file order. */
    public static List<FreshDraft> readFresh() {
        return readFresh("fresh");
    }

    /** The fresh drafts of {@code links/SET-links.tsv} (set {@code fresh} or {@code fresh2}), in file order. */
    public static List<FreshDraft> readFresh(String set) {
        Map<String, FreshDraft> drafts = new LinkedHashMap<>();
        try (InputStream in = JudgedLinks.class.getResourceAsStream("/links/" + set + "-links.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                String type = cols[0].endsWith(".md")
                        ? "text/markdown"
                        : cols[0].endsWith(".html") ? "text/html" : "text/plain";
                drafts.computeIfAbsent(
                                cols[0],
                                f -> new FreshDraft(set, f, type, LocalDate.parse(cols[2]), new LinkedHashMap<>()))
                        .judged()
                        .put(cols[1], grades(cols.length > 3 ? cols[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(drafts.values());
    }

    private static Map<String, Integer> grades(String judgements) {
        Map<String, Integer> grades = new HashMap<>();
        for (String j : judgements.trim().split("\\s+")) {
            if (!j.isEmpty()) {
                grades.put(j.substring(0, j.indexOf('=')), Integer.parseInt(j.substring(j.indexOf('=') + 1)));
            }
        }
        return grades;
    }

    /** The tuning half: the first half of the draft dates. */
    public static List<LocalDate> tuningDates(Map<LocalDate, ?> judged) {
        List<LocalDate> dates = List.copyOf(judged.keySet());
        return dates.subList(0, dates.size() / 2);
    }

    /** The demo issue of that date's ISO week, as the bytes a draft of it would be posted with. */
    public static byte[] draft(LocalDate date) {
        String stem = "/demo-archive/wochenwerk-2025-kw" + week(date);
        InputStream found = JudgedLinks.class.getResourceAsStream(stem + ".txt");
        try (InputStream in = found != null ? found : JudgedLinks.class.getResourceAsStream(stem + ".html")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo issue of that date: its items' ids by headline, to name a draft item by the archived item it is. */
    public static Map<String, String> idByHeadline(ItemSearcher searcher, LocalDate date) throws IOException {
        Map<String, String> ids = new HashMap<>();
        searcher.issue("wochenwerk-tech-2025-w" + week(date))
                .orElseThrow()
                .items()
                .forEach(s -> ids.put(s.item().headline(), s.item().id()));
        return ids;
    }

    /** The two-digit ISO week of a draft date, as the demo's file names and issue ids write it. */
    private static String week(LocalDate date) {
        return String.format("%02d", date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
