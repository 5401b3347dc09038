package de.nachlese.ingest;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of the platform-export readers. It lives in a class of its own so that it is built on first use:
 * building it loads some 500 classes, and most archives hold no JSON at all (the command-line indexer starts about
 * 0.2 s sooner without it).
 */
final class ExportJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ExportJson() {}
}
