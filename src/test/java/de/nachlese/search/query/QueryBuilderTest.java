package de.nachlese.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import de.nachlese.model.Facet;
import de.nachlese.search.SearchRequest;
import de.nachlese.tagging.Gazetteer;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Lucene queries a request becomes, as {@code Query.toString()}, on a tiny index. */
class QueryBuilderTest {

    private static TinyIndex index;
    private static QueryBuilder builder;

    @BeforeAll
    static void open() throws IOException {
        index = new TinyIndex();
        builder = new QueryBuilder(index.schema, Gazetteer.bundled());
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static QueryBuilder.Text text(String query) throws IOException {
        return index.searcher.read((searcher, schema) -> builder.text(searcher, query));
    }

    private static String lucene(String query) throws IOException {
        return text(query).query().toString();
    }

    @Test
    void plainWord() throws IOException {
        assertThat(lucene("Chips")).isEqualTo("+(body:chip (headline:chip)^2.0)");
        assertThat(text("Chips").plainWords()).containsExactly("Chips");
    }

    @Test
    void stopWordsInEitherSpellingAndQuestionWordsAreNotRequired() throws IOException {
        assertThat(lucene("Chips, dass")).isEqualTo("+(body:chip (headline:chip)^2.0)");
        assertThat(lucene("Chips, daß")).isEqualTo("+(body:chip (headline:chip)^2.0)");
        assertThat(lucene("warum Chips")).isEqualTo("+(body:chip (headline:chip)^2.0)");
        assertThat(lucene("wann wieso Chips")).isEqualTo("+(body:chip (headline:chip)^2.0)");
    }

    @Test
    void compound() throws IOException {
        assertThat(lucene("Exportregeln")).isEqualTo("+(body:exportregeln (headline:exportregeln)^2.0)");
    }

    @Test
    void phrase() throws IOException {
        assertThat(lucene("\"Export von Chips\""))
                .isEqualTo("+(body:\"export ? chip\" (headline:\"export ? chip\")^2.0)");
    }

    @Test
    void orAndNot() throws IOException {
        assertThat(lucene("Chips OR Kurs"))
                .isEqualTo("(+(body:chip (headline:chip)^2.0)) (+(body:kurs (headline:kurs)^2.0))");
        assertThat(lucene("Chips NOT China"))
                .isEqualTo("+(body:chip (headline:chip)^2.0) -(+(body:china (headline:china)^2.0))");
    }

    @Test
    void gazetteerNameMatchesItsTagWithABonus() throws IOException {
        assertThat(lucene("Elon Musk"))
                .isEqualTo(
                        "+((body:\"elon musk\" (headline:\"elon musk\")^2.0) (ConstantScore(person_key:elon musk))^10.0)");
        assertThat(text("Elon Musk").recognized().toString())
                .isEqualTo("[Recognized[typed=Elon Musk, facet=PERSON, value=Elon Musk]]");
    }

    @Test
    void synonymMatchesItsGroup() throws IOException {
        assertThat(lucene("AI"))
                .isEqualTo(
                        "+((body:ki (headline:ki)^2.0)^0.8 (ConstantScore(topic_key:ki))^3.0 (body:ai (headline:ai)^2.0) (body:\"kunstlich intelligenz\"~2 (headline:\"kunstlich intelligenz\"~2)^2.0)^0.8 (body:\"artificial intelligenc\"~2 (headline:\"artificial intelligenc\"~2)^2.0)^0.8)");
    }

    @Test
    void fieldFiltersAndDates() throws IOException {
        assertThat(lucene("firma:Nvidia")).isEqualTo("#company_key:nvidia ((body:nvidia (headline:nvidia)^2.0)) +*:*");
        assertThat(lucene("woche:2025-W03")).isEqualTo("#week_key:2025-w03 +*:*");
        assertThat(lucene("Chips von:2025-01-01 bis:2025-01-31"))
                .isEqualTo(
                        "+(body:chip (headline:chip)^2.0) #IndexOrDocValuesQuery(indexQuery=date_epoch_day:[20089 TO 20119], dvQuery=date_epoch_day:[20089 TO 20119])");
    }

    @Test
    void requestFiltersBecomeDrillDownAndDateRange() throws IOException {
        SearchRequest request = SearchRequest.builder()
                .query("Chips")
                .dates(LocalDate.of(2025, 1, 1), null)
                .build()
                .withFilter(Facet.COMPANY, "Nvidia", "OpenAI");
        assertThat(builder.drillDown(request, text("Chips").query()).toString())
                .isEqualTo(
                        "+(+(+(body:chip (headline:chip)^2.0)) #IndexOrDocValuesQuery(indexQuery=date_epoch_day:[20089 TO 9223372036854775807], dvQuery=date_epoch_day:[20089 TO 9223372036854775807])) #($facets:companyNvidia $facets:companyOpenAI)");
    }

    @Test
    void malformedQueryIsSearchedAsPlainWordsWithANote() throws IOException {
        QueryBuilder.Text text = text("(Chips China");
        assertThat(text.syntaxError()).isEqualTo("Klammer nicht geschlossen");
        assertThat(text.query().toString())
                .isEqualTo("+(body:chip (headline:chip)^2.0) +(body:china (headline:china)^2.0)");
    }

    @Test
    void emptyQueryIsEveryItem() throws IOException {
        assertThat(lucene("")).isEqualTo("*:*");
    }
}
