package io.customerlens.plugins.servqual;

import io.customerlens.sdk.ParameterSpec;

/** The five SERVQUAL dimensions, in the order used for parameters, components and ties. */
enum Dimension {
    TANGIBLES("tangibles", "weightTangibles", "physical facilities, equipment and appearance of personnel"),
    RELIABILITY("reliability", "weightReliability",
            "ability to perform the promised service dependably and accurately"),
    RESPONSIVENESS("responsiveness", "weightResponsiveness",
            "willingness to help customers and provide prompt service"),
    ASSURANCE("assurance", "weightAssurance", "knowledge and courtesy of employees, ability to inspire trust"),
    EMPATHY("empathy", "weightEmpathy", "caring, individualised attention to customers");

    static final double DEFAULT_WEIGHT = 0.2;

    private final String key;
    private final String weightParameter;
    private final String meaning;

    Dimension(String key, String weightParameter, String meaning) {
        this.key = key;
        this.weightParameter = weightParameter;
        this.meaning = meaning;
    }

    /** @return the lower-case name used in item names and as the component name */
    String key() {
        return key;
    }

    String weightParameter() {
        return weightParameter;
    }

    ParameterSpec weightSpec() {
        return ParameterSpec.decimal(weightParameter, "Importance weight of " + key + " (" + meaning
                + ") in the overall gap; only the ratio between weights matters.", DEFAULT_WEIGHT, 0, 1);
    }

    /** @return the dimension with this key, or null */
    static Dimension of(String key) {
        for (Dimension dimension : values()) {
            if (dimension.key.equals(key)) {
                return dimension;
            }
        }
        return null;
    }
}
