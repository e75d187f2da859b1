/**
 * Service playbooks: the recommended actions for each segment of a segmentation model and each value band of a
 * score, kept as versioned data in the {@code playbooks} collection, seeded with defaults for every bundled model
 * and served from memory to {@code Segment.recommendedActions} and {@code Score.recommendedActions}.
 */
package io.customerlens.playbook;
