/**
 * Kano analysis of service attributes over a population: paired functional / dysfunctional survey answers
 * classified with the standard evaluation table, the category per attribute, and better / worse coefficients.
 */
package io.customerlens.kano;
