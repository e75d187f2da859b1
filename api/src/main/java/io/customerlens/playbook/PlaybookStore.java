package io.customerlens.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The {@code playbooks} collection: every version of every model's playbook. */
@Component
class PlaybookStore {

    private static final String MODEL = "model";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;

    PlaybookStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @return the newest version of every model's playbook, by model id */
    Map<String, Playbook> current() {
        Map<String, Playbook> newest = new LinkedHashMap<>();
        Query all = new Query().with(Sort.by(Sort.Order.asc(MODEL), Sort.Order.desc(VERSION)));
        for (Playbook playbook : mongo.find(all, Playbook.class)) {
            newest.putIfAbsent(playbook.model(), playbook);
        }
        return newest;
    }

    /** @return the model's newest version, or null */
    Playbook current(String model) {
        return mongo.findOne(Query.query(Criteria.where(MODEL).is(model)).with(Sort.by(Sort.Direction.DESC, VERSION))
                .limit(1), Playbook.class);
    }

    /** @return up to {@code limit} versions below {@code before} (all if null), newest first */
    List<Playbook> history(String model, Integer before, int limit) {
        Criteria criteria = Criteria.where(MODEL).is(model);
        if (before != null) {
            criteria = criteria.and(VERSION).lt(before);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, VERSION)).limit(limit), Playbook.class);
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the model already has this version */
    Playbook insert(Playbook playbook) {
        return mongo.insert(playbook);
    }
}
