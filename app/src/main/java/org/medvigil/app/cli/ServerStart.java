package org.medvigil.app.cli;

import java.util.List;
import org.medvigil.app.MedvigilServer;

/** The one bridge from the command line to Spring; loaded only when {@code serve} runs. */
final class ServerStart {
    private ServerStart() {
    }

    static AutoCloseable start(List<String> springArguments) {
        return MedvigilServer.start(springArguments.toArray(String[]::new));
    }
}
