package de.nachlese.tagging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The one reader of the tab-separated data files (gazetteer, topic rules, outlets, gold labels): blank lines and
 * lines starting with # are skipped, and every other line reaches the handler as its columns plus "file:line", so
 * that a bad line can be reported where it is.
 */
final class DataLines {

    private DataLines() {}

    @FunctionalInterface
    interface Handler {
        void handle(String[] columns, String where) throws IOException;
    }

    static void forEach(Reader in, String name, Handler handler) throws IOException {
        BufferedReader reader = new BufferedReader(in);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            handler.handle(line.split("\t", -1), name + ":" + number);
        }
    }
}
