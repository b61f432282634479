package org.wego.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the platform. Configuration comes from {@code WEGO_*} environment variables (see README). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WegoApplication {

    public static void main(String[] args) {
        SpringApplication.run(WegoApplication.class, args);
    }
}
