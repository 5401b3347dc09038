package de.nachlese.ingest;

import de.nachlese.model.Issue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads every file of an archive into issues. A file that cannot be read is reported with its path and reason and
 * never stops the others. The same issue arriving twice (say as text and as HTML) is kept once: its identity is its
 * publication and week, not the file.
 */
public final class ArchiveReader {

    private final IssueReader reader;
    private final long maxFileBytes;

    public ArchiveReader(IssueReader reader, long maxFileBytes) {
        this.reader = reader;
        this.maxFileBytes = maxFileBytes;
    }

    public IngestReport read(Archive archive) throws IOException {
        List<ArchiveFile> files = archive.files();
        Map<String, Issue> issues = new LinkedHashMap<>();
        List<IngestProblem> errors = new ArrayList<>();
        List<IngestProblem> warnings = new ArrayList<>();
        List<IngestProblem> duplicates = new ArrayList<>();
        for (ArchiveFile file : files) {
            if (file.sizeBytes() > maxFileBytes) {
                errors.add(new IngestProblem(file.origin(), "file is " + file.sizeBytes() + " bytes, above the limit of "
                        + maxFileBytes + " bytes (nachlese.max-file-bytes)"));
                continue;
            }
            ParsedIssue parsed;
            try {
                parsed = reader.read(file.origin(), file.readAllBytes());
            } catch (IssueFormatException e) {
                errors.add(new IngestProblem(file.origin(), e.getMessage()));
                continue;
            } catch (IOException | RuntimeException e) {
                errors.add(new IngestProblem(file.origin(), "cannot read: " + e));
                continue;
            }
            parsed.warnings().forEach(w -> warnings.add(new IngestProblem(file.origin(), w)));
            Issue issue = parsed.issue();
            Issue earlier = issues.putIfAbsent(issue.id(), issue);
            if (earlier != null) {
                duplicates.add(new IngestProblem(file.origin(), "same issue as " + earlier.origin() + " (" + issue.id() + "), skipped"));
            }
        }
        return new IngestReport(files.size(), new ArrayList<>(issues.values()), errors, warnings, duplicates);
    }
}
