package de.nachlese.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Ghost's JSON export ({@code db[0].data.posts}, each with title, slug, html, published_at, status and type). Only
 * published posts of type "post" are issues; pages and drafts are not. The site's name comes from the export's
 * "title" setting, else from the file name. A post's tags ({@code tags} joined through {@code posts_tags}, in their
 * sort order) go into the issue's "tags" metadata: they are the publisher's free labels, not the topic vocabulary.
 */
final class GhostReader {

    private static final Pattern LOOKS_LIKE = Pattern.compile("^\\s*\\{.*\"db\"\\s*:\\s*\\[", Pattern.DOTALL);

    private GhostReader() {}

    static boolean looksLikeGhost(String head) {
        return LOOKS_LIKE.matcher(head).find();
    }

    static void read(
            String origin, byte[] bytes, String publicationFallback, List<Body> bodies, List<IngestProblem> problems)
            throws IssueFormatException {
        JsonNode data;
        try {
            data = ExportJson.MAPPER
                    .readTree(TextDecoder.decode(bytes))
                    .path("db")
                    .path(0)
                    .path("data");
        } catch (JacksonException e) {
            throw new IssueFormatException("broken Ghost JSON export: " + e.getOriginalMessage());
        }
        JsonNode posts = data.path("posts");
        if (!posts.isArray()) {
            throw new IssueFormatException("a Ghost JSON export without db[0].data.posts");
        }
        String publication = publicationFallback;
        for (JsonNode setting : data.path("settings")) {
            if ("title".equals(setting.path("key").asString(""))
                    && !setting.path("value").asString("").isBlank()) {
                publication = setting.path("value").asString();
            }
        }
        Map<String, List<String>> tagsPerPost = tagsPerPost(data);
        int n = 0;
        for (JsonNode post : posts) {
            n++;
            String slug = post.path("slug").asString("");
            String postOrigin = origin + "#" + (slug.isBlank() ? "post-" + n : slug);
            String type = post.path("type").asString("post");
            if (!"published".equals(post.path("status").asString("")) || !"post".equals(type)) {
                continue; // drafts, scheduled posts and static pages are no issues
            }
            String html = post.path("html").asString("");
            if (html.isBlank()) {
                problems.add(new IngestProblem(postOrigin, "published post without html (only mobiledoc or lexical)"));
                continue;
            }
            List<String> warnings = new ArrayList<>();
            LocalDate date =
                    ExportReader.date(blankToNull(post.path("published_at").asString("")), warnings);
            IssueHints hints = new IssueHints(
                    post.path("title").asString(""),
                    publication,
                    date,
                    "post's published_at",
                    tagsPerPost.getOrDefault(post.path("id").asString(""), List.of()));
            bodies.add(new Body(postOrigin, Format.GHOST_JSON, true, html, hints, warnings));
        }
    }

    /** Post id → tag names. Internal tags ("#hash", Ghost's own convention) are the site's plumbing, not labels. */
    private static Map<String, List<String>> tagsPerPost(JsonNode data) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode tag : data.path("tags")) {
            String name = tag.path("name").asString("").strip();
            if (!name.isEmpty()
                    && !name.startsWith("#")
                    && !"internal".equals(tag.path("visibility").asString(""))) {
                names.put(tag.path("id").asString(""), name);
            }
        }
        List<JsonNode> links = new ArrayList<>();
        data.path("posts_tags").forEach(links::add);
        links.sort(Comparator.comparingInt(link -> link.path("sort_order").asInt(0)));
        Map<String, List<String>> perPost = new HashMap<>();
        for (JsonNode link : links) {
            String name = names.get(link.path("tag_id").asString(""));
            if (name != null) {
                perPost.computeIfAbsent(link.path("post_id").asString(""), id -> new ArrayList<>())
                        .add(name);
            }
        }
        return perPost;
    }

    private static String blankToNull(String s) {
        return s.isBlank() ? null : s;
    }
}
