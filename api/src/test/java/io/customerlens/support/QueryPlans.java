package io.customerlens.support;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** What MongoDB's {@code explain} says of a query: the winning plan's stages and the indexes it walks. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The winning plan's stage names and index names, from every depth. */
    public record Plan(List<String> stages, List<String> indexes, Document winningPlan) {
        @Override
        public String toString() {
            return winningPlan.toJson();
        }
    }

    /** @return the {@code explain} command's answer for the query on the collection, at queryPlanner verbosity */
    public static Document explainCommand(MongoTemplate mongo, String collection, Query query) {
        Document find = new Document("find", collection).append("filter", query.getQueryObject())
                .append("sort", query.getSortObject()).append("projection", query.getFieldsObject())
                .append("limit", query.getLimit());
        return mongo.getDb().runCommand(new Document("explain", find).append("verbosity", "queryPlanner"));
    }

    /** @return the winning plan of the query on the collection */
    public static Plan explain(MongoTemplate mongo, String collection, Query query) {
        Document winning = explainCommand(mongo, collection, query).get("queryPlanner", Document.class)
                .get("winningPlan", Document.class);
        List<String> stages = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        collect(winning, stages, indexes);
        return new Plan(stages, indexes, winning);
    }

    private static void collect(Object node, List<String> stages, List<String> indexes) {
        if (node instanceof Document document) {
            document.forEach((key, value) -> {
                if (key.equals("stage") && value instanceof String stage) {
                    stages.add(stage);
                } else if (key.equals("indexName") && value instanceof String index) {
                    indexes.add(index);
                } else {
                    collect(value, stages, indexes);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(element -> collect(element, stages, indexes));
        }
    }
}
