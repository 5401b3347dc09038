package de.nachlese.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IssueListViewTest {

    @Test
    void linksToTheNeighbouringFirstAndLastPages() {
        IssueListView middle = new IssueListView(List.of(), 250, 2, 3);
        assertThat(middle.linkHeader())
                .isEqualTo("</issues>; rel=\"first\", </issues>; rel=\"prev\", </issues?page=3>; rel=\"next\", "
                        + "</issues?page=3>; rel=\"last\"");
        assertThat(middle.newerUrl()).isEqualTo("/issues");
        assertThat(middle.olderUrl()).isEqualTo("/issues?page=3");
        IssueListView last = new IssueListView(List.of(), 250, 3, 3);
        assertThat(last.olderUrl()).isNull();
        assertThat(last.linkHeader())
                .isEqualTo("</issues>; rel=\"first\", </issues?page=2>; rel=\"prev\", </issues?page=3>; rel=\"last\"");
    }
}
