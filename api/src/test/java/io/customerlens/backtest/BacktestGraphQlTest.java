package io.customerlens.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.customerlens.security.Role;
import io.customerlens.support.ImportSupport;
import io.customerlens.support.IntegrationTest;
import io.customerlens.support.TestKeys;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;
import tools.jackson.databind.ObjectMapper;

/**
 * A backtest of the CDNOW 1/10 sample uploaded through the API, calibration to 1997-09-30 and holdout to 1998-06-30
 * (39 weeks), checked against figures computed here from the file itself and against BG/NBD's holdout forecast
 * computed independently with SciPy ({@code bench/backtest/bgnbd_holdout.py datasets/cdnow/CDNOW_sample.txt}:
 * fitted r 0.2426, α 4.4136, a 0.7929, b 2.4259; 1,653.41 purchases predicted; AUCs and rows of the
 * conditional-expectation table below).
 */
class BacktestGraphQlTest extends IntegrationTest {

    private static final Path SAMPLE = Path.of(System.getProperty("customerlens.test.data-dir", ".."),
            "datasets/cdnow/CDNOW_sample.txt");
    private static final LocalDate CALIBRATION_END = LocalDate.parse("1997-09-30");
    private static final LocalDate HOLDOUT_END = LocalDate.parse("1998-06-30");

    private static final String BACKTEST = """
            query($models: [ModelChoice!]!) {
              backtest(input: {models: $models, calibrationEnd: "1997-09-30", holdoutEnd: "1998-06-30"}) {
                holdoutDays counting customers calibrationBuyers repurchaseRate holdoutPurchases holdoutSpend
                models {
                  model { id params } family scored noData failed auc gini spearmanPurchases spearmanSpend
                  topFifthSpendShare notes
                  gains { group customers customerShare spendShare lift }
                  segments { code rank customers share repurchaseRate spendShare lift }
                  prediction { horizonDays customers predictedTotal actualTotal meanAbsoluteError auc
                    byCalibrationPurchases { repeatPurchases orMore customers actualMean predictedMean } }
                }
                rankings { measure higherIsBetter models { rank model { id } value customers } }
              }
            }""";

