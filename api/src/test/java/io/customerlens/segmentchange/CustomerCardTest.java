package io.customerlens.segmentchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.security.Role;
import io.customerlens.support.HeadlessChromium;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer-card example (examples/customer-card, bundled into static/customer-card): its committed bundle and
 * operations are served, the operations are trusted documents, the schema its types were generated from is the
 * server's, and — where Chromium is installed — the card loaded in headless Chromium changes tier when an order
 * recorded through the API lifts the customer to VIP.
 */
class CustomerCardTest extends IntegrationTest {

    /** The schema the card's TypeScript types are generated from (npm run codegen). */
    private static final Path CARD_SCHEMA = Path.of("../examples/customer-card/schema.graphql");
    private static final List<String> OPERATIONS = List.of("CardModels.graphql", "CustomerCard.graphql",
            "CardSegmentChanges.graphql");

    @TempDir
    Path dir;

    @Autowired
    private SegmentWatches watches;

    @Test
    void theCardsSchemaIsTheServersSoItsGeneratedTypesFit() throws Exception {
        HttpResponse<String> printed = http.get("/graphql/schema", TestKeys.key(Role.VIEWER));
        assertThat(printed.statusCode()).isEqualTo(200);
        String committed = Files.exists(CARD_SCHEMA) ? Files.readString(CARD_SCHEMA, StandardCharsets.UTF_8) : "";
        if (!committed.equals(printed.body())) {
            // Written for the next build of the card: `npm run build` in examples/customer-card regenerates its types.
            Files.writeString(CARD_SCHEMA, printed.body(), StandardCharsets.UTF_8);
        }
        assertThat(committed).as("examples/customer-card/schema.graphql (now rewritten: run npm run build there)")
                .isEqualTo(printed.body());
    }

    @Test
    void servesTheCardAndItsOperationsWhichAreTrustedDocuments() {
        assertThat(http.get("/customer-card/index.html").body()).contains("<title>Customer Lens · Customer card</title>");
        assertThat(http.get("/customer-card/card.js").body()).contains("connection_init").contains("CardSegmentChanges");
        List<String> trusted = graphQl.document("{ trustedDocuments { source } }").execute()
                .path("trustedDocuments[*].source").entityList(String.class).get();
        assertThat(trusted).containsAll(OPERATIONS);
        for (String operation : OPERATIONS) {
            assertThat(http.get("/customer-card/" + operation).statusCode()).as(operation).isEqualTo(200);
        }
    }

    @Test
    void theCardChangesTierInHeadlessChromiumWhenAnOrderLiftsTheCustomerToVip() throws Exception {
        HeadlessChromium.assumeInstalled();
        String target = fixtures.buyersAndOneBasicCustomer(NOW);
        String url = http.url("/customer-card/index.html?customer=" + target) + "#key=" + TestKeys.key(Role.VIEWER);

        try (HeadlessChromium chromium = HeadlessChromium.start(dir)) {
            chromium.open(url);
            chromium.waitFor("the card, live", """
                    document.getElementById('status')?.dataset.state === 'live'
                        && document.getElementById('segment')?.dataset.code === 'basic'""", Duration.ofSeconds(60));
            awaitWatched();

            fixtures.order(target, NOW, 10_000);

            String dom = chromium.waitFor("the card at VIP", """
                    document.getElementById('segment')?.dataset.code === 'vip' && document.body.outerHTML""",
                    Duration.ofSeconds(30));
            assertThat(dom).contains("Moved up to VIP from Basic (order,").contains("data-state=\"updated\"")
                    .contains("<h1>T. C.</h1>").contains("10050.00 spent"); // a viewer sees the name masked
            chromium.assertServedLocallyWithoutErrors();
        }
    }

    private void awaitWatched() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (watches.size() == 0 && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(watches.size()).as("watched model choices").isEqualTo(1);
    }
}
