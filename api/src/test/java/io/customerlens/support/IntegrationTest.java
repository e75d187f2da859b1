package io.customerlens.support;

import io.customerlens.customer.DataVersion;
import io.customerlens.playbook.PlaybookCatalog;
import io.customerlens.scoring.ModelBreakers;
import io.customerlens.security.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole server on a random port over HTTP, with an in-memory embedded
 * store (unless a subclass supplies a real MongoDB), the test plugin folder, and a fixed clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"customerlens.store.embedded.file=", "customerlens.sample-data.enabled=false",
                "customerlens.scoring.timeout=1s",
                // every test calls from one address, and many send wrong keys on purpose
                "customerlens.security.wrong-keys.limit=1000000",
                // webhooks to a receiver on this machine, retried quickly
                "customerlens.webhooks.allowed-hosts=localhost", "customerlens.webhooks.allow-loopback=true",
                "customerlens.webhooks.max-attempts=3", "customerlens.webhooks.initial-backoff=50ms",
                "customerlens.webhooks.max-backoff=200ms"})
@AutoConfigureHttpGraphQlTester
// A whole-population first query (the CDNOW fit) may take longer than WebTestClient's 5 s on a busy machine.
@AutoConfigureWebTestClient(timeout = "PT60S")
@Import(FixedClock.class)
public abstract class IntegrationTest {

    /** "Now" in every integration test. */
    public static final Instant NOW = Instant.parse("2025-06-30T12:00:00Z");

    @Autowired
    private HttpGraphQlTester withoutKey;

    /** A client with the admin test key. */
    protected HttpGraphQlTester graphQl;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    private DataVersion dataVersion;

    @Autowired
    private PlaybookCatalog playbooks;

    @Autowired
    private ModelBreakers breakers;

    protected Fixtures fixtures;

    @LocalServerPort
    private int port;

    /** Plain HTTP to this server. */
    protected RawHttp http;

    /** Every test starts from an empty store, with every model's circuit breaker closed. */
    @BeforeEach
    void emptyStore() {
        for (String collection : List.of("customers", "orders", "surveys", "interactions", "segment_states", "api_keys",
                "scores", "snapshots", "data_versions", "playbooks", "service_costs", "import_jobs", "erasures",
                "write_intents", "repair_jobs", "quarantine", "trusted_documents", "plugin_states", "watched_segments",
                "webhook_deliveries")) {
            mongo.remove(new Query(), collection);
        }
        dataVersion.changed();
        playbooks.invalidate();
        breakers.reset();
        graphQl = as(Role.ADMIN);
        fixtures = new Fixtures(graphQl);
        http = new RawHttp(port);
    }

    /** @return a client sending the test key of the role */
    protected HttpGraphQlTester as(Role role) {
        return withoutKey.mutate().header("X-API-Key", TestKeys.key(role)).build();
    }

    /** @return a client sending no API key */
    protected HttpGraphQlTester withoutKey() {
        return withoutKey;
    }

    @DynamicPropertySource
    static void plugins(DynamicPropertyRegistry registry) {
        registry.add("customerlens.plugins.dir", () -> TestPlugins.folder().toString());
        TestKeys.configure(registry);
    }
}
