package de.nachlese.web;

import de.nachlese.links.DraftException;
import de.nachlese.links.DraftLinker;
import de.nachlese.links.DraftLinks;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The draft assistant: a draft goes in, earlier coverage for each of its items comes out, as a page and as JSON.
 * Posting a draft only reads the index.
 */
@Controller
class LinksController {

    private final DraftLinker linker;

    LinksController(DraftLinker linker) {
        this.linker = linker;
    }

    @GetMapping(WebPaths.LINKS)
    String page(Model model) {
        model.addAttribute("view", LinksView.empty());
        return "links/page";
    }

    @PostMapping(WebPaths.LINKS)
    String draft(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String limit,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        boolean upload = file != null && !file.isEmpty();
        byte[] bytes = upload ? file.getBytes() : (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
        String shownText = upload ? "" : text;
        LinksView view;
        try {
            DraftLinks links =
                    linker.link(draft(bytes, upload ? file.getContentType() : "text/plain", before, limit, null));
            view = new LinksView(shownText, before, limit, links, null);
        } catch (DraftException | BadRequestException e) {
            response.setStatus(e instanceof DraftException ? 422 : 400);
            view = new LinksView(shownText, before, limit, null, e.getMessage());
        }
        model.addAttribute("view", view);
        return Htmx.wantsFragment(request, response) ? "links/results" : "links/page";
    }

    @PostMapping(WebPaths.API_LINKS)
    ResponseEntity<?> api(
            @RequestParam(required = false) String before,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String perThread,
            HttpServletRequest request)
            throws IOException {
        byte[] bytes;
        try (InputStream body = request.getInputStream()) {
            bytes = body.readNBytes(DraftLinker.MAX_DRAFT_BYTES + 1);
        }
        if (bytes.length > DraftLinker.MAX_DRAFT_BYTES) {
            return error(
                    HttpStatus.valueOf(413),
                    "the draft is larger than " + DraftLinker.MAX_DRAFT_BYTES / 1024 + " KB; send one issue at a time");
        }
        try {
            return ResponseEntity.ok(linker.link(draft(bytes, request.getContentType(), before, limit, perThread)));
        } catch (DraftException e) {
            return error(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
    }

    private static DraftLinker.Draft draft(
            byte[] bytes, String contentType, String before, String limit, String perThread) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        return new DraftLinker.Draft(
                bytes,
                contentType,
                date(before),
                number("limit", limit, DraftLinker.DEFAULT_LIMIT, DraftLinker.MAX_LIMIT),
                number("perThread", perThread, 1, DraftLinker.MAX_PER_THREAD),
                base);
    }

    private static LocalDate date(String before) {
        if (before == null || before.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(before.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("before must be a date YYYY-MM-DD, was '" + before + "'");
        }
    }

    private static int number(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, as for a number out of range
        }
        throw new BadRequestException(name + " must be a whole number from 1 to " + max + ", was '" + value + "'");
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
    }
}
