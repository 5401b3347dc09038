package de.nachlese.ingest;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the files of an archive into issues. A file that cannot be read is reported with its path and reason and
 * never stops the others. The same issue arriving twice is kept once ({@link IssueDeduplicator}).
 */
public final class ArchiveReader {

    private final IssueReader reader;

    public ArchiveReader(IssueReader reader) {
        this.reader = reader;
    }

    /** The foundation's constructor: the reader's limits with another maximum file size. */
    public ArchiveReader(IssueReader reader, long maxFileBytes) {
        this(reader.withLimits(new IngestLimits(
                maxFileBytes,
                reader.limits().maxZipTotalBytes(),
                reader.limits().maxZipRatio(),
                reader.limits().maxZipEntries())));
    }

    /** One file read: its content hash (what decides whether it changed) and what it held. */
    public record ReadFile(ArchiveFile file, String contentHash, FileResult result) {}

    /** Reads one file; refuses files above the size limit; never throws. */
    public ReadFile readFile(ArchiveFile file) {
        long maxFileBytes = reader.limits().maxFileBytes();
        if (file.sizeBytes() > maxFileBytes) {
            return failed(
                    file,
                    "file is " + file.sizeBytes() + " bytes, above the limit of " + maxFileBytes
                            + " bytes (nachlese.max-file-bytes / --max-file-bytes)");
        }
        byte[] bytes;
        try {
            bytes = file.readAllBytes();
        } catch (IOException | RuntimeException e) {
            return failed(file, "cannot read: " + e.getMessage());
        }
        if (bytes.length > maxFileBytes) {
            return failed(file, "file is " + bytes.length + " bytes, above the limit of " + maxFileBytes + " bytes");
        }
        return new ReadFile(file, sha256(bytes), reader.readFile(file.origin(), bytes));
    }

    /** Reads the whole archive, each issue once. */
    public IngestReport read(Archive archive) throws IOException {
        List<ArchiveFile> files = archive.files();
        IngestReport.Builder report = new IngestReport.Builder();
        IssueDeduplicator dedup = new IssueDeduplicator();
        for (ArchiveFile file : files) {
            report.add(readFile(file).result(), dedup);
        }
        return report.build(files.size());
    }

    private static ReadFile failed(ArchiveFile file, String reason) {
        return new ReadFile(
                file,
                "",
                new FileResult(
                        file.origin(), Format.TEXT, List.of(), List.of(new IngestProblem(file.origin(), reason))));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
