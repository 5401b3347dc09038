package de.nachlese.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether output goes to a person at a terminal (progress bar, colours) or to a file or pipe (plain lines). */
final class Terminal {

    private Terminal() {}

    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // Since JDK 22, System.console() exists even when redirected; isTerminal() tells (absent on 21).
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException onJdk21) {
            return true;
        }
    }
}
