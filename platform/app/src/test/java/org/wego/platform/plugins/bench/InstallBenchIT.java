package org.wego.platform.plugins.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.wego.platform.TestStackProperties;
import org.wego.platform.WegoApplication;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.teststack.Bench;

/**
 * The install step of {@code ./wego bench plugins} on the harness {@link Bench}, on a fresh schema of the test
 * stack: installing the complete fixture plugin while the platform runs (to STARTED) and uninstalling it with
 * its data, each against the baseline of {@link InstallBench#plainLoad} (the jar on a plain class loader, its
 * entry class instantiated), alternating in one JVM. Under {@code ./wego test} one round (a smoke run);
 * {@code -Dbench.full=true} five.
 */
@SpringBootTest(classes = WegoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstallBenchIT {

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        TestStackProperties.apply(registry, InstallBenchIT.class);
    }

    @Autowired
    PluginRuntime runtime;

    @Test
    void installingAPluginAtRuntimeAgainstAPlainClassLoader() throws Exception {
        Path jar = BenchPlugins.complete(InstallBench.ID, Files.createTempDirectory("wego-bench-install"));
        assertThat(runtime.plugins()).as("an empty plugins folder").isEmpty();
        var bench = new Bench("plugins benchmark: one plugin installed at runtime (to STARTED) and uninstalled with"
                + " its data, against a plain class loader");
        for (int round = 0, rounds = Bench.size(InstallBench.RUNS, 1); round < rounds; round++) {
            long plain = InstallBench.plainLoad(jar);
            long[] times = InstallBench.installOnce(runtime, jar);
            bench.record("install", "path", times[0]);
            bench.record("install", "baseline", plain);
            bench.record("uninstall", "path", times[1]);
            bench.record("uninstall", "baseline", plain);
        }
        bench.print(System.out);
        assertThat(runtime.plugins()).as("uninstalled").isEmpty();
    }
}
