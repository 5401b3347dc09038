package de.nachlese.tagging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds gazetteer entities in German text. One alternation of all surface forms, longest first, matched on word
 * boundaries, so that German inflection and compounds need no listing:
 * <ul>
 *   <li>genitive and possessive: "Teslas", "OpenAIs", "Musks", "Altman's";</li>
 *   <li>hyphen compounds: "Nvidia-Chef", "Meta-Konzern", "Ex-Twitter";</li>
 *   <li>but not inside a word: "Metaebene" is not Meta.</li>
 * </ul>
 * Ambiguous forms ("X", "Son", "Alphabet") count only when the item also contains one of the entry's context words,
 * and no form counts inside one of the entry's veto phrases ("Meta-Ebene", "Model X").
 * Matching is case-sensitive, because capitalisation is what separates "Apple" from "apple" in German prose; names
 * of four letters or more also match in capitals ("NVIDIA").
 */
final class EntityMatcher {

    /** What a surface form stands for; {@code needsContext} for ambiguous forms. */
    private record Form(GazetteerEntry entry, boolean needsContext) {}

    /** A recognised mention: where it is and which entry it names. */
    record Mention(GazetteerEntry entry, int start, int end) {}

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    /** Genitive -s and the apostrophe forms; a hyphen may follow (a compound), a letter may not. */
    private static final String AFTER = "(?:s|'s|’s|'|’)?(?![\\p{L}\\p{N}])";

