package org.medvigil.app.cli;

import java.util.List;
import org.medvigil.app.MedvigilServer;

/** The one bridge from the command line to Spring; loaded only when {@code serve} runs. */
final class ServerStart {
    private ServerStart() {
    }

    static AutoCloseable start(List<String> springArguments) {
        // The SPDX reader must not fetch licence lists from the network.
        if (System.getProperty("org.spdx.useJARLicenseInfoOnly") == null) {
            System.setProperty("org.spdx.useJARLicenseInfoOnly", "true");
        }
        return MedvigilServer.start(springArguments.toArray(String[]::new));
    }
}
