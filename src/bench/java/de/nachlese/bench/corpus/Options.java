package de.nachlese.bench.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** "--name value" and "--name=value" options of the bench commands; unknown names are refused with the known ones. */
public final class Options {

    private Options() {}

    public static Map<String, String> parse(String[] args, Set<String> known) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; options: " + known);
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                value = "true";
            }
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; options: " + known);
            }
            options.put(name, value);
        }
        return options;
    }
}
