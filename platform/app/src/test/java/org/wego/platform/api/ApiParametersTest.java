package org.wego.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.wego.plugin.api.OrganisationType;

class ApiParametersTest {

    private static void refused(Runnable check, String parameter, String key) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.status().value()).isEqualTo(400);
        });
    }

    @Test
    void namesInAnyScriptPassAndMarkupOrSqlDoNot() {
        assertThat(ApiParameters.text("text", "  하노이 ")).isEqualTo("하노이");
        assertThat(ApiParameters.text("text", "Seoul Housing & Communities Corp."))
                .isNotNull();
        assertThat(ApiParameters.text("text", "Xi'an")).isEqualTo("Xi'an");
        assertThat(ApiParameters.text("text", " ")).isNull();
        refused(() -> ApiParameters.text("text", "<script>alert(1)</script>"), "text", "api.error.markup");
        refused(() -> ApiParameters.text("text", "' OR '1'='1"), "text", "api.error.characters");
        refused(() -> ApiParameters.text("text", "x; DROP TABLE t"), "text", "api.error.characters");
        refused(() -> ApiParameters.text("text", "seoul -- x"), "text", "api.error.characters");
        refused(() -> ApiParameters.text("text", "a".repeat(101)), "text", "api.error.too-long");
    }

    @Test
    void pagingHasLimits() {
        assertThat(ApiParameters.paging(null, null)).isEqualTo(new ApiParameters.Paging(0, 20));
        assertThat(ApiParameters.paging(2, 10).offset()).isEqualTo(20);
        refused(() -> ApiParameters.paging(-1, 10), "page", "api.error.page");
        refused(() -> ApiParameters.paging(ApiParameters.MAX_PAGE + 1, 10), "page", "api.error.page");
        refused(() -> ApiParameters.paging(0, 0), "size", "api.error.size");
        refused(() -> ApiParameters.paging(0, ApiParameters.MAX_SIZE + 1), "size", "api.error.size");
    }

    @Test
    void valuesAreCheckedAgainstTheirKind() {
        assertThat(ApiParameters.oneOf("type", "regional-office", OrganisationType.class))
                .isEqualTo(OrganisationType.REGIONAL_OFFICE);
        refused(
                () -> ApiParameters.oneOf("type", "village", OrganisationType.class),
                "type",
                "api.error.unknown-value");
        assertThat(ApiParameters.country("country", "vn")).isEqualTo("VN");
        refused(() -> ApiParameters.country("country", "VNM"), "country", "api.error.country");
        refused(() -> ApiParameters.organisationKey("region", "RO Chengdu"), "region", "api.error.key");
        assertThat(ApiParameters.id("id", "42")).isEqualTo(42);
        refused(() -> ApiParameters.id("id", "0"), "id", "api.error.malformed");
        refused(() -> ApiParameters.id("id", "1 OR 1=1"), "id", "api.error.malformed");
    }

    @Test
    void unknownParametersAreRefused() {
        var request = new MockHttpServletRequest();
        request.addParameter("typo", "x");
        refused(
                () -> ApiParameters.onlyKnown(request, java.util.Set.of("text")),
                "typo",
                "api.error.unknown-parameter");
    }
}
