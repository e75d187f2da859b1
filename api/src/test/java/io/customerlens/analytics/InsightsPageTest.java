package io.customerlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /insights page: served with its chart library, and — where Chromium is installed (Debian package
 * {@code chromium}) — drawn in headless Chromium against the running server: the rendered page must show the
 * figures the API computes, and its screenshot must hold a drawn chart and heat-map, not a blank page.
 */
class InsightsPageTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void servesThePageAndItsChartLibrary() {
        HttpResponse<String> page = http.get("/insights?a=rfm&b=value-tier");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Customer Lens · Insights</title>").contains("/webjars/chart.js/4.4.1/dist/chart.umd.js");
        assertThat(page.uri().toString()).endsWith("/insights/?a=rfm&b=value-tier");
        HttpResponse<String> chartJs = http.get("/webjars/chart.js/4.4.1/dist/chart.umd.js");
        assertThat(chartJs.statusCode()).isEqualTo(200);
        assertThat(chartJs.body()).contains("Chart.js v4.4.1");
        assertThat(http.get("/insights/insights.js").body()).contains("compareModels");
    }

    @Test
    void drawsTheSegmentMixAndTheAgreementHeatMapInHeadlessChromium() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed (Debian package chromium)");
        for (int i = 1; i <= 12; i++) {
            String id = fixtures.customer("I-" + i, LocalDate.parse("2023-01-01"));
            for (int k = 0; k <= i % 4; k++) {
                fixtures.order(id, NOW.minus(Duration.ofDays(10L * i + 40L * k)), 15.0 * i + k);
            }
        }
        double ari = graphQl.document("""
                {
                  compareModels(a: {model: "rfm"}, b: {model: "value-tier"}) { agreement { adjustedRandIndex } }
                }
                """)
                .execute().path("compareModels.agreement.adjustedRandIndex").entity(Double.class).get();
        String url = http.url("/insights/?a=rfm&b=value-tier#key=") + TestKeys.key(Role.ANALYST);

        String dom = chromium(url, "--dump-dom");
        assertThat(dom).contains("data-state=\"drawn\"").contains("12 customers compared")
                .contains("id=\"agreement-heatmap\"")
                .contains("<strong>" + String.format(java.util.Locale.ROOT, "%.3f", ari) + "</strong>adjusted Rand index");

        Path screenshot = dir.resolve("insights.png");
        chromium(url, "--screenshot=" + screenshot);
        // kept beside the build output for a human look
        Files.copy(screenshot, Path.of("target/insights-screenshot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        // A drawn page has bars, legend swatches and heat-map cells in many colours; a blank or error page has few.
        assertThat(colours(image)).isGreaterThan(40);
    }

    private String chromium(String url, String output) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(dir, "profile"),
                "--window-size=1280,900", "--virtual-time-budget=20000", output, url));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
