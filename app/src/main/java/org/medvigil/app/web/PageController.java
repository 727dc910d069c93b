package org.medvigil.app.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of the web UI: it renders HTML pages and takes browser forms. Its errors become
 * HTML error pages ({@link PageErrors}), where every other handler answers problem+json; its
 * paths need a line in the page access rules (security package).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
