package io.customerlens.economics;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** The {@value CostSheet#COLLECTION} collection: one cost sheet per segmentation model, keyed by the model's id. */
@Repository
class CostSheetStore {

    private final MongoTemplate mongo;

    CostSheetStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the model's stored sheet, or null */
    CostSheet find(String model) {
        return mongo.findById(model, CostSheet.class);
    }

    /** @return the sheet as stored, replacing the model's previous one */
    CostSheet save(CostSheet sheet) {
        return mongo.save(sheet);
    }
}
