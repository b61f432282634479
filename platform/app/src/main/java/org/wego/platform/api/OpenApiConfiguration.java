package org.wego.platform.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs} and the Swagger UI at {@code /swagger-ui.html}:
 * public (they hold no data), every operation requiring a bearer token from the WeGO realm.
 */
@Configuration
class OpenApiConfiguration {

    static final String BEARER = "bearer";

    static {
        // springdoc documents only handlers whose bean it found among the context's @RestController
        // beans; plugins' controllers live in their own contexts and are mapped at runtime. Every
        // handler counts, and paths-to-match keeps the document to /api/** (all of it REST): no
        // plugin class is remembered, so an uninstalled plugin's class loader can still go.
        SpringDocUtils.getConfig().addRestControllers(Object.class);
    }

    @Bean
    OpenAPI wegoOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("WeGO Platform API")
                                .version("v1")
                                .description(
                                        "Read the organisation directory and, for the secretariat, the audit trail and approvals;"
                                                + " plugins add their own endpoints (e.g. the membership directory)."
                                                + " Send an access token of the WeGO Keycloak realm as `Authorization: Bearer …`;"
                                                + " errors are RFC 9457 problem details in English or Korean (`Accept-Language`)."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")
                                        .description("An access token of the WeGO realm (user or client credentials)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
