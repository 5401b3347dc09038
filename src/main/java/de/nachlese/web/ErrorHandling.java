package de.nachlese.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Bad parameters and unknown ids answer with a clear 4xx: JSON for the API, a page for readers. Never a stack trace. */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(BadRequestException.class)
    Object badRequest(BadRequestException e, HttpServletRequest request) {
        return respond(HttpStatus.BAD_REQUEST, e.getMessage(), request);
    }

    /** An upload over spring.servlet.multipart.max-file-size (the links page's draft file). */
    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Object tooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpServletRequest request) {
        return respond(HttpStatus.valueOf(413), "the draft is larger than 1 MB; send one issue at a time", request);
    }

    @ExceptionHandler(MovedPermanentlyException.class)
    ResponseEntity<Void> moved(MovedPermanentlyException e) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(java.net.URI.create(e.location()))
                .build();
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    private static Object respond(HttpStatus status, String message, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
        }
        ModelAndView page = new ModelAndView("error/page", Map.of("view", new ErrorView(status.value(), message)));
        page.setStatus(status);
        return page;
    }
}
