package de.nachlese.cli;

import de.nachlese.NachleseApplication;
import de.nachlese.system.IndexLockFailureAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Starts the web server: indexes the archive (only what changed), then serves search and permalinks.",
            "Files dropped into the archive folder while it runs are searchable within a second.",
            "Further Spring options (--name=value) are passed on."
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    IndexDirOption index;

    @Option(
            names = "--archive",
            paramLabel = "DIR",
            description = "Folder of issue files (default: the bundled demo archive).")
    Path archive;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Unmatched
    List<String> springOptions = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        List<String> args = new ArrayList<>(springOptions);
        args.add("--nachlese.index-dir=" + index.indexDir);
        args.add("--server.port=" + port);
        if (archive != null) {
            args.add("--nachlese.archive-dir=" + archive);
        }
        ConfigurableApplicationContext context;
        try {
            context = SpringApplication.run(NachleseApplication.class, args.toArray(String[]::new));
        } catch (RuntimeException e) {
            if (IndexLockFailureAnalyzer.lockFailure(e).isPresent()) {
                return ExitCode.INDEX_UNUSABLE; // Spring has logged the failure analysis: one plain message
            }
            throw e;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return ExitCode.OK;
    }
}
