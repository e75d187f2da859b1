/** The schema as an Apollo Federation subgraph. */
package io.customerlens.federation;
