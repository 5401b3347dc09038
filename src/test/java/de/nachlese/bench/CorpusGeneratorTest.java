package de.nachlese.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.ConcurrentInMemory;
import de.nachlese.bench.corpus.CorpusGenerator;
import de.nachlese.ingest.FileResult;
import de.nachlese.ingest.FormatProfile;
import de.nachlese.ingest.IssueReader;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The benchmark corpus: deterministic from its seed, exact in size, and read back by the real reader unchanged. */
@ConcurrentInMemory
class CorpusGeneratorTest {

    private static final int ITEMS = 300;

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() {
        List<Map.Entry<String, String>> first =
                new CorpusGenerator(7).texts(ITEMS).toList();
        List<Map.Entry<String, String>> again =
                new CorpusGenerator(7).texts(ITEMS).toList();
        List<Map.Entry<String, String>> other =
                new CorpusGenerator(8).texts(ITEMS).toList();
        assertThat(again).isEqualTo(first);
        assertThat(other.get(0).getValue()).isNotEqualTo(first.get(0).getValue());
    }

    @Test
    void holdsExactlyTheAskedNumberOfItemsWithEveryType() {
        List<Issue> issues =
                new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).issues(ITEMS).toList();
        List<Item> items =
                issues.stream().flatMap(issue -> issue.items().stream()).toList();
        assertThat(items).hasSize(ITEMS);
        assertThat(items.stream().map(Item::id).distinct()).hasSize(ITEMS);
        assertThat(items.stream().map(Item::type).distinct()).containsExactlyInAnyOrder(ItemType.values());
        assertThat(issues.stream().map(Issue::id).distinct()).hasSize(issues.size());
        assertThat(issues)
                .allSatisfy(issue -> assertThat(issue.items().get(0).type()).isEqualTo(ItemType.LEAD));
    }

    @Test
    void theWrittenFilesReadBackAsTheIssuesFedDirectly() {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
        Map<String, Issue> direct = generator.issues(ITEMS).collect(Collectors.toMap(Issue::id, Function.identity()));
        IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);
        List<Map.Entry<String, String>> texts = generator.texts(ITEMS).toList();
        assertThat(texts).hasSize(direct.size());
        for (Map.Entry<String, String> text : texts) {
            FileResult read = reader.readFile(text.getKey(), text.getValue().getBytes(StandardCharsets.UTF_8));
            assertThat(read.problems()).isEmpty();
            assertThat(read.issues()).hasSize(1);
            assertThat(read.issues().get(0).warnings()).isEmpty();
            Issue parsed = read.issues().get(0).issue();
            Issue expected = direct.get(parsed.id());
            assertThat(expected).as(parsed.id()).isNotNull();
            assertThat(parsed.items()).isEqualTo(expected.items());
            assertThat(List.of(parsed.publication(), parsed.title(), parsed.date(), parsed.metadata()))
                    .isEqualTo(List.of(expected.publication(), expected.title(), expected.date(), expected.metadata()));
        }
    }
}
