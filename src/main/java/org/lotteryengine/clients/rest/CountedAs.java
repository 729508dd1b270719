package org.lotteryengine.clients.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.lotteryengine.clients.service.RateLimiter;

/**
 * The route limit (spec 14.2) a resource method counts against, besides api_requests. Chosen on the matched method
 * by {@link ClientFilter}: a trailing slash or another spelling of the path counts the same.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CountedAs {
    RateLimiter.Limit value();
}
