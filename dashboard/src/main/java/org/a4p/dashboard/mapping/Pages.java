package org.a4p.dashboard.mapping;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.a4p.dashboard.api.BriefingPage;
import org.a4p.dashboard.api.ListPage;
import org.a4p.dashboard.api.NotFoundPage;
import org.a4p.dashboard.api.OverviewPage;
import org.a4p.dashboard.api.RecommendationPage;
import org.a4p.dashboard.api.SessionsPage;

/**
 * The pages' templates (src/main/resources/templates/Pages/*.html, basePath below), checked against their views when the application
 * is built. They are HTML templates, so Qute escapes every value; nothing is ever printed raw.
 */
@CheckedTemplate(basePath = "Pages")
public class Pages {

    private Pages() {
    }

    public static native TemplateInstance overview(OverviewPage page);

    public static native TemplateInstance recommendations(ListPage page);

    public static native TemplateInstance recommendation(RecommendationPage page);

    public static native TemplateInstance sessions(SessionsPage page);

    public static native TemplateInstance briefing(BriefingPage page);

    public static native TemplateInstance notFound(NotFoundPage page);

    /** The template in the page's language: the message bundle and the templates read the instance's locale. */
    public static TemplateInstance in(TemplateInstance page, Views views) {
        return page.setLocale(views.locale());
    }
}