    @Test
    @SuppressWarnings("unchecked")
    void backtestsTheCdnowSampleAgainstItsHoldout() throws Exception {
        upload();
        List<Map<String, Object>> models = List.of(choice("rfm"), choice("value-tier"), choice("lifecycle"),
                choice("behavioural"), choice("bgnbd"));
        Map<String, Object> backtest = graphQl.document(BACKTEST).variable("models", models).execute()
                .path("backtest").entity(Map.class).get();

        Holdout expected = Holdout.of(Files.readAllLines(SAMPLE));
        assertThat(backtest).containsEntry("holdoutDays", 273).containsEntry("customers", 2357)
                .containsEntry("calibrationBuyers", 2357)
                .containsEntry("holdoutPurchases", (double) expected.purchaseDays());
        assertThat((Double) backtest.get("holdoutSpend")).isCloseTo(expected.spend(), within(0.01));
        assertThat((Double) backtest.get("repurchaseRate")).isCloseTo(expected.buyers() / 2357.0, within(1e-9));

        Map<String, Map<String, Object>> byModel = new HashMap<>();
        ((List<Map<String, Object>>) backtest.get("models")).forEach(m ->
                byModel.put((String) ((Map<String, Object>) m.get("model")).get("id"), m));
        assertThat(byModel).containsOnlyKeys("rfm", "value-tier", "lifecycle", "behavioural", "bgnbd");

        Map<String, Object> bgNbd = byModel.get("bgnbd");
        assertThat((Map<String, Object>) ((Map<String, Object>) bgNbd.get("model")).get("params"))
                .as("the horizon is set to the holdout").containsEntry("horizonWeeks", 39);
        Map<String, Object> prediction = (Map<String, Object>) bgNbd.get("prediction");
        assertThat(prediction).containsEntry("customers", 2357).containsEntry("horizonDays", 273.0)
                .containsEntry("actualTotal", (double) expected.purchaseDays());
        assertThat((Double) prediction.get("predictedTotal")).isCloseTo(1653.41, within(2.0));
        assertThat((Double) prediction.get("meanAbsoluteError")).isCloseTo(0.7855, within(0.005));
        List<Map<String, Object>> table = (List<Map<String, Object>>) prediction.get("byCalibrationPurchases");
        assertThat(table).hasSize(8);
        assertThat(table.get(0)).containsEntry("repeatPurchases", 0).containsEntry("customers", 1411);
        assertThat((Double) table.get(0).get("actualMean")).isCloseTo(0.2367, within(0.0001));
        assertThat((Double) table.get(0).get("predictedMean")).isCloseTo(0.2251, within(0.001));
        assertThat(table.get(7)).containsEntry("repeatPurchases", 7).containsEntry("orMore", true)
                .containsEntry("customers", 64);
        assertThat((Double) table.get(7).get("predictedMean")).isCloseTo(6.1572, within(0.01));
        // BG/NBD's value is 100 P(alive), which is 1 for every customer without a repeat purchase, the group least
        // likely to buy again: it ranks below chance (SciPy: 0.3158), its forecast well (SciPy: 0.7725).
        assertThat((Double) bgNbd.get("auc")).isCloseTo(0.3158, within(0.001));
        assertThat((Double) prediction.get("auc")).isCloseTo(0.7725, within(0.002));
        assertThat((List<String>) bgNbd.get("notes")).anyMatch(note -> note.contains("ranks below chance"));
        assertThat((Double) bgNbd.get("gini")).isCloseTo(2 * (Double) bgNbd.get("auc") - 1, within(1e-9));

        Map<String, Object> rfm = byModel.get("rfm");
        List<Map<String, Object>> segments = (List<Map<String, Object>>) rfm.get("segments");
        assertThat(segments.stream().mapToInt(s -> (Integer) s.get("customers")).sum()).isEqualTo(rfm.get("scored"));
        assertThat(segments.stream().mapToDouble(s -> (Double) s.get("spendShare")).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(rfm).containsEntry("prediction", null);
        List<Map<String, Object>> gains = (List<Map<String, Object>>) rfm.get("gains");
        assertThat((Double) gains.get(gains.size() - 1).get("customerShare")).isCloseTo(1.0, within(1e-9));

        List<Map<String, Object>> rankings = (List<Map<String, Object>>) backtest.get("rankings");
        assertThat(rankings).extracting(r -> r.get("measure"))
                .containsExactly("auc", "spearmanSpend", "topFifthSpendShare", "prediction.auc",
                        "prediction.meanAbsoluteError");
        for (Map<String, Object> ranking : rankings) {
            List<Double> values = ((List<Map<String, Object>>) ranking.get("models")).stream()
                    .map(m -> (Double) m.get("value")).toList();
            boolean higher = (Boolean) ranking.get("higherIsBetter");
            for (int i = 1; i < values.size(); i++) {
                assertThat(higher ? values.get(i - 1) >= values.get(i) : values.get(i - 1) <= values.get(i))
                        .as(ranking.get("measure") + " best first: " + values).isTrue();
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBackgroundJobAnswersWithWhatTheCustomersDidAfterCalibrationOnly() throws Exception {
        String early = fixtures.customer("early", LocalDate.parse("2024-01-10"));
        fixtures.order(early, Instant.parse("2024-02-01T10:00:00Z"), 40);
        fixtures.order(early, Instant.parse("2024-12-31T23:59:00Z"), 60); // the last minute of calibration
        fixtures.order(early, Instant.parse("2025-01-01T00:00:00Z"), 25); // the first of the holdout
        fixtures.order(early, Instant.parse("2025-01-01T09:00:00Z"), 5); // the same holdout day: one purchase
        String late = fixtures.customer("late", LocalDate.parse("2025-02-01")); // joined during the holdout
        fixtures.order(late, Instant.parse("2025-02-02T10:00:00Z"), 99);
        String start = """
                mutation { startBacktest(input: {models: [{model: "rfm"}], calibrationEnd: "2024-12-31",
                                                 holdoutEnd: "2025-03-31"}) { id state } }""";
        String id = graphQl.document(start).execute().path("startBacktest.id").entity(String.class).get();

        Map<String, Object> job = awaitJob(id);
        assertThat(job).containsEntry("state", "COMPLETED").containsEntry("progress", 1.0)
                .containsEntry("requestedBy", "test admin");
        assertThat((Map<String, Object>) job.get("result")).containsEntry("customers", 1)
                .containsEntry("holdoutPurchases", 1.0).containsEntry("holdoutSpend", 30.0)
                .containsEntry("calibrationBuyers", 1);

        // Asked again with the data unchanged, the kept answer is given at once.
        Map<String, Object> again = graphQl.document(start).execute().path("startBacktest").entity(Map.class).get();
        assertThat(again).containsEntry("state", "COMPLETED");
        // A write changes the data version: the answer is computed again, with the new order.
        fixtures.order(early, Instant.parse("2025-03-01T10:00:00Z"), 10);
        String third = graphQl.document(start).execute().path("startBacktest.id").entity(String.class).get();
        assertThat((Map<String, Object>) awaitJob(third).get("result")).containsEntry("holdoutPurchases", 2.0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitJob(String id) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            Map<String, Object> job = graphQl.document("""
                            query($id: ID!) { backtestJob(id: $id) { state phase progress requestedBy error
                              result { customers calibrationBuyers holdoutPurchases holdoutSpend } } }""")
                    .variable("id", id).execute().path("backtestJob").entity(Map.class).get();
            if (!List.of("QUEUED", "RUNNING").contains(job.get("state"))) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("backtest " + id + " did not finish");
    }

    @Test
    void refusesAHoldoutBeforeItsCalibrationEndNamingTheField() {
        graphQl.document("""
                        { backtest(input: {models: [{model: "rfm"}], calibrationEnd: "2025-01-31",
                                           holdoutEnd: "2025-01-01"}) { customers } }""")
                .execute().errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
                    assertThat(errors.get(0).getMessage()).contains("holdoutEnd").contains("after calibrationEnd");
                });
    }

    @Test
    void refusesAViewerKey() {
        as(Role.VIEWER).document("""
                        { backtest(input: {models: [{model: "rfm"}], calibrationEnd: "2025-01-01",
                                           holdoutEnd: "2025-03-01"}) { customers } }""")
                .execute().errors().satisfy(errors ->
                        assertThat(errors.get(0).getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    private static Map<String, Object> choice(String model) {
        return Map.of("model", model);
    }

    private void upload() throws Exception {
        HttpResponse<String> upload = ImportSupport.upload(http, TestKeys.key(Role.EDITOR), "cdnow",
                "CDNOW_sample.txt", Files.readString(SAMPLE));
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        Map<String, Object> job = ImportSupport.awaitEnd(graphQl,
                (String) new ObjectMapper().readValue(upload.body(), Map.class).get("id"));
        assertThat(job).containsEntry("state", "COMPLETED");
    }

    /** The holdout counted from the file: purchase days and spend after calibration, and who bought. */
    private record Holdout(long purchaseDays, double spend, int buyers) {
        static Holdout of(List<String> lines) {
            Set<String> days = new HashSet<>();
            Set<String> buyers = new HashSet<>();
            double spend = 0;
            for (String line : lines) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length != 5) {
                    continue;
                }
                LocalDate day = LocalDate.parse(fields[2], java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                if (day.isAfter(CALIBRATION_END) && !day.isAfter(HOLDOUT_END)) {
                    days.add(fields[0] + " " + day);
                    buyers.add(fields[0]);
                    spend += Double.parseDouble(fields[4]);
                }
            }
            return new Holdout(days.size(), spend, buyers.size());
        }
    }
}
