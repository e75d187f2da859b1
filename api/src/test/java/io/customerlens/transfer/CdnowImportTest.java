package io.customerlens.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.customerlens.CustomerLensApplication;
import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The command line entry point on the CDNOW log, twice into the same store file: the first run stores the whole log
 * (the data set README: 23,570 customers, 69,659 transactions), the second changes nothing. A corrupted log exits 1
 * with every bad line reported.
 */
class CdnowImportTest {

    static final Path CDNOW = Path.of(System.getProperty("customerlens.test.data-dir", ".."),
            "datasets/cdnow/CDNOW_master.txt");

    @TempDir
    Path dir;

    @Test
    void theLogImportsExactlyAndAgainWithoutChange() throws Exception {
        assertThat(CDNOW).exists();
        assertThat(importFile(CDNOW, "cdnow")).isZero();
        Map<String, Long> counts;
        Map<String, Object> summaryOfCustomer2;
        try (ConfigurableApplicationContext context = open()) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            assertThat(mongo.count(new Query(), Customer.class)).isEqualTo(23_570);
            assertThat(mongo.count(new Query(), Order.class)).isEqualTo(69_659);
            ImportJob job = mongo.findOne(new Query(), ImportJob.class);
            assertThat(job.state()).isEqualTo(ImportState.COMPLETED);
            assertThat(List.of(job.read(), job.inserted(), job.customersCreated(), job.rejected(), job.unchanged()))
                    .containsExactly(69_659L, 69_659L, 23_570L, 0L, 0L);
            assertThat(job.requestedBy()).isEqualTo("command line");
            // Lines 3 and 4 of the file: customer 00002 bought 1 CD for 12.00 and 5 CDs for 77.00 on 1997-01-12
            Customer second = mongo.findOne(Query.query(Criteria.where("externalId").is("CDNOW-00002")), Customer.class);
            assertThat(second.name()).isEqualTo("CDNOW customer 2");
            assertThat(second.orderSummary().count()).isEqualTo(2);
            assertThat(second.orderSummary().total()).isEqualByComparingTo("89.00");
            assertThat(second.orderSummary().lastOrderAt()).isEqualTo(Instant.parse("1997-01-12T12:00:00Z"));
            assertThat(mongo.findOne(Query.query(Criteria.where("externalId").is("CDNOW-3")), Order.class).amount())
                    .isEqualByComparingTo("12.00");
            // Summed over the file with awk: 2,500,315.63 dollars, 167,881 CDs
            assertThat(mongo.findAll(Customer.class).stream().map(customer -> customer.orderSummary().total())
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("2500315.63");
            assertThat(mongo.findAll(Order.class).stream().mapToLong(Order::items).sum()).isEqualTo(167_881);
            assertThat(mongo.findAll(Customer.class).stream().mapToLong(customer -> customer.orderSummary().count()).sum())
                    .isEqualTo(69_659);
            counts = counts(mongo);
            summaryOfCustomer2 = mongo.findOne(Query.query(Criteria.where("externalId").is("CDNOW-00002")),
                    Document.class, "customers");
        }

        assertThat(importFile(CDNOW, "cdnow")).isZero();
        try (ConfigurableApplicationContext context = open()) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            ImportJob again = mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), ImportJob.class);
            assertThat(List.of(again.read(), again.inserted(), again.unchanged(), again.customersCreated(), again.rejected()))
                    .containsExactly(69_659L, 0L, 69_659L, 0L, 0L);
            Map<String, Long> after = counts(mongo);
            assertThat(after.remove("import_jobs")).isEqualTo(counts.remove("import_jobs") + 1);
            assertThat(after).isEqualTo(counts);
            assertThat(mongo.findOne(Query.query(Criteria.where("externalId").is("CDNOW-00002")), Document.class,
                    "customers")).isEqualTo(summaryOfCustomer2);
        }
    }

    @Test
    void aCorruptedLogExitsWithOneAndReportsEveryBadLine() throws Exception {
        Path log = Files.writeString(dir.resolve("corrupted.txt"), String.join("\r\n",
                " customer_id  date number_of_cds  dollar_value",
                " 00001 19970101  1   11.77",
                " 00001 19970230  1   11.77",
                " 00002 19970112  1   -12.00",
                " 00002 19970112  x   12.00",
                " 00003 19970102  2   20.76 extra",
                " 00003 19970103  1   5.00", ""));

        assertThat(importFile(log, "cdnow")).isEqualTo(1);
        try (ConfigurableApplicationContext context = open()) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            ImportJob job = mongo.findOne(new Query(), ImportJob.class);
            assertThat(List.of(job.read(), job.inserted(), job.rejected(), job.customersCreated()))
                    .containsExactly(6L, 2L, 4L, 2L);
            assertThat(job.rejections()).containsExactly(
                    new ImportTally.Rejection(3, "date '19970230' must be a date written yyyymmdd"),
                    new ImportTally.Rejection(4, "dollar value '-12.00' must be a number from 0 to 1000000 with at most 2 decimals"),
                    new ImportTally.Rejection(5, "number of CDs 'x' must be a whole number from 0 to 99999"),
                    new ImportTally.Rejection(6, "expected 4 fields (customer id, date yyyymmdd, number of CDs, dollar value), or 5 with the 1/10 sample's id second, found 5"));
            assertThat(mongo.count(new Query(), Customer.class)).isEqualTo(2);
        }
        assertThat(importFile(dir.resolve("nothing-here.csv"), "orders")).isEqualTo(2);
    }

    /** Runs the jar's command line mode against the test's store file. @return the exit code */
    private int importFile(Path file, String kind) {
        SpringApplication application = new SpringApplicationBuilder(CustomerLensApplication.class)
                .web(WebApplicationType.NONE).build();
        return SpringApplication.exit(application.run(store(), plugins(), "--customerlens.import.file=" + file,
                "--customerlens.import.kind=" + kind));
    }

    private ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(CustomerLensApplication.class).web(WebApplicationType.NONE)
                .run(store(), plugins());
    }

    private String store() {
        return "--customerlens.store.embedded.file=" + dir.resolve("store.mv");
    }

    private String plugins() {
        return "--customerlens.plugins.dir=" + dir.resolve("plugins");
    }

    private static Map<String, Long> counts(MongoTemplate mongo) {
        Map<String, Long> counts = new HashMap<>();
        mongo.getCollectionNames().forEach(name -> counts.put(name, mongo.count(new Query(), name)));
        return counts;
    }
}
