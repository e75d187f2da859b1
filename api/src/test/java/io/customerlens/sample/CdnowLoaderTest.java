package io.customerlens.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.CustomerLensApplication;
import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The CDNOW transaction log (datasets/cdnow in the repository) imports whole, with exact summaries. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CdnowLoaderTest {

    static final Path CDNOW = Path.of(System.getProperty("customerlens.test.data-dir", ".."),
            "datasets/cdnow/CDNOW_master.txt");

    @TempDir
    static Path dir;

    private ConfigurableApplicationContext context;
    private MongoTemplate mongo;

    @BeforeAll
    void importTheLog() {
        assertThat(CDNOW).exists();
        context = new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none", "--customerlens.store.embedded.file=",
                        "--customerlens.plugins.dir=" + dir.resolve("plugins"), "--customerlens.cdnow.file=" + CDNOW);
        mongo = context.getBean(MongoTemplate.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Test
    void importsEveryCustomerAndTransaction() {
        // The data set's README: 23,570 customers and 69,659 transactions
        assertThat(mongo.count(new Query(), Customer.class)).isEqualTo(23_570);
        assertThat(mongo.count(new Query(), Order.class)).isEqualTo(69_659);
    }

    @Test
    void summariesMatchTheLog() throws Exception {
        // Lines 3 and 4 of the file: customer 00002 bought 1 CD for 12.00 and 5 CDs for 77.00 on 1997-01-12
        Customer second = mongo.findOne(Query.query(Criteria.where("externalId").is("CDNOW-00002")), Customer.class);
        assertThat(second.orderSummary().count()).isEqualTo(2);
        assertThat(second.orderSummary().total()).isEqualByComparingTo("89.00");
        assertThat(second.joinedOn()).isEqualTo(LocalDate.parse("1997-01-12"));
        assertThat(second.orderSummary().lastOrderAt()).isEqualTo(Instant.parse("1997-01-12T12:00:00Z"));

        double fileTotal = Files.readAllLines(CDNOW).stream().skip(1).map(String::trim)
                .mapToDouble(line -> Double.parseDouble(line.split("\\s+")[3])).sum();
        double storedTotal = mongo.findAll(Customer.class).stream()
                .mapToDouble(customer -> customer.orderSummary().total().doubleValue()).sum();
        assertThat(storedTotal).isCloseTo(fileTotal, within(0.005));
    }
}
