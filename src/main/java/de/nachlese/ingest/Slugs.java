package de.nachlese.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe ids from German text: "Doppelgänger Update" becomes "doppelgaenger-update". */
final class Slugs {

    private Slugs() {
    }

    static String slug(String text, int maxLength) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replace("&", " und ");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > maxLength) {
            int cut = s.lastIndexOf('-', maxLength);
            s = s.substring(0, cut > maxLength / 2 ? cut : maxLength).replaceAll("-+$", "");
        }
        return s;
    }
}
