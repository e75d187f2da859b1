package io.customerlens.webhook;

import io.customerlens.web.InvalidInputException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Which addresses webhooks may call: http or https URLs whose host is on {@code customerlens.webhooks.allowed-hosts},
 * and that do not resolve to a link-local address (such as a cloud metadata service) or, unless
 * {@code allow-loopback} is on, to this machine. Checked at registration and again before every attempt, since
 * a name may resolve differently later.
 */
@Component
class WebhookAddresses {

    private final WebhookProperties properties;

    WebhookAddresses(WebhookProperties properties) {
        this.properties = properties;
    }

    /** @throws InvalidInputException naming the field when the address may not be called */
    URI check(String url, String field) {
        String refused = refusal(url);
        if (refused != null) {
            throw new InvalidInputException(field, refused);
        }
        return URI.create(url);
    }

    /** @return why the address may not be called, or null when it may */
    String refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return "'" + url + "' is not a URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            return "'" + url + "' is not an http or https URL with a host";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (properties.allowedHosts().stream().noneMatch(allowed -> matches(allowed.toLowerCase(Locale.ROOT), host))) {
            return "host '" + host + "' is not on customerlens.webhooks.allowed-hosts " + properties.allowedHosts();
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLinkLocalAddress() || address.isAnyLocalAddress()) {
                    return "host '" + host + "' resolves to " + address.getHostAddress() + ", which is never called";
                }
                if (address.isLoopbackAddress() && !properties.allowLoopback()) {
                    return "host '" + host + "' resolves to the loopback address " + address.getHostAddress()
                            + ", allowed only with customerlens.webhooks.allow-loopback";
                }
            }
        } catch (UnknownHostException e) {
            return "host '" + host + "' does not resolve";
        }
        return null;
    }

    private static boolean matches(String allowed, String host) {
        return allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed);
    }
}
