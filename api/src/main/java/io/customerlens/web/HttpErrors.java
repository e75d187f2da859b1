package io.customerlens.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * Writes an error in the GraphQL response shape for requests refused before GraphQL runs (too large, no API key),
 * so clients read every error the same way: {@code errors[].message} and {@code errors[].extensions.classification}.
 */
public final class HttpErrors {

    private HttpErrors() {
    }

    public static void write(HttpServletResponse response, int status, String classification, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(classification, message));
    }

    /** @return the error as the JSON body every refusal before GraphQL carries */
    static String body(String classification, String message) {
        return "{\"errors\":[{\"message\":\"" + escape(message)
                + "\",\"extensions\":{\"classification\":\"" + classification + "\"}}]}";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
