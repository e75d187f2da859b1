/**
 * Tier economics: per segment of a segmentation model, revenue, order value, repeat purchases, cost-to-serve
 * (a yearly service cost per customer of the segment plus service interactions at a unit cost), margin and ROI,
 * over a lookback window; and how those figures moved for the customers of two score snapshots.
 */
package io.customerlens.economics;
