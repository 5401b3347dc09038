package de.nachlese.search.browse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.nachlese.search.DemoIndex;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IssueDirectoryPagingTest {

    private static DemoIndex demo;
    private static IssueDirectory directory;

    @BeforeAll
    static void index() throws IOException {
        demo = new DemoIndex();
        directory = new IssueDirectory(demo.searcher);
    }

    @AfterAll
    static void close() throws IOException {
        demo.close();
    }

    @Test
    void pagesCutTheNewestFirstListAndCountEveryIssue() throws IOException {
        List<IssueSummary> all = directory.all();
        assertThat(all).hasSize(28);

        IssueDirectory.Page first = directory.page(1, 10);
        assertThat(first.total()).isEqualTo(28);
        assertThat(first.issues()).isEqualTo(all.subList(0, 10));
        assertThat(first.issues().getFirst().id()).isEqualTo("wochenwerk-tech-2025-w29");
        assertThat(directory.page(2, 10).issues()).isEqualTo(all.subList(10, 20));
        IssueDirectory.Page last = directory.page(3, 10);
        assertThat(last.issues()).isEqualTo(all.subList(20, 28));
        assertThat(last.issues().getLast().id()).isEqualTo("wochenwerk-tech-2025-w02");
        assertThat(directory.page(4, 10).issues()).isEmpty();
    }

    @Test
    void aPageOutsideTheListsDepthIsRefused() {
        assertThatThrownBy(() -> directory.page(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> directory.page(1001, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}
