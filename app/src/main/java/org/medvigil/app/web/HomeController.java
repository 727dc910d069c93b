package org.medvigil.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; the dashboard at {@code /} is the dashboard package's. */
@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