    private static final Pattern WORD_START = Pattern.compile(BEFORE);
    private static final Pattern WORD_END = Pattern.compile(AFTER);
    /** The order in which the forms are tried at one position: longest first, so "Meta AI" wins over "Meta". */
    private static final Comparator<String> LONGEST_FIRST =
            Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder());

    private final Map<String, Form> bySurface;
    /**
     * The surface forms in {@link #LONGEST_FIRST} order, found in one pass over the text. A mention is what the
     * regex {@code BEFORE(form1|form2|…)AFTER} over these forms would match; instead of trying a thousand
     * alternatives at every position, {@link Matches} tries only the forms that occur there, in the same order.
     */
    private final List<String> ordered;

    private final Literals forms;
    private final Map<GazetteerEntry, Phrases> needsPatterns = new HashMap<>();
    private final Map<GazetteerEntry, Phrases> vetoPatterns = new HashMap<>();
    /** Companies and people alone: a product's name may contain its maker's ("Google-Suche", "Meta AI"). */
    private final EntityMatcher withoutProducts;

    EntityMatcher(List<GazetteerEntry> entries) {
        this(entries, true);
    }

    private EntityMatcher(List<GazetteerEntry> entries, boolean nested) {
        bySurface = new HashMap<>();
        for (GazetteerEntry entry : entries) {
            entry.plainForms().forEach(form -> register(form, new Form(entry, false)));
            entry.contextForms().forEach(form -> register(form, new Form(entry, true)));
            if (!entry.needs().isEmpty()) {
                needsPatterns.put(entry, new Phrases(prefixes(entry.needs()), List.copyOf(entry.needs())));
            }
            if (!entry.vetoes().isEmpty()) {
                vetoPatterns.put(entry, new Phrases(prefixes(entry.vetoes()), List.copyOf(entry.vetoes())));
            }
        }
        ordered = bySurface.keySet().stream().sorted(LONGEST_FIRST).toList();
        forms = new Literals(ordered, false);
        List<GazetteerEntry> others =
                entries.stream().filter(e -> e.kind() != EntityKind.PRODUCT).toList();
        withoutProducts = nested && others.size() < entries.size() ? new EntityMatcher(others, false) : null;
    }

    private void register(String form, Form meaning) {
        bySurface.putIfAbsent(form, meaning);
        String upper = form.toUpperCase(Locale.ROOT);
        if (form.length() >= 4 && !upper.equals(form)) {
            bySurface.putIfAbsent(upper, meaning);
        }
    }

    /** Context words and veto phrases match at a word start with any ending: "Plattform" also finds "Plattformen". */
    private static Pattern prefixes(Collection<String> words) {
        return Pattern.compile(BEFORE + "(?:" + longestFirst(words) + ")");
    }

    private static String longestFirst(Collection<String> forms) {
        String alternation =
                forms.stream().sorted(LONGEST_FIRST).map(Pattern::quote).collect(Collectors.joining("|"));
        return alternation.isEmpty() ? "(?!)" : alternation;
    }

    /** The entries mentioned in the text, in order of first mention. */
    List<GazetteerEntry> find(String text) {
        Set<GazetteerEntry> found = new LinkedHashSet<>();
        for (Mention mention : mentions(text)) {
            found.add(mention.entry());
        }
        return new ArrayList<>(found);
    }

    /** Every accepted mention in the text, in order. */
    List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        Matches m = new Matches(text);
        while (m.find()) {
            Form form = bySurface.get(m.form());
            if (insideVeto(form.entry(), text, m.start(), m.end())) {
                continue;
            }
            if (form.needsContext() && !hasContext(form.entry(), text, m.start(), m.end())) {
                continue;
            }
            mentions.add(new Mention(form.entry(), m.start(), m.end()));
            if (form.entry().kind() == EntityKind.PRODUCT && withoutProducts != null) {
                // "Google-Suche" names Google too, and the longest-first alternation would otherwise hide it.
                for (Mention inner : withoutProducts.mentions(m.group())) {
                    mentions.add(new Mention(inner.entry(), m.start() + inner.start(), m.start() + inner.end()));
                }
            }
        }
        return mentions;
    }

    /** Spans of text that any form of any entry covers, context rules ignored: for finding uncovered names. */
    List<int[]> coveredSpans(String text) {
        List<int[]> spans = new ArrayList<>();
        Matches m = new Matches(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    /**
     * The successive matches of {@code BEFORE(form1|form2|…)AFTER} in a text, exactly as {@code Matcher.find()}
     * would return them: at the first position where a form starts after a non-word char, the first form in
     * {@link #LONGEST_FIRST} order that starts there and is followed by a valid ending (regex backtracking tries the
     * alternatives in that order); the next search starts after the match.
     */
    private final class Matches {
        /** Each occurrence as start &lt;&lt; 32 | rank of the form, sorted: by position, then in alternation order. */
        private final long[] hits;

        private final int hitCount;
        private final Matcher wordStart;
        private final Matcher wordEnd;
        private final String text;
        private int next;
        private int from;
        private int start;
        private int end;
        private String form;

        Matches(String text) {
            this.text = text;
            long[][] found = {new long[16]};
            int[] count = {0};
            forms.scan(text, (rank, at) -> {
                if (count[0] == found[0].length) {
                    found[0] = java.util.Arrays.copyOf(found[0], count[0] * 2);
                }
                found[0][count[0]++] = ((long) at << 32) | rank;
            });
            hits = found[0];
            hitCount = count[0];
            java.util.Arrays.sort(hits, 0, hitCount);
            // transparent bounds: the look-behind sees the char before the region, the look-ahead the one after
            wordStart = WORD_START.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            wordEnd = WORD_END.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        boolean find() {
            int checkedStart = -1;
            boolean startOk = false;
            for (; next < hitCount; next++) {
                int at = (int) (hits[next] >>> 32);
                if (at < from) {
                    continue;
                }
                if (at != checkedStart) {
                    checkedStart = at;
                    startOk = wordStart.region(at, text.length()).lookingAt();
                }
                if (!startOk) {
                    continue;
                }
                String candidate = ordered.get((int) hits[next]);
                if (wordEnd.region(at + candidate.length(), text.length()).lookingAt()) {
                    start = at;
                    end = wordEnd.end();
                    form = candidate;
                    from = end;
                    next++;
                    return true;
                }
            }
            return false;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        /** The whole match, ending included. */
        String group() {
            return text.substring(start, end);
        }

        /** The surface form matched. */
        String form() {
            return form;
        }
    }

    private boolean insideVeto(GazetteerEntry entry, String text, int start, int end) {
        Phrases veto = vetoPatterns.get(entry);
        if (veto == null || !veto.mayOccurIn(text)) {
            return false;
        }
        Matcher v = veto.pattern().matcher(text);
        while (v.find()) {
            if (v.start() <= start && end <= v.end()) {
                return true;
            }
        }
        return false;
    }

    /** A context word elsewhere in the item; the mention itself does not count as its own context. */
    private boolean hasContext(GazetteerEntry entry, String text, int start, int end) {
        Phrases needs = needsPatterns.get(entry);
        if (!needs.mayOccurIn(text)) {
            return false;
        }
        Matcher c = needs.pattern().matcher(text);
        while (c.find()) {
            if (c.end() <= start || c.start() >= end) {
                return true;
            }
        }
        return false;
    }

    /**
     * Context words or veto phrases: the pattern that finds them, and the literals it is made of. The pattern can
     * only match where one of its literals occurs, and a plain substring search is far cheaper than running the
     * pattern (with its look-behind) at every position of a text that holds none of them.
     */
    private record Phrases(Pattern pattern, List<String> words) {
        boolean mayOccurIn(String text) {
            for (String word : words) {
                if (text.contains(word)) {
                    return true;
                }
            }
            return false;
        }
    }
}
