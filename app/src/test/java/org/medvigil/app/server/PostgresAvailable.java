package org.medvigil.app.server;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips PostgreSQL tests when no test database is configured; under CI that is a failure instead. */
public final class PostgresAvailable implements ExecutionCondition {
    static final String URL = "MEDVIGIL_TEST_POSTGRES_URL";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getProperty(URL, System.getenv(URL));
        if (url != null && !url.isBlank()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
        }
        String message = URL + " is not set: no PostgreSQL to test against (see docs/server.md)";
        if (System.getenv("CI") != null) {
            throw new IllegalStateException(message + "; under CI this is a failure (.ci/run starts PostgreSQL)");
        }
        return ConditionEvaluationResult.disabled(message);
    }
}
