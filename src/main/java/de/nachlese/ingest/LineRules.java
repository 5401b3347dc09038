package de.nachlese.ingest;

import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single line is, by the rules of one {@link FormatProfile}: a rubric, a news start, a sources line, an ad,
 * a calendar line. The rules are general (counters, emoji, colons inside headlines, other source forms) so that a
 * drifting layout needs profile entries, not code.
 */
final class LineRules {

    /** "(1/2)", "1/2", "#3" after a rubric label. */
    private static final Pattern COUNTER =
            Pattern.compile("^\\s*(?:\\(\\s*\\d+\\s*/\\s*\\d+\\s*\\)|\\d+\\s*/\\s*\\d+|#\\d+)");

    private static final Pattern LABEL_END = Pattern.compile("^\\s*(?:[:–—-]\\s*|$)");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    /** Brackets, bullets and dashes a marker may be set in: "[Anzeige]", "— Anzeige —", "*Sponsored*". */
    private static final Pattern MARKER_NOISE = Pattern.compile("^[\\s\\[\\](){}*_–—|-]+");

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?,;]\\s");
    static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_HEADING_CHARS = 150;
    /** A first colon part of at most this many words is a topic ("Stargate UAE: …"), not yet the headline. */
    private static final int MAX_TOPIC_WORDS = 2;

    private static final int MAX_TOPIC_HEADLINE_CHARS = 110;

    private final FormatProfile profile;
    private final List<Map.Entry<String, ItemType>> labelsLongestFirst;
    private final List<String> sourcePrefixes;

    LineRules(FormatProfile profile) {
        this.profile = profile;
        this.labelsLongestFirst = profile.sectionLabels().entrySet().stream()
                .sorted(Comparator.comparingInt(
                                (Map.Entry<String, ItemType> e) -> e.getKey().length())
                        .reversed())
                .toList();
        this.sourcePrefixes = profile.sourcePrefixes().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    FormatProfile profile() {
        return profile;
    }

    /** A rubric start: its type, emoji, label as written, and the headline after the label ("" when label only). */
    record Section(ItemType type, String emoji, String label, String rest) {}

    Section section(String text) {
        Emoji.Split split = Emoji.split(text);
        String rest = split.rest();
        String lower = rest.toLowerCase(Locale.GERMAN);
        for (Map.Entry<String, ItemType> label : labelsLongestFirst) {
            if (!lower.startsWith(label.getKey())) {
                continue;
            }
            String after = rest.substring(label.getKey().length());
            Matcher counter = COUNTER.matcher(after);
            if (counter.find()) {
                after = after.substring(counter.end());
            }
            Matcher end = LABEL_END.matcher(after);
            if (end.find()) {
                return new Section(
                        label.getValue(),
                        split.emoji(),
                        rest.substring(0, label.getKey().length()),
                        after.substring(end.end()).strip());
            }
        }
        return null;
    }

    /** "❓ Frage: Wie …?" → "Wie …?", or null. */
    String question(String text) {
        String rest = Emoji.split(text).rest();
        String lower = rest.toLowerCase(Locale.GERMAN);
        for (String label : profile.questionLabels()) {
            if (lower.startsWith(label) && rest.length() > label.length()) {
                Matcher end = LABEL_END.matcher(rest.substring(label.length()));
                if (end.find() && end.end() > 0) {
                    String headline = rest.substring(label.length() + end.end()).strip();
                    return headline.isEmpty() ? null : headline;
                }
            }
        }
        return null;
    }

    /** "emoji Headline: body" → {headline, body}, or null. A headline may hold a colon after a short topic. */
    String[] news(String text) {
        Emoji.Split split = Emoji.split(text);
        if (!split.hasEmoji() || sourcePrefix(text) != null) {
            return null;
        }
        String rest = split.rest();
        int colon = rest.indexOf(": ");
        if (colon <= 0 || colon > MAX_HEADLINE_CHARS || rest.substring(0, colon).isBlank()) {
            return null;
        }
        int second = rest.indexOf(": ", colon + 2);
        if (second > 0
                && second <= MAX_TOPIC_HEADLINE_CHARS
                && rest.substring(0, colon).strip().split("\\s+").length <= MAX_TOPIC_WORDS
                && !SENTENCE_BREAK.matcher(rest.substring(colon + 2, second)).find()) {
            colon = second;
        }
        return new String[] {
            rest.substring(0, colon).strip(), rest.substring(colon + 2).strip()
        };
    }

    /** A heading line on its own: "❓ Was kostet das?" or "2. Wer zahlt?" → {emoji, headline}, or null. */
    String[] heading(String text) {
        if (text.length() > MAX_HEADING_CHARS || text.endsWith(".") || text.endsWith(":")) {
            return null;
        }
        Emoji.Split split = Emoji.split(text);
        if (split.hasEmoji()
                && !split.rest().isBlank()
                && !profile.preambleEmojis().contains(Emoji.bare(split.emoji()))) {
            return new String[] {split.emoji(), split.rest()};
        }
        Matcher numbered = NUMBERED.matcher(text);
        return numbered.matches() ? new String[] {"", numbered.group(2).strip()} : null;
    }

    boolean isAd(String text) {
        return startsWithMarker(text, profile.adMarkers());
    }

    boolean isReferral(String text) {
        return startsWithMarker(text, profile.referralMarkers());
    }

    /** True when the line is little more than its marker ("Anzeige", "[Sponsored]"), so the ad follows it. */
    boolean isMarkerOnly(String text) {
        String bare = MARKER_NOISE.matcher(Emoji.split(text).rest()).replaceFirst("");
        return bare.length() <= 40 && !bare.contains(": ");
    }

    private static boolean startsWithMarker(String text, List<String> markers) {
        String bare =
                MARKER_NOISE.matcher(Emoji.split(text).rest()).replaceFirst("").toLowerCase(Locale.GERMAN);
        for (String marker : markers) {
            if (bare.startsWith(marker)
                    && (bare.length() == marker.length() || !Character.isLetterOrDigit(bare.charAt(marker.length())))) {
                return true;
            }
        }
        return false;
    }

    boolean isFooter(String text) {
        return profile.footerStarts().stream().anyMatch(text::startsWith);
    }

    boolean isMoreNews(String text) {
        return profile.moreNewsMarker().matcher(text).matches();
    }

    boolean isCalendar(String text) {
        return profile.calendarLine().matcher(text).matches();
    }

    /** The sources prefix the line starts with ("🔗", "Quelle:"), or null. */
    String sourcePrefix(String text) {
        for (String prefix : sourcePrefixes) {
            if (text.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return prefix;
            }
        }
        return null;
    }

    List<Source> sources(Line line, String prefix) {
        return outlets(line.text().substring(prefix.length()), line);
    }

    /** "Text (via Golem)" → the outlets at the end of a body line, or an empty list. */
    List<Source> inlineSources(Line line) {
        Matcher m = profile.inlineSource().matcher(line.text());
        return m.find() ? outlets(m.group(1), line) : List.of();
    }

    /** The body line without its inline source. */
    String withoutInlineSource(String text) {
        return profile.inlineSource().matcher(text).replaceFirst("");
    }

    private List<Source> outlets(String list, Line line) {
        List<Source> sources = new ArrayList<>();
        for (String outlet : profile.outletSeparators().split(list.strip())) {
            if (outlet.isBlank()) {
                continue;
            }
            String url = line.links().stream()
                    .filter(link -> link.text().strip().equalsIgnoreCase(outlet.strip()))
                    .map(Link::url)
                    .findFirst()
                    .orElse(null);
            sources.add(new Source(outlet, url));
        }
        return sources;
    }
}
