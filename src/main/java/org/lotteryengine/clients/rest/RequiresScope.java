package org.lotteryengine.clients.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lotteryengine.clients.service.Scope;

/**
 * The scope a client needs for a resource method (or every method of a resource class), checked by
 * {@link ClientFilter} on the matched method, so that no spelling of the path escapes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresScope {
    Scope value();
}
