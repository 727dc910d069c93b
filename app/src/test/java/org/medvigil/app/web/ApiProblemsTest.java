package org.medvigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.medvigil.core.InvalidInputException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Errors become problem+json; an unexpected one shows a reference to the log, never a stack trace. */
class ApiProblemsTest {

    @RestController
    static class Failing {
        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail at com.example.Hidden");
        }

        @GetMapping("/bad")
        String bad() {
            throw new InvalidInputException("bom.json", "line 3: unexpected end of input");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiProblems()).build();

    @Test
    void anUnexpectedErrorIs500WithAReferenceAndNoDetailOfTheException() throws Exception {
        MvcResult r = mvc.perform(get("/boom")).andReturn();
        String body = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).isEqualTo(500);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body).contains("\"reference\"").doesNotContain("secret").doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void badInputIs400WithItsOneLineAndLocation() throws Exception {
        MvcResult r = mvc.perform(get("/bad")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("bom.json: line 3: unexpected end of input")
                .contains("\"location\":\"bom.json\"");
    }
}
