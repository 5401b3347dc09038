package de.nachlese;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NachleseApplication {

    public static void main(String[] args) {
        SpringApplication.run(NachleseApplication.class, args);
    }
}
