package de.nachlese.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.index.IndexSchema;
import de.nachlese.index.ItemIndexer;
import de.nachlese.model.IsoWeek;
import de.nachlese.model.Issue;
import de.nachlese.model.Item;
import de.nachlese.model.ItemType;
import de.nachlese.model.Source;
import de.nachlese.model.Tags;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headlines and snippets of hits: marked where the query matched, escaped everywhere, cut at a word. */
class SnippetsTest {

    private static final IndexSchema SCHEMA = new IndexSchema();
    private static ItemIndexer indexer;
    private static ItemSearcher searcher;

    @BeforeAll
    static void index() throws IOException {
        indexer = ItemIndexer.open(new ByteBuffersDirectory(), SCHEMA);
        LocalDate date = LocalDate.of(2025, 1, 20);
        indexer.upsert(new Issue(
                "test-w04",
                "Testbrief",
                "Titel",
                IsoWeek.of(date),
                date,
                "memory",
                Map.of(),
                List.of(new Item(
                        "w04-tags",
                        1,
                        ItemType.NEWS,
                        "",
                        "Rechenzentren <script> & Strom",
                        "Der Bau neuer Rechenzentren braucht Strom; <b>fett</b> & \"zitiert\" bleibt Text.",
                        List.of(new Source("WSJ", null)),
                        new Tags(List.of(), List.of(), List.of())))));
        indexer.commit(Map.of());
        searcher = ItemSearcher.open(SCHEMA, indexer);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
        indexer.close();
    }

    @Test
    void matchesAreMarkedAndTheRestEscaped() throws IOException {
        Hit hit = searcher.search(SearchRequest.of("Strom")).hits().getFirst();
        assertThat(hit.headlineHtml()).isEqualTo("Rechenzentren &lt;script&gt; &amp; <mark>Strom</mark>");
        assertThat(hit.snippetHtml())
                .isEqualTo(
                        "Der Bau neuer Rechenzentren braucht <mark>Strom</mark>; &lt;b&gt;fett&lt;&#x2F;b&gt; &amp; &quot;zitiert&quot; bleibt Text.");
    }

    @Test
    void withoutAQueryNothingIsMarkedAndAllIsEscaped() throws IOException {
        Hit hit = searcher.search(SearchRequest.of("")).hits().getFirst();
        assertThat(hit.headlineHtml()).isEqualTo("Rechenzentren &lt;script&gt; &amp; Strom");
        assertThat(hit.snippetHtml())
                .isEqualTo(
                        "Der Bau neuer Rechenzentren braucht Strom; &lt;b&gt;fett&lt;/b&gt; &amp; &quot;zitiert&quot; bleibt Text.");
    }

    @Test
    void abbreviateCutsALongBodyAtAWord() {
        String body = "Wort ".repeat(100).strip();
        String cut = Snippets.abbreviate(body);
        assertThat(cut).endsWith("Wort …").hasSize(279 + 2);
        assertThat(Snippets.abbreviate("kurz und gut")).isEqualTo("kurz und gut");
        String noSpaces = "x".repeat(400);
        assertThat(Snippets.abbreviate(noSpaces)).isEqualTo("x".repeat(280) + " …");
    }
}
