package io.customerlens.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.customerlens.CustomerLensApplication;
import io.customerlens.customer.Customer;
import io.customerlens.customer.Order;
import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Malformed lines in a transaction log are named by line and field, and a log with any of them imports nothing. */
class CdnowLogTest {

    private static final String VALID = "00001 19970101 1 11.77";

    @Test
    void parsesAValidLineAndSkipsTheHeaderAndBlankLines() {
        assertThat(CdnowLog.parse(VALID, 2))
                .isEqualTo(new CdnowLog.Line("00001", LocalDate.of(1997, 1, 1), 1, new BigDecimal("11.77")));
        assertThat(CdnowLog.parse("customer date cds dollars", 1)).isNull();
        assertThat(CdnowLog.parse("   ", 7)).isNull();
        // A header is only allowed as the first line.
        assertThatThrownBy(() -> CdnowLog.parse("customer date cds dollars", 2)).hasMessageStartingWith("line 2: ");
    }

    /** 60 malformed lines made from a valid one by a seeded generator: each is refused, naming line and field. */
    @Test
    void readsTheSampleLogWithItsOwnIdSecondAsTheMasterCustomer() {
        assertThat(CdnowLog.parse(" 00004 0001 19970101  2   29.33", 1))
                .isEqualTo(new CdnowLog.Line("00004", LocalDate.of(1997, 1, 1), 2, new BigDecimal("29.33")));
        assertThatThrownBy(() -> CdnowLog.parse("00004 19970101 2 29.33 1", 1))
                .hasMessageContaining("expected 4 fields").hasMessageEndingWith("found 5");
    }

    @TestFactory
    Stream<DynamicTest> refusesEveryMalformedLine() {
        Random random = new Random(20251123);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Malformed malformed = malformed(random);
            int lineNumber = 2 + random.nextInt(1000);
            tests.add(DynamicTest.dynamicTest(malformed.line(), () -> assertThatThrownBy(
                    () -> CdnowLog.parse(malformed.line(), lineNumber))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("line " + lineNumber + ": ")
                    .hasMessageContaining(malformed.field())));
        }
        return tests.stream();
    }

    @Test
    void checkReportsEveryProblemAndTheUnsortedCustomer() throws Exception {
        String log = String.join("\n", "customer date cds dollars", VALID, "00001 19970102 x 1.00",
                "00002 19970101 1 5.00", "00001 19970301 1 5.00", "00003 1997-01-01 1 5.00");
        CdnowLog.Check check = CdnowLog.check(new BufferedReader(new StringReader(log)));

        assertThat(check.count()).isEqualTo(3);
        assertThat(check.problems()).containsExactly(
                "line 3: number of CDs 'x' must be a whole number from 0 to 99999",
                "line 5: customer 00001 appears again after other customers; the log must be sorted by customer id",
                "line 6: date '1997-01-01' must be a date written yyyymmdd");
    }

    @Test
    void aLogWithOneMalformedLineImportsNothing(@TempDir Path dir) throws Exception {
        Path log = Files.writeString(dir.resolve("log.txt"), String.join("\n",
                VALID, "00001 19970105 2 20.00", "00002 19970101 1 abc", "00003 19970101 1 5.00"));
        String store = "--customerlens.store.embedded.file=" + dir.resolve("store.mv");
        String plugins = "--customerlens.plugins.dir=" + dir.resolve("plugins");

        assertThatThrownBy(() -> new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none", store, plugins, "--customerlens.cdnow.file=" + log).close())
                .hasMessageContaining("has 1 malformed line(s); nothing was imported")
                .hasMessageContaining("line 3: dollar value 'abc'");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CustomerLensApplication.class)
                .run("--spring.main.web-application-type=none", store, plugins)) {
            MongoTemplate mongo = context.getBean(MongoTemplate.class);
            assertThat(mongo.count(new Query(), Customer.class)).isZero();
            assertThat(mongo.count(new Query(), Order.class)).isZero();
        }
    }

    private record Malformed(String line, String field) {
    }

    private static Malformed malformed(Random random) {
        String[] fields = VALID.split(" ");
        return switch (random.nextInt(6)) {
            case 0 -> new Malformed(String.join(" ", pick(random, "ab12", "12a", "-1", "12345678901", "0x1F", "１２")
                    + " " + fields[1], fields[2], fields[3]), "customer id");
            case 1 -> new Malformed(String.join(" ", fields[0], pick(random, "19971301", "19970230", "1997011",
                    "abcdefgh", "1997-01-01", "199701011", "00000000"), fields[2], fields[3]), "date");
            case 2 -> new Malformed(String.join(" ", fields[0], fields[1], pick(random, "-1", "1.5", "x", "123456",
                    "1e3", "+2"), fields[3]), "number of CDs");
            case 3 -> new Malformed(String.join(" ", fields[0], fields[1], fields[2], pick(random, "-0.01", "1.234",
                    "abc", "1000000.01", "NaN", "12,50", "$5")), "dollar value");
            case 4 -> {
                List<String> shorter = new ArrayList<>(List.of(fields));
                shorter.remove(random.nextInt(4));
                yield new Malformed(String.join(" ", shorter), "expected 4 fields");
            }
            default -> new Malformed(VALID + " " + pick(random, "extra", "1", "x y"), "expected 4 fields");
        };
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
