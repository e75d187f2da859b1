package io.customerlens.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.ObjectMapper;

/** An address that keeps sending wrong keys is refused for a while (429, Retry-After), even with a valid key. */
@TestPropertySource(properties = {"customerlens.security.wrong-keys.limit=3",
        "customerlens.security.wrong-keys.backoff=90s"})
class WrongKeyThrottleTest extends IntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theThirdWrongKeyStartsTheBackoffForTheAddress() throws Exception {
        String valid = TestKeys.key(Role.VIEWER);
        assertThat(http.postQuery("{ me { name } }", valid).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            assertThat(http.postQuery("{ me { name } }", "wrong-" + i).statusCode()).isEqualTo(401);
        }

        for (String key : new String[] {"wrong-again", valid}) {
            HttpResponse<String> refused = http.postQuery("{ me { name } }", key);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After").map(Integer::parseInt)).get()
                    .satisfies(seconds -> assertThat(seconds).isBetween(80, 90));
            assertThat(json.readTree(refused.body()).path("errors").get(0).path("extensions").path("classification")
                    .asString()).isEqualTo("TOO_MANY_REQUESTS");
        }
    }

    @Test
    void wrongKeysSpreadBeyondTheWindowAreNotCountedTogetherAndTheBackoffEnds() {
        AtomicLong now = new AtomicLong();
        WrongKeyThrottle throttle = new WrongKeyThrottle(
                new SecurityProperties.WrongKeys(3, Duration.ofMinutes(1), Duration.ofMinutes(2)), now::get);
        throttle.wrongKey("10.0.0.1");
        throttle.wrongKey("10.0.0.1");
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        throttle.wrongKey("10.0.0.1");
        assertThat(throttle.backoff("10.0.0.1")).isZero();

        throttle.wrongKey("10.0.0.1");
        throttle.wrongKey("10.0.0.1");
        assertThat(throttle.backoff("10.0.0.1")).isEqualTo(Duration.ofMinutes(2));
        assertThat(throttle.backoff("10.0.0.2")).isZero();
        now.addAndGet(Duration.ofSeconds(119).toNanos());
        assertThat(throttle.backoff("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(throttle.backoff("10.0.0.1")).isZero();
    }
}
