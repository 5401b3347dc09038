package de.nachlese.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a reader says when the container (an e-mail's headers) lacks what the text lacks too. */
class ContainerHintsTest {

    private final IssueReader reader = new IssueReader(FormatProfile.GERMAN_WEEKLY);

    @Test
    void aMailWithoutASenderNameNamesNoPublicationInItsWarnings() {
        String mail = """
                From: <post@example.org>
                Subject: Ihre Ausgabe diese Woche
                Date: Mon, 03 Mar 2025 07:00:00 +0100
                MIME-Version: 1.0
                Content-Type: text/plain; charset=utf-8

                Hallo zusammen, hier kommt die Woche.

                🚀 Rakete startet: Eine Rakete ist gestartet, und alles lief nach Plan.

                🔋 Akku hält: Ein neuer Akku hält eine ganze Woche durch.
                """;
        FileResult result = reader.readFile("in/ausgabe.eml", mail.getBytes(StandardCharsets.UTF_8));

        assertThat(result.problems()).isEmpty();
        assertThat(result.issues()).hasSize(1);
        assertThat(result.issues().getFirst().warnings())
                .contains("the text has no title line; used the title \"Ihre Ausgabe diese Woche\" from the container")
                .noneMatch(warning -> warning.contains("null"));
    }
}
