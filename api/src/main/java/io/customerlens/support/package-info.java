/** Small helpers shared by features. */
package io.customerlens.support;
