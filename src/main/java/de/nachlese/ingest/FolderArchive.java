package de.nachlese.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** All issue files under a folder, recursively. Hidden files and files of unrelated types are left out. */
public final class FolderArchive implements Archive {

    private static final Set<String> ISSUE_EXTENSIONS = Set.of("txt", "text", "html", "htm", "xhtml");

    private final Path root;

    public FolderArchive(Path root) {
        this.root = root;
    }

    @Override
    public String description() {
        return root.toAbsolutePath().normalize().toString();
    }

    @Override
    public List<ArchiveFile> files() throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException("archive folder does not exist: " + description());
        }
        List<ArchiveFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.comparing(Path::toString)).toList()) {
                if (isIssueFile(path)) {
                    BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                    files.add(new ArchiveFile(path.toString(), attributes.size(),
                            attributes.size() + "@" + attributes.lastModifiedTime().toMillis(),
                            () -> Files.newInputStream(path)));
                }
            }
        }
        return files;
    }

    static boolean isIssueFile(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || !Files.isRegularFile(path)) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && ISSUE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
