package de.nachlese.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.search.DemoIndex;
import de.nachlese.search.SearchRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The bilingual glossary and the derivation list parse: every line a group of at least two distinct expressions.
 * Prints the glossary groups none of whose expressions occurs in the demo archive: they serve other archives, or
 * are candidates for rewording.
 */
// its methods run one after another, so that the tables they print do not interleave
@ConcurrentInMemory
class GlossaryTest {

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void everyGlossaryGroupParsesAndTheGlossaryHasAtLeast500() throws IOException {
        List<List<String>> groups = groups("/search/glossary.txt");
        assertThat(groups).hasSizeGreaterThanOrEqualTo(500);
        for (List<String> group : groups) {
            assertThat(group)
                    .as("group %s", group)
                    .hasSizeGreaterThanOrEqualTo(2)
                    .doesNotHaveDuplicates()
                    .allSatisfy(e -> assertThat(e).isNotBlank().doesNotContain("\t"));
        }
        try (InputStream synonyms = open("/search/synonyms.txt");
                InputStream glossary = open("/search/glossary.txt")) {
            Synonyms read = Synonyms.read(synonyms, glossary);
            assertThat(read.withGlossary("chip ban")).contains("Chipverbot", "Chip-Verbot");
            // the curated synonyms keep their group; the glossary adds to it
            assertThat(read.of("AI")).containsExactly("KI", "AI", "künstliche Intelligenz", "artificial intelligence");
            assertThat(read.withGlossary("revenue")).contains("Umsatz", "Erlös", "revenue");
        }
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void anInflectedLastWordFindsTheGroupOfItsBaseForm() throws IOException {
        Synonyms read = Synonyms.read(
                new java.io.ByteArrayInputStream(
                        "Kurssturz, Absturz, crash\ngraphics card, Grafikkarte\nsubscriber, Abonnent\n"
                                .getBytes(StandardCharsets.UTF_8)),
                new java.io.ByteArrayInputStream(new byte[0]));
        assertThat(read.of("Kursstürze")).containsExactly("Kurssturz", "Absturz", "crash");
        assertThat(read.of("graphics cards")).containsExactly("graphics card", "Grafikkarte");
        assertThat(read.of("subscriber's")).containsExactly("subscriber", "Abonnent");
        // the first word of a phrase is never changed, and a word without a listed base form has no group
        assertThat(read.of("graphic cards")).isEmpty();
        assertThat(read.of("Kurse")).isEmpty();
        assertThat(Synonyms.baseForms("cards")).containsExactly("card");
        assertThat(Synonyms.baseForms("batteries")).containsExactly("battery", "batteri", "batterie");
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void aLatinPluralFindsTheGroupOfItsSingular() throws IOException {
        // "-en" for "-um" and "-a" is tried after every other ending, so a word whose plain stem has a group keeps it
        Synonyms read = Synonyms.read(
                new java.io.ByteArrayInputStream(
                        "Rechenzentrum, data center\nFirma, Unternehmen, company\nPrämie, premium\n"
                                .getBytes(StandardCharsets.UTF_8)),
                new java.io.ByteArrayInputStream(new byte[0]));
        assertThat(read.of("Rechenzentren")).containsExactly("Rechenzentrum", "data center");
        assertThat(read.of("Firmen")).containsExactly("Firma", "Unternehmen", "company");
        assertThat(read.of("Prämien")).containsExactly("Prämie", "premium");
        assertThat(Synonyms.baseForms("ministerien"))
                .containsExactly("ministeri", "ministerie", "ministerium", "ministeria");
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void everyDerivationGroupParses() throws IOException {
        for (List<String> group : groups("/search/derivations.txt")) {
            assertThat(group)
                    .as("group %s", group)
                    .hasSizeGreaterThanOrEqualTo(2)
                    .doesNotHaveDuplicates();
        }
    }

    @Execution(ExecutionMode.SAME_THREAD)
    @Test
    void reportsTheGroupsThatNeverOccurInTheDemo() throws IOException {
        List<List<String>> groups = groups("/search/glossary.txt");
        List<String> absent = new ArrayList<>();
        try (DemoIndex demo = new DemoIndex()) {
            for (List<String> group : groups) {
                boolean found = false;
                for (String expression : group) {
                    String quoted = "\"" + expression.replace("\"", "") + "\"";
                    if (demo.searcher
                                    .search(new SearchRequest(quoted, java.util.Map.of(), null, null, null, 1, 1))
                                    .total()
                            > 0) {
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    absent.add(String.join(", ", group));
                }
            }
        }
        System.out.println("\nGlossary groups that occur nowhere in the demo archive: " + absent.size() + " of "
                + groups.size() + "\n  " + String.join("\n  ", absent));
        assertThat(absent.size()).isLessThan(groups.size());
    }

    private static List<List<String>> groups(String resource) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        try (InputStream in = open(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    groups.add(Arrays.stream(line.split(",")).map(String::strip).toList());
                }
            }
        }
        return groups;
    }

    private static InputStream open(String resource) {
        InputStream in = GlossaryTest.class.getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        return in;
    }
}
