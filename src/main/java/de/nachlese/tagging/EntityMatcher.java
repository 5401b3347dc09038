package de.nachlese.tagging;

import java.util.ArrayList;
import java.util.BitSet;
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
    private record Form(GazetteerEntry entry, boolean needsContext) {
    }

    /** A recognised mention: where it is and which entry it names. */
    record Mention(GazetteerEntry entry, int start, int end) {
    }

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    /** Genitive -s and the apostrophe forms; a hyphen may follow (a compound), a letter may not. */
    private static final String AFTER = "(?:s|'s|’s|'|’)?(?![\\p{L}\\p{N}])";

    private final Pattern pattern;
    private final Map<String, Form> bySurface;
    /**
     * The surface forms as literals: the alternation can only match where a form starts, so it is tried only there
     * rather than at every position of the text (where it would try each of a thousand forms in turn).
     */
    private final Literals forms;
    private final Map<GazetteerEntry, Pattern> needsPatterns = new HashMap<>();
    private final Map<GazetteerEntry, Pattern> vetoPatterns = new HashMap<>();
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
                needsPatterns.put(entry, prefixes(entry.needs()));
            }
            if (!entry.vetoes().isEmpty()) {
                vetoPatterns.put(entry, prefixes(entry.vetoes()));
            }
        }
        pattern = alternation(bySurface.keySet());
        forms = new Literals(List.copyOf(bySurface.keySet()), false);
        List<GazetteerEntry> others = entries.stream().filter(e -> e.kind() != EntityKind.PRODUCT).toList();
        withoutProducts = nested && others.size() < entries.size() ? new EntityMatcher(others, false) : null;
    }

    private void register(String form, Form meaning) {
        bySurface.putIfAbsent(form, meaning);
        String upper = form.toUpperCase(Locale.ROOT);
        if (form.length() >= 4 && !upper.equals(form)) {
            bySurface.putIfAbsent(upper, meaning);
        }
    }

    private static Pattern alternation(Collection<String> forms) {
        return Pattern.compile(BEFORE + "(" + longestFirst(forms) + ")" + AFTER);
    }

    /** Context words and veto phrases match at a word start with any ending: "Plattform" also finds "Plattformen". */
    private static Pattern prefixes(Collection<String> words) {
        return Pattern.compile(BEFORE + "(?:" + longestFirst(words) + ")");
    }

    private static String longestFirst(Collection<String> forms) {
        String alternation = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
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
            Form form = bySurface.get(m.group(1));
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
     * The successive matches of the alternation in a text, exactly as {@code Matcher.find()} returns them, but the
     * regex is tried only where some surface form starts.
     */
    private final class Matches {
        private final Matcher matcher;
        private final BitSet starts;
        private final int length;
        private int from;

        Matches(String text) {
            length = text.length();
            matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            starts = new BitSet(text.length());
            forms.scan(text, (form, start) -> starts.set(start));
        }

        boolean find() {
            for (int s = starts.nextSetBit(from); s >= 0; s = starts.nextSetBit(s + 1)) {
                // transparent bounds: the look-behind at the start still sees the char before s
                if (matcher.region(s, length).lookingAt()) {
                    from = matcher.end();
                    return true;
                }
            }
            from = length;
            return false;
        }

        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }

        String group() {
            return matcher.group();
        }

        String group(int group) {
            return matcher.group(group);
        }
    }

    private boolean insideVeto(GazetteerEntry entry, String text, int start, int end) {
        Pattern veto = vetoPatterns.get(entry);
        if (veto == null) {
            return false;
        }
        Matcher v = veto.matcher(text);
        while (v.find()) {
            if (v.start() <= start && end <= v.end()) {
                return true;
            }
        }
        return false;
    }

    /** A context word elsewhere in the item; the mention itself does not count as its own context. */
    private boolean hasContext(GazetteerEntry entry, String text, int start, int end) {
        Matcher c = needsPatterns.get(entry).matcher(text);
        while (c.find()) {
            if (c.end() <= start || c.start() >= end) {
                return true;
            }
        }
        return false;
    }
}
