package de.nachlese.ingest;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
        for (Path path : pathsUnder(root)) {
            if (isIssueFile(path)) {
                try {
                    files.add(fileOf(path));
                } catch (NoSuchFileException gone) {
                    // removed since the walk saw it: the next sync sees it as removed
                }
            }
        }
        return files;
    }

    /**
     * Every folder and file under {@code root} (itself included), sorted by path. A copy into a watched folder
     * writes a temporary file and renames it, so entries vanish while a walk runs; those are left out, where
     * {@link Files#walk} would end the whole walk with an exception. Any other failure still ends it.
     */
    public static List<Path> pathsUnder(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                paths.add(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                paths.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                if (failure instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw failure;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null && !(failure instanceof NoSuchFileException)) {
                    throw failure;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        paths.sort(Comparator.comparing(Path::toString));
        return paths;
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
