package de.nachlese.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Buttondown's export ZIP: {@code emails.csv} or {@code emails.json} (id, subject, publish_date, slug, …) and each
 * e-mail's Markdown body in {@code emails/<slug>.md}. Drafts (status "draft") are not issues.
 */
final class ButtondownReader {

    private ButtondownReader() {}

    static boolean isExport(Map<String, byte[]> files) {
        return files.keySet().stream().anyMatch(name -> name.endsWith("emails.csv") || name.endsWith("emails.json"))
                && files.keySet().stream().anyMatch(name -> name.contains("emails/") && name.endsWith(".md"));
    }

    static void read(
            String origin,
            Map<String, byte[]> files,
            String publication,
            List<Body> bodies,
            List<IngestProblem> problems)
            throws IssueFormatException {
        String index = files.keySet().stream()
                .filter(n -> n.endsWith("emails.json"))
                .findFirst()
                .orElseGet(() -> files.keySet().stream()
                        .filter(n -> n.endsWith("emails.csv"))
                        .findFirst()
                        .orElseThrow());
        String prefix = index.substring(0, index.lastIndexOf("emails."));
        for (Map<String, String> email : index.endsWith(".json")
                ? json(files.get(index))
                : csv(origin + "!" + index, files.get(index), problems)) {
            String slug = email.get("slug");
            String emailOrigin = origin + "!" + prefix + "emails/" + slug + ".md";
            if (slug == null || slug.isBlank()) {
                problems.add(new IngestProblem(origin + "!" + index, "e-mail " + email.get("id") + " without a slug"));
                continue;
            }
            if ("draft".equalsIgnoreCase(email.getOrDefault("status", ""))) {
                continue;
            }
            byte[] markdown = files.get(prefix + "emails/" + slug + ".md");
            if (markdown == null) {
                problems.add(new IngestProblem(emailOrigin, "listed in " + index + " but missing from the ZIP"));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            LocalDate date = ExportReader.date(email.get("publish_date"), warnings);
            IssueHints hints = new IssueHints(email.get("subject"), publication, date, "e-mail's publish_date");
            bodies.add(
                    new Body(emailOrigin, Format.BUTTONDOWN_ZIP, false, TextDecoder.decode(markdown), hints, warnings));
        }
    }

    private static List<Map<String, String>> json(byte[] bytes) throws IssueFormatException {
        List<Map<String, String>> emails = new ArrayList<>();
        try {
            JsonNode root = ExportJson.MAPPER.readTree(TextDecoder.decode(bytes));
            for (JsonNode node : root.isArray() ? root : root.path("results")) {
                Map<String, String> email = new LinkedHashMap<>();
                for (String key : List.of("id", "subject", "publish_date", "slug", "status")) {
                    String value = node.path(key).asString("");
                    email.put(key, value.isBlank() ? null : value.strip());
                }
                emails.add(email);
            }
        } catch (JacksonException e) {
            throw new IssueFormatException("broken emails.json: " + e.getOriginalMessage());
        }
        return emails;
    }

    private static List<Map<String, String>> csv(String origin, byte[] bytes, List<IngestProblem> problems) {
        CsvReader.Table table = CsvReader.read(TextDecoder.decode(bytes));
        table.problems().forEach(p -> problems.add(new IngestProblem(origin, "unreadable row, skipped: " + p)));
        List<Map<String, String>> emails = new ArrayList<>();
        for (CsvReader.Row row : table.rows()) {
            Map<String, String> email = new LinkedHashMap<>();
            for (String key : List.of("id", "subject", "publish_date", "slug", "status")) {
                email.put(key, table.cell(row, key));
            }
            emails.add(email);
        }
        return emails;
    }
}
