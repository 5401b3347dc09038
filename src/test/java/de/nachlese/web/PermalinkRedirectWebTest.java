package de.nachlese.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.index.SyncOptions;
import de.nachlese.ingest.Archive;
import de.nachlese.search.ItemSearcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** A headline edit changes an item's id; the old permalink then answers 301 with the new one. */
// a context of its own (not @DemoServerTest): it edits its archive while the server runs, so it needs its own
@SpringBootTest
@AutoConfigureMockMvc
class PermalinkRedirectWebTest {

    static Path archive;

    static final String ISSUE = """
            KW10 - Probe

            Testbrief

            Von Test · 3. März 2025

            👋 Hallo!

            🧪 Der Aufmacher

            Ein Absatz über Nvidia.

            Das sind die weiteren News der Woche:

            🤖 %s: Ein Text über OpenAI.
            🔗 heise

            🤖 Zweite Meldung: Ein Text über Meta.
            🔗 heise
            """;

    @DynamicPropertySource
    static void archive(DynamicPropertyRegistry registry) throws Exception {
        archive = Files.createTempDirectory("nachlese-redirect-archive");
        Files.writeString(archive.resolve("issue.txt"), ISSUE.formatted("Alte Schlagzeile"), StandardCharsets.UTF_8);
        registry.add("nachlese.archive-dir", archive::toString);
        registry.add(
                "nachlese.index-dir",
                () -> archive.resolveSibling(archive.getFileName() + "-index").toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ArchiveIndexer archiveIndexer;

    @Autowired
    Archive archiveFolder;

    @Autowired
    ItemSearcher searcher;

    @Test
    void anEditedHeadlineRedirectsItsOldPermalink() throws Exception {
        mvc.perform(get("/items/testbrief-2025-w10-alte-schlagzeile")).andExpect(status().isOk());

        Files.writeString(archive.resolve("issue.txt"), ISSUE.formatted("Neue Schlagzeile"), StandardCharsets.UTF_8);
        archiveIndexer.sync(List.of(archiveFolder), SyncOptions.DEFAULT);
        searcher.refresh();

        mvc.perform(get("/items/testbrief-2025-w10-alte-schlagzeile"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/items/testbrief-2025-w10-neue-schlagzeile"));
        mvc.perform(get("/api/items/testbrief-2025-w10-alte-schlagzeile"))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/api/items/testbrief-2025-w10-neue-schlagzeile"));
        mvc.perform(get("/items/testbrief-2025-w10-neue-schlagzeile")).andExpect(status().isOk());
        // the unchanged item keeps its id and needs no redirect
        mvc.perform(get("/items/testbrief-2025-w10-zweite-meldung")).andExpect(status().isOk());

        // a second edit: both older ids lead to the newest
        Files.writeString(archive.resolve("issue.txt"), ISSUE.formatted("Dritte Schlagzeile"), StandardCharsets.UTF_8);
        archiveIndexer.sync(List.of(archiveFolder), SyncOptions.DEFAULT);
        searcher.refresh();
        mvc.perform(get("/items/testbrief-2025-w10-alte-schlagzeile"))
                .andExpect(header().string("Location", "/items/testbrief-2025-w10-dritte-schlagzeile"));
        mvc.perform(get("/items/testbrief-2025-w10-neue-schlagzeile"))
                .andExpect(header().string("Location", "/items/testbrief-2025-w10-dritte-schlagzeile"));
        mvc.perform(get("/items/testbrief-2025-w10-gab-es-nie")).andExpect(status().isNotFound());
    }
}
