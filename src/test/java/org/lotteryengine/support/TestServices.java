package org.lotteryengine.support;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Declares the services every Quarkus test of this module runs against.
 */
@WithTestResource(value = LocalServicesTestResource.class, scope = TestResourceScope.GLOBAL)
public final class TestServices {

    private TestServices() {
    }
}
