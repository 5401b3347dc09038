package de.nachlese.index;

import java.io.IOException;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.FilterIndexOutput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;

/**
 * A disk that fills up, for tests: once {@link #free} bytes are written, every further write fails with the
 * IOException a full disk gives ("No space left on device"); {@link #failSync} makes fsync fail as well, as an I/O
 * error would. Raising {@code free} again is the disk that has room again.
 */
public final class FillingDirectory extends FilterDirectory {

    public static final String NO_SPACE = "No space left on device";

    public final AtomicLong free = new AtomicLong(Long.MAX_VALUE);
    public volatile boolean failSync;

    public FillingDirectory(Directory in) {
        super(in);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
        return new Filling(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
        return new Filling(super.createTempOutput(prefix, suffix, context));
    }

    @Override
    public void sync(Collection<String> names) throws IOException {
        if (failSync) {
            throw new IOException("Input/output error (fsync of " + names.size() + " files)");
        }
        super.sync(names);
    }

    private void take(long bytes) throws IOException {
        if (free.addAndGet(-bytes) < 0) {
            free.addAndGet(bytes);
            throw new IOException(NO_SPACE);
        }
    }

    private final class Filling extends FilterIndexOutput {

        Filling(IndexOutput out) {
            super("filling(" + out + ")", out.getName(), out);
        }

        @Override
        public void writeByte(byte b) throws IOException {
            take(1);
            out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
            take(length);
            out.writeBytes(b, offset, length);
        }
    }
}
