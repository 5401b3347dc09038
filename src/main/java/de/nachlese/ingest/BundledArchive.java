package de.nachlese.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue files inside the jar. A jar cannot be listed portably, so the folder holds a manifest, issues.lst, naming
 * its files one per line. Its extension is one no reader takes, so indexing the folder itself skips it.
 */
public final class BundledArchive implements Archive {

    /** The demo newsletter that ships with Nachlese and is served when no archive folder is configured. */
    public static final BundledArchive DEMO = new BundledArchive("/demo-archive");

    private final String folder;

    public BundledArchive(String folder) {
        this.folder = folder;
    }

    @Override
    public String description() {
        return "classpath:" + folder;
    }

    @Override
    public boolean contains(String origin) {
        return origin.startsWith(description() + "/");
    }

    public List<String> manifest() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = open("issues.lst");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        }
        return names;
    }

    @Override
    public List<ArchiveFile> files() throws IOException {
        List<ArchiveFile> files = new ArrayList<>();
        for (String name : manifest()) {
            byte[] bytes;
            try (InputStream in = open(name)) {
                bytes = in.readAllBytes();
            }
            files.add(new ArchiveFile(
                    description() + "/" + name, bytes.length, ArchiveReader.sha256(bytes), () -> open(name)));
        }
        return files;
    }

    private InputStream open(String name) throws IOException {
        InputStream in = BundledArchive.class.getResourceAsStream(folder + "/" + name);
        if (in == null) {
            throw new IOException("not in the jar: " + folder + "/" + name);
        }
        return in;
    }
}
