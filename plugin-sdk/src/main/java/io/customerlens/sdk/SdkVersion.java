package io.customerlens.sdk;

/**
 * The semantic version of this SDK.
 *
 * <p>The server runs PF4J with this as its system version, so a plugin states the SDK range it was built
 * for in its manifest ({@code Plugin-Requires: >=1.0.0 & <2.0.0}) and is refused when the range does not
 * match. Minor versions only add; a major version may break plugins.
 */
public final class SdkVersion {

    /** The version of the SDK classes on the server's class path. */
    public static final String CURRENT = "1.3.0";

    private SdkVersion() {
    }
}
