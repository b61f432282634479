package org.wego.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which bearer tokens the API takes: access tokens issued to one of the listed clients and meant for
 * the platform. A token of any other client of the realm (Keycloak's built-in ones included) is refused,
 * however valid its signature.
 *
 * @param clients the clients whose access tokens are taken, by {@code azp} ({@code WEGO_API_CLIENTS})
 * @param audience the audience every accepted token must name ({@code WEGO_API_AUDIENCE}); the realm's
 *     audience mappers put it in the tokens of the clients above
 */
@ConfigurationProperties("wego.api")
record ApiTokenSettings(
        @DefaultValue({"wego-platform", "wego-integration"}) List<String> clients,
        @DefaultValue("wego-platform") String audience) {

    ApiTokenSettings {
        clients = clients.stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
        if (clients.isEmpty()) {
            throw new IllegalStateException("WEGO_API_CLIENTS is empty: name the clients whose tokens the API takes,"
                    + " e.g. wego-platform,wego-integration (see README, Settings).");
        }
        if (audience.isBlank()) {
            throw new IllegalStateException("WEGO_API_AUDIENCE is empty: name the audience the realm puts in the"
                    + " platform's tokens, e.g. wego-platform (see README, Settings).");
        }
    }
}
