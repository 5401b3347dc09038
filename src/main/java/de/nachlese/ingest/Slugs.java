package de.nachlese.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe ids from German text: "Doppelgänger Update" becomes "doppelgaenger-update". */
final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern OUTER_HYPHENS = Pattern.compile("(^-+|-+$)");
    private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

    private Slugs() {}

    static String slug(String text, int maxLength) {
        String s = text.toLowerCase(Locale.GERMAN)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss")
                .replace("&", " und ");
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = OUTER_HYPHENS.matcher(NON_ALNUM.matcher(s).replaceAll("-")).replaceAll("");
        if (s.length() > maxLength) {
            int cut = s.lastIndexOf('-', maxLength);
            s = TRAILING_HYPHENS
                    .matcher(s.substring(0, cut > maxLength / 2 ? cut : maxLength))
                    .replaceAll("");
        }
        return s;
    }
}
