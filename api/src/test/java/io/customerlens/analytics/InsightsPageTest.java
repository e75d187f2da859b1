package io.customerlens.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.HeadlessChromium;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /insights page: served with its chart library, and — where Chromium is installed (Debian package
 * {@code chromium}) — drawn in headless Chromium against the running server with every other host cut off: the
 * rendered page must show the figures the API computes, its screenshot must hold a drawn chart and heat-map, not a
 * blank page, and everything it loaded must have come from the server.
 */
class InsightsPageTest extends IntegrationTest {

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
    void drawsTheSegmentMixAndTheAgreementHeatMapInHeadlessChromiumWithoutInternetAccess() throws Exception {
        HeadlessChromium.assumeInstalled();
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

        try (HeadlessChromium chromium = HeadlessChromium.start(dir)) {
            chromium.open(url);
            String dom = chromium.waitFor("the drawn page", """
                    document.getElementById('status')?.dataset.state === 'drawn' && document.documentElement.outerHTML""",
                    Duration.ofSeconds(90));
            assertThat(dom).contains("12 customers compared").contains("id=\"agreement-heatmap\"")
                    .contains("<strong>" + String.format(Locale.ROOT, "%.3f", ari) + "</strong>adjusted Rand index");

            byte[] screenshot = chromium.screenshot();
            // kept beside the build output for a human look
            Files.write(Path.of("target/insights-screenshot.png"), screenshot);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(screenshot));
            assertThat(image.getWidth()).isEqualTo(1280);
            // A drawn page has bars, legend swatches and heat-map cells in many colours; a blank or error page has few.
            assertThat(colours(image)).isGreaterThan(40);

            assertThat(chromium.requests()).containsKey(http.url("/webjars/chart.js/4.4.1/dist/chart.umd.js"));
            chromium.assertServedLocallyWithoutErrors();
        }
    }

    @Test
    void drawsABacktestsGainsLiftAndForecastInHeadlessChromium() throws Exception {
        HeadlessChromium.assumeInstalled();
        // Twelve buyers before the default holdout (the 26 weeks up to yesterday); the odd ones buy again in it.
        for (int i = 1; i <= 12; i++) {
            String id = fixtures.customer("B-" + i, LocalDate.parse("2023-01-01"));
            fixtures.order(id, NOW.minus(Duration.ofDays(200L + 10 * i)), 20.0 + i);
            if (i % 3 == 0) {
                fixtures.order(id, NOW.minus(Duration.ofDays(300)), 35.0);
            }
            if (i % 2 == 1) {
                fixtures.order(id, NOW.minus(Duration.ofDays(30L + 5 * i)), 10.0 * i);
            }
        }
        double rfmAuc = graphQl.document("""
                        { backtest(input: {models: [{model: "rfm"}]}) { models { auc } } }""")
                .execute().path("backtest.models[0].auc").entity(Double.class).get();
        String url = http.url("/insights/?a=rfm&b=value-tier&bt=rfm,value-tier,bgnbd#key=") + TestKeys.key(Role.ANALYST);

        try (HeadlessChromium chromium = HeadlessChromium.start(dir)) {
            chromium.open(url);
            String dom = chromium.waitFor("the drawn backtest", """
                    document.getElementById('backtest-status')?.dataset.state === 'drawn'
                      && document.documentElement.outerHTML""", Duration.ofSeconds(90));
            assertThat(dom).contains("12 customers as of").contains("id=\"rankings-table\"")
                    .contains("rfm <strong>" + String.format(Locale.ROOT, "%.3f", rfmAuc) + "</strong>");
            // The charts hold what the answer holds: a gains line per model beside chance, a lift bar per non-empty
            // segment of the two segmentations, and BG/NBD's forecast beside the actual means.
            assertThat(chromium.evaluate("Chart.getChart('gains').data.datasets.map(d => d.label).join()").asString())
                    .isEqualTo("chance,rfm,value-tier,bgnbd");
            assertThat(chromium.evaluate("Chart.getChart('lift').data.labels.length").asInt()).isGreaterThan(2);
            assertThat(chromium.evaluate("Chart.getChart('forecast').data.datasets.map(d => d.label).join()").asString())
                    .isEqualTo("actual,bgnbd forecast");
            chromium.assertServedLocallyWithoutErrors();
        }
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
