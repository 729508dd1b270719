package org.lotteryengine.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * Security headers on every answer, and for the web UI's pages a Content Security Policy and revalidation caching.
 * Set as the headers are sent, so that they replace what the static file handler chose: it sends every file
 * {@code Cache-Control: public, immutable, max-age=86400}, so a new release's index.html reached browsers a day late.
 */
@ApplicationScoped
public class SecurityHeaders {

    /**
     * The UI's own scripts and the ECharts webjar, nothing inline but style attributes (the pages and ECharts set
     * them), data: images (chart exports), and calls to this origin only. No framing.
     */
    static final String UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    void install(@Observes Router router) {
        router.route()
                .order(Integer.MIN_VALUE + 1)
                .handler(context -> {
                    String path = context.normalizedPath();
                    context.addHeadersEndHandler(ignored -> decorate(path, context.response()
                            .headers()));
                    context.next();
                });
    }

    static void decorate(String path, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        if (isUiPage(path)) {
            headers.set("Content-Security-Policy", UI_POLICY);
        }
        if (isUiPage(path) || path.startsWith("/js/") || path.startsWith("/css/")) {
            // Not fingerprinted: each load asks whether the file changed (ETag, Last-Modified), and a release shows at once.
            headers.set("Cache-Control", "no-cache");
        }
    }

    private static boolean isUiPage(String path) {
        return path.equals("/") || path.endsWith(".html") && !path.startsWith("/q/");
    }
}
