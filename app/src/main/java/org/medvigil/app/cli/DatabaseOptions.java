package org.medvigil.app.cli;

import picocli.CommandLine.Option;

/**
 * Where the server's database is: the embedded H2 file under {@code ./data/} unless a JDBC
 * URL says otherwise (PostgreSQL: {@code jdbc:postgresql://host/db}). The password can also
 * come from the environment ({@code MEDVIGIL_DB_PASSWORD}), which keeps it out of process lists.
 */
final class DatabaseOptions {
    /** The server's default database; must equal {@code spring.datasource.url} in application.properties. */
    static final String DEFAULT_URL = "jdbc:h2:file:./data/medvigil;AUTO_SERVER=TRUE";
    /** The user of the default database; must equal {@code spring.datasource.username} in application.properties. */
    static final String DEFAULT_USER = "sa";

    @Option(names = "--db-url", paramLabel = "URL",
            description = "JDBC URL of the database (default: embedded H2 in ./data/; e.g. jdbc:postgresql://localhost/medvigil)")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD",
            description = "database password (better: environment variable MEDVIGIL_DB_PASSWORD)")
    String password;

    /** The user given; else the default database's user, or none (the URL may carry it) for another database. */
    String userOrDefault() {
        return user != null ? user : url == null ? DEFAULT_USER : "";
    }

    /** These options as Spring properties, for the commands that start Spring (serve, import). */
    java.util.List<String> springArguments() {
        java.util.List<String> args = new java.util.ArrayList<>();
        if (url != null) {
            args.add("--spring.datasource.url=" + url);
        }
        if (user != null) {
            args.add("--spring.datasource.username=" + user);
        } else if (url != null && System.getenv("SPRING_DATASOURCE_USERNAME") == null) {
            args.add("--spring.datasource.username=");
        }
        String pw = passwordOrEnv();
        if (pw != null) {
            args.add("--spring.datasource.password=" + pw);
        }
        return args;
    }

    /** The password given, else the environment's, else null. */
    String passwordOrEnv() {
        return password != null ? password : System.getenv("MEDVIGIL_DB_PASSWORD");
    }
}
