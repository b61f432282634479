package org.wego.platform.system;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.wego.platform.security.IdentityProvider;

/** Checks, on demand, each part the platform depends on. Each check is bounded to a second or two. */
@Service
class SystemStatus {

    private final JdbcClient jdbc;
    private final IdentityProvider identityProvider;
    private final String mailHost;
    private final int mailPort;

    SystemStatus(
            JdbcClient jdbc,
            IdentityProvider identityProvider,
            @Value("${spring.mail.host:}") String mailHost,
            @Value("${spring.mail.port:25}") int mailPort) {
        this.jdbc = jdbc;
        this.identityProvider = identityProvider;
        this.mailHost = mailHost;
        this.mailPort = mailPort;
    }

    List<PartStatus> check() {
        return List.of(database(), identityProvider(), mail(), runtime());
    }

    private PartStatus database() {
        try {
            String version = jdbc.sql("SELECT VERSION()").query(String.class).single();
            String schema = jdbc.sql("SELECT DATABASE()").query(String.class).single();
            long changes = jdbc.sql("SELECT COUNT(*) FROM platform_changelog")
                    .query(Long.class)
                    .single();
            return new PartStatus(
                    "system.database",
                    true,
                    "MariaDB " + version + ", schema " + schema + ", " + changes + " changesets");
        } catch (DataAccessException e) {
            return new PartStatus(
                    "system.database", false, e.getMostSpecificCause().getMessage());
        }
    }

    private PartStatus identityProvider() {
        return new PartStatus("system.identity", identityProvider.isReachable(), identityProvider.issuer());
    }

    private PartStatus mail() {
        if (mailHost.isBlank()) {
            return new PartStatus("system.mail", false, "WEGO_SMTP_HOST is not set");
        }
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(mailHost, mailPort), 1000);
            return new PartStatus("system.mail", true, mailHost + ":" + mailPort);
        } catch (IOException e) {
            return new PartStatus("system.mail", false, mailHost + ":" + mailPort + ": " + e.getMessage());
        }
    }

    private static PartStatus runtime() {
        String version = SystemStatus.class.getPackage().getImplementationVersion();
        return new PartStatus(
                "system.runtime",
                true,
                "WeGO Platform " + (version == null ? "(development)" : version) + ", Java " + Runtime.version());
    }
}
