package de.nachlese.index;

import de.nachlese.ingest.Archive;
import de.nachlese.ingest.ArchiveFile;
import de.nachlese.ingest.IngestProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The errors of files the index has read, per file, kept in the index's commit data so that they are committed
 * together with the items of the same run, and survive it: an unchanged file is not read again, yet a run must
 * still report that part of it could not be read. An entry lasts until its file is read again (changed, or
 * unreadable and retried) or has gone from an archive that lists it.
 *
 * <p>Encoded as lines of tab-separated fields, since commit data holds strings only: {@code F path version total}
 * opens a file, and {@code E origin reason} lines follow with its first errors.
 */
final class FileErrorMemory {

    static final String COMMIT_KEY = "nachlese.file-errors";

    private final Map<String, FileErrors> byPath = new TreeMap<>();

    static FileErrorMemory decode(Optional<String> encoded) {
        FileErrorMemory memory = new FileErrorMemory();
        if (encoded.isEmpty()) {
            return memory;
        }
        String path = null;
        String version = null;
        int total = 0;
        List<IngestProblem> shown = new ArrayList<>();
        for (String line : encoded.get().split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields[0].equals("F") && fields.length == 4) {
                memory.put(path, version, shown, total);
                path = unescape(fields[1]);
                version = unescape(fields[2]);
                total = Integer.parseInt(fields[3]);
                shown = new ArrayList<>();
            } else if (fields[0].equals("E") && fields.length == 3 && path != null) {
                shown.add(new IngestProblem(unescape(fields[1]), unescape(fields[2])));
            }
        }
        memory.put(path, version, shown, total);
        return memory;
    }

    private void put(String path, String version, List<IngestProblem> shown, int total) {
        if (path != null && !shown.isEmpty()) {
            byPath.put(path, new FileErrors(path, version, shown, Math.max(total, shown.size()), true));
        }
    }

    String encode() {
        StringBuilder out = new StringBuilder();
        for (FileErrors file : byPath.values()) {
            out.append("F\t")
                    .append(escape(file.path()))
                    .append('\t')
                    .append(escape(file.version()))
                    .append('\t')
                    .append(file.total())
                    .append('\n');
            for (IngestProblem problem : file.shown()) {
                out.append("E\t")
                        .append(escape(problem.origin()))
                        .append('\t')
                        .append(escape(problem.reason()))
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The file was read in this run: what it gave now replaces what was remembered (nothing, when it read well). */
    void read(ArchiveFile file, List<IngestProblem> errors) {
        if (errors.isEmpty()) {
            byPath.remove(file.origin());
        } else {
            byPath.put(file.origin(), FileErrors.of(file.origin(), file.version(), errors));
        }
    }

    /** The errors of a file not read in this run, when they were found in this very version of it. */
    Optional<FileErrors> unread(ArchiveFile file) {
        FileErrors known = byPath.get(file.origin());
        if (known == null) {
            return Optional.empty();
        }
        if (!known.version().equals(file.version())) {
            byPath.remove(file.origin());
            return Optional.empty();
        }
        return Optional.of(known.asRemembered());
    }

    /** Forgets the files that have gone from an archive that could be listed, and so lists them no more. */
    void forgetGone(Set<String> listed, List<Archive> archives) {
        byPath.keySet()
                .removeIf(path -> !listed.contains(path) && archives.stream().anyMatch(a -> a.contains(path)));
    }

    void clear() {
        byPath.clear();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\t", "\\t")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(
                        switch (next) {
                            case 't' -> '\t';
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
