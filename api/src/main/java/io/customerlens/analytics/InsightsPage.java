package io.customerlens.analytics;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Serves the analysts' page (static/insights) at {@code /insights}. */
@Configuration(proxyBeanMethods = false)
class InsightsPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/insights", "/insights/").setKeepQueryParams(true);
        registry.addViewController("/insights/").setViewName("forward:/insights/index.html");
    }
}
