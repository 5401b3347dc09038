package de.nachlese.index;

/**
 * The file items were read from, as the index remembers it.
 *
 * @param path        absolute path or classpath location; null for items indexed before files were tracked
 * @param contentHash SHA-256 of the content
 * @param version     size and modification time, a cheap first check before hashing
 */
record SourceFile(String path, String contentHash, String version) {

    SourceFile {
        contentHash = contentHash == null ? "" : contentHash;
        version = version == null ? "" : version;
    }
}
