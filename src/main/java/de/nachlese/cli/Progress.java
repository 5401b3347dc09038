package de.nachlese.cli;

import de.nachlese.index.ArchiveIndexer;
import de.nachlese.ingest.ArchiveFile;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress of an indexing run: a bar on a terminal, one plain line per file in logs and pipes, or nothing. */
abstract class Progress implements ArchiveIndexer.Listener, AutoCloseable {

    static Progress of(IndexCommand.ProgressMode mode, PrintWriter err) {
        return switch (mode) {
            case BAR -> new Bar();
            case LINES -> new Lines(err);
            case NONE, AUTO -> new Silent();
        };
    }

    @Override
    public void close() {}

    private static final class Bar extends Progress {
        private ProgressBar bar;

        @Override
        public void filesListed(int files) {
            // the plain carriage-return consumer: the default one moves the cursor up and down, which garbles the
            // report printed right after the bar
            bar = new ProgressBarBuilder()
                    .setTaskName("Indexing")
                    .setInitialMax(files)
                    .setUnit(" files", 1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis(100)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err, 100))
                    .build();
        }

        @Override
        public void fileDone(ArchiveFile file) {
            if (bar != null) {
                bar.step();
                String name = file.origin().substring(Math.max(file.origin().lastIndexOf('/'), 0) + 1);
                bar.setExtraMessage(name.length() > 30 ? name.substring(0, 29) + "…" : name);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static final class Lines extends Progress {
        private final PrintWriter err;
        private int total;
        private int done;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void filesListed(int files) {
            total = files;
            err.println("Indexing " + files + " files");
        }

        @Override
        public void fileDone(ArchiveFile file) {
            err.println("[" + ++done + "/" + total + "] " + file.origin());
        }

        @Override
        public void committed(int itemsWritten, boolean last) {
            err.println((last ? "Committed: " : "Committed so far: ") + itemsWritten + " items written in this run");
        }
    }

    private static final class Silent extends Progress {}
}
