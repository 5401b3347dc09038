package de.nachlese.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ingest.ArchiveReader;
import de.nachlese.ingest.BundledArchive;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The matcher finds names without running the alternation of all forms over the text; it must find exactly the spans
 * that regex finds.
 */
class EntityMatcherTest {

    @Test
    void findsExactlyWhatTheAlternationOfAllFormsFinds() throws Exception {
        List<GazetteerEntry> entries = Gazetteer.bundled().entries();
        EntityMatcher matcher = new EntityMatcher(entries);
        Pattern alternation = alternation(entries);
        List<String> texts = new ArrayList<>();
        for (Issue issue : new ArchiveReader(new IssueReader(FormatProfile.GERMAN_WEEKLY))
                .read(BundledArchive.DEMO)
                .issues()) {
            for (Item item : issue.items()) {
                texts.add(item.headline() + "\n" + item.body());
            }
        }
        // edge cases of the word boundaries: genitives, apostrophes, compounds, capitals, names inside words
        texts.add(
                "Teslas Chef, Musk's Plan, Altman’s Firma, OpenAIs Modell, Nvidia-Chef, NVIDIA, Metaebene, Meta-Ebene, "
                        + "Apple's', Googles' Meta AI und Meta; X und Model X, SAPs, AppleWatch, 3Apple, Apple3, Apple-");
        int spans = 0;
        for (String text : texts) {
            List<String> expected = new ArrayList<>();
            Matcher m = alternation.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> actual = matcher.coveredSpans(text).stream()
                    .map(s -> s[0] + "-" + s[1])
                    .toList();
            assertThat(actual).as(text).isEqualTo(expected);
            spans += expected.size();
        }
        assertThat(spans).as("the demo names a good many entities").isGreaterThan(500);
    }

    /** The regex the matcher used to run: every form (and its capitals from four letters on), longest first. */
    private static Pattern alternation(List<GazetteerEntry> entries) {
        Set<String> forms = new LinkedHashSet<>();
        for (GazetteerEntry entry : entries) {
            List<String> all = new ArrayList<>(entry.plainForms());
            all.addAll(entry.contextForms());
            for (String form : all) {
                forms.add(form);
                if (form.length() >= 4) {
                    forms.add(form.toUpperCase(Locale.ROOT));
                }
            }
        }
        String alternatives = forms.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(" + alternatives + ")(?:s|'s|’s|'|’)?(?![\\p{L}\\p{N}])");
    }
}
