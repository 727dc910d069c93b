package org.medvigil.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A page controller's errors become the HTML error page (status, one line, a log reference for
 * a 500, never the exception), while an API controller's stay problem+json: the page advice is
 * consulted first but applies to page controllers only.
 */
class PageErrorsTest {

    @PageController
    static class FailingPages {
        @GetMapping("/page/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail at com.example.Hidden");
        }

        @GetMapping("/page/missing")
        String missing() {
            throw new NotFoundException("release", 42);
        }
    }

    @RestController
    static class FailingApi {
        @GetMapping("/api/missing")
        String missing() {
            throw new NotFoundException("release", 42);
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingPages(), new FailingApi())
            .setControllerAdvice(new ApiProblems(), new PageErrors()).build();

    @Test
    void anUnexpectedErrorOnAPageIsThe500PageWithAReferenceAndNothingOfTheException() throws Exception {
        MvcResult r = mvc.perform(get("/page/boom")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(500);
        assertThat(r.getModelAndView().getViewName()).isEqualTo("error");
        assertThat(r.getModelAndView().getModel()).containsEntry("status", 500).containsKey("reference")
                .containsEntry("message", null);
        assertThat(r.getModelAndView().getModel().toString()).doesNotContain("secret").doesNotContain("IllegalStateException");
    }

    @Test
    void aMissingRecordIsThe404PageOnAPageAndProblemJsonOnTheApi() throws Exception {
        MvcResult page = mvc.perform(get("/page/missing")).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(404);
        assertThat(page.getModelAndView().getModel()).containsEntry("message", "release 42 not found");

        MvcResult api = mvc.perform(get("/api/missing")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(404);
        assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(api.getResponse().getContentAsString()).contains("release 42 not found");
    }
}
