package org.medvigil.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The OpenAPI document is served (springdoc on Boot 4), public, and describes the API and its security. */
@OnH2
class OpenApiH2Test extends ServerTestSupport {

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        MvcResult r = perform(get("/api/v1/openapi.json"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        JsonNode doc = bodyJson(r);
        assertThat(doc.get("openapi").asString()).startsWith("3.1");
        assertThat(doc.get("info").get("title").asString()).isEqualTo("MedVigil API");
        assertThat(doc.get("paths").propertyNames()).contains("/api/v1/products", "/api/v1/releases/{id}/sboms",
                "/api/v1/advisories", "/api/v1/findings/{id}/assessments", "/api/v1/findings/{id}/affected", "/api/v1/audit");
        assertThat(doc.get("components").get("securitySchemes").get("apiKey").get("scheme").asString()).isEqualTo("bearer");
    }
}
