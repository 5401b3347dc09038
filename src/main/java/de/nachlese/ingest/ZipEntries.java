package de.nachlese.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Inflates a ZIP into memory, entry by entry, under {@link IngestLimits}. Nothing is ever written to disk, but
 * entry names are still checked: a name that climbs out of the archive ("Zip Slip") is refused and reported, since
 * it marks a hostile or broken archive. Bomb limits count the bytes really inflated, not the headers' claims.
 */
final class ZipEntries {

    private ZipEntries() {}

    static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4
                && bytes[0] == 'P'
                && bytes[1] == 'K'
                && ((bytes[2] == 3 && bytes[3] == 4) || (bytes[2] == 5 && bytes[3] == 6));
    }

    /** The files of the ZIP by name, in archive order; unsafe entries are skipped and reported in {@code problems}. */
    static Map<String, byte[]> read(String origin, byte[] zip, IngestLimits limits, List<IngestProblem> problems)
            throws IssueFormatException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long inflatedTotal = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw new IssueFormatException(
                            "ZIP holds more than " + limits.maxZipEntries() + " entries; refused");
                }
                String name = entry.getName();
                if (!isSafe(name)) {
                    problems.add(new IngestProblem(
                            origin + "!" + name,
                            "ZIP entry name points outside the archive (Zip Slip); entry refused"));
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    inflatedTotal += n;
                    checkBomb(inflatedTotal, zip.length, limits);
                    if (out.size() + n > limits.maxFileBytes()) {
                        throw new IssueFormatException("ZIP entry " + name + " inflates beyond " + limits.maxFileBytes()
                                + " bytes (the file size limit); ZIP refused as a possible ZIP bomb");
                    }
                    out.write(buffer, 0, n);
                }
                if (!entry.isDirectory()) {
                    files.put(name, out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new IssueFormatException("broken ZIP: " + reason(e));
        } catch (IOException e) {
            throw new IssueFormatException("broken ZIP (truncated?): " + reason(e));
        }
        if (files.isEmpty() && problems.isEmpty()) {
            throw new IssueFormatException("broken or empty ZIP: no readable entries");
        }
        return files;
    }

    private static void checkBomb(long inflated, long compressed, IngestLimits limits) throws IssueFormatException {
        if (inflated > limits.maxZipTotalBytes()) {
            throw new IssueFormatException("ZIP inflates beyond " + limits.maxZipTotalBytes()
                    + " bytes in all; refused as a possible ZIP bomb");
        }
        if (inflated > IngestLimits.RATIO_GRACE_BYTES && inflated > compressed * limits.maxZipRatio()) {
            throw new IssueFormatException("ZIP inflates to more than " + limits.maxZipRatio() + " times its size of "
                    + compressed + " bytes; refused as a possible ZIP bomb");
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Relative, no "..", no drive letters or backslashes: what a path must be to stay inside the archive. */
    static boolean isSafe(String name) {
        if (name.isEmpty()
                || name.startsWith("/")
                || name.contains("\\")
                || name.contains("\0")
                || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }
}
