package de.nachlese;

import de.nachlese.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NachleseApplication {

    /** Serves without a command or with Spring options first; otherwise runs a command (index, search, stats, ...). */
    public static void main(String[] args) {
        if (Cli.startsServer(args)) {
            SpringApplication.run(NachleseApplication.class, args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
