package io.customerlens.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.web.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The allow-list of webhook addresses, and the back-off between attempts. */
class WebhookAddressesTest {

    private static WebhookAddresses allowing(boolean loopback, String... hosts) {
        return new WebhookAddresses(new WebhookProperties(List.of(hosts), loopback, 5, Duration.ofSeconds(10),
                Duration.ofMinutes(10), Duration.ofSeconds(5)));
    }

    @Test
    void aHostMustBeOnTheListExactlyOrUnderAWildcard() {
        WebhookAddresses addresses = allowing(true, "localhost", "*.loopback.test");
        assertThat(addresses.refusal("http://localhost:8080/hook")).isNull();
        assertThat(addresses.refusal("http://other.localhost.example/hook"))
                .isEqualTo("host 'other.localhost.example' is not on customerlens.webhooks.allowed-hosts"
                        + " [localhost, *.loopback.test]");
        // a wildcard covers subdomains, not the name itself or a name that merely ends the same way
        assertThat(addresses.refusal("http://loopback.test/hook")).contains("is not on");
        assertThat(addresses.refusal("http://evilloopback.test/hook")).contains("is not on");
    }

    @Test
    void loopbackNeedsItsOwnSettingAndLinkLocalIsNeverCalled() {
        assertThat(allowing(false, "localhost").refusal("http://localhost/hook"))
                .isEqualTo("host 'localhost' resolves to the loopback address 127.0.0.1, allowed only with"
                        + " customerlens.webhooks.allow-loopback");
        assertThat(allowing(true, "169.254.169.254").refusal("http://169.254.169.254/latest/meta-data"))
                .isEqualTo("host '169.254.169.254' resolves to 169.254.169.254, which is never called");
    }

    @Test
    void onlyHttpAndHttpsUrlsWithAHost() {
        WebhookAddresses addresses = allowing(true, "localhost");
        assertThat(addresses.refusal("ftp://localhost/hook")).isEqualTo("'ftp://localhost/hook' is not an http or https"
                + " URL with a host");
        assertThat(addresses.refusal("http://local host/")).isEqualTo("'http://local host/' is not a URL");
        assertThatThrownBy(() -> addresses.check("file:///etc/passwd", "input.url"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("input.url");
    }

    @Test
    void theBackOffDoublesUpToItsLimit() {
        WebhookProperties properties = new WebhookProperties(List.of(), false, 10, Duration.ofSeconds(10),
                Duration.ofMinutes(1), Duration.ofSeconds(5));
        assertThat(List.of(1, 2, 3, 4, 5).stream().map(properties::backoff).toList()).containsExactly(
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40), Duration.ofMinutes(1),
                Duration.ofMinutes(1));
    }
}
