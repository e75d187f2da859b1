package io.customerlens.plugins.loyaltydrivers;

import io.customerlens.sdk.ParameterSpec;

/** The six loyalty drivers with their survey dimension (rated 0-10) and default relative weight. */
enum Driver {
    PRODUCT_QUALITY("product_quality", "weightProductQuality", 40, "product quality"),
    PERCEIVED_VALUE("perceived_value", "weightPerceivedValue", 35, "perceived value for money"),
    BRAND_IMAGE("brand_image", "weightBrandImage", 25, "brand image"),
    RELATIONSHIP_MANAGEMENT("relationship_management", "weightRelationshipManagement", 20,
            "relationship management (how we look after the customer)"),
    ENVIRONMENT("environment", "weightEnvironment", 10, "buying environment (store, site, atmosphere)"),
    TECHNOLOGY("technology", "weightTechnology", 5, "technology (app, website, digital service)");

    /** The sum of the default weights, 135: the defaults normalised are 40/135, 35/135, ... */
    static final int DEFAULT_TOTAL = 135;

    final String key;
    final String weight;
    final int defaultWeight;
    final String meaning;

    Driver(String key, String weight, int defaultWeight, String meaning) {
        this.key = key;
        this.weight = weight;
        this.defaultWeight = defaultWeight;
        this.meaning = meaning;
    }

    ParameterSpec weightSpec() {
        return ParameterSpec.decimal(weight, "Relative weight of " + meaning + " (survey dimension " + key
                + "); weights are normalised by their sum over the drivers with a value.", defaultWeight, 0, 100);
    }
}
