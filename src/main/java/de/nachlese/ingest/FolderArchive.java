package de.nachlese.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * All issue files under a folder, recursively. Hidden files and files of unrelated types are left out; files
 * without an extension are taken when they start like an mbox ("From "), as mail programs store them that way.
 * Origins are absolute paths, so the server and the command line track the same file under the same name.
 */
public final class FolderArchive implements Archive {

    static final Set<String> ISSUE_EXTENSIONS = Set.of(
            "txt",
            "text",
            "html",
            "htm",
            "xhtml",
            "eml",
            "mbox",
            "mbx",
            "rss",
            "atom",
            "xml",
            "zip",
            "md",
            "markdown",
            "json",
            "csv"); // Markdown issues, Ghost JSON and beehiiv CSV exports (docs/platforms.md)

    private final Path root;

    public FolderArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public String description() {
        return root.toString();
    }

    @Override
    public boolean contains(String origin) {
        return origin.startsWith(root.toString() + File.separator);
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
                    files.add(fileOf(path));
                }
            }
        }
        return files;
    }

    static ArchiveFile fileOf(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return new ArchiveFile(
                path.toString(),
                attributes.size(),
                attributes.size() + "@" + attributes.lastModifiedTime().toMillis(),
                () -> Files.newInputStream(path));
    }

    public static boolean isIssueFile(Path path) {
        String name = path.getFileName().toString();
        if (name.startsWith(".") || !Files.isRegularFile(path)) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return startsLikeMbox(path);
        }
        return dot > 0 && ISSUE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean startsLikeMbox(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("From ");
        } catch (IOException e) {
            return false;
        }
    }
}
